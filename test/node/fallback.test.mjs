// Without JavaScript a reader gets each snippet's fallback; with it, the widget alone, never both (read twice).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launchChromium, openServedPage } from './browser.mjs';

const fallback = 'Is Vienna in the Cities Coalition for Digital Rights?';
const widget = 'Vienna (Austria) is a member of the Cities Coalition for Digital Rights.';

/** Every name and text in Chromium's accessibility tree, as one string. */
async function accessibleText(page) {
  const names = [];
  const walk = (node) => {
    if (node.name) names.push(node.name);
    for (const child of node.children ?? []) walk(child);
  };
  walk(await page.accessibility.snapshot({ interestingOnly: false }));
  return names.join('\n');
}

describe('fallback content', () => {
  let opened;
  before(async () => {
    opened = await openServedPage('/test/fixtures/fallback.html');
  });
  after(() => opened?.close());

  it('is what a reader gets without JavaScript', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.setJavaScriptEnabled(false);
      await page.goto(`${opened.site.origin}/test/fixtures/fallback.html`, { waitUntil: 'load' });
      const text = await accessibleText(page);
      assert.ok(text.includes(fallback), 'the fallback link is readable');
      assert.ok(!text.includes(widget));
    } finally {
      await browser.close();
    }
  });

  it('is hidden once the element renders, and not read twice', async () => {
    const text = await accessibleText(opened.page);
    assert.ok(text.includes(widget), 'the widget is read');
    assert.ok(!text.includes(fallback), 'the fallback is not read as well');
    const visible = await opened.page.evaluate(() => {
      const link = document.querySelector('cc4dr-member-badge a');
      return link.getClientRects().length > 0;
    });
    assert.equal(visible, false);
  });
});
