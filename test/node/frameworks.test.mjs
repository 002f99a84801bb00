// A React 19 app, the same app with the @lit/react components, and a Vue 3 app (test/frameworks/), built here with
// esbuild, each use every element: the framework sets properties (headingLevel, examples, compact), attributes and a
// custom-event listener, and every element renders, in Chromium and in Firefox.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { allRendered, engines, openServedPage, strictPolicy } from './browser.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

const apps = [
  { name: 'React 19', entry: 'react-app.tsx', page: 'react.html' },
  { name: 'React with the @lit/react components', entry: 'react-wrappers-app.tsx', page: 'react-wrappers.html' },
  // Vue creates a Trusted Types policy of its own, which the app's policy names beside Lit's.
  { name: 'Vue 3', entry: 'vue-app.ts', page: 'vue.html', policy: `${strictPolicy} vue` },
];

for (const { name: engine, launch } of engines)
  for (const app of apps)
    describe(`${app.name} app in ${engine}`, () => {
      let opened;
      let page;

      before(async () => {
        await build({
          entryPoints: [`${root}test/frameworks/${app.entry}`],
          outdir: `${root}test-results/frameworks`,
          bundle: true,
          splitting: true,
          format: 'esm',
          jsx: 'automatic',
          tsconfig: `${root}tsconfig.json`,
          define: {
            'process.env.NODE_ENV': '"production"',
            __VUE_OPTIONS_API__: 'false',
            __VUE_PROD_DEVTOOLS__: 'false',
            __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
          },
          logLevel: 'warning',
        });
        opened = await openServedPage(`/test/frameworks/${app.page}`, { launch, ...(app.policy ? { policy: app.policy } : {}) });
        ({ page } = opened);
        await page.waitForFunction(() => document.querySelectorAll('main > *').length === 8);
        await allRendered(page);
      });

      after(() => opened?.close());

      it('renders every element', async () => {
        const rendered = await page.evaluate(() =>
          [...document.querySelectorAll('main > *')]
            .filter((el) => el.localName.startsWith('cc4dr-'))
            .map((el) => [el.localName, Boolean(el.shadowRoot?.firstElementChild)]),
        );
        assert.equal(rendered.length, 7);
        assert.ok(
          rendered.every(([, ok]) => ok),
          JSON.stringify(rendered),
        );
        assert.deepEqual(await page.evaluate(() => window.__violations), []);
        assert.deepEqual(opened.seen.errors, []);
      });

      it('passes properties: a number, an array of records and a boolean', async () => {
        assert.equal(await page.$eval('cc4dr-principle-card', (el) => el.shadowRoot.querySelector('[part~="title"]').localName), 'h2');
        await page.waitForFunction(() => document.querySelector('cc4dr-example-list').shadowRoot.textContent.includes('as a property'));
        assert.equal(await page.$eval('cc4dr-member-badge', (el) => el.compact), true);
        assert.match(
          await page.evaluate(() => document.querySelector('cc4dr-member-badge').shadowRoot.textContent),
          /Vienna \(Austria\): member of the Cities Coalition/,
        );
      });

      it('listens to cc4dr-city-select and updates the map from the app’s state', async () => {
        await page.evaluate(() => document.querySelector('cc4dr-member-finder').shadowRoot.querySelector('[part~="result"]').click());
        await page.waitForFunction(() => document.getElementById('chosen').textContent === 'Vienna');
        await page.waitForFunction(() => document.querySelector('cc4dr-member-map').getAttribute('highlight') === 'Vienna');
        assert.equal(
          await page.$eval('cc4dr-member-map', (el) => el.shadowRoot.querySelector('.marker.highlight').getAttribute('aria-label')),
          'Vienna, Austria, member since March 2019 at the latest',
        );
      });
    });
