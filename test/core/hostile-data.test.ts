// Hostile data through every text field of a library's own records, by each way records arrive (a property, an
// inline script, a file): nothing runs, nothing pollutes Object.prototype, no unsafe address becomes a link, no
// bidirectional control turns a sentence around, and the widget still shows what it can.
import { expect, fixture, fixtureSync, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { Cc4drExampleList } from '../../src/example-list/example-list.js';
import type { Cc4drMemberFinder } from '../../src/member-finder/member-finder.js';
import type { Cc4drMemberMap } from '../../src/member-map/member-map.js';
import { syntheticExamples, syntheticMembers } from '../fixtures/synthetic.js';
import { part, warningsOfEachTest } from '../helpers.js';

declare global {
  interface Window {
    __xss?: number;
  }
}

/** After the OWASP XSS filter-evasion cheat sheet, with `window.__xss = 1` for alert(). */
export const hostileStrings = [
  '<script>window.__xss=1</script>',
  '<img src=x onerror="window.__xss=1">',
  '<svg/onload=window.__xss=1>',
  '"><img src=x onerror=window.__xss=1>',
  "'><script>window.__xss=1</script>",
  '<iframe src="javascript:window.__xss=1"></iframe>',
  '<a href="javascript:window.__xss=1">click</a>',
  '<body onload=window.__xss=1>',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1>',
  'javascript:window.__xss=1',
  'JaVaScRiPt:window.__xss=1',
  ' \u0001javascript:window.__xss=1',
  'java\tscript:window.__xss=1',
  'java\nscript:window.__xss=1',
  'javascript&colon;window.__xss=1',
  '&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;window.__xss=1',
  '%6A%61%76%61%73%63%72%69%70%74:window.__xss=1',
  'data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg==',
  'DATA:text/html,<script>window.__xss=1</script>',
  'vbscript:msgbox(1)',
  'VbScRiPt:msgbox(1)',
  '//evil.example/%2e%2e',
  '<style>*{display:none!important}</style>',
  '{{constructor.constructor("window.__xss=1")()}}',
  '${window.__xss=1}',
  '\u202Eevil.exe\u202C and the rest of the sentence',
  '\u2067isolated\u2069 and \u202Bembedded',
  '\u0000nul',
  'x'.repeat(100_000),
];

const bidiControl = /[\u202A-\u202E\u2066-\u2069]/;

/** Everything a hostile string could have left in a rendered shadow root. */
function checkRendered(el: Element) {
  const root = el.shadowRoot!;
  expect(window.__xss, 'nothing ran').to.equal(undefined);
  expect(({} as Record<string, unknown>).polluted, 'no prototype pollution').to.equal(undefined);
  expect(root.querySelectorAll('script, iframe, img, object, embed, style, math, body').length, 'no injected elements').to.equal(0);
  for (const node of root.querySelectorAll('*')) {
    for (const name of node.getAttributeNames()) expect(name.startsWith('on'), `${node.localName} ${name}`).to.equal(false);
  }
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    expect(['https:', 'http:', 'mailto:'], link.getAttribute('href')!).to.include(new URL(link.href).protocol);
  }
  for (const use of root.querySelectorAll('use')) expect(use.getAttribute('href')).to.equal('#land');
  expect(bidiControl.test(root.textContent ?? ''), 'no bidirectional controls').to.equal(false);
}

const exampleFields = ['title', 'city', 'summary', 'source title', 'source url'] as const;
const memberFields = ['name', 'alias', 'name in French', 'source url'] as const;

function hostileExamples(field: (typeof exampleFields)[number]) {
  return syntheticExamples(hostileStrings.length).map((e, i) => {
    const bad = hostileStrings[i];
    if (field === 'source title') return { ...e, sources: [{ ...e.sources[0], title: bad }] };
    if (field === 'source url') return { ...e, sources: [{ ...e.sources[0], url: bad }] };
    return { ...e, [field]: bad };
  });
}

function hostileMembers(field: (typeof memberFields)[number]) {
  return syntheticMembers(hostileStrings.length).map((m, i) => {
    const bad = hostileStrings[i];
    if (field === 'alias') return { ...m, aliases: [bad] };
    if (field === 'name in French') return { ...m, names: { fr: bad } };
    if (field === 'source url') return { ...m, sources: [{ ...m.sources[0], url: bad }] };
    return { ...m, name: bad };
  });
}

describe('hostile data in a library’s own records', () => {
  const warnings = warningsOfEachTest();
  afterEach(() => {
    delete window.__xss;
  });

  for (const field of exampleFields) {
    it(`example list: every hostile ${field}, given as a property, is text or refused`, async () => {
      const el = await fixture<Cc4drExampleList>(
        html`<cc4dr-example-list .examples=${hostileExamples(field)} limit="1000"></cc4dr-example-list>`,
      );
      await waitUntil(
        () => el.shadowRoot!.querySelectorAll('[part~="item"]').length > 18 || part(el, 'status')?.textContent?.trim(),
        'checked',
        { timeout: 8000 },
      );
      while (part(el, 'more')) {
        (part(el, 'more') as HTMLButtonElement).click();
        await el.updateComplete;
      }
      checkRendered(el);
      // A refused record is named in one warning; the rest of the list is shown.
      expect(warnings.messages.length).to.be.at.most(1);
      expect(el.shadowRoot!.querySelectorAll('[part~="item"]').length).to.be.at.least(18);
    });
  }

  for (const field of memberFields) {
    it(`finder and map: every hostile city ${field}, given as a property, is text or refused`, async () => {
      const members = hostileMembers(field);
      const finder = await fixture<Cc4drMemberFinder>(html`<cc4dr-member-finder .members=${members}></cc4dr-member-finder>`);
      const map = await fixture<Cc4drMemberMap>(html`<cc4dr-member-map .members=${members} table></cc4dr-member-map>`);
      await waitUntil(() => !part(finder, 'count')!.textContent.trim().startsWith('50 ') || warnings.messages.length > 0, 'checked', {
        timeout: 8000,
      });
      await finder.updateComplete;
      await map.updateComplete;
      checkRendered(finder);
      checkRendered(map);
    });
  }

  it('a file of hostile records (`src`) and an inline script of them are treated alike', async () => {
    const payload = JSON.stringify({ examples: hostileExamples('title') });
    const inline = await fixture<Cc4drExampleList>(
      html`<cc4dr-example-list limit="1000"><script type="application/json">${payload}</script></cc4dr-example-list>`,
    );
    await waitUntil(() => inline.shadowRoot!.querySelectorAll('[part~="item"]').length > 18, 'inline rendered', { timeout: 8000 });
    checkRendered(inline);
    const blob = URL.createObjectURL(new Blob([payload], { type: 'application/json' }));
    const fromFile = await fixture<Cc4drExampleList>(html`<cc4dr-example-list src=${blob}></cc4dr-example-list>`);
    // A blob: address is not http(s): refused with a message, and the bundled examples stay.
    await waitUntil(() => part(fromFile, 'status')!.textContent.includes('could not be loaded'), 'refusal shown', { timeout: 8000 });
    expect(warnings.messages.filter((m) => m.includes('blob: scheme is not allowed'))).to.have.length(1);
    checkRendered(fromFile);
    expect(fromFile.shadowRoot!.querySelectorAll('[part~="item"]').length).to.equal(18);
    URL.revokeObjectURL(blob);
  });

  it('__proto__ and constructor keys pollute nothing and are refused', async () => {
    const text = `{"examples": [{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "id": "p"}],
      "__proto__": {"polluted": true}}`;
    const el = await fixture<Cc4drExampleList>(
      html`<cc4dr-example-list><script type="application/json">${text}</script></cc4dr-example-list>`,
    );
    await waitUntil(() => part(el, 'status')!.textContent.includes('left out'), 'refused', { timeout: 8000 });
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect((Object.prototype as Record<string, unknown>).polluted).to.equal(undefined);
    expect(warnings.messages, warnings.messages.join('\n')).to.have.length(1);
  });

  it('a refused record is logged once, even when other records arrive later', async () => {
    const el = await fixture<Cc4drExampleList>(
      html`<cc4dr-example-list limit="100"><script type="application/json">[{"id": "x"}]</script></cc4dr-example-list>`,
    );
    await waitUntil(() => part(el, 'status')!.textContent.includes('left out'), 'refused', { timeout: 8000 });
    el.examples = syntheticExamples(2);
    await waitUntil(() => el.shadowRoot!.querySelectorAll('[part~="item"]').length === 20, 'added', { timeout: 8000 });
    expect(warnings.messages, warnings.messages.join('\n')).to.have.length(1);
  });

  it('JSON nested 100,000 deep is refused with a message, and the bundled examples stay', async () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const el = await fixture<Cc4drExampleList>(
      html`<cc4dr-example-list><script type="application/json">${deep}</script></cc4dr-example-list>`,
    );
    await waitUntil(() => part(el, 'status')!.textContent.trim().length > 0, 'message shown', { timeout: 8000 });
    expect(el.shadowRoot!.querySelectorAll('[part~="item"]').length).to.equal(18);
    expect(warnings.messages).to.have.length(1);
  });

  it('100,000 records are checked without freezing the page, and shown 20 at a time', async () => {
    const el = fixtureSync<Cc4drExampleList>(html`<cc4dr-example-list .examples=${syntheticExamples(100_000)}></cc4dr-example-list>`);
    // While the records are checked, the page still gets turns: count them until the list shows them all.
    let turns = 0;
    let checked = false;
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      turns += 1;
      if (!checked) channel.port2.postMessage(null);
    };
    channel.port2.postMessage(null);
    await el.updateComplete;
    checked = true;
    expect(turns, 'the page had turns while the records were checked').to.be.greaterThan(50);
    expect(el.shadowRoot!.querySelectorAll('[part~="item"]')).to.have.length(20);
    expect(part(el, 'more')!.textContent).to.contain('of 100,018');
  });
});
