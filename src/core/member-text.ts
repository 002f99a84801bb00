// How a member city is described in text, the same way in every element.
import memberMessages from '../generated/messages-en-member.js';
import { cityName } from './cities.js';
import { countryName, formatYear } from './format.js';
import { translate, type Locale } from './l10n.js';
import type { Member } from './types.js';

/** "member since 2019", "founding member since 2018", "membership not confirmed". */
export function membershipText(member: Member, locale: Locale, formatting: string): string {
  if (member.status === 'unconfirmed') return translate(locale, memberMessages, 'member.unconfirmed');
  if (member.joined === null) return translate(locale, memberMessages, 'member.member');
  const year = formatYear(formatting, member.joined);
  return member.founding
    ? translate(locale, memberMessages, 'member.founding', { year })
    : translate(locale, memberMessages, 'member.since', { year });
}

/**
 * What a list says of a member after its name: its country, its membership and, for a record the page supplied,
 * that it was added by this library. `withName` puts the city's name first ("Vienna, Austria, member since 2019").
 */
export function describeMember(member: Member, locale: Locale, formatting: string, { withName = false } = {}): string[] {
  return [
    ...(withName ? [cityName(member, locale)] : []),
    countryName(formatting, member.country),
    membershipText(member, locale, formatting),
    ...(member.local ? [translate(locale, memberMessages, 'member.local')] : []),
  ];
}
