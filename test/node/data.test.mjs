import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import Ajv from 'ajv';
import { checkData, readData } from '../../scripts/data-check.mjs';
import { checkIntegrity, checkNotes, checkOwnWords, checkSharedNames, checkYears, isCountryCode } from '../../scripts/data-rules.mjs';
import { buildPlaces } from '../../scripts/places.mjs';

const read = (path) => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));
const files = ['principles', 'examples', 'members', 'coalition', 'activities', 'places'];
const data = Object.fromEntries(files.map((name) => [name, read(`data/${name}.json`)]));

const ajv = new Ajv({ allErrors: true });
for (const file of readdirSync(new URL('../../data/schema/', import.meta.url))) ajv.addSchema(read(`data/schema/${file}`));
const schemaFor = (name) => ajv.getSchema(`https://cc4dr-widgets.invalid/schema/${name}.schema.json`);
const clone = () => structuredClone(data);

describe('data files', () => {
  for (const name of files) {
    it(`${name}.json matches its schema`, () => {
      const validate = schemaFor(name);
      assert.ok(validate(data[name]), ajv.errorsText(validate.errors));
    });
  }

  it('hold the five principles, at least 15 examples (the briefing’s five among them) and every researched city', () => {
    assert.equal(data.principles.principles.length, 5);
    assert.ok(data.examples.examples.length >= 15);
    const briefing = ['São Paulo', 'Austin', 'Glasgow', 'New York City', 'Grenoble'];
    for (const city of briefing)
      assert.ok(
        data.examples.examples.some((e) => e.city === city && e.libraries),
        city,
      );
    assert.equal(data.members.members.length, 50);
    assert.deepEqual(data.coalition.founders, ['amsterdam', 'barcelona', 'new-york-city']);
  });

  it('include sample files for libraries that match the published schemas', () => {
    const examples = read('data/samples/library-examples.json');
    const members = read('data/samples/library-members.json');
    const item = (file, def) => ajv.getSchema(`https://cc4dr-widgets.invalid/schema/${file}.schema.json#/definitions/${def}`);
    for (const record of examples.examples) assert.ok(item('examples', 'example')(record), record.id);
    for (const record of members.members) assert.ok(item('members', 'member')(record), record.id);
    const bundledIds = new Set([...data.examples.examples, ...data.members.members].map((r) => r.id));
    for (const record of [...examples.examples, ...members.members]) assert.ok(!bundledIds.has(record.id), record.id);
  });

  it('have our translation of every principle text in each of the eight languages, point for point', () => {
    const dir = new URL('../../data/translations/', import.meta.url);
    const files = readdirSync(dir);
    assert.deepEqual(files.map((f) => f.replace('.json', '')).sort(), ['ar', 'ca', 'de', 'es', 'fr', 'nl', 'pt', 'pt-BR']);
    for (const file of files) {
      const translation = read(`data/translations/${file}`);
      const validate = schemaFor('translations');
      assert.ok(validate(translation), `${file}: ${ajv.errorsText(validate.errors)}`);
      assert.equal(translation.language, file.replace('.json', ''));
      for (const p of data.principles.principles) {
        const t = translation.principles[p.id];
        assert.equal(t.libraries.length, p.libraries.length, `${file} ${p.id}`);
        assert.notEqual(t.summary, p.summary, `${file} ${p.id}: the summary is still English`);
      }
    }
  });

  it('have nineteen things libraries do, under all five principles, and our translation of each, point for point', () => {
    const { activities } = data.activities;
    assert.equal(activities.length, 19);
    assert.deepEqual([...new Set(activities.map((a) => a.principle))], ['access', 'privacy', 'transparency', 'participation', 'standards']);
    for (const file of readdirSync(new URL('../../data/translations/', import.meta.url))) {
      const translated = read(`data/translations/${file}`).activities;
      assert.deepEqual(
        Object.keys(translated),
        activities.map((a) => a.id),
        file,
      );
      for (const a of activities) {
        assert.notEqual(translated[a.id].title, a.title, `${file} ${a.id}: the title is still English`);
        assert.notEqual(translated[a.id].text, a.text, `${file} ${a.id}: the sentence is still English`);
      }
    }
  });

  it('quote the official titles exactly', () => {
    assert.deepEqual(
      data.principles.principles.map((p) => p.title),
      [
        'Universal and equal access to the internet, and digital literacy',
        'Privacy, data protection and security',
        'Transparency, accountability, and non-discrimination of data, content and algorithms',
        'Participatory Democracy, diversity and inclusion',
        'Open and ethical digital service standards',
      ],
    );
  });

  it('are consistent with each other', () => {
    assert.deepEqual(checkIntegrity(data), []);
  });
});

describe('schemas and integrity checks reject bad data', () => {
  const rejectsBySchema = (name, mutate) => {
    const copy = clone();
    mutate(copy);
    assert.equal(schemaFor(name)(copy[name]), false);
  };
  const rejectsByIntegrity = (mutate, pattern) => {
    const copy = clone();
    mutate(copy);
    assert.match(checkIntegrity(copy, '2026-11-22').join('\n'), pattern);
  };

  it('an unknown principle id', () => {
    rejectsBySchema('examples', (d) => (d.examples.examples[0].principles = ['freedom']));
    rejectsBySchema('principles', (d) => (d.principles.principles[0].id = 'freedom'));
  });
  it('a duplicate id', () => {
    rejectsByIntegrity((d) => (d.examples.examples[1].id = d.examples.examples[0].id), /duplicate id/);
    rejectsByIntegrity((d) => (d.members.members[1].id = d.members.members[0].id), /duplicate id/);
  });
  it('a bad ISO country code', () => {
    rejectsBySchema('members', (d) => (d.members.members[0].country = 'nl'));
    rejectsByIntegrity((d) => (d.members.members[0].country = 'XX'), /unknown country code XX/);
    assert.equal(isCountryCode('AT'), true);
    assert.equal(isCountryCode('ZZ'), false);
  });
  it('a missing source', () => {
    // A library's own example may vouch for itself; a bundled one may not.
    rejectsByIntegrity((d) => (d.examples.examples[0].sources = []), /example [a-z-]+: no source/);
    rejectsBySchema('members', (d) => delete d.members.members[0].sources);
    rejectsByIntegrity((d) => (d.members.members[0].sources = []), /no source/);
  });
  it('a date in the future or not a real date', () => {
    rejectsByIntegrity((d) => (d.examples.examples[0].checked = '2099-01-01'), /2099-01-01 is not a real date up to today/);
    rejectsByIntegrity((d) => (d.members.checked = '2026-02-30'), /2026-02-30 is not a real date/);
    rejectsBySchema('members', (d) => (d.members.checked = '22/11/2026'));
  });
  it('an unsafe link', () => {
    rejectsBySchema('examples', (d) => (d.examples.examples[0].sources[0].url = 'javascript:alert(1)'));
    rejectsBySchema('coalition', (d) => (d.coalition.urls.home = 'data:text/html,hi'));
  });
  it('a founder that is not a member, and an unknown field', () => {
    rejectsByIntegrity((d) => (d.coalition.founders = ['atlantis']), /founder atlantis/);
    rejectsBySchema('examples', (d) => (d.examples.examples[0].onclick = 'x'));
  });
});

describe('npm run data:check', () => {
  const input = readData();
  const withData = (mutate) => {
    const copy = structuredClone(input);
    mutate(copy.data);
    return checkData(copy).join('\n');
  };

  it('finds nothing wrong in the bundled data', () => {
    assert.deepEqual(checkData(input), []);
  });

  it('refuses a year that no cited source states', () => {
    assert.match(
      withData((d) => delete d.examples.examples.find((e) => e.year !== null).yearSource),
      /example [a-z-]+: year \d{4} has no yearSource/,
    );
    assert.match(
      withData((d) => (d.members.members.find((m) => m.id === 'toronto').joinedSource = 'https://example.org/elsewhere')),
      /member toronto: joinedSource: https:\/\/example.org\/elsewhere is not one of its sources/,
    );
    assert.match(
      withData((d) => (d.members.members.find((m) => m.id === 'vienna').joined = 2019)),
      /member vienna: joined 2019 has no joinedSource[\s\S]*memberBy is for cities whose year is unknown/,
    );
    assert.deepEqual(checkYears(data), []);
  });

  it('dates a membership only from a source that lists it', () => {
    assert.match(
      withData((d) => (d.members.members.find((m) => m.id === 'vienna').memberBySource = 'https://example.org/')),
      /member vienna: memberBySource: https:\/\/example.org\/ is not one of its sources/,
    );
    assert.match(
      withData((d) => (d.members.members.find((m) => m.id === 'vienna').memberBy = '2099-01')),
      /memberBy 2099-01 is not a real date up to today/,
    );
  });

  it('dates a decision to join only from a source that states it, and never as the year of joining', () => {
    assert.match(
      withData((d) => (d.members.members.find((m) => m.id === 'munich').decidedSource = 'https://example.org/')),
      /member munich: decidedSource: https:\/\/example.org\/ is not one of its sources/,
    );
    assert.match(
      withData((d) => (d.members.members.find((m) => m.id === 'cologne').joined = 2024)),
      /member cologne: joined 2024 has no joinedSource[\s\S]*decided is for cities whose year of joining is unknown/,
    );
    assert.match(
      withData((d) => (d.members.members.find((m) => m.id === 'munich').decided = 2999)),
      /decided 2999 is in the future/,
    );
  });

  it('keeps the members that share a name with other places apart from them, as the gazetteer lists those places', () => {
    const shared = Object.keys(data.places.sameNames);
    assert.ok(
      ['vienna', 'portland', 'london', 'boston', 'kansas-city', 'new-york-city'].every((id) => shared.includes(id)),
      shared.join(),
    );
    assert.deepEqual(data.places.sameNames.portland.portland.slice(0, 2), [
      ['US', 'ME'],
      ['US', 'TX'],
    ]);
    assert.deepEqual(data.places.sameNames['new-york-city'].brooklyn[0], ['US', 'OH']);
    // Where another place is in the same country, the member's state says which one it is, or the data says it cannot.
    const stated = data.members.members
      .filter((m) => m.subdivision || m.subdivisionUnknown)
      .map((m) => [m.id, m.subdivision?.name ?? 'unknown']);
    assert.deepEqual(stated, [
      ['austin', 'Texas'],
      ['cary', 'unknown'],
      ['kansas-city', 'unknown'],
      ['philadelphia', 'Pennsylvania'],
      ['portland', 'Oregon'],
      ['long-beach', 'California'],
      ['boston', 'Massachusetts'],
    ]);
    assert.deepEqual(checkSharedNames(data), []);
    assert.match(
      withData((d) => delete d.members.members.find((m) => m.id === 'boston').subdivision),
      /member boston: a place in US shares its name: give its subdivision, or subdivisionUnknown/,
    );
    assert.match(
      withData((d) => (d.members.members.find((m) => m.id === 'vienna').subdivision = { name: 'Vienna' })),
      /member vienna: a subdivision is given only to tell it from a place of the same name in its own country/,
    );
    assert.match(
      withData((d) => delete d.places.own.vienna),
      /member vienna: data\/places.json does not have its place/,
    );
  });

  it('ships data/places.json as the gazetteer gives it, with each member’s state where the data names one', () => {
    const { places, problems } = buildPlaces();
    assert.deepEqual(problems, []);
    assert.deepEqual(places, data.places, 'data/places.json is out of date: run npm run data:places');
  });

  it('refuses a copied run of twelve words, and a note that reads like research', () => {
    const quotes = [
      { source: 'https://example.org/page', text: 'One two three four five six seven eight nine ten eleven twelve thirteen.' },
    ];
    assert.deepEqual(checkOwnWords([['a note', 'One two three four five six seven eight nine ten eleven.']], quotes), []);
    assert.match(
      checkOwnWords([['a note', 'Before: ONE two three, four five six seven eight nine ten eleven twelve.']], quotes).join(),
      /a note: "one two three four five six seven eight nine ten eleven twelve…" is copied from https:\/\/example.org\/page/,
    );
    assert.match(
      withData(
        (d) =>
          (d.members.members[0].note =
            'Rennes Métropole strongly supports and endorses the principles of the Cities Coalition for Digital Rights.'),
      ),
      /member amsterdam note: .* is copied from https:\/\/citiesfordigitalrights.org\/city\/rennes-metropole/,
    );
    assert.deepEqual(checkNotes([['member x note', 'Upgraded to confirmed (2nd pass).']]).length, 1);
    assert.deepEqual(checkNotes([['member x note', 'On the coalition’s list of March 2019.']]), []);
  });

  it('ships no note with a research remark or a copied sentence', () => {
    for (const m of data.members.members) assert.ok(m.note.length <= 240, `${m.id}: a short note`);
    assert.doesNotMatch(JSON.stringify(data.members), /2nd pass|Recommend|CURRENT STATUS|Assumed/);
  });
});
