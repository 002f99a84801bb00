import { foldedNamesOf } from '../core/cities.js';
import { foldForMatch } from '../core/match.js';
import type { Member } from '../core/types.js';

/** A member ready to be searched and listed: its folded names, once, and its place in the list's order. */
export interface SearchEntry {
  member: Member;
  /** Its folded names and country, joined by spaces: a folded query has none, so it matches within one of them. */
  names: string;
  /**
   * What its result says after the name, made the first time it is listed (the index is made again when a language
   * arrives or the locale changes).
   */
  description?: string;
}

/**
 * Prepares members for searching: each member's names (in the loaded languages too) and its country's name are folded
 * once, and the members are put in list order, by `compare`. Searching is then one substring test per member, so a
 * list of ten thousand cities keeps up with typing.
 */
export function indexMembers(
  members: readonly Member[],
  countryName: (code: string) => string,
  compare: (a: Member, b: Member) => number,
): SearchEntry[] {
  return [...members]
    .sort(compare)
    .map((member) => ({ member, names: [...foldedNamesOf(member), foldForMatch(countryName(member.country))].join(' ') }));
}

/** The entries whose id, name, alias or country contains the query, folded the way the badge folds names, in list order. */
export function searchIndex(index: readonly SearchEntry[], query: string): readonly SearchEntry[] {
  const folded = foldForMatch(query);
  return folded ? index.filter((entry) => entry.names.includes(folded)) : index;
}
