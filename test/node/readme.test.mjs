import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { it } from 'node:test';
import { apiReference, themeReference } from '../../scripts/readme-api.mjs';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const manifest = JSON.parse(readFileSync(new URL('../../dist/custom-elements.json', import.meta.url), 'utf8'));

it('README documents every element exactly as the manifest (the JSDoc) does', () => {
  assert.ok(readme.includes(apiReference(manifest)), 'run npm run docs');
});

it('README lists every theme property with its light and dark values, and every part, as the JSDoc does', () => {
  assert.ok(readme.includes(themeReference(manifest)), 'run npm run docs');
});

it('the documented light and dark values are the ones the stylesheet uses', () => {
  const styles = readFileSync(new URL('../../src/core/theme.styles.ts', import.meta.url), 'utf8');
  const block = (name) => Object.fromEntries([...styles.split(`const ${name} = css\``)[1].split('`;')[0].matchAll(/var\((--cc4dr-[a-z-]+), ([^)]+)\)/g)].map((m) => [m[1], m[2]]));
  const light = { ...block('light'), ...Object.fromEntries([...styles.matchAll(/var\((--cc4dr-(?:space|radius)), ([^)]+)\)/g)].map((m) => [m[1], m[2]])) };
  const dark = block('dark');
  const declared = manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => d.cssProperties ?? []);
  assert.ok(declared.length > 0);
  for (const p of declared) {
    assert.equal(p.default, light[p.name], `${p.name} light`);
    const documentedDark = /\(dark theme: ([^)]+)\)/.exec(p.description)?.[1];
    assert.equal(documentedDark, dark[p.name], `${p.name} dark`);
  }
});

it('README shows the two commands and the checked date of the member list', () => {
  const members = JSON.parse(readFileSync(new URL('../../data/members.json', import.meta.url), 'utf8'));
  assert.ok(readme.includes('npm install && npm start'));
  assert.ok(readme.includes('npm test'));
  assert.ok(readme.includes(members.checked), 'the member list date');
});
