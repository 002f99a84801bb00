/** The element classes and shared types, with no side effects: importing this module registers nothing. */
export { Cc4drPrincipleCard } from './principle-card/principle-card.js';
export { Cc4drExampleList } from './example-list/example-list.js';
export { Cc4drMemberBadge } from './member-badge/member-badge.js';
export { Cc4drMemberFinder } from './member-finder/member-finder.js';
export { Cc4drMemberMap } from './member-map/member-map.js';
export { Cc4drGetInvolved } from './get-involved/get-involved.js';
export { Cc4drAbout } from './about/about.js';
export { Cc4drElement, type Theme } from './core/base-element.js';
export { defineElement } from './core/define.js';
export type { Cc4drEventMap } from './core/events.js';
export type { Category, Example, Member, Principle, PrincipleId, Source } from './core/types.js';
