// Everything about naming and finding member cities: their names in the languages loaded on the page, lookup by any
// name, matching two names, and sorting by name.
import { members, membersMeta } from '../generated/data.js';
import { clip, compareText } from './format.js';
import { warnOnce } from './host.js';
import type { Locale } from './l10n.js';
import { foldForMatch } from './match.js';
import type { Member } from './types.js';

/** City names by member id, for each loaded language ("vienna" → "Wien"); they arrive with the language's messages. */
const namesByLocale: Partial<Record<Locale, Readonly<Record<string, string>>>> = {};
/** The same, by folded name, for finding a city by its name in any loaded language. */
const idsByLocalName = new Map<string, string>();
let index: Map<string, Member> | undefined;

/** Adds a language's city names, as its messages arrive. */
export function addCityNames(locale: Locale, names: Readonly<Record<string, string>>): void {
  namesByLocale[locale] = names;
  for (const [id, name] of Object.entries(names)) idsByLocalName.set(foldForMatch(name), id);
}

/** Every name a member answers to: id, name, aliases, and its names in the languages loaded on the page. */
export function namesOf(member: Member): string[] {
  const own = Object.values(member.names ?? {}).filter((n): n is string => n !== undefined);
  const loaded = Object.values(namesByLocale).flatMap((names) => (names?.[member.id] ? [names[member.id]] : []));
  return [member.id, member.name, ...member.aliases, ...own, ...loaded];
}

/** A member city's name in the reader's language ("Wien" in German), else its usual name. */
export function cityName(member: Member, locale: Locale): string {
  return member.names?.[locale] ?? namesByLocale[locale]?.[member.id] ?? member.name;
}

/**
 * Finds a member city by id, name or alias, or by its name in any language loaded on the page, ignoring case, accents,
 * punctuation and spacing; then among `own` (a page's own city records), by any of their names.
 */
export function findMember(name: string, own: readonly Member[] = []): Member | undefined {
  index ??= new Map(members.flatMap((m) => [m.id, m.name, ...m.aliases].map((key) => [foldForMatch(key), m] as const)));
  const key = foldForMatch(name);
  if (!key) return undefined;
  const localId = idsByLocalName.get(key);
  return (
    index.get(key) ??
    (localId ? members.find((m) => m.id === localId) : undefined) ??
    own.find((m) => namesOf(m).some((n) => foldForMatch(n) === key))
  );
}

/**
 * A test of whether a city name means the same city as `name`: the same member (by name or alias), or the same folded
 * text. Built once for many names (each distinct name is looked up once), so a filter over thousands stays quick.
 */
export function cityMatcher(name: string): (other: string) => boolean {
  const member = findMember(name);
  const key = foldForMatch(name);
  const seen = new Map<string, boolean>();
  return (other) => {
    let same = seen.get(other);
    if (same === undefined) {
      same = member ? findMember(other) === member : foldForMatch(other) === key;
      seen.set(other, same);
    }
    return same;
  };
}

/** Compares members by their names in the reader's language, in its alphabetical order. */
export function byCityName(locale: Locale, formatting: string): (a: Member, b: Member) => number {
  return (a, b) => compareText(formatting, cityName(a, locale), cityName(b, locale));
}

/** What the member list says about the city an element was given. */
export type CityLookup =
  | { kind: 'none' }
  | { kind: 'found'; member: Member }
  /** Not in the list: `name` is the name as given, shortened for showing. */
  | { kind: 'not-listed'; name: string };

/**
 * Looks up the city an element was given (its `city` attribute); a city the list does not have is warned about once,
 * with the date the list was checked.
 */
export function lookUpCity(host: Element, given: string | null | undefined): CityLookup {
  const query = given?.trim();
  if (!query) return { kind: 'none' };
  const member = findMember(query);
  if (member) return { kind: 'found', member };
  warnOnce(host, `"${clip(query)}" is not in the member list checked on ${membersMeta.checked}.`);
  return { kind: 'not-listed', name: clip(query) };
}
