// Forced colours (Windows high contrast) and 400 % zoom, on the strict-CSP page with every element, in Chromium and
// in Firefox; print, and a long list's far examples for a screen reader and find-in-page, in Chromium.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { allRendered, engines, launchFirefox, openServedPage } from './browser.mjs';

for (const { name: engine, launch } of engines)
  describe(`display modes in ${engine}`, () => {
    // Chromium emulates forced colours through CDP; Firefox is started with the setting its readers use, "override the
    // colours specified by the page: always", which turns forced colours on.
    const chromium = engine === 'Chromium';
    let opened;
    let page;

    before(async () => {
      opened = await openServedPage('/test/fixtures/csp-page.html', {
        launch: chromium ? launch : () => launchFirefox({ 'browser.display.document_color_use': 2 }),
      });
      ({ page } = opened);
      await page.waitForFunction(() => document.getElementById('map').shadowRoot.querySelector('.land path'));
    });

    after(() => opened?.close());

    it('keeps borders, focus rings and map markers visible in forced colours', async () => {
      const cdp = chromium ? await page.createCDPSession() : undefined;
      await cdp?.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
      assert.equal(await page.evaluate(() => matchMedia('(forced-colors: active)').matches), true);
      const boxes = await page.evaluate(() =>
        [...document.querySelectorAll('*')]
          .filter((el) => el.localName.startsWith('cc4dr-'))
          // Check boxes and file inputs are drawn by the system itself in forced colours, borders and all.
          .flatMap((el) => [
            ...el.shadowRoot.querySelectorAll(
              '.box, .badge, .message:not(:empty), input:not([type="checkbox"], [type="file"]), select, textarea, button',
            ),
          ])
          .map((el) => {
            const s = getComputedStyle(el);
            return {
              name: el.className || el.localName,
              style: s.borderTopStyle,
              width: parseFloat(s.borderTopWidth),
              color: s.borderTopColor,
              bg: s.backgroundColor,
            };
          }),
      );
      assert.ok(boxes.length > 20);
      for (const box of boxes) {
        assert.notEqual(box.style, 'none', box.name);
        assert.ok(box.width >= 1, box.name);
        assert.notEqual(box.color, box.bg, `${box.name}: border the colour of its background`);
      }
      const ring = await page.evaluate(() => {
        const card = document.getElementById('card').shadowRoot.querySelector('a');
        card.focus();
        const s = getComputedStyle(card);
        return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
      });
      assert.notEqual(ring.style, 'none');
      assert.ok(ring.width >= 2);
      const map = await page.evaluate(() => {
        const root = document.getElementById('map').shadowRoot;
        return { dot: getComputedStyle(root.querySelector('.dot')).fill, land: getComputedStyle(root.querySelector('.land')).fill };
      });
      assert.notEqual(map.dot, map.land, 'markers stand out from the land');
      await cdp?.send('Emulation.setEmulatedMedia', { features: [] });
    });

    it('reflows at 320 CSS px (1280 px at 400 % zoom) with no horizontal scrolling', async () => {
      await page.setViewport({ width: 320, height: 800 });
      // Once the viewport is narrow, the widgets have re-rendered for it and two frames have been laid out.
      await page.waitForFunction(() => window.innerWidth === 320);
      await allRendered(page);
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, viewport: window.innerWidth }));
      assert.ok(widths.page <= widths.viewport, `${widths.page} px wide in a ${widths.viewport} px viewport`);
    });
  });

describe('print', () => {
  let opened;
  let page;

  before(async () => {
    opened = await openServedPage('/test/fixtures/csp-page.html');
    ({ page } = opened);
    await page.emulateMediaType('print');
  });

  after(() => opened?.close());

  it('prints dark widgets light, with the address after each link, and without screen-only controls', async () => {
    const printed = await page.evaluate(() => {
      const card = document.getElementById('card-dark').shadowRoot;
      const badge = document.getElementById('badge').shadowRoot;
      const map = document.getElementById('map').shadowRoot;
      const link = badge.querySelector('a');
      return {
        background: getComputedStyle(card.querySelector('.box')).backgroundColor,
        text: getComputedStyle(card.querySelector('.box')).color,
        after: getComputedStyle(link, '::after').content,
        href: link.getAttribute('href'),
        toggle: getComputedStyle(map.querySelector('.toolbar')).display,
      };
    });
    assert.equal(printed.background, 'rgb(255, 255, 255)');
    assert.equal(printed.text, 'rgb(0, 0, 0)');
    assert.equal(printed.after, `" (${printed.href})"`);
    assert.equal(printed.toggle, 'none');
  });
});

// What is far below the viewport is still there for a screen reader and for find-in-page. (Laying out only what is
// near the viewport with `content-visibility: auto` was tried for the long lists: Chromium then left each far example
// in the accessibility tree as an empty list item.)
describe('examples far below the viewport', () => {
  let opened;
  let page;

  before(async () => {
    opened = await openServedPage('/test/screenshots/page.html?element=cc4dr-example-list&theme=light&lang=en');
    ({ page } = opened);
    await page.setViewport({ width: 800, height: 600 });
    await allRendered(page);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  });

  after(() => opened?.close());

  it('are read by a screen reader and found by find-in-page', async () => {
    const last = await page.evaluate(() => {
      const item = [...document.querySelector('#stage > *').shadowRoot.querySelectorAll('[part~="item"]')].at(-1);
      return { below: item.getBoundingClientRect().top > 4 * innerHeight, title: item.querySelector('[part~="title"]').textContent.trim() };
    });
    assert.equal(last.below, true, 'the last example is four screens down');
    const names = [];
    const walk = (node) => {
      if (node.name) names.push(node.name);
      for (const child of node.children ?? []) walk(child);
    };
    walk(await page.accessibility.snapshot({ interestingOnly: false }));
    assert.ok(names.includes(last.title), `"${last.title}" is in the accessibility tree`);
    assert.equal(await page.evaluate((title) => window.find(title), last.title), true, 'find-in-page finds it');
  });
});
