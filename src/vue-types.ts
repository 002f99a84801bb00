/**
 * Typed components for Vue 3 templates and render functions: import this entry once, for types only
 * (`import type {} from 'cc4dr-widgets/vue'`). It is separate so that users without Vue never need its types.
 * Vue must also be told the tags are custom elements: see the README.
 */
import type { DefineComponent } from 'vue';
import type { Cc4drEventMap } from './core/events.js';
import type {
  Cc4drAbout,
  Cc4drExampleList,
  Cc4drGetInvolved,
  Cc4drMemberBadge,
  Cc4drMemberFinder,
  Cc4drMemberMap,
  Cc4drPrincipleCard,
} from './index.js';

/** The element's own public properties (Vue sets them as properties), and the event as `onCc4drCitySelect`. */
type ElementComponent<T extends HTMLElement> = DefineComponent<
  Partial<Omit<T, keyof HTMLElement>> & {
    onCc4drCitySelect?: (event: Cc4drEventMap['cc4dr-city-select']) => void;
  }
>;

declare module 'vue' {
  interface GlobalComponents {
    'cc4dr-principle-card': ElementComponent<Cc4drPrincipleCard>;
    'cc4dr-example-list': ElementComponent<Cc4drExampleList>;
    'cc4dr-member-badge': ElementComponent<Cc4drMemberBadge>;
    'cc4dr-member-finder': ElementComponent<Cc4drMemberFinder>;
    'cc4dr-member-map': ElementComponent<Cc4drMemberMap>;
    'cc4dr-get-involved': ElementComponent<Cc4drGetInvolved>;
    'cc4dr-about': ElementComponent<Cc4drAbout>;
  }
}
