import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { afterNextFrame, track } from './host.js';

export interface ProgressiveOptions {
  /** How many new items the step's own render shows: enough to fill a screen. */
  first: number;
  /** How many more each render after it adds, one render per frame. */
  step: number;
}

type Host = ReactiveControllerHost & HTMLElement & { hasUpdated: boolean };

/**
 * A long list whose items a step replaces (a filter changed, a letter typed): the step's own render shows the first
 * few new items, and the renders in the frames after it add the rest a few at a time, so that no frame waits for the
 * whole list to be made and laid out. The items the list already showed in the same places stay as they are; the
 * element's first render (and a prerendered one) shows everything at once, and its `updateComplete` waits for the
 * whole list.
 */
export class ProgressiveList<T> implements ReactiveController {
  readonly #host: Host;
  readonly #options: ProgressiveOptions;
  /** The items the last render showed. */
  #shown: readonly T[] = [];
  #renderedList = false;
  /** Whether the last render showed only part of its list. */
  #partial = false;
  #growthAsked = false;
  #completeNow = false;

  constructor(host: Host, options: ProgressiveOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostUpdate(): void {
    this.#renderedList = false;
  }

  // A render without the list (a message instead) leaves none of its items in place.
  hostUpdated(): void {
    if (this.#renderedList) return;
    this.#shown = [];
    this.#partial = false;
  }

  /** The items of `items` (the whole list to show) to render now. Call it once per render. */
  visible(items: readonly T[]): readonly T[] {
    let count = items.length;
    if (this.#host.hasUpdated && !this.#completeNow && !isServer) {
      let kept = 0;
      while (kept < items.length && kept < this.#shown.length && items[kept] === this.#shown[kept]) kept += 1;
      if (kept < items.length) count = Math.min(items.length, Math.max(this.#options.first, kept + this.#options.step));
    }
    this.#completeNow = false;
    this.#renderedList = true;
    this.#shown = count === items.length ? items : items.slice(0, count);
    this.#partial = count < items.length;
    if (this.#partial) this.#grow();
    return this.#shown;
  }

  /** Whether more of the list is still to come. */
  get growing(): boolean {
    return this.#partial;
  }

  /** Has the next render show the whole list (a reader going to its end); the host still has to render. */
  completeNow(): void {
    this.#completeNow = true;
    this.#host.requestUpdate();
  }

  #grow() {
    if (this.#growthAsked) return;
    this.#growthAsked = true;
    track(
      this.#host,
      afterNextFrame().then(() => {
        this.#growthAsked = false;
        if (this.#partial) this.#host.requestUpdate();
      }),
    );
  }
}
