// Checks across the data files that a JSON Schema cannot express. Returns a list of problems (empty when sound).
const principleIds = ['access', 'privacy', 'transparency', 'participation', 'standards'];
const countryNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });

// Codes CLDR names that are not countries: user-assigned ranges (but XK, Kosovo), "unknown region" and groupings.
const notCountries = /^(AA|Q[M-Z]|X[A-JL-Z]|ZZ|EU|EZ|UN)$/;

/** ISO 3166-1 alpha-2 codes that name a country (Intl returns the code itself for unknown ones). */
export function isKnownCountry(code) {
  return /^[A-Z]{2}$/.test(code) && !notCountries.test(code) && countryNames.of(code) !== code;
}

function isRealPastDate(value, today) {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value && value <= today;
}

function duplicates(values) {
  return [...new Set(values.filter((v, i) => values.indexOf(v) !== i))];
}

export function checkIntegrity({ principles, examples, members, coalition }, today = new Date().toISOString().slice(0, 10)) {
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
    if (!isKnownCountry(e.country)) problems.push(`example ${e.id}: unknown country code ${e.country}`);
    if (e.year !== null && e.year > Number(today.slice(0, 4))) problems.push(`example ${e.id}: year ${e.year} is in the future`);
    dates.push([`example ${e.id}`, e.checked]);
    withSources.push([`example ${e.id}`, e.sources]);
  }

  const mIds = members.members.map((m) => m.id);
  for (const id of duplicates(mIds)) problems.push(`members: duplicate id ${id}`);
  dates.push(['members.checked', members.checked]);
  for (const m of members.members) {
    if (!isKnownCountry(m.country)) problems.push(`member ${m.id}: unknown country code ${m.country}`);
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

  dates.push(['coalition.checked', coalition.checked], ['coalition.launch.date', coalition.launch.date]);
  withSources.push(['coalition launch', coalition.launch.sources]);
  for (const [where, value] of dates) if (!isRealPastDate(value, today)) problems.push(`${where}: ${value} is not a real date up to today`);
  for (const [where, sources] of withSources) if (!Array.isArray(sources) || sources.length === 0) problems.push(`${where}: no source`);
  return problems;
}
