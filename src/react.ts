// cc4dr-widgets/react: React components for every element, made with @lit/react, for React before 19 (React 19
// renders the elements directly; see cc4dr-widgets/jsx). Properties are set as properties, and the city event is
// `onCitySelect`. Importing this module registers the elements.
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { Cc4drAbout } from './about/about.js';
import type { Member } from './core/types.js';
import './define.js';
import { Cc4drExampleList } from './example-list/example-list.js';
import { Cc4drGetInvolved } from './get-involved/get-involved.js';
import { Cc4drMemberBadge } from './member-badge/member-badge.js';
import { Cc4drMemberFinder } from './member-finder/member-finder.js';
import { Cc4drMemberMap } from './member-map/member-map.js';
import { Cc4drPrincipleCard } from './principle-card/principle-card.js';

const citySelect = { onCitySelect: 'cc4dr-city-select' as EventName<CustomEvent<Member>> };

/** `<cc4dr-principle-card>` as a React component. */
export const PrincipleCard = createComponent({ tagName: 'cc4dr-principle-card', elementClass: Cc4drPrincipleCard, react: React });
/** `<cc4dr-example-list>` as a React component. */
export const ExampleList = createComponent({ tagName: 'cc4dr-example-list', elementClass: Cc4drExampleList, react: React });
/** `<cc4dr-member-badge>` as a React component. */
export const MemberBadge = createComponent({ tagName: 'cc4dr-member-badge', elementClass: Cc4drMemberBadge, react: React });
/** `<cc4dr-member-finder>` as a React component; `onCitySelect` receives `cc4dr-city-select`. */
export const MemberFinder = createComponent({
  tagName: 'cc4dr-member-finder',
  elementClass: Cc4drMemberFinder,
  react: React,
  events: citySelect,
});
/** `<cc4dr-member-map>` as a React component; `onCitySelect` receives `cc4dr-city-select`. */
export const MemberMap = createComponent({ tagName: 'cc4dr-member-map', elementClass: Cc4drMemberMap, react: React, events: citySelect });
/** `<cc4dr-get-involved>` as a React component. */
export const GetInvolved = createComponent({ tagName: 'cc4dr-get-involved', elementClass: Cc4drGetInvolved, react: React });
/** `<cc4dr-about>` as a React component. */
export const About = createComponent({ tagName: 'cc4dr-about', elementClass: Cc4drAbout, react: React });
