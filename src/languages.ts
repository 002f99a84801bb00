/**
 * cc4dr-widgets/languages: the library's languages and its messages, for tools built on it (the embed builder):
 * which languages there are, the closest one to a page's tag, loading one, and looking a message up in it.
 */
export { addMessages, bestLocale, defaultLocale, directionOf, loadLocale, supportedLocales, translate } from './core/l10n.js';
export type { Direction, Locale, MessageKey, Messages } from './core/l10n.js';

/** A language's name in that language, capitalised as a menu item ("Deutsch", "العربية"). */
export function languageName(locale: string): string {
  const own = new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
  return `${own.charAt(0).toLocaleUpperCase(locale)}${own.slice(1)}`;
}
