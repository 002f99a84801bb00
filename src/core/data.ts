import { coalition, members, membersMeta, principles } from '../generated/data.js';
import {
  addEnglish,
  cityIdByLocalName,
  localCityName,
  localCityNames,
  localPrincipleText,
  translate,
  type Locale,
  type PrincipleText,
} from './l10n.js';
import { foldForMatch } from './match.js';
import type { Category, Example, Member, Principle } from './types.js';
import regionMessages from '../generated/messages-en-region.js';

addEnglish(regionMessages);

export { coalition, members, membersMeta, principles };

/** A module fetched from the library's own location on first use, and its value at once after it has arrived. */
function loadOnce<T>(load: () => Promise<T>) {
  let pending: Promise<T> | undefined;
  let loaded: T | undefined;
  return {
    load: () => (pending ??= load().then((value) => (loaded = value))),
    loaded: () => loaded,
  };
}

const bundledExamples = loadOnce(() => import('../generated/examples.js').then((m): readonly Example[] => m.examples));
// The map's land outline is a separate module (about 5 KB gzip), fetched only when a map is shown.
const mapOutline = loadOnce(() => import('../generated/geometry.js').then((m) => m.land));

/** The bundled examples, fetched from the library's own location the first time an element asks for them. */
export const loadBundledExamples = bundledExamples.load;
/** The bundled examples if they have been loaded already, so that later elements render them at once. */
export const bundledExamplesIfLoaded = bundledExamples.loaded;
/** The SVG path of the world's land, for the member map. */
export const loadMapOutline = mapOutline.load;
export const mapOutlineIfLoaded = mapOutline.loaded;

export const categories: readonly Category[] = [
  'universal-access',
  'digital-skills',
  'digital-rights-awareness',
  'digital-public-services',
  'open-data-and-transparency',
  'participation',
];

/** A principle's title, summary and library points in the reader's language; `translated` when not the English. */
export function principleText(principle: Principle, locale: Locale): PrincipleText & { translated: boolean } {
  const local = localPrincipleText(principle.id, locale);
  return local ? { ...local, translated: true } : { ...principle, translated: false };
}

/** Finds a principle by its id ("privacy") or its number ("2"). */
export function findPrinciple(idOrNumber: string): Principle | undefined {
  const key = idOrNumber.trim().toLowerCase();
  return principles.find((p) => p.id === key || String(p.number) === key);
}

let memberIndex: Map<string, Member> | undefined;

/** Every name a member answers to: id, name, aliases, and its names in the languages loaded on the page. */
export function namesOf(member: Member): string[] {
  const own = Object.values(member.names ?? {}).filter((n): n is string => n !== undefined);
  return [member.id, member.name, ...member.aliases, ...own, ...localCityNames(member.id)];
}

/** A member city's name in the reader's language ("Wien" in German), else its usual name. */
export function cityName(member: Member, locale: Locale): string {
  return member.names?.[locale] ?? localCityName(member.id, locale) ?? member.name;
}

/**
 * Finds a member city by id, name or alias, or by its name in any language loaded on the page, ignoring case, accents,
 * punctuation and spacing; then among `own` (a page's own city records), by any of their names.
 */
export function findMember(name: string, own: readonly Member[] = []): Member | undefined {
  memberIndex ??= new Map(members.flatMap((m) => [m.id, m.name, ...m.aliases].map((key) => [foldForMatch(key), m] as const)));
  const key = foldForMatch(name);
  if (!key) return undefined;
  const localId = cityIdByLocalName(name);
  return (
    memberIndex.get(key) ??
    (localId ? members.find((m) => m.id === localId) : undefined) ??
    own.find((m) => namesOf(m).some((n) => foldForMatch(n) === key))
  );
}

export function isCategory(value: string): value is Category {
  return (categories as readonly string[]).includes(value);
}

/** Newest first; examples without a year last; then by title. */
export function byNewest(a: Example, b: Example): number {
  return (b.year ?? -Infinity) - (a.year ?? -Infinity) || a.title.localeCompare(b.title);
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

/** The UN M49 codes of the regions a member can be in; their names are messages (`region.150`…). */
export const regions = ['002', '003', '005', '009', '142', '150'] as const;
export type Region = (typeof regions)[number];

export function isRegion(code: string): code is Region {
  return (regions as readonly string[]).includes(code);
}

/** A region's name in the reader's language (the browser's Intl does not name UN M49 regions everywhere). */
export function regionLabel(locale: Locale, code: string): string {
  return isRegion(code) ? translate(locale, `region.${code}`) : code;
}
