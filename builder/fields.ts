// What the embed builder offers for each element of the registry: the attributes a CMS editor is likely to set, with
// plain labels in the builder's language. A test holds this against the custom elements manifest, so a renamed or new
// attribute cannot be missed.
import { categories, categoryName, principles, principleText, regionName, regions } from '../src/data.js';
import { elements, type ElementRecord } from '../src/generated/elements.js';
import { languageName, supportedLocales } from '../src/languages.js';
import type { BuilderKey, BuilderText } from './language.js';

export type TagName = ElementRecord['tag'];

export type Option = readonly [value: string, label: string];

interface Described {
  attribute: string;
  label: BuilderKey;
  hint?: BuilderKey;
}

export type Field =
  | (Described & {
      kind: 'select';
      /** The choices, named in the builder's language. */
      options: (text: BuilderText) => readonly Option[];
      /** Each option names a language in that language, so it carries it as its lang. */
      optionsInTheirLanguage?: boolean;
    })
  | (Described & {
      kind: 'city';
      /** The element takes `country`: the builder fills it from the city the editor picks, so that same-name places are told apart. */
      fillsCountry?: boolean;
    })
  | (Described & { kind: 'checkbox' | 'text' | 'url' })
  | (Described & { kind: 'number'; min: number; max: number });

export interface ElementChoice {
  tag: TagName;
  label: BuilderKey;
  fields: readonly Field[];
  /**
   * Whether the script tag defines the element at once, so that a page holding its first paint for the script shows it
   * in place; the lists and larger boxes are fetched once a page has one, after that paint.
   */
  shownBeforeFirstPaint: boolean;
}

/** Attributes the builder leaves out on purpose, with the reason (a library's own data file needs a developer). */
export const leftOut: Readonly<Record<string, string>> = {
  src: 'a file of the library’s own records: see the README',
  country: 'filled from the city the editor picks (a field with fillsCountry)',
};

const any = (text: BuilderText): Option => ['', text.t('builder.option.any')];

const headingLevel: Field = {
  kind: 'select',
  attribute: 'heading-level',
  label: 'builder.field.headingLevel',
  hint: 'builder.hint.headingLevel',
  options: (text) => [['', text.t('builder.option.defaultLevel')], ...[2, 3, 4, 5, 6].map((n) => [String(n), `h${n}`] as const)],
};

const compact: Field = { kind: 'checkbox', attribute: 'compact', label: 'builder.field.compact', hint: 'builder.hint.compact' };

const principleOptions = ({ locale }: BuilderText): Option[] =>
  principles.map((p) => [p.id, `${p.number}. ${principleText(p, locale).title}`]);

/** Which attributes of each element the builder offers. */
const offered: Readonly<Record<TagName, readonly Field[]>> = {
  'cc4dr-member-badge': [
    { kind: 'city', attribute: 'city', label: 'builder.field.city', hint: 'builder.hint.badgeCity', fillsCountry: true },
    compact,
  ],
  'cc4dr-principle-card': [
    { kind: 'select', attribute: 'principle', label: 'builder.field.principle', options: principleOptions },
    compact,
    headingLevel,
  ],
  'cc4dr-example-list': [
    { kind: 'select', attribute: 'principle', label: 'builder.field.principle', options: (text) => [any(text), ...principleOptions(text)] },
    {
      kind: 'select',
      attribute: 'category',
      label: 'builder.field.category',
      options: (text) => [any(text), ...categories.map((c) => [c, categoryName(text.locale, c)] as const)],
    },
    { kind: 'city', attribute: 'city', label: 'builder.field.city', hint: 'builder.hint.listCity', fillsCountry: true },
    { kind: 'checkbox', attribute: 'libraries', label: 'builder.field.libraries' },
    { kind: 'number', attribute: 'limit', label: 'builder.field.limit', hint: 'builder.hint.limit', min: 1, max: 50 },
    headingLevel,
  ],
  'cc4dr-member-finder': [
    {
      kind: 'select',
      attribute: 'region',
      label: 'builder.field.region',
      options: (text) => [['', text.t('builder.option.allRegions')], ...regions.map((r) => [r, regionName(text.locale, r)] as const)],
    },
    { kind: 'text', attribute: 'query', label: 'builder.field.query', hint: 'builder.hint.query' },
    headingLevel,
  ],
  'cc4dr-member-map': [
    { kind: 'city', attribute: 'highlight', label: 'builder.field.highlight' },
    { kind: 'checkbox', attribute: 'table', label: 'builder.field.table' },
    { kind: 'checkbox', attribute: 'follow-selection', label: 'builder.field.followSelection', hint: 'builder.hint.followSelection' },
  ],
  'cc4dr-get-involved': [
    { kind: 'city', attribute: 'city', label: 'builder.field.city', hint: 'builder.hint.involvedCity', fillsCountry: true },
    { kind: 'url', attribute: 'examples-href', label: 'builder.field.examplesHref', hint: 'builder.hint.link' },
    { kind: 'url', attribute: 'finder-href', label: 'builder.field.finderHref', hint: 'builder.hint.link' },
    { kind: 'url', attribute: 'check-href', label: 'builder.field.checkHref', hint: 'builder.hint.link' },
    headingLevel,
  ],
  'cc4dr-about': [compact, headingLevel],
  'cc4dr-library-check': [
    { kind: 'city', attribute: 'city', label: 'builder.field.city', hint: 'builder.hint.checkCity', fillsCountry: true },
    { kind: 'text', attribute: 'library', label: 'builder.field.library', hint: 'builder.hint.library' },
    headingLevel,
  ],
};

/** Every element of the registry, in its order, named by its message `builder.element.<name>`. */
export const elementChoices: readonly ElementChoice[] = elements.map((record) => ({
  tag: record.tag,
  label: `builder.element.${record.name}`,
  fields: offered[record.tag],
  shownBeforeFirstPaint: !('scriptTag' in record),
}));

/** Fields every element has. */
export const commonFields: readonly Field[] = [
  {
    kind: 'select',
    attribute: 'lang',
    label: 'builder.field.lang',
    hint: 'builder.hint.lang',
    options: (text) => [['', text.t('builder.option.pageLanguage')], ...supportedLocales.map((l) => [l, languageName(l)] as const)],
    optionsInTheirLanguage: true,
  },
  {
    kind: 'select',
    attribute: 'theme',
    label: 'builder.field.theme',
    options: (text) => [
      ['', text.t('builder.option.themePage')],
      ['auto', text.t('builder.option.themeAuto')],
      ['light', text.t('builder.option.themeLight')],
      ['dark', text.t('builder.option.themeDark')],
    ],
  },
];
