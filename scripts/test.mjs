// `npm test`: everything, in order, on a fresh machine. Finds (or on Debian installs) Chromium, Firefox ESR and PHP, builds
// the library and Storybook, type-checks, lints, checks the formatting, runs the browser tests and the Node tests,
// and closes with one line:
//   tests: N passed, N failed, N skipped
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
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

// A step that must pass before any test can mean anything counts as one failed check when it breaks.
for (const [title, args] of [
  ['Build: generated modules, npm and script-tag bundles, custom elements manifest', ['run', 'build']],
  ['Build: Storybook', ['exec', '--', 'storybook', 'build', '--quiet', '-o', 'storybook-static']],
  ['Type-check: src, tests and stories', ['exec', '--', 'tsc', '--noEmit', '-p', 'tsconfig.json']],
]) {
  if (run(title, 'npm', args)) continue;
  totals.failed += 1;
  finish();
}

// Lint and format are checks of their own: each counts as one test, and the tests run whatever they found.
for (const [title, args] of [
  ['Lint: ESLint (typescript-eslint, Lit, web components)', ['exec', '--', 'eslint', '.']],
  ['Format: Prettier (npm run format writes it)', ['exec', '--', 'prettier', '--check', '--log-level', 'warn', '.']],
]) {
  totals[run(title, 'npm', args) ? 'passed' : 'failed'] += 1;
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

const tap = join(scratch, 'node.tap');
run('Node tests: data, script-tag page under CSP, size budget, built stories', process.execPath, [
  '--test',
  '--test-reporter=spec',
  '--test-reporter-destination=stdout',
  '--test-reporter=tap',
  `--test-reporter-destination=${tap}`,
  'test/node/',
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
