// Whether what a page gave pins a member city: the other places that share its names (the places table, from the
// GeoNames gazetteer) and the countries and states people write after a name. A chunk of its own, with the table,
// fetched when a page first looks up a city (see places.ts): a page of principle cards never needs it.
import { places as table } from '../generated/places.js';
import { membersNamed, qualifiedName, type CityLookup } from './cities.js';
import { clip, countryName, isCountryCode } from './format.js';
import { supportedLocales } from './l10n.js';
import { foldForMatch } from './match.js';
import type { Member } from './types.js';

// Informal names of countries that Intl does not give ("UK", "USA"); a leading "the" is dropped before matching.
const informalCountries: Readonly<Record<string, readonly string[]>> = {
  GB: ['UK', 'U.K.', 'Britain', 'Great Britain'],
  US: ['USA', 'U.S.', 'U.S.A.', 'United States of America', 'America', 'EEUU', 'EE. UU.', 'EUA', 'VS'],
  NL: ['Holland'],
};

const countryKeys = new Map<string, Set<string>>();

/** Every way the widgets understand a country to be written: its code, its name in each of our languages, informally. */
function namesCountry(code: string, qualifier: string): boolean {
  let keys = countryKeys.get(code);
  if (!keys) {
    const names = [code, ...supportedLocales.map((locale) => countryName(locale, code)), ...(informalCountries[code] ?? [])];
    keys = new Set(names.map((name) => foldForMatch(name.replace(/^the\s+/i, ''))));
    countryKeys.set(code, keys);
  }
  return keys.has(foldForMatch(qualifier.replace(/^the\s+/i, '')));
}

/** Whether a qualifier names state `key` of `country`: by its name or the abbreviation people write ("ON", "Ontario"). */
function namesState(country: string, key: string, qualifier: string): boolean {
  const state = table.subdivisions[country]?.find(([k]) => k === key);
  const wanted = foldForMatch(qualifier);
  return state !== undefined && [state[0], state[1], state[2]].some((name) => name !== undefined && foldForMatch(name) === wanted);
}

/** Whether a qualifier names any country, or any state the table has: one it does not know is not held against a name. */
function isKnownQualifier(qualifier: string): boolean {
  const wanted = foldForMatch(qualifier);
  const withoutThe = foldForMatch(qualifier.replace(/^the\s+/i, ''));
  return (
    Object.entries(table.subdivisions).some(([country, states]) =>
      states.some(([key, name, abbreviation]) =>
        [name, abbreviation, country === 'US' ? key : undefined].some((n) => n && foldForMatch(n) === wanted),
      ),
    ) ||
    (/^[a-z]{2}$/i.test(qualifier.trim()) ? isCountryCode(qualifier.trim().toUpperCase()) : false) ||
    knownCountryName(withoutThe)
  );
}

let countryNameKeys: Set<string> | undefined;
function knownCountryName(folded: string): boolean {
  if (!countryNameKeys) {
    countryNameKeys = new Set();
    for (let i = 0; i < 26 * 26; i += 1) {
      const code = String.fromCharCode(65 + Math.floor(i / 26), 65 + (i % 26));
      if (!isCountryCode(code)) continue;
      namesCountry(code, code);
      for (const key of countryKeys.get(code) ?? []) countryNameKeys.add(key);
    }
  }
  return countryNameKeys.has(folded);
}

interface Candidate {
  member?: Member;
  country: string;
  /** The state's key in the places table; undefined where the list does not say which state the member is in. */
  state?: string;
}

/** The state a qualifier names among a country's states, if any. */
function stateNamed(country: string, qualifier: string): string | undefined {
  return table.subdivisions[country]?.find(([key]) => namesState(country, key, qualifier))?.[0];
}

/**
 * What the list says about a city as typed ("Portland, Maine", "New York, NY", "Brooklyn", "Wien") in `country` (an
 * ISO 3166-1 alpha-2 code), if given, among the bundled members and `own` (a page's own city records). A state or
 * country after the name narrows it; one the widgets do not know is passed over, never held against the name. Needs
 * the places table (`loadPlaces()`); warns nobody (see lookUpCity).
 */
export function findCity(text: string, country?: string, own: readonly Member[] = []): CityLookup {
  const query = text.trim();
  if (!query) return { kind: 'none' };
  let name = query;
  let qualifiers: string[] = [];
  let members = membersNamed(query, own);
  const qualified = members.length ? undefined : qualifiedName(query);
  if (qualified) {
    name = qualified.name.trim();
    qualifiers = qualified.qualifiers.filter((q) => isKnownQualifier(q));
    members = membersNamed(name, own);
  }
  if (!members.length) return { kind: 'not-listed', name: clip(query), country };

  const key = foldForMatch(name);
  const candidates: Candidate[] = members.flatMap((member) => {
    const bundled = !member.local;
    const self: Candidate = {
      member,
      country: member.country,
      state: bundled && !member.subdivisionUnknown ? table.own[member.id] : undefined,
    };
    const others = bundled ? (table.sameNames[member.id]?.[key] ?? []) : [];
    return [self, ...others.map(([c, state]): Candidate => ({ country: c, state }))];
  });
  const fits = (candidate: Candidate, qualifier: string) =>
    namesCountry(candidate.country, qualifier) ||
    (candidate.state !== undefined
      ? namesState(candidate.country, candidate.state, qualifier)
      : candidate.member !== undefined && stateNamed(candidate.country, qualifier) !== undefined);
  const left = candidates.filter((c) => (!country || c.country === country) && qualifiers.every((q) => fits(c, q)));
  const found = left.find((c) => c.member);
  if (!found?.member) return { kind: 'not-listed', name: clip(query), country };

  const member = found.member;
  const others = left.filter((c) => c !== found);
  // Where the list does not say which place of its name the member is, no state given can pin it.
  const unknownAtHome = found.state === undefined && !member.local && candidates.some((c) => !c.member && c.country === member.country);
  if (!others.length && !unknownAtHome) return { kind: 'found', member };
  const shown = (unknownAtHome ? candidates.filter((c) => !c.member && c.country === member.country) : others).slice(0, 3);
  return {
    kind: 'shared',
    member,
    name: clip(name),
    places: shown.map((c) => ({
      name: clip(name),
      country: c.member?.country ?? c.country,
      ...(c.state ? { subdivision: table.subdivisions[c.country]?.find(([k]) => k === c.state)?.[1] } : {}),
    })),
    pin: unknownAtHome ? 'unknown' : others.some((c) => c.country !== member.country) ? 'country' : 'subdivision',
  };
}

/** The member's state, as the places table names it. */
export function stateName(member: Member): string {
  const key = table.own[member.id];
  return table.subdivisions[member.country]?.find(([k]) => k === key)?.[1] ?? member.country;
}
