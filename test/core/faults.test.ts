// Network faults for `src`, for each element that takes one: a bounded wait, a visible message, one warning, and the
// bundled data still shown.
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../../src/define.js';
import { part, warningsOfEachTest } from '../helpers.js';

const faults = [
  ['/__fixtures/status/404', /could not be loaded/],
  ['/__fixtures/status/500', /could not be loaded/],
  ['/__fixtures/html', /could not be loaded/],
  ['/__fixtures/broken-json', /could not be loaded/],
  ['/__fixtures/not-a-list', /could not be loaded/],
  ['/__fixtures/huge', /could not be loaded/],
  ['/__fixtures/redirect-away', /could not be loaded/],
  ['/__fixtures/hang', /could not be loaded/],
] as const;

const elements = [
  { tag: 'cc4dr-example-list', bundled: (el: Element) => el.shadowRoot!.querySelectorAll('[part~="item"]').length === 18 },
  { tag: 'cc4dr-member-finder', bundled: (el: Element) => part(el, 'count')!.textContent.trim().startsWith('50 cities') },
  { tag: 'cc4dr-member-map', bundled: (el: Element) => el.shadowRoot!.querySelectorAll('.marker').length === 46 },
];

describe('network faults for src', () => {
  const warnings = warningsOfEachTest();
  for (const { tag, bundled } of elements) {
    it(`${tag}: each fault shows a message, logs one warning and keeps the bundled data`, async function () {
      this.timeout(60000);
      for (const [src, message] of faults) {
        warnings.messages.length = 0;
        const el = await fixture(staticHtml`<${unsafeStatic(tag)} src=${src}></${unsafeStatic(tag)}>`);
        await waitUntil(() => message.test(part(el, 'status')?.textContent ?? ''), `${tag} ${src}: message`, { timeout: 15000 });
        expect(bundled(el), `${tag} ${src}: bundled data`).to.equal(true);
        expect(warnings.messages, `${tag} ${src}`).to.have.length(1);
      }
    });
  }
});
