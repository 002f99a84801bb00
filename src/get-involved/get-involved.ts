import { html, nothing, type PropertyDeclarations } from 'lit';
import { Cc4drHeadedElement } from '../core/base-element.js';
import { coalition, membersMeta } from '../core/data.js';
import { clip, formatDate } from '../core/format.js';
import { heading } from '../core/heading.js';
import { givenPlace, librarySource, memberPlace } from '../core/member-text.js';
import { OwnCityController } from '../core/own-city.js';
import { safeUrl } from '../core/safe-url.js';
import type { Member } from '../core/types.js';
import english from '../generated/english-get-involved.js';
import { getInvolvedStyles } from './get-involved.styles.js';

interface Step {
  title: string;
  text: string;
  link: { href: string | undefined; label: string };
}

/**
 * The four things the IFLA briefing asks every library to do, in our own words, each with its link: show what the
 * library already does, learn from good practice, check whether its city is a member, and talk to its city. With
 * `city`, step 3 says whether that city is in the member list.
 *
 * @summary Four next steps for a library, the third personalised for its city.
 * @tag cc4dr-get-involved
 *
 * @csspart steps - The ordered list of steps.
 * @csspart step - One step.
 * @csspart number - A step's number, drawn before it (hidden from screen readers, which count the list's items).
 * @csspart title - A step's title (a heading at `heading-level`).
 * @csspart text - A step's text.
 * @csspart link - A step's link.
 *
 * @cssprop [--cc4dr-color-background=#ffffff] - Background (dark theme: #15191e).
 * @cssprop [--cc4dr-color-text=#1d2126] - Text colour (dark theme: #eef1f4).
 * @cssprop [--cc4dr-color-accent=#0a5c8f] - The step numbers (dark theme: #7fc3f0).
 * @cssprop [--cc4dr-color-on-accent=#ffffff] - The digits on the step numbers (dark theme: #0d1b26).
 * @cssprop [--cc4dr-color-border=#b9c1cb] - Borders (dark theme: #5b6470).
 * @cssprop [--cc4dr-color-link=#0b57a4] - Links (dark theme: #94caff).
 * @cssprop [--cc4dr-color-focus=#0b57a4] - Keyboard focus ring (dark theme: #94caff).
 * @cssprop [--cc4dr-space=1rem] - Base spacing.
 * @cssprop [--cc4dr-radius=0.5rem] - Corner radius.
 */
export class Cc4drGetInvolved extends Cc4drHeadedElement {
  static override styles = [...Cc4drHeadedElement.styles, getInvolvedStyles];
  /** @internal */
  static override english = english;
  static override properties: PropertyDeclarations = {
    city: { reflect: true },
    country: { reflect: true },
    member: { attribute: false },
    examplesHref: { attribute: 'examples-href', reflect: true },
    finderHref: { attribute: 'finder-href', reflect: true },
    checkHref: { attribute: 'check-href', reflect: true },
  };

  /** The library's city, in any common form ("Wien", "NYC"): step 3 then says whether it is in the member list. */
  city?: string;

  /** The city's country, as an ISO 3166-1 alpha-2 code (`AT`, `US`): a member of the same name in another country is then not this city. */
  country?: string;

  /**
   * A city record the page supplies, used for step 3 instead of looking up `city`: checked against the schema like the
   * library's other records and marked as the library's. A record left out gives way to the list's record of its city, or to a message.
   */
  member?: Member;

  /** Where step 2 links to: e.g. `#examples` for a `<cc4dr-example-list>` on the same page. Default: the IFLA briefing. */
  examplesHref?: string;

  /** Where step 3 links to: e.g. `#find-your-city` for a `<cc4dr-member-finder>` on the same page. Default: the official list. */
  finderHref?: string;

  /**
   * Where steps 1 and 4 link to, when set: a `<cc4dr-library-check>` (or the page `library-check/` of the package), which
   * maps what the library does to the principles and drafts the letter to the city. Default: the principles, and the
   * coalition's contact.
   */
  checkHref?: string;

  readonly #city = new OwnCityController(this);

  /** A link the host page gave, resolved against the page; a fallback when it is missing or unsafe. */
  // A removed attribute leaves null, not undefined.
  #hostLink(name: string, value: string | null | undefined, fallback: string): string | undefined {
    if (value == null) return safeUrl(fallback);
    const href = safeUrl(value, document.baseURI);
    if (!href) this.warnOnce(`${name} "${clip(value)}" is not a safe link; using the default.`);
    return href ?? safeUrl(fallback);
  }

  #stepThree(): Step {
    const find = { href: this.#hostLink('finder-href', this.finderHref, membersMeta.officialList), label: this.t('involved.3.link') };
    const city = this.#city.lookUp();
    const base = { title: this.t('involved.3.title'), link: find };
    if (city.kind === 'none') return { ...base, text: this.t('involved.3.text') };
    if (city.kind === 'left-out') return { ...base, text: city.status(this.locale) };
    if (city.kind === 'found') {
      const { member } = city;
      const place = memberPlace(member, this.locale, this.formattingLocale);
      const text = this.t(member.status === 'member' ? 'involved.3.member' : 'involved.3.unconfirmed', { city: place });
      const source = librarySource(member);
      if (source) {
        return {
          ...base,
          text: `${text} ${this.t('badge.local')}`,
          link: { href: safeUrl(source.url), label: this.t('badge.localSource', { title: source.title }) },
        };
      }
      return { ...base, text, link: { href: safeUrl(membersMeta.officialList), label: this.t('badge.officialList') } };
    }
    if (city.kind === 'shared') {
      const text = this.t('involved.3.shared', { city: memberPlace(city.member, this.locale, this.formattingLocale), name: city.name });
      return { ...base, text, link: { href: safeUrl(membersMeta.officialList), label: this.t('badge.officialList') } };
    }
    const date = formatDate(this.formattingLocale, membersMeta.checked);
    return {
      ...base,
      text: this.t('involved.3.notListed', { city: givenPlace(city.name, city.country, this.locale, this.formattingLocale), date }),
      link: { href: safeUrl(coalition.urls.endorse), label: this.t('badge.howToJoin') },
    };
  }

  protected override render() {
    // Without check-href, or with an unsafe one, steps 1 and 4 keep their own links.
    const check = this.checkHref == null ? undefined : this.#hostLink('check-href', this.checkHref, '');
    const steps: Step[] = [
      {
        title: this.t('involved.1.title'),
        text: this.t('involved.1.text'),
        link: check
          ? { href: check, label: this.t('involved.1.check') }
          : { href: safeUrl(coalition.urls.principles), label: this.t('involved.1.link') },
      },
      {
        title: this.t('involved.2.title'),
        text: this.t('involved.2.text'),
        link: {
          href: this.#hostLink('examples-href', this.examplesHref, coalition.urls.iflaBriefing ?? coalition.urls.home),
          label: this.t('involved.2.link'),
        },
      },
      this.#stepThree(),
      {
        title: this.t('involved.4.title'),
        text: this.t('involved.4.text'),
        link: check
          ? { href: check, label: this.t('involved.4.check') }
          : { href: safeUrl(coalition.urls.contact ?? coalition.urls.endorse), label: this.t('involved.4.link') },
      },
    ];
    return html`<ol part="steps" class="steps" lang=${this.locale} dir=${this.direction}>
      ${steps.map(
        (step, index) => html`<li part="step" class="step box">
          <span part="number" class="number" aria-hidden="true">${index + 1}</span>
          ${heading(this.level, 'title', step.title)}
          <p part="text">${step.text}</p>
          <a part="link" class="target" href=${step.link.href ?? nothing}>${step.link.label}</a>
        </li>`,
      )}
    </ol>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cc4dr-get-involved': Cc4drGetInvolved;
  }
}
