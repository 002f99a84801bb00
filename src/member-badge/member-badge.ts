import { html, nothing, type PropertyDeclarations } from 'lit';
import { Cc4drElement } from '../core/base-element.js';
import { cityName, type CityLookup } from '../core/cities.js';
import { coalition, membersMeta } from '../core/data.js';
import { formatDate, formatList, formatMonth, formatYear } from '../core/format.js';
import { describePlaces, givenPlace, librarySource, memberPlace } from '../core/member-text.js';
import { OwnCityController } from '../core/own-city.js';
import { safeUrl } from '../core/safe-url.js';
import type { Member } from '../core/types.js';
import english from '../generated/english-member-badge.js';
import { memberBadgeStyles } from './member-badge.styles.js';

interface BadgeLink {
  href: string;
  label: string;
}

/**
 * Says whether a city is a member of the Cities Coalition for Digital Rights. The city is found by id, name, alias or
 * district, ignoring case, accents, punctuation and spacing ("Wien", "sao paulo", "NYC", "Brooklyn"), and named with
 * its country (and its state, where another place in that country has its name): "Austin (Texas, United States)". It
 * is said to be a member only when what the page gives pins it: its country (`country`, or after the name: "Vienna,
 * Austria"), where places in other countries have its name, and its state ("Portland, OR"), where places in its own
 * country do; otherwise the badge names the member it found and the other places of the name. A city that is not in the bundled list is never called a
 * non-member: the badge gives the date the list was checked and how to check and join. A record a library supplied
 * (`member`) is marked as the library's, with its source.
 *
 * @summary "Our city is a member" badge, honest about what the list can and cannot say.
 * @tag cc4dr-member-badge
 *
 * @csspart badge - The badge's box.
 * @csspart member - The badge's box when the city is a member (alongside `badge`).
 * @csspart unconfirmed - The badge's box when membership could not be confirmed.
 * @csspart not-listed - The badge's box when the city is not in the list.
 * @csspart shared - The badge's box when other places share the city's name and nothing given says which is meant.
 * @csspart icon - The round status mark (decorative).
 * @csspart statement - The main sentence.
 * @csspart detail - Each sentence after the first (since when, what to do next, whose record it is).
 * @csspart links - The list of links.
 * @csspart link - Each link.
 * @csspart message - The message shown when no city is given.
 *
 * @cssprop [--cc4dr-color-background=#ffffff] - Background (dark theme: #15191e).
 * @cssprop [--cc4dr-color-text=#1d2126] - Text colour (dark theme: #eef1f4).
 * @cssprop [--cc4dr-color-accent=#0a5c8f] - The status mark (dark theme: #7fc3f0).
 * @cssprop [--cc4dr-color-on-accent=#ffffff] - The tick on the status mark (dark theme: #0d1b26).
 * @cssprop [--cc4dr-color-border=#b9c1cb] - Borders (dark theme: #5b6470).
 * @cssprop [--cc4dr-color-link=#0b57a4] - Links (dark theme: #94caff).
 * @cssprop [--cc4dr-color-focus=#0b57a4] - Keyboard focus ring (dark theme: #94caff).
 * @cssprop [--cc4dr-color-warning=#8a4b00] - Edge of messages (dark theme: #ffc46b).
 * @cssprop [--cc4dr-space=1rem] - Base spacing.
 * @cssprop [--cc4dr-radius=0.5rem] - Corner radius.
 */
export class Cc4drMemberBadge extends Cc4drElement {
  static override styles = [...Cc4drElement.styles, memberBadgeStyles];
  /** @internal */
  static override english = english;
  static override properties: PropertyDeclarations = {
    city: { reflect: true },
    country: { reflect: true },
    member: { attribute: false },
    compact: { type: Boolean, reflect: true },
  };

  /** The city to look up: its name in any common form ("Vienna", "Wien", "NYC", "Sao-Paulo"), its id, or its name with its state or country ("Austin, Texas"). */
  city?: string;

  /** The city's country, as an ISO 3166-1 alpha-2 code (`AT`, `US`): a member of the same name in another country is then not this city. */
  country?: string;

  /**
   * A city record the page supplies, shown instead of looking up `city`: checked against the schema like the library's
   * other records and marked as the library's. A record left out gives way to the list's record of its city, or to a message.
   */
  member?: Member;

  /** A one-line badge for sidebars and footers. */
  compact = false;

  readonly #city = new OwnCityController(this);

  protected override render() {
    const city = this.#city.lookUp();
    if (city.kind === 'none' || city.kind === 'left-out') {
      if (city.kind === 'none') this.warnOnce('the city attribute is missing.');
      const message = city.kind === 'none' ? this.t('badge.missing') : city.status(this.locale);
      return html`<p part="message" class="message" lang=${this.locale} dir=${this.direction}>${message}</p>`;
    }
    if (city.kind === 'not-listed') return this.#notListed(city.name, city.country);
    if (city.kind === 'shared') return this.#shared(city);
    return city.member.status === 'member' ? this.#member(city.member) : this.#unconfirmed(city.member);
  }

  #member(member: Member) {
    const place = memberPlace(member, this.locale, this.formattingLocale);
    if (this.compact) return this.#badge('member', '✓', this.t('badge.compactMember', { city: place }), [], []);
    const details = [this.#since(member), ...(member.local ? [this.t('badge.local')] : [])];
    return this.#badge('member', '✓', this.t('badge.member', { city: place }), details, [
      ...this.#localSource(member),
      { href: coalition.urls.home, label: this.t('badge.aboutCoalition') },
    ]);
  }

  /** Since when: the year it joined, the year it decided to (never shown as the year it joined), or the earliest date a source lists it. */
  #since(member: Member): string | undefined {
    if (member.joined !== null) {
      const year = formatYear(this.formattingLocale, member.joined);
      return this.t(member.founding ? 'badge.founding' : 'badge.since', { year });
    }
    if (member.decided !== undefined) return this.t('badge.decided', { year: formatYear(this.formattingLocale, member.decided) });
    return member.memberBy ? this.t('badge.sinceAtLatest', { date: formatMonth(this.formattingLocale, member.memberBy) }) : undefined;
  }

  /** The source of a record the library supplied, the first one it gives. */
  #localSource(member: Member): BadgeLink[] {
    const source = librarySource(member);
    return source ? [{ href: source.url, label: this.t('badge.localSource', { title: source.title }) }] : [];
  }

  #unconfirmed(member: Member) {
    const listed = member.memberBy
      ? this.t('badge.unconfirmedListed', { date: formatMonth(this.formattingLocale, member.memberBy) })
      : undefined;
    return this.#badge(
      'unconfirmed',
      '?',
      this.t('badge.unconfirmed', { city: memberPlace(member, this.locale, this.formattingLocale) }),
      this.compact ? [] : [listed, ...(member.local ? [this.t('badge.local')] : [])],
      [...this.#localSource(member), { href: membersMeta.officialList, label: this.t('badge.officialList') }],
    );
  }

  /** A name other places share, and nothing given says which is meant: the member is named, never said to be this city. */
  #shared({ member, name, places, pin }: Extract<CityLookup, { kind: 'shared' }>) {
    const city = memberPlace(member, this.locale, this.formattingLocale);
    if (this.compact) return this.#badge('shared', '?', this.t('badge.compactShared', { city, name }), [], []);
    const others = describePlaces(places, this.locale, this.formattingLocale);
    const details = [
      ...(pin === 'unknown' ? [this.t('badge.sameName', { city: cityName(member, this.locale) })] : []),
      ...(others.length ? [this.t('badge.sharedPlaces', { places: formatList(this.formattingLocale, others) })] : []),
      ...(pin === 'country' ? [this.t('badge.pinCountry', { city })] : pin === 'subdivision' ? [this.t('badge.pinState', { city })] : []),
    ];
    return this.#badge('shared', '?', this.t('badge.shared', { city, name }), details, [
      { href: membersMeta.officialList, label: this.t('badge.officialList') },
    ]);
  }

  #notListed(name: string, country: string | undefined) {
    const date = formatDate(this.formattingLocale, membersMeta.checked);
    const city = givenPlace(name, country, this.locale, this.formattingLocale);
    return this.#badge('not-listed', 'i', this.t('badge.notListed', { city, date }), this.compact ? [] : [this.t('badge.notListedHelp')], [
      { href: membersMeta.officialList, label: this.t('badge.officialList') },
      { href: coalition.urls.endorse, label: this.t('badge.howToJoin') },
    ]);
  }

  #badge(state: string, mark: string, statement: string, details: readonly (string | undefined)[], links: BadgeLink[]) {
    // In the compact member badge the whole sentence is the link, so there is one target, not two.
    const statementContent =
      this.compact && state === 'member'
        ? html`<a part="link" href=${safeUrl(coalition.urls.home) ?? nothing}>${statement}</a>`
        : statement;
    return html`<div part="badge ${state}" class="badge ${state}" lang=${this.locale} dir=${this.direction}>
      <span part="icon" class="icon" aria-hidden="true">${mark}</span>
      <div class="body">
        <p part="statement" class="statement">${statementContent}</p>
        ${details.filter((detail) => detail).map((detail) => html`<p part="detail">${detail}</p>`)}
        ${
          links.length
            ? html`<ul part="links" class="links">
              ${links.map((l) => html`<li><a part="link" href=${safeUrl(l.href) ?? nothing}>${l.label}</a></li>`)}
            </ul>`
            : nothing
        }
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cc4dr-member-badge': Cc4drMemberBadge;
  }
}
