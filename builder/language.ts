// The builder's own language: its interface and the fallback sentences it writes, from the library's message files.
// English is bundled; every other language is the widgets' chunk of that language plus a small chunk of the tools'
// messages, both fetched from the builder's own location when chosen.
import {
  addMessages,
  bestLocale,
  directionOf,
  loadLocale,
  supportedLocales,
  translate,
  type Locale,
  type Messages,
} from '../src/languages.js';
import builderMessages from '../src/generated/messages-en-builder.js';
import fallbackMessages from '../src/generated/messages-en-fallback.js';

const english = { ...builderMessages, ...fallbackMessages };
/** A message of the builder or of the fallback sentences it writes. */
export type BuilderKey = keyof typeof english;

const toolLoaders: Record<Exclude<Locale, 'en'>, () => Promise<{ default: Partial<Messages> }>> = {
  es: () => import('../src/generated/messages-es-tools.js'),
  ca: () => import('../src/generated/messages-ca-tools.js'),
  fr: () => import('../src/generated/messages-fr-tools.js'),
  de: () => import('../src/generated/messages-de-tools.js'),
  nl: () => import('../src/generated/messages-nl-tools.js'),
  pt: () => import('../src/generated/messages-pt-tools.js'),
  ar: () => import('../src/generated/messages-ar-tools.js'),
};
const loading = new Map<Locale, Promise<void>>([['en', Promise.resolve()]]);
const loaded = new Set<Locale>(['en']);

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
  let pending = loading.get(locale);
  if (!pending) {
    pending = Promise.all([
      loadLocale(locale),
      locale === 'en'
        ? undefined
        : toolLoaders[locale]().then(
            (module) => addMessages(locale, module.default),
            (error: unknown) => console.warn(`cc4dr-widgets: the builder's ${locale} messages could not be loaded (${String(error)}).`),
          ),
    ]).then(() => void loaded.add(locale));
    loading.set(locale, pending);
  }
  await pending;
  return builderText(locale);
}

/** Whether a language's builder texts have arrived. */
export function isBuilderLanguageLoaded(locale: Locale): boolean {
  return loaded.has(locale);
}

/** The language to open the builder in: `?lang=` if it names one of ours, else the browser's first, else English. */
export function initialLanguage(search: string, preferred: readonly string[]): Locale {
  const asked = new URLSearchParams(search).get('lang');
  for (const tag of [asked, ...preferred]) {
    if (!tag) continue;
    const locale = bestLocale(tag);
    if (locale !== 'en' || tag.toLowerCase().startsWith('en')) return locale;
  }
  return 'en';
}

export { supportedLocales, type Locale };
