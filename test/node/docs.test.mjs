// The README and the pages it links to: short, true to the code, and every link leads somewhere.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { elements } from '../../scripts/elements.mjs';
import { languages, letterFiles } from '../../scripts/letters.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const read = (path) => readFileSync(join(root, path), 'utf8');
const readme = read('README.md');
const manifest = JSON.parse(read('dist/custom-elements.json'));
const pages = [
  'README.md',
  'CONTRIBUTING.md',
  'bench/results.md',
  ...readdirSync(join(root, 'docs'), { recursive: true })
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
const slug = (heading) =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .trim()
    .replace(/\s/g, '-');
const anchorsOf = (text) => new Set([...text.replace(/```[\s\S]*?```/g, '').matchAll(/^#+\s+(.*)$/gm)].map((m) => slug(m[1])));

it('the README is under 12 KB, for the CMS editors and web teams who read it first', () => {
  assert.ok(Buffer.byteLength(readme) < 12 * 1024, `${Buffer.byteLength(readme)} bytes`);
});

it('the README gives the two commands as they are, and CI runs exactly its test command', () => {
  const commands = /```sh\n(npm install && npm start) +#.*\n(npm test) +#.*\n```/.exec(readme);
  assert.ok(commands, 'the two commands, in one sh block');
  const { scripts } = JSON.parse(read('package.json'));
  assert.ok(scripts.start && scripts.test, 'package.json has start and test');
  const ciCommand = read('.ci/run').trim().split('\n').at(-1);
  assert.equal(ciCommand, commands[2]);
});

it('every relative link in the README and the pages it links to leads to a file, and to a heading there', () => {
  const broken = [];
  for (const page of pages) {
    const text = read(page).replace(/```[\s\S]*?```/g, '');
    for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^[a-z]+:/.test(target)) continue;
      const [path, anchor] = target.split('#');
      const file = path ? join(dirname(join(root, page)), path) : join(root, page);
      if (!existsSync(file)) broken.push(`${page}: ${target}`);
      else if (anchor && file.endsWith('.md') && !anchorsOf(readFileSync(file, 'utf8')).has(anchor))
        broken.push(`${page}: ${target} (no such heading)`);
    }
  }
  assert.deepEqual(broken, []);
});

it('the README’s snippet uses only elements of the registry and attributes their JSDoc documents', () => {
  const snippet = /```html\n([\s\S]*?)```/.exec(readme)[1];
  const documented = new Map(
    manifest.modules
      .flatMap((m) => m.declarations ?? [])
      .filter((d) => d.tagName)
      .map((d) => [d.tagName, (d.attributes ?? []).map((a) => a.name)]),
  );
  const used = [...snippet.matchAll(/<(cc4dr-[a-z-]+)([^>]*)>/g)];
  assert.ok(used.length > 0);
  for (const [, tag, attributes] of used) {
    assert.ok(
      elements.some((e) => e.tag === tag),
      tag,
    );
    for (const [, name] of attributes.matchAll(/\s([a-z-]+)(?==|\s|$)/g)) assert.ok(documented.get(tag).includes(name), `${tag} ${name}`);
  }
});

it('the documented light and dark values are the ones the stylesheet uses', () => {
  const styles = read('src/core/theme.styles.ts');
  const pairs = [...styles.matchAll(/var\((--cc4dr-[a-z-]+), light-dark\(([^,]+), ([^)]+)\)\)/g)];
  assert.ok(pairs.length > 0);
  const light = {
    ...Object.fromEntries(pairs.map((m) => [m[1], m[2]])),
    ...Object.fromEntries([...styles.matchAll(/var\((--cc4dr-(?:space|radius)), ([^)]+)\)/g)].map((m) => [m[1], m[2]])),
  };
  const dark = Object.fromEntries(pairs.map((m) => [m[1], m[3]]));
  const declared = manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => d.cssProperties ?? []);
  assert.ok(declared.length > 0);
  for (const p of declared) {
    assert.equal(p.default, light[p.name], `${p.name} light`);
    assert.equal(/\(dark theme: ([^)]+)\)/.exec(p.description)?.[1], dark[p.name], `${p.name} dark`);
  }
});

it('docs/your-site.md claims only tests that exist: each "tested here" cell names a test of test/node, or says no', () => {
  const text = read('docs/your-site.md');
  const rows = text
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .slice(2)
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
  assert.ok(rows.length >= 10, `${rows.length} rows`);
  const testFiles = new Set(readdirSync(join(root, 'test/node')));
  const named = (cell) => [...cell.matchAll(/`(?:test\/node\/)?([\w-]+\.test\.mjs)`/g)].map((m) => m[1]);
  const unproven = rows.filter(([, , , tested = '']) => named(tested).length === 0 && !/^no\b/.test(tested));
  assert.deepEqual(unproven, [], 'a row that claims a test without naming it');
  const missing = named(text).filter((file) => !testFiles.has(file));
  assert.deepEqual(missing, [], 'a test file the page names but test/node does not hold');
});

it('the README and the data page give the date the member list was checked', () => {
  const { checked } = JSON.parse(read('data/members.json'));
  assert.ok(readme.includes(checked), 'README');
  assert.ok(read('docs/data.md').includes(checked), 'docs/data.md');
});

it('docs/letters has every letter the library check drafts, in every language, as the built code drafts it', async () => {
  const files = await letterFiles();
  assert.deepEqual(
    Object.keys(files).sort(),
    Object.keys(languages)
      .map((l) => `docs/letters/${l}.md`)
      .sort(),
  );
  const stale = Object.entries(files)
    .filter(([path, content]) => !existsSync(join(root, path)) || read(path) !== content)
    .map(([path]) => path);
  assert.deepEqual(stale, [], 'run npm run docs');
});
