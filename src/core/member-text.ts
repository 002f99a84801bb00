// How a member city is described in text, the same way in every element.
import memberMessages from '../generated/messages-en-member.js';
import { cityName, subdivisionName } from './cities.js';
import { countryName, formatMonth, formatYear } from './format.js';
import { translate, type Locale } from './l10n.js';
import type { Member, SameNamePlace, Source } from './types.js';

/**
 * Where a member is: "Austria", or "Texas, United States" where it has a state or province (the data gives one only
 * to tell it from a place of its name in its own country).
 */
export function whereIs(member: Member, locale: Locale, formatting: string): string {
  const country = countryName(formatting, member.country);
  const subdivision = subdivisionName(member, locale);
  return subdivision ? translate(locale, memberMessages, 'member.where', { subdivision, country }) : country;
}

/** A city with where it is: "Vienna (Austria)", "Austin (Texas, United States)". */
export function placeName(city: string, where: string, locale: Locale): string {
  return translate(locale, memberMessages, 'member.place', { city, where });
}

/** A city as an element was given it, with the country it was given in, if any: "Austin (United Kingdom)". */
export function givenPlace(city: string, country: string | undefined, locale: Locale, formatting: string): string {
  return country ? placeName(city, countryName(formatting, country), locale) : city;
}

/** A member city named as the member list knows it, with where it is: "Austin (Texas, United States)". */
export function memberPlace(member: Member, locale: Locale, formatting: string): string {
  return placeName(cityName(member, locale), whereIs(member, locale, formatting), locale);
}

/** Other well-known places with a member's name, each with where it is: "Austin (Minnesota, United States)". */
export function describePlaces(places: readonly SameNamePlace[], locale: Locale, formatting: string): string[] {
  return places.map((place) => {
    const country = countryName(formatting, place.country);
    const where = place.subdivision
      ? translate(locale, memberMessages, 'member.where', { subdivision: place.subdivision, country })
      : country;
    return placeName(place.name, where, locale);
  });
}

/**
 * "member since 2019", "member since March 2019 at the latest", "member (decided to join in 2019)", "founding member
 * since 2018", "membership not confirmed". A decision to join is not the date of joining, so it never reads "since".
 */
export function membershipText(member: Member, locale: Locale, formatting: string): string {
  if (member.status === 'unconfirmed') return translate(locale, memberMessages, 'member.unconfirmed');
  if (member.joined === null) {
    if (member.decided !== undefined)
      return translate(locale, memberMessages, 'member.decided', { year: formatYear(formatting, member.decided) });
    return member.memberBy
      ? translate(locale, memberMessages, 'member.sinceAtLatest', { date: formatMonth(formatting, member.memberBy) })
      : translate(locale, memberMessages, 'member.member');
  }
  const year = formatYear(formatting, member.joined);
  return member.founding
    ? translate(locale, memberMessages, 'member.founding', { year })
    : translate(locale, memberMessages, 'member.since', { year });
}

/** The source a record the page supplied names first, to link to beside its mark (none for the bundled records). */
export function librarySource(member: Member): Source | undefined {
  return member.local ? member.sources?.[0] : undefined;
}

/** "added by this library", for a record the page supplied. */
export function localMark(locale: Locale): string {
  return translate(locale, memberMessages, 'member.local');
}

/**
 * What a list says of a member after its name: where it is, its membership and, for a record the page supplied,
 * that it was added by this library. `withName` puts the city's name first ("Vienna, Austria, member since 2019").
 */
export function describeMember(member: Member, locale: Locale, formatting: string, { withName = false } = {}): string[] {
  return [
    ...(withName ? [cityName(member, locale)] : []),
    whereIs(member, locale, formatting),
    membershipText(member, locale, formatting),
    ...(member.local ? [localMark(locale)] : []),
  ];
}
