import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/example-list/define.js';
import type { Cc4drExampleList } from '../../src/example-list/example-list.js';
import { byNewest, bundledExamples as lazyExamples } from '../../src/core/data.js';
import { examples as bundledExamples } from '../../src/generated/examples.js';
import type { Example } from '../../src/core/types.js';
import { part, requestedUrls, shadowText, warningsOfEachTest } from '../helpers.js';
import { syntheticExamples } from '../fixtures/synthetic.js';

const items = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part~="item"]')];
const titles = (el: Element) => items(el).map((i) => i.querySelector('[part~="title"]')!.textContent);
const statusText = (el: Element) => part(el, 'status')!.textContent.trim();
const count = (predicate: (e: Example) => boolean) => bundledExamples.filter(predicate).length;

describe('<cc4dr-example-list>', () => {
  const warnings = warningsOfEachTest();
  it('renders the bundled examples, which come as their own module from the library’s own location', async () => {
    const el = await fixture(html`<cc4dr-example-list limit="2"></cc4dr-example-list>`);
    await waitUntil(() => items(el).length === 2);
    expect(requestedUrls().some((u) => u.includes('/generated/examples.js'))).to.equal(true);
  });

  before(() => lazyExamples.load());

  it('is accessible in every state and theme', async () => {
    for (const theme of ['light', 'dark']) {
      for (const markup of [
        html`<cc4dr-example-list theme=${theme}></cc4dr-example-list>`,
        html`<cc4dr-example-list theme=${theme} principle="privacy" libraries></cc4dr-example-list>`,
        html`<cc4dr-example-list theme=${theme} country="JP"></cc4dr-example-list>`,
        html`<cc4dr-example-list theme=${theme} category="nonsense"></cc4dr-example-list>`,
      ]) {
        await expect(await fixture(markup)).to.be.accessible();
      }
      const withOwn = await fixture<Cc4drExampleList>(
        html`<cc4dr-example-list theme=${theme} src="/test/fixtures/own-examples.json" city="Vienna"></cc4dr-example-list>`,
      );
      await waitUntil(() => items(withOwn).length === 2);
      await expect(withOwn).to.be.accessible();
    }
  });

  it('shows every bundled example, newest first, with its parts', async () => {
    const el = await fixture(html`<cc4dr-example-list></cc4dr-example-list>`);
    expect(items(el)).to.have.length(bundledExamples.length);
    const years = items(el).map((i) => Number(/\d{4}$/.exec(i.querySelector('[part~="meta"]')!.textContent)?.[0] ?? 0));
    expect(years).to.deep.equal([...years].sort((a, b) => b - a));
    // The build sorts them (so that a page makes no collator for them); the list's own order must agree.
    expect(titles(el)).to.deep.equal([...bundledExamples].sort(byNewest).map((e) => e.title));
    const privacyWeek = items(el).find((i) => i.textContent.includes('Library Privacy Week'))!;
    expect(privacyWeek.querySelector('[part~="meta"]')!.textContent).to.equal('New York City, United States · 2018');
    expect(privacyWeek.querySelector('[part~="tags"]')!.textContent).to.contain('Privacy');
    expect(privacyWeek.querySelector('[part~="flags"]')!.textContent).to.contain('Involves libraries');
    expect(privacyWeek.querySelectorAll('[part~="sources"] a')).to.have.length(3);
    expect(warnings.messages).to.deep.equal([]);
  });

  it('filters by principle (id or number), category, city, country, libraries and limit', async () => {
    const cases: [ReturnType<typeof html>, number][] = [
      [html`<cc4dr-example-list principle="privacy"></cc4dr-example-list>`, count((e) => e.principles.includes('privacy'))],
      [html`<cc4dr-example-list principle="2"></cc4dr-example-list>`, count((e) => e.principles.includes('privacy'))],
      [html`<cc4dr-example-list category="digital-skills"></cc4dr-example-list>`, count((e) => e.category === 'digital-skills')],
      [html`<cc4dr-example-list city="NYC"></cc4dr-example-list>`, count((e) => e.city === 'New York City')],
      [html`<cc4dr-example-list city="new york city"></cc4dr-example-list>`, count((e) => e.city === 'New York City')],
      [html`<cc4dr-example-list country="fr"></cc4dr-example-list>`, count((e) => e.country === 'FR')],
      [html`<cc4dr-example-list libraries></cc4dr-example-list>`, count((e) => e.libraries)],
      [html`<cc4dr-example-list limit="3"></cc4dr-example-list>`, 3],
      [
        html`<cc4dr-example-list libraries principle="access" country="US"></cc4dr-example-list>`,
        count((e) => e.libraries && e.principles.includes('access') && e.country === 'US'),
      ],
    ];
    for (const [markup, expected] of cases) {
      expect(expected).to.be.above(0);
      expect(items(await fixture(markup))).to.have.length(expected);
    }
    expect(warnings.messages).to.deep.equal([]);
  });

  it('says so kindly when nothing matches', async () => {
    const el = await fixture(html`<cc4dr-example-list country="JP"></cc4dr-example-list>`);
    expect(items(el)).to.have.length(0);
    expect(part(el, 'message')!.textContent).to.contain('There are no examples for this selection yet.');
    expect(part(el, 'list')).to.equal(null);
    expect(warnings.messages).to.deep.equal([]);
  });

  it('shows a message and warns once for each filter it does not recognise', async () => {
    for (const [name, value] of [
      ['principle', 'freedom'],
      ['category', 'fun'],
      ['country', 'France'],
      ['limit', '0'],
      ['limit', 'abc'],
    ]) {
      warnings.messages.length = 0;
      const el = await fixture<Cc4drExampleList>(html`<cc4dr-example-list></cc4dr-example-list>`);
      el.setAttribute(name, value);
      await el.updateComplete;
      el.requestUpdate();
      await el.updateComplete;
      expect(part(el, 'message')!.textContent, name).to.contain(`The ${name} filter “${value}”`);
      expect(items(el)).to.have.length(0);
      expect(warnings.messages, name).to.have.length(1);
      expect(warnings.messages[0]).to.match(new RegExp(`^<cc4dr-example-list>: unknown ${name} `));
    }
  });

  it('uses heading-level for each example title', async () => {
    const el = await fixture(html`<cc4dr-example-list heading-level="4" limit="1"></cc4dr-example-list>`);
    expect(items(el)[0].querySelector('[part~="title"]')!.localName).to.equal('h4');
  });

  it('re-renders when filters change and reflects them', async () => {
    const el = await fixture<Cc4drExampleList>(html`<cc4dr-example-list></cc4dr-example-list>`);
    el.country = 'IE';
    await el.updateComplete;
    expect(el.getAttribute('country')).to.equal('IE');
    expect(items(el)).to.have.length(count((e) => e.country === 'IE'));
    el.removeAttribute('country');
    await el.updateComplete;
    expect(items(el)).to.have.length(bundledExamples.length);
  });

  it('merges the library’s own examples from src, marks them, and skips bad records with one warning', async () => {
    const el = await fixture(html`<cc4dr-example-list src="/test/fixtures/own-examples.json"></cc4dr-example-list>`);
    await waitUntil(() => items(el).length === bundledExamples.length + 2);
    const own = items(el).filter((i) => i.querySelector('[part~="flags"]')?.textContent!.includes('From our library'));
    expect(own).to.have.length(2);
    expect(titles(el)[0]).to.equal('Device repair café at the central library');
    expect(statusText(el)).to.equal('4 of this library’s examples were left out because of errors in the data.');
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('skipped 4 of 6 examples from "/test/fixtures/own-examples.json"');
    expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
    expect([...el.shadowRoot!.querySelectorAll('a')].every((a) => /^(https?|mailto):/.test(a.href))).to.equal(true);
    expect(shadowText(el)).to.contain('<img src=x');
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('keeps the bundled examples and says what went wrong when src fails', async () => {
    const cases: [string, string][] = [
      ['/__fixtures/status/404', 'the server answered with status 404.'],
      ['/__fixtures/broken-json', 'the file is not valid JSON.'],
      ['/__fixtures/html', 'the file is not JSON.'],
      ['/__fixtures/not-a-list', 'the file does not contain the expected list.'],
    ];
    for (const [src, reason] of cases) {
      warnings.messages.length = 0;
      const el = await fixture(html`<cc4dr-example-list src=${src}></cc4dr-example-list>`);
      await waitUntil(() => statusText(el).includes('could not be loaded'), src);
      expect(statusText(el)).to.equal(
        `This library’s own examples could not be loaded: ${reason} The coalition’s examples are still shown.`,
      );
      expect(items(el)).to.have.length(bundledExamples.length);
      expect(warnings.messages, src).to.have.length(1);
      expect(warnings.messages[0]).to.contain(`could not use "${src}"`);
    }
  });

  it('fetches a src shared by two lists only once', async () => {
    const src = '/test/fixtures/own-examples.json?shared';
    const a = await fixture(html`<cc4dr-example-list src=${src}></cc4dr-example-list>`);
    const b = await fixture(html`<cc4dr-example-list src=${src} principle="privacy"></cc4dr-example-list>`);
    await waitUntil(() => items(a).length > bundledExamples.length, 'first list', { timeout: 5000 });
    await waitUntil(() => titles(b).some((t) => t.endsWith('Privacy hour')), 'second list', { timeout: 5000 });
    expect(requestedUrls().filter((u) => u.endsWith(src))).to.have.length(1);
  });

  it('takes the library’s own examples from the examples property', async () => {
    const el = await fixture<Cc4drExampleList>(html`<cc4dr-example-list city="Vienna"></cc4dr-example-list>`);
    const own: Example = {
      id: 'our-coding-club',
      title: 'Coding club for teenagers',
      city: 'Wien',
      country: 'AT',
      year: 2026,
      principles: ['access'],
      category: 'digital-skills',
      libraries: true,
      summary: 'Weekly coding sessions.',
      sources: [{ url: 'https://library.example.org/coding', title: 'Coding club' }],
      checked: '2026-11-01',
    };
    el.examples = [own, { ...own, id: 'broken', year: 'soon' } as unknown as Example];
    await waitUntil(() => items(el).length === 1);
    expect(titles(el)).to.deep.equal(['Coding club for teenagers']);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('skipped 1 of 2 examples from the examples property');
    el.examples = 'nonsense' as unknown as Example[];
    await waitUntil(() => items(el).length === 0);
    expect(warnings.messages[1]).to.contain('could not use the examples property: not an array');
    expect(statusText(el)).to.contain('could not be loaded');
  });

  it('takes the library’s own examples from an inline JSON child, and says so when it is broken', async () => {
    const record = {
      id: 'inline-example',
      title: 'Inline example',
      city: 'Glasgow',
      country: 'GB',
      year: 2026,
      principles: ['access'],
      category: 'digital-skills',
      libraries: true,
      summary: 'Given by a CMS editor inside the element.',
      sources: [{ url: 'https://library.example.org/', title: 'Our page' }],
      checked: '2026-11-01',
    };
    const el = await fixture(html`<cc4dr-example-list city="Glasgow">
      <script type="application/json">${JSON.stringify({ examples: [record, { ...record, id: 'x', year: 'soon' }] })}</script>
    </cc4dr-example-list>`);
    await waitUntil(() => titles(el).includes('Inline example'));
    expect(statusText(el)).to.equal('1 of this library’s examples was left out because of errors in the data.');
    expect(warnings.messages).to.deep.equal(['<cc4dr-example-list>: skipped 1 of 2 examples from the inline JSON: #1 /year fails type.']);

    const broken = await fixture(html`<cc4dr-example-list>
      <script type="application/json">{"examples": [</script>
    </cc4dr-example-list>`);
    await waitUntil(() => statusText(broken).includes('not valid JSON'));
    expect(items(broken)).to.have.length(bundledExamples.length);
    expect(warnings.messages[1]).to.match(/^<cc4dr-example-list>: could not use the inline JSON: SyntaxError/);
  });

  it('follows changes to the inline JSON', async () => {
    const el = await fixture<Cc4drExampleList>(html`<cc4dr-example-list>
      <script type="application/json">[]</script>
    </cc4dr-example-list>`);
    expect(statusText(el)).to.equal('');
    el.querySelector('script')!.textContent = '{"examples": "nope"}';
    // The element sees the change (a mutation record, delivered before the next await) and updateComplete waits until
    // it is checked and rendered.
    await el.updateComplete;
    expect(statusText(el)).to.equal(
      'This library’s own examples could not be loaded: the file does not contain the expected list. The coalition’s examples are still shown.',
    );
    expect(warnings.messages).to.deep.equal(['<cc4dr-example-list>: could not use the inline JSON: no "examples" list.']);
    expect(items(el)).to.have.length(bundledExamples.length);
  });

  it('filters again by city when a language brings the city’s name in it', async () => {
    const el = await fixture<Cc4drExampleList>(html`<cc4dr-example-list city="Nova Iorque"></cc4dr-example-list>`);
    expect(part(el, 'message')?.textContent, 'no Portuguese loaded yet').to.contain('There are no examples for this selection');
    el.lang = 'pt';
    await waitUntil(() => items(el).length > 0, 'the Portuguese names arrive', { timeout: 5000 });
    expect(items(el)).to.have.length(count((e) => e.city === 'New York City'));
  });

  it('makes no network request unless src is given', async () => {
    const before = requestedUrls().length;
    await fixture(html`<cc4dr-example-list principle="access"></cc4dr-example-list>`);
    expect(requestedUrls().length).to.equal(before);
  });

  describe('a long list', () => {
    const more = (el: Element) => part(el, 'more') as HTMLButtonElement | null;

    it('shows 20 at first and 20 more per press, moving focus to the first added example', async () => {
      const el = await fixture<Cc4drExampleList>(html`<cc4dr-example-list .examples=${syntheticExamples(45)}></cc4dr-example-list>`);
      const total = 45 + bundledExamples.length;
      await waitUntil(() => more(el) !== null, 'the button appears once the examples are checked', { timeout: 5000 });
      expect(items(el)).to.have.length(20);
      expect(more(el)!.textContent.trim()).to.equal(`Show more examples (20 of ${total} shown)`);
      more(el)!.click();
      await waitUntil(() => items(el).length === 40);
      expect(el.shadowRoot!.activeElement).to.equal(items(el)[20].querySelector('[part~="title"]'));
      more(el)!.click();
      await waitUntil(() => items(el).length === 60);
      more(el)!.click();
      await waitUntil(() => items(el).length === total);
      expect(more(el)).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('starts again at 20 when a filter changes, and never shows more than the limit', async () => {
      const el = await fixture<Cc4drExampleList>(html`<cc4dr-example-list .examples=${syntheticExamples(100)}></cc4dr-example-list>`);
      await waitUntil(() => more(el) !== null, 'the button appears', { timeout: 5000 });
      more(el)!.click();
      await waitUntil(() => items(el).length === 40);
      el.principle = 'privacy';
      await el.updateComplete;
      expect(items(el)).to.have.length(20);
      el.limit = 25;
      await el.updateComplete;
      expect(more(el)!.textContent.trim()).to.equal('Show more examples (20 of 25 shown)');
      more(el)!.click();
      await waitUntil(() => items(el).length === 25);
      expect(more(el)).to.equal(null);
    });

    it('shows a filter’s first examples in its own frame and the rest in the frames after it', async () => {
      const el = await fixture<Cc4drExampleList>(html`<cc4dr-example-list .examples=${syntheticExamples(100)}></cc4dr-example-list>`);
      await waitUntil(() => more(el) !== null, 'the examples are checked', { timeout: 5000 });
      el.principle = 'privacy';
      await new Promise((resolve) => requestAnimationFrame(resolve));
      // The newest example serves privacy too, and stays in its place: four new ones follow it.
      expect(items(el)).to.have.length(5);
      await el.updateComplete;
      expect(items(el)).to.have.length(20);
      expect(titles(el)).to.deep.equal(
        titles(await fixture(html`<cc4dr-example-list .examples=${syntheticExamples(100)} principle="privacy"></cc4dr-example-list>`)),
      );
    });

    it('filters ten thousand examples by city (aliases too) and shows the newest first', async () => {
      const el = await fixture<Cc4drExampleList>(
        html`<cc4dr-example-list .examples=${syntheticExamples(10_000)} city="Wien"></cc4dr-example-list>`,
      );
      await waitUntil(() => more(el) !== null, 'the examples are checked', { timeout: 20000 });
      expect(more(el)!.textContent).to.contain('of 1,00');
      expect(items(el)).to.have.length(20);
      const years = items(el).map((i) => Number(/· (\d{4})/.exec(i.querySelector('[part~="meta"]')!.textContent)?.[1]));
      expect(years).to.deep.equal([...years].sort((a, b) => b - a));
    });
  });
});
