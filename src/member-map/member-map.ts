import { html, nothing, svg, type PropertyDeclarations } from 'lit';
import { Cc4drElement } from '../core/base-element.js';
import { byCityName, cityName, findMember } from '../core/cities.js';
import { mapOutline, members as bundledMembers, membersMeta, regionName } from '../core/data.js';
import { emit } from '../core/events.js';
import { clip, formatDate } from '../core/format.js';
import { LazyController } from '../core/lazy.js';
import { describeMember, librarySource, localMark, membershipText, whereIs } from '../core/member-text.js';
import { OwnRecordsController, ownMembers } from '../core/own-records.js';
import { safeUrl } from '../core/safe-url.js';
import type { Member, Source } from '../core/types.js';
import english from '../generated/english-member-map.js';
import { memberMapStyles } from './member-map.styles.js';

// The map spans longitude -180…180 and latitude 84…-58 (Antarctica has no member city), one unit a degree.
const view = { x: -180, y: -84, width: 360, height: 142 };
/**
 * The hit area in CSS pixels, whatever the map's width: it meets the 24 × 24 px target size, with a tenth of a pixel
 * to spare so that rounding the scale never leaves it a hair under.
 */
const targetPx = 24.1;
/** The visible dot grows with the map, from 5 px on a phone to 9 px on a wide screen. */
const dotPx = (unitPx: number) => Math.min(9, Math.max(5, unitPx * 2.6));

/**
 * A world map with a marker for each member city, drawn as SVG from bundled geometry: no tiles, no request to anyone.
 * Each marker is a button named like "Vienna, Austria, member since 2019"; focus or hover shows its label. Cities the
 * library added itself are drawn hollow, named as the library's, and listed under the map with their sources. The map
 * is one tab stop: arrow keys move from city to city (west to east), Enter or Space chooses one. A toggle shows the
 * same cities as a table, the map's text alternative.
 *
 * @summary A world map of the member cities, with a table as its text alternative.
 * @tag cc4dr-member-map
 *
 * @fires cc4dr-city-select - A city was chosen on the map; `event.detail` is its record. Bubbles and is composed.
 *
 * @csspart toggle - The "Show as a table" button.
 * @csspart map - The SVG map.
 * @csspart label - The label of the focused or hovered city.
 * @csspart hint - How to use the map by keyboard.
 * @csspart table - The table of cities.
 * @csspart caption - How many cities are shown, and the list's checked date.
 * @csspart own - The cities the library added itself, with links to its sources.
 * @csspart status - Messages about the library's own cities (loading, errors); a polite live region.
 * @csspart message - The message shown when `highlight` names no member city.
 *
 * @cssprop [--cc4dr-color-background=#ffffff] - Background (dark theme: #15191e).
 * @cssprop [--cc4dr-color-text=#1d2126] - Text colour (dark theme: #eef1f4).
 * @cssprop [--cc4dr-color-muted=#4b525c] - Hint and caption (dark theme: #b7bfc9).
 * @cssprop [--cc4dr-color-accent=#0a5c8f] - Markers (dark theme: #7fc3f0).
 * @cssprop [--cc4dr-color-surface=#eef3f7] - Land (dark theme: #222a33).
 * @cssprop [--cc4dr-color-border=#b9c1cb] - Coastlines and borders (dark theme: #5b6470).
 * @cssprop [--cc4dr-color-focus=#0b57a4] - Keyboard focus ring (dark theme: #94caff).
 * @cssprop [--cc4dr-color-warning=#8a4b00] - The highlighted city's marker (dark theme: #ffc46b).
 * @cssprop [--cc4dr-space=1rem] - Base spacing.
 * @cssprop [--cc4dr-radius=0.5rem] - Corner radius.
 */
export class Cc4drMemberMap extends Cc4drElement {
  static override styles = [...Cc4drElement.styles, memberMapStyles];
  /** @internal */
  static override english = english;
  static override properties: PropertyDeclarations = {
    highlight: { reflect: true },
    followSelection: { attribute: 'follow-selection', type: Boolean, reflect: true },
    table: { type: Boolean, reflect: true },
    src: { reflect: true },
    members: { attribute: false },
  };

  /** A city to emphasise, in any common form ("Wien", "NYC"). */
  highlight?: string;

  /**
   * Highlights the city chosen in any `<cc4dr-member-finder>` (or other map) on the page, so that a CMS editor can
   * put a finder and a map side by side without writing a script.
   */
  followSelection = false;

  /** Shows the table instead of the map. */
  table = false;

  /** The address of the library's own city records (JSON in the format of `data/schema/members.schema.json`). */
  src?: string;

  /** The library's own city records, for developers. CMS editors can use a `<script type="application/json">` child instead. */
  members?: readonly Member[];

  readonly #own = new OwnRecordsController(this, ownMembers, () => this.members);
  // The map's box has its final shape at once and the outline is drawn into it when it arrives; a prerendered map,
  // which has the outline already, waits for it, so that it is taken over as it is.
  readonly #land = new LazyController(this, mapOutline, {
    fallback: '',
    failure: 'the map outline could not be loaded; the cities are shown without it.',
    holdRendering: 'prerendered',
  });
  #focusIndex = 0;
  #active?: string;
  #unitPx = 1;
  readonly #resize = new ResizeObserver(([entry]) => {
    const width = entry?.contentRect.width ?? 0;
    // Drawn again when the map grows by more than 1%, and whenever it shrinks: the hit area must not fall under 24 px.
    const unitPx = width / view.width;
    if (width > 0 && (unitPx < this.#unitPx || unitPx > this.#unitPx * 1.01)) {
      this.#unitPx = unitPx;
      this.requestUpdate();
    }
  });

  readonly #onSelect = (event: Event) => {
    const city = (event as CustomEvent<Member>).detail;
    if (!this.followSelection || event.target === this || !city?.name) return;
    this.highlight = city.name;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('cc4dr-city-select', this.#onSelect);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('cc4dr-city-select', this.#onSelect);
    this.#resize.disconnect();
  }

  protected override updated(): void {
    const frame = this.renderRoot.querySelector('svg');
    if (frame) this.#resize.observe(frame);
    // Positioned through the CSSOM: a style attribute in the template would break a strict style-src policy.
    const label = this.renderRoot.querySelector<HTMLElement>('.label');
    if (label) {
      label.style.left = `${((Number(label.dataset.lon) - view.x) / view.width) * 100}%`;
      label.style.top = `${((-Number(label.dataset.lat) - view.y) / view.height) * 100}%`;
    }
  }

  /** Member cities, west to east: the order the arrow keys follow. */
  #cities(): Member[] {
    return [...bundledMembers, ...this.#own.items].filter((m) => m.status === 'member').sort((a, b) => a.lon - b.lon);
  }

  #highlighted(): Member | undefined {
    const value = this.highlight?.trim();
    if (!value) return undefined;
    const found = findMember(value, this.#own.items);
    if (found?.status !== 'member') this.warnOnce(`highlight "${clip(value)}" is not a member city in the list.`);
    return found?.status === 'member' ? found : undefined;
  }

  #markers(): SVGGElement[] {
    return [...this.renderRoot.querySelectorAll<SVGGElement>('.marker')];
  }

  #move(index: number) {
    const markers = this.#markers();
    if (!markers.length) return;
    this.#focusIndex = (index + markers.length) % markers.length;
    this.requestUpdate();
    markers[this.#focusIndex]?.focus();
  }

  #onKey(event: KeyboardEvent, index: number, member: Member) {
    const moves: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowDown: index + 1,
      ArrowLeft: index - 1,
      ArrowUp: index - 1,
      Home: 0,
      End: -1,
    };
    if (event.key in moves) {
      event.preventDefault();
      this.#move(moves[event.key]);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      emit(this, 'cc4dr-city-select', member);
    }
  }

  #setActive(id: string | undefined) {
    this.#active = id;
    this.requestUpdate();
  }

  #toggle() {
    this.table = !this.table;
  }

  protected override render() {
    const cities = this.#cities();
    const highlighted = this.#highlighted();
    const date = formatDate(this.formattingLocale, membersMeta.checked);
    return html`<div class="map box" lang=${this.locale} dir=${this.direction}>
      ${
        this.highlight?.trim() && !highlighted
          ? html`<p part="message" class="message">${this.t('map.badHighlight', { value: clip(this.highlight) })}</p>`
          : nothing
      }
      <div class="toolbar screen-only">
        <button part="toggle" class="toggle button" type="button" aria-pressed=${this.table ? 'true' : 'false'} @click=${this.#toggle}>
          ${this.t('map.showTable')}
        </button>
      </div>
      ${this.table ? this.#tableView(cities, highlighted) : this.#mapView(cities, highlighted)}
      <p part="caption" class="caption">${this.t('map.caption', { count: cities.length, date })}</p>
      ${this.#ownCities(cities)}
      ${this.#own.status(this.locale)}
    </div>`;
  }

  /** The visible label of a marker: its name, and whose record it is when the library added it. */
  #labelText(member: Member): string {
    return member.local ? `${cityName(member, this.locale)} · ${localMark(this.locale)}` : cityName(member, this.locale);
  }

  /** After a library's own city in the table: that it is the library's, and its source. */
  #ownMark(member: Member) {
    const source = librarySource(member);
    return html` · ${localMark(this.locale)}${source ? html` · ${this.#sourceLink(source)}` : nothing}`;
  }

  #sourceLink(source: Source) {
    return html`<a href=${safeUrl(source.url) ?? nothing}>${source.title}</a>`;
  }

  /** The library's own cities, each with a link to the source it gave. */
  #ownCities(cities: Member[]) {
    const own = cities.filter((m) => m.local).sort(byCityName(this.locale, this.formattingLocale));
    if (!own.length) return nothing;
    return html`<div part="own" class="own">
      <p>${this.t('map.own')}</p>
      <ul>
        ${own.map((m) => {
          const source = librarySource(m);
          return html`<li>${cityName(m, this.locale)}${source ? html`: ${this.#sourceLink(source)}` : nothing}</li>`;
        })}
      </ul>
    </div>`;
  }

  #mapView(cities: Member[], highlighted: Member | undefined) {
    if (highlighted && this.#active === undefined) this.#focusIndex = Math.max(0, cities.indexOf(highlighted));
    this.#focusIndex = Math.min(this.#focusIndex, Math.max(0, cities.length - 1));
    const labelled = cities.find((m) => m.id === this.#active) ?? highlighted;
    const hit = targetPx / 2 / this.#unitPx;
    const dot = dotPx(this.#unitPx) / 2 / this.#unitPx;
    return html`<div class="frame">
        <svg part="map" viewBox="${view.x} ${view.y} ${view.width} ${view.height}" role="group" aria-label=${this.t('map.label')} aria-describedby="hint">
          ${
            this.#land.value
              ? svg`<g class="land" aria-hidden="true"><path id="land" d=${this.#land.value}></path><use href="#land" transform="translate(-360 0)"></use></g>`
              : nothing
          }
          ${cities.map(
            (m, i) => svg`<g
              class="marker ${m === highlighted ? 'highlight' : ''} ${m.id === this.#active ? 'active' : ''} ${m.local ? 'local' : ''}"
              role="button"
              tabindex=${i === this.#focusIndex ? '0' : '-1'}
              aria-label=${describeMember(m, this.locale, this.formattingLocale, { withName: true }).join(', ')}
              transform="translate(${m.lon} ${-m.lat})"
              @focus=${() => this.#setActive(m.id)}
              @blur=${() => this.#setActive(undefined)}
              @pointerenter=${() => this.#setActive(m.id)}
              @pointerleave=${() => this.#setActive(undefined)}
              @click=${() => {
                this.#focusIndex = i;
                emit(this, 'cc4dr-city-select', m);
              }}
              @keydown=${(e: KeyboardEvent) => this.#onKey(e, i, m)}
            ><circle class="hit" r=${hit}></circle><circle class="dot" r=${dot}></circle></g>`,
          )}
        </svg>
        ${
          labelled
            ? html`<p part="label" class="label" aria-hidden="true" data-lon=${labelled.lon} data-lat=${labelled.lat}>${this.#labelText(labelled)}</p>`
            : nothing
        }
      </div>
      <p part="hint" class="hint screen-only" id="hint">${this.t('map.keys')}</p>`;
  }

  #tableView(cities: Member[], highlighted: Member | undefined) {
    const rows = [...cities].sort(byCityName(this.locale, this.formattingLocale));
    return html`<table part="table">
      <caption>${this.t('map.tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">${this.t('map.city')}</th>
          <th scope="col">${this.t('map.country')}</th>
          <th scope="col">${this.t('map.region')}</th>
          <th scope="col">${this.t('map.membership')}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (m) => html`<tr class=${m === highlighted ? 'highlight' : ''}>
            <th scope="row">${cityName(m, this.locale)}</th>
            <td>${whereIs(m, this.locale, this.formattingLocale)}</td>
            <td>${regionName(this.locale, m.region)}</td>
            <td>${membershipText(m, this.locale, this.formattingLocale)}${m.local ? this.#ownMark(m) : nothing}</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cc4dr-member-map': Cc4drMemberMap;
  }
}
