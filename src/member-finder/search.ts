import { namesOf } from '../core/data.js';
import { foldForMatch } from '../core/match.js';
import type { Member } from '../core/types.js';

const keysOf = new WeakMap<Member, string[]>();

/** The folded names a member is found by: all its names and its country's name in the reader's language. */
function keys(member: Member, countryName: (code: string) => string): string[] {
  let found = keysOf.get(member);
  if (!found) keysOf.set(member, (found = namesOf(member).map(foldForMatch)));
  return [...found, foldForMatch(countryName(member.country))];
}

/** Members whose id, name, alias or country contains the query, folded the way the badge folds names. */
export function searchMembers(
  all: readonly Member[],
  query: string,
  countryName: (code: string) => string,
): Member[] {
  const folded = foldForMatch(query);
  return folded ? all.filter((m) => keys(m, countryName).some((key) => key.includes(folded))) : [...all];
}
