// The lists a library adds to (examples, member cities): the elements that show a list, which a page of badges does
// not load (the badge's one city is in own-city.ts).
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import ownMessages from '../generated/messages-en-own.js';
import { bundledExamples } from './data.js';
import { clip } from './format.js';
import { track } from './host.js';
import { translate, type Locale } from './l10n.js';
import type { LoadFailure, RecordKind, RecordSource, RecordsResult, Refusal } from './load-records.js';
import { recordChecks } from './own-city.js';
import type { Example, Member } from './types.js';

/** What a host element offers: its `src` attribute. Its records property is read through the controller's getter. */
export interface OwnRecordsHost extends ReactiveControllerHost, HTMLElement {
  src?: string | null;
}

/** One kind of record a library can add: the key of its list in a file, and what the bundled data already has. */
export interface OwnRecords<T> {
  kind: RecordKind;
  /** Why a library's record may not be added beside the bundled data, if it may not. */
  refusal(): Promise<Refusal<T>>;
}

/** A library's own examples, beside the bundled ones (which arrive lazily): their ids must be new. */
export const ownExamples: OwnRecords<Example> = {
  kind: 'examples',
  refusal: () =>
    Promise.all([bundledExamples.load().catch((): readonly Example[] => []), recordChecks()]).then(([examples, checks]) =>
      checks.idRefusal<Example>(examples),
    ),
};

/** A library's own member cities, beside the bundled ones: new ids, and no second record of a city the list has. */
export const ownMembers: OwnRecords<Member> = { kind: 'members', refusal: () => recordChecks().then((checks) => checks.membersRefusal()) };

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
  readonly #records: OwnRecords<T>;
  readonly #kind: RecordKind;
  readonly #property: () => unknown;
  readonly #sources: Record<'src' | 'inline' | 'property', RecordSource<T>> = {
    src: { label: '' },
    inline: { label: 'the inline JSON' },
    property: { label: '' },
  };
  #src?: string;
  #inlineText?: string;
  #propertyValue: unknown;
  #observer?: MutationObserver;
  #chunk?: Awaited<ReturnType<typeof recordChecks>>;

  /** `property` reads the element's records property (`examples`, `members`), whatever a page may have put there. */
  constructor(host: OwnRecordsHost, records: OwnRecords<T>, property: () => readonly T[] | null | undefined) {
    this.#host = host;
    this.#records = records;
    this.#kind = records.kind;
    this.#property = property;
    host.addController(this);
  }

  /** The record checks (one lazy chunk, with the validators), once the bundled data they compare against is known. */
  async #checks() {
    const [checks, refuse] = await Promise.all([recordChecks(), this.#records.refusal()]);
    this.#chunk = checks;
    return { ...checks, validate: checks.validatorFor(this.#kind), refuse };
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
    if (this.loading) return translate(locale, ownMessages, 'own.loading', { kind: this.#kind });
    // A failure or a left-out record comes from the record checks, whose chunk has arrived with it, and words it.
    return this.#chunk?.statusText(locale, this.#kind, this.failure, this.skipped) ?? '';
  }

  async #fetch(src: string | undefined): Promise<void> {
    this.#sources.src = { label: `"${clip(src ?? '')}"` };
    this.loading = Boolean(src);
    if (!src) return this.#merge();
    const { loadRecords, validate, refuse } = await this.#checks();
    const result = await loadRecords<T>(src, { listKey: this.#kind, validate }, refuse);
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
      const { recordsFromText, validate, refuse } = await this.#checks();
      const result = await recordsFromText<T>(text, this.#kind, validate, refuse);
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
        const { validateRecords, validate, refuse } = await this.#checks();
        result = await validateRecords<T>(value, validate, refuse);
      }
      if (value !== this.#propertyValue) return;
      this.#sources.property.result = result;
    }
    this.#merge();
  }

  #merge(): void {
    // Results come only from the record checks' chunk: before it has arrived, there is nothing to merge.
    const merged = this.#chunk?.mergeSources(this.#host, this.#kind, Object.values(this.#sources)) ?? { items: [], skipped: 0 };
    this.items = merged.items;
    this.failure = merged.failure;
    this.skipped = merged.skipped;
    this.#host.requestUpdate();
  }
}
