import { formatYear } from './format.js';
import { addEnglish, translate, type Locale } from './l10n.js';
import type { Member } from './types.js';
import memberMessages from '../generated/messages-en-member.js';

addEnglish(memberMessages);

/** How a member is described in lists: "member since 2019", "founding member since 2018", "membership not confirmed". */
export function membershipText(member: Member, locale: Locale, formatting: string): string {
  if (member.status === 'unconfirmed') return translate(locale, 'member.unconfirmed');
  if (member.joined === null) return translate(locale, 'member.member');
  const year = formatYear(formatting, member.joined);
  return member.founding ? translate(locale, 'member.founding', { year }) : translate(locale, 'member.since', { year });
}
