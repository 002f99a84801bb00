// The builder's own language: its interface and the fallback sentences it writes, from the library's message files.
// English is bundled; every other language is the widgets' chunk of that language plus a small chunk of the tools'
// messages, both fetched from the builder's own location when chosen.
import {
  directionOf,
  initialLanguage,
  loadLocale,
  MessageChunks,
  supportedLocales,
  translate,
  type Locale,
  type Messages,
} from '../src/languages.js';
import builderMessages from '../src/generated/messages-en-builder.js';
import fallbackMessages from '../src/generated/messages-en-fallback.js';
import { toolsChunks } from '../src/generated/tools-chunks.js';

const english = { ...builderMessages, ...fallbackMessages };
/** A message of the builder or of the fallback sentences it writes. */
export type BuilderKey = keyof typeof english;

const tools = new MessageChunks(toolsChunks);

/** The builder's texts in one language. */
export interface BuilderText {
  locale: Locale;
  direction: 'ltr' | 'rtl';
  t: <K extends BuilderKey>(key: K, ...args: Parameters<Messages[K]>) => string;
}

/** The builder's texts in `locale`: English at once, another language once loaded (see `loadBuilderLanguage`). */
export function builderText(locale: Locale): BuilderText {
  return { locale, direction: directionOf(locale), t: (key, ...args) => translate(locale, english, key, ...args) };
}

/** Loads a language for the builder (its widgets' chunk and the tools' one), once; a failure leaves it to English. */
export async function loadBuilderLanguage(locale: Locale): Promise<BuilderText> {
  await Promise.all([loadLocale(locale), tools.load(locale)]);
  return builderText(locale);
}

/** Whether a language's builder texts have arrived. */
export function isBuilderLanguageLoaded(locale: Locale): boolean {
  return tools.isLoaded(locale);
}

export { initialLanguage, supportedLocales, type Locale };
