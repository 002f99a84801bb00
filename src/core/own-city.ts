// The one city an element speaks of, which a page may give as a record of its own (the badge, get involved); and what
// every element that takes a library's records shares: the lazy chunk that checks them, and the records known sound.
import type { ReactiveControllerHost } from 'lit';
import { givenCountry, lookUpCity, needsPlaces, type CityLookup } from './cities.js';
import { members } from './data.js';
import { holdRenderingUntil, track, type RenderGate } from './host.js';
import type { Locale } from './l10n.js';
import { holdUntilPlaces } from './places.js';
import type { Member } from './types.js';

// Loading and checking records (with the validators compiled from the JSON Schemas) is one chunk that only a page
// giving the library its own records downloads.
export const recordChecks = () => import('./load-records.js');

/** Records the widgets know to be sound, which an element may pass on to another: the bundled ones, and the library's once checked. */
export const soundRecords = new WeakSet<object>(members);

/** What an element that speaks of one city offers: the city to look up, and the record a page may give instead. */
export interface OwnCityHost extends ReactiveControllerHost, HTMLElement {
  city?: string | null;
  country?: string | null;
  member?: Member;
}

/** The city an element speaks of, or the sentence saying the record the page gave was left out. */
export type OwnCityLookup = CityLookup | { kind: 'left-out'; status: (locale: Locale) => string };

/**
 * The city an element speaks of: the bundled city its `city` and `country` name, or the record a page gives as its
 * `member` property. That record is checked like the library's other records (in their lazy chunk), and the element
 * renders once it has been: a valid record is marked as the library's; one left out gives way to the list's record of
 * its city in its country, if the list has one, else to a sentence saying it was left out (its warning says why).
 */
export class OwnCityController implements RenderGate {
  readonly #host: OwnCityHost;
  #given: unknown;
  #checked?: OwnCityLookup;

  constructor(host: OwnCityHost) {
    this.#host = host;
    holdRenderingUntil(host, this);
    holdUntilPlaces(host, () => host.member == null && needsPlaces(host.city, givenCountry(host, host.country)));
  }

  /** Asked before each render, so a newly given record starts its check before the element decides to render. */
  get ready(): boolean {
    const given = this.#host.member;
    if (given !== this.#given) {
      this.#given = given;
      this.#checked = undefined;
      // A city a finder passes on to its badge is sound already.
      if (given != null && soundRecords.has(given)) this.#checked = { kind: 'found', member: given };
      else if (given != null) track(this.#host, this.#check(given));
    }
    return given == null || this.#checked !== undefined;
  }

  lookUp(): OwnCityLookup {
    const { member, city, country } = this.#host;
    return member == null ? lookUpCity(this.#host, city, country) : (this.#checked ?? { kind: 'none' });
  }

  async #check(given: unknown): Promise<void> {
    const checked = await recordChecks().then((checks) => checks.checkOwnCity(this.#host, given));
    if (given !== this.#given) return;
    this.#checked = checked;
    this.#host.requestUpdate();
  }
}
