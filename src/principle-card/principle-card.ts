import { html, nothing, type PropertyDeclarations } from 'lit';
import { Cc4drHeadedElement } from '../core/base-element.js';
import { coalition, findPrinciple, principleText } from '../core/data.js';
import { clip } from '../core/format.js';
import { heading, subLevel } from '../core/heading.js';
import { safeUrl } from '../core/safe-url.js';
import english from '../generated/english-principle-card.js';
import { principleCardStyles } from './principle-card.styles.js';

/**
 * One principle of the Declaration of Cities Coalition for Digital Rights: its number, official title, a summary,
 * what libraries already do for it, and a link to the Declaration.
 *
 * @summary One of the five principles, with what libraries already do for it.
 * @tag cc4dr-principle-card
 *
 * @csspart card - The card's box.
 * @csspart number - "Principle 2 of 5".
 * @csspart title - The official title (a heading at `heading-level`).
 * @csspart official-title - In other languages than English: the official English title, once (our titles are translations).
 * @csspart summary - The summary, in our own words.
 * @csspart libraries-title - The "What libraries already do" heading.
 * @csspart libraries - The list of what libraries do.
 * @csspart link - The link to the Declaration.
 * @csspart message - The message shown instead of the card when the principle is missing or unknown.
 *
 * @cssprop [--cc4dr-color-background=#ffffff] - Background (dark theme: #15191e).
 * @cssprop [--cc4dr-color-text=#1d2126] - Text colour (dark theme: #eef1f4).
 * @cssprop [--cc4dr-color-muted=#4b525c] - Secondary text (dark theme: #b7bfc9).
 * @cssprop [--cc4dr-color-accent=#0a5c8f] - The card's top edge (dark theme: #7fc3f0).
 * @cssprop [--cc4dr-color-border=#b9c1cb] - Borders (dark theme: #5b6470).
 * @cssprop [--cc4dr-color-link=#0b57a4] - Links (dark theme: #94caff).
 * @cssprop [--cc4dr-color-focus=#0b57a4] - Keyboard focus ring (dark theme: #94caff).
 * @cssprop [--cc4dr-color-warning=#8a4b00] - Edge of messages (dark theme: #ffc46b).
 * @cssprop [--cc4dr-space=1rem] - Base spacing.
 * @cssprop [--cc4dr-radius=0.5rem] - Corner radius.
 */
export class Cc4drPrincipleCard extends Cc4drHeadedElement {
  static override styles = [...Cc4drHeadedElement.styles, principleCardStyles];
  /** @internal */
  static override english = english;
  static override properties: PropertyDeclarations = {
    principle: { reflect: true },
    compact: { type: Boolean, reflect: true },
  };

  /** The principle to show: its id (`access`, `privacy`, `transparency`, `participation`, `standards`) or its number (1–5). */
  principle?: string;

  /** Shows only the title and the summary. */
  compact = false;

  protected override render() {
    const value = this.principle?.trim() ?? '';
    const principle = value ? findPrinciple(value) : undefined;
    if (!principle) {
      this.warnOnce(value ? `unknown principle "${clip(value)}".` : 'the principle attribute is missing.');
      return html`<p part="message" class="message" lang=${this.locale} dir=${this.direction}>
        ${value ? this.t('principle.unknown', { value: clip(value) }) : this.t('principle.missing')}
      </p>`;
    }
    const level = this.level;
    const text = principleText(principle, this.locale);
    return html`<div part="card" class="card box accent-top" lang=${this.locale} dir=${this.direction}>
      <p part="number" class="number">${this.t('principle.label', { number: principle.number })}</p>
      ${heading(level, 'title', text.title)}
      ${
        text.translated
          ? html`<p part="official-title" class="official">${this.t('principle.officialTitle')} <span lang="en" dir="ltr">${principle.title}</span></p>`
          : nothing
      }
      <p part="summary">${text.summary}</p>
      ${
        this.compact
          ? nothing
          : html`<div class="libraries">
              ${heading(subLevel(level), 'libraries-title', this.t('principle.librariesHeading'))}
              <ul part="libraries">
                ${text.libraries.map((point) => html`<li>${point}</li>`)}
              </ul>
            </div>
            <p><a part="link" class="target" href=${safeUrl(coalition.urls.principles) ?? nothing}>${this.t('principle.readDeclaration')}</a></p>`
      }
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cc4dr-principle-card': Cc4drPrincipleCard;
  }
}
