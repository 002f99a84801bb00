/** The element classes and shared types, with no side effects: importing this module registers nothing. */
export * from './generated/element-classes.js';
export { Cc4drElement, type Theme } from './core/base-element.js';
export { defineElement } from './core/define.js';
export type { Cc4drEventMap } from './core/events.js';
export type { Category, Example, Member, Principle, PrincipleId, Source } from './core/types.js';
