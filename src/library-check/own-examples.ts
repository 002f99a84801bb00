// What a library ticked, as its own good-practice examples: records in the format <cc4dr-example-list> takes
// (data/schema/examples.schema.json), and the snippet that shows them on the library's site.
import { coalition } from '../core/data.js';
import { safeUrl } from '../core/safe-url.js';
import { escapeAttribute, escapeText, inlineJson, openingTag, scriptTag } from '../core/snippet.js';
import type { Category, Example, PrincipleId } from '../core/types.js';
import type { CheckItem } from './language.js';

/** The kind of example closest to something a library added itself, by the first principle it serves. */
const categoryOf: Record<PrincipleId, Category> = {
  access: 'universal-access',
  privacy: 'digital-rights-awareness',
  transparency: 'open-data-and-transparency',
  participation: 'participation',
  standards: 'open-data-and-transparency',
};

export interface OwnExamplesInput {
  /** What the library does, with the titles and sentences as edited for the snippet. */
  items: readonly CheckItem[];
  city: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  library: string;
  website: string;
  /** Today, YYYY-MM-DD: the day the library says it does these things. */
  today: string;
}

const limited = (text: string, max: number, otherwise: string) => text.trim().slice(0, max).trim() || otherwise;

/** The library's activities as its own examples, each a valid record of the example schema. */
export function ownExamples({ items, city, country, library, website, today }: OwnExamplesInput): Example[] {
  const site = website.trim() ? safeUrl(website.trim()) : undefined;
  const sources = site && /^https?:/.test(site) ? [{ url: site, title: limited(library, 200, site.slice(0, 200)) }] : [];
  return items.map((item) => ({
    id: `our-${item.id}`,
    title: limited(item.title, 200, item.activity?.title ?? item.id),
    city: limited(city, 100, country),
    country,
    year: Number(today.slice(0, 4)),
    principles: [...item.principles],
    category: item.activity?.category ?? categoryOf[item.principles[0] ?? 'access'],
    libraries: true,
    summary: limited(item.text, 800, item.activity?.text ?? item.title),
    sources,
    checked: today,
  }));
}

/**
 * The snippet for the library's site: the script tag loading `scriptAddress`, and an example list of the library
 * examples with the library's own among them (an inline script, so no file to host), whose fallback lists them for
 * readers without JavaScript.
 */
export function ownExamplesSnippet(
  examples: readonly Example[],
  fallback: { intro: string; link: string; item: (title: string, text: string) => string },
  scriptAddress: string,
): string {
  return [
    scriptTag(scriptAddress),
    openingTag('cc4dr-example-list', [['libraries', true]]),
    `  <script type="application/json">${inlineJson({ examples })}</script>`,
    `  <p>${escapeText(fallback.intro)}</p>`,
    '  <ul>',
    ...examples.map((e) => `    <li>${escapeText(fallback.item(e.title, e.summary))}</li>`),
    '  </ul>',
    `  <p><a href="${escapeAttribute(coalition.urls.home)}">${escapeText(fallback.link)}</a></p>`,
    '</cc4dr-example-list>',
  ].join('\n');
}
