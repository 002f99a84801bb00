// The snippet an editor copies: the script tag, pinned to this version, and the element with fallback content that
// reads well if the script never runs. Pure functions of the form's choices, so the preview and the copy agree.
import { coalition, findPrinciple, principleText } from '../src/data.js';
import { bestLocale, cdnScriptUrl, escapeAttribute, escapeText, openingTag, scriptTag, type Locale } from '../src/languages.js';
import { elements } from '../src/generated/elements.js';
import type { TagName } from './fields.js';
import { builderText, isBuilderLanguageLoaded, type BuilderText } from './language.js';

export interface Choices {
  tag: TagName;
  /** Attribute name to value; `true` for a boolean attribute. Empty values are left out. */
  attributes: Readonly<Record<string, string | boolean>>;
  /** Where the page loads the script from; undefined leaves the script tag out (it is already on the page). */
  script?: { from: 'cdn' } | { from: 'site'; path: string };
  /**
   * Adds `blocking="render"`: the page is first shown with the widgets the script defines at once in place, so nothing
   * moves when they appear (the lists and larger boxes arrive after that first paint: the builder offers this only for
   * the others; see docs/embedding.md).
   */
  holdFirstPaint?: boolean;
  /**
   * Instead of the element: an iframe of the frame page at `url`, `height` px high (by default the registry's
   * `frameHeight`), and, with `resizer`, the script that fits its height to the widget.
   */
  frame?: { url: string; resizer: boolean; height?: number };
}

const { urls } = coalition;

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
  // The fallback the registry gives each element: a link, in the reader's language, to where the coalition says it.
  const { text: standard, href } = elements.find((e) => e.tag === choices.tag)!.fallback;
  const link = { text: '', link: t(standard), href: urls[href] ?? urls.home, after: '' };
  switch (choices.tag) {
    case 'cc4dr-member-badge': {
      const city = value('city');
      return city ? { ...link, link: t('fallback.badgeCity', { city }) } : link;
    }
    case 'cc4dr-principle-card': {
      const principle = findPrinciple(value('principle'));
      if (!principle) return link;
      // The Declaration's name is the link: the sentence is split where it stands.
      const marker = '\u0000';
      const sentence = t('fallback.principle', {
        title: principleText(principle, locale).title,
        number: principle.number,
        declaration: marker,
      });
      const [text = '', after = ''] = sentence.split(marker);
      return { ...link, text, link: t('fallback.declaration'), after };
    }
    default:
      return link;
  }
}

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

/** The height the iframe is given: the one measured for these choices, else the registry's for the element. */
export function frameHeight(choices: Choices): number {
  return choices.frame?.height ?? elements.find((e) => e.tag === choices.tag)!.frameHeight;
}

/**
 * For site builders that take only an iframe: the frame, titled by its fallback sentence, at a height that holds the
 * widget on a phone. `clipboard-write` lets the library check's copy buttons work in a frame from another site.
 */
function frameSnippet(choices: Choices, frame: NonNullable<Choices['frame']>, ui: BuilderText): string {
  const title = fallbackContent(choices, ui);
  const iframe =
    `<iframe data-cc4dr-frame src="${escapeAttribute(frameAddress(choices, frame.url))}" title="${escapeAttribute(`${title.text}${title.link}${title.after}`)}"` +
    ` width="100%" height="${frameHeight(choices)}" style="border: 0" allow="clipboard-write" loading="lazy"></iframe>`;
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
      scriptTag(src, choices.holdFirstPaint),
    );
  }
  const fallback = fallbackContent(choices, ui);
  lines.push(
    openingTag(choices.tag, presentAttributes(choices)),
    `  <p${fallback.lang ? ` lang="${fallback.lang}"` : ''}>${escapeText(fallback.text)}<a href="${escapeAttribute(fallback.href)}">${escapeText(fallback.link)}</a>${escapeText(fallback.after)}</p>`,
    `</${choices.tag}>`,
  );
  return lines.join('\n');
}
