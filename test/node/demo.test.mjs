// The demo page that `npm start` serves, under the same strict policy, in Chromium and in Firefox.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { strictCsp } from '../../scripts/static-server.mjs';
import { axeViolations, engines, openServedPage } from './browser.mjs';

for (const { name: engine, launch } of engines) describe(`demo page in ${engine}`, () => {
  // axe is injected as a script, which only CDP can do under the page's policy; layout-shift entries are Chromium's.
  const chromium = engine === 'Chromium';
  let opened;
  let site;
  let page;
  let seen;

  before(async () => {
    opened = await openServedPage('/', { policy: strictCsp, home: '/demo/', launch });
    ({ site, page, seen } = opened);
  });

  after(() => opened?.close());

  it('shows every element beside its snippet', async () => {
    const shown = await page.evaluate(() =>
      [...document.querySelectorAll('.row')].map((row) => ({
        tag: row.firstElementChild.localName,
        snippet: row.querySelector('pre code')?.textContent ?? '',
        rendered: Boolean(row.firstElementChild.shadowRoot?.textContent.trim()),
      })),
    );
    for (const tag of ['cc4dr-principle-card', 'cc4dr-member-badge', 'cc4dr-example-list', 'cc4dr-member-finder', 'cc4dr-get-involved', 'cc4dr-about']) {
      assert.ok(shown.some((row) => row.tag === tag), tag);
    }
    for (const row of shown) {
      assert.ok(row.rendered, `${row.tag} rendered`);
      assert.ok(row.snippet.startsWith(`<${row.tag} `), `${row.tag} snippet`);
    }
  });

  it('loads the library’s own examples from a file on its own origin', async () => {
    await page.waitForFunction(() =>
      [...document.querySelectorAll('cc4dr-example-list')].some((l) => l.shadowRoot.textContent.includes('Privacy café')),
    );
  });

  it('switches every widget to another language from its menu', async () => {
    await page.select('#language', 'ar');
    await page.waitForFunction(() =>
      [...document.querySelectorAll('main *')]
        .filter((el) => el.localName.startsWith('cc4dr-'))
        .every((el) => el.shadowRoot.firstElementChild?.getAttribute('dir') === 'rtl'),
    );
    await page.select('#language', 'en');
    await page.waitForFunction(() =>
      [...document.querySelectorAll('main *')]
        .filter((el) => el.localName.startsWith('cc4dr-'))
        .every((el) => el.shadowRoot.firstElementChild?.getAttribute('lang') === 'en'),
    );
  });

  it(`runs with no policy violation, error or request elsewhere${chromium ? ', and no axe violation' : ''}`, async () => {
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(seen.errors, []);
    assert.deepEqual(seen.consoleErrors, []);
    assert.deepEqual(seen.requests.filter((url) => !url.startsWith(`${site.origin}/`)), []);
    if (chromium) assert.deepEqual(await axeViolations(page), []);
  });

  it('themes its "match your site" example with exactly the CSS it shows', async () => {
    const shown = await page.$eval('#match-your-site ~ .match-row pre', (pre) => pre.textContent);
    const css = readFileSync(new URL('../../demo/demo.css', import.meta.url), 'utf8');
    const declarations = shown.split('\n').filter((line) => /^\s+[-a-z0-9]+: /.test(line));
    assert.ok(declarations.length >= 7);
    for (const line of declarations) assert.ok(css.includes(line), line.trim());
    const accent = await page.$eval('.site-example cc4dr-member-badge', (b) => getComputedStyle(b).getPropertyValue('--cc4dr-color-accent').trim());
    assert.equal(accent, '#7a1f5c');
  });

  if (chromium) it('does not shift its layout while the widgets load and render (CLS 0, wide and narrow)', async () => {
    const browser = await launch();
    try {
      for (const width of [1280, 375]) {
        const visitor = await browser.newPage();
        await visitor.setViewport({ width, height: 800 });
        await visitor.evaluateOnNewDocument(() => {
          window.__shifts = [];
          new PerformanceObserver((list) => window.__shifts.push(...list.getEntries().map((e) => e.value))).observe({
            type: 'layout-shift',
            buffered: true,
          });
        });
        await visitor.goto(`${site.origin}/demo/`, { waitUntil: 'networkidle0' });
        // The library's own examples arrive from a file: wait until they are shown, then a moment more.
        await visitor.waitForFunction(() =>
          [...document.querySelectorAll('cc4dr-example-list')].some((l) => l.shadowRoot.textContent.includes('Privacy café')),
        );
        await new Promise((resolve) => setTimeout(resolve, 300));
        assert.deepEqual(await visitor.evaluate(() => window.__shifts), [], `no layout shift at ${width} px`);
        await visitor.close();
      }
    } finally {
      await browser.close();
    }
  });
});
