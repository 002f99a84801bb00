import { cityMatcher } from '../core/cities.js';
import { findPrinciple, isCategory } from '../core/data.js';
import type { Category, Example, PrincipleId } from '../core/types.js';

export interface ExampleFilters {
  principle?: string;
  category?: string;
  city?: string;
  country?: string;
  libraries: boolean;
  limit?: number;
}

export interface BadFilter {
  name: string;
  value: string;
}

interface CheckedFilters {
  principle?: PrincipleId;
  category?: Category;
  city?: string;
  country?: string;
  libraries: boolean;
  limit?: number;
}

/** Turns attribute values into filters, or names the first one that makes no sense. */
export function checkFilters(filters: ExampleFilters): CheckedFilters | BadFilter {
  const principle = filters.principle?.trim();
  const category = filters.category?.trim().toLowerCase();
  const country = filters.country?.trim().toUpperCase();
  const checked: CheckedFilters = { libraries: filters.libraries, city: filters.city?.trim() || undefined };
  if (principle) {
    const found = findPrinciple(principle);
    if (!found) return { name: 'principle', value: principle };
    checked.principle = found.id;
  }
  if (category) {
    if (!isCategory(category)) return { name: 'category', value: category };
    checked.category = category;
  }
  if (country) {
    if (!/^[A-Z]{2}$/.test(country)) return { name: 'country', value: country };
    checked.country = country;
  }
  if (filters.limit !== undefined) {
    if (!Number.isInteger(filters.limit) || filters.limit < 1) return { name: 'limit', value: String(filters.limit) };
    checked.limit = filters.limit;
  }
  return checked;
}

export function isBadFilter(result: CheckedFilters | BadFilter): result is BadFilter {
  return 'name' in result;
}

/** The examples that pass every filter, in the order given. */
export function applyFilters(examples: readonly Example[], f: CheckedFilters): Example[] {
  const inCity = f.city ? cityMatcher(f.city) : undefined;
  const matching = examples.filter(
    (e) =>
      (!f.principle || e.principles.includes(f.principle)) &&
      (!f.category || e.category === f.category) &&
      (!f.country || e.country === f.country) &&
      (!f.libraries || e.libraries) &&
      (!inCity || inCity(e.city)),
  );
  return f.limit ? matching.slice(0, f.limit) : matching;
}
