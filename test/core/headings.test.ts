import { expect, fixture, html } from '@open-wc/testing';
import 'axe-core/axe.min.js';
import '../../src/define.js';
import { everyElement, settled } from '../helpers.js';

interface Axe {
  getRules(): { ruleId: string }[];
  run(context: Element, options: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
}
const axe = (window as unknown as { axe: Axe }).axe;

/** The heading levels a widget renders, in order ("h2", "h3"…). */
const headingsOf = (el: Element) => [...el.shadowRoot!.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => h.localName);

/** axe with every rule it has on, experimental and best-practice ones (heading-order among them) included. */
async function violations(root: Element): Promise<string[]> {
  const rules = Object.fromEntries(axe.getRules().map(({ ruleId }) => [ruleId, { enabled: true }]));
  const { violations: found } = await axe.run(root, { rules, resultTypes: ['violations'] });
  return found.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('headings that fit the page they are put in', () => {
  it('on a plain page with one <h1>: every widget’s headings start at h2, and axe with every rule on finds nothing', async () => {
    const page = await fixture(html`<main><h1>Digital rights at our library</h1></main>`);
    const widgets = everyElement();
    page.append(...widgets.children);
    const rendered = await settled(page);
    const top = (tag: string) => headingsOf(rendered.find((el) => el.localName === tag)!)[0];
    expect(top('cc4dr-principle-card')).to.equal('h2');
    expect(top('cc4dr-example-list')).to.equal('h2');
    expect(top('cc4dr-member-finder')).to.equal('h2');
    expect(top('cc4dr-get-involved')).to.equal('h2');
    expect(headingsOf(rendered.find((el) => el.localName === 'cc4dr-about')!)).to.deep.equal(['h2', 'h3']);
    expect(await violations(page)).to.deep.equal([]);
  });

  it('in sections: one below the section’s heading, and a heading inside another widget does not count', async () => {
    const page = await fixture(html`<main>
      <h1>Our library</h1>
      <section>
        <h2>Digital rights</h2>
        <cc4dr-about></cc4dr-about>
        <cc4dr-member-finder query="wien"></cc4dr-member-finder>
      </section>
      <section>
        <h2>What we do</h2>
        <h3>Good practice</h3>
        <cc4dr-example-list limit="1"></cc4dr-example-list>
      </section>
    </main>`);
    await settled(page);
    expect(headingsOf(page.querySelector('cc4dr-about')!)).to.deep.equal(['h3', 'h4']);
    // The about widget's own h3 and h4 come before the finder, but they are the widget's: the finder is its sibling.
    expect(headingsOf(page.querySelector('cc4dr-member-finder')!)[0]).to.equal('h3');
    expect(headingsOf(page.querySelector('cc4dr-example-list')!)[0]).to.equal('h4');
    expect(await violations(page)).to.deep.equal([]);
  });

  it('inside a shadow root: from the headings there, else from the page around its host', async () => {
    const page = await fixture(html`<main><h1>Our library</h1><div id="with-heading"></div><div id="without"></div></main>`);
    const withHeading = page.querySelector('#with-heading')!.attachShadow({ mode: 'open' });
    withHeading.append(
      Object.assign(document.createElement('h2'), { textContent: 'Next steps' }),
      document.createElement('cc4dr-get-involved'),
    );
    const without = page.querySelector('#without')!.attachShadow({ mode: 'open' });
    without.append(document.createElement('cc4dr-get-involved'));
    const inner = withHeading.querySelector('cc4dr-get-involved')!;
    const outer = without.querySelector('cc4dr-get-involved')!;
    await Promise.all([inner, outer].map((el) => (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
    expect(headingsOf(inner)[0]).to.equal('h3');
    expect(headingsOf(outer)[0]).to.equal('h2');
  });

  it('follows a role="heading" with its aria-level, a deep page to h6, and an element moved to another place', async () => {
    const page = await fixture(html`<div>
      <div role="heading" aria-level="4">Deep</div>
      <cc4dr-principle-card principle="1"></cc4dr-principle-card>
      <h6>Deepest</h6>
      <cc4dr-about></cc4dr-about>
      <h1>Top</h1>
      <div id="later"></div>
    </div>`);
    await settled(page);
    const card = page.querySelector('cc4dr-principle-card')!;
    expect(headingsOf(card)[0]).to.equal('h5');
    expect(headingsOf(page.querySelector('cc4dr-about')!)).to.deep.equal(['h6', 'h6']);
    page.querySelector('#later')!.append(card);
    await (card as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(headingsOf(card)[0]).to.equal('h2');
  });

  it('gives way to heading-level, and keeps 3 where no heading comes before', async () => {
    const page = await fixture(html`<div>
      <cc4dr-about></cc4dr-about>
      <h1>Title</h1>
      <cc4dr-about heading-level="4"></cc4dr-about>
    </div>`);
    await settled(page);
    const [first, second] = page.querySelectorAll('cc4dr-about');
    expect(headingsOf(first)).to.deep.equal(['h3', 'h4']);
    expect(headingsOf(second)).to.deep.equal(['h4', 'h5']);
  });
});
