// The snippet pasted into a site builder's embed box, as docs/your-site.md advises for Google Sites (Embed code) and
// Wix (Embed HTML): the pasted code becomes the document of a frame on another origin, sandboxed with the flags Wix's
// frame was seen with. The widgets render there; the `<base target="_blank">` line the page gives sends their links to
// a new tab, where without it they open inside the small box.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { serve } from '../../scripts/static-server.mjs';
import { engines, watchPage } from './browser.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

// As in the markup of Wix's embed frame copied from live sites (docs/your-site.md, Sources): no allow-top-navigation,
// no allow-downloads, no allow-popups-to-escape-sandbox.
const wixSandbox = 'allow-same-origin allow-forms allow-popups allow-modals allow-scripts allow-pointer-lock';

/** What an editor pastes: the snippet, its links pointing at a page of the library's own (`check-href`). */
const pasted = (firstLine) => `${firstLine}
<script type="module" src="/dist/cc4dr-widgets.js"></script>
<cc4dr-get-involved city="Vienna" country="AT" check-href="/landing.html">
  <p><a href="https://citiesfordigitalrights.org/endorse-your-city">How cities join the Cities Coalition for Digital Rights</a></p>
</cc4dr-get-involved>`;

for (const { name: engine, launch } of engines)
  describe(`the snippet in a site builder's sandboxed embed box, in ${engine}`, () => {
    let dir;
    let builderSite;
    let boxSite;
    let browser;

    before(async () => {
      dir = mkdtempSync(join(tmpdir(), 'cc4dr-embed-box-'));
      symlinkSync(join(root, 'dist'), join(dir, 'dist'));
      writeFileSync(join(dir, 'with-base.html'), pasted('<base target="_blank">'));
      writeFileSync(join(dir, 'without-base.html'), pasted(''));
      writeFileSync(join(dir, 'landing.html'), '<!doctype html><title>The library check</title><p>The library check</p>');
      // The builder's page and its embed box are two origins, as on Google Sites and Wix.
      builderSite = await serve(dir);
      boxSite = await serve(dir);
      for (const box of ['with-base.html', 'without-base.html'])
        writeFileSync(
          join(dir, `page-${box}`),
          `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A site builder's page</title></head><body>
<main><h1>Our library</h1>
<iframe sandbox="${wixSandbox}" src="${boxSite.origin}/${box}" title="Embed" width="100%" height="600" style="border: 0"></iframe></main>
</body></html>`,
        );
      browser = await launch();
    });

    after(async () => {
      await browser?.close();
      builderSite?.server.close();
      boxSite?.server.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    /** The builder's page with its box showing `file`, once the widget in the box has rendered. */
    async function open(file) {
      const page = await browser.newPage();
      const seen = await watchPage(page);
      await page.goto(`${builderSite.origin}/page-${file}`, { waitUntil: 'load' });
      const box = await (await page.waitForSelector('iframe')).contentFrame();
      await box.waitForFunction(() => document.querySelector('cc4dr-get-involved')?.shadowRoot?.querySelector('a[href$="/landing.html"]'));
      return { page, box, seen };
    }

    /** Clicks the widget's first link to the library check, in its shadow root. */
    const clickCheckLink = (box) =>
      box.evaluate(() => document.querySelector('cc4dr-get-involved').shadowRoot.querySelector('a[href$="/landing.html"]').click());

    it('renders the widget in the box, with no error and nothing requested outside the two origins', async () => {
      const { page, box, seen } = await open('with-base.html');
      assert.match(
        await box.evaluate(() => document.querySelector('cc4dr-get-involved').shadowRoot.textContent),
        /Vienna \(Austria\) is already a member\./,
      );
      assert.deepEqual(seen.errors, []);
      assert.deepEqual(
        seen.requests.filter((url) => !url.startsWith(builderSite.origin) && !url.startsWith(boxSite.origin)),
        [],
      );
      await page.close();
    });

    it('opens the widget’s links in a new tab with the <base target="_blank"> line, and the box stays as it was', async () => {
      const { page, box } = await open('with-base.html');
      const opened = browser.waitForTarget((target) => target.url() === `${boxSite.origin}/landing.html`);
      await clickCheckLink(box);
      const tab = await (await opened).page();
      await tab.waitForFunction(() => document.title === 'The library check');
      assert.equal(box.url(), `${boxSite.origin}/with-base.html`);
      await tab.close();
      await page.close();
    });

    it('without that line, opens the link inside the box itself', async () => {
      const { page, box } = await open('without-base.html');
      await clickCheckLink(box);
      await box.waitForFunction(() => document.title === 'The library check');
      assert.equal(box.url(), `${boxSite.origin}/landing.html`);
      await page.close();
    });
  });
