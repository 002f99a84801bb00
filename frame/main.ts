// The iframe page's entry.
import { bestLocale } from '../src/languages.js';
import { reportHeight, showWidget } from './frame.js';
import { openLinksOutside } from './links.js';

showWidget(document.getElementById('widget')!, location.search);
if (window.parent !== window) {
  reportHeight();
  openLinksOutside(() => bestLocale(document.documentElement.lang));
}
