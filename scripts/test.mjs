// `npm test`: everything, in order, on a fresh machine. Finds (or on Debian installs) Chromium, Firefox ESR and PHP, builds
// the library and Storybook, type-checks, lints, checks the formatting, runs the browser tests and the Node tests,
// and closes with one line:
//   tests: N passed, N failed, N skipped
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium, findFirefox, findPhp } from './browser.mjs';

const totals = { passed: 0, failed: 0, skipped: 0 };
const scratch = mkdtempSync(join(tmpdir(), 'cc4dr-tests-'));

function run(title, command, args, env = {}) {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function finish() {
  rmSync(scratch, { recursive: true, force: true });
  console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
  process.exit(totals.failed > 0 ? 1 : 0);
}

// A fresh clone has no node_modules: install exactly what the lockfile says before anything else.
if (!existsSync('node_modules/.package-lock.json') && !run('Install: npm ci', 'npm', ['ci', '--no-audit', '--no-fund'])) {
  totals.failed += 1;
  finish();
}

try {
  process.env.CHROME_PATH = findChromium({ install: true });
  process.env.FIREFOX_PATH = findFirefox({ install: true });
  process.env.PHP_PATH = findPhp({ install: true });
} catch (error) {
  console.error(String(error.message));
  totals.failed += 1;
  finish();
}

/** Runs a command with its output held back, and prints it under its title once it ends: for steps run side by side. */
function runHeld(title, command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('close', (status) => {
      console.log(`\n▶ ${title}`);
      process.stdout.write(Buffer.concat(output));
      resolve(status === 0);
    });
  });
}

// A step that must pass before any test can mean anything counts as one failed check when it breaks.
if (!run('Build: generated modules, npm and script-tag bundles, custom elements manifest', 'npm', ['run', 'build'])) {
  totals.failed += 1;
  finish();
}

// Storybook builds while the sources are type-checked, linted and format-checked: two cores, two lines of work.
// Lint and format are checks of their own: each counts as one test, and the tests run whatever they found.
const [storybook, typecheck] = await Promise.all([
  runHeld('Build: Storybook', 'npm', ['exec', '--', 'storybook', 'build', '--quiet', '-o', 'storybook-static']),
  (async () => {
    const typed = await runHeld('Type-check: src, tests and stories', 'npm', ['exec', '--', 'tsc', '--noEmit', '-p', 'tsconfig.json']);
    for (const [title, args] of [
      ['Lint: ESLint (typescript-eslint, Lit, web components)', ['exec', '--', 'eslint', '.']],
      ['Format: Prettier (npm run format writes it)', ['exec', '--', 'prettier', '--check', '--log-level', 'warn', '.']],
    ]) {
      totals[(await runHeld(title, 'npm', args)) ? 'passed' : 'failed'] += 1;
    }
    return typed;
  })(),
]);
if (!storybook || !typecheck) {
  totals.failed += 1;
  finish();
}

const wtrSummary = join(scratch, 'wtr.json');
run('Browser tests (web-test-runner, Chromium and Firefox ESR)', 'npx', ['web-test-runner', '--config', 'web-test-runner.config.mjs'], {
  WTR_SUMMARY_FILE: wtrSummary,
});
try {
  const counts = JSON.parse(readFileSync(wtrSummary, 'utf8'));
  for (const key of Object.keys(totals)) totals[key] += counts[key];
} catch {
  console.error('web-test-runner did not report its results.');
  totals.failed += 1;
}

// The longest files start first, so that the two at a time end together rather than one running on alone (the
// WordPress test takes about five minutes).
const longest = ['wordpress.test.mjs', 'builder.test.mjs', 'screenshots.test.mjs', 'stories.test.mjs'];
const nodeTests = readdirSync('test/node')
  .filter((file) => file.endsWith('.test.mjs'))
  .sort((a, b) => (longest.includes(a) ? longest.indexOf(a) : longest.length) - (longest.includes(b) ? longest.indexOf(b) : longest.length))
  .map((file) => `test/node/${file}`);

const tap = join(scratch, 'node.tap');
run('Node tests: data, script-tag page under CSP, size budget, built stories', process.execPath, [
  '--test',
  // Two files at a time: most of a browser test is waiting for a browser or a server, and the tests wait for
  // conditions, never for a length of time, so they hold on a busy machine.
  '--test-concurrency=2',
  '--test-reporter=spec',
  '--test-reporter-destination=stdout',
  '--test-reporter=tap',
  `--test-reporter-destination=${tap}`,
  ...nodeTests,
]);
try {
  const summary = readFileSync(tap, 'utf8');
  const read = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(summary)?.[1] ?? NaN);
  const [pass, fail, cancelled, skipped, todo] = ['pass', 'fail', 'cancelled', 'skipped', 'todo'].map(read);
  if ([pass, fail, cancelled].some(Number.isNaN)) throw new Error('no summary');
  totals.passed += pass;
  totals.failed += fail + cancelled;
  totals.skipped += skipped + todo;
} catch {
  console.error('The Node test runner did not report its results.');
  totals.failed += 1;
}

finish();
