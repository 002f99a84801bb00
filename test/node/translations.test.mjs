// Every language has every message, with the same placeholders, and nothing left in English by mistake.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parse } from '@messageformat/parser';
import { elements } from '../../scripts/elements.mjs';

const dir = new URL('../../src/l10n/', import.meta.url);
const read = (locale) => JSON.parse(readFileSync(new URL(`${locale}.json`, dir), 'utf8'));
const english = read('en');
const locales = readdirSync(dir)
  .map((f) => f.replace('.json', ''))
  .filter((l) => l !== 'en');

/** Words that are the same in English and in that language (checked one by one, not a loophole). */
// `member.place` is only "{city} ({where})", `member.where` "{subdivision}, {country}", `check.letter.item`
// "{title}. {text}", `check.letter.addresseeCity` "{city}" (the city's line of the address, where the language
// writes no "Stadt", "Gemeente" before it) and `check.letter.inCity` "in {city}": brackets, commas, stops and "in" are
// written so in every language but Arabic's comma.
const formats = ['member.where', 'member.place'];
const sameAsEnglish = {
  es: [...formats, 'region.142', 'builder.widget', 'check.letter.item'], // Asia, Widget
  ca: [...formats, 'region.009', 'check.letter.addresseeCity', 'check.letter.item'], // Oceania
  fr: [
    'principle.short.participation',
    'category.participation',
    'list.sources',
    ...formats,
    'region.150',
    'builder.widget',
    'builder.field.compact',
    'check.letter.addresseeCity',
    'check.letter.item',
  ], // Participation, Sources, Europe, Widget, Compact
  de: [...formats, 'map.region', 'builder.widget', 'builder.field.region', 'check.letter.inCity', 'check.letter.item'], // Region, Widget, Region, in
  nl: ['principle.short.privacy', ...formats, 'builder.widget', 'builder.field.compact', 'check.letter.inCity', 'check.letter.item'], // Privacy, Widget, Compact, in
  pt: [...formats, 'builder.widget', 'check.letter.addresseeCity', 'check.letter.item'], // Widget
  ar: ['member.place', 'check.letter.item'],
};

/** Argument names and, per plural, its cases. */
function shape(tokens, found = { args: new Set(), plurals: [] }) {
  for (const token of tokens) {
    if (token.type === 'argument' || token.type === 'function') found.args.add(token.arg);
    if (token.type === 'plural' || token.type === 'select' || token.type === 'selectordinal') {
      found.args.add(token.arg);
      if (token.type === 'plural') found.plurals.push(token.cases.map((c) => c.key));
      for (const c of token.cases) shape(c.tokens, found);
    }
  }
  return found;
}

it('there are the seven languages the issue asks for', () => {
  assert.deepEqual([...locales].sort(), ['ar', 'ca', 'de', 'es', 'fr', 'nl', 'pt']);
});

for (const locale of locales) {
  describe(`${locale} messages`, () => {
    const messages = read(locale);

    it('have every key and no other', () => {
      assert.deepEqual(Object.keys(messages).sort(), Object.keys(english).sort());
    });

    it('keep every placeholder and give every plural its categories', () => {
      const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
      for (const [key, text] of Object.entries(messages)) {
        const found = shape(parse(text));
        assert.deepEqual([...found.args].sort(), [...shape(parse(english[key])).args].sort(), key);
        for (const cases of found.plurals) {
          assert.ok(cases.includes('other'), `${key}: plural without "other"`);
          // Arabic grammar needs each of its six forms; elsewhere "other" may stand for the rarer ones.
          if (locale === 'ar') for (const c of categories) assert.ok(cases.includes(c), `${key}: no "${c}" case`);
        }
      }
    });

    it('leave nothing in English except words the two languages share', () => {
      const same = Object.keys(english).filter((key) => messages[key] === english[key]);
      assert.deepEqual(same, sameAsEnglish[locale] ?? []);
    });
  });
}

// English arrives in groups (src/generated/messages-en-<group>.js). An element carries the groups the registry lists
// for it; any other module passes the group it shows to translate(), and so imports it. A group shown but not carried
// would fail in an npm entry that happens not to include it otherwise; a group carried but never shown is dead weight.
describe('each module carries the English message groups it shows, and no other', () => {
  const groups = new Set(Object.keys(english).map((key) => key.split('.')[0]));
  const sourceFiles = (folder) =>
    readdirSync(new URL(`../../${folder}/`, import.meta.url), { recursive: true })
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts') && !file.startsWith('generated'))
      .map((file) => `${folder}/${file}`);
  const read = (file) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
  const shownIn = (source) => new Set([...source.matchAll(/['"`]([a-z]+)\.[\w$]/g)].map((m) => m[1]).filter((group) => groups.has(group)));
  const elementFolders = new Set(elements.map((e) => `src/${e.name}/`));

  for (const element of elements) {
    it(`<${element.tag}>: the registry's groups are the ones its folder shows`, () => {
      const shown = new Set(sourceFiles(`src/${element.name}`).flatMap((file) => [...shownIn(read(file))]));
      assert.deepEqual([...element.messages].sort(), [...shown].sort());
    });
  }

  for (const file of sourceFiles('src').filter((f) => ![...elementFolders].some((folder) => f.startsWith(folder)))) {
    const shown = shownIn(read(file));
    if (!shown.size) continue;
    it(file, () => {
      const imported = new Set([...read(file).matchAll(/messages-en-([a-z]+)\.js/g)].map((m) => m[1]));
      assert.deepEqual(
        [...shown].filter((group) => !imported.has(group)),
        [],
      );
    });
  }

  // The embed builder shows its messages through builder/language.ts, which carries their English.
  it('the embed builder', () => {
    const files = sourceFiles('builder');
    const shown = new Set(files.flatMap((file) => [...shownIn(read(file))]));
    const imported = new Set(files.flatMap((file) => [...read(file).matchAll(/messages-en-([a-z]+)\.js/g)].map((m) => m[1])));
    assert.deepEqual(
      [...shown].filter((group) => !imported.has(group)),
      [],
    );
  });
});
