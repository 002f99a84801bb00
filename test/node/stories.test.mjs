// Opens every story of the *built* Storybook in Chromium and Firefox: no page error, no error display, no axe violation,
// and no warning from an element but in the stories of what its author should hear of.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { elements } from '../../scripts/elements.mjs';
import { serve } from '../../scripts/static-server.mjs';
import { allRendered, axeViolations, engines } from './browser.mjs';

const staticDir = fileURLToPath(new URL('../../storybook-static', import.meta.url));
const index = JSON.parse(readFileSync(`${staticDir}/index.json`, 'utf8'));
const entries = Object.values(index.entries);
/** The names of the stories that show bad input, each element's polite message (one such story per element). */
const badInput = /unknown|missing|fails|hostile|unsafe/i;
/** The stories of an element told something it warns the page's author of: bad input, or a city the list does not have. */
const warns = /unknown|missing|fails|hostile|unsafe|not in the list|elsewhere|same name|no country/i;

for (const { name: engine, launch } of engines)
  describe(`built Storybook, in ${engine}`, () => {
    let browser;
    let site;

    before(async () => {
      assert.ok(existsSync(`${staticDir}/iframe.html`), 'storybook-static is missing: run npm run build-storybook');
      site = await serve(staticDir);
      browser = await launch();
    });

    after(async () => {
      await browser?.close();
      site?.server.close();
    });

    // Which stories exist does not depend on the browser: checked once.
    if (engine === 'Chromium')
      it('has a story for every element of the registry and its states, and a docs page per element', () => {
        const stories = entries.filter((e) => e.type === 'story');
        for (const title of elements.map((element) => `Elements/${element.title}`)) {
          const own = stories.filter((s) => s.title === title).map((s) => s.name);
          assert.ok(
            own.some((n) => /dark/i.test(n)),
            `${title}: a dark-theme story`,
          );
          assert.ok(
            own.some((n) => badInput.test(n)),
            `${title}: a bad-input story`,
          );
          assert.ok(
            entries.some((e) => e.type === 'docs' && e.title === title),
            `${title}: a docs page`,
          );
        }
      });

    for (const entry of entries) {
      it(`${entry.type} "${entry.title} / ${entry.name}" renders cleanly`, async () => {
        const page = await browser.newPage();
        const errors = [];
        const warnings = [];
        page.on('pageerror', (error) => errors.push(String(error)));
        page.on('console', (message) => ['warn', 'warning'].includes(message.type()) && warnings.push(message.text()));
        const viewMode = entry.type === 'docs' ? 'docs' : 'story';
        await page.goto(`${site.origin}/iframe.html?id=${entry.id}&viewMode=${viewMode}`, { waitUntil: 'load' });
        const root = viewMode === 'docs' ? '#storybook-docs' : '#storybook-root';
        await page.waitForFunction((root) => document.querySelector(root)?.childElementCount > 0, { timeout: 15000 }, root);
        await allRendered(page);
        assert.deepEqual(errors, []);
        assert.equal(await page.evaluate(() => document.body.classList.contains('sb-show-errordisplay')), false);
        if (viewMode === 'story') {
          assert.deepEqual(await axeViolations(page, '#storybook-root'), []);
          // An element's story warns only where a page's author should hear of it (the tools' stories show editing states).
          if (entry.title.startsWith('Elements/') && !warns.test(entry.name)) assert.deepEqual(warnings, []);
        }
        await page.close();
      });
    }
  });
