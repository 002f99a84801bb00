// The script-tag file alone, on a plain page served with the strict policy from the README.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { allRendered, axeViolations, openServedPage, shadowText as text, watchPage } from './browser.mjs';
const tags = ['cc4dr-principle-card', 'cc4dr-member-badge', 'cc4dr-example-list', 'cc4dr-member-finder', 'cc4dr-member-map', 'cc4dr-get-involved', 'cc4dr-about'];

async function open(page, url) {
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate((tags) => Promise.all(tags.map((tag) => customElements.whenDefined(tag))), tags);
  await allRendered(page);
}

describe('dist/cc4dr-widgets.js on a page with a strict CSP', () => {
  let opened;
  let browser;
  let site;
  let page;
  let seen;

  before(async () => {
    opened = await openServedPage('/test/fixtures/csp-page.html');
    ({ browser, site, page, seen } = opened);
  });

  after(() => opened?.close());

  it('defines and renders every element', async () => {
    assert.match(await text(page, 'card'), /Privacy, data protection and security/);
    assert.match(await text(page, 'card-dark'), /Universal and equal access to the internet, and digital literacy/);
    assert.match(await text(page, 'badge'), /Vienna is a member of the Cities Coalition for Digital Rights\./);
    assert.match(await text(page, 'badge-founding'), /New York City: member of the Cities Coalition for Digital Rights/);
    assert.match(await text(page, 'badge-unconfirmed'), /could not confirm whether Moscow/);
    await page.waitForFunction(() => document.getElementById('list').shadowRoot.querySelectorAll('[part~="item"]').length === 4);
    await page.waitForFunction(() => document.getElementById('inline-list').shadowRoot.textContent.includes('Our digital help desk'));
    assert.match(await text(page, 'finder'), /1 city matches “wien”\. .*Vienna Austria · member/);
    assert.match(await text(page, 'involved'), /Vienna is already a member\./);
    await page.waitForFunction(() => document.getElementById('map').shadowRoot.querySelector('.land path')?.getAttribute('d'));
    assert.equal(
      await page.evaluate(() => document.getElementById('map').shadowRoot.querySelectorAll('.marker').length),
      await page.evaluate(() => document.getElementById('bad-map').shadowRoot.querySelectorAll('.marker').length),
    );
    assert.match(await text(page, 'map'), /member cities on the map/);
    assert.match(await text(page, 'about'), /launched the coalition on November 14, 2018/);
    const defined = await page.evaluate((tags) => tags.filter((tag) => customElements.get(tag)), tags);
    assert.deepEqual(defined, tags);
  });

  it('shows a polite message for each bad input, with one warning each, and leaves the page alone', async () => {
    assert.match(await text(page, 'bad-card'), /There is no principle called “<img src=x onerror=alert\(1\)>”/);
    assert.match(await text(page, 'missing-card'), /Choose a principle to show/);
    assert.match(await text(page, 'bad-badge'), /<script>alert\(1\)<\/script> is not in our list of member cities/);
    assert.match(await text(page, 'missing-badge'), /Add a city name/);
    await page.waitForFunction(() => document.getElementById('bad-list').shadowRoot.textContent.includes('not recognised'));
    assert.match(await text(page, 'bad-list'), /The principle filter “javascript:alert\(1\)” is not recognised/);
    assert.match(await text(page, 'bad-finder'), /The region “<b>Mars<\/b>” is not recognised.*No city in our list matches “<svg onload=alert\(1\)>”/);
    assert.match(await text(page, 'bad-involved'), /Springfield is not in our list of member cities/);
    assert.match(await text(page, 'bad-map'), /The city “"><script>alert\(1\)<\/script>” to highlight is not in our list/);
    const warnings = seen.warnings.filter((w) => w.startsWith('<cc4dr-'));
    assert.deepEqual(warnings.map((w) => w.slice(0, w.indexOf(':'))).sort(), [
      '<cc4dr-example-list>',
      '<cc4dr-get-involved>',
      '<cc4dr-get-involved>',
      '<cc4dr-member-badge>',
      '<cc4dr-member-badge>',
      '<cc4dr-member-finder>',
      '<cc4dr-member-map>',
      '<cc4dr-principle-card>',
      '<cc4dr-principle-card>',
      '<cc4dr-principle-card>',
    ]);
    assert.equal(await page.$eval('#host-content', (p) => p.textContent), 'The rest of the host page.');
    assert.equal(await page.evaluate(() => document.querySelectorAll('img, svg, script:not([src]):not([type="application/json"])').length), 0);
  });

  it('causes no policy violation and no uncaught error', async () => {
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(seen.errors, []);
    assert.deepEqual(seen.consoleErrors, []);
  });

  it('requests nothing off the page’s origin and stores nothing', async () => {
    assert.ok(seen.requests.length > 0);
    assert.deepEqual(seen.requests.filter((url) => !url.startsWith(`${site.origin}/`)), []);
    assert.deepEqual(seen.requests.filter((url) => /messages-/.test(url)), [], 'an English page fetches no language');
    assert.deepEqual(await page.cookies(), []);
    const storage = await page.evaluate(async () => ({
      local: localStorage.length,
      session: sessionStorage.length,
      databases: (await indexedDB.databases()).length,
      caches: (await caches.keys()).length,
    }));
    assert.deepEqual(storage, { local: 0, session: 0, databases: 0, caches: 0 });
  });

  it('shows every element in each of the eight languages, switched at run time, with no violation', async () => {
    for (const locale of ['es', 'ca', 'fr', 'de', 'nl', 'pt', 'ar', 'en']) {
      await page.evaluate((locale) => (document.documentElement.lang = locale), locale);
      await page.waitForFunction(
        (locale) =>
          [...document.querySelectorAll('*')]
            .filter((el) => el.localName.startsWith('cc4dr-'))
            .every((el) => el.shadowRoot.firstElementChild?.getAttribute('lang') === locale),
        { timeout: 5000 },
        locale,
      );
      const dirs = await page.evaluate(() => [...new Set([...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('cc4dr-')).map((el) => el.shadowRoot.firstElementChild.getAttribute('dir')))]);
      assert.deepEqual(dirs, [locale === 'ar' ? 'rtl' : 'ltr'], locale);
    }
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(seen.errors, []);
    assert.deepEqual(seen.requests.filter((url) => !url.startsWith(`${site.origin}/`)), []);
  });

  it('has no accessibility violation, in any of the eight languages', async () => {
    // axe itself is not CSP-clean, so it runs on a second load of the same page with the policy bypassed.
    const axePage = await browser.newPage();
    await axePage.setBypassCSP(true);
    await open(axePage, `${site.origin}/test/fixtures/csp-page.html`);
    assert.deepEqual(await axeViolations(axePage), []);
    for (const locale of ['es', 'ca', 'fr', 'de', 'nl', 'pt', 'ar']) {
      await axePage.evaluate((locale) => (document.documentElement.lang = locale), locale);
      await axePage.waitForFunction(
        (locale) =>
          [...document.querySelectorAll('*')]
            .filter((el) => el.localName.startsWith('cc4dr-'))
            .every((el) => el.shadowRoot.firstElementChild?.getAttribute('lang') === locale),
        {},
        locale,
      );
      assert.deepEqual(await axeViolations(axePage), [], locale);
    }
    await axePage.close();
  });

  it('tolerates a second copy of the library on the page', async () => {
    const second = await browser.newPage();
    const watched = await watchPage(second);
    await open(second, `${site.origin}/test/fixtures/csp-page.html`);
    await second.evaluate(() => import('/dist/cc4dr-widgets.js?second-copy'));
    assert.deepEqual(watched.errors, []);
    const redefined = watched.warnings.filter((w) => w.includes('already defined by another script'));
    assert.equal(redefined.length, tags.length);
    assert.match(await text(second, 'badge'), /Vienna is a member/);
    await second.close();
  });
});
