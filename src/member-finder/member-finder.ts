import { html, nothing, type PropertyDeclarations } from 'lit';
import { Cc4drHeadedElement } from '../core/base-element.js';
import { byCityName, cityName, cityNamesVersion, findCity, membersByName } from '../core/cities.js';
import { coalition, findRegion, members as bundledMembers, membersMeta, regionName, type Region } from '../core/data.js';
import { emit } from '../core/events.js';
import { clip, compareText, countryName, formatCount, formatDate, formatList } from '../core/format.js';
import { heading } from '../core/heading.js';
import { describeMember, describePlaces } from '../core/member-text.js';
import { OwnRecordsController, ownMembers } from '../core/own-records.js';
import { holdUntilPlaces, loadPlaces } from '../core/places.js';
import { ProgressiveList } from '../core/progressive.js';
import { Remembered } from '../core/remembered.js';
import { safeUrl } from '../core/safe-url.js';
import type { Member } from '../core/types.js';
import english from '../generated/english-member-finder.js';
import { memberFinderStyles } from './member-finder.styles.js';
import { indexMembers, searchIndex, type SearchEntry } from './search.js';
/** At most this many results are listed; more would slow typing and no one reads them. The count gives the rest. */
const maxListed = 100;

/**
 * A search box over the member cities: typing filters as you type, with the badge's matching (case, accents,
 * punctuation and aliases are ignored: "wien" finds Vienna, "nyc" New York City, and a country's name finds its
 * cities). Results are grouped by region; choosing one shows its badge and fires `cc4dr-city-select`.
 *
 * Accessibility pattern: a labelled search field with a live result count and a list of real buttons (the WAI-ARIA
 * APG "search + list" approach, not a combobox). Results stay in the tab order; ArrowDown from the field and
 * ArrowUp/ArrowDown/Home/End between results are shortcuts, Escape returns to the field.
 *
 * @summary "Is my city a member?": a search over the member cities, grouped by region.
 * @tag cc4dr-member-finder
 *
 * @fires cc4dr-city-select - A city was chosen; `event.detail` is its record (id, name, country, status…). Bubbles and is composed.
 *
 * @csspart label - The search field's label.
 * @csspart input - The search field.
 * @csspart count - The live count of results.
 * @csspart shared - Where other places share the name searched for: which of them the listed member is.
 * @csspart selected - The badge of the chosen city.
 * @csspart region - The heading of a region's group of results.
 * @csspart results - The list of one region's results.
 * @csspart result - One result (a button).
 * @csspart no-match - What is shown when nothing matches.
 * @csspart footer - The list's checked date and the link to the official list.
 * @csspart status - Messages about the library's own cities (loading, errors); a polite live region.
 * @csspart message - The message shown when the `region` attribute is not recognised.
 *
 * @cssprop [--cc4dr-color-background=#ffffff] - Background (dark theme: #15191e).
 * @cssprop [--cc4dr-color-text=#1d2126] - Text colour (dark theme: #eef1f4).
 * @cssprop [--cc4dr-color-muted=#4b525c] - Hints, counts and details (dark theme: #b7bfc9).
 * @cssprop [--cc4dr-color-accent=#0a5c8f] - Edge of the chosen result (dark theme: #7fc3f0).
 * @cssprop [--cc4dr-color-surface=#eef3f7] - Background of a result under the pointer (dark theme: #222a33).
 * @cssprop [--cc4dr-color-border=#b9c1cb] - Borders (dark theme: #5b6470).
 * @cssprop [--cc4dr-color-link=#0b57a4] - Links (dark theme: #94caff).
 * @cssprop [--cc4dr-color-focus=#0b57a4] - Keyboard focus ring (dark theme: #94caff).
 * @cssprop [--cc4dr-color-warning=#8a4b00] - Edge of messages (dark theme: #ffc46b).
 * @cssprop [--cc4dr-space=1rem] - Base spacing.
 * @cssprop [--cc4dr-radius=0.5rem] - Corner radius.
 */
export class Cc4drMemberFinder extends Cc4drHeadedElement {
  static override styles = [...Cc4drHeadedElement.styles, memberFinderStyles];
  /** @internal */
  static override english = english;
  static override properties: PropertyDeclarations = {
    region: { reflect: true },
    query: {},
    src: { reflect: true },
    members: { attribute: false },
  };

  /** Show only one region: its UN M49 code (`150` Europe, `003` North America, `005` South America, `142` Asia, `009` Oceania, `002` Africa) or its name. */
  region?: string;

  /** The search text to start with. */
  query = '';

  /** The address of the library's own city records (JSON in the format of `data/schema/members.schema.json`). */
  src?: string;

  /** The library's own city records, for developers. CMS editors can use a `<script type="application/json">` child instead. */
  members?: readonly Member[];

  readonly #own = new OwnRecordsController(this, ownMembers, () => this.members);
  readonly #index = new Remembered<SearchEntry[]>();
  readonly #found = new Remembered<readonly SearchEntry[]>();
  // Results that change show a screenful in the render that changes them and the rest in the frames after it.
  readonly #progressive = new ProgressiveList<SearchEntry>(this, {
    first: 20,
    perFrame: 20,
    key: (entry) => entry.member.id,
    container: () => this.renderRoot.querySelector<HTMLElement>('.groups'),
  });
  #selected?: Member;

  constructor() {
    super();
    // Whether other places share the name searched for needs the places table.
    holdUntilPlaces(this, () => Boolean(this.query?.trim()));
  }

  /** Where the search names a member city other places share the name of: which, so no reader takes the wrong one. */
  #sharedName(query: string) {
    const city = query ? findCity(query, undefined, this.#own.items) : undefined;
    if (city?.kind !== 'shared') return nothing;
    const text =
      city.pin === 'unknown'
        ? this.t('badge.sameName', { city: cityName(city.member, this.locale) })
        : this.t('finder.shared', {
            name: city.name,
            places: formatList(this.formattingLocale, describePlaces(city.places, this.locale, this.formattingLocale)),
          });
    return html`<p part="shared" class="shared">${text}</p>`;
  }

  /** The region code the `region` attribute names, null when it names none, undefined when there is no attribute. */
  #regionCode(): Region | null | undefined {
    const value = this.region?.trim();
    return value ? (findRegion(value, this.locale) ?? null) : undefined;
  }

  #countryName = (code: string) => countryName(this.formattingLocale, code);

  // A reader who comes to the search box will type a name: the places table it is checked against is fetched now, so
  // that the first letter does not wait for it.
  #onInputFocus() {
    void loadPlaces();
  }

  #onInput(event: Event) {
    this.query = (event.target as HTMLInputElement).value;
  }

  #choose(member: Member) {
    this.#selected = member;
    this.requestUpdate();
    emit(this, 'cc4dr-city-select', member);
  }

  #results(): HTMLButtonElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLButtonElement>('button[part~="result"]')];
  }

  #onInputKey(event: KeyboardEvent) {
    if (event.key !== 'ArrowDown') return;
    const first = this.#results()[0];
    if (first) {
      event.preventDefault();
      first.focus();
    }
  }

  #onResultKey(event: KeyboardEvent) {
    let results = this.#results();
    const index = results.indexOf(event.target as HTMLButtonElement);
    // In the frames in which the rest of the results are added, a reader going to the end, or down from the last shown,
    // meets every one of them.
    const toEnd = event.key === 'End' || (event.key === 'ArrowDown' && index === results.length - 1);
    if (toEnd && this.#progressive.growing) {
      this.#progressive.completeNow();
      this.performUpdate();
      results = this.#results();
    }
    const next =
      event.key === 'ArrowDown'
        ? results[index + 1]
        : event.key === 'ArrowUp'
          ? (results[index - 1] ?? this.renderRoot.querySelector('input'))
          : event.key === 'Home'
            ? results[0]
            : event.key === 'End'
              ? results.at(-1)
              : event.key === 'Escape'
                ? this.renderRoot.querySelector('input')
                : undefined;
    if (next) {
      event.preventDefault();
      next.focus();
    }
  }

  /** The searchable list, prepared again only when the cities, the region or the languages on the page change. */
  #searchable(regionCode: Region | undefined): SearchEntry[] {
    const inputs = [this.#own.items, regionCode, this.locale, this.formattingLocale, cityNamesVersion()];
    return this.#index.get(inputs, () => this.#indexMembers(regionCode));
  }

  #indexMembers(regionCode: Region | undefined): SearchEntry[] {
    const byRegion = (a: Member, b: Member) =>
      compareText(this.formattingLocale, regionName(this.locale, a.region), regionName(this.locale, b.region));
    const byCity = byCityName(this.locale, this.formattingLocale);
    const all = [...bundledMembers, ...this.#own.items].filter((m) => !regionCode || m.region === regionCode);
    const entries = indexMembers(all, this.#countryName, (a, b) => byRegion(a, b) || byCity(a, b));
    // The lookup of a typed name (#sharedName) uses an index of the page's own cities: made now, not at the first letter.
    membersByName(this.#own.items, '');
    return entries;
  }

  protected override render() {
    const regionCode = this.#regionCode();
    if (regionCode === null) this.warnOnce(`unknown region "${clip(this.region ?? '')}"; showing all regions.`);
    const searchable = this.#searchable(regionCode ?? undefined);
    // Removing the attribute sets the property to null.
    const query = this.query?.trim() ?? '';
    const found = this.#found.get([searchable, query], () => searchIndex(searchable, query));
    const listed = this.#progressive.visible(found.slice(0, maxListed));
    const date = formatDate(this.formattingLocale, membersMeta.checked);
    // The list is in region order already: each region's cities follow one another.
    const groups = [...new Set(listed.map((e) => e.member.region))].map((code) => ({ code, name: regionName(this.locale, code) }));

    return html`<div class="finder box" lang=${this.locale} dir=${this.direction}>
      ${
        regionCode === null
          ? html`<p part="message" class="message">${this.t('finder.badRegion', { value: clip(this.region ?? '') })}</p>`
          : nothing
      }
      <label part="label" for="search">${this.t('finder.label')}</label>
      <p class="hint screen-only" id="hint">${this.t('finder.hint')}</p>
      <input
        id="search"
        part="input"
        class="control"
        type="search"
        autocomplete="off"
        spellcheck="false"
        aria-describedby="hint count"
        .value=${this.query ?? ''}
        @focus=${this.#onInputFocus}
        @input=${this.#onInput}
        @keydown=${this.#onInputKey}
      />
      <p part="count" class="count" id="count" role="status">
        ${
          query
            ? this.t('finder.matches', { count: found.length, query: clip(query) })
            : this.t('finder.total', { count: searchable.length, date })
        }
        ${found.length > maxListed ? this.t('finder.more', { shown: formatCount(this.formattingLocale, maxListed) }) : nothing}
      </p>
      ${this.#sharedName(query)}
      ${this.#own.status(this.locale)}
      <div aria-live="polite">
        ${
          this.#selected
            ? html`<cc4dr-member-badge part="selected" .member=${this.#selected} theme=${this.theme ?? nothing}></cc4dr-member-badge>`
            : nothing
        }
      </div>
      ${
        found.length
          ? html`<div class="groups">
            ${groups.map(
              (group) => html`<div class="group">
                ${heading(this.level, 'region', group.name)}
                <ul part="results" aria-label=${group.name}>
                  ${listed
                    .filter((e) => e.member.region === group.code)
                    .map(
                      (entry) => html`<li>
                        <button
                          type="button"
                          part="result"
                          class="control"
                          aria-pressed=${this.#selected?.id === entry.member.id ? 'true' : 'false'}
                          @click=${() => this.#choose(entry.member)}
                          @keydown=${this.#onResultKey}
                        >
                          <span class="name">${cityName(entry.member, this.locale)}</span>
                          <span class="meta">${(entry.description ??= describeMember(entry.member, this.locale, this.formattingLocale).join(' · '))}</span>
                        </button>
                      </li>`,
                    )}
                </ul>
              </div>`,
            )}
          </div>`
          : html`<div part="no-match" class="no-match message">
            <p>${this.t('finder.noMatch', { query: clip(query), date })}</p>
            <p>${this.t('finder.nextSteps')}</p>
            <ul class="links">
              <li><a href=${safeUrl(membersMeta.officialList) ?? nothing}>${this.t('badge.officialList')}</a></li>
              <li><a href=${safeUrl(coalition.urls.endorse) ?? nothing}>${this.t('badge.howToJoin')}</a></li>
            </ul>
          </div>`
      }
      <p part="footer" class="footer">
        ${this.t('finder.total', { count: searchable.length, date })}
        <a href=${safeUrl(membersMeta.officialList) ?? nothing}>${this.t('badge.officialList')}</a>
      </p>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cc4dr-member-finder': Cc4drMemberFinder;
  }
}
