// Issue 3's promise, end to end: under the strict policy, by keyboard alone, a reader types the first letters of
// their city, learns whether it is a member, sees it on the map and finds the next step, with no request elsewhere.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { allRendered, engines, openServedPage, shadowText } from './browser.mjs';

/** The focused element, looking inside shadow roots: [host tag, inner tag, inner accessible label or text]. */
const focus = (page) =>
  page.evaluate(() => {
    const host = document.activeElement;
    const inner = host?.shadowRoot?.activeElement;
    return [host?.localName, inner?.localName, inner?.getAttribute('aria-label') ?? inner?.textContent?.replace(/\s+/g, ' ').trim()];
  });

for (const { name: engine, launch } of engines)
  describe(`a reader checks their city by keyboard, under a strict CSP, in ${engine}`, () => {
    let opened;
    let site;
    let page;
    let seen;

    before(async () => {
      opened = await openServedPage('/test/fixtures/journey.html', { launch });
      ({ site, page, seen } = opened);
    });

    after(() => opened?.close());

    it('reaches the search field with Tab and types the first letters', async () => {
      for (let i = 0; i < 5 && (await focus(page))[1] !== 'input'; i++) await page.keyboard.press('Tab');
      assert.deepEqual((await focus(page)).slice(0, 2), ['cc4dr-member-finder', 'input']);
      await page.keyboard.type('wie');
      await allRendered(page);
      assert.match(await shadowText(page, 'finder'), /1 city matches “wie”\./);
    });

    it('moves to the result and chooses it: the answer is announced in a live region', async () => {
      await page.keyboard.press('ArrowDown');
      assert.deepEqual(await focus(page), ['cc4dr-member-finder', 'button', 'Vienna Austria · member since March 2019 at the latest']);
      await page.keyboard.press('Enter');
      await allRendered(page);
      // The answer is a badge inside the finder's live region, which renders in a turn of its own after the finder.
      const statement = await page.waitForFunction(() =>
        document
          .getElementById('finder')
          .shadowRoot.querySelector('[aria-live="polite"] cc4dr-member-badge')
          ?.shadowRoot?.querySelector('[part~="statement"]'),
      );
      const answer = await statement.evaluate((element) => element.textContent);
      assert.equal(answer, 'Vienna (Austria) is a member of the Cities Coalition for Digital Rights.');
    });

    it('sees the city on the map, and Tab reaches its marker', async () => {
      await allRendered(page);
      assert.equal(await page.$eval('#map', (map) => map.getAttribute('highlight')), 'Vienna');
      assert.equal(
        await page.$eval('#map', (map) => map.shadowRoot.querySelector('.marker.highlight').getAttribute('aria-label')),
        'Vienna, Austria, member since March 2019 at the latest',
      );
      for (let i = 0; i < 80 && (await focus(page))[0] !== 'cc4dr-member-map'; i++) await page.keyboard.press('Tab');
      const [, , label] = await focus(page);
      assert.ok(label === 'Show as a table' || label === 'Vienna, Austria, member since March 2019 at the latest', label);
      if (label === 'Show as a table') await page.keyboard.press('Tab');
      assert.deepEqual(await focus(page), ['cc4dr-member-map', 'g', 'Vienna, Austria, member since March 2019 at the latest']);
    });

    it('finds the next step further on', async () => {
      assert.match(await shadowText(page, 'involved'), /Talk to your city/);
      const link = await page.$eval('#involved', (el) => el.shadowRoot.querySelectorAll('a')[2].href);
      assert.equal(link, `${site.origin}/test/fixtures/journey.html#finder`);
    });

    it('did all of it with no policy violation, no error and no request off the origin', async () => {
      assert.deepEqual(await page.evaluate(() => window.__violations), []);
      assert.deepEqual(seen.errors, []);
      assert.deepEqual(
        seen.requests.filter((url) => !url.startsWith(`${site.origin}/`)),
        [],
      );
    });
  });
