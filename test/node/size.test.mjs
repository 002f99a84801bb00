import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { it } from 'node:test';
import { gzipSync } from 'node:zlib';

const hardLimit = 25 * 1024;

it(`dist/cc4dr-widgets.js stays within ${hardLimit} bytes gzip`, () => {
  const size = gzipSync(readFileSync(new URL('../../dist/cc4dr-widgets.js', import.meta.url)), { level: 9 }).length;
  assert.ok(size <= hardLimit, `${size} bytes gzip`);
});

it('the map adds at most 15 KB gzip: its own modules, and its geometry loaded only when a map is shown', () => {
  const gzip = (path) => gzipSync(readFileSync(new URL(`../../${path}`, import.meta.url)), { level: 9 }).length;
  const own = readdirSync(new URL('../../dist/member-map/', import.meta.url))
    .filter((f) => f.endsWith('.js'))
    .reduce((sum, f) => sum + gzip(`dist/member-map/${f}`), 0);
  const chunks = readdirSync(new URL('../../dist/cc4dr-widgets/', import.meta.url)).filter((f) => f.startsWith('geometry'));
  assert.equal(chunks.length, 1, 'the geometry is its own lazy chunk of the script-tag build');
  const geometry = gzip(`dist/cc4dr-widgets/${chunks[0]}`);
  assert.ok(own + geometry <= 15 * 1024, `map ${own} + geometry ${geometry} bytes gzip`);
});

it('each language but English is its own chunk of at most 6 KB gzip', () => {
  const chunks = readdirSync(new URL('../../dist/cc4dr-widgets/', import.meta.url)).filter((f) => f.startsWith('messages-'));
  assert.deepEqual(chunks.map((f) => f.slice(9, 11)).sort(), ['ar', 'ca', 'de', 'es', 'fr', 'nl', 'pt']);
  for (const chunk of chunks) {
    const size = gzipSync(readFileSync(new URL(`../../dist/cc4dr-widgets/${chunk}`, import.meta.url)), { level: 9 }).length;
    assert.ok(size <= 6 * 1024, `${chunk}: ${size} bytes gzip`);
  }
});

it('each element’s npm entry, bundled with Lit, stays within its budget of 17 KB gzip', async () => {
  const { measureSizes } = await import('../../scripts/sizes.mjs');
  const { entries, floor } = await measureSizes();
  assert.ok(floor.gzip > 4 * 1024, 'the floor is a real Lit bundle');
  for (const { element, gzip } of entries) assert.ok(gzip <= 17 * 1024, `${element}: ${gzip} bytes gzip`);
});
