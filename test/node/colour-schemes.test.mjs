// Light or dark (issue 20 §2): a widget without `theme` takes the colour scheme of the page around it, `auto` the
// reader's, `light` and `dark` their own; prerendered widgets do the same, and the fallback is the page's own text.
// The reader's setting is emulated through CDP in Chromium; Firefox over WebDriver BiDi cannot emulate it, so each
// Firefox is started with the setting (the preference readers change in about:config). Print only in Chromium, which
// alone can emulate the print medium here.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { serve } from '../../scripts/static-server.mjs';
import { launchChromium, launchFirefox } from './browser.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { prerender } = await import(`${root}dist/ssr.js`);

const light = { background: 'rgb(255, 255, 255)', text: 'rgb(29, 33, 38)', accent: 'rgb(10, 92, 143)' };
const dark = { background: 'rgb(21, 25, 30)', text: 'rgb(238, 241, 244)', accent: 'rgb(127, 195, 240)' };

/** What the page declares, and the scheme a widget without `theme` takes on it for a reader who prefers `reader`. */
const pages = [
  { name: 'a page that declares nothing', head: '', body: (w) => w, scheme: () => 'light' },
  {
    name: 'a page with :root { color-scheme: light dark }',
    head: '<style>:root { color-scheme: light dark }</style>',
    body: (w) => w,
    scheme: (reader) => reader,
  },
  {
    name: 'a page with <meta name="color-scheme" content="light dark">',
    head: '<meta name="color-scheme" content="light dark">',
    body: (w) => w,
    scheme: (reader) => reader,
  },
  {
    name: 'a page with :root { color-scheme: dark }',
    head: '<style>:root { color-scheme: dark }</style>',
    body: (w) => w,
    scheme: () => 'dark',
  },
  {
    name: 'a light page with a dark section (color-scheme: dark)',
    head: '',
    body: (w) => `<section style="color-scheme: dark; background: Canvas; color: CanvasText">${w}</section>`,
    scheme: () => 'dark',
  },
];

// Each theme, an unknown one (taken as none), and a host that gives its own accent for each scheme with light-dark().
const widgets = [
  { id: 'none', theme: undefined },
  { id: 'auto', theme: 'auto' },
  { id: 'light', theme: 'light' },
  { id: 'dark', theme: 'dark' },
  { id: 'unknown', theme: 'purple' },
  { id: 'own', theme: undefined },
];
const fragment = widgets
  .map(
    ({ id, theme }) => `<cc4dr-principle-card id="${id}" principle="1" compact${theme ? ` theme="${theme}"` : ''}></cc4dr-principle-card>`,
  )
  .join('\n');
const fallback =
  '<cc4dr-member-badge id="fallback" city="Vienna"><p><a href="https://citiesfordigitalrights.org/cities">Is Vienna a member?</a></p></cc4dr-member-badge>';
const ownAccent = {
  css: '#own { --cc4dr-color-accent: light-dark(rgb(1, 2, 3), rgb(4, 5, 6)); --cc4dr-color-background: rgb(250, 240, 230) }',
  light: 'rgb(1, 2, 3)',
  dark: 'rgb(4, 5, 6)',
};

/** The scheme each widget should show: its theme's, else the page's. */
function expectedScheme(widget, page, reader) {
  if (widget.theme === 'light' || widget.theme === 'dark') return widget.theme;
  if (widget.theme === 'auto') return reader;
  return page.scheme(reader);
}

const html = (page, body, script) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Colour schemes</title>${page.head}` +
  `<style>${ownAccent.css}</style>${script ? '<script type="module" src="/dist/cc4dr-widgets.js"></script>' : ''}</head>` +
  `<body><main><h1>Our library</h1>${page.body(body)}</main></body></html>`;

/** The colours of each widget's card (background, text, its accent edge) and the relative luminance of the fallback's text. */
const colours = (page) =>
  page.evaluate(() => {
    const shown = {};
    for (const host of document.querySelectorAll('cc4dr-principle-card')) {
      const card = host.shadowRoot.querySelector('[part~="card"]');
      const s = getComputedStyle(card);
      shown[host.id] = { background: s.backgroundColor, text: s.color, accent: s.borderTopColor };
    }
    // Prerendered, the badge has its shadow root, and its fallback is not shown.
    const fallback = document.querySelector('#fallback');
    if (fallback && !fallback.shadowRoot) {
      const [r, g, b] = getComputedStyle(fallback.querySelector('p')).color.match(/\d+/g).map(Number);
      shown.fallbackLuminance = (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
    }
    return shown;
  });

function assertSchemes(shown, page, reader) {
  for (const widget of widgets) {
    const scheme = expectedScheme(widget, page, reader);
    const expected = { ...(scheme === 'dark' ? dark : light) };
    if (widget.id === 'own') Object.assign(expected, { background: 'rgb(250, 240, 230)', accent: ownAccent[scheme] });
    assert.deepEqual(shown[widget.id], expected, `${widget.id}: ${scheme}`);
  }
}

const engines = [
  { name: 'Chromium', launch: () => launchChromium(), emulated: true },
  { name: 'Firefox', launch: (reader) => launchFirefox({ 'layout.css.prefers-color-scheme.content-override': reader === 'dark' ? 0 : 1 }) },
];

let prerendered;
let site;
before(async () => {
  site = await serve(root);
  prerendered = (await prerender(`${fragment}\n${fallback}`)).html;
});
after(() => site?.server.close());

for (const engine of engines)
  for (const reader of ['light', 'dark'])
    describe(`${engine.name}, for a reader who prefers ${reader}`, () => {
      let browser;
      let tab;
      /** Opens `body` on `page` as a page of the site, with or without the script-tag file. */
      async function open(page, body, { script = true } = {}) {
        const source = html(page, body, script);
        await tab.setRequestInterception(true);
        tab.removeAllListeners('request');
        tab.on('request', (request) =>
          request.url().endsWith('/colour-schemes.html') ? request.respond({ contentType: 'text/html', body: source }) : request.continue(),
        );
        await tab.goto(`${site.origin}/colour-schemes.html`, { waitUntil: 'load' });
        if (script) {
          await tab.waitForFunction(() => customElements.get('cc4dr-principle-card'));
          await tab.evaluate(() => Promise.all([...document.querySelectorAll('cc4dr-principle-card')].map((el) => el.updateComplete)));
        }
      }

      before(async () => {
        browser = await engine.launch(reader);
        tab = await browser.newPage();
        if (engine.emulated) await tab.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: reader }]);
        assert.equal(await tab.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), reader === 'dark');
      });
      after(() => browser?.close());

      for (const page of pages) {
        it(`on ${page.name}: no theme → ${page.scheme(reader)}, auto → ${reader}, light and dark as set`, async () => {
          await open(page, fragment);
          assertSchemes(await colours(tab), page, reader);
        });

        it(`on ${page.name}: prerendered widgets show the same, and the fallback is the page's own ${page.scheme(reader)} text`, async () => {
          await open(page, prerendered, { script: false });
          assert.equal(await tab.evaluate(() => customElements.get('cc4dr-principle-card')), undefined, 'no script ran');
          assertSchemes(await colours(tab), page, reader);
          await open(page, fallback, { script: false });
          const { fallbackLuminance } = await colours(tab);
          if (page.scheme(reader) === 'dark') assert.ok(fallbackLuminance > 0.5, `light text, ${fallbackLuminance}`);
          else assert.ok(fallbackLuminance < 0.5, `dark text, ${fallbackLuminance}`);
        });
      }

      if (engine.emulated)
        it('prints every widget light on a dark page, whatever its theme', async () => {
          await open(pages[1], fragment);
          await tab.emulateMediaType('print');
          const shown = await colours(tab);
          await tab.emulateMediaType(null);
          for (const widget of widgets) {
            const expected = {
              background: 'rgb(255, 255, 255)',
              text: 'rgb(0, 0, 0)',
              accent: widget.id === 'own' ? ownAccent.light : light.accent,
            };
            assert.deepEqual(shown[widget.id], expected, widget.id);
          }
        });
    });
