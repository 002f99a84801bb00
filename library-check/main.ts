// The library check page (dist/library-check/), for library associations to host: the check in the language its
// address asks for (`?lang=de`) or the browser's, started with the library's details the address gives
// (`?city=Wien&country=AT&library=Stadtbibliothek`).
import aboutMessages from '../src/generated/messages-en-about.js';
import { directionOf, initialLanguage, loadLocale, translate } from '../src/languages.js';

const query = new URLSearchParams(location.search);
const locale = initialLanguage(location.search, navigator.languages);
document.documentElement.lang = locale;
document.documentElement.dir = directionOf(locale);
const check = document.querySelector('cc4dr-library-check')!;
for (const name of ['city', 'country', 'library']) {
  const value = query.get(name)?.trim();
  if (value) check.setAttribute(name, value.slice(0, 200));
}
await loadLocale(locale);
const title = translate(locale, aboutMessages, 'about.title');
document.title = title;
document.querySelector('h1')!.textContent = title;
