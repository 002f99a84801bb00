// `npm run data:check`: for maintainers, before a release and after editing data/. Checks the bundled data against its
// JSON Schemas and the rules of scripts/data-rules.mjs (countries, shared names against data/places.json, years with their sources, notes that
// are facts and not research remarks, no run of 12 words copied from a stored quote of a source). With --links it also
// asks every source and official link, a few at a time and each with a time limit, and prints what is dead, redirected
// or moved. The network part is never run by `npm test`.
//
//   npm run data:check [-- --links] [--timeout 10000] [--concurrency 4] [--data DIR]
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import Ajv from 'ajv';
import { checkIntegrity, checkNotes, checkOwnWords, checkSharedNames, checkYears, shippedNotes, shippedTexts } from './data-rules.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const files = ['principles', 'examples', 'members', 'coalition', 'activities', 'places'];

/** Reads the data files, their translations, the widgets' messages and the stored quotes. */
export function readData(dataDir = join(root, 'data')) {
  const data = Object.fromEntries(files.map((name) => [name, readJson(join(dataDir, `${name}.json`))]));
  const translations = Object.fromEntries(
    readdirSync(join(dataDir, 'translations')).map((f) => [f.replace('.json', ''), readJson(join(dataDir, 'translations', f))]),
  );
  const messages = Object.fromEntries(
    readdirSync(join(root, 'src/l10n')).map((f) => [f.replace('.json', ''), readJson(join(root, 'src/l10n', f))]),
  );
  const { quotes } = readJson(join(root, 'research/quotes.json'));
  return { dataDir, data, translations, messages, quotes };
}

/** Every problem the data has, one line each: schemas first, then the rules. */
export function checkData({ dataDir, data, translations, messages, quotes }) {
  const ajv = new Ajv({ allErrors: true });
  for (const file of readdirSync(join(dataDir, 'schema'))) ajv.addSchema(readJson(join(dataDir, 'schema', file)));
  const problems = [];
  const check = (schema, value, where) => {
    const validate = ajv.getSchema(`https://cc4dr-widgets.invalid/schema/${schema}.schema.json`);
    if (!validate(value)) problems.push(`${where}: ${ajv.errorsText(validate.errors)}`);
  };
  for (const name of files) check(name, data[name], `${name}.json`);
  for (const [locale, translation] of Object.entries(translations)) check('translations', translation, `translations/${locale}.json`);
  return [
    ...problems,
    ...checkIntegrity(data),
    ...checkYears(data),
    ...checkSharedNames(data),
    ...checkNotes(shippedNotes(data)),
    ...checkOwnWords(shippedTexts(data, translations, messages), quotes),
  ];
}

/** Every address the data links to, once each (mailto: addresses are not asked). */
export function linksOf({ data }) {
  const urls = new Set();
  const walk = (value, key) => {
    if (typeof value === 'string' && /^https?:\/\//i.test(value) && key !== '$schema') urls.add(value);
    else if (Array.isArray(value)) value.forEach((v) => walk(v));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
  };
  walk(data);
  return [...urls].sort();
}

/**
 * Asks each address (GET, following no redirect, at most `concurrency` at once, each within `timeoutMs`) and says
 * what it found: ok, redirected (temporarily), moved (permanently), dead (an error status), timeout or unreachable.
 */
export async function checkLinks(urls, { timeoutMs = 10_000, concurrency = 4 } = {}) {
  const results = [];
  const queue = [...urls];
  const ask = async (url) => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      const response = await fetch(url, {
        redirect: 'manual',
        signal: controller.signal,
        headers: { 'user-agent': 'cc4dr-widgets data:check (link check of the sources of its data)' },
      });
      await response.body?.cancel();
      const { status } = response;
      const location = response.headers.get('location');
      if (status >= 200 && status < 300) return { url, kind: 'ok', status };
      if (status >= 300 && status < 400 && location) {
        const kind = status === 301 || status === 308 ? 'moved' : 'redirected';
        return { url, kind, status, location: new URL(location, url).href };
      }
      return { url, kind: 'dead', status };
    } catch (error) {
      return controller.signal.aborted ? { url, kind: 'timeout' } : { url, kind: 'unreachable', detail: String(error.cause ?? error) };
    } finally {
      clearTimeout(timer);
    }
  };
  const worker = async () => {
    for (let url = queue.shift(); url !== undefined; url = queue.shift()) results.push(await ask(url));
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  return results.sort((a, b) => a.url.localeCompare(b.url));
}

/** One line a link that needs a maintainer's look; links that answer 2xx are counted, not listed. */
export function describeLinks(results) {
  const lines = results
    .filter((r) => r.kind !== 'ok')
    .map((r) => {
      switch (r.kind) {
        case 'moved':
          return `moved (${r.status}): ${r.url} → ${r.location}`;
        case 'redirected':
          return `redirected (${r.status}): ${r.url} → ${r.location}`;
        case 'dead':
          return `dead (${r.status}): ${r.url}`;
        case 'timeout':
          return `no answer in time: ${r.url}`;
        default:
          return `unreachable: ${r.url} (${r.detail})`;
      }
    });
  const ok = results.filter((r) => r.kind === 'ok').length;
  return [...lines, `links: ${ok} of ${results.length} answered 2xx`];
}

async function main() {
  const { values } = parseArgs({
    options: {
      links: { type: 'boolean', default: false },
      timeout: { type: 'string', default: '10000' },
      concurrency: { type: 'string', default: '4' },
      data: { type: 'string' },
    },
  });
  const input = readData(values.data);
  const problems = checkData(input);
  for (const line of problems) console.log(`✖ ${line}`);
  console.log(problems.length ? `data: ${problems.length} problem(s)` : 'data: every schema and rule holds');
  let broken = 0;
  if (values.links) {
    const results = await checkLinks(linksOf(input), { timeoutMs: Number(values.timeout), concurrency: Number(values.concurrency) });
    for (const line of describeLinks(results)) console.log(line);
    broken = results.filter((r) => !['ok', 'redirected', 'moved'].includes(r.kind)).length;
  }
  process.exitCode = problems.length || broken ? 1 : 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
