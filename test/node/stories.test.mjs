// Opens every story of the *built* Storybook in Chromium and Firefox: no page error, no error display, no axe violation,
// and no warning from an element but in the stories of what its author should hear of. As in Storybook itself, one
// preview page shows each story in turn (loading the preview afresh for each of 75 entries took over three minutes
// per browser); a story that leaves something behind therefore shows in the stories after it.
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
    let page;
    let errors = [];
    let warnings = [];

    before(async () => {
      assert.ok(existsSync(`${staticDir}/iframe.html`), 'storybook-static is missing: run npm run build-storybook');
      site = await serve(staticDir);
      browser = await launch();
      page = await browser.newPage();
      page.on('pageerror', (error) => errors.push(String(error)));
      page.on('console', (message) => ['warn', 'warning'].includes(message.type()) && warnings.push(message.text()));
      await page.goto(`${site.origin}/iframe.html`, { waitUntil: 'load' });
      await page.waitForFunction(() => window.__STORYBOOK_PREVIEW__?.storyStoreValue);
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
        errors = [];
        warnings = [];
        const viewMode = entry.type === 'docs' ? 'docs' : 'story';
        assert.equal(await showEntry(page, entry.id, viewMode), viewMode === 'docs' ? 'docsRendered' : 'storyRendered');
        const root = viewMode === 'docs' ? '#storybook-docs' : '#storybook-root';
        // A docs page renders its first story inline, and may report it rendered late: the story's own render can follow.
        await page
          .waitForFunction((root) => document.querySelector(root)?.childElementCount > 0, { timeout: 15_000 }, root)
          .catch(() => assert.fail(`${root} is empty`));
        await allRendered(page);
        assert.deepEqual(errors, []);
        assert.equal(await page.evaluate(() => document.body.classList.contains('sb-show-errordisplay')), false);
        if (viewMode === 'story') {
          assert.deepEqual(await axeViolations(page, '#storybook-root'), []);
          // An element's story warns only where a page's author should hear of it (the tools' stories show editing states).
          if (entry.title.startsWith('Elements/') && !warns.test(entry.name)) assert.deepEqual(warnings, []);
        }
      });
    }
  });

/**
 * Asks the preview to show an entry, as Storybook's own manager does, and resolves with the event that ended it: the
 * entry's `storyRendered` or `docsRendered`, or the error Storybook reported, with its details.
 */
function showEntry(page, id, viewMode) {
  return page.evaluate(
    ({ id, viewMode }) =>
      new Promise((resolve) => {
        const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
        const outcomes = ['storyRendered', 'docsRendered', 'storyErrored', 'storyThrewException', 'storyMissing'];
        const end = (outcome) => {
          clearTimeout(silence);
          for (const [event, listener] of listeners) channel.off(event, listener);
          resolve(outcome);
        };
        const listeners = outcomes.map((name) => [
          name,
          (detail) => {
            if (name.endsWith('Rendered') && detail !== id) return;
            end(name.endsWith('Rendered') ? name : `${name}: ${JSON.stringify(detail)}`);
          },
        ]);
        // A story that never reports fails in 15 s, as a fresh page's did, not at the protocol's three minutes.
        const silence = setTimeout(() => end('no event from Storybook in 15 s'), 15_000);
        for (const [event, listener] of listeners) channel.on(event, listener);
        channel.emit('setCurrentStory', { storyId: id, viewMode });
      }),
    { id, viewMode },
  );
}
