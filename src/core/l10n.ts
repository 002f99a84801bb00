import type { Messages } from '../generated/messages.js';
import { addCityNames } from './cities.js';
import { languageChunks } from '../generated/language-chunks.js';

export type { Messages };
export type MessageKey = keyof Messages;
export type Locale = 'en' | 'es' | 'ca' | 'fr' | 'de' | 'nl' | 'pt' | 'pt-BR' | 'ar';
export type Direction = 'ltr' | 'rtl';

export const defaultLocale: Locale = 'en';
/** Our languages. `pt` is European Portuguese; `pt-BR`, Brazilian Portuguese, is the only regional one. */
export const supportedLocales: readonly Locale[] = ['en', 'es', 'ca', 'fr', 'de', 'nl', 'pt', 'pt-BR', 'ar'];

/**
 * The loaded languages' messages. English is not among them: it arrives in groups (src/generated/messages-en-*.js),
 * and each caller of `translate` passes the English of what it shows, so that every module carries its own English
 * and an element's npm entry carries no other element's.
 */
const catalogs: Partial<Record<Exclude<Locale, 'en'>, Partial<Messages>>> = {};
/** Messages that arrive apart from a language's own chunk: those of the tools built on the library. */
const added: Partial<Record<Exclude<Locale, 'en'>, Partial<Messages>>> = {};
/** Our translations of the principle texts, for each loaded language. */
const principleTexts: Partial<Record<Locale, LocaleModule['principleTexts']>> = {};

// Each language but English is its own module, fetched from the library's own location (relative to this module)
// the first time an element needs it: an English page downloads no other language.
export interface PrincipleText {
  title: string;
  summary: string;
  libraries: readonly string[];
}
interface LocaleModule {
  default: Messages;
  cityNames: Readonly<Record<string, string>>;
  principleTexts: Readonly<Record<string, PrincipleText>>;
}
const loaders: Record<Exclude<Locale, 'en'>, () => Promise<LocaleModule>> = languageChunks;
const loading = new Map<Locale, Promise<void>>();

export function isLocaleLoaded(locale: Locale): boolean {
  return locale === 'en' || catalogs[locale] !== undefined;
}

/** Loads a language's messages once per page; a failed load leaves the language to English, never to an error. */
export function loadLocale(locale: Locale): Promise<void> {
  if (locale === 'en' || catalogs[locale]) return Promise.resolve();
  let pending = loading.get(locale);
  if (!pending) {
    pending = loaders[locale]()
      .then((module) => {
        catalogs[locale] = module.default;
        principleTexts[locale] = module.principleTexts;
        addCityNames(locale, module.cityNames);
      })
      .catch((error: unknown) => {
        console.warn(`cc4dr-widgets: the ${locale} messages could not be loaded (${String(error)}); showing English.`);
        catalogs[locale] = {};
      });
    loading.set(locale, pending);
  }
  return pending;
}

/** Adds messages of a language that arrive in a chunk of their own (a tool's, such as the embed builder's). */
export function addMessages(locale: Locale, messages: Partial<Messages>): void {
  if (locale !== 'en') added[locale] = { ...added[locale], ...messages };
}

/** Our translation of a principle's texts into a loaded language, if there is one. */
export function localPrincipleText(id: string, locale: Locale): PrincipleText | undefined {
  return principleTexts[locale]?.[id];
}

/**
 * The supported locale closest to a BCP 47 tag (a POSIX-style "pt_BR" is read as "pt-BR"): the language in the tag's
 * region where we have it ("pt-BR", "pt-br", "pt-Latn-BR" → "pt-BR"), else the language ("pt-PT", "pt-AO", "de-AT" →
 * "pt", "de"), else English.
 */
export function bestLocale(requested: string): Locale {
  let tag: Intl.Locale;
  try {
    tag = new Intl.Locale(requested.replaceAll('_', '-'));
  } catch {
    return defaultLocale;
  }
  const regional = tag.region ? `${tag.language}-${tag.region}` : undefined;
  return supportedLocales.find((l) => l === regional) ?? supportedLocales.find((l) => l === tag.language) ?? defaultLocale;
}

/** The writing direction of a supported locale. */
export function directionOf(locale: Locale): Direction {
  return locale === 'ar' ? 'rtl' : 'ltr';
}

/**
 * The tag a language's bare locale formats with where the browser's default for it is another variant: `pt` is
 * European Portuguese here, while Intl's "pt" is Brazilian ("Romênia", not "Roménia").
 */
const formattingDefaults: Partial<Record<Locale, string>> = { pt: 'pt-PT' };

/** The full tag of the variant a supported locale is written in ("pt-PT" for `pt`, "pt-BR", "de"). */
export function variantTag(locale: Locale): string {
  return formattingDefaults[locale] ?? locale;
}

/**
 * The tag to format dates and numbers with: the page's own tag when it is a variant of `locale` ("en-GB", "pt-AO"),
 * else `locale` in its own variant ("pt-PT" for `pt`).
 */
export function formattingTag(requested: string, locale: Locale): string {
  const own = variantTag(locale);
  try {
    const [tag] = Intl.getCanonicalLocales(requested.replaceAll('_', '-'));
    if (!tag || bestLocale(tag) !== locale) return own;
    // A tag that is only the language ("pt") says no more than `locale` does.
    return tag === new Intl.Locale(tag).language ? own : tag;
  } catch {
    return own;
  }
}

/**
 * Looks up a message in one locale, else in `english`, the English of what the caller shows (a message group, or an
 * element's groups). Every user-visible string passes through here.
 */
export function translate<E extends Partial<Messages>, K extends keyof E & MessageKey>(
  locale: Locale,
  english: E,
  key: K,
  ...args: Parameters<Messages[K]>
): string {
  const local = locale === 'en' ? undefined : (catalogs[locale]?.[key] ?? added[locale]?.[key]);
  const message = (local ?? english[key]) as ((...a: unknown[]) => string) | undefined;
  if (!message) throw new Error(`cc4dr-widgets: no English for "${key}"; the element registry must list its message group.`);
  return message(...args);
}
