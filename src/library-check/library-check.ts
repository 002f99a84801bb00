import { html, nothing, type PropertyDeclarations } from 'lit';
import { Cc4drHeadedElement } from '../core/base-element.js';
import { cityName, findCity, findMember, givenCountry } from '../core/cities.js';
import { bundledExamples, membersMeta, principles, principleText } from '../core/data.js';
import { clip, compareText, countryName, formatDate, formatList, formatMonth, formatYear, isCountryCode } from '../core/format.js';
import { heading, subLevel } from '../core/heading.js';
import { warnOnce } from '../core/host.js';
import { LazyController } from '../core/lazy.js';
import { describePlaces, memberPlace } from '../core/member-text.js';
import type { MessageKey } from '../core/l10n.js';
import { holdRenderingForMessages } from '../core/message-chunks.js';
import { holdUntilPlaces } from '../core/places.js';
import { safeUrl } from '../core/safe-url.js';
import { cdnScriptUrl, copyField, scriptTagAddress } from '../core/snippet.js';
import type { Example, Member, PrincipleId, SameNamePlace } from '../core/types.js';
import english from '../generated/english-library-check.js';
import type { Answers } from './answers.js';
import { activities, activityItem, checkMessages, type CheckItem } from './language.js';
import { draftLetter, letterText, type CityLookup, type Letter, type Sender, type Translate } from './letter.js';
import { libraryCheckStyles } from './library-check.styles.js';
import { ownExamples, ownExamplesSnippet } from './own-examples.js';

/** Something the library added itself. */
interface OwnItem {
  id: string;
  title: string;
  text: string;
  principles: PrincipleId[];
}

/** Every ISO 3166-1 country code, once per page; named and sorted in each language when first shown in it. */
let countryCodes: string[] | undefined;
const sortedCountries = new Map<string, { code: string; name: string }[]>();
function countries(formatting: string): { code: string; name: string }[] {
  countryCodes ??= Array.from({ length: 26 * 26 }, (_, i) => String.fromCharCode(65 + Math.floor(i / 26), 65 + (i % 26))).filter(
    isCountryCode,
  );
  let sorted = sortedCountries.get(formatting);
  if (!sorted) {
    sorted = countryCodes
      .map((code) => ({ code, name: countryName(formatting, code) }))
      .sort((a, b) => compareText(formatting, a.name, b.name));
    sortedCountries.set(formatting, sorted);
  }
  return sorted;
}

const today = () => new Date().toISOString().slice(0, 10);
/** Text with any half of a surrogate pair replaced, which an address cannot carry (encodeURIComponent throws on it). */
const wellFormed = (text: string) => text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
/** Good-practice examples shown beside each principle the library supports. */
const examplesPerPrinciple = 2;

/**
 * The script the snippet loads at first: the copy this page runs, if its widgets came from the script-tag file; else
 * (an app bundled the npm modules) the file at the top of the reader's site, where the site zip unpacks by default.
 */
function defaultScript(): string {
  return scriptTagAddress() ?? '/cc4dr-widgets.js';
}

/**
 * For library staff: a check of what the library already does for digital rights. Each of about twenty things
 * libraries commonly do is a box to tick under the principle it serves, and a library can add its own. The result
 * says, as boxes are ticked, which of the coalition's five principles the library's work supports, what it does for
 * each, the bundled good practice closest to it and whether its city is a member (once its country is known; where a
 * member shares the city's name, it asks which place it is). Two things to take away: a snippet that shows the ticked
 * activities on the library's site as its own examples, and a letter to the city, drafted in the reader's language
 * for the city's state (founding member, member, unconfirmed, not in the list…), dated, addressed, with a subject and
 * the signature of whoever sends it, to copy, download, print or open as an e-mail. It stores nothing and sends
 * nothing: answers can be downloaded as a small file and loaded again; the sender's name, role and contact are not in it.
 *
 * Accessibility: one fieldset and legend per principle; the result's count is a polite status that changes only when
 * the count does, not after every tick; every control is reachable in order by keyboard.
 *
 * @summary A self-check for libraries: what they do for the five principles, a widget for their site and a letter to their city.
 * @tag cc4dr-library-check
 *
 * @csspart title - The check's title (a heading at `heading-level`).
 * @csspart intro - What the check is for.
 * @csspart about - The library's name, city, country and website.
 * @csspart checklist - The boxes to tick, a fieldset for each principle.
 * @csspart own - The library's own activities, and the form that adds one.
 * @csspart result - Which principles the library's work supports, and what is closest to it.
 * @csspart count - How many of the five principles are supported: a polite live region.
 * @csspart city - Whether the library's city is in the member list.
 * @csspart take-away - The snippet, the letter and the answers.
 * @csspart snippet - The snippet for the library's site, with its titles and sentences to edit.
 * @csspart letter - The letter to the city, with its buttons.
 * @csspart answers - Downloading and loading the answers.
 *
 * @cssprop [--cc4dr-color-background=#ffffff] - Background (dark theme: #15191e).
 * @cssprop [--cc4dr-color-text=#1d2126] - Text colour (dark theme: #eef1f4).
 * @cssprop [--cc4dr-color-muted=#4b525c] - Hints (dark theme: #b7bfc9).
 * @cssprop [--cc4dr-color-accent=#0a5c8f] - Edge of the supported principles (dark theme: #7fc3f0).
 * @cssprop [--cc4dr-color-surface=#eef3f7] - Background of the result (dark theme: #222a33).
 * @cssprop [--cc4dr-color-border=#b9c1cb] - Borders (dark theme: #5b6470).
 * @cssprop [--cc4dr-color-link=#0b57a4] - Links (dark theme: #94caff).
 * @cssprop [--cc4dr-color-focus=#0b57a4] - Keyboard focus ring (dark theme: #94caff).
 * @cssprop [--cc4dr-color-warning=#8a4b00] - Edge of messages (dark theme: #ffc46b).
 * @cssprop [--cc4dr-space=1rem] - Base spacing.
 * @cssprop [--cc4dr-radius=0.5rem] - Corner radius.
 */
export class Cc4drLibraryCheck extends Cc4drHeadedElement {
  static override styles = [...Cc4drHeadedElement.styles, libraryCheckStyles];
  /** @internal */
  static override english = english;
  static override properties: PropertyDeclarations = {
    city: {},
    country: {},
    library: {},
  };

  /** The library's city, to start with: in any common form ("Wien", "NYC"), or with its state or country ("Austin, Texas"). */
  city = '';

  /** The library's country, to start with, as an ISO 3166-1 alpha-2 code (`AT`): the check says nothing about membership without it, it tells same-name cities apart, and the snippet's examples need it. */
  country = '';

  /** The library's name, to start with: used in the letter and in the snippet. */
  library = '';

  readonly #examples = new LazyController(this, bundledExamples, {
    fallback: [],
    failure: 'the bundled examples could not be loaded; the result shows no good practice beside each principle.',
    holdRendering: 'always',
  });

  #website = '';
  /** The snippet's script address as the reader wrote it; undefined while it is the default (`defaultScript`). */
  #scriptEdit?: string;
  readonly #ticked = new Set<string>();
  #own: OwnItem[] = [];
  #ownCount = 0;
  #draft: { title: string; text: string; principles: Set<PrincipleId> } = { title: '', text: '', principles: new Set() };
  #ownMessage = '';
  /** The titles and sentences edited for the snippet, by item id. */
  readonly #edits = new Map<string, { title?: string; text?: string }>();
  /** The letter as the reader changed it; undefined while it follows the answers. */
  #letterEdit?: string;
  /** The subject as the reader changed it; undefined while it follows the answers. */
  #subjectEdit?: string;
  /** Who signs the letter: in the page only, never stored, never in the answers file. */
  #sender: Sender = { name: '', role: '', contact: '' };
  #messages = { snippet: '', letter: '', answers: '' };
  readonly #translate: Translate = (key, ...args) => this.t(key, ...args);
  #printing = false;

  constructor() {
    super();
    holdRenderingForMessages(this, checkMessages, () => this.locale);
    holdUntilPlaces(this, () => Boolean(this.city?.trim()));
  }

  /** Everything the check lists: the activities in the reader's language, then the library's own. */
  #items(): CheckItem[] {
    return [...activities.map((a) => activityItem(a, this.locale)), ...this.#own];
  }

  /** The ticked items, with the titles and sentences the reader edited for the snippet and the letter. */
  #tickedItems(items: CheckItem[]): CheckItem[] {
    return items
      .filter((item) => this.#ticked.has(item.id))
      .map((item) => {
        const edit = this.#edits.get(item.id);
        return { ...item, title: edit?.title ?? item.title, text: edit?.text ?? item.text };
      });
  }

  /** The library's country, as chosen (a bad `country` is left out, with one warning). */
  #country(): string {
    return givenCountry(this, this.country) ?? '';
  }

  /**
   * What the member list says about the library's city. Membership needs a country: until one is chosen, a member
   * with the name is only a member of that name (`shared`), which the check asks about and the letter does not claim.
   */
  #lookup(): CityLookup {
    const text = this.city?.trim() ?? '';
    const country = givenCountry(this, this.country);
    const lookup = findCity(text, country);
    if (lookup.kind !== 'found' || country) return lookup;
    return { kind: 'shared', member: lookup.member, name: clip(text), places: [], pin: 'country' };
  }

  /** The member of a lookup, if the list pins it. */
  #member(lookup: CityLookup): Member | undefined {
    return lookup.kind === 'found' ? lookup.member : undefined;
  }

  /** Pins the city to one of the places of its name (the member, or another), then returns to the city field. */
  async #pin(city: string, country: string) {
    this.#set(() => {
      this.city = city;
      this.country = country;
    });
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('#city')?.focus();
  }

  #set(change: () => void) {
    change();
    this.requestUpdate();
  }

  #toggle(id: string, on: boolean) {
    this.#set(() => (on ? this.#ticked.add(id) : this.#ticked.delete(id)));
  }

  #addOwn() {
    const { title, text, principles: chosen } = this.#draft;
    if (!title.trim() || !text.trim() || !chosen.size) {
      this.#set(() => (this.#ownMessage = this.t('check.ownMissing')));
      return;
    }
    this.#ownCount += 1;
    const id = `own-${this.#ownCount}`;
    const order = principles.map((p) => p.id).filter((p) => chosen.has(p));
    this.#own = [...this.#own, { id, title: clip(title, 200), text: clip(text, 800), principles: order }];
    this.#ticked.add(id);
    this.#draft = { title: '', text: '', principles: new Set() };
    this.#set(() => (this.#ownMessage = this.t('check.ownAdded', { title: clip(title, 200) })));
  }

  #removeOwn(id: string) {
    this.#set(() => {
      this.#own = this.#own.filter((item) => item.id !== id);
      this.#ticked.delete(id);
      this.#edits.delete(id);
      this.#ownMessage = '';
    });
  }

  #edit(id: string, field: 'title' | 'text', value: string) {
    this.#set(() => this.#edits.set(id, { ...this.#edits.get(id), [field]: value }));
  }

  async #copy(which: 'snippet' | 'letter') {
    const field = this.renderRoot.querySelector<HTMLTextAreaElement>(`#${which}-text`);
    if (!field) return;
    const copied = await copyField(field);
    this.#set(() => (this.#messages[which] = this.t(copied ? 'check.copied' : 'check.copyRefused')));
  }

  /**
   * Offers text as a file to save; nothing leaves the page. In a frame, the site around may sandbox it without
   * downloads, and the browser then saves nothing and says nothing to the page: the reader is told what to do instead.
   */
  #download(which: 'letter' | 'answers', name: string, text: string, type: string) {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const link = Object.assign(document.createElement('a'), { href: url, download: name });
    this.renderRoot.append(link);
    link.click();
    link.remove();
    // The browser has taken the file by the next task; the address is of no use after that.
    setTimeout(() => URL.revokeObjectURL(url));
    if (window.top !== window) {
      this.#set(() => (this.#messages[which] = this.t(which === 'letter' ? 'check.downloadFramed' : 'check.saveFramed')));
    }
  }

  /** The letter as it stands, with the reader's own changes. */
  #shown(letter: Letter): Letter {
    return { ...letter, subject: this.#subjectEdit ?? letter.subject, body: this.#letterEdit ?? letter.body };
  }

  async #print() {
    this.#set(() => (this.#printing = true));
    await this.updateComplete;
    window.print();
    this.#set(() => (this.#printing = false));
  }

  #answers(letter: Letter): Answers {
    return {
      format: 'cc4dr-library-check',
      version: 1,
      library: this.library,
      city: this.city,
      country: this.country,
      website: safeUrl(this.#website.trim()) ? this.#website.trim() : '',
      ticked: [...this.#ticked],
      own: this.#own.map((item) => ({ ...item })),
      edits: Object.fromEntries(this.#edits),
      ...(this.#letterEdit === undefined ? {} : { letter: this.#letterEdit.slice(0, 20_000) || letter.body }),
    };
  }

  async #load(event: Event) {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    // A new message for each file, even one that says what the last one said.
    this.#set(() => (this.#messages.answers = ''));
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      this.#refuse('unreadable', String(error));
      return;
    }
    const { answersFrom } = await import('./answers.js');
    const result = answersFrom(text);
    if ('failure' in result) {
      this.#refuse(result.failure.reason, result.failure.detail);
      return;
    }
    const { answers } = result;
    this.#own = (answers.own ?? []).map((item) => ({ ...item, principles: [...item.principles] }));
    this.#ownCount = this.#own.length;
    const known = new Set(this.#items().map((item) => item.id));
    this.#ticked.clear();
    for (const id of answers.ticked) if (known.has(id)) this.#ticked.add(id);
    this.#edits.clear();
    for (const [id, edit] of Object.entries(answers.edits ?? {})) if (known.has(id)) this.#edits.set(id, edit);
    this.library = answers.library ?? '';
    this.city = answers.city ?? '';
    this.country = answers.country ?? '';
    this.#website = answers.website ?? '';
    this.#letterEdit = answers.letter;
    this.#subjectEdit = undefined;
    this.#set(() => (this.#messages.answers = this.t('check.loaded')));
  }

  #refuse(reason: 'json' | 'tooLarge' | 'unreadable', detail: string) {
    warnOnce(this, `the answers file could not be used: ${clip(detail, 160)}.`);
    this.#set(() => (this.#messages.answers = this.t('check.badFile', { reason: this.t(`check.reason.${reason}`) })));
  }

  protected override render() {
    const items = this.#items();
    const ticked = this.#tickedItems(items);
    const supported = principles.filter((p) => ticked.some((item) => item.principles.includes(p.id)));
    const lookup = this.#lookup();
    const member = this.#member(lookup);
    const letter = draftLetter({
      locale: this.locale,
      formatting: this.formattingLocale,
      t: this.#translate,
      library: this.library?.trim() ?? '',
      city: lookup,
      items: ticked,
      sender: this.#sender,
      date: today(),
    });
    return html`<div class="check box ${this.#printing ? 'printing' : ''}" lang=${this.locale} dir=${this.direction}>
      ${heading(this.level, 'title', this.t('check.title'))}
      <p part="intro">${this.t('check.intro')}</p>
      ${this.#about(lookup)} ${this.#checklist(items)} ${this.#result(ticked, supported, lookup)}
      ${this.#takeAway(ticked, letter, member)}
      <div class="print-letter" aria-hidden="true">${letterText(this.#shown(letter), this.#translate)}</div>
    </div>`;
  }

  #about(lookup: CityLookup) {
    const country = this.#country();
    return html`<fieldset part="about" class="about">
      <legend>${this.t('check.aboutYou')}</legend>
      <div class="field">
        <label for="library">${this.t('check.library')}</label>
        <input id="library" class="control" autocomplete="organization" .value=${this.library ?? ''} @input=${(e: Event) => this.#set(() => (this.library = (e.target as HTMLInputElement).value))} />
      </div>
      <div class="field">
        <label for="city">${this.t('check.city')}</label>
        <input id="city" class="control" autocomplete="off" spellcheck="false" aria-describedby="city-hint" .value=${this.city ?? ''} @input=${(e: Event) => this.#set(() => (this.city = (e.target as HTMLInputElement).value))} />
        <p id="city-hint" class="hint">${this.t('check.cityHint')}</p>
      </div>
      ${this.#whichCity(lookup)}
      <div class="field">
        <label for="country">${this.t('check.country')}</label>
        <select id="country" class="control" @change=${(e: Event) => this.#set(() => (this.country = (e.target as HTMLSelectElement).value))}>
          <option value="" ?selected=${!country}>${this.t('check.countryNone')}</option>
          ${countries(this.formattingLocale).map((c) => html`<option value=${c.code} ?selected=${c.code === country}>${c.name}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="website">${this.t('check.website')}</label>
        <input id="website" class="control" type="url" dir="ltr" autocomplete="url" aria-describedby="website-hint" .value=${this.#website} @input=${(e: Event) => this.#set(() => (this.#website = (e.target as HTMLInputElement).value))} />
        <p id="website-hint" class="hint">${this.t('check.websiteHint')}</p>
      </div>
    </fieldset>`;
  }

  #choice(item: CheckItem, remove?: () => void) {
    const id = `item-${item.id}`;
    return html`<div class="choice">
      <input type="checkbox" id=${id} aria-describedby="${id}-text" .checked=${this.#ticked.has(item.id)} @change=${(e: Event) => this.#toggle(item.id, (e.target as HTMLInputElement).checked)} />
      <label for=${id}>${item.title}</label>
      <p id="${id}-text" class="hint">${item.text}</p>
      ${remove ? html`<button type="button" class="button remove" @click=${remove}>${this.t('check.ownRemove', { title: item.title })}</button>` : nothing}
    </div>`;
  }

  #checklist(items: CheckItem[]) {
    const sub = subLevel(this.level);
    return html`<div part="checklist" class="checklist">
      ${heading(sub, 'checklist-title', this.t('check.checklist'))}
      ${principles.map(
        (p) => html`<fieldset class="principle">
          <legend>${this.t('check.legend', { number: p.number, title: principleText(p, this.locale).title })}</legend>
          ${items.filter((item) => item.activity?.principle === p.id).map((item) => this.#choice(item))}
        </fieldset>`,
      )}
      ${this.#ownForm()}
    </div>`;
  }

  #ownForm() {
    const draft = this.#draft;
    return html`<fieldset part="own" class="own">
      <legend>${this.t('check.own')}</legend>
      ${this.#own.map((item) => this.#choice(item, () => this.#removeOwn(item.id)))}
      <div class="field">
        <label for="own-title">${this.t('check.ownTitle')}</label>
        <input id="own-title" class="control" .value=${draft.title} @input=${(e: Event) => (draft.title = (e.target as HTMLInputElement).value)} />
      </div>
      <div class="field">
        <label for="own-text">${this.t('check.ownText')}</label>
        <input id="own-text" class="control" .value=${draft.text} @input=${(e: Event) => (draft.text = (e.target as HTMLInputElement).value)} />
      </div>
      <fieldset class="own-principles">
        <legend>${this.t('check.ownPrinciples')}</legend>
        ${principles.map(
          (p) => html`<div class="choice">
            <input type="checkbox" id="own-${p.id}" .checked=${draft.principles.has(p.id)} @change=${(e: Event) => ((e.target as HTMLInputElement).checked ? draft.principles.add(p.id) : draft.principles.delete(p.id))} />
            <label for="own-${p.id}">${this.t(`principle.short.${p.id}`)}</label>
          </div>`,
        )}
      </fieldset>
      <button type="button" class="button" @click=${() => this.#addOwn()}>${this.t('check.ownAdd')}</button>
      <p class="status" role="status">${this.#ownMessage}</p>
    </fieldset>`;
  }

  /** A name a member shares, not yet pinned: which place is it? Each place is a button; the country menu also answers. */
  #whichCity(lookup: CityLookup) {
    if (lookup.kind !== 'shared' || lookup.pin === 'unknown') return nothing;
    const { member, places } = lookup;
    const named = describePlaces(places, this.locale, this.formattingLocale);
    const pinOf = (place: { name: string; subdivision?: string; country: string }) => () =>
      void this.#pin(place.subdivision ? `${place.name}, ${place.subdivision}` : place.name, place.country);
    const own = { name: member.name, subdivision: member.subdivision?.name, country: member.country };
    return html`<fieldset class="which-city" aria-describedby="which-city-hint">
      <legend>${this.#sharedQuestion(member)}</legend>
      <p id="which-city-hint" class="hint">${this.t('check.sharedHint')}</p>
      <div class="actions">
        <button type="button" id="which-city-member" class="button" @click=${pinOf(own)}>${memberPlace(member, this.locale, this.formattingLocale)}</button>
        ${places.map((place: SameNamePlace, i) => html`<button type="button" id="which-city-${i}" class="button" @click=${pinOf(place)}>${named[i]}</button>`)}
      </div>
    </fieldset>`;
  }

  #sharedQuestion(member: Member): string {
    return this.t('check.sharedQuestion', {
      member: memberPlace(member, this.locale, this.formattingLocale),
      name: cityName(member, this.locale),
    });
  }

  /** Where the library's city stands, in the badge's words; for a shared name, the question; nothing while no city is given. */
  #cityStatement(lookup: CityLookup): string {
    if (lookup.kind === 'none') return '';
    if (lookup.kind === 'not-listed')
      return this.t('badge.notListed', { city: lookup.name, date: formatDate(this.formattingLocale, membersMeta.checked) });
    if (lookup.kind === 'shared') {
      const { member } = lookup;
      return lookup.pin === 'unknown'
        ? this.t('check.sharedUnknown', {
            name: cityName(member, this.locale),
            country: countryName(this.formattingLocale, member.country),
          })
        : `${this.#sharedQuestion(member)} ${this.t('check.sharedHint')}`;
    }
    const { member } = lookup;
    const place = memberPlace(member, this.locale, this.formattingLocale);
    if (member.status === 'unconfirmed') return this.t('badge.unconfirmed', { city: place });
    const since =
      member.joined !== null
        ? this.t(member.founding ? 'badge.founding' : 'badge.since', { year: formatYear(this.formattingLocale, member.joined) })
        : member.decided !== undefined
          ? this.t('badge.decided', { year: formatYear(this.formattingLocale, member.decided) })
          : member.memberBy
            ? this.t('badge.sinceAtLatest', { date: formatMonth(this.formattingLocale, member.memberBy) })
            : '';
    return [this.t('badge.member', { city: place }), since].filter(Boolean).join(' ');
  }

  /** The bundled examples closest to what the library does for a principle: of its kind first, then those with libraries. */
  #closest(principle: PrincipleId, ticked: CheckItem[]): Example[] {
    const kinds = new Set(ticked.filter((item) => item.principles.includes(principle)).map((item) => item.activity?.category));
    const score = (e: Example) => (kinds.has(e.category) ? 2 : 0) + (e.libraries ? 1 : 0);
    return (this.#examples.value ?? [])
      .filter((e) => e.principles.includes(principle))
      .sort((a, b) => score(b) - score(a) || (b.year ?? 0) - (a.year ?? 0))
      .slice(0, examplesPerPrinciple);
  }

  #result(ticked: CheckItem[], supported: typeof principles, lookup: CityLookup) {
    const sub = subLevel(this.level);
    const notYet = principles.filter((p) => !supported.includes(p)).map((p) => this.t(`principle.short.${p.id}`));
    const city = this.#cityStatement(lookup);
    return html`<div part="result" class="result">
      ${heading(sub, 'result-title', this.t('check.result'))}
      <p part="count" class="count" role="status">${ticked.length ? this.t('check.count', { count: supported.length }) : this.t('check.nothing')}</p>
      ${city ? html`<p part="city">${city}</p>` : nothing}
      ${supported.map(
        (p) => html`<div class="supported">
          ${heading(subLevel(sub), 'principle', principleText(p, this.locale).title)}
          <p class="label">${this.t('check.youDo')}</p>
          <ul>
            ${ticked.filter((item) => item.principles.includes(p.id)).map((item) => html`<li>${item.title}</li>`)}
          </ul>
          ${this.#closestList(this.#closest(p.id, ticked))}
        </div>`,
      )}
      ${ticked.length && notYet.length ? html`<p>${this.t('check.notYet', { principles: formatList(this.formattingLocale, notYet) })}</p>` : nothing}
    </div>`;
  }

  #closestList(examples: Example[]) {
    if (!examples.length) return nothing;
    return html`<p class="label">${this.t('check.closest')}</p>
      <ul>
        ${examples.map((e) => {
          const where = findMember(e.city);
          const place = `${where ? cityName(where, this.locale) : e.city}, ${countryName(this.formattingLocale, e.country)}`;
          const href = safeUrl(e.sources[0]?.url);
          // The examples are in English, written for the coalition's list.
          return html`<li><span lang="en" dir="ltr">${href ? html`<a href=${href}>${e.title}</a>` : e.title}</span> (${place})</li>`;
        })}
      </ul>`;
  }

  #takeAway(ticked: CheckItem[], letter: Letter, member: Member | undefined) {
    const sub = subLevel(this.level);
    const shown = this.#shown(letter);
    const text = shown.body;
    const mail = `mailto:?subject=${encodeURIComponent(wellFormed(shown.subject))}&body=${encodeURIComponent(wellFormed(text))}`;
    const sender = (field: keyof Sender, label: MessageKey, autocomplete: string) =>
      html`<div class="field">
        <label for="sender-${field}">${this.t(label)}</label>
        <input id="sender-${field}" class="control" autocomplete=${autocomplete} .value=${this.#sender[field]} @input=${(e: Event) => this.#set(() => (this.#sender = { ...this.#sender, [field]: (e.target as HTMLInputElement).value }))} />
      </div>`;
    return html`<div part="take-away" class="take-away">
      ${heading(sub, 'take-away-title', this.t('check.takeAway'))}
      ${this.#snippet(ticked, member)}
      <div part="letter" class="letter">
        ${heading(subLevel(sub), 'letter-title', this.t('check.letter'))}
        <p class="hint">${this.t('check.letterHint')}</p>
        <fieldset class="sender" aria-describedby="sender-hint">
          <legend>${this.t('check.letter.sender')}</legend>
          ${sender('name', 'check.letter.senderName', 'name')} ${sender('role', 'check.letter.senderRole', 'organization-title')}
          ${sender('contact', 'check.letter.senderContact', 'email')}
          <p id="sender-hint" class="hint">${this.t('check.letter.senderHint')}</p>
        </fieldset>
        <p class="letter-head">${[shown.date, '', shown.addressee].join('\n')}</p>
        <div class="field">
          <label for="letter-subject">${this.t('check.letter.subjectLabel')}</label>
          <textarea id="letter-subject" class="control" rows="2" .value=${shown.subject} @input=${(e: Event) => (this.#subjectEdit = (e.target as HTMLTextAreaElement).value.replace(/\s*\n\s*/g, ' '))} @change=${() => this.requestUpdate()}></textarea>
        </div>
        <label for="letter-text">${this.t('check.letterLabel')}</label>
        <textarea id="letter-text" class="control" rows="16" .value=${text} @input=${(e: Event) => (this.#letterEdit = (e.target as HTMLTextAreaElement).value)} @change=${() => this.requestUpdate()}></textarea>
        <div class="actions screen-only">
          <button type="button" class="button" @click=${() => this.#copy('letter')}>${this.t('check.copyLetter')}</button>
          <button type="button" class="button" @click=${() => this.#download('letter', 'letter.txt', letterText(shown, this.#translate), 'text/plain;charset=utf-8')}>${this.t('check.download')}</button>
          <button type="button" class="button" @click=${() => this.#print()}>${this.t('check.print')}</button>
          <a class="button" href=${safeUrl(mail) ?? nothing}>${this.t('check.email')}</a>
          ${this.#letterEdit === undefined && this.#subjectEdit === undefined ? nothing : html`<button type="button" class="button" @click=${() => this.#set(() => (this.#letterEdit = this.#subjectEdit = undefined))}>${this.t('check.redraft')}</button>`}
        </div>
        <p class="status" role="status">${this.#messages.letter}</p>
      </div>
      <div part="answers" class="answers">
        ${heading(subLevel(sub), 'answers-title', this.t('check.answers'))}
        <p class="hint">${this.t('check.answersHint')}</p>
        <div class="actions">
          <button type="button" class="button" @click=${() => this.#download('answers', 'cc4dr-library-check.json', `${JSON.stringify(this.#answers(letter), null, 2)}\n`, 'application/json')}>${this.t('check.save')}</button>
          <span class="field">
            <label for="answers-file">${this.t('check.load')}</label>
            <input id="answers-file" type="file" accept=".json,application/json" @change=${(e: Event) => void this.#load(e)} />
          </span>
        </div>
        <p class="status" role="status">${this.#messages.answers}</p>
      </div>
    </div>`;
  }

  #snippet(ticked: CheckItem[], member: Member | undefined) {
    const sub = subLevel(subLevel(this.level));
    const country = this.#country();
    const body = !ticked.length
      ? html`<p class="message">${this.t('check.snippetEmpty')}</p>`
      : !country
        ? html`<p class="message">${this.t('check.snippetNoCountry')}</p>`
        : html`${ticked.map((item) => this.#editItem(item))}
            <div class="field">
              <label for="script-address">${this.t('check.scriptAddress')}</label>
              <input id="script-address" class="control" dir="ltr" autocomplete="off" spellcheck="false" aria-describedby="script-hint" .value=${this.#scriptEdit ?? defaultScript()} @input=${(e: Event) => this.#set(() => (this.#scriptEdit = (e.target as HTMLInputElement).value))} />
              <p id="script-hint" class="hint">${this.t('check.scriptHint', { cdn: cdnScriptUrl() })}</p>
            </div>
            <label for="snippet-text">${this.t('check.snippetLabel')}</label>
            <textarea id="snippet-text" class="control" rows="10" readonly dir="ltr" spellcheck="false" .value=${this.#snippetText(ticked, member, country)}></textarea>
            <div class="actions screen-only">
              <button type="button" class="button" @click=${() => this.#copy('snippet')}>${this.t('check.copySnippet')}</button>
            </div>
            <p class="status" role="status">${this.#messages.snippet}</p>`;
    return html`<div part="snippet" class="snippet">
      ${heading(sub, 'snippet-title', this.t('check.snippet'))}
      <p class="hint">${this.t('check.snippetHint')}</p>
      ${body}
    </div>`;
  }

  #snippetText(ticked: CheckItem[], member: Member | undefined, country: string): string {
    const examples = ownExamples({
      items: ticked,
      city: member ? member.name : this.city?.trim() || '',
      country,
      library: this.library?.trim() ?? '',
      website: this.#website,
      today: today(),
    });
    return ownExamplesSnippet(
      examples,
      {
        intro: this.t('check.fallback'),
        link: this.t('check.fallbackLink'),
        // "Title: sentence", with the colon each language writes (French puts a non-breaking space before it).
        item: (title, text) => this.t('check.fallbackItem', { title, text }),
      },
      this.#scriptEdit?.trim() || defaultScript(),
    );
  }

  #editItem(item: CheckItem) {
    const id = `edit-${item.id}`;
    return html`<fieldset class="edit">
      <legend>${item.title}</legend>
      <div class="field">
        <label for="${id}-title">${this.t('check.editTitle')}</label>
        <input id="${id}-title" class="control" .value=${item.title} @input=${(e: Event) => this.#edit(item.id, 'title', (e.target as HTMLInputElement).value)} />
      </div>
      <div class="field">
        <label for="${id}-text">${this.t('check.editText')}</label>
        <textarea id="${id}-text" class="control" rows="2" .value=${item.text} @input=${(e: Event) => this.#edit(item.id, 'text', (e.target as HTMLTextAreaElement).value)}></textarea>
      </div>
    </fieldset>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cc4dr-library-check': Cc4drLibraryCheck;
  }
}
