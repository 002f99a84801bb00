import { coalition, examples, members, membersMeta, principles } from '../generated/data.js';
import { foldForMatch } from './match.js';
import type { Category, Example, Member, Principle } from './types.js';

export { coalition, examples as bundledExamples, members, membersMeta, principles };

export const categories: readonly Category[] = [
  'universal-access',
  'digital-skills',
  'digital-rights-awareness',
  'digital-public-services',
  'open-data-and-transparency',
  'participation',
];

/** Finds a principle by its id ("privacy") or its number ("2"). */
export function findPrinciple(idOrNumber: string): Principle | undefined {
  const key = idOrNumber.trim().toLowerCase();
  return principles.find((p) => p.id === key || String(p.number) === key);
}

let memberIndex: Map<string, Member> | undefined;

/** Finds a member city by id, name or alias, ignoring case, accents, punctuation and spacing. */
export function findMember(name: string): Member | undefined {
  memberIndex ??= new Map(
    members.flatMap((m) => [m.id, m.name, ...m.aliases].map((key) => [foldForMatch(key), m] as const)),
  );
  const key = foldForMatch(name);
  return key ? memberIndex.get(key) : undefined;
}

export function isCategory(value: string): value is Category {
  return (categories as readonly string[]).includes(value);
}

/** Newest first; examples without a year last; then by title. */
export function byNewest(a: Example, b: Example): number {
  return (b.year ?? -Infinity) - (a.year ?? -Infinity) || a.title.localeCompare(b.title);
}

/** Whether two city names mean the same city: the same member (by name or alias), or the same folded text. */
export function sameCity(a: string, b: string): boolean {
  const member = findMember(b);
  return member ? findMember(a) === member : foldForMatch(a) === foldForMatch(b);
}

/** The UN M49 codes of the regions a member can be in; their names are messages (`region.150`…). */
export const regions = ['002', '003', '005', '009', '142', '150'] as const;
export type Region = (typeof regions)[number];

export function isRegion(code: string): code is Region {
  return (regions as readonly string[]).includes(code);
}
