// The snippet an editor copies: the script tag, pinned to this version, and the element with fallback content that
// reads well if the script never runs. Pure functions of the form's choices, so the preview and the copy agree.
import { coalition, findPrinciple } from '../src/data.js';
import type { TagName } from './fields.js';

export interface Choices {
  tag: TagName;
  /** Attribute name to value; `true` for a boolean attribute. Empty values are left out. */
  attributes: Readonly<Record<string, string | boolean>>;
  /** Where the page loads the script from; undefined leaves the script tag out (it is already on the page). */
  script?: { from: 'cdn' } | { from: 'site'; path: string };
  /** Adds `blocking="render"`: the page is first shown with the widgets in place, so nothing moves when they appear. */
  holdFirstPaint?: boolean;
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
  /** `en` when the widget is set to another language: the fallback is written in English, and says so. */
  lang: 'en' | undefined;
  text: string;
  link: string;
  href: string;
  after: string;
}

/** A sentence and a link that say what the widget would have said, for readers the script never reaches. */
export function fallbackContent(choices: Choices): Fallback {
  const lang = choices.attributes.lang;
  return { lang: typeof lang === 'string' && lang !== '' && lang !== 'en' ? 'en' : undefined, ...fallbackText(choices) };
}

function fallbackText(choices: Choices): Omit<Fallback, 'lang'> {
  const value = (name: string) => {
    const v = choices.attributes[name];
    return typeof v === 'string' ? v.trim() : '';
  };
  switch (choices.tag) {
    case 'cc4dr-member-badge': {
      const city = value('city');
      return city
        ? { text: '', link: `Is ${city} in the Cities Coalition for Digital Rights?`, href: urls.cities, after: '' }
        : { text: '', link: 'Member cities of the Cities Coalition for Digital Rights', href: urls.cities, after: '' };
    }
    case 'cc4dr-principle-card': {
      const principle = findPrinciple(value('principle'));
      return principle
        ? {
            text: `${principle.title}: principle ${principle.number} of the `,
            link: 'Declaration of Cities Coalition for Digital Rights',
            href: urls.principles,
            after: '.',
          }
        : { text: '', link: 'The principles of the Cities Coalition for Digital Rights', href: urls.principles, after: '' };
    }
    case 'cc4dr-example-list':
      return { text: '', link: 'Good practice from the Cities Coalition for Digital Rights', href: urls.home, after: '' };
    case 'cc4dr-member-finder':
      return { text: '', link: 'Member cities of the Cities Coalition for Digital Rights', href: urls.cities, after: '' };
    case 'cc4dr-member-map':
      return { text: '', link: 'Map of the member cities of the Cities Coalition for Digital Rights', href: urls.cities, after: '' };
    case 'cc4dr-get-involved':
      return {
        text: '',
        link: 'How libraries can take part in the Cities Coalition for Digital Rights',
        href: urls.iflaBriefing,
        after: '',
      };
    case 'cc4dr-about':
      return { text: '', link: 'About the Cities Coalition for Digital Rights', href: urls.about, after: '' };
  }
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (s: string) => escapeText(s).replace(/"/g, '&quot;');

/** The complete snippet, ready to paste into a CMS's HTML view. */
export function snippet(choices: Choices, version: string): string {
  const lines: string[] = [];
  if (choices.script) {
    const src = choices.script.from === 'cdn' ? cdnScriptUrl(version) : choices.script.path.trim() || '/cc4dr-widgets.js';
    lines.push(
      `<!-- Cities Coalition for Digital Rights widgets (cc4dr-widgets ${version}): load this script once per page. -->`,
      `<script type="module" src="${escapeAttribute(src)}"${choices.holdFirstPaint ? ' blocking="render"' : ''}></script>`,
    );
  }
  const attributes = presentAttributes(choices)
    .map(([name, v]) => (v === true ? ` ${name}` : ` ${name}="${escapeAttribute(v)}"`))
    .join('');
  const fallback = fallbackContent(choices);
  lines.push(
    `<${choices.tag}${attributes}>`,
    `  <p${fallback.lang ? ` lang="${fallback.lang}"` : ''}>${escapeText(fallback.text)}<a href="${escapeAttribute(fallback.href)}">${escapeText(fallback.link)}</a>${escapeText(fallback.after)}</p>`,
    `</${choices.tag}>`,
  );
  return lines.join('\n');
}
