// The library check's messages and activities in the reader's language: a chunk per language of their own, so that
// no other widget's page downloads them.
import { activities } from '../generated/activities.js';
import { checkChunks } from '../generated/check-chunks.js';
import type { Locale, Messages } from '../core/l10n.js';
import { MessageChunks } from '../core/message-chunks.js';
import type { Activity, PrincipleId } from '../core/types.js';

type ActivityTexts = Readonly<Record<string, { title: string; text: string }>>;
const translated: Partial<Record<Locale, ActivityTexts>> = {};

export const checkMessages = new MessageChunks<{ default: Partial<Messages>; activityTexts: ActivityTexts }>(
  checkChunks,
  (locale, chunk) => (translated[locale] = chunk.activityTexts),
);

export { activities };

/** What a library does, as the check shows it: an activity of the list, or one the library added. */
export interface CheckItem {
  id: string;
  title: string;
  text: string;
  principles: readonly PrincipleId[];
  /** For an activity of the list: the kind of example closest to it. */
  activity?: Activity;
}

/** An activity's title and sentence in the reader's language (English until its chunk has arrived). */
export function activityItem(activity: Activity, locale: Locale): CheckItem {
  const local = translated[locale]?.[activity.id];
  return {
    id: activity.id,
    title: local?.title ?? activity.title,
    text: local?.text ?? activity.text,
    principles: [activity.principle],
    activity,
  };
}
