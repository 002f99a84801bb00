import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { it } from 'node:test';
import { apiReference } from '../../scripts/readme-api.mjs';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const manifest = JSON.parse(readFileSync(new URL('../../dist/custom-elements.json', import.meta.url), 'utf8'));

it('README documents every element exactly as the manifest (the JSDoc) does', () => {
  assert.ok(readme.includes(apiReference(manifest)), 'run npm run docs');
});

it('README shows the two commands and the checked date of the member list', () => {
  const members = JSON.parse(readFileSync(new URL('../../data/members.json', import.meta.url), 'utf8'));
  assert.ok(readme.includes('npm install && npm start'));
  assert.ok(readme.includes('npm test'));
  assert.ok(readme.includes(members.checked), 'the member list date');
});
