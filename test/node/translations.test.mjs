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
// "{title}. {text}", `check.fallbackItem` "{title}: {text}", `check.letter.addresseeCity` "{city}" (the city's line of the address, where the language
// writes no "Stadt", "Gemeente" before it) and `check.letter.inCity` "in {city}": brackets, commas, stops and "in" are
// written so in every language but Arabic's comma.
const formats = ['member.where', 'member.place'];
const sameAsEnglish = {
  es: [...formats, 'region.142', 'builder.widget', 'check.fallbackItem', 'check.letter.item'], // Asia, Widget
  ca: [...formats, 'region.009', 'check.fallbackItem', 'check.letter.addresseeCity', 'check.letter.item'], // Oceania
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
  de: [
    ...formats,
    'map.region',
    'builder.widget',
    'builder.field.region',
    'check.fallbackItem',
    'check.letter.inCity',
    'check.letter.item',
  ], // Region, Widget, Region, in
  nl: [
    'principle.short.privacy',
    ...formats,
    'builder.widget',
    'builder.field.compact',
    'check.fallbackItem',
    'check.letter.inCity',
    'check.letter.item',
  ], // Privacy, Widget, Compact, in
  pt: [...formats, 'builder.widget', 'check.fallbackItem', 'check.letter.addresseeCity', 'check.letter.item'], // Widget
  'pt-BR': [
    ...formats,
    'region.009',
    'builder.widget',
    'check.fallbackItem',
    'check.letter.addresseeCity',
    'check.letter.quoted',
    'check.letter.item',
  ], // Oceania, Widget, “{name}”
  ar: ['member.place', 'check.fallbackItem'],
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

it('there are the eight languages besides English the issues ask for (European and Brazilian Portuguese apart)', () => {
  assert.deepEqual([...locales].sort(), ['ar', 'ca', 'de', 'es', 'fr', 'nl', 'pt', 'pt-BR']);
});

// Brazilian Portuguese is written the Brazilian way, and European Portuguese the European way: the words that tell
// them apart most often in the widgets' texts.
describe('the two Portuguese', () => {
  const text = (locale) => Object.values(read(locale)).join('\n');
  const data = (locale) => readFileSync(new URL(`../../data/translations/${locale}.json`, import.meta.url), 'utf8');
  const european = /(?<!\p{L})(ficheiro|telemóvel|descarregar|sítio|Coligação|ecrã|equipa|contacto|utilizador|convosco|portáte)/iu;

  it('pt-BR has none of the European words and names the coalition as Brazilian city halls do', () => {
    assert.doesNotMatch(text('pt-BR') + data('pt-BR'), european);
    assert.match(read('pt-BR')['about.title'], /^Coalizão de Cidades pelos Direitos Digitais$/);
    assert.equal(read('pt-BR')['check.letter.greeting'], 'Prezados Senhores,');
    assert.equal(read('pt-BR')['check.letter.closing'], 'Atenciosamente,');
    assert.match(text('pt-BR'), /(?<!\p{L})arquivo(?!\p{L})/u);
    assert.match(data('pt-BR'), /(?<!\p{L})celular(?!\p{L})/u);
  });

  it('pt stays European', () => {
    assert.match(read('pt')['about.title'], /^Coligação\b/);
    assert.match(text('pt'), /(?<!\p{L})ficheiro(?!\p{L})/u);
  });
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

// Typography a native reader expects, in every message (src/l10n) and every data text the widgets show
// (data/activities.json, data/principles.json, data/translations). Only the prose is checked: ICU arguments become
// "{}", so "{title} : {text}" is checked as "{} : {}", and addresses (https://…) are left out.
const dataDir = new URL('../../data/', import.meta.url);
const readData = (file) => JSON.parse(readFileSync(new URL(file, dataDir), 'utf8'));

/** A message's prose: its text with every argument as "{}" and every plural or select case on a line of its own. */
function prose(tokens) {
  return tokens
    .map((token) => {
      if (token.type === 'content') return token.value;
      if (token.type === 'octothorpe') return '#';
      if (token.type === 'plural' || token.type === 'select' || token.type === 'selectordinal') {
        return token.cases.map((c) => `\n${prose(c.tokens)}\n`).join('');
      }
      return '{}';
    })
    .join('');
}

/** Every text a language shows, by where it comes from: "key" for messages, "activity.<id>.title" and so on for data. */
function textsOf(locale) {
  const texts = {};
  for (const [key, text] of Object.entries(locale === 'en' ? english : read(locale))) texts[key] = prose(parse(text));
  const data =
    locale === 'en'
      ? {
          activities: Object.fromEntries(readData('activities.json').activities.map((a) => [a.id, a])),
          principles: Object.fromEntries(readData('principles.json').principles.map((p) => [p.id, p])),
        }
      : readData(`translations/${locale}.json`);
  for (const [id, a] of Object.entries(data.activities)) {
    texts[`activity.${id}.title`] = a.title;
    texts[`activity.${id}.text`] = a.text;
  }
  for (const [id, p] of Object.entries(data.principles)) {
    // The English titles are quoted exactly from the Declaration, so only translated titles are ours to check.
    if (locale !== 'en') texts[`principle.${id}.title`] = p.title;
    texts[`principle.${id}.summary`] = p.summary;
    p.libraries.forEach((line, i) => (texts[`principle.${id}.libraries.${i}`] = line));
  }
  for (const key of Object.keys(texts)) texts[key] = texts[key].replace(/https?:\/\/\S+/g, '');
  return texts;
}

/** The keys of the texts in which `pattern` matches. */
const failing = (texts, test) =>
  Object.entries(texts)
    .filter(([, text]) => test(text))
    .map(([key]) => key);

describe('typography', () => {
  for (const locale of ['en', ...locales]) {
    it(`${locale}: one apostrophe, the typographic ’, wherever the language uses one`, () => {
      const texts = textsOf(locale);
      // Arabic, German, Spanish and Portuguese texts need no apostrophe; the others use ’ in every file.
      if (!Object.values(texts).some((t) => t.includes('’'))) return;
      assert.deepEqual(
        failing(texts, (t) => t.includes("'")),
        [],
      );
    });
  }

  it('fr: a non-breaking space before : and inside « », a narrow one before ; ? !, and never an ordinary one', () => {
    const texts = textsOf('fr');
    assert.deepEqual(
      failing(texts, (t) => /[^\u00A0]:/.test(t)),
      [],
      'before :',
    );
    assert.deepEqual(
      failing(texts, (t) => /«(?!\u00A0)|(?<!\u00A0)»/.test(t)),
      [],
      'inside « »',
    );
    assert.deepEqual(
      failing(texts, (t) => /(?<!\u202F)[;?!]/.test(t)),
      [],
      'before ; ? !',
    );
    assert.deepEqual(
      failing(texts, (t) => t.includes("'")),
      [],
      'straight apostrophe',
    );
  });

  it('es: every question opens with ¿ and every exclamation with ¡', () => {
    const texts = textsOf('es');
    // A sentence, from the end of the one before, that closes with ? or ! must have opened it too.
    const unopened = (t) => [...t.matchAll(/[^.:;?!\n]*([?!])/g)].some(([sentence, mark]) => !sentence.includes(mark === '?' ? '¿' : '¡'));
    assert.deepEqual(failing(texts, unopened), []);
  });

  it('de: quotations in „…“, never in straight double quotes', () => {
    const texts = textsOf('de');
    assert.deepEqual(
      failing(texts, (t) => t.includes('"')),
      [],
      'straight double quotes',
    );
    assert.deepEqual(
      failing(texts, (t) => (t.match(/„/g) ?? []).length !== (t.match(/“/g) ?? []).length || /”/.test(t)),
      [],
      'each „ closed by “',
    );
  });

  it('nl: the reader is always “u”, never “je”, “jij”, “jou” or “jouw”', () => {
    const texts = textsOf('nl');
    assert.deepEqual(
      failing(texts, (t) => /(?<!\p{L})(je|jij|jou|jouw|jezelf)(?!\p{L})/iu.test(t)),
      [],
    );
  });
});
