/**
 * cc4dr-widgets/languages: the library's languages and its messages, for tools built on it (the embed builder):
 * which languages there are, the closest one to a page's tag, loading one, and looking a message up in it; and the
 * helpers that write a snippet for an editor to paste, each value escaped.
 */
export { addMessages, bestLocale, defaultLocale, directionOf, loadLocale, supportedLocales, translate } from './core/l10n.js';
export type { Direction, Locale, MessageKey, Messages } from './core/l10n.js';
import { bestLocale, variantTag, type Locale } from './core/l10n.js';
export { MessageChunks } from './core/message-chunks.js';
export { cdnScriptUrl, copyField, escapeAttribute, escapeText, inlineJson, openingTag, scriptTag } from './core/snippet.js';

/**
 * A language's name in that language, capitalised as a menu item ("Deutsch", "العربية"); each Portuguese names its
 * country ("Português (Portugal)", "Português (Brasil)") so that the two are told apart.
 */
export function languageName(locale: string): string {
  const tag = variantTag(locale as Locale);
  const own = new Intl.DisplayNames([tag], { type: 'language', languageDisplay: 'standard' }).of(tag) ?? locale;
  return `${own.charAt(0).toLocaleUpperCase(tag)}${own.slice(1)}`;
}

/** The language to open a tool's page in: `?lang=` if it names one of ours, else the browser's first, else English. */
export function initialLanguage(search: string, preferred: readonly string[]): Locale {
  const asked = new URLSearchParams(search).get('lang');
  for (const tag of [asked, ...preferred]) {
    if (!tag) continue;
    const locale = bestLocale(tag);
    if (locale !== 'en' || tag.toLowerCase().startsWith('en')) return locale;
  }
  return 'en';
}
