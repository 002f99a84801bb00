import { withoutBidiControls } from './bidi.js';

/** One formatter per language and kind: making an Intl formatter costs far more than using one. */
function cached<T>(make: (locale: string) => T): (locale: string) => T {
  const made = new Map<string, T>();
  return (locale) => {
    let formatter = made.get(locale);
    if (!formatter) made.set(locale, (formatter = make(locale)));
    return formatter;
  };
}

const countryNames = cached((locale) => new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' }));
const longDates = cached((locale) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }));
const monthYears = cached((locale) => new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }));
const years = cached((locale) => new Intl.NumberFormat(locale, { useGrouping: false }));
const counts = cached((locale) => new Intl.NumberFormat(locale));
const collators = cached((locale) => new Intl.Collator(locale));
const lists = cached((locale) => new Intl.ListFormat(locale, { type: 'conjunction' }));

/** A country's name in the reader's language ("AT" → "Austria"). */
export function countryName(locale: string, code: string): string {
  try {
    return countryNames(locale).of(code) ?? code;
  } catch {
    return code;
  }
}

// Codes CLDR names that are not countries: user-assigned ranges (but XK, Kosovo), "unknown region" and groupings.
const notCountries = /^(AA|Q[M-Z]|X[A-JL-Z]|ZZ|EU|EZ|UN)$/;

/** Whether `code` is an ISO 3166-1 alpha-2 code of a country, upper case ("AT"; not "at", "ZZ" or "EU"). */
export function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && !notCountries.test(code) && countryName('en', code) !== code;
}

/** An ISO date ("2026-11-22") as a long date in the reader's language. */
export function formatDate(locale: string, isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return longDates(locale).format(date);
}

/** A date as precise as it is known: "2019-03-28" or "2019-03" as "March 2019", "2023" as "2023". */
export function formatMonth(locale: string, partialDate: string): string {
  const [year, month] = partialDate.split('-').map(Number);
  if (!month) return formatYear(locale, year);
  return monthYears(locale).format(new Date(Date.UTC(year, month - 1, 1)));
}

/** A year in the reader's digits, without grouping ("2019", not "2,019"). */
export function formatYear(locale: string, year: number): string {
  return years(locale).format(year);
}

/** A count in the reader's digits and grouping ("10,051", "10.051"). */
export function formatCount(locale: string, count: number): string {
  return counts(locale).format(count);
}

/** Compares two texts in the reader's alphabetical order. */
export function compareText(locale: string, a: string, b: string): number {
  return collators(locale).compare(a, b);
}

/** "Amsterdam, Barcelona and New York City", in the reader's language. */
export function formatList(locale: string, items: readonly string[]): string {
  return lists(locale).format(items);
}

/** Shortens text that came from outside (an attribute, a file) before it is shown in a message. */
export function clip(text: string, max = 80): string {
  const trimmed = withoutBidiControls(text).trim();
  return trimmed.length > max ? `${trimmed.slice(0, max - 1)}…` : trimmed;
}
