// What Drupal's editor, CKEditor 5, keeps of the embed snippet (docs/your-site.md): checked with the ckeditor5 package in
// Chromium, configured as Drupal configures it for a text format with an allowed-tags list and for Full HTML.
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { serve } from '../../scripts/static-server.mjs';
import { launchChromium } from './browser.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const script = '<script type="module" src="/assets/cc4dr-widgets.js"></script>';
const fallback = '<p><a href="https://citiesfordigitalrights.org/cities">Is Vienna in the Cities Coalition for Digital Rights?</a></p>';
const element = `<cc4dr-member-badge city="Vienna" country="AT">${fallback}</cc4dr-member-badge>`;
const snippet = `${script}\n${element}`;

describe('CKEditor 5, the editor of Drupal', () => {
  let site;
  let browser;
  let page;
  const saved = (allow, html = snippet) => page.evaluate((allow, html) => window.saved(allow, html), allow, html);

  before(async () => {
    site = await serve(root);
    browser = await launchChromium();
    page = await browser.newPage();
    await page.goto(`${site.origin}/test/fixtures/ckeditor.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.ready === true);
  });

  after(async () => {
    await browser?.close();
    site?.server.close();
  });

  it('keeps only the fallback sentence where the format allows no extra HTML', async () => {
    assert.equal(await saved([]), fallback);
  });

  it('drops the element even when the allowed-tags list names it with its attribute', async () => {
    const kept = await saved([
      { name: 'cc4dr-member-badge', attributes: ['city'] },
      { name: 'script', attributes: true },
    ]);
    assert.doesNotMatch(kept, /<cc4dr-member-badge/);
    assert.match(kept, /Is Vienna in the Cities Coalition/);
  });

  it('keeps the element, its attribute, its fallback and the script where arbitrary HTML is allowed (Full HTML)', async () => {
    const kept = await saved('arbitrary');
    assert.ok(kept.includes(element), kept);
    assert.ok(kept.includes(script), kept);
  });

  it('keeps an element alone, for a page whose theme loads the script, only where arbitrary HTML is allowed', async () => {
    assert.equal(await saved('arbitrary', element), element);
    assert.equal(await saved([{ name: 'cc4dr-member-badge', attributes: true }], element), fallback);
  });
});
