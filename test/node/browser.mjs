import puppeteer from 'puppeteer-core';
import { chromiumArgs, findChromium } from '../../scripts/browser.mjs';

export function launchChromium() {
  return puppeteer.launch({ executablePath: findChromium(), headless: true, args: chromiumArgs });
}

/** Records what a page does that the library promises never to do, from before its first script runs. */
export async function watchPage(page) {
  const seen = { requests: [], errors: [], warnings: [], consoleErrors: [] };
  page.on('request', (request) => seen.requests.push(request.url()));
  page.on('pageerror', (error) => seen.errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'warn') seen.warnings.push(message.text());
    if (message.type() === 'error') seen.consoleErrors.push(message.text());
  });
  await page.evaluateOnNewDocument(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__violations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample}`),
    );
  });
  return seen;
}
