// The bundled data and its lookups: principles, categories, regions, and the modules loaded only when an element
// needs them (the examples, the map's outline). City names and lookup are in cities.ts.
import { coalition, members, membersMeta, principles } from '../generated/data.js';
import categoryMessages from '../generated/messages-en-category.js';
import regionMessages from '../generated/messages-en-region.js';
import { localPrincipleText, translate, type Locale, type PrincipleText } from './l10n.js';
import { compareText } from './format.js';
import { lazy } from './lazy.js';
import { foldForMatch } from './match.js';
import type { Category, Example, Principle } from './types.js';

export { coalition, members, membersMeta, principles };

/** The bundled examples: a module of their own, fetched from the library's own location when a list first needs them. */
export const bundledExamples = lazy(() => import('../generated/examples.js').then((m): readonly Example[] => m.examples));
/** The SVG path of the world's land (about 5 KB gzip), fetched when a map is first shown. */
export const mapOutline = lazy(() => import('../generated/geometry.js').then((m) => m.land));

export const categories: readonly Category[] = [
  'universal-access',
  'digital-skills',
  'digital-rights-awareness',
  'digital-public-services',
  'open-data-and-transparency',
  'participation',
];

export function isCategory(value: string): value is Category {
  return (categories as readonly string[]).includes(value);
}

/** A category's name in the reader's language ("Digital skills"). */
export function categoryName(locale: Locale, category: Category): string {
  return translate(locale, categoryMessages, `category.${category}`);
}

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

/** Newest first; examples without a year last; then by title (with one collator: `localeCompare` makes one each call). */
export function byNewest(a: Example, b: Example): number {
  return (b.year ?? -Infinity) - (a.year ?? -Infinity) || compareText('en', a.title, b.title);
}

/** The UN M49 codes of the regions a member can be in; their names are messages (`region.150`…). */
export const regions = ['002', '003', '005', '009', '142', '150'] as const;
export type Region = (typeof regions)[number];

export function isRegion(code: string): code is Region {
  return (regions as readonly string[]).includes(code);
}

/** A region's name in the reader's language (the browser's Intl does not name UN M49 regions everywhere). */
export function regionName(locale: Locale, code: string): string {
  return isRegion(code) ? translate(locale, regionMessages, `region.${code}`) : code;
}

/** The region a code ("150") or a name names, in English or in the reader's language ("Europe", "Europa"). */
export function findRegion(value: string, locale: Locale): Region | undefined {
  const wanted = foldForMatch(value);
  return regions.find(
    (code) => code === value.trim() || foldForMatch(regionName('en', code)) === wanted || foldForMatch(regionName(locale, code)) === wanted,
  );
}
