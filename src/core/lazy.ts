import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { holdRenderingUntil, showsPrerendered, track, warnOnce } from './host.js';

/** A module fetched from the library's own location on first use, and its value at once after it has arrived. */
export interface Lazy<T> {
  load(): Promise<T>;
  /** The value, if it has arrived already. */
  loaded(): T | undefined;
}

export function lazy<T>(load: () => Promise<T>): Lazy<T> {
  let pending: Promise<T> | undefined;
  let value: T | undefined;
  return {
    load: () => (pending ??= load().then((arrived) => (value = arrived))),
    loaded: () => value,
  };
}

export interface LazyOptions<T> {
  /** What the element shows instead when the module cannot be loaded. */
  fallback: T;
  /** The warning logged then, naming what the reader misses. */
  failure: string;
  /**
   * When the first render waits for the value: `always`, so that the element appears once, complete; or
   * `prerendered`, only while it shows prerendered markup (which has the value in it already), so that it is taken
   * over as it is, and otherwise draws what it can at once.
   */
  holdRendering: 'always' | 'prerendered';
}

type Host = ReactiveControllerHost & HTMLElement & { hasUpdated: boolean };

/** Data an element loads lazily: fetched once per page when the first such element connects, shared by every other. */
export class LazyController<T> implements ReactiveController {
  /** The value, once it has arrived (or the fallback, if it could not). */
  value: T | undefined;

  readonly #host: Host;
  readonly #lazy: Lazy<T>;
  readonly #options: LazyOptions<T>;

  constructor(host: Host, source: Lazy<T>, options: LazyOptions<T>) {
    this.#host = host;
    this.#lazy = source;
    this.#options = options;
    this.value = source.loaded();
    host.addController(this);
    holdRenderingUntil(host, this);
  }

  get ready(): boolean {
    return this.value !== undefined || (this.#options.holdRendering === 'prerendered' && !showsPrerendered(this.#host));
  }

  hostConnected(): void {
    if (this.value !== undefined) return;
    track(
      this.#host,
      this.#lazy
        .load()
        .then(
          (value) => (this.value = value),
          () => {
            this.value = this.#options.fallback;
            warnOnce(this.#host, this.#options.failure);
          },
        )
        .then(() => this.#host.requestUpdate()),
    );
  }
}
