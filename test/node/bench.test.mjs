// The bench, once in its smoke mode (`node bench/bench.mjs --smoke`): every part of it runs, in Chromium and Firefox,
// and every figure and goal it reports is there. No figure is held to its goal here: speed is the bench's to measure
// (bench/results.md), never a test's, and one load of each page on a busy machine says nothing.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const root = fileURLToPath(new URL('../..', import.meta.url));

it('npm run bench runs end to end in its smoke mode, and reports each goal with its figure', async () => {
  await promisify(execFile)(process.execPath, ['bench/bench.mjs', '--smoke'], { cwd: root, maxBuffer: 16 * 1024 * 1024 });
  const results = JSON.parse(readFileSync(`${root}test-results/bench-smoke/results.json`, 'utf8'));
  const numbers = [];
  const collect = (value) => {
    if (typeof value === 'number') numbers.push(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  collect(results);
  assert.ok(numbers.length > 100 && numbers.every(Number.isFinite), 'every figure is a number');
  assert.deepEqual(
    results.goals.map((g) => [typeof g.figure, typeof g.met]),
    Array(5).fill(['string', 'boolean']),
    'the five goals a smoke run measures (the demo page’s Lighthouse score is the full run’s)',
  );
  assert.ok(
    results.scale.every((s) => s.slowestRenderRunningEachLoadMs.length === 1 && s.slowestRenderRunningEachLoadMs[0] > 0),
    'the main thread’s running time in each scale subject’s slowest render is read from a trace',
  );
  assert.equal(
    results.litFloor.sameDom.elements.floor,
    results.litFloor.sameDom.elements.widgets,
    'the floor made of the widgets’ own shadow DOM shows as many elements as the widgets',
  );
  assert.deepEqual(
    Object.keys(results.hostPage.held),
    ['withWidgets', 'delta', 'addedLayoutShift', 'largestContentfulPaintMs'],
    'the library page with widgets was measured holding its first paint too',
  );
  assert.deepEqual(
    results.memory.map((m) => [m.engine, m.keptWidgets >= 0]),
    [
      ['Chromium', true],
      ['Firefox', true],
    ],
  );
  assert.match(readFileSync(`${root}test-results/bench-smoke/results.md`, 'utf8'), /\*\*Goals\*\*[\s\S]*\*\*Lighthouse\*\*/);
});
