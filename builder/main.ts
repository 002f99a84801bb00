// The builder page's entry: the package's version pins the snippet's script tag, and the page speaks the language
// its address asks for (`?lang=de`) or the browser's, switching with the builder's language menu.
import packageJson from '../package.json';
import { loadPlaces } from '../src/data.js';
import { mountBuilder } from './builder.js';
import { initialLanguage, loadBuilderLanguage, type BuilderText } from './language.js';

const page = document.getElementById('builder')!;
const title = page.querySelector('h1')!;
const intro = page.querySelector<HTMLElement>('.intro')!;

function showPage({ locale, direction, t }: BuilderText) {
  document.documentElement.lang = locale;
  document.documentElement.dir = direction;
  document.title = `${t('builder.pageTitle')}: cc4dr-widgets`;
  title.textContent = t('builder.pageTitle');
  intro.textContent = t('builder.intro');
}

// The city field says at once what the list says of a city, which needs the table of places that share a name.
const [text] = await Promise.all([loadBuilderLanguage(initialLanguage(location.search, navigator.languages)), loadPlaces()]);
showPage(text);
mountBuilder(page, { version: packageJson.version, lang: text.locale, onLanguageChange: showPage });
