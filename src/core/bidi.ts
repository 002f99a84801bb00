// Bidirectional controls in text from outside: `clip` (format.ts) takes them out of what it shows, and the record
// checks (a lazy chunk) out of every record; apart from format.ts, so that only the checks carry the second.

// Embedding, override and isolate controls: in text from outside, one of them could turn the rest of a sentence
// around. Names and titles have no use for them (the bidirectional algorithm needs no help with real text).
const bidiControls = /[\u202A-\u202E\u2066-\u2069]/g;

/** Text from outside without bidirectional controls. */
export function withoutBidiControls(text: string): string {
  return text.replace(bidiControls, '');
}

/** A copy of data from outside (parsed JSON) with bidirectional controls taken out of all its text. */
export function withoutBidiControlsIn(value: unknown): unknown {
  if (typeof value === 'string') return withoutBidiControls(value);
  if (Array.isArray(value)) return value.map(withoutBidiControlsIn);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutBidiControlsIn(v)]));
  return value;
}
