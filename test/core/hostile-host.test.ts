// Careless or hostile host pages: bursts of attribute changes, elements moved and re-added, global styles on `*`,
// `div` and `a`. The widgets keep working, say what they should, and stay readable.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { Cc4drMemberBadge } from '../../src/member-badge/member-badge.js';
import type { Cc4drMemberMap } from '../../src/member-map/member-map.js';
import { everyElement, warningsOfEachTest } from '../helpers.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

async function rendered(container: Element): Promise<Widget[]> {
  const widgets = [...container.children] as Widget[];
  for (const el of widgets) {
    while (!el.shadowRoot?.firstElementChild) await new Promise((r) => setTimeout(r, 10));
    await el.updateComplete;
  }
  return widgets;
}

describe('hostile host pages', () => {
  const warnings = warningsOfEachTest();
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.message);
  before(() => window.addEventListener('error', onError));
  after(() => window.removeEventListener('error', onError));
  beforeEach(() => (errors.length = 0));

  it('1,000 attribute changes in a burst render once, as the last value says, with at most one warning per bad value', async () => {
    const badge = await fixture<Cc4drMemberBadge>(html`<cc4dr-member-badge city="Vienna" country="AT"></cc4dr-member-badge>`);
    let renders = 0;
    const spied = badge as unknown as { render: () => unknown };
    const original = spied.render.bind(badge);
    spied.render = () => {
      renders += 1;
      return original();
    };
    for (let i = 0; i < 1000; i += 1) badge.setAttribute('city', i % 2 ? `Nowhere ${i}` : 'Vienna');
    badge.setAttribute('country', 'ES');
    badge.setAttribute('city', 'Barcelona');
    await badge.updateComplete;
    expect(renders).to.equal(1);
    expect(badge.shadowRoot!.textContent).to.contain('Barcelona (Spain) is a member');
    expect(warnings.messages).to.deep.equal([]);
    expect(errors).to.deep.equal([]);
  });

  it('elements moved, removed and re-added keep working, with their listeners once', async () => {
    const box = await fixture(everyElement());
    const elsewhere = await fixture(html`<section></section>`);
    const widgets = await rendered(box);
    for (let round = 0; round < 20; round += 1) {
      for (const el of widgets) (round % 2 ? box : elsewhere).append(el);
      if (round % 5 === 0) widgets.forEach((el) => el.remove());
      await Promise.all(widgets.map((el) => el.updateComplete));
    }
    widgets.forEach((el) => box.append(el));
    await Promise.all(widgets.map((el) => el.updateComplete));
    for (const el of widgets) expect(el.shadowRoot!.textContent.trim().length, el.localName).to.be.greaterThan(20);
    // The map listens to the page for chosen cities: once, however often it was re-added.
    const map = widgets.find((el) => el.localName === 'cc4dr-member-map') as Cc4drMemberMap;
    map.followSelection = true;
    let highlights = 0;
    const original = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(map), 'highlight')!;
    Object.defineProperty(map, 'highlight', {
      configurable: true,
      get: () => original.get!.call(map) as string | undefined,
      set: (value) => {
        highlights += 1;
        original.set!.call(map, value);
      },
    });
    document.body.dispatchEvent(new CustomEvent('cc4dr-city-select', { detail: { name: 'Lisbon' }, bubbles: true, composed: true }));
    expect(highlights).to.equal(1);
    delete (map as unknown as Record<string, unknown>).highlight;
    expect(errors).to.deep.equal([]);
  });

  it('a page that styles *, div and a globally leaves the widgets readable in their own colours', async () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`
      * { margin: 0 !important; padding: 0 !important; box-sizing: content-box !important; color: #999 !important;
          background: #ffffff !important; line-height: 1 !important; letter-spacing: 0.1em; font-size: 13px !important; }
      div { display: flex !important; flex-direction: row-reverse; }
      a { color: inherit !important; text-decoration: none !important; pointer-events: none; }
    `);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    try {
      const box = await fixture(everyElement());
      const widgets = await rendered(box);
      for (const el of widgets) {
        const rect = el.getBoundingClientRect();
        expect(rect.width * rect.height, `${el.localName} has a size`).to.be.greaterThan(0);
        const textParents = [...el.shadowRoot!.querySelectorAll('*')].filter((node) =>
          [...node.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()),
        );
        for (const node of textParents.slice(0, 5)) {
          const color = getComputedStyle(node).color;
          expect(color, `${el.localName} ${node.localName} keeps its own text colour`).not.to.equal('rgb(153, 153, 153)');
        }
      }
      expect(errors).to.deep.equal([]);
    } finally {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    }
  });
});
