// The script-tag file alone, on a plain page served with the strict policy from the README.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import {
  allRendered,
  axeViolations,
  engines,
  launchChromium,
  layoutShifts,
  openServedPage,
  shadowText as text,
  strictPolicy,
  watchLayoutShifts,
  watchPage,
} from './browser.mjs';
import { elements, exampleMarkup, tags } from '../../scripts/elements.mjs';

async function open(page, url) {
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate((tags) => Promise.all(tags.map((tag) => customElements.whenDefined(tag))), tags);
  await allRendered(page);
}

for (const { name: engine, launch } of engines)
  describe(`dist/cc4dr-widgets.js on a page with a strict CSP, in ${engine}`, () => {
    const chromiumOnly =
      engine === 'Chromium' ? {} : { skip: 'needs the Chrome DevTools Protocol (axe runs in both browsers in the browser tests)' };
    let opened;
    let browser;
    let site;
    let page;
    let seen;

    before(async () => {
      opened = await openServedPage('/test/fixtures/csp-page.html', { launch });
      ({ browser, site, page, seen } = opened);
    });

    after(() => opened?.close());

    it('defines and renders every element', async () => {
      assert.match(await text(page, 'card'), /Privacy, data protection and security/);
      assert.match(await text(page, 'card-dark'), /Universal and equal access to the internet, and digital literacy/);
      assert.match(await text(page, 'badge'), /Vienna \(Austria\) is a member of the Cities Coalition for Digital Rights\./);
      assert.match(
        await text(page, 'badge-founding'),
        /New York City \(United States\): member of the Cities Coalition for Digital Rights/,
      );
      assert.match(await text(page, 'badge-unconfirmed'), /could not confirm whether Moscow/);
      await page.waitForFunction(() => document.getElementById('list').shadowRoot.querySelectorAll('[part~="item"]').length === 4);
      await page.waitForFunction(() => document.getElementById('inline-list').shadowRoot.textContent.includes('Our digital help desk'));
      assert.match(await text(page, 'finder'), /1 city matches “wien”\. .*Vienna Austria · member since March 2019 at the latest/);
      assert.match(await text(page, 'involved'), /Vienna \(Austria\) is already a member\./);
      await page.waitForFunction(() => document.getElementById('map').shadowRoot.querySelector('.land path')?.getAttribute('d'));
      assert.equal(
        await page.evaluate(() => document.getElementById('map').shadowRoot.querySelectorAll('.marker').length),
        await page.evaluate(() => document.getElementById('bad-map').shadowRoot.querySelectorAll('.marker').length),
      );
      assert.match(await text(page, 'map'), /member cities on the map/);
      assert.match(await text(page, 'about'), /launched the coalition on November 14, 2018/);
      assert.match(await text(page, 'check'), /What does your library already do for digital rights\?/);
      const defined = await page.evaluate((tags) => tags.filter((tag) => customElements.get(tag)), tags);
      assert.deepEqual(defined, tags);
      assert.deepEqual(
        await page.evaluate((tags) => tags.filter((tag) => !document.querySelector(tag)), tags),
        [],
        'every element of the registry is on the page',
      );
    });

    it('shows a polite message for each bad input, with one warning each, and leaves the page alone', async () => {
      assert.match(await text(page, 'bad-card'), /There is no principle called “<img src=x onerror=alert\(1\)>”/);
      assert.match(await text(page, 'missing-card'), /Choose a principle to show/);
      assert.match(await text(page, 'bad-badge'), /<script>alert\(1\)<\/script> is not in our list of member cities/);
      assert.match(await text(page, 'missing-badge'), /Add a city name/);
      await page.waitForFunction(() => document.getElementById('bad-list').shadowRoot.textContent.includes('not recognised'));
      assert.match(await text(page, 'bad-list'), /The principle filter “javascript:alert\(1\)” is not recognised/);
      assert.match(
        await text(page, 'bad-finder'),
        /The region “<b>Mars<\/b>” is not recognised.*No city in our list matches “<svg onload=alert\(1\)>”/,
      );
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
      assert.equal(
        await page.evaluate(() => document.querySelectorAll('img, svg, script:not([src]):not([type="application/json"])').length),
        0,
      );
    });

    it('causes no policy violation and no uncaught error', async () => {
      assert.deepEqual(await page.evaluate(() => window.__violations), []);
      assert.deepEqual(seen.errors, []);
      assert.deepEqual(seen.consoleErrors, []);
    });

    it('requests nothing off the page’s origin and stores nothing', async () => {
      assert.ok(seen.requests.length > 0);
      assert.deepEqual(
        seen.requests.filter((url) => !url.startsWith(`${site.origin}/`)),
        [],
      );
      assert.deepEqual(
        seen.requests.filter((url) => /messages-/.test(url)),
        [],
        'an English page fetches no language',
      );
      assert.deepEqual(await page.cookies(), []);
      const storage = await page.evaluate(async () => ({
        local: localStorage.length,
        session: sessionStorage.length,
        databases: (await indexedDB.databases()).length,
        caches: (await caches.keys()).length,
      }));
      assert.deepEqual(storage, { local: 0, session: 0, databases: 0, caches: 0 });
    });

    it('shows every element in each of the nine languages and each theme, switched at run time, with no violation', async () => {
      for (const locale of ['es', 'ca', 'fr', 'de', 'nl', 'pt', 'pt-BR', 'ar', 'en']) {
        await page.evaluate((locale) => (document.documentElement.lang = locale), locale);
        await page.waitForFunction(
          (locale) =>
            [...document.querySelectorAll('*')]
              .filter((el) => el.localName.startsWith('cc4dr-'))
              .every((el) => el.shadowRoot.firstElementChild?.getAttribute('lang') === locale),
          { timeout: 5000 },
          locale,
        );
        const dirs = await page.evaluate(() => [
          ...new Set(
            [...document.querySelectorAll('*')]
              .filter((el) => el.localName.startsWith('cc4dr-'))
              .map((el) => el.shadowRoot.firstElementChild.getAttribute('dir')),
          ),
        ]);
        assert.deepEqual(dirs, [locale === 'ar' ? 'rtl' : 'ltr'], locale);
      }
      for (const theme of ['dark', 'light', 'auto']) {
        await page.evaluate(
          (theme) => document.querySelectorAll('*').forEach((el) => el.localName.startsWith('cc4dr-') && el.setAttribute('theme', theme)),
          theme,
        );
        await allRendered(page);
      }
      assert.deepEqual(await page.evaluate(() => window.__violations), []);
      assert.deepEqual(seen.errors, []);
      assert.deepEqual(
        seen.requests.filter((url) => !url.startsWith(`${site.origin}/`)),
        [],
      );
    });

    it('has no accessibility violation, in any of the nine languages', chromiumOnly, async () => {
      // axe itself is not CSP-clean, so it runs on a second load of the same page with the policy bypassed.
      const axePage = await browser.newPage();
      await axePage.setBypassCSP(true);
      await open(axePage, `${site.origin}/test/fixtures/csp-page.html`);
      assert.deepEqual(await axeViolations(axePage), []);
      for (const locale of ['es', 'ca', 'fr', 'de', 'nl', 'pt', 'pt-BR', 'ar']) {
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

    /**
     * Opens the CSP test page under `policy` (the site's own policy is fixed), and then `address`: by default a second
     * copy of the library (the single-file build, as a page that pastes it beside a plugin's copy would).
     */
    async function withSecondCopy(policy, address = '/dist/cc4dr-widgets.single.js') {
      const second = await browser.newPage();
      const watched = await watchPage(second);
      const body = await (await fetch(`${site.origin}/test/fixtures/csp-page.html`)).text();
      await second.setRequestInterception(true);
      second.on('request', (request) =>
        request.url().endsWith('/two-copies.html')
          ? request.respond({ contentType: 'text/html', headers: { 'content-security-policy': policy }, body })
          : request.continue(),
      );
      await open(second, `${site.origin}/test/fixtures/two-copies.html`);
      const loaded = await second.evaluate(
        (address) =>
          import(address).then(
            () => 'loaded',
            (error) => String(error),
          ),
        address,
      );
      return { second, watched, loaded };
    }

    it('runs once when the entry is loaded again under another address (a host adding ?ver= or a hash)', async () => {
      const { second, watched, loaded } = await withSecondCopy(`${strictPolicy} 'allow-duplicates'`, '/dist/cc4dr-widgets.js?ver=0.1.0');
      assert.equal(loaded, 'loaded');
      assert.deepEqual(watched.errors, []);
      assert.deepEqual(
        watched.warnings.filter((w) => w.includes('already defined')),
        [],
      );
      // The language and map chunks the page loads afterwards are the same modules as the first entry's.
      await second.evaluate(() => Object.assign(document.getElementById('badge'), { lang: 'de', city: 'Wien' }));
      await allRendered(second);
      assert.match(await text(second, 'badge'), /Wien \(Österreich\) ist Mitglied/);
      const fetched = await second.evaluate(() =>
        performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname + new URL(entry.name).search),
      );
      assert.deepEqual(
        fetched.filter((address) => address.startsWith('/dist/cc4dr-widgets.js')),
        ['/dist/cc4dr-widgets.js', '/dist/cc4dr-widgets.js?ver=0.1.0'],
      );
      assert.equal(
        fetched.filter((address) => /^\/dist\/cc4dr-widgets\/script-tag-[\w-]+\.js$/.test(address)).length,
        1,
        fetched.join('\n'),
      );
      assert.ok(
        fetched.some((address) => address.startsWith('/dist/cc4dr-widgets/messages-de-')),
        'German arrived',
      );
      await second.close();
    });

    it(`tolerates a second copy of the library when the policy allows duplicate policies`, async () => {
      const { second, watched, loaded } = await withSecondCopy(`${strictPolicy} 'allow-duplicates'`);
      assert.equal(loaded, 'loaded');
      assert.deepEqual(watched.errors, []);
      assert.deepEqual(await second.evaluate(() => window.__violations), []);
      const redefined = watched.warnings.filter((w) => w.includes('already defined by another script'));
      assert.equal(redefined.length, tags.length);
      assert.match(await text(second, 'badge'), /Vienna \(Austria\) is a member/);
      await second.close();
    });

    it('under `trusted-types lit-html` alone, a second copy cannot start, and the first one keeps working', async () => {
      const { second, loaded } = await withSecondCopy(strictPolicy);
      assert.match(loaded, /TypeError.*lit-html/);
      assert.ok((await second.evaluate(() => window.__violations)).every((v) => v.startsWith('trusted-types')));
      assert.match(await text(second, 'badge'), /Vienna \(Austria\) is a member/);
      await second.evaluate(() => Object.assign(document.getElementById('badge'), { country: 'ES', city: 'Barcelona' }));
      await allRendered(second);
      assert.match(await text(second, 'badge'), /Barcelona \(Spain\) is a member/);
      await second.close();
    });

    it('the single-file build alone renders every element and language under the strict policy, fetching no chunk', async () => {
      const single = await browser.newPage();
      const watched = await watchPage(single);
      const body = (await (await fetch(`${site.origin}/test/fixtures/csp-page.html`)).text()).replace(
        '/dist/cc4dr-widgets.js',
        '/dist/cc4dr-widgets.single.js',
      );
      const requested = [];
      await single.setRequestInterception(true);
      single.on('request', (request) => {
        requested.push(new URL(request.url()).pathname);
        return request.url().endsWith('/single.html')
          ? request.respond({ contentType: 'text/html', headers: { 'content-security-policy': strictPolicy }, body })
          : request.continue();
      });
      await open(single, `${site.origin}/test/fixtures/single.html`);
      await single.waitForFunction(() => document.getElementById('map').shadowRoot.querySelector('.land path')?.getAttribute('d'));
      assert.match(await text(single, 'check'), /What does your library already do for digital rights\?/);
      await single.evaluate(() => Object.assign(document.getElementById('badge'), { lang: 'de', city: 'Wien' }));
      await allRendered(single);
      assert.match(await text(single, 'badge'), /Wien \(Österreich\) ist Mitglied/);
      assert.deepEqual(
        requested.filter((path) => path.startsWith('/dist/')),
        ['/dist/cc4dr-widgets.single.js'],
      );
      assert.deepEqual(watched.errors, []);
      assert.deepEqual(await single.evaluate(() => window.__violations), []);
      await single.close();
    });

    it('an old entry kept in a cache after an upgrade fails politely: the fallback stays, the host page keeps working', async () => {
      const stale = await browser.newPage();
      const watched = await watchPage(stale);
      const page = `<!doctype html><html lang="en"><title>After an upgrade</title><main>
        <cc4dr-member-badge city="Vienna" country="AT"><p><a href="https://citiesfordigitalrights.org/cities">Is Vienna a member?</a></p></cc4dr-member-badge>
        <button id="own" type="button">The library's own button</button>
        <script type="module" src="/dist/cc4dr-widgets.js?ver=0.0.9"></script>
        <script type="module" src="/own.js"></script>
      </main></html>`;
      await stale.setRequestInterception(true);
      stale.on('request', (request) => {
        const path = new URL(request.url()).pathname;
        if (path === '/stale.html')
          return request.respond({
            contentType: 'text/html',
            headers: { 'content-security-policy': strictPolicy },
            body: page,
          });
        if (path === '/own.js')
          return request.respond({
            contentType: 'text/javascript',
            body: "document.getElementById('own').addEventListener('click', (e) => { e.target.textContent = 'clicked'; });",
          });
        // The entry of an earlier version, as a cache kept it: it asks for that version's core, gone from the server.
        if (path === '/dist/cc4dr-widgets.js')
          return request.respond({
            contentType: 'text/javascript',
            body: readFileSync(new URL('../../dist/cc4dr-widgets.js', import.meta.url), 'utf8').replace(
              /script-tag-[\w-]{8}/,
              'script-tag-0ld0ld00',
            ),
          });
        return request.continue();
      });
      await stale.goto(`${site.origin}/stale.html`, { waitUntil: 'load' });
      await stale.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.includes('script-tag-0ld0ld00')));
      await stale.click('#own');
      assert.equal(await stale.$eval('#own', (b) => b.textContent), 'clicked');
      assert.equal(await stale.evaluate(() => customElements.get('cc4dr-member-badge')), undefined);
      const fallback = await stale.$eval('cc4dr-member-badge a', (a) => ({ text: a.innerText, shown: a.getClientRects().length > 0 }));
      assert.deepEqual(fallback, { text: 'Is Vienna a member?', shown: true });
      // Firefox reports the missing file itself, as an error of the page's.
      assert.deepEqual(
        watched.errors.filter((e) => !/Loading module from .*script-tag-0ld0ld00\.js/.test(e)),
        [],
      );
      await stale.close();
    });

    it('upgrades elements made, filled and given properties before the library loaded', async () => {
      const early = await browser.newPage();
      const watched = await watchPage(early);
      await early.setRequestInterception(true);
      early.on('request', (request) =>
        request.url().endsWith('/early.html')
          ? request.respond({
              contentType: 'text/html',
              headers: { 'content-security-policy': strictPolicy },
              body: '<!doctype html><html lang="en"><title>Early</title><main></main></html>',
            })
          : request.continue(),
      );
      await early.goto(`${site.origin}/early.html`);
      await early.evaluate(async () => {
        const main = document.querySelector('main');
        const badge = document.createElement('cc4dr-member-badge');
        badge.setAttribute('city', 'Vienna');
        badge.setAttribute('country', 'AT');
        badge.compact = true; // a property, set while the element is still unknown
        const list = document.createElement('cc4dr-example-list');
        list.examples = [
          {
            id: 'early',
            title: 'Set before the library loaded',
            city: 'Vienna',
            country: 'AT',
            year: 2026,
            principles: ['access'],
            category: 'digital-skills',
            libraries: true,
            summary: 'Given as a property before the upgrade.',
            sources: [{ url: 'https://library.example.org/early', title: 'Early' }],
            checked: '2026-11-01',
          },
        ];
        list.setAttribute('city', 'Vienna');
        main.append(badge, list);
        await import('/dist/cc4dr-widgets.js');
        await Promise.all(['cc4dr-member-badge', 'cc4dr-example-list'].map((tag) => customElements.whenDefined(tag)));
      });
      await early.waitForFunction(() =>
        document.querySelector('cc4dr-example-list').shadowRoot?.textContent.includes('Set before the library loaded'),
      );
      assert.match(
        await early.$eval('cc4dr-member-badge', (b) => b.shadowRoot.textContent),
        /Vienna \(Austria\): member of the Cities Coalition/,
      );
      assert.deepEqual(watched.errors, []);
      await early.close();
    });
  });

describe('a page that holds its first paint for the script (blocking="render", the embed builder offers it)', () => {
  // Chromium holds a page's first paint for a render-blocking script; Firefox ESR does not yet.
  it('is first shown with the badge, principle card and introduction in place: no layout shift, in Chromium', async () => {
    const opened = await openServedPage('/test/fixtures/held-first-paint.html', { launch: launchChromium });
    try {
      const { page, browser, site } = opened;
      for (const width of [1280, 375]) {
        const visitor = await browser.newPage();
        await visitor.setViewport({ width, height: 800 });
        await watchLayoutShifts(visitor);
        await visitor.goto(`${site.origin}/test/fixtures/held-first-paint.html`, { waitUntil: 'load' });
        await allRendered(visitor);
        assert.match(await text(visitor, 'badge'), /Vienna \(Austria\) is a member/);
        assert.deepEqual(await layoutShifts(visitor), [], `no layout shift at ${width} px`);
        await visitor.close();
      }
      await page.close();
    } finally {
      await opened.close();
    }
  });

  // Asked for in the task the page holds its paint for, the lists' requests made that task, and so the first paint,
  // come later, and the lists not measurably sooner (bench/results.md).
  it('asks for a list after that task, in which the badge has rendered, in Chromium', async () => {
    const opened = await openServedPage('/test/fixtures/held-first-paint.html', {
      launch: launchChromium,
      // Before the page's scripts: when the badge's shadow root first holds its rendered content (not only the slot
      // that shows its fallback until then).
      prepare: (page) =>
        page.evaluateOnNewDocument(() => {
          const attachShadow = Element.prototype.attachShadow;
          Element.prototype.attachShadow = function (init) {
            const root = attachShadow.call(this, init);
            if (this.localName === 'cc4dr-member-badge') {
              new MutationObserver((_, observer) => {
                if (![...root.children].some((child) => child.localName !== 'slot')) return;
                observer.disconnect();
                window.badgeRenderedAt = performance.now();
              }).observe(root, { childList: true });
            }
            return root;
          };
        }),
    });
    try {
      const { page, seen } = opened;
      await page.evaluate(async () => {
        await customElements.whenDefined('cc4dr-example-list');
        await document.querySelector('#list').updateComplete;
      });
      assert.match(await text(page, 'badge'), /Vienna \(Austria\) is a member/);
      assert.match(await text(page, 'list'), /\w/);
      const { renderedAt, asked } = await page.evaluate(() => ({
        renderedAt: window.badgeRenderedAt,
        asked: performance
          .getEntriesByType('resource')
          .filter((entry) => /\/(example-list|examples)-[\w-]{8}\.js$/.test(entry.name))
          .map((entry) => entry.startTime),
      }));
      assert.equal(typeof renderedAt, 'number', 'the badge’s rendered content was seen');
      assert.equal(asked.length, 2, 'the list and its examples');
      for (const startTime of asked)
        assert.ok(startTime > renderedAt, `asked for at ${startTime} ms, the badge rendered at ${renderedAt} ms`);
      assert.deepEqual(seen.errors, []);
      assert.deepEqual(seen.warnings, []);
    } finally {
      await opened.close();
    }
  });
});

describe('a page that does not hold its first paint gets the widgets in turns', () => {
  for (const { name, launch } of engines) {
    it(`defines each element the script tag shows at once in a task of its own, after the file has run, in ${name}`, async () => {
      const opened = await openServedPage('/test/fixtures/defined-in-turns.html', { launch });
      try {
        const { page, seen } = opened;
        assert.deepEqual(await page.evaluate(() => window.definedWithEntry), [], 'none while the file runs');
        assert.deepEqual(
          await page.evaluate(() => window.definedWithBadge),
          ['cc4dr-member-badge'],
          'the badge in a task without the others',
        );
        assert.match(await text(page, 'badge'), /Barcelona \(Spain\) is a member/);
        assert.match(await text(page, 'card'), /Universal and equal access/);
        assert.match(await text(page, 'about'), /launched the coalition/);
        assert.deepEqual(seen.errors, []);
        assert.deepEqual(seen.warnings, []);
      } finally {
        await opened.close();
      }
    });
  }
});

describe('a list fetched on demand', () => {
  // The modules the example list's chunk imports, besides the script tag's shared part (those it shares with the
  // others), and the data its example shows (the registry's fetchedWith: the examples).
  const chunks = new URL('../../dist/cc4dr-widgets/', import.meta.url);
  const isChunkOf = (name, file) => new RegExp(`^${name}-[\\w-]{8}\\.js$`).test(file);
  const chunkOf = (name) => readdirSync(chunks).find((file) => isChunkOf(name, file));
  const listChunk = chunkOf('example-list');
  const shared = [...readFileSync(new URL(listChunk, chunks), 'utf8').matchAll(/from"\.\/([\w-]+\.js)"/g)]
    .map((match) => match[1])
    .filter((file) => !file.startsWith('script-tag-'));
  const data = elements.find((element) => element.name === 'example-list').fetchedWith.map(chunkOf);

  for (const { name, launch } of engines) {
    it(`comes with the modules it shares with the other lists and with its data, asked for together, not a round later, in ${name}`, async () => {
      assert.ok(shared.length > 0, `${listChunk} imports no module of its own`);
      assert.deepEqual(data, [chunkOf('examples')]);
      const opened = await openServedPage('/test/fixtures/one-list.html', { launch });
      try {
        const { page, seen } = opened;
        assert.ok((await page.$$eval('cc4dr-example-list', ([list]) => list.shadowRoot.querySelectorAll('li').length)) > 0);
        const fetched = await page.evaluate(() =>
          performance
            .getEntriesByType('resource')
            .map((entry) => ({ file: new URL(entry.name).pathname.split('/').pop(), start: entry.startTime, end: entry.responseEnd })),
        );
        const files = fetched.map((entry) => entry.file).join(', ');
        const list = fetched.find((entry) => entry.file === listChunk);
        assert.ok(list, files);
        for (const file of [...shared, ...data]) {
          const module = fetched.find((entry) => entry.file === file);
          assert.ok(module, `${file} not fetched: ${files}`);
          assert.ok(module.start <= list.end, `${file} asked for after the list had arrived`);
        }
        assert.deepEqual(seen.errors, []);
        assert.deepEqual(seen.warnings, []);
      } finally {
        await opened.close();
      }
    });
  }

  it('asks, with each list, for just the data its example shows (the registry’s fetchedWith), in Chromium', async () => {
    const onDemand = elements.filter((element) => element.scriptTag === 'on demand');
    const pageOf = (element) =>
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${element.title}</title>` +
      `<script type="module" src="/dist/cc4dr-widgets.js"></script></head><body>${exampleMarkup(element)}</body></html>`;
    const opened = await openServedPage('/test/fixtures/one-list.html', {
      prepare: async (page) => {
        await page.setRequestInterception(true);
        page.on('request', (request) => {
          const element = onDemand.find((e) => request.url().endsWith(`/example-of/${e.name}.html`));
          if (!element) return request.continue();
          return request.respond({ contentType: 'text/html', headers: { 'content-security-policy': strictPolicy }, body: pageOf(element) });
        });
      },
    });
    try {
      const { page, site, seen } = opened;
      for (const element of onDemand) {
        await page.goto(`${site.origin}/example-of/${element.name}.html`, { waitUntil: 'networkidle0' });
        await allRendered(page);
        const fetched = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name.split('/').pop()));
        const lazyFetched = element.lazy.filter((name) => fetched.some((file) => isChunkOf(name, file)));
        assert.deepEqual(lazyFetched.sort(), [...element.fetchedWith].sort(), `<${element.tag}>: ${fetched.join(', ')}`);
      }
      assert.deepEqual(seen.errors, []);
      assert.deepEqual(seen.warnings, []);
    } finally {
      await opened.close();
    }
  });

  it('shows the list when its data cannot be fetched, with the one warning the list gives for it, in Chromium', async () => {
    const opened = await openServedPage('/test/fixtures/one-list.html', {
      prepare: async (page) => {
        await page.setRequestInterception(true);
        page.on('request', (request) => (request.url().endsWith(`/${data[0]}`) ? request.abort() : request.continue()));
      },
    });
    try {
      const { page, seen } = opened;
      assert.equal(
        await page.$eval('cc4dr-example-list', (list) => list.shadowRoot.querySelector('[part~="message"]')?.textContent.trim()),
        'There are no examples for this selection yet. Try fewer filters, or look at the coalition’s website for more.',
      );
      assert.deepEqual(seen.warnings, [
        '<cc4dr-example-list>: the bundled examples could not be loaded; only the library’s own are shown.',
      ]);
      assert.deepEqual(seen.errors, []);
    } finally {
      await opened.close();
    }
  });
});

describe('the script-tag build runs once whatever address the host gives its entry', () => {
  const dist = new URL('../../dist/', import.meta.url);

  it('dist/cc4dr-widgets.js holds no shared code: it imports one content-hashed chunk and records its address', () => {
    const entry = readFileSync(new URL('cc4dr-widgets.js', dist), 'utf8').trim();
    assert.match(
      entry,
      /^import\{(\w+) as (\w+)\}from"\.\/cc4dr-widgets\/script-tag-[\w-]{8}\.js";\2\(import\.meta\.url\);?$|^import\{(\w+)\}from"\.\/cc4dr-widgets\/script-tag-[\w-]{8}\.js";\3\(import\.meta\.url\);?$/,
    );
  });

  it('no chunk imports the entry, so a query or hash on its address cannot make a second copy', () => {
    const chunks = readdirSync(new URL('cc4dr-widgets/', dist));
    assert.ok(chunks.length > 20, `${chunks.length} chunks`);
    for (const chunk of chunks) {
      const code = readFileSync(new URL(`cc4dr-widgets/${chunk}`, dist), 'utf8');
      assert.ok(!/["']\.\.\/cc4dr-widgets\.js["'?#]/.test(code), `${chunk} imports the entry`);
      assert.match(chunk, /-[\w-]{8}\.js$/, `${chunk} is named by its content`);
    }
  });

  it('dist/cc4dr-widgets.single.js needs no other file', () => {
    const single = readFileSync(new URL('cc4dr-widgets.single.js', dist), 'utf8');
    const imports = single.match(/(?:\bimport\s*\(?|\bfrom)\s*["'](?:\.|\/|https?:)[^"']*["']/g) ?? [];
    assert.deepEqual(imports, [], 'no import of another file, static or dynamic');
  });
});
