import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { afterNextFrame, track } from './host.js';

export interface ProgressiveOptions<T> {
  /** The fewest items a render that replaces the list shows (those kept in their places included): a screenful. */
  first: number;
  /** How many more each render after it adds, one render per frame. */
  perFrame: number;
  /** What makes an item the same item in a list made again (its id). */
  key: (item: T) => unknown;
  /** The element that holds the list's items, where it is rendered. */
  container: () => HTMLElement | null | undefined;
}

type Host = ReactiveControllerHost & HTMLElement & { hasUpdated: boolean; renderRoot: HTMLElement | DocumentFragment };

/**
 * A long list that a render replaces (a filter changed, a letter typed, the library's own records arrived) is shown
 * over several frames: the first render shows the first few items, and one render per frame after it adds the rest a
 * few at a time, so that no frame waits for the whole list to be made and laid out. Items the list already showed in
 * the same places are kept, and a list that only grows ("Show more") adds its new items the same way. While it grows,
 * the list keeps the height it had, so that nothing below it moves up and back; a list that holds the reader's focus,
 * and the element's first render, are shown whole at once. A Cc4drElement's `updateComplete` waits for the whole list.
 */
export class ProgressiveList<T> implements ReactiveController {
  readonly #host: Host;
  readonly #options: ProgressiveOptions<T>;
  /** The keys of the items the last render showed. */
  #shown: readonly unknown[] = [];
  /** Whether the last render showed only part of its list. */
  #partial = false;
  #renderedList = false;
  #renders = 0;
  #growthAsked = false;
  #completeNow = false;
  /** The list's height before the render that began to replace it, kept until the list is whole again. */
  #heldHeight?: number;

  constructor(host: Host, options: ProgressiveOptions<T>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostUpdate(): void {
    this.#renderedList = false;
  }

  hostUpdated(): void {
    this.#completeNow = false;
    // A render without the list (a message instead) leaves none of its items in place.
    if (!this.#renderedList) {
      this.#shown = [];
      this.#partial = false;
    }
    if (!this.#partial) this.#heldHeight = undefined;
    const container = this.#options.container();
    if (this.#heldHeight === undefined) container?.style.removeProperty('min-block-size');
    // Set through the CSSOM, which a strict Content-Security-Policy allows (a style attribute it does not).
    else container?.style.setProperty('min-block-size', `${this.#heldHeight}px`);
  }

  /** The items of `items` (the whole list to show) to render now. Call it once per render. */
  visible(items: readonly T[]): readonly T[] {
    const { first, perFrame, key, container } = this.#options;
    const keys = items.map(key);
    let count = items.length;
    if (this.#host.hasUpdated && !this.#completeNow && !this.#holdsFocus()) {
      let kept = 0;
      while (kept < keys.length && kept < this.#shown.length && keys[kept] === this.#shown[kept]) kept += 1;
      if (kept < items.length) count = Math.min(items.length, Math.max(first, kept + perFrame));
    }
    if (count < items.length && !this.#partial) this.#heldHeight = container()?.getBoundingClientRect().height;
    this.#renderedList = true;
    this.#renders += 1;
    this.#shown = keys.slice(0, count);
    this.#partial = count < items.length;
    if (this.#partial) this.#grow();
    return count < items.length ? items.slice(0, count) : items;
  }

  /** Whether more of the list is still to come. */
  get growing(): boolean {
    return this.#partial;
  }

  /** Makes the next render show the whole list (a reader going to its end); the host still has to render. */
  completeNow(): void {
    this.#completeNow = true;
    this.#host.requestUpdate();
  }

  #holdsFocus(): boolean {
    const root = this.#host.renderRoot;
    const focused = root instanceof ShadowRoot ? root.activeElement : document.activeElement;
    return Boolean(focused && this.#options.container()?.contains(focused));
  }

  // One render per frame: where another render came after this one asked to grow (a new letter), the growth waits for
  // the frame after that one's.
  #grow() {
    if (this.#growthAsked) return;
    this.#growthAsked = true;
    const rendersBefore = this.#renders;
    track(
      this.#host,
      afterNextFrame().then(() => {
        this.#growthAsked = false;
        if (!this.#partial) return;
        if (this.#renders === rendersBefore) this.#host.requestUpdate();
        else this.#grow();
      }),
    );
  }
}
