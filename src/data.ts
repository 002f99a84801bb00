/**
 * cc4dr-widgets/data: the bundled data and the lookups the widgets use, for your own code (and the embed builder):
 * the member cities, the five principles, the examples, and their names in the reader's language. It defines no
 * element and fetches nothing until asked.
 */
export {
  categories,
  categoryName,
  coalition,
  findPrinciple,
  findRegion,
  members,
  membersMeta,
  principles,
  principleText,
  regionName,
  regions,
} from './core/data.js';
export type { Region } from './core/data.js';
export { byCityName, cityMatcher, cityName, findCity, findMember, findMembers } from './core/cities.js';
export type { CityLookup } from './core/cities.js';
export { loadPlaces } from './core/places.js';
export { describeMember, describePlaces, memberPlace, membershipText, whereIs } from './core/member-text.js';
export { countryName, formatList } from './core/format.js';
export { bestLocale, directionOf, loadLocale, supportedLocales } from './core/l10n.js';
export type { Locale } from './core/l10n.js';
export type { Category, Coalition, Example, Member, MembersMeta, Principle, PrincipleId, SameNamePlace, Source } from './core/types.js';

import { bundledExamples } from './core/data.js';
import type { Example } from './core/types.js';

/** The bundled good-practice examples, fetched once from the library's own location. */
export function loadExamples(): Promise<readonly Example[]> {
  return bundledExamples.load();
}
