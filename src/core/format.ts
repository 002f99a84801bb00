const countryNames = new Map<string, Intl.DisplayNames>();

/** A country's name in the reader's language ("AT" → "Austria"). */
export function countryName(locale: string, code: string): string {
  let names = countryNames.get(locale);
  if (!names) countryNames.set(locale, (names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' })));
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** An ISO date ("2026-11-22") as a long date in the reader's language. */
export function formatDate(locale: string, isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** A year in the reader's digits, without grouping ("2019", not "2,019"). */
export function formatYear(locale: string, year: number): string {
  return new Intl.NumberFormat(locale, { useGrouping: false }).format(year);
}

/** Shortens text that came from outside (an attribute, a file) before it is shown in a message. */
export function clip(text: string, max = 80): string {
  const trimmed = text.trim();
  return trimmed.length > max ? `${trimmed.slice(0, max - 1)}…` : trimmed;
}
