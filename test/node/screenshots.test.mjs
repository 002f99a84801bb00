// The screenshot matrix: every element, light and dark, left to right (English) and right to left (Arabic), at 320 and
// 1024 px, and the tools' pages whole (the embed builder and the library check page) at 320, 768 and 1280 px, in
// Chromium and in Firefox, compared with the references in test/screenshots/reference/<platform>/ (Chromium) and
// <platform>-firefox/ with a small tolerance.
// `npm run screenshots:update` writes new references after an intended change; look at them before committing.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { elements } from '../../scripts/elements.mjs';
import { allRendered, engines, openServedPage } from './browser.mjs';

const update = process.env.UPDATE_SCREENSHOTS === '1';
// References are made on Linux with DejaVu Sans (which `npm test` installs); other platforms draw text differently.
const platform = process.platform;
const tolerance = 0.002;

// Each element in its typical state: the registry's example.
const matrix = elements.flatMap((element) =>
  ['light', 'dark'].flatMap((theme) => ['en', 'ar'].flatMap((lang) => [320, 1024].map((width) => ({ element, theme, lang, width })))),
);

// The tools' pages as editors and library staff open them: the builder in English, in German (long words) and in
// Arabic (right to left), the library check page in English and Arabic; each waits until it speaks its language.
const builderReady = (lang) => document.querySelector(`.cc4dr-builder[lang="${lang}"]`) !== null;
const checkPageReady = () => document.title === document.querySelector('h1').textContent;
const pages = [
  ...['en', 'de', 'ar'].map((lang) => ({ name: 'builder', path: '/dist/builder/', lang, ready: builderReady })),
  ...['en', 'ar'].map((lang) => ({ name: 'library-check', path: '/dist/library-check/', lang, ready: checkPageReady })),
].flatMap((page) => [320, 768, 1280].map((width) => ({ ...page, width })));

/**
 * Makes `page` draw every later document on one day: the library check's letter is dated today, in the element and on
 * its page.
 */
const drawOnOneDay = (page) =>
  page.evaluateOnNewDocument(
    (day) => {
      const Today = class extends Date {
        constructor(...args) {
          super(...(args.length ? args : [day]));
        }
        static now() {
          return day;
        }
      };
      globalThis.Date = Today;
    },
    Date.UTC(2026, 11, 3, 12),
  );

/**
 * The controls of a tool's page, in shadow roots too, that leave their column (the builder's form or its preview and
 * snippet; the library check page's main) or the screen; and whether the page scrolls sideways.
 */
const overflowingControls = (page) =>
  page.evaluate(() => {
    const screenWidth = document.documentElement.clientWidth;
    const columnOf = (node) => {
      for (let at = node; at; at = at.getRootNode().host) {
        const column = at.closest('.builder-form, .builder-result, main');
        if (column) return column;
      }
      return document.body;
    };
    const controls = [];
    const collect = (root) => {
      for (const element of root.querySelectorAll('*')) {
        if (element.matches('input, select, textarea, button')) controls.push(element);
        if (element.shadowRoot) collect(element.shadowRoot);
      }
    };
    collect(document);
    const overflowing = [];
    for (const control of controls) {
      const box = control.getBoundingClientRect();
      if (!box.width && !box.height) continue;
      const column = columnOf(control).getBoundingClientRect();
      const name = `${control.localName}#${control.id || control.className} (${Math.round(box.left)}–${Math.round(box.right)} px)`;
      if (box.left < column.left - 0.5 || box.right > column.right + 0.5) overflowing.push(`${name} leaves its column`);
      if (box.left < 0 || box.right > screenWidth) overflowing.push(`${name} leaves the ${screenWidth}-px screen`);
    }
    if (document.documentElement.scrollWidth > screenWidth) overflowing.push(`the page scrolls sideways at ${screenWidth} px`);
    return overflowing;
  });

for (const { name: engine, launch } of engines) {
  const folder = engine === 'Chromium' ? platform : `${platform}-firefox`;
  const referenceDir = new URL(`../screenshots/reference/${folder}/`, import.meta.url);
  const resultDir = new URL(`../../test-results/screenshots/${folder}/`, import.meta.url);
  const skip =
    !update && !existsSync(referenceDir) && `no ${engine} references for ${platform}: run npm run screenshots:update on it first`;

  describe(`screenshot matrix in ${engine}`, { skip }, () => {
    let opened;
    let page;

    before(async () => {
      opened = await openServedPage('/test/screenshots/page.html?element=cc4dr-about', { launch });
      ({ page } = opened);
      await drawOnOneDay(page);
      if (update) mkdirSync(referenceDir, { recursive: true });
    });

    after(() => opened?.close());

    for (const { element, theme, lang, width } of matrix) {
      const name = `${element.name}-${theme}-${lang === 'ar' ? 'rtl' : 'ltr'}-${width}.png`;
      it(name, async () => {
        await page.setViewport({ width, height: 900 });
        const search = new URLSearchParams({ element: element.tag, theme, lang, ...element.example });
        await page.goto(`${opened.site.origin}/test/screenshots/page.html?${search}`, { waitUntil: 'load' });
        // updateComplete resolves once the widget shows everything it will: its language and what it loads lazily.
        await page.evaluate(async () => {
          const widget = document.querySelector('#stage > *');
          await customElements.whenDefined(widget.localName);
          await widget.updateComplete;
        });
        await page.evaluate(() => document.fonts.ready);
        compare(name, await (await page.$('#stage > *')).screenshot({ type: 'png' }));
      });
    }

    describe('the tools’ pages', () => {
      let toolPage;
      before(async () => {
        toolPage = await opened.browser.newPage();
        await drawOnOneDay(toolPage);
      });

      for (const { name: pageName, path, lang, ready, width } of pages) {
        const name = `page-${pageName}-${lang}-${width}.png`;
        it(name, async () => {
          await toolPage.setViewport({ width, height: 900 });
          await toolPage.goto(`${opened.site.origin}${path}?lang=${lang}`, { waitUntil: 'networkidle0' });
          await toolPage.waitForFunction(ready, {}, lang);
          await allRendered(toolPage);
          await toolPage.evaluate(() => document.fonts.ready);
          assert.deepEqual(await overflowingControls(toolPage), [], 'every control in its column and on the screen');
          compare(name, await toolPage.screenshot({ type: 'png', fullPage: true }));
        });
      }
    });

    /** Holds a screenshot against its reference (or writes it as the reference, when updating). */
    function compare(name, shot) {
      const reference = new URL(name, referenceDir);
      if (update) {
        writeFileSync(reference, shot);
        return;
      }
      assert.ok(existsSync(reference), `no reference ${name}: run npm run screenshots:update`);
      const [actual, expected] = [PNG.sync.read(shot), PNG.sync.read(readFileSync(reference))];
      const fail = (message) => {
        mkdirSync(resultDir, { recursive: true });
        writeFileSync(new URL(name, resultDir), shot);
        assert.fail(`${name}: ${message} (see test-results/screenshots/)`);
      };
      if (actual.width !== expected.width || actual.height !== expected.height) {
        fail(`size ${actual.width}×${actual.height}, reference ${expected.width}×${expected.height}`);
      }
      const diff = new PNG({ width: actual.width, height: actual.height });
      const changed = pixelmatch(actual.data, expected.data, diff.data, actual.width, actual.height, { threshold: 0.1 });
      if (changed > actual.width * actual.height * tolerance) {
        mkdirSync(resultDir, { recursive: true });
        writeFileSync(new URL(`diff-${name}`, resultDir), PNG.sync.write(diff));
        fail(`${changed} pixels differ`);
      }
    }
  });
}
