// The demo page that `npm start` serves, under the same strict policy, in Chromium and in Firefox.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { tags } from '../../scripts/elements.mjs';
import { strictCsp } from '../../scripts/static-server.mjs';
import { allRendered, axeViolations, engines, layoutShifts, openServedPage, watchLayoutShifts } from './browser.mjs';

for (const { name: engine, launch } of engines)
  describe(`demo page in ${engine}`, () => {
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

    it('shows every element of the registry, rendered, beside its snippet', async () => {
      const shown = await page.evaluate(
        (tags) =>
          tags.map((tag) => {
            const element = document.querySelector(`main ${tag}`);
            const snippets = [...(element?.closest('section')?.querySelectorAll('pre code') ?? [])].map((code) => code.textContent);
            return { tag, present: Boolean(element), rendered: Boolean(element?.shadowRoot?.textContent.trim()), snippets };
          }),
        tags,
      );
      for (const { tag, present, rendered, snippets } of shown) {
        assert.ok(present, `${tag} is on the demo page`);
        assert.ok(rendered, `${tag} rendered`);
        assert.ok(
          snippets.some((snippet) => snippet.startsWith(`<${tag}`)),
          `${tag}: its snippet beside it`,
        );
      }
    });

    it('loads the library’s own examples from a file on its own origin', async () => {
      // openServedPage waited for every widget's updateComplete, which waits for the library's own records too.
      const own = await page.evaluate(() =>
        [...document.querySelectorAll('cc4dr-example-list')].flatMap((list) =>
          [...list.shadowRoot.querySelectorAll('[part~="item"]')]
            .filter((item) => [...item.querySelectorAll('.flag')].some((flag) => flag.textContent.trim() === 'From our library'))
            .map((item) => item.querySelector('[part~="title"]').textContent.trim()),
        ),
      );
      assert.deepEqual(own, ['Privacy café at the central library'], 'the library’s own example, marked as its own');
      assert.ok(
        seen.requests.some((url) => url === `${site.origin}/demo/our-examples.json`),
        'fetched from the demo’s own origin',
      );
    });

    it('switches every widget to another language from its menu', async () => {
      const languages = () =>
        page.evaluate(() =>
          [...document.querySelectorAll('main *')]
            .filter((el) => el.localName.startsWith('cc4dr-'))
            .map(
              (el) =>
                `${el.localName} ${el.shadowRoot.firstElementChild?.getAttribute('lang')} ${el.shadowRoot.firstElementChild?.getAttribute('dir')}`,
            ),
        );
      const widgets = (await languages()).length;
      await page.select('#language', 'ar');
      await allRendered(page);
      assert.deepEqual([...new Set((await languages()).map((w) => w.split(' ').slice(1).join(' ')))], ['ar rtl'], 'every widget in Arabic');
      await page.select('#language', 'en');
      await allRendered(page);
      const english = await languages();
      assert.equal(english.length, widgets);
      assert.deepEqual([...new Set(english.map((w) => w.split(' ').slice(1).join(' ')))], ['en ltr'], 'every widget back in English');
    });

    it(`runs with no policy violation, error or request elsewhere${chromium ? ', and no axe violation' : ''}`, async () => {
      assert.deepEqual(await page.evaluate(() => window.__violations), []);
      assert.deepEqual(seen.errors, []);
      assert.deepEqual(seen.consoleErrors, []);
      assert.deepEqual(
        seen.requests.filter((url) => !url.startsWith(`${site.origin}/`)),
        [],
      );
      if (chromium) assert.deepEqual(await axeViolations(page), []);
    });

    it('themes its "match your site" example with exactly the CSS it shows', async () => {
      const shown = await page.$eval('#match-your-site ~ .match-row pre', (pre) => pre.textContent);
      const css = readFileSync(new URL('../../demo/demo.css', import.meta.url), 'utf8');
      const declarations = shown.split('\n').filter((line) => /^\s+[-a-z0-9]+: /.test(line));
      assert.ok(declarations.length >= 7);
      for (const line of declarations) assert.ok(css.includes(line), line.trim());
      const accent = await page.$eval('.site-example cc4dr-member-badge', (b) =>
        getComputedStyle(b).getPropertyValue('--cc4dr-color-accent').trim(),
      );
      assert.equal(accent, '#7a1f5c');
    });

    if (chromium)
      it('does not shift its layout while the widgets load and render (CLS 0, wide and narrow)', async () => {
        const browser = await launch();
        try {
          for (const width of [1280, 375]) {
            const visitor = await browser.newPage();
            await visitor.setViewport({ width, height: 800 });
            await watchLayoutShifts(visitor);
            await visitor.goto(`${site.origin}/demo/`, { waitUntil: 'networkidle0' });
            // The library's own examples arrive from a file: wait until they are shown, every widget has rendered and
            // two frames have been laid out, then take the shifts not yet delivered too.
            await visitor.waitForFunction(() =>
              [...document.querySelectorAll('cc4dr-example-list')].some((l) => l.shadowRoot?.textContent.includes('Privacy café')),
            );
            await allRendered(visitor);
            assert.deepEqual(await layoutShifts(visitor), [], `no layout shift at ${width} px`);
            await visitor.close();
          }
        } finally {
          await browser.close();
        }
      });
  });
