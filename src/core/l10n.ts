import type { Messages } from '../generated/messages.js';
import { foldForMatch } from './match.js';

export type { Messages };
export type MessageKey = keyof Messages;
export type Locale = 'en' | 'es' | 'ca' | 'fr' | 'de' | 'nl' | 'pt' | 'ar';
export type Direction = 'ltr' | 'rtl';

export const defaultLocale: Locale = 'en';
export const supportedLocales: readonly Locale[] = ['en', 'es', 'ca', 'fr', 'de', 'nl', 'pt', 'ar'];

/**
 * English, the fallback of every language. It arrives in parts: each module adds the message groups it uses (see
 * `addEnglish`), so that an element's npm entry carries its own English and no other element's.
 */
const english: Partial<Messages> = {};
const catalogs: Partial<Record<Locale, Partial<Messages>>> = { en: english };

/** Adds English messages; every module that shows a message group imports that group and adds it here. */
export function addEnglish(...parts: readonly Partial<Messages>[]): void {
  Object.assign(english, ...parts);
}
/** City names by member id, for each loaded language ("vienna" → "Wien"). */
const cityNames: Partial<Record<Locale, Readonly<Record<string, string>>>> = {};
/** Our translations of the principle texts, for each loaded language. */
const principleTexts: Partial<Record<Locale, LocaleModule['principleTexts']>> = {};
/** The same, by folded name, for finding a city by its name in any loaded language. */
const cityIdsByName = new Map<string, string>();

// Each language but English is its own module, fetched from the library's own location (relative to this module)
// the first time an element needs it: an English page downloads no other language.
export interface PrincipleText {
  title: string;
  summary: string;
  libraries: readonly string[];
}
type LocaleModule = {
  default: Messages;
  cityNames: Readonly<Record<string, string>>;
  principleTexts: Readonly<Record<string, PrincipleText>>;
};
const loaders: Record<Exclude<Locale, 'en'>, () => Promise<LocaleModule>> = {
  es: () => import('../generated/messages-es.js'),
  ca: () => import('../generated/messages-ca.js'),
  fr: () => import('../generated/messages-fr.js'),
  de: () => import('../generated/messages-de.js'),
  nl: () => import('../generated/messages-nl.js'),
  pt: () => import('../generated/messages-pt.js'),
  ar: () => import('../generated/messages-ar.js'),
};
const loading = new Map<Locale, Promise<void>>();

export function isLocaleLoaded(locale: Locale): boolean {
  return catalogs[locale] !== undefined;
}

/** Loads a language's messages once per page; a failed load leaves the language to English, never to an error. */
export function loadLocale(locale: Locale): Promise<void> {
  if (locale === 'en' || catalogs[locale]) return Promise.resolve();
  let pending = loading.get(locale);
  if (!pending) {
    pending = loaders[locale]()
      .then((module) => {
        catalogs[locale] = module.default;
        cityNames[locale] = module.cityNames;
        principleTexts[locale] = module.principleTexts;
        for (const [id, name] of Object.entries(module.cityNames)) cityIdsByName.set(foldForMatch(name), id);
      })
      .catch((error: unknown) => {
        console.warn(`cc4dr-widgets: the ${locale} messages could not be loaded (${String(error)}); showing English.`);
        catalogs[locale] = english;
      });
    loading.set(locale, pending);
  }
  return pending;
}

/** Our translation of a principle's texts into a loaded language, if there is one. */
export function localPrincipleText(id: string, locale: Locale): PrincipleText | undefined {
  return principleTexts[locale]?.[id];
}

/** A member city's name in a loaded language, if it has one there. */
export function localCityName(id: string, locale: Locale): string | undefined {
  return cityNames[locale]?.[id];
}

/** The member id a city name in any loaded language stands for ("Wenen" → "vienna", once Dutch has loaded). */
export function cityIdByLocalName(name: string): string | undefined {
  return cityIdsByName.get(foldForMatch(name));
}

/** A member's names in every loaded language. */
export function localCityNames(id: string): string[] {
  return Object.values(cityNames).flatMap((names) => (names?.[id] ? [names[id]] : []));
}

/** The supported locale closest to a BCP 47 tag: exact, then the same language ("pt-BR" → "pt"), else English. */
export function bestLocale(requested: string): Locale {
  let language: string;
  try {
    language = new Intl.Locale(requested).language;
  } catch {
    return defaultLocale;
  }
  return supportedLocales.find((l) => l === requested.toLowerCase() || l === language) ?? defaultLocale;
}

/** The writing direction of a supported locale. */
export function directionOf(locale: Locale): Direction {
  return locale === 'ar' ? 'rtl' : 'ltr';
}

/** The tag to format dates and numbers with: the page's own tag when it is a variant of `locale` ("en-GB"), else `locale`. */
export function formattingTag(requested: string, locale: Locale): string {
  try {
    const [tag] = Intl.getCanonicalLocales(requested);
    return tag && new Intl.Locale(tag).language === locale ? tag : locale;
  } catch {
    return locale;
  }
}

/** Looks up a message in one locale (English where a language lacks it). Every user-visible string passes through here. */
export function translate<K extends MessageKey>(locale: Locale, key: K, ...args: Parameters<Messages[K]>): string {
  const message = (catalogs[locale]?.[key] ?? english[key]) as ((...a: unknown[]) => string) | undefined;
  if (!message) throw new Error(`cc4dr-widgets: no English for "${key}"; the module showing it must add its message group.`);
  return message(...args);
}
