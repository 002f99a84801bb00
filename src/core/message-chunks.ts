// Messages that come, in every language but English, in a chunk of their own rather than in the language's chunk every
// widget loads: the tools' (the embed builder's) and the library check's. Each chunk is fetched once per page.
import type { ReactiveControllerHost } from 'lit';
import { holdRenderingUntil, track, type RenderGate } from './host.js';
import { addMessages, type Locale, type Messages } from './l10n.js';

export interface MessageChunk {
  default: Partial<Messages>;
}

/** One part of the library's messages, a chunk per language: loads each once, adds its messages, hands over the rest. */
export class MessageChunks<M extends MessageChunk> {
  readonly #loaders: Record<Exclude<Locale, 'en'>, () => Promise<M>>;
  readonly #onLoad?: (locale: Locale, chunk: M) => void;
  readonly #loading = new Map<Locale, Promise<void>>();
  readonly #loaded = new Set<Locale>(['en']);

  /** `onLoad` receives what else a chunk carries (the library check's activities, say). */
  constructor(loaders: Record<Exclude<Locale, 'en'>, () => Promise<M>>, onLoad?: (locale: Locale, chunk: M) => void) {
    this.#loaders = loaders;
    this.#onLoad = onLoad;
  }

  isLoaded(locale: Locale): boolean {
    return this.#loaded.has(locale);
  }

  /** Loads a language's chunk once per page; a failed load leaves that part in English, never to an error. */
  load(locale: Locale): Promise<void> {
    if (locale === 'en') return Promise.resolve();
    let pending = this.#loading.get(locale);
    if (!pending) {
      pending = this.#loaders
        [locale]()
        .then((chunk) => {
          addMessages(locale, chunk.default);
          this.#onLoad?.(locale, chunk);
        })
        .catch((error: unknown) =>
          console.warn(`cc4dr-widgets: some ${locale} messages could not be loaded (${String(error)}); showing English.`),
        )
        .then(() => void this.#loaded.add(locale));
      this.#loading.set(locale, pending);
    }
    return pending;
  }
}

/** Holds an element's rendering until the chunk of its language has arrived, so that it never shows two languages. */
export function holdRenderingForMessages(
  host: ReactiveControllerHost & Element,
  chunks: Pick<MessageChunks<MessageChunk>, 'isLoaded' | 'load'>,
  locale: () => Locale,
): void {
  const gate: RenderGate = {
    // Asked before each render: the first time a language is missing, it is fetched, and the element renders once it is in.
    get ready() {
      const wanted = locale();
      if (chunks.isLoaded(wanted)) return true;
      track(
        host,
        chunks.load(wanted).then(() => host.requestUpdate()),
      );
      return false;
    },
  };
  holdRenderingUntil(host, gate);
}
