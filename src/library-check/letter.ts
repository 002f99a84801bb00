// The letter to the city, drafted from what the library ticked, in the reader's language: what the city committed
// to (for a member city, since when) or why it could join, what the library does, and an offer to talk.
import { cityName } from '../core/cities.js';
import { membersMeta } from '../core/data.js';
import { formatCount, formatList, formatMonth, formatYear } from '../core/format.js';
import type { Locale, MessageKey, Messages } from '../core/l10n.js';
import type { Member } from '../core/types.js';
import type { CheckItem } from './language.js';

export type Translate = <K extends MessageKey>(key: K, ...args: Parameters<Messages[K]>) => string;

export interface LetterInput {
  locale: Locale;
  formatting: string;
  t: Translate;
  /** The library's name, as the library wrote it; empty for none. */
  library: string;
  /** The city as typed, and the member it is, if the list has it. */
  city: string;
  member?: Member;
  /** What the library does, with the titles and sentences as the library edited them. */
  items: readonly CheckItem[];
  /** The short names of the principles the library's work supports, in their order. */
  principles: readonly string[];
}

export interface Letter {
  subject: string;
  body: string;
}

/** The paragraph on the city: a member since when, not confirmed, or not (as far as we know) a member. */
function cityParagraph({ t, formatting, locale, city, member }: LetterInput): string {
  const name = member ? cityName(member, locale) : city || t('check.ourCity');
  if (!member) return t('check.letter.other', { city: name, count: formatCount(formatting, membersMeta.claimedCount.minimum) });
  if (member.status === 'unconfirmed') return t('check.letter.unconfirmed', { city: name });
  if (member.joined !== null) return t('check.letter.since', { city: name, year: formatYear(formatting, member.joined) });
  if (member.memberBy) return t('check.letter.sinceAtLatest', { city: name, date: formatMonth(formatting, member.memberBy) });
  return t('check.letter.member', { city: name });
}

export function draftLetter(input: LetterInput): Letter {
  const { t, formatting, locale, library, city, member, items, principles } = input;
  const name = member ? cityName(member, locale) : city || t('check.ourCity');
  const isMember = member?.status === 'member';
  const subject = isMember
    ? t('check.letter.subjectMember', { library: library || t('check.ourLibrary'), city: name })
    : t('check.letter.subjectOther', { city: name });
  const work = items.length
    ? [
        t('check.letter.work', { count: principles.length, principles: formatList(formatting, principles) }),
        items.map((item) => `- ${t('check.letter.item', { title: item.title.trim(), text: item.text.trim() })}`).join('\n'),
      ].join('\n')
    : t('check.letter.nothing');
  const body = [
    t('check.letter.greeting'),
    cityParagraph(input),
    work,
    isMember ? t('check.letter.offerMember') : t('check.letter.offerOther'),
    [t('check.letter.closing'), library.trim()].filter(Boolean).join('\n'),
  ].join('\n\n');
  return { subject, body };
}
