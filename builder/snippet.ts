// The snippet an editor copies: the script tag, pinned to this version, and the element with fallback content that
// reads well if the script never runs. Pure functions of the form's choices, so the preview and the copy agree.
import { coalition, findPrinciple, principleText } from '../src/data.js';
import { bestLocale, type Locale } from '../src/languages.js';
import { elements } from '../src/generated/elements.js';
import type { TagName } from './fields.js';
import { builderText, isBuilderLanguageLoaded, type BuilderText } from './language.js';

export interface Choices {
  tag: TagName;
  /** Attribute name to value; `true` for a boolean attribute. Empty values are left out. */
  attributes: Readonly<Record<string, string | boolean>>;
  /** Where the page loads the script from; undefined leaves the script tag out (it is already on the page). */
  script?: { from: 'cdn' } | { from: 'site'; path: string };
  /** Adds `blocking="render"`: the page is first shown with the widgets in place, so nothing moves when they appear. */
  holdFirstPaint?: boolean;
  /** Instead of the element: an iframe of the frame page at `url`, and, with `resizer`, the script that fits its height. */
  frame?: { url: string; resizer: boolean };
}

const { urls } = coalition;

export function cdnScriptUrl(version: string): string {
  return `https://cdn.jsdelivr.net/npm/cc4dr-widgets@${version}/dist/cc4dr-widgets.js`;
}

/** The attributes that will be written, in the form's order, without the empty ones. */
export function presentAttributes(choices: Choices): [string, string | true][] {
  return Object.entries(choices.attributes).filter((entry): entry is [string, string | true] => entry[1] !== '' && entry[1] !== false);
}

/** What readers see in place of a widget the script never reaches: a sentence with a link. */
export interface Fallback {
  /** The language it is written in, when the element sets none (the fallback then says which it is). */
  lang: Locale | undefined;
  text: string;
  link: string;
  href: string;
  after: string;
}

/**
 * A sentence and a link that say what the widget would have said, for readers the script never reaches: in the
 * widget's language once that has loaded (`loadBuilderLanguage`), else in the builder's (`ui`), marked as such.
 */
export function fallbackContent(choices: Choices, ui: BuilderText = builderText('en')): Fallback {
  const set = choices.attributes.lang;
  const widget = typeof set === 'string' && set ? bestLocale(set) : undefined;
  const text = widget && isBuilderLanguageLoaded(widget) ? builderText(widget) : ui;
  return { lang: text.locale === widget ? undefined : text.locale, ...fallbackText(choices, text) };
}

function fallbackText(choices: Choices, { locale, t }: BuilderText): Omit<Fallback, 'lang'> {
  const value = (name: string) => {
    const v = choices.attributes[name];
    return typeof v === 'string' ? v.trim() : '';
  };
  type LinkOnly = 'fallback.cities' | 'fallback.principles' | 'fallback.examples' | 'fallback.map' | 'fallback.involved' | 'fallback.about';
  const link = (key: LinkOnly, href: string) => ({ text: '', link: t(key), href, after: '' });
  switch (choices.tag) {
    case 'cc4dr-member-badge': {
      const city = value('city');
      return city
        ? { text: '', link: t('fallback.badgeCity', { city }), href: urls.cities, after: '' }
        : link('fallback.cities', urls.cities);
    }
    case 'cc4dr-principle-card': {
      const principle = findPrinciple(value('principle'));
      if (!principle) return link('fallback.principles', urls.principles);
      // The Declaration's name is the link: the sentence is split where it stands.
      const marker = '\u0000';
      const sentence = t('fallback.principle', {
        title: principleText(principle, locale).title,
        number: principle.number,
        declaration: marker,
      });
      const [text = '', after = ''] = sentence.split(marker);
      return { text, link: t('fallback.declaration'), href: urls.principles, after };
    }
    case 'cc4dr-example-list':
      return link('fallback.examples', urls.home);
    case 'cc4dr-member-finder':
      return link('fallback.cities', urls.cities);
    case 'cc4dr-member-map':
      return link('fallback.map', urls.cities);
    case 'cc4dr-get-involved':
      return link('fallback.involved', urls.iflaBriefing ?? urls.home);
    case 'cc4dr-about':
      return link('fallback.about', urls.about);
  }
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (s: string) => escapeText(s).replace(/"/g, '&quot;');

/** The resizer a host page may add once: it sets each frame's height to what the frame page reports. */
export const frameResizer = [
  `<script>addEventListener('message', (e) => { for (const f of document.querySelectorAll('iframe[data-cc4dr-frame]'))`,
  `  if (f.contentWindow === e.source && e.data?.type === 'cc4dr-frame-height') f.height = String(e.data.height); });</script>`,
].join('\n');

/** The frame page's address for these choices: the widget and each attribute as its query. */
export function frameAddress(choices: Choices, base: string): string {
  const query = new URLSearchParams({ widget: choices.tag.replace(/^cc4dr-/, '') });
  for (const [name, value] of presentAttributes(choices)) query.set(name, value === true ? '' : value);
  return `${base.trim() || './'}?${query.toString()}`;
}

/** For site builders that take only an iframe: the frame, titled by its fallback sentence, at the element's height. */
function frameSnippet(choices: Choices, frame: NonNullable<Choices['frame']>, ui: BuilderText): string {
  const height = elements.find((e) => e.tag === choices.tag)?.frameHeight ?? 400;
  const title = fallbackContent(choices, ui);
  const iframe =
    `<iframe data-cc4dr-frame src="${escapeAttribute(frameAddress(choices, frame.url))}" title="${escapeAttribute(`${title.text}${title.link}${title.after}`)}"` +
    ` width="100%" height="${height}" style="border: 0" loading="lazy"></iframe>`;
  return frame.resizer ? `${iframe}\n${frameResizer}` : iframe;
}

/** The complete snippet, ready to paste into a CMS's HTML view, its comment in the builder's language (`ui`). */
export function snippet(choices: Choices, version: string, ui: BuilderText = builderText('en')): string {
  if (choices.frame) return frameSnippet(choices, choices.frame, ui);
  const lines: string[] = [];
  if (choices.script) {
    const src = choices.script.from === 'cdn' ? cdnScriptUrl(version) : choices.script.path.trim() || '/cc4dr-widgets.js';
    lines.push(
      `<!-- ${escapeText(ui.t('builder.snippetComment', { version })).replace(/--/g, '- -')} -->`,
      `<script type="module" src="${escapeAttribute(src)}"${choices.holdFirstPaint ? ' blocking="render"' : ''}></script>`,
    );
  }
  const attributes = presentAttributes(choices)
    .map(([name, v]) => (v === true ? ` ${name}` : ` ${name}="${escapeAttribute(v)}"`))
    .join('');
  const fallback = fallbackContent(choices, ui);
  lines.push(
    `<${choices.tag}${attributes}>`,
    `  <p${fallback.lang ? ` lang="${fallback.lang}"` : ''}>${escapeText(fallback.text)}<a href="${escapeAttribute(fallback.href)}">${escapeText(fallback.link)}</a>${escapeText(fallback.after)}</p>`,
    `</${choices.tag}>`,
  );
  return lines.join('\n');
}
