import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { members } from '../generated/data.js';
import loadMessages from '../generated/messages-en-load.js';
import ownMessages from '../generated/messages-en-own.js';
import { bundledExamples } from './data.js';
import { clip } from './format.js';
import { track, warnOnce } from './host.js';
import { translate, type Locale } from './l10n.js';
import type { LoadFailure, RecordKind, RecordsResult, SkippedRecord } from './load-records.js';

/** What a host element offers: its `src` attribute. Its records property is read through the controller's getter. */
export interface OwnRecordsHost extends ReactiveControllerHost, HTMLElement {
  src?: string | null;
}

/** One kind of record a library can add: the key of its list in a file, and the ids the bundled data already uses. */
export interface OwnRecords {
  kind: RecordKind;
  /** A library's record may not reuse one of these. */
  bundledIds(): Promise<ReadonlySet<string>>;
}

/** A library's own examples, beside the bundled ones (which arrive lazily). */
export const ownExamples: OwnRecords = {
  kind: 'examples',
  bundledIds: () =>
    bundledExamples.load().then(
      (examples) => new Set(examples.map((e) => e.id)),
      () => new Set<string>(),
    ),
};

/** A library's own member cities, beside the bundled ones. */
export const ownMembers: OwnRecords = {
  kind: 'members',
  bundledIds: () => Promise.resolve(new Set(members.map((m) => m.id))),
};

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
 * The library's own records for one element, from any of three places: its `src` attribute (a URL), an inline
 * `<script type="application/json">` child (for CMS editors who cannot host a file) and a property (for developers).
 * Every record is checked against the schema; valid ones are merged (first id wins, bundled ids are kept) and marked
 * local, each problem is logged once, and the element's status line says what a reader should know.
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
  readonly #records: OwnRecords;
  readonly #kind: RecordKind;
  readonly #property: () => unknown;
  readonly #sources: Record<'src' | 'inline' | 'property', Source<T>> = {
    src: { label: '' },
    inline: { label: 'the inline JSON' },
    property: { label: '' },
  };
  #src?: string;
  #inlineText?: string;
  #propertyValue: unknown;
  #observer?: MutationObserver;

  /** `property` reads the element's records property (`examples`, `members`), whatever a page may have put there. */
  constructor(host: OwnRecordsHost, records: OwnRecords, property: () => readonly T[] | null | undefined) {
    this.#host = host;
    this.#records = records;
    this.#kind = records.kind;
    this.#property = property;
    host.addController(this);
  }

  /** The record checks (one lazy chunk, with the validators), once the bundled ids they compare against are known. */
  async #checks() {
    const [checks, taken] = await Promise.all([recordChecks(), this.#records.bundledIds()]);
    return { ...checks, validate: checks.validatorFor(this.#kind), taken };
  }

  hostConnected(): void {
    this.#observer = new MutationObserver(() => track(this.#host, this.#readInline()));
    this.#observer.observe(this.#host, { childList: true, subtree: true, characterData: true });
    track(this.#host, this.#readInline());
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }

  /** Before each render: starts whatever changed in `src` and the records property. */
  hostUpdate(): void {
    const src = this.#host.src?.trim() || undefined;
    if (src !== this.#src) {
      this.#src = src;
      track(this.#host, this.#fetch(src));
    }
    const property = this.#property();
    if (property !== this.#propertyValue) {
      this.#propertyValue = property;
      track(this.#host, this.#takeProperty(property));
    }
  }

  /** The status line: loading, what failed, or how many records were left out; empty when all is well. */
  status(locale: Locale): TemplateResult {
    return html`<p part="status" class="status message" role="status">${this.#statusText(locale)}</p>`;
  }

  #statusText(locale: Locale): string {
    const kind = this.#kind;
    if (this.loading) return translate(locale, ownMessages, 'own.loading', { kind });
    if (this.failure) {
      const { kind: failure, status = 0 } = this.failure;
      const reason =
        failure === 'status'
          ? translate(locale, loadMessages, 'load.status', { status })
          : translate(locale, loadMessages, `load.${failure}`);
      return translate(locale, ownMessages, 'own.loadFailed', { kind, reason });
    }
    return this.skipped ? translate(locale, ownMessages, 'own.skipped', { kind, count: this.skipped }) : '';
  }

  async #fetch(src: string | undefined): Promise<void> {
    this.#sources.src = { label: `"${clip(src ?? '')}"` };
    this.loading = Boolean(src);
    if (!src) return this.#merge();
    const { loadRecords, validate, taken } = await this.#checks();
    const result = await loadRecords<T>(src, { listKey: this.#kind, validate }, taken);
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
      const { recordsFromText, validate, taken } = await this.#checks();
      const result = await recordsFromText<T>(text, this.#kind, validate, taken);
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
        const { validateRecords, validate, taken } = await this.#checks();
        result = await validateRecords<T>(value, validate, taken);
      }
      if (value !== this.#propertyValue) return;
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
        warnOnce(this.#host, `could not use ${label}: ${result.failure.detail}.`);
      }
      if (result.skipped.length) {
        this.skipped += result.skipped.length;
        const total = result.items.length + result.skipped.length;
        warnOnce(
          this.#host,
          `skipped ${result.skipped.length} of ${total} ${this.#kind} from ${label}: ${describeSkipped(result.skipped)}.`,
        );
      }
      for (const item of result.items) if (!merged.has(item.id)) merged.set(item.id, { ...item, local: true });
    }
    this.items = [...merged.values()];
    this.#host.requestUpdate();
  }
}
