import { members } from '../generated/data.js';
import loadMessages from '../generated/messages-en-load.js';
import { findMembers } from './cities.js';
import { withoutBidiControlsIn } from './bidi.js';
import { clip } from './format.js';
import { warnOnce } from './host.js';
import { translate, type Locale } from './l10n.js';
import { soundRecords, type OwnCityLookup } from './own-city.js';
import type { Member } from './types.js';
import { validateExample, validateMember, type ValidationError, type Validator } from '../generated/validate.js';

/** Which kind of record, which decides the file's list key and the schema used to check each record. */
export type RecordKind = 'examples' | 'members';

/** The schema check, compiled from data/schema, for one kind of record. */
export const validatorFor = (kind: RecordKind): Validator => (kind === 'examples' ? validateExample : validateMember);

export type LoadFailureKind = 'network' | 'timeout' | 'status' | 'contentType' | 'json' | 'tooLarge' | 'shape' | 'origin';

export interface LoadFailure {
  kind: LoadFailureKind;
  /** The HTTP status, for `status` failures. */
  status?: number;
  /** What went wrong, for the console. */
  detail: string;
}

export interface SkippedRecord {
  index: number;
  reason: string;
}

export interface RecordsResult<T> {
  items: T[];
  skipped: SkippedRecord[];
  failure?: LoadFailure;
}

export interface LoadOptions {
  /** The key that holds the list when the file is an object (`{"examples": [...]}`); a bare array is accepted too. */
  listKey: string;
  validate: Validator;
  timeoutMs?: number;
  maxBytes?: number;
}

class LoadError extends Error {
  constructor(readonly failure: LoadFailure) {
    super(failure.detail);
  }
}

const payloads = new Map<string, Promise<unknown>>();

/** Fetches and parses a JSON file at most once per page, however many elements ask for it. */
function fetchJson(url: URL, timeoutMs: number, maxBytes: number): Promise<unknown> {
  let payload = payloads.get(url.href);
  if (!payload) {
    payload = download(url, timeoutMs, maxBytes);
    payloads.set(url.href, payload);
  }
  return payload;
}

async function download(url: URL, timeoutMs: number, maxBytes: number): Promise<unknown> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    let response: Response;
    try {
      // A library's records are public data: none of the site's cookies go with the request.
      response = await fetch(url, { signal: controller.signal, credentials: 'omit', headers: { accept: 'application/json' } });
    } catch (error) {
      throw controller.signal.aborted
        ? new LoadError({ kind: 'timeout', detail: `no answer within ${timeoutMs} ms` })
        : new LoadError({ kind: 'network', detail: String(error) });
    }
    if (response.redirected && new URL(response.url).origin !== url.origin) {
      throw new LoadError({ kind: 'origin', detail: `redirected to ${new URL(response.url).origin}` });
    }
    if (!response.ok) {
      throw new LoadError({ kind: 'status', status: response.status, detail: `HTTP ${response.status}` });
    }
    const type = response.headers.get('content-type') ?? '';
    if (!/\bjson\b/i.test(type)) throw new LoadError({ kind: 'contentType', detail: `content type "${type}"` });
    if (Number(response.headers.get('content-length')) > maxBytes) {
      throw new LoadError({ kind: 'tooLarge', detail: `more than ${maxBytes} bytes` });
    }
    let text: string;
    try {
      text = await response.text();
    } catch {
      throw controller.signal.aborted
        ? new LoadError({ kind: 'timeout', detail: `not complete within ${timeoutMs} ms` })
        : new LoadError({ kind: 'network', detail: 'the download broke off' });
    }
    if (text.length > maxBytes) throw new LoadError({ kind: 'tooLarge', detail: `more than ${maxBytes} characters` });
    try {
      return JSON.parse(text);
    } catch (error) {
      throw new LoadError({ kind: 'json', detail: String(error) });
    }
  } finally {
    clearTimeout(timer);
  }
}

function describe(error: ValidationError): string {
  const where = error.instancePath || 'the record';
  const params = error.params ?? {};
  if (error.keyword === 'required') return `${where} lacks "${String(params.missingProperty)}"`;
  if (error.keyword === 'additionalProperties') return `${where} has unknown field "${String(params.additionalProperty)}"`;
  return `${where} fails ${error.keyword}`;
}

/** Records checked between two chances for the page to handle input and paint. */
const recordsPerTurn = 1000;

/** Lets the page handle input and paint. A message, unlike a timer, is not slowed down in a background tab. */
function giveThePageATurn(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/** Why a valid record may not be added beside the bundled data (its id or its city is there already), if it may not. */
export type Refusal<T> = (record: T) => string | undefined;

/** One of the places a library's records come from: how a warning names it, and what it gave. */
export interface RecordSource<T> {
  label: string;
  result?: RecordsResult<T>;
}

function describeSkipped(skipped: readonly SkippedRecord[]): string {
  const shown = skipped.slice(0, 5).map((s) => `#${s.index} ${s.reason}`);
  return shown.join('; ') + (skipped.length > shown.length ? `; and ${skipped.length - shown.length} more` : '');
}

/** The records of every place that gave some, merged (the first of an id wins) and marked local; each problem logged once. */
export function mergeSources<T extends { id: string; local?: boolean }>(
  host: Element,
  kind: RecordKind,
  sources: readonly RecordSource<T>[],
): { items: T[]; failure?: LoadFailure; skipped: number } {
  const merged = new Map<string, T>();
  let failure: LoadFailure | undefined;
  let skipped = 0;
  for (const { label, result } of sources) {
    if (!result) continue;
    if (result.failure) {
      failure ??= result.failure;
      warnOnce(host, `could not use ${label}: ${result.failure.detail}.`);
    }
    if (result.skipped.length) {
      skipped += result.skipped.length;
      const total = result.items.length + result.skipped.length;
      warnOnce(host, `skipped ${result.skipped.length} of ${total} ${kind} from ${label}: ${describeSkipped(result.skipped)}.`);
    }
    for (const item of result.items) if (!merged.has(item.id)) merged.set(item.id, { ...item, local: true });
  }
  for (const record of merged.values()) soundRecords.add(record);
  return { items: [...merged.values()], failure, skipped };
}

/** What an element's status line says of its own records once checked: why a source failed, or how many were left out. */
export function statusText(locale: Locale, kind: RecordKind, failure: LoadFailure | undefined, skipped: number): string {
  if (failure) {
    const { kind: what, status = 0 } = failure;
    const reason =
      what === 'status' ? translate(locale, loadMessages, 'load.status', { status }) : translate(locale, loadMessages, `load.${what}`);
    return translate(locale, loadMessages, 'load.failed', { kind, reason });
  }
  return skipped ? translate(locale, loadMessages, 'load.skipped', { kind, count: skipped }) : '';
}

/** A library's record may not reuse the id of one of `bundled`. */
export function idRefusal<T extends { id: string }>(bundled: readonly { id: string }[]): Refusal<T> {
  const ids = new Set(bundled.map((record) => record.id));
  return ({ id }) => (ids.has(id) ? `the id "${id}" is already used` : undefined);
}

/**
 * A library's member cities may not reuse a bundled id, and a city the coalition's list has in the same country (as a
 * member, or not confirmed) keeps the list's record, so that a page cannot turn an unconfirmed city into a member.
 */
/** The list's record of the city a supplied record names, by its name or an alias, in its country (read warily: it may be unchecked). */
function listedCity({ name, aliases, country }: Partial<Member>): Member | undefined {
  const names = [name, ...(Array.isArray(aliases) ? (aliases as unknown[]) : [])].filter((n): n is string => typeof n === 'string');
  return names.flatMap((n) => findMembers(n)).find((m) => m.country === country);
}

export function membersRefusal(): Refusal<Member> {
  const used = idRefusal<Member>(members);
  return (member) => {
    const listed = listedCity(member);
    return (
      used(member) ??
      (listed
        ? `"${clip(member.name)}" is in the coalition's list already (${listed.id}, ${listed.status}); the list's record is shown`
        : undefined)
    );
  };
}

/**
 * The one city record a page gives an element (`member`), checked on its own: the record marked as the library's; if
 * it is left out (with a warning), the list's record of its city in its country, or the sentence saying it was left out.
 */
export async function checkOwnCity(host: Element, given: unknown): Promise<OwnCityLookup> {
  const result = await validateRecords<Member>([given], validateMember, membersRefusal());
  const { items, skipped } = mergeSources(host, 'members', [{ label: 'the member property', result }]);
  const member = items[0] ?? listedCity(given as Partial<Member>);
  return member ? { kind: 'found', member } : { kind: 'left-out', status: (locale) => statusText(locale, 'members', undefined, skipped) };
}

// The sample files' records (data/samples/) have ids that start so: published unedited, they would show a made-up
// member city or example on a library's page.
const samplePrefix = 'sample-';

/**
 * Validates each record on its own: valid ones are kept (as cleaned copies), invalid ones are listed with the reason,
 * as are copies of a sample record, a second record with an id already used and any record `refuse` gives a reason
 * for. A long list is checked a thousand records at a time, so that the page stays responsive.
 */
export async function validateRecords<T extends { id: string }>(
  records: readonly unknown[],
  validate: Validator,
  refuse: Refusal<T> = () => undefined,
): Promise<{ items: T[]; skipped: SkippedRecord[] }> {
  const items: T[] = [];
  const skipped: SkippedRecord[] = [];
  const seen = new Set<string>();
  for (const [index, record] of records.entries()) {
    if (index > 0 && index % recordsPerTurn === 0) await giveThePageATurn();
    if (!validate(record)) {
      skipped.push({ index, reason: validate.errors?.[0] ? describe(validate.errors[0]) : 'invalid' });
      continue;
    }
    const { id } = record as T;
    const reason = id.startsWith(samplePrefix)
      ? `"${id}" is a sample record: give your own records ids of their own`
      : seen.has(id)
        ? `the id "${id}" is already used`
        : refuse(record as T);
    if (reason) {
      skipped.push({ index, reason });
    } else {
      seen.add(id);
      items.push(withoutBidiControlsIn(record) as T);
    }
  }
  return { items, skipped };
}

/**
 * Loads a host page's own records from a URL: fetched once per page with a timeout, checked against the schema
 * record by record. Never rejects: a failure is returned for the element to show.
 */
export async function loadRecords<T extends { id: string }>(
  src: string,
  options: LoadOptions,
  refuse?: Refusal<T>,
): Promise<RecordsResult<T>> {
  const { listKey, validate, timeoutMs = 10_000, maxBytes = 2_000_000 } = options;
  let url: URL;
  try {
    url = new URL(src, document.baseURI);
  } catch {
    return { items: [], skipped: [], failure: { kind: 'network', detail: 'not a valid address' } };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { items: [], skipped: [], failure: { kind: 'network', detail: `the ${url.protocol} scheme is not allowed` } };
  }
  let payload: unknown;
  try {
    payload = await fetchJson(url, timeoutMs, maxBytes);
  } catch (error) {
    const failure = error instanceof LoadError ? error.failure : { kind: 'network' as const, detail: String(error) };
    return { items: [], skipped: [], failure };
  }
  return recordsFromPayload<T>(payload, listKey, validate, refuse);
}

/** Records from parsed JSON: `{"<listKey>": [...]}` or a bare array, each checked on its own. */
export async function recordsFromPayload<T extends { id: string }>(
  payload: unknown,
  listKey: string,
  validate: Validator,
  refuse?: Refusal<T>,
): Promise<RecordsResult<T>> {
  const list = Array.isArray(payload)
    ? payload
    : payload !== null && typeof payload === 'object' && Array.isArray((payload as Record<string, unknown>)[listKey])
      ? ((payload as Record<string, unknown>)[listKey] as unknown[])
      : undefined;
  if (!list) return { items: [], skipped: [], failure: { kind: 'shape', detail: `no "${listKey}" list` } };
  return validateRecords<T>(list, validate, refuse);
}

/** Records from the text of an inline `<script type="application/json">`, with the same checks as a file. */
export async function recordsFromText<T extends { id: string }>(
  text: string,
  listKey: string,
  validate: Validator,
  refuse?: Refusal<T>,
  maxBytes = 2_000_000,
): Promise<RecordsResult<T>> {
  if (text.length > maxBytes) return { items: [], skipped: [], failure: { kind: 'tooLarge', detail: `more than ${maxBytes} characters` } };
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch (error) {
    return { items: [], skipped: [], failure: { kind: 'json', detail: String(error) } };
  }
  return recordsFromPayload<T>(payload, listKey, validate, refuse);
}
