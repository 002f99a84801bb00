// Everything about naming and finding member cities: their names in the languages loaded on the page, lookup by any
// name (with its state or country after it, "Austin, Texas"), matching two names, and sorting by name.
import { members, membersMeta } from '../generated/data.js';
import { clip, compareText, countryName, isCountryCode } from './format.js';
import { warnOnce } from './host.js';
import type { Locale } from './l10n.js';
import { foldForMatch } from './match.js';
import type { Member } from './types.js';

/** City names by member id, for each loaded language ("vienna" → "Wien"); they arrive with the language's messages. */
const namesByLocale: Partial<Record<Locale, Readonly<Record<string, string>>>> = {};
/** The same, by folded name, for finding a city by its name in any loaded language. */
const idsByLocalName = new Map<string, string>();
let index: Map<string, Member[]> | undefined;

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

/** The language a regional locale is a variant of ("pt" for "pt-BR"), whose names it uses where it has none of its own. */
const languageOf = (locale: Locale) => locale.split('-')[0] as Locale;

/** A member city's name in the reader's language ("Wien" in German), else its usual name. */
export function cityName(member: Member, locale: Locale): string {
  return member.names?.[locale] ?? namesByLocale[locale]?.[member.id] ?? member.names?.[languageOf(locale)] ?? member.name;
}

/** The member's state or province in the reader's language, where the data gives one ("Texas", "Californie"). */
export function subdivisionName(member: Member, locale: Locale): string | undefined {
  const names = member.subdivision?.names;
  return member.subdivision && (names?.[locale] ?? names?.[languageOf(locale)] ?? member.subdivision.name);
}

/** The bundled members with a folded name, in the order of the list. */
function bundledByName(key: string): Member[] {
  if (!index) {
    index = new Map();
    for (const member of members)
      for (const name of new Set([member.id, member.name, ...member.aliases].map(foldForMatch)))
        index.set(name, [...(index.get(name) ?? []), member]);
  }
  const localId = idsByLocalName.get(key);
  const local = localId ? members.filter((m) => m.id === localId) : [];
  return [...new Set([...(index.get(key) ?? []), ...local])];
}

/** A name with a state or country after it: "Austin, Texas", "Vienna, AT", "Austin (Texas, United States)". */
function qualifiedName(text: string): { name: string; qualifiers: string[] } | undefined {
  const bracketed = /^(.+?)\s*\((.+)\)\s*$/.exec(text);
  const [name, ...qualifiers] = bracketed ? [bracketed[1], ...bracketed[2].split(',')] : text.split(',');
  const given = qualifiers.map((q) => q.trim()).filter(Boolean);
  return given.length ? { name, qualifiers: given } : undefined;
}

/** Whether `qualifier` names the member's country (its code, or its name in English or a loaded language) or state. */
function qualifies(member: Member, qualifier: string): boolean {
  const key = foldForMatch(qualifier);
  const locales = ['en', ...Object.keys(namesByLocale)];
  const names = [
    member.country,
    ...locales.map((locale) => countryName(locale, member.country)),
    ...(member.subdivision ? [member.subdivision.name, ...Object.values(member.subdivision.names ?? {})] : []),
  ];
  return names.some((name) => name !== undefined && foldForMatch(name) === key);
}

/**
 * Every member a city name can mean: by id, name or alias, or by its name in any language loaded on the page,
 * ignoring case, accents, punctuation and spacing; then among `own` (a page's own city records). A name followed by
 * its state or country ("Austin, Texas", "Wien, Österreich") means only the members there.
 */
export function findMembers(name: string, own: readonly Member[] = []): Member[] {
  const byName = (key: string) =>
    key ? [...bundledByName(key), ...own.filter((m) => namesOf(m).some((n) => foldForMatch(n) === key))] : [];
  const found = byName(foldForMatch(name));
  if (found.length) return found;
  const qualified = qualifiedName(name);
  return qualified ? byName(foldForMatch(qualified.name)).filter((m) => qualified.qualifiers.every((q) => qualifies(m, q))) : [];
}

/** The first member a city name can mean (see findMembers), in `country` (ISO 3166-1 alpha-2) when one is given. */
export function findMember(name: string, own: readonly Member[] = [], country?: string): Member | undefined {
  return findMembers(name, own).find((m) => !country || m.country === country);
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
  /** Not in the list: `name` is the name as given, shortened for showing; `country` the country it was given in. */
  | { kind: 'not-listed'; name: string; country?: string };

/** An element's `country` attribute as an upper-case ISO 3166-1 alpha-2 code; anything else is warned about once. */
export function givenCountry(host: Element, value: string | null | undefined): string | undefined {
  const code = value?.trim().toUpperCase();
  if (!code) return undefined;
  if (isCountryCode(code)) return code;
  warnOnce(host, `country "${clip(value ?? '')}" is not a two-letter country code such as AT or US; it is left out.`);
  return undefined;
}

/**
 * Looks up the city an element was given (its `city` attribute, and its `country` when set): a city the list does not
 * have there is warned about once, with the date the list was checked and the member elsewhere that has its name.
 */
export function lookUpCity(host: Element, given: string | null | undefined, countryValue?: string | null): CityLookup {
  const query = given?.trim();
  if (!query) return { kind: 'none' };
  const country = givenCountry(host, countryValue);
  const candidates = findMembers(query);
  const member = candidates.find((m) => !country || m.country === country);
  if (member) return { kind: 'found', member };
  const elsewhere = candidates.length ? ` (it has ${candidates.map((m) => `${m.name}, ${m.country}`).join('; ')})` : '';
  warnOnce(
    host,
    `"${clip(query)}"${country ? ` in ${country}` : ''} is not in the member list checked on ${membersMeta.checked}${elsewhere}.`,
  );
  return { kind: 'not-listed', name: clip(query), country };
}
