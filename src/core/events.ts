import type { Member } from './types.js';

/** Every event the elements fire, with its detail. */
export interface Cc4drEventMap {
  'cc4dr-city-select': CustomEvent<Member>;
}

/** Fires one of our events: always bubbling and composed, so it crosses shadow roots to the host page. */
export function emit<K extends keyof Cc4drEventMap>(target: EventTarget, name: K, detail: Cc4drEventMap[K]['detail']): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}

declare global {
  interface HTMLElementEventMap extends Cc4drEventMap {}
}
