import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { clip } from './format.js';
import { addEnglish, translate, type Locale } from './l10n.js';
import type { LoadFailure, RecordKind, RecordsResult, SkippedRecord } from './load-records.js';
import loadMessages from '../generated/messages-en-load.js';
import ownMessages from '../generated/messages-en-own.js';

addEnglish(ownMessages, loadMessages);

/** What a host element offers: its `src` attribute and its records property. */
export interface OwnRecordsHost extends ReactiveControllerHost, HTMLElement {
  src?: string;
}

/** One of the three places: how a warning names it, and what it gave. */
interface Source<T> {
  label: string;
  result?: RecordsResult<T>;
}

// Loading and checking records (with the validators compiled from the JSON Schemas) is one chunk that only a page
// giving the library its own records downloads.
const recordChecks = () => import('./load-records.js');

function describeSkipped(skipped: readonly SkippedRecord[]): string {
  const shown = skipped.slice(0, 5).map((s) => `#${s.index} ${s.reason}`);
  return shown.join('; ') + (skipped.length > shown.length ? `; and ${skipped.length - shown.length} more` : '');
}

/**
 * The library's own records for one element, from any of three places: a `src` URL, an inline
 * `<script type="application/json">` child (for CMS editors who cannot host a file) and a property (for developers).
 * Every record is checked against the schema; valid ones are merged (first id wins, bundled ids are kept) and marked
 * local, and each problem is logged once through `warn`.
 */
export class OwnRecordsController<T extends { id: string; local?: boolean }> implements ReactiveController {
  /** Valid records from all three places, each marked `local`. */
  items: T[] = [];
  /** A `src` is being fetched. */
  loading = false;
  /** Why a source could not be used, for the element to show (the first one that failed). */
  failure?: LoadFailure;
  /** How many records were left out as invalid. */
  skipped = 0;

  readonly #host: OwnRecordsHost;
  readonly #kind: RecordKind;
  readonly #bundledIds: () => ReadonlySet<string>;
  readonly #ready: Promise<unknown>;
  readonly #warn: (problem: string) => void;
  readonly #sources: Record<'src' | 'inline' | 'property', Source<T>> = {
    src: { label: '' },
    inline: { label: 'the inline JSON' },
    property: { label: '' },
  };
  #src?: string;
  #inlineText?: string;
  #property: unknown;
  #observer?: MutationObserver;

  /**
   * `bundledIds` tells which ids the bundled data already uses (a record may not reuse one); `ready` is what must have
   * loaded before they are known.
   */
  constructor(
    host: OwnRecordsHost,
    kind: RecordKind,
    bundledIds: () => ReadonlySet<string>,
    warn: (problem: string) => void,
    ready: Promise<unknown> = Promise.resolve(),
  ) {
    this.#host = host;
    this.#kind = kind;
    this.#bundledIds = bundledIds;
    this.#warn = warn;
    this.#ready = ready;
    host.addController(this);
  }

  /** The record checks, once the bundled ids they compare against are known. */
  async #checks(): Promise<typeof import('./load-records.js')> {
    await this.#ready;
    return recordChecks();
  }

  hostConnected(): void {
    this.#observer = new MutationObserver(() => void this.#readInline());
    this.#observer.observe(this.#host, { childList: true, subtree: true, characterData: true });
    void this.#readInline();
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }

  /** To be called from the host's `willUpdate` with the current property value; starts whatever changed. */
  sync(property: unknown): void {
    const src = this.#host.src?.trim() || undefined;
    if (src !== this.#src) {
      this.#src = src;
      void this.#fetch(src);
    }
    if (property !== this.#property) {
      this.#property = property;
      void this.#takeProperty(property);
    }
  }

  async #fetch(src: string | undefined): Promise<void> {
    this.#sources.src = { label: `"${clip(src ?? '')}"` };
    this.loading = Boolean(src);
    if (!src) return this.#merge();
    const { loadRecords, validatorFor } = await this.#checks();
    const result = await loadRecords<T>(src, { listKey: this.#kind, validate: validatorFor(this.#kind) }, this.#bundledIds());
    if (src !== this.#src) return;
    this.loading = false;
    this.#sources.src.result = result;
    this.#merge();
  }

  async #readInline(): Promise<void> {
    const script = this.#host.querySelector(':scope > script[type="application/json"]');
    const text = script?.textContent ?? undefined;
    if (text === this.#inlineText) return;
    this.#inlineText = text;
    this.#sources.inline = { label: 'the inline JSON' };
    if (text !== undefined) {
      const { recordsFromText, validatorFor } = await this.#checks();
      const result = await recordsFromText<T>(text, this.#kind, validatorFor(this.#kind), this.#bundledIds());
      if (this.#inlineText !== text) return;
      this.#sources.inline.result = result;
    }
    this.#merge();
  }

  async #takeProperty(value: unknown): Promise<void> {
    this.#sources.property = { label: `the ${this.#kind} property` };
    if (value !== undefined && value !== null) {
      let result: RecordsResult<T> = { items: [], skipped: [], failure: { kind: 'shape', detail: 'not an array' } };
      if (Array.isArray(value)) {
        const { validateRecords, validatorFor } = await this.#checks();
        result = await validateRecords<T>(value, validatorFor(this.#kind), this.#bundledIds());
      }
      if (value !== this.#property) return;
      this.#sources.property.result = result;
    }
    this.#merge();
  }

  #merge(): void {
    const merged = new Map<string, T>();
    this.failure = undefined;
    this.skipped = 0;
    for (const { label, result } of Object.values(this.#sources)) {
      if (!result) continue;
      if (result.failure) {
        this.failure ??= result.failure;
        this.#warn(`could not use ${label}: ${result.failure.detail}.`);
      }
      if (result.skipped.length) {
        this.skipped += result.skipped.length;
        const total = result.items.length + result.skipped.length;
        this.#warn(`skipped ${result.skipped.length} of ${total} ${this.#kind} from ${label}: ${describeSkipped(result.skipped)}.`);
      }
      for (const item of result.items) if (!merged.has(item.id)) merged.set(item.id, { ...item, local: true });
    }
    this.items = [...merged.values()];
    this.#host.requestUpdate();
  }
}

/** The sentence an element shows about its own records: loading, what failed, or how many were left out. */
export function ownRecordsStatus(records: OwnRecordsController<{ id: string }>, kind: RecordKind, locale: Locale): string {
  if (records.loading) return translate(locale, 'own.loading', { kind });
  if (records.failure) {
    const { kind: failure, status = 0 } = records.failure;
    const reason = failure === 'status' ? translate(locale, 'load.status', { status }) : translate(locale, `load.${failure}`);
    return translate(locale, 'own.loadFailed', { kind, reason });
  }
  return records.skipped ? translate(locale, 'own.skipped', { kind, count: records.skipped }) : '';
}
