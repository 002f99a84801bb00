/**
 * Typed components for Vue 3 templates and render functions: import this entry once, for types only
 * (`import type {} from 'cc4dr-widgets/vue'`). It is separate so that users without Vue never need its types.
 * Vue must also be told the tags are custom elements: see the README.
 */
import type { DefineComponent } from 'vue';
import type { Cc4drEventMap } from './core/events.js';
import type { Cc4drTags } from './core/tags.js';
// Loads the elements' HTMLElementTagNameMap entries, which Cc4drTags reads.
import type {} from './index.js';

/** The element's own public properties (Vue sets them as properties), and the event as `onCc4drCitySelect`. */
type ElementComponent<T extends HTMLElement> = DefineComponent<
  Partial<Omit<T, keyof HTMLElement>> & {
    onCc4drCitySelect?: (event: Cc4drEventMap['cc4dr-city-select']) => void;
  }
>;

type Cc4drGlobalComponents = { [K in keyof Cc4drTags]: ElementComponent<Cc4drTags[K]> };

declare module 'vue' {
  interface GlobalComponents extends Cc4drGlobalComponents {}
}
