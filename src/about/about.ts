import { html, nothing, type PropertyDeclarations } from 'lit';
import { Cc4drHeadedElement } from '../core/base-element.js';
import { cityName } from '../core/cities.js';
import { coalition, members, membersMeta, principles, principleText } from '../core/data.js';
import { formatCount, formatDate, formatList } from '../core/format.js';
import { heading, subLevel } from '../core/heading.js';
import { safeUrl } from '../core/safe-url.js';
import english from '../generated/english-about.js';
import { aboutStyles } from './about.styles.js';

const memberCount = members.filter((m) => m.status === 'member').length;

/**
 * What the Cities Coalition for Digital Rights is: who founded it and when, how many cities it has (from the bundled
 * list, with the date it was checked, beside the coalition's own figure), its five principles, and where to read more.
 *
 * @summary A short, sourced introduction to the coalition.
 * @tag cc4dr-about
 *
 * @csspart about - The box.
 * @csspart title - The coalition's name (a heading at `heading-level`).
 * @csspart summary - Who founded it, when and where.
 * @csspart count - How many member cities, when the list was checked, and the coalition's own counts over time.
 * @csspart principles-title - The "five principles" heading.
 * @csspart principles - The list of the five principles (official titles in English, our translations elsewhere).
 * @csspart translation-note - In other languages than English: that the titles are translated.
 * @csspart links - Where to read more.
 *
 * @cssprop [--cc4dr-color-background=#ffffff] - Background (dark theme: #15191e).
 * @cssprop [--cc4dr-color-text=#1d2126] - Text colour (dark theme: #eef1f4).
 * @cssprop [--cc4dr-color-muted=#4b525c] - The count (dark theme: #b7bfc9).
 * @cssprop [--cc4dr-color-accent=#0a5c8f] - The top edge (dark theme: #7fc3f0).
 * @cssprop [--cc4dr-color-border=#b9c1cb] - Borders (dark theme: #5b6470).
 * @cssprop [--cc4dr-color-link=#0b57a4] - Links (dark theme: #94caff).
 * @cssprop [--cc4dr-color-focus=#0b57a4] - Keyboard focus ring (dark theme: #94caff).
 * @cssprop [--cc4dr-space=1rem] - Base spacing.
 * @cssprop [--cc4dr-radius=0.5rem] - Corner radius.
 */
export class Cc4drAbout extends Cc4drHeadedElement {
  static override styles = [...Cc4drHeadedElement.styles, aboutStyles];
  /** @internal */
  static override english = english;
  static override properties: PropertyDeclarations = {
    compact: { type: Boolean, reflect: true },
  };

  /** Only the name, the founding sentence, the count and one link. */
  compact = false;

  /** The coalition's first and latest dated counts of member cities. */
  #growth(): string {
    const [first, last] = [coalition.growth[0], coalition.growth.at(-1)];
    if (!first || !last || first === last) return '';
    const { formattingLocale: locale } = this;
    return this.t('about.growth', {
      first: formatCount(locale, first.count),
      firstDate: formatDate(locale, first.date),
      last: formatCount(locale, last.count),
      lastDate: formatDate(locale, last.date),
    });
  }

  protected override render() {
    const founders = formatList(
      this.formattingLocale,
      coalition.founders.map((id) => {
        const founder = members.find((m) => m.id === id);
        return founder ? cityName(founder, this.locale) : id;
      }),
    );
    const links = [
      { href: coalition.urls.about, label: this.t('about.aboutLink') },
      ...(this.compact
        ? []
        : [
            { href: coalition.urls.principles, label: this.t('about.declarationLink') },
            { href: coalition.urls.iflaBriefing ?? coalition.urls.home, label: this.t('about.iflaLink') },
          ]),
    ];
    return html`<div part="about" class="about box accent-top" lang=${this.locale} dir=${this.direction}>
      ${heading(this.level, 'title', this.t('about.title'))}
      <p part="summary">
        ${this.t('about.founded', {
          founders,
          date: formatDate(this.formattingLocale, coalition.launch.date),
          place: coalition.launch.place,
        })}
      </p>
      <p part="count" class="count">
        ${this.t('about.count', {
          count: memberCount,
          date: formatDate(this.formattingLocale, membersMeta.checked),
          claimed: membersMeta.claimedCount.minimum,
        })}
        ${this.compact ? nothing : this.#growth()}
      </p>
      ${
        this.compact
          ? nothing
          : html`${heading(subLevel(this.level), 'principles-title', this.t('about.principles'))}
            <ol part="principles">
              ${principles.map((p) => html`<li>${principleText(p, this.locale).title}</li>`)}
            </ol>
            ${
              principleText(principles[0], this.locale).translated
                ? html`<p part="translation-note" class="count">${this.t('about.translatedTitles')}</p>`
                : nothing
            }`
      }
      <ul part="links" class="links">
        ${links.map((l) => html`<li><a href=${safeUrl(l.href) ?? nothing}>${l.label}</a></li>`)}
      </ul>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cc4dr-about': Cc4drAbout;
  }
}
