import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { Cc4drHeadedElement } from '../core/base-element.js';
import { cityName, cityNamesVersion, findMember } from '../core/cities.js';
import { bundledExamples, byNewest } from '../core/data.js';
import { clip, countryName, formatCount, formatYear } from '../core/format.js';
import { heading } from '../core/heading.js';
import { LazyController } from '../core/lazy.js';
import { OwnRecordsController, ownExamples } from '../core/own-records.js';
import { ProgressiveList } from '../core/progressive.js';
import { Remembered } from '../core/remembered.js';
import { safeUrl } from '../core/safe-url.js';
import type { Example } from '../core/types.js';
import english from '../generated/english-example-list.js';
import { exampleListStyles } from './example-list.styles.js';
import { applyFilters, checkFilters, isBadFilter } from './filter.js';

/** Examples shown at first, and added by each "Show more": a long list stays quick to show and to read. */
const pageSize = 20;
const filterProperties = ['principle', 'category', 'city', 'country', 'libraries', 'limit', 'examples', 'src'] as const;

/**
 * Good-practice examples of digital rights in cities, newest first, from the bundled data and, optionally, the
 * library's own examples (a `src` JSON file or the `examples` property, in the format of `data/schema/examples.schema.json`).
 *
 * @summary A filterable list of good-practice examples, the library's own included.
 * @tag cc4dr-example-list
 *
 * @csspart list - The list of examples.
 * @csspart item - One example.
 * @csspart title - An example's title (a heading at `heading-level`).
 * @csspart meta - City, country and year.
 * @csspart flags - "From our library" and "Involves libraries" marks.
 * @csspart tags - The principles an example serves.
 * @csspart summary - An example's summary.
 * @csspart sources - An example's source links.
 * @csspart status - Messages about the library's own examples (loading, errors); a polite live region.
 * @csspart message - The message shown when a filter is not recognised or nothing matches.
 * @csspart more - The "Show more examples" button, when more match than are shown.
 *
 * @cssprop [--cc4dr-color-background=#ffffff] - Background (dark theme: #15191e).
 * @cssprop [--cc4dr-color-text=#1d2126] - Text colour (dark theme: #eef1f4).
 * @cssprop [--cc4dr-color-muted=#4b525c] - City, country and year (dark theme: #b7bfc9).
 * @cssprop [--cc4dr-color-accent=#0a5c8f] - Edge of the marks (dark theme: #7fc3f0).
 * @cssprop [--cc4dr-color-surface=#eef3f7] - Background of tags (dark theme: #222a33).
 * @cssprop [--cc4dr-color-border=#b9c1cb] - Borders (dark theme: #5b6470).
 * @cssprop [--cc4dr-color-link=#0b57a4] - Links (dark theme: #94caff).
 * @cssprop [--cc4dr-color-focus=#0b57a4] - Keyboard focus ring (dark theme: #94caff).
 * @cssprop [--cc4dr-color-warning=#8a4b00] - Edge of messages (dark theme: #ffc46b).
 * @cssprop [--cc4dr-space=1rem] - Base spacing.
 * @cssprop [--cc4dr-radius=0.5rem] - Corner radius.
 */
export class Cc4drExampleList extends Cc4drHeadedElement {
  static override styles = [...Cc4drHeadedElement.styles, exampleListStyles];
  /** @internal */
  static override english = english;
  static override properties: PropertyDeclarations = {
    principle: { reflect: true },
    category: { reflect: true },
    city: { reflect: true },
    country: { reflect: true },
    libraries: { type: Boolean, reflect: true },
    limit: { type: Number, reflect: true },
    src: { reflect: true },
    examples: { attribute: false },
  };

  /** Only examples serving this principle: its id (`privacy`) or number (`2`). */
  principle?: string;

  /** Only examples in this category: `universal-access`, `digital-skills`, `digital-rights-awareness`, `digital-public-services`, `open-data-and-transparency` or `participation`. */
  category?: string;

  /** Only examples from this city, by any common name ("NYC", "Wien"). */
  city?: string;

  /** Only examples from this country (ISO 3166-1 alpha-2, e.g. `FR`). */
  country?: string;

  /** Only examples that involve libraries. */
  libraries = false;

  /** Show at most this many examples. */
  limit?: number;

  /**
   * The address of the library's own examples (JSON, same origin or CORS-enabled). They are fetched once per page,
   * checked record by record, merged with the bundled examples and marked as the library's own.
   */
  src?: string;

  /**
   * The library's own examples, for developers: checked and merged like those from `src`. CMS editors can instead put
   * them in a `<script type="application/json">` child, in the same format as a `src` file.
   */
  examples?: readonly Example[];

  // The list appears once, complete (and a prerendered list is taken over as it is): its first render waits for the
  // bundled examples, a moment from the library's own location.
  readonly #bundled = new LazyController(this, bundledExamples, {
    fallback: [],
    failure: 'the bundled examples could not be loaded; only the library’s own are shown.',
    holdRendering: 'always',
  });
  readonly #own = new OwnRecordsController(this, ownExamples, () => this.examples);

  #shownCount = pageSize;
  readonly #sorted = new Remembered<readonly Example[]>();
  readonly #matching = new Remembered<readonly Example[]>();
  // A list that changes shows a screenful of examples in the render that changes it and the rest in the frames after it.
  readonly #progressive = new ProgressiveList<Example>(this, {
    first: 4,
    perFrame: 4,
    key: (example) => example.id,
    container: () => this.renderRoot.querySelector<HTMLElement>('[part~="list"]'),
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (filterProperties.some((name) => changed.has(name))) this.#shownCount = pageSize;
  }

  /**
   * Every example, newest first: sorted again only when the examples change, not on every filter. The bundled ones
   * come sorted (see scripts/generate.mjs).
   */
  #newestFirst(bundled: readonly Example[]): readonly Example[] {
    const own = this.#own.items;
    if (!own.length) return bundled;
    return this.#sorted.get([bundled, own], () => [...bundled, ...own].sort(byNewest));
  }

  async #showMore() {
    const firstNew = this.#shownCount;
    this.#shownCount += pageSize;
    this.requestUpdate();
    await this.updateComplete;
    // Focus goes to the first example added, so a keyboard or screen-reader user reads on from there.
    const title = this.renderRoot.querySelectorAll<HTMLElement>('[part~="item"] > [part~="title"]')[firstNew];
    title?.setAttribute('tabindex', '-1');
    title?.focus();
  }

  protected override render() {
    const filters = checkFilters({
      principle: this.principle,
      category: this.category,
      city: this.city,
      country: this.country,
      libraries: this.libraries,
      limit: this.limit,
    });
    let body;
    if (isBadFilter(filters)) {
      // Show what the editor typed ("abc"), not what the number converter made of it ("NaN").
      const value = clip(this.getAttribute(filters.name) ?? filters.value);
      this.warnOnce(`unknown ${filters.name} "${value}"; no examples are shown.`);
      body = html`<p part="message" class="message">${this.t('list.badFilter', { name: filters.name, value })}</p>`;
    } else {
      const examples = this.#newestFirst(this.#bundled.value ?? []);
      const { principle, category, city, country, libraries, limit } = filters;
      // The same filters over the same examples (a render that adds the rest of a list) are not applied again.
      const inputs = [examples, principle, category, city, country, libraries, limit, cityNamesVersion()];
      const matching = this.#matching.get(inputs, () => applyFilters(examples, filters));
      const shown = matching.slice(0, this.#shownCount);
      body = shown.length
        ? html`<ul part="list" class="list" aria-label=${this.t('list.label')}>
              ${this.#progressive.visible(shown).map((e) => this.#item(e))}
            </ul>
            ${
              matching.length > shown.length
                ? html`<button part="more" class="more button screen-only" type="button" @click=${this.#showMore}>
                  ${this.t('list.showMore', {
                    shown: formatCount(this.formattingLocale, shown.length),
                    total: formatCount(this.formattingLocale, matching.length),
                  })}
                </button>`
                : nothing
            }`
        : html`<p part="message" class="message">${this.t('list.noMatch')}</p>`;
    }
    return html`<div class="wrapper" lang=${this.locale} dir=${this.direction}>
      ${this.#own.status(this.locale)}
      ${body}
    </div>`;
  }

  #item(e: Example) {
    const member = findMember(e.city);
    const place = `${member ? cityName(member, this.locale) : e.city}, ${countryName(this.formattingLocale, e.country)}`;
    const sources = e.sources.flatMap((s) => {
      const href = safeUrl(s.url);
      return href ? [{ href, title: s.title }] : [];
    });
    // The bundled examples are written in English: say so, so that a screen reader pronounces them as English.
    const english = !e.local && this.locale !== 'en';
    const textLang = english ? 'en' : nothing;
    const textDir = english ? 'ltr' : nothing;
    return html`<li part="item" class="item box">
      ${heading(this.level, 'title', html`<span lang=${textLang} dir=${textDir}>${e.title}</span>`)}
      <p part="meta" class="meta">${e.year === null ? place : `${place} · ${formatYear(this.formattingLocale, e.year)}`}</p>
      ${
        e.local || e.libraries
          ? html`<p part="flags" class="flags">
            ${e.local ? html`<span class="flag">${this.t('list.local')}</span>` : nothing}
            ${e.libraries ? html`<span class="flag">${this.t('list.libraries')}</span>` : nothing}
          </p>`
          : nothing
      }
      <p part="summary" lang=${textLang} dir=${textDir}>${e.summary}</p>
      <ul part="tags" class="tags" aria-label=${this.t('list.principles')}>
        ${e.principles.map((p) => html`<li class="tag">${this.t(`principle.short.${p}`)}</li>`)}
      </ul>
      ${
        sources.length
          ? html`<p part="sources" class="sources">
            ${this.t('list.sources')}:
            ${sources.map((s, i) => html`${i ? ', ' : ''}<a href=${s.href} lang=${textLang}>${s.title}</a>`)}
          </p>`
          : nothing
      }
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cc4dr-example-list': Cc4drExampleList;
  }
}
