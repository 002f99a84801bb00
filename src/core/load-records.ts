import { withoutBidiControls } from './format.js';
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

/** A copy of a checked record, with bidirectional controls taken out of all its text. */
function cleaned(value: unknown): unknown {
  if (typeof value === 'string') return withoutBidiControls(value);
  if (Array.isArray(value)) return value.map(cleaned);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cleaned(v)]));
  return value;
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

/**
 * Validates each record on its own: valid ones are kept (as cleaned copies), invalid ones are listed with the reason.
 * A long list is checked a thousand records at a time, so that the page stays responsive.
 */
export async function validateRecords<T extends { id: string }>(
  records: readonly unknown[],
  validate: Validator,
  takenIds: ReadonlySet<string> = new Set(),
): Promise<{ items: T[]; skipped: SkippedRecord[] }> {
  const items: T[] = [];
  const skipped: SkippedRecord[] = [];
  const seen = new Set(takenIds);
  for (const [index, record] of records.entries()) {
    if (index > 0 && index % recordsPerTurn === 0) await giveThePageATurn();
    if (!validate(record)) {
      skipped.push({ index, reason: validate.errors?.[0] ? describe(validate.errors[0]) : 'invalid' });
    } else if (seen.has((record as T).id)) {
      skipped.push({ index, reason: `the id "${(record as T).id}" is already used` });
    } else {
      seen.add((record as T).id);
      items.push(cleaned(record) as T);
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
  takenIds?: ReadonlySet<string>,
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
  return recordsFromPayload<T>(payload, listKey, validate, takenIds);
}

/** Records from parsed JSON: `{"<listKey>": [...]}` or a bare array, each checked on its own. */
export async function recordsFromPayload<T extends { id: string }>(
  payload: unknown,
  listKey: string,
  validate: Validator,
  takenIds?: ReadonlySet<string>,
): Promise<RecordsResult<T>> {
  const list = Array.isArray(payload)
    ? payload
    : payload !== null && typeof payload === 'object' && Array.isArray((payload as Record<string, unknown>)[listKey])
      ? ((payload as Record<string, unknown>)[listKey] as unknown[])
      : undefined;
  if (!list) return { items: [], skipped: [], failure: { kind: 'shape', detail: `no "${listKey}" list` } };
  return validateRecords<T>(list, validate, takenIds);
}

/** Records from the text of an inline `<script type="application/json">`, with the same checks as a file. */
export async function recordsFromText<T extends { id: string }>(
  text: string,
  listKey: string,
  validate: Validator,
  takenIds?: ReadonlySet<string>,
  maxBytes = 2_000_000,
): Promise<RecordsResult<T>> {
  if (text.length > maxBytes) return { items: [], skipped: [], failure: { kind: 'tooLarge', detail: `more than ${maxBytes} characters` } };
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch (error) {
    return { items: [], skipped: [], failure: { kind: 'json', detail: String(error) } };
  }
  return recordsFromPayload<T>(payload, listKey, validate, takenIds);
}
