// The letter to the city, drafted from what the library ticked, in the reader's language: a date, an addressee, a
// subject, what is known of the city and the coalition (in its own words for each state of the city: founding member,
// member since a year, member by a date, unconfirmed, a shared name not yet pinned, not in the list, no city), what
// the library does under each principle, a concrete ask, and a signature. It never says that a city is not a member.
import { cityName, type CityLookup } from '../core/cities.js';
import { coalition, membersMeta, principles } from '../core/data.js';
import { formatCount, formatDate, formatMonth, formatYear } from '../core/format.js';
import type { Locale, MessageKey, Messages } from '../core/l10n.js';
import type { PrincipleId } from '../core/types.js';
import type { CheckItem } from './language.js';

export type { CityLookup };

export type Translate = <K extends MessageKey>(key: K, ...args: Parameters<Messages[K]>) => string;

/** Who signs the letter: kept in the page only, never stored. */
export interface Sender {
  name: string;
  role: string;
  contact: string;
}

export interface LetterInput {
  locale: Locale;
  formatting: string;
  t: Translate;
  /** The library's name, as the library wrote it; empty for none. */
  library: string;
  /** What the member list says about the library's city. */
  city: CityLookup;
  /** What the library does, with the titles and sentences as the library edited them. */
  items: readonly CheckItem[];
  sender: Sender;
  /** The letter's date, YYYY-MM-DD. */
  date: string;
}

export interface Letter {
  /** The date as the reader's language writes it. */
  date: string;
  /** The addressee, one line for the office and one for the city where one is given. */
  addressee: string;
  subject: string;
  /** From the salutation to the signature. */
  body: string;
}

/** The state of the city that decides the letter's wording. */
export type LetterState = 'founding' | 'since' | 'decided' | 'member-by' | 'member' | 'unconfirmed' | 'shared' | 'not-listed' | 'none';

export function letterState(city: CityLookup): LetterState {
  if (city.kind !== 'found') return city.kind;
  const { member } = city;
  if (member.status === 'unconfirmed') return 'unconfirmed';
  if (member.joined !== null) return member.founding ? 'founding' : 'since';
  if (member.decided !== undefined) return 'decided';
  return member.memberBy ? 'member-by' : 'member';
}

/** Whether the list says the city is a member (founding, since a year, by a decision, by a date, or with no date). */
function isMember(state: LetterState): boolean {
  return state === 'founding' || state === 'since' || state === 'decided' || state === 'member-by' || state === 'member';
}

/** The city's name in the letter: the member's name in the reader's language, or the name as given; none if none. */
function cityOf({ city, locale }: LetterInput): string {
  if (city.kind === 'found' || city.kind === 'shared') return cityName(city.member, locale);
  return city.kind === 'not-listed' ? city.name : '';
}

/** The paragraph on the city and the coalition: what is known, and nothing more. */
function cityParagraph(input: LetterInput, state: LetterState): string {
  const { t, formatting, city } = input;
  const name = cityOf(input);
  const count = formatCount(formatting, membersMeta.claimedCount.minimum);
  const member = city.kind === 'found' ? city.member : undefined;
  switch (state) {
    case 'founding':
      return t('check.letter.founding', { city: name, year: formatYear(formatting, member!.joined!) });
    case 'since':
      return t('check.letter.since', { city: name, year: formatYear(formatting, member!.joined!) });
    case 'decided':
      return t('check.letter.decided', { city: name, year: formatYear(formatting, member!.decided!) });
    case 'member-by':
      return t('check.letter.memberBy', { city: name, date: formatMonth(formatting, member!.memberBy!) });
    case 'member':
      return t('check.letter.member', { city: name });
    case 'unconfirmed':
      return t('check.letter.unconfirmed', { city: name });
    case 'shared':
      return t('check.letter.shared', { city: name, count, list: membersMeta.officialList });
    case 'not-listed':
      return t('check.letter.notListed', {
        city: name,
        count,
        date: formatDate(formatting, membersMeta.checked),
        list: membersMeta.officialList,
      });
    case 'none':
      return t('check.letter.noCity', { count });
  }
}

/** "Free internet access and computers. Anyone can…": the title without its own closing stop or colon. */
function itemLine(t: Translate, item: CheckItem): string {
  const title = item.title.trim().replace(/[\s.:;,]+$/u, '');
  return `- ${t('check.letter.item', { title, text: item.text.trim() })}`;
}

/** What the library does, under each principle it serves, or (nothing ticked) an offer to find out together. */
function workParagraph({ t, items }: LetterInput): string {
  const served = principles.filter((p) => items.some((item) => item.principles.includes(p.id)));
  if (!served.length) return t('check.letter.nothing');
  const group = (id: PrincipleId) =>
    [
      t('check.letter.group', { principle: t('check.letter.quoted', { name: t(`principle.short.${id}`) }) }),
      ...items.filter((item) => item.principles.includes(id)).map((item) => itemLine(t, item)),
    ].join('\n');
  return [t('check.letter.work', { count: served.length }), ...served.map((p) => group(p.id))].join('\n\n');
}

/** The ask: a meeting with the city's digital team, and the library's place in the city's plans or how a city joins. */
function askParagraph({ t, items }: LetterInput, state: LetterState): string {
  const meet = items.length ? t('check.letter.meetWork') : t('check.letter.meetNothing');
  const then = isMember(state)
    ? t('check.letter.askMember')
    : state === 'not-listed'
      ? t('check.letter.askJoin', { url: coalition.urls.endorse })
      : t('check.letter.askEither', { url: coalition.urls.endorse });
  return `${meet} ${then}\n\n${t('check.letter.more', { url: coalition.urls.home })}`;
}

/** The closing formula, then the sender's name and role, the library, and how to reach the sender. */
function signature({ t, library, sender }: LetterInput): string {
  const name = sender.name.trim();
  const lines = [sender.name, sender.role, library, sender.contact].map((line) => line.trim());
  if (!lines[2] && !name) lines[2] = t('check.letter.team');
  return [t('check.letter.closing'), ...lines.filter(Boolean)].join('\n');
}

export function draftLetter(input: LetterInput): Letter {
  const { t, formatting, library, items, city } = input;
  const state = letterState(city);
  const name = cityOf(input);
  const from = library.trim() || t('check.ourLibrary');
  const place = city.kind === 'none' ? t('check.letter.inOurCity') : t('check.letter.inCity', { city: name });
  const subject = !items.length
    ? t('check.letter.subjectNothing', { place, library: from })
    : isMember(state)
      ? t('check.letter.subjectMember', { place, library: from })
      : t('check.letter.subjectWork', { place, library: from });
  const addressee = [t('check.letter.addressee'), ...(city.kind === 'none' ? [] : [t('check.letter.addresseeCity', { city: name })])].join(
    '\n',
  );
  const body = [
    t('check.letter.greeting'),
    cityParagraph(input, state),
    workParagraph(input),
    askParagraph(input, state),
    signature(input),
  ].join('\n\n');
  // French writes the first of the month as an ordinal ("1er décembre"), which Intl does not.
  const written = formatDate(formatting, input.date);
  const date = input.locale === 'fr' ? written.replace(/^1(?= )/u, '1er') : written;
  return { date, addressee, subject, body };
}

/** The whole letter as text, as it is printed and downloaded: date, addressee, subject, body and signature. */
export function letterText(letter: Letter, t: Translate): string {
  return `${letter.date}\n\n${letter.addressee}\n\n${t('check.letter.subjectLine', { subject: letter.subject })}\n\n${letter.body}\n`;
}
