// What the embed builder offers for each element of the registry: the attributes a CMS editor is likely to set, with
// plain labels. A test holds this against the custom elements manifest, so a renamed or new attribute cannot be missed.
import { categories, categoryName, principles, regionName, regions, supportedLocales } from '../src/data.js';
import { elements, type ElementRecord } from '../src/generated/elements.js';

export type TagName = ElementRecord['tag'];

export type Field =
  | {
      kind: 'select';
      attribute: string;
      label: string;
      hint?: string;
      options: readonly (readonly [value: string, label: string])[];
      /** Each option names a language in that language, so it carries it as its lang. */
      optionsInTheirLanguage?: boolean;
    }
  | { kind: 'city'; attribute: string; label: string; hint?: string }
  | { kind: 'checkbox'; attribute: string; label: string; hint?: string }
  | { kind: 'number'; attribute: string; label: string; hint?: string; min: number; max: number }
  | { kind: 'text' | 'url'; attribute: string; label: string; hint?: string };

export interface ElementChoice {
  tag: TagName;
  label: string;
  fields: readonly Field[];
}

/** Attributes the builder leaves out on purpose, with the reason (a library's own data file needs a developer). */
export const leftOut: Readonly<Record<string, string>> = {
  src: 'a file of the library’s own records: see the README',
  country: 'the city filter covers what an editor needs',
};

const any = ['', 'Any'] as const;

const headingLevel: Field = {
  kind: 'select',
  attribute: 'heading-level',
  label: 'Heading level',
  hint: 'One below the heading of the section it sits in (h3 under an h2).',
  options: [['', 'Default (h3)'], ...[2, 3, 4, 5, 6].map((n) => [String(n), `h${n}`] as const)],
};

const compact: Field = { kind: 'checkbox', attribute: 'compact', label: 'Compact', hint: 'A smaller version for sidebars.' };

const principleOptions = principles.map((p) => [p.id, `${p.number}. ${p.title}`] as const);

/** What the builder calls each element and which of its attributes it offers. */
const offered: Readonly<Record<TagName, Omit<ElementChoice, 'tag'>>> = {
  'cc4dr-member-badge': {
    label: 'Member badge: is our city a member?',
    fields: [{ kind: 'city', attribute: 'city', label: 'City', hint: 'Your library’s city, in any common spelling.' }, compact],
  },
  'cc4dr-principle-card': {
    label: 'Principle card: one of the five principles',
    fields: [{ kind: 'select', attribute: 'principle', label: 'Principle', options: principleOptions }, compact, headingLevel],
  },
  'cc4dr-example-list': {
    label: 'Example list: good practice from member cities',
    fields: [
      { kind: 'select', attribute: 'principle', label: 'Principle', options: [any, ...principleOptions] },
      {
        kind: 'select',
        attribute: 'category',
        label: 'Kind of work',
        options: [any, ...categories.map((c) => [c, categoryName('en', c)] as const)],
      },
      { kind: 'city', attribute: 'city', label: 'City', hint: 'Leave empty for every city.' },
      { kind: 'checkbox', attribute: 'libraries', label: 'Only examples run by or with libraries' },
      { kind: 'number', attribute: 'limit', label: 'How many at most', hint: 'Leave empty for all.', min: 1, max: 50 },
      headingLevel,
    ],
  },
  'cc4dr-member-finder': {
    label: 'Member finder: search the member cities',
    fields: [
      {
        kind: 'select',
        attribute: 'region',
        label: 'Region',
        options: [['', 'All regions'], ...regions.map((r) => [r, regionName('en', r)] as const)],
      },
      { kind: 'text', attribute: 'query', label: 'Search already filled in', hint: 'Readers can change it.' },
      headingLevel,
    ],
  },
  'cc4dr-member-map': {
    label: 'Member map: the member cities on a world map',
    fields: [
      { kind: 'city', attribute: 'highlight', label: 'City to highlight' },
      { kind: 'checkbox', attribute: 'table', label: 'Show as a table at first' },
      {
        kind: 'checkbox',
        attribute: 'follow-selection',
        label: 'Follow the finder',
        hint: 'Highlights the city a reader picks in a member finder on the same page.',
      },
    ],
  },
  'cc4dr-get-involved': {
    label: 'Get involved: four next steps for a library',
    fields: [
      { kind: 'city', attribute: 'city', label: 'City', hint: 'Step 3 then says whether it is a member.' },
      { kind: 'url', attribute: 'examples-href', label: 'Link to your examples', hint: 'An address or #anchor on your site.' },
      { kind: 'url', attribute: 'finder-href', label: 'Link to a member finder', hint: 'An address or #anchor on your site.' },
      headingLevel,
    ],
  },
  'cc4dr-about': {
    label: 'About the coalition: a short introduction',
    fields: [compact, headingLevel],
  },
};

/** Every element of the registry, in its order. */
export const elementChoices: readonly ElementChoice[] = elements.map(({ tag }) => ({ tag, ...offered[tag] }));

/** Fields every element has. */
export const commonFields: readonly Field[] = [
  {
    kind: 'select',
    attribute: 'lang',
    label: 'Language',
    hint: 'The page’s own language if you leave it.',
    options: [['', 'The page’s language'], ...supportedLocales.map((l) => [l, languageName(l)] as const)],
    optionsInTheirLanguage: true,
  },
  {
    kind: 'select',
    attribute: 'theme',
    label: 'Colours',
    options: [
      ['', 'Follow the reader’s light or dark setting'],
      ['light', 'Always light'],
      ['dark', 'Always dark'],
    ],
  },
];

function languageName(locale: string): string {
  const own = new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
  return `${own.charAt(0).toLocaleUpperCase(locale)}${own.slice(1)}`;
}
