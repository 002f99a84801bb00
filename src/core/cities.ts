// Everything about naming and finding member cities: their names in the languages loaded on the page, lookup by any
// name (with its state or country after it, "Austin, Texas"), whether what a page gave pins a member, matching two
// names, and sorting by name.
import { members, membersMeta, pinnedByCountry } from '../generated/data.js';
import { clip, compareText, isCountryCode } from './format.js';
import { warnOnce } from './host.js';
import type { Locale } from './l10n.js';
import { foldForMatch } from './match.js';
import { pinning } from './places.js';
import type { Member, SameNamePlace } from './types.js';

/** City names by member id, for each loaded language ("vienna" → "Wien"); they arrive with the language's messages. */
const namesByLocale: Partial<Record<Locale, Readonly<Record<string, string>>>> = {};
/** How many times a language has brought city names: what is folded or indexed by name is made again when it changes. */
let cityNamesAdded = 0;
/** Each member's names, folded: made once (a finder searches them, and looks them up, at every keystroke). */
const foldedNames = new WeakMap<Member, { cityNamesAdded: number; names: string[] }>();
/** Each list of members (the bundled one, a page's own) by folded name. */
const indexes = new WeakMap<readonly Member[], { cityNamesAdded: number; byName: Map<string, Member[]> }>();

/** Changes each time a language brings city names: what was worked out from names (a filter by city, an index) is stale. */
export function cityNamesVersion(): number {
  return cityNamesAdded;
}

/** Adds a language's city names, as its messages arrive. */
export function addCityNames(locale: Locale, names: Readonly<Record<string, string>>): void {
  namesByLocale[locale] = names;
  cityNamesAdded += 1;
}

/** Every name a member answers to: id, name, aliases, districts, and its names in the languages loaded on the page. */
export function namesOf(member: Member): string[] {
  const own = Object.values(member.names ?? {}).filter((n): n is string => n !== undefined);
  const loaded = Object.values(namesByLocale).flatMap((names) => (names?.[member.id] ? [names[member.id]] : []));
  return [member.id, member.name, ...member.aliases, ...(member.districts ?? []), ...own, ...loaded];
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

/** Every name a member answers to (see namesOf), folded for matching, each once. */
export function foldedNamesOf(member: Member): string[] {
  let made = foldedNames.get(member);
  if (made?.cityNamesAdded !== cityNamesAdded) {
    made = { cityNamesAdded, names: [...new Set(namesOf(member).map(foldForMatch))] };
    foldedNames.set(member, made);
  }
  return made.names;
}

/**
 * The members of a list with a folded name, in the order of the list. Each list is indexed once (and again when a
 * language brings city names): a finder indexes a page's own as it prepares its list, ahead of the first keystroke.
 */
export function membersByName(list: readonly Member[], key: string): Member[] {
  if (!list.length) return [];
  let made = indexes.get(list);
  if (made?.cityNamesAdded !== cityNamesAdded) {
    made = { cityNamesAdded, byName: new Map() };
    for (const member of list)
      for (const name of foldedNamesOf(member)) {
        const named = made.byName.get(name);
        if (named) named.push(member);
        else made.byName.set(name, [member]);
      }
    indexes.set(list, made);
  }
  return made.byName.get(key) ?? [];
}

/** A name with a state or country after it: "Austin, Texas", "Vienna, AT", "Austin (Texas, United States)". */
export function qualifiedName(text: string): { name: string; qualifiers: string[] } | undefined {
  const bracketed = /^(.+?)\s*\((.+)\)\s*$/.exec(text);
  const [name, ...qualifiers] = bracketed ? [bracketed[1], ...bracketed[2].split(',')] : text.split(',');
  const given = qualifiers.map((q) => q.trim()).filter(Boolean);
  return given.length ? { name, qualifiers: given } : undefined;
}

/**
 * Every member a city name can mean: by id, name, alias or district, or by its name in any language loaded on the
 * page, ignoring case, accents, punctuation and spacing; then among `own` (a page's own city records). A name with
 * its state or country after it ("Austin, Texas") means the members of that name, whatever follows it.
 */
export function findMembers(name: string, own: readonly Member[] = []): Member[] {
  const found = membersNamed(name, own);
  if (found.length) return found;
  const qualified = qualifiedName(name);
  return qualified ? membersNamed(qualified.name, own) : [];
}

/** The members, bundled or among `own`, that answer to exactly this name (folded). */
export function membersNamed(name: string, own: readonly Member[]): Member[] {
  const key = foldForMatch(name);
  return key ? [...membersByName(members, key), ...membersByName(own, key)] : [];
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

/**
 * What the member list says about a city a page gave. A member is `found` only when what was given pins it: its
 * country, where places in other countries have the name, and its state, where places in its own country do.
 */
export type CityLookup =
  | { kind: 'none' }
  | { kind: 'found'; member: Member }
  /**
   * A member has this name, but what was given does not say that it is this one: `places` are the other places of the
   * name, largest first (at most three); `pin` is what would tell them apart: the country, the state, or nothing the
   * page can give (`unknown`: the list itself does not say which of the places of its name the member is).
   */
  | { kind: 'shared'; member: Member; name: string; places: readonly SameNamePlace[]; pin: 'country' | 'subdivision' | 'unknown' }
  /** Not in the list: `name` is the name as given, shortened for showing; `country` the country it was given in. */
  | { kind: 'not-listed'; name: string; country?: string };

/**
 * What the list says about a city as typed ("Portland, Maine", "New York, NY", "Brooklyn", "Wien") in `country` (an
 * ISO 3166-1 alpha-2 code), if given, among the bundled members and `own` (a page's own city records). A state or
 * country after the name narrows it; one the widgets do not know is passed over, never held against the name. Needs
 * the places table (await `loadPlaces()` first), but for a member its country alone pins (see pinnedWithoutTable).
 * Where the table could not be fetched, no other bundled member is said to be the city. Warns nobody (see lookUpCity).
 */
export function findCity(text: string, country?: string, own: readonly Member[] = []): CityLookup {
  const query = text.trim();
  if (!query) return { kind: 'none' };
  const pinned = pinnedWithoutTable(query, country, own);
  if (pinned) return { kind: 'found', member: pinned };
  const loaded = pinning.loaded();
  if (loaded === undefined) throw new Error('cc4dr-widgets: findCity needs the places table: await loadPlaces() first.');
  if (loaded !== 'unavailable') return loaded.findCity(query, country, own);
  const member = findMembers(query, own).find((m) => !country || m.country === country);
  if (!member) return { kind: 'not-listed', name: clip(query), country };
  return member.local ? { kind: 'found', member } : { kind: 'shared', member, name: clip(query), places: [], pin: 'unknown' };
}

/**
 * The member a city as typed means, where the places table would say so without being asked: the name is one member's
 * only, the country given is its country, and no other place in that country has any of its names (the build lists
 * those members), or it is the page's own record. The table's answer then is always `found`: the badge of
 * `city="Vienna" country="AT"` renders at once, rather than after the table has arrived.
 */
function pinnedWithoutTable(query: string, country: string | undefined, own: readonly Member[]): Member | undefined {
  if (!country) return undefined;
  const named = membersNamed(query, own);
  const member = named.length === 1 ? named[0] : undefined;
  return member?.country === country && (member.local || pinnedByCountry.includes(member.id)) ? member : undefined;
}

/** Whether looking up a city as typed (see findCity) needs the places table, which is fetched once a page needs it. */
export function needsPlaces(text: string | null | undefined, country: string | undefined): boolean {
  const query = text?.trim();
  return Boolean(query) && !pinnedWithoutTable(query!, country, []);
}

/** An element's `country` attribute as an upper-case ISO 3166-1 alpha-2 code; anything else is warned about once. */
export function givenCountry(host: Element, value: string | null | undefined): string | undefined {
  const code = value?.trim().toUpperCase();
  if (!code) return undefined;
  if (isCountryCode(code)) return code;
  warnOnce(host, `country "${clip(value ?? '')}" is not a two-letter country code such as AT or US; it is left out.`);
  return undefined;
}

/**
 * Looks up the city an element was given (its `city` attribute, and its `country` when set; see findCity), and warns
 * once where the page's editor can say more: a city the list does not have (with the date the list was checked and
 * the member elsewhere of its name), or a name that other places share (with how to say which is meant).
 */
export function lookUpCity(
  host: Element,
  given: string | null | undefined,
  countryValue?: string | null,
  own: readonly Member[] = [],
): CityLookup {
  const country = givenCountry(host, countryValue);
  const found = findCity(given ?? '', country, own);
  if (found.kind === 'not-listed') {
    const candidates = findMembers(found.name, own);
    const elsewhere = candidates.length ? ` (it has ${candidates.map((m) => `${m.name}, ${m.country}`).join('; ')})` : '';
    warnOnce(
      host,
      `"${found.name}"${country ? ` in ${country}` : ''} is not in the member list checked on ${membersMeta.checked}${elsewhere}.`,
    );
  }
  if (found.kind === 'shared') {
    const loaded = pinning.loaded();
    const how =
      loaded === undefined || loaded === 'unavailable'
        ? "the table of places could not be fetched from the library's folder"
        : found.pin === 'unknown'
          ? `the list does not say which ${found.member.name} in ${found.member.country} is the member`
          : found.pin === 'country'
            ? `add country="${found.member.country}" if the page means ${found.member.name}, ${found.member.country}`
            : `write the state after the name ("${found.name}, ${loaded.stateName(found.member)}") if the page means ${found.member.name}`;
    warnOnce(host, `"${found.name}" is also the name of other places, so it is not said to be a member: ${how}.`);
  }
  return found;
}
