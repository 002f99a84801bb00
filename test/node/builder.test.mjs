// The embed builder page, as an editor uses it: by keyboard alone, under a strict policy, copying the snippet and
// pasting it into a page of their own, in Chromium and in Firefox.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { elements } from '../../scripts/elements.mjs';
import { strictCsp } from '../../scripts/static-server.mjs';
import { allRendered, axeViolations, engines, openServedPage, watchPage } from './browser.mjs';

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
const pinned = `https://cdn.jsdelivr.net/npm/cc4dr-widgets@${version}/dist/cc4dr-widgets.js`;
// The script of the copy the builder belongs to, beside its folder: the builder is served at /dist/builder/.
const besideTheBuilder = '/dist/cc4dr-widgets.js';

/** Presses Tab until `selector` has focus; fails after `limit` presses. Returns how many it took. */
async function tabTo(page, selector, limit = 40) {
  for (let presses = 1; presses <= limit; presses += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s), selector)) return presses;
  }
  throw new Error(`Tab never reached ${selector}`);
}

const previewText = (page) =>
  page.evaluate(async () => {
    const widget = document.querySelector('.preview > *');
    // The map and the library check are defined once a page first has one.
    await customElements.whenDefined(widget.localName);
    await widget.updateComplete;
    return widget.shadowRoot.textContent.replace(/\s+/g, ' ');
  });

/**
 * Every control of the builder that is out of place: outside its column (the form, or the preview and snippet), off
 * the screen, or over the other column. An empty list when the page reflows as it should.
 */
const misplacedControls = (page) =>
  page.evaluate(() => {
    const columns = [...document.querySelectorAll('.builder-form, .builder-result')];
    const screenWidth = document.documentElement.clientWidth;
    const overlap = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    const inside = (a, b) => a.left >= b.left - 0.5 && a.right <= b.right + 0.5;
    const misplaced = [];
    for (const control of document.querySelectorAll('.cc4dr-builder :is(input, select, textarea, button)')) {
      const box = control.getBoundingClientRect();
      const own = control.closest('.builder-form, .builder-result');
      const other = columns.find((column) => column !== own);
      const name = `${control.localName}#${control.id || control.className}`;
      const edges = `${Math.round(box.left)}–${Math.round(box.right)} px`;
      if (!inside(box, own.getBoundingClientRect())) misplaced.push(`${name} (${edges}) leaves its column`);
      if (box.left < 0 || box.right > screenWidth) misplaced.push(`${name} (${edges}) leaves the ${screenWidth}-px screen`);
      if (overlap(box, other.getBoundingClientRect())) misplaced.push(`${name} (${edges}) lies over the other column`);
    }
    if (document.documentElement.scrollWidth > screenWidth) misplaced.push(`the page scrolls sideways at ${screenWidth} px`);
    return misplaced;
  });

for (const { name: engine, launch } of engines)
  describe(`embed builder page in ${engine}`, () => {
    // Chromium's own: axe injected under the page's policy, clipboard permissions and switching JavaScript off (CDP).
    // Firefox copies on the key press itself, reads no clipboard for the test, and "JavaScript off" is a page whose
    // script is not there.
    const chromium = engine === 'Chromium';
    let opened;
    before(async () => {
      opened = await openServedPage('/dist/builder/', { policy: strictCsp, launch });
    });
    after(() => opened?.close());

    it(`loads under the strict policy with no error and no violation${chromium ? ', and passes axe' : ''}`, async () => {
      assert.deepEqual(opened.seen.errors, []);
      assert.deepEqual(await opened.page.evaluate(() => window.__violations), []);
      if (chromium) assert.deepEqual(await axeViolations(opened.page), []);
      assert.ok(
        opened.seen.requests.every((url) => url.startsWith(opened.site.origin)),
        'no request off the origin',
      );
    });

    it(`opens in the language its address asks for: Arabic, right to left, with its own chunks${chromium ? ', axe-clean' : ''}`, async () => {
      const page = await opened.browser.newPage();
      const seen = await watchPage(page);
      await page.goto(`${opened.site.origin}/dist/builder/?lang=ar`, { waitUntil: 'networkidle0' });
      await page.waitForSelector('.cc4dr-builder[lang="ar"]');
      await allRendered(page);
      const shown = await page.evaluate(() => ({
        lang: document.documentElement.lang,
        dir: document.documentElement.dir,
        title: document.title,
        heading: document.querySelector('h1').textContent,
        widget: document.querySelector('label[for="cc4dr-builder-element"]').textContent,
        preview: document.querySelector('.preview > *').shadowRoot.firstElementChild.getAttribute('dir'),
      }));
      assert.deepEqual(shown, {
        lang: 'ar',
        dir: 'rtl',
        title: 'منشئ شيفرة التضمين: cc4dr-widgets',
        heading: 'منشئ شيفرة التضمين',
        widget: 'الأداة',
        preview: 'rtl',
      });
      assert.ok(
        seen.requests.some((url) => /\/dist\/builder\/chunks\/messages-ar-tools-/.test(url)),
        'the Arabic builder texts, from beside the builder',
      );
      assert.deepEqual(seen.errors, []);
      assert.deepEqual(await page.evaluate(() => window.__violations), []);
      if (chromium) assert.deepEqual(await axeViolations(page), []);
      await page.close();
    });

    it('goes from nothing to a copied, complete snippet by keyboard alone', async () => {
      const { page, site } = opened;
      if (chromium)
        await page.browserContext().overridePermissions(site.origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
      await page.bringToFront();
      await page.focus('body');
      // The first stop is the choice of widget; the badge is first. Then the city, with the list as type-ahead.
      await tabTo(page, '#cc4dr-builder-element');
      await tabTo(page, '#cc4dr-builder-field-city', 1);
      await page.keyboard.type('wien');
      assert.match(await previewText(page), /Vienna \(Austria\) is a member of the Cities Coalition for Digital Rights/);
      assert.match(await page.$eval('#cc4dr-builder-field-city-hint', (p) => p.textContent), /Found: Vienna \(Austria\), a member/);
      await tabTo(page, 'button.copy');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.querySelector('.copy-status').textContent.startsWith('Copied'));
      const copied = await page.$eval('textarea', (t) => t.value);
      if (chromium) assert.equal(await page.evaluate(() => navigator.clipboard.readText()), copied);
      assert.ok(copied.includes(`<script type="module" src="${besideTheBuilder}"></script>`), 'the script beside the builder');
      assert.ok(copied.includes(`(cc4dr-widgets ${version})`), 'the comment names the version');
      assert.ok(copied.includes('<cc4dr-member-badge city="wien" country="AT">'));
      assert.ok(
        copied.includes('<a href="https://citiesfordigitalrights.org/cities">Is wien in the Cities Coalition for Digital Rights?</a>'),
      );
      // The status is announced politely.
      assert.equal(await page.$eval('.copy-status', (p) => p.getAttribute('role')), 'status');
    });

    it(`changes the widget by keyboard, and every widget previews without an error${chromium ? ' and passes axe' : ''}`, async () => {
      const { page, seen } = opened;
      const tags = await page.$$eval('#cc4dr-builder-element option', (options) => options.map((o) => o.value));
      assert.deepEqual(
        tags,
        elements.map((e) => e.tag),
      );
      await page.focus('#cc4dr-builder-element');
      for (const tag of tags.slice(1)) {
        await page.keyboard.press('ArrowDown');
        assert.equal(await page.$eval('.preview > *', (e) => e.localName), tag);
        await previewText(page);
        await allRendered(page);
        assert.ok((await page.$eval('textarea', (t) => t.value)).includes(`<${tag}`), `${tag} snippet`);
        if (chromium) assert.deepEqual(await axeViolations(page), [], `axe with ${tag}`);
      }
      assert.deepEqual(seen.errors, []);
    });

    it('selects the snippet and says how to copy it when the browser refuses the clipboard', async () => {
      const browser = await launch();
      try {
        const page = await browser.newPage();
        const seen = await watchPage(page);
        await page.evaluateOnNewDocument(() => {
          navigator.clipboard.writeText = () => Promise.reject(new DOMException('Denied', 'NotAllowedError'));
        });
        await page.goto(`${opened.site.origin}/dist/builder/`, { waitUntil: 'networkidle0' });
        await page.click('button.copy');
        await page.waitForFunction(() => document.querySelector('.copy-status').textContent.length > 0);
        assert.match(await page.$eval('.copy-status', (p) => p.textContent), /selected: press Ctrl\+C/);
        const selection = await page.evaluate(() => {
          const t = document.activeElement;
          return { isSnippet: t.localName === 'textarea', start: t.selectionStart, end: t.selectionEnd, length: t.value.length };
        });
        assert.deepEqual(selection, { isSnippet: true, start: 0, end: selection.length, length: selection.length });
        assert.deepEqual(seen.errors, []);
      } finally {
        await browser.close();
      }
    });

    it('gives a snippet that works when pasted into a page, and reads well with JavaScript off', async () => {
      const { page, site } = opened;
      await page.select('#cc4dr-builder-element', 'cc4dr-member-badge');
      const city = await page.$('#cc4dr-builder-field-city');
      await city.click({ count: 3 });
      await city.type('Barcelona');
      const copied = await page.$eval('textarea', (t) => t.value);
      // A page of the editor's own on the site the builder is copied to: the snippet pasted in as it is.
      const pasted = `<!doctype html><html lang="en"><title>Our library</title><h1>Our library</h1>\n${copied}`;
      const withoutScript = pasted.replace(/<script [^>]*><\/script>/, '');
      assert.ok(!withoutScript.includes('<script'));
      const browser = await launch();
      try {
        for (const javaScript of [true, false]) {
          const visitor = await browser.newPage();
          if (chromium) await visitor.setJavaScriptEnabled(javaScript);
          const body = javaScript || chromium ? pasted : withoutScript;
          const seen = await watchPage(visitor);
          await visitor.setRequestInterception(true);
          visitor.on('request', (request) =>
            request.url().endsWith('/our-page.html')
              ? request.respond({ contentType: 'text/html', headers: { 'content-security-policy': strictCsp }, body })
              : request.continue(),
          );
          await visitor.goto(`${site.origin}/our-page.html`, { waitUntil: 'networkidle0' });
          if (javaScript) {
            await allRendered(visitor);
            const text = await visitor.$eval('cc4dr-member-badge', (b) => b.shadowRoot.textContent.replace(/\s+/g, ' '));
            assert.match(text, /Barcelona \(Spain\) is a member/);
            assert.deepEqual(seen.errors, []);
            assert.deepEqual(await visitor.evaluate(() => window.__violations), []);
          } else {
            const link = await visitor.$eval('cc4dr-member-badge a', (a) => ({
              text: a.textContent,
              visible: a.getClientRects().length > 0,
            }));
            assert.deepEqual(link, { text: 'Is Barcelona in the Cities Coalition for Digital Rights?', visible: true });
          }
        }
      } finally {
        await browser.close();
      }
    });

    it('offers jsDelivr only when chosen, pinned to the version', async () => {
      const { page } = opened;
      const snippetText = () => page.$eval('textarea', (t) => t.value);
      assert.ok(!(await snippetText()).includes('jsdelivr'));
      await page.click('#cc4dr-builder-script-cdn');
      assert.ok((await snippetText()).includes(`<script type="module" src="${pinned}"></script>`));
      await page.click('#cc4dr-builder-script-site');
      assert.ok((await snippetText()).includes(`<script type="module" src="${besideTheBuilder}"></script>`));
    });

    it('gives each widget an iframe that holds it on a phone 320 px wide, in English, German and Arabic', async () => {
      const page = await opened.browser.newPage();
      await page.goto(`${opened.site.origin}/dist/builder/`, { waitUntil: 'networkidle0' });
      await page.click('#cc4dr-builder-script-output-iframe');
      const framed = [];
      for (const { tag } of elements)
        for (const lang of ['', 'de', 'ar']) {
          await page.select('#cc4dr-builder-element', tag);
          await page.select('#cc4dr-builder-field-lang', lang);
          await page.waitForSelector('textarea:not([aria-busy])');
          const [, src, height] = /src="([^"]+)"[^>]* height="(\d+)"/.exec(await page.$eval('textarea', (t) => t.value));
          const advice = await page.$eval('#cc4dr-builder-frame-height', (p) => p.textContent);
          assert.ok(advice.includes(`at least ${height} px`), advice);
          framed.push({ tag, lang, src: src.replaceAll('&amp;', '&'), height: Number(height) });
        }
      // The frame page the snippet points at (the copy beside the builder), as an iframe of that height on a phone
      // shows it: a page that scrolls would lose the width of its scroll bar in Firefox.
      for (const { tag, lang, src, height } of framed) {
        await page.setViewport({ width: 320, height });
        await page.goto(src, { waitUntil: 'networkidle0' });
        await allRendered(page);
        const needed = await page.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
        assert.ok(needed <= height, `${tag} in ${lang || 'English'} needs ${needed} px at 320 px wide, the iframe gives it ${height}`);
        // Not a height for any widget at all: at most a fifth and 100 px more than it needs.
        assert.ok(height <= needed * 1.2 + 100, `${tag} in ${lang || 'English'}: ${height} px for ${needed}`);
      }
      await page.close();
    });

    it('keeps every control in its column and on the screen from 320 to 1400 px, in English, German and Arabic', async () => {
      const page = await opened.browser.newPage();
      const tags = elements.map((e) => e.tag);
      for (const lang of ['en', 'de', 'ar']) {
        await page.goto(`${opened.site.origin}/dist/builder/?lang=${lang}`, { waitUntil: 'networkidle0' });
        await page.waitForSelector(`.cc4dr-builder[lang="${lang}"]`);
        for (const width of [320, 768, 1100, 1280, 1400]) {
          await page.setViewport({ width, height: 900 });
          for (const output of ['element', 'iframe']) {
            await page.click(`#cc4dr-builder-script-output-${output}`);
            // Each widget has its own fields: every one at the widths the builder failed at (360, 1100, 1400 px), and at
            // the others the example list, whose principles and kinds of work are the longest options, and the badge.
            const checked = [320, 1100, 1400].includes(width) ? tags : ['cc4dr-example-list', 'cc4dr-member-badge'];
            for (const tag of checked) {
              await page.select('#cc4dr-builder-element', tag);
              assert.deepEqual(await misplacedControls(page), [], `${lang}, ${width} px, ${output}, ${tag}`);
            }
          }
        }
      }
      await page.close();
    });
  });
