import { namesOf } from '../core/data.js';
import { foldForMatch } from '../core/match.js';
import type { Member } from '../core/types.js';

/** The folded names a member is found by: all its names (in the loaded languages too) and its country's name. */
function keys(member: Member, countryName: (code: string) => string): string[] {
  return [...namesOf(member), countryName(member.country)].map(foldForMatch);
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
