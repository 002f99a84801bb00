// A library's answers as a file it downloads and loads again: checked like any data a library supplies (the JSON
// Schema data/schema/answers.schema.json, a size limit, bidirectional controls taken out). Loaded only when a file is.
import { withoutBidiControlsIn } from '../core/bidi.js';
import type { PrincipleId } from '../core/types.js';
import { validateAnswers } from '../generated/validate.js';

export interface Answers {
  format: 'cc4dr-library-check';
  version: 1;
  library?: string;
  city?: string;
  country?: string;
  website?: string;
  ticked: string[];
  own?: { id: string; title: string; text: string; principles: PrincipleId[] }[];
  edits?: Record<string, { title?: string; text?: string }>;
  letter?: string;
}

/** Why a file could not be used, for the reader (`reason`) and the console (`detail`). */
export interface AnswersFailure {
  reason: 'json' | 'tooLarge';
  detail: string;
}

const maxCharacters = 200_000;

/** The answers in a file's text, or why they cannot be used. */
export function answersFrom(text: string): { answers: Answers } | { failure: AnswersFailure } {
  if (text.length > maxCharacters) return { failure: { reason: 'tooLarge', detail: `more than ${maxCharacters} characters` } };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { failure: { reason: 'json', detail: String(error) } };
  }
  if (!validateAnswers(parsed)) {
    const first = validateAnswers.errors?.[0];
    return {
      failure: { reason: 'json', detail: first ? `${first.instancePath || 'the file'} fails ${first.keyword}` : 'not an answers file' },
    };
  }
  return { answers: withoutBidiControlsIn(parsed) as Answers };
}
