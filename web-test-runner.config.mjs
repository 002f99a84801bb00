import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher, defaultReporter } from '@web/test-runner';
import { ChromeLauncher } from '@web/test-runner-chrome';
import * as puppeteer from 'puppeteer-core';
import { writeFileSync } from 'node:fs';
import { chromiumArgs, findChromium, findFirefox, firefoxPreferences } from './scripts/browser.mjs';
import { faultyFixtures } from './test/fixture-server.mjs';

/** Counts every test of the run and writes them where scripts/test.mjs reads them for the closing line. */
function countingReporter(file = process.env.WTR_SUMMARY_FILE) {
  const count = (suite, totals) => {
    for (const test of suite?.tests ?? []) {
      if (test.skipped) totals.skipped += 1;
      else if (test.passed) totals.passed += 1;
      else totals.failed += 1;
    }
    for (const child of suite?.suites ?? []) count(child, totals);
    return totals;
  };
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        count(session.testResults, totals);
        // A file that failed to load or threw outside a test has no failing test of its own: count it once.
        if (!session.passed && (session.errors?.length || !session.testResults?.tests?.length)) totals.failed += 1;
      }
      if (file) writeFileSync(file, JSON.stringify(totals));
    },
  };
}

/**
 * Firefox ESR through puppeteer-core over WebDriver BiDi: web-test-runner's own launcher class, given puppeteer-core
 * (the full puppeteer package would try to download a browser).
 */
function firefoxLauncher() {
  const launchOptions = {
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    extraPrefsFirefox: firefoxPreferences,
  };
  return new ChromeLauncher(
    launchOptions,
    ({ browser }) => browser.defaultBrowserContext(),
    ({ context }) => context.newPage(),
    puppeteer,
  );
}

/** The browsers to run in: both by default; `WTR_BROWSERS=chromium` (or `firefox`) for one. */
const wanted = (process.env.WTR_BROWSERS ?? 'chromium,firefox').split(',');

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  middleware: [faultyFixtures],
  // One page at a time: a background tab gets no animation frames or focus, which open-wc fixtures and keyboard tests need.
  concurrency: 1,
  browsers: [
    ...(wanted.includes('chromium')
      ? [chromeLauncher({ launchOptions: { executablePath: findChromium(), headless: true, args: chromiumArgs } })]
      : []),
    ...(wanted.includes('firefox') ? [firefoxLauncher()] : []),
  ],
  // esbuild is given the tsconfig for useDefineForClassFields: false (class fields must not shadow Lit's accessors).
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })],
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 240000,
  reporters: [defaultReporter(), countingReporter()],
};
