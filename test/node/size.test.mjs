import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { it } from 'node:test';
import { gzipSync } from 'node:zlib';

const hardLimit = 25 * 1024;

it(`dist/cc4dr-widgets.js stays within ${hardLimit} bytes gzip`, () => {
  const size = gzipSync(readFileSync(new URL('../../dist/cc4dr-widgets.js', import.meta.url)), { level: 9 }).length;
  assert.ok(size <= hardLimit, `${size} bytes gzip`);
});
