import en from '../generated/messages-en.js';
import type { Messages } from '../generated/messages-en.js';

export type { Messages };
export type MessageKey = keyof Messages;
export type Locale = 'en';

const catalogs: Record<Locale, Messages> = { en };

export const defaultLocale: Locale = 'en';
export const supportedLocales = Object.keys(catalogs) as Locale[];

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

/** The tag to format dates and numbers with: the page's own tag when it is a variant of `locale` ("en-GB"), else `locale`. */
export function formattingTag(requested: string, locale: Locale): string {
  try {
    const [tag] = Intl.getCanonicalLocales(requested);
    return tag && new Intl.Locale(tag).language === locale ? tag : locale;
  } catch {
    return locale;
  }
}

/** Looks up a message in one locale. Every user-visible string of every element passes through here. */
export function translate<K extends MessageKey>(locale: Locale, key: K, ...args: Parameters<Messages[K]>): string {
  const message = (catalogs[locale][key] ?? catalogs[defaultLocale][key]) as (...a: unknown[]) => string;
  return message(...args);
}
