// The rules the bundled data keeps beyond what its JSON Schemas can say, for `npm run data:check` and the tests.
// Each function returns a list of problems, one line each; an empty list means the data keeps the rule.
import { importSource } from './import-source.mjs';

const { foldForMatch } = await importSource('src/core/match.ts');
const { isCountryCode } = await importSource('src/core/format.ts');

export { isCountryCode };

const principleIds = ['access', 'privacy', 'transparency', 'participation', 'standards'];

/** How many words in a row shared with a source make a copied sentence. */
export const copiedRun = 12;

function isRealPastDate(value, today) {
  const full = /^\d{4}$/.test(value) ? `${value}-01-01` : /^\d{4}-\d{2}$/.test(value) ? `${value}-01` : value;
  const date = new Date(`${full}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === full && full <= today;
}

function duplicates(values) {
  return [...new Set(values.filter((v, i) => values.indexOf(v) !== i))];
}

/** A date a record rests on must be stated by one of the record's own sources. */
function citedSource(where, url, sources) {
  return sources.some((s) => s.url === url) ? [] : [`${where}: ${url} is not one of its sources`];
}

/** Ids, principles, countries, dates and sources that must agree across the files. */
export function checkIntegrity({ principles, examples, members, coalition, activities }, today = new Date().toISOString().slice(0, 10)) {
  const problems = [];
  const dates = [];
  const withSources = [];

  const pIds = principles.principles.map((p) => p.id);
  for (const id of duplicates(pIds)) problems.push(`principles: duplicate id ${id}`);
  for (const id of pIds) if (!principleIds.includes(id)) problems.push(`principles: unknown id ${id}`);
  const numbers = principles.principles.map((p) => p.number).sort();
  if (numbers.join() !== '1,2,3,4,5') problems.push(`principles: numbers are ${numbers.join()}, not 1 to 5`);
  dates.push(['principles.checked', principles.checked]);
  for (const p of principles.principles) withSources.push([`principle ${p.id}`, p.sources]);

  const eIds = examples.examples.map((e) => e.id);
  for (const id of duplicates(eIds)) problems.push(`examples: duplicate id ${id}`);
  for (const e of examples.examples) {
    for (const p of e.principles) if (!principleIds.includes(p)) problems.push(`example ${e.id}: unknown principle ${p}`);
    if (!isCountryCode(e.country)) problems.push(`example ${e.id}: unknown country code ${e.country}`);
    if (e.year !== null && e.year > Number(today.slice(0, 4))) problems.push(`example ${e.id}: year ${e.year} is in the future`);
    dates.push([`example ${e.id}`, e.checked]);
    withSources.push([`example ${e.id}`, e.sources]);
  }

  const mIds = members.members.map((m) => m.id);
  for (const id of duplicates(mIds)) problems.push(`members: duplicate id ${id}`);
  dates.push(['members.checked', members.checked]);
  for (const m of members.members) {
    if (!isCountryCode(m.country)) problems.push(`member ${m.id}: unknown country code ${m.country}`);
    if (m.joined !== null && m.joined > Number(today.slice(0, 4))) problems.push(`member ${m.id}: joined ${m.joined} is in the future`);
    if (m.founding && !coalition.founders.includes(m.id)) problems.push(`member ${m.id}: founding but not a founder in coalition.json`);
    if (m.founding && m.joined !== Number(coalition.launch.date.slice(0, 4)))
      problems.push(`member ${m.id}: founding member must have joined at the launch`);
    dates.push([`member ${m.id}`, m.checked]);
    withSources.push([`member ${m.id}`, m.sources]);
  }
  const memberCount = members.members.filter((m) => m.status === 'member').length;
  if (memberCount > members.claimedCount.minimum + 20) problems.push('members: far more members than the coalition claims');
  for (const id of coalition.founders) if (!mIds.includes(id)) problems.push(`coalition: founder ${id} is not in members.json`);

  if (activities) {
    const aIds = activities.activities.map((a) => a.id);
    for (const id of duplicates(aIds)) problems.push(`activities: duplicate id ${id}`);
    for (const p of principleIds)
      if (!activities.activities.some((a) => a.principle === p)) problems.push(`activities: nothing a library does for ${p}`);
    for (const a of activities.activities) {
      dates.push([`activity ${a.id}`, a.checked]);
      withSources.push([`activity ${a.id}`, a.sources]);
    }
  }

  dates.push(['coalition.checked', coalition.checked], ['coalition.launch.date', coalition.launch.date]);
  for (const g of coalition.growth ?? []) dates.push([`coalition.growth ${g.date}`, g.date]);
  withSources.push(['coalition launch', coalition.launch.sources]);
  for (const [where, value] of dates) if (!isRealPastDate(value, today)) problems.push(`${where}: ${value} is not a real date up to today`);
  for (const [where, sources] of withSources) if (!Array.isArray(sources) || sources.length === 0) problems.push(`${where}: no source`);
  return problems;
}

/** Every year, "decided" year and "member by" date comes from a source the record cites. */
export function checkYears({ examples, members }, today = new Date().toISOString().slice(0, 10)) {
  const problems = [];
  for (const e of examples.examples) {
    if (e.year !== null && !e.yearSource) problems.push(`example ${e.id}: year ${e.year} has no yearSource`);
    if (e.yearSource) problems.push(...citedSource(`example ${e.id}: yearSource`, e.yearSource, e.sources));
  }
  for (const m of members.members) {
    if (m.joined !== null && !m.joinedSource) problems.push(`member ${m.id}: joined ${m.joined} has no joinedSource`);
    if (m.joinedSource) problems.push(...citedSource(`member ${m.id}: joinedSource`, m.joinedSource, m.sources));
    if (m.decided !== undefined) {
      if (m.joined !== null)
        problems.push(`member ${m.id}: decided is for cities whose year of joining is unknown, but joined is ${m.joined}`);
      if (m.decided > Number(today.slice(0, 4))) problems.push(`member ${m.id}: decided ${m.decided} is in the future`);
      problems.push(...citedSource(`member ${m.id}: decidedSource`, m.decidedSource, m.sources));
    }
    if (m.memberBy !== undefined) {
      if (m.joined !== null) problems.push(`member ${m.id}: memberBy is for cities whose year is unknown, but joined is ${m.joined}`);
      if (!isRealPastDate(m.memberBy, today)) problems.push(`member ${m.id}: memberBy ${m.memberBy} is not a real date up to today`);
      problems.push(...citedSource(`member ${m.id}: memberBySource`, m.memberBySource, m.sources));
    }
  }
  return problems;
}

/**
 * Members whose names other places share (data/places.json, from the gazetteer): where one is in the member's own
 * country, the data says which state the member is in (`subdivision`) or that no source says (`subdivisionUnknown`);
 * a state is given only then; and no two members share a name in one country.
 */
export function checkSharedNames({ members, places }) {
  const problems = [];
  const namesOf = (m) => [m.name, ...m.aliases].map(foldForMatch);
  for (const m of members.members) {
    const districts = new Set((m.districts ?? []).map(foldForMatch));
    const atHome = Object.entries(places.sameNames[m.id] ?? {}).some(
      ([name, rows]) => !districts.has(name) && rows.some(([country]) => country === m.country),
    );
    if (atHome && !m.subdivision && !m.subdivisionUnknown)
      problems.push(`member ${m.id}: a place in ${m.country} shares its name: give its subdivision, or subdivisionUnknown`);
    if (!atHome && (m.subdivision || m.subdivisionUnknown))
      problems.push(`member ${m.id}: a subdivision is given only to tell it from a place of the same name in its own country`);
    if (m.subdivision && m.subdivisionUnknown) problems.push(`member ${m.id}: a subdivision and subdivisionUnknown both`);
    if (!places.own[m.id]) problems.push(`member ${m.id}: data/places.json does not have its place: run npm run data:places`);
  }
  const byName = new Map();
  for (const m of members.members)
    for (const name of namesOf(m)) {
      const key = `${name} ${m.country}`;
      if (byName.has(key) && byName.get(key) !== m.id)
        problems.push(`members ${byName.get(key)} and ${m.id} share the name "${name}" in ${m.country}`);
      byName.set(key, m.id);
    }
  return problems;
}

/** Words of a text, folded: "Member since 2019," and "member since 2019" are the same three words. */
function words(text) {
  return (
    text
      .normalize('NFKC')
      .toLocaleLowerCase('en')
      .replace(/[’']/g, '')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** Runs of `copiedRun` words that a shipped text shares with a stored quote of a source. */
export function checkOwnWords(texts, quotes) {
  const runs = new Map();
  for (const quote of quotes) {
    const w = words(quote.text);
    for (let i = 0; i + copiedRun <= w.length; i += 1) runs.set(w.slice(i, i + copiedRun).join(' '), quote.source);
  }
  const problems = [];
  for (const [where, text] of texts) {
    const w = words(text);
    for (let i = 0; i + copiedRun <= w.length; i += 1) {
      const run = w.slice(i, i + copiedRun).join(' ');
      if (runs.has(run)) {
        problems.push(`${where}: "${run}…" is copied from ${runs.get(run)}`);
        break;
      }
    }
  }
  return problems;
}

// What a research note says and a shipped note must not: where the research stands, advice to ourselves, doubts.
const researchRemarks = /\b(2nd pass|second pass|recommend|todo|fixme|upgraded|downgraded|confidence|we think|probably|assumed)\b/i;

/** Shipped notes are short public facts, not the research trail. */
export function checkNotes(texts) {
  return texts
    .filter(([, text]) => researchRemarks.test(text))
    .map(([where, text]) => `${where}: reads like a research note: "${text.slice(0, 80)}"`);
}

/**
 * Every text the package ships that is ours: data notes and summaries, the principle texts and their translations,
 * and every message of the widgets. Official titles and the titles of sources are quotations by design, so they are
 * left out.
 */
export function shippedTexts({ principles, examples, members, coalition, activities }, translations, messages) {
  const texts = [
    ['members.note', members.note],
    ['principles.note', principles.note],
    ['examples.note', examples.note],
    ['coalition.licence.note', coalition.licence.note],
    ...members.members.flatMap((m) => (m.note ? [[`member ${m.id} note`, m.note]] : [])),
    ...examples.examples.flatMap((e) => [
      [`example ${e.id} title`, e.title],
      [`example ${e.id} summary`, e.summary],
    ]),
    ...principles.principles.flatMap((p) => [
      [`principle ${p.id} summary`, p.summary],
      ...p.libraries.map((t, i) => [`principle ${p.id} library point ${i + 1}`, t]),
    ]),
    ...(activities?.activities ?? []).flatMap((a) => [
      [`activity ${a.id} title`, a.title],
      [`activity ${a.id} text`, a.text],
    ]),
  ];
  for (const [locale, t] of Object.entries(translations))
    for (const [id, a] of Object.entries(t.activities ?? {}))
      texts.push([`${locale} activity ${id} title`, a.title], [`${locale} activity ${id} text`, a.text]);
  for (const [locale, t] of Object.entries(translations))
    for (const [id, p] of Object.entries(t.principles))
      texts.push(
        [`${locale} principle ${id} summary`, p.summary],
        ...p.libraries.map((text, i) => [`${locale} principle ${id} library point ${i + 1}`, text]),
      );
  for (const [locale, catalog] of Object.entries(messages))
    for (const [key, text] of Object.entries(catalog)) texts.push([`${locale} message ${key}`, text]);
  return texts.filter(([, text]) => typeof text === 'string');
}

/** The notes among the shipped texts. */
export function shippedNotes(data) {
  return shippedTexts(data, {}, {}).filter(([where]) => where.endsWith('note'));
}
