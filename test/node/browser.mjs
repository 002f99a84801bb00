import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, findChromium, findFirefox, firefoxPreferences } from '../../scripts/browser.mjs';
import { serve } from '../../scripts/static-server.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The policy issues 2 and 6 name: the library works under it with no exception, Lit's `lit-html` its only policy. */
export const strictPolicy =
  "default-src 'none'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

const axeSource = readFileSync(fileURLToPath(import.meta.resolve('axe-core/axe.min.js')), 'utf8');

export function launchChromium() {
  return puppeteer.launch({ executablePath: findChromium(), headless: true, args: chromiumArgs });
}

/** Firefox ESR, driven by puppeteer-core over WebDriver BiDi, with our preferences and any `extra` ones. */
export function launchFirefox(extra = {}) {
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    extraPrefsFirefox: { ...firefoxPreferences, ...extra },
  });
}

/** Both engines the suites run in, each with its launcher. */
export const engines = [
  { name: 'Chromium', launch: launchChromium },
  { name: 'Firefox', launch: launchFirefox },
];

// Firefox asks every page for /favicon.ico by itself; the strict policy refuses it, and Firefox reports that as an
// error and a violation. That request is not the library's.
const refusedFavicon = /Content-Security-Policy.*\/favicon\.ico/;

/** Records what a page does that the library promises never to do, from before its first script runs. */
export async function watchPage(page) {
  const seen = { requests: [], errors: [], warnings: [], consoleErrors: [] };
  // A data: address reaches no one (Firefox lists one of its own fonts so).
  page.on('request', (request) => !request.url().startsWith('data:') && seen.requests.push(request.url()));
  page.on('pageerror', (error) => !refusedFavicon.test(String(error)) && seen.errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'warn') seen.warnings.push(message.text());
    if (message.type() === 'error' && !refusedFavicon.test(message.text())) seen.consoleErrors.push(message.text());
  });
  await page.evaluateOnNewDocument(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      if (e.blockedURI.endsWith('/favicon.ico')) return;
      window.__violations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample}`);
    });
  });
  return seen;
}

/** Records the page's layout shifts from before its first script runs (see layoutShifts). */
export function watchLayoutShifts(page) {
  return page.evaluateOnNewDocument(() => {
    window.__shifts = [];
    window.__shiftObserver = new PerformanceObserver((list) => window.__shifts.push(...list.getEntries().map((e) => e.value)));
    window.__shiftObserver.observe({ type: 'layout-shift', buffered: true });
  });
}

/** The layout shifts of a watched page (see watchLayoutShifts) once two more frames are laid out, those not yet delivered too. */
export function layoutShifts(page) {
  return page.evaluate(async () => {
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    return [...window.__shifts, ...window.__shiftObserver.takeRecords().map((e) => e.value)];
  });
}

/** Waits until every Lit element on the page has finished rendering. */
export function allRendered(page) {
  return page.evaluate(() =>
    Promise.all([...document.querySelectorAll('*')].filter((el) => el.updateComplete).map((el) => el.updateComplete)),
  );
}

/** Runs axe-core on the page (or on the part a selector names) and returns its violations as short lines. */
export async function axeViolations(page, selector) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(
    async (selector) =>
      (await window.axe.run(selector ?? document, { resultTypes: ['violations'] })).violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      ),
    selector ?? null,
  );
}

/** The folded text of an element's shadow root, by element id. */
export function shadowText(page, id) {
  return page.evaluate((id) => document.getElementById(id).shadowRoot.textContent.replace(/\s+/g, ' ').trim(), id);
}

/**
 * Serves the repository with `policy` on every HTML page, opens `path` in Chromium (or the browser `launch` starts),
 * watches it (see watchPage) and waits until it has rendered; `prepare(page)` runs before it loads (to intercept its
 * requests). Returns { browser, site, page, seen, close }.
 */
export async function openServedPage(path, { policy = strictPolicy, home, launch = launchChromium, prepare } = {}) {
  const site = await serve(root, { home, headers: () => ({ 'content-security-policy': policy }) });
  const browser = await launch();
  const page = await browser.newPage();
  const seen = await watchPage(page);
  await prepare?.(page);
  await page.goto(`${site.origin}${path}`, { waitUntil: 'networkidle0' });
  await allRendered(page);
  return {
    browser,
    site,
    page,
    seen,
    close: async () => {
      await browser.close();
      site.server.close();
    },
  };
}
