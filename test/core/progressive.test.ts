import { expect, fixture, html } from '@open-wc/testing';
import { html as template, type PropertyDeclarations } from 'lit';
import { Cc4drElement } from '../../src/core/base-element.js';
import { ProgressiveList } from '../../src/core/progressive.js';

interface Item {
  id: string;
}

/** A list that records, for each of its renders, how many items it showed and in which frame. */
class ProgressiveTestList extends Cc4drElement {
  static override properties: PropertyDeclarations = { items: { attribute: false }, message: {} };
  items: readonly Item[] = [];
  message = '';
  readonly list = new ProgressiveList<Item>(this, {
    first: 3,
    perFrame: 2,
    key: (item) => item.id,
    container: () => this.renderRoot.querySelector('ul'),
  });
  readonly renders: { shown: number; frame: number }[] = [];

  protected override render() {
    if (this.message) {
      this.renders.push({ shown: 0, frame });
      return template`<p>${this.message}</p>`;
    }
    const visible = this.list.visible(this.items);
    this.renders.push({ shown: visible.length, frame });
    return template`<ul>
      ${visible.map((item) => template`<li><button type="button">${item.id}</button></li>`)}
    </ul>`;
  }
}
customElements.define('progressive-test-list', ProgressiveTestList);

// Counted with the browser's own requestAnimationFrame, which one test below takes away from the page.
const eachFrame = window.requestAnimationFrame.bind(window);
let frame = 0;
const countFrames = () => {
  frame += 1;
  eachFrame(countFrames);
};
eachFrame(countFrames);

const itemsOf = (from: string, count: number): Item[] => Array.from({ length: count }, (_, i) => ({ id: `${from}${i}` }));
const nextFrame = () => new Promise((resolve) => eachFrame(resolve));
const shownItems = (el: Element) => [...el.shadowRoot!.querySelectorAll('li')];
const shownIds = (el: Element) => shownItems(el).map((li) => li.textContent);
const rendered = (el: ProgressiveTestList) => el.renders.map((r) => r.shown);

async function listOf(items: readonly Item[]) {
  const el = await fixture<ProgressiveTestList>(html`<progressive-test-list .items=${items}></progressive-test-list>`);
  el.renders.length = 0;
  return el;
}

function expectOneRenderPerFrame(el: ProgressiveTestList) {
  const frames = el.renders.map((r) => r.frame);
  expect(new Set(frames).size, `one render per frame: ${frames.join(', ')}`).to.equal(frames.length);
}

describe('ProgressiveList', () => {
  it('shows the whole list in the first render', async () => {
    const el = await fixture<ProgressiveTestList>(html`<progressive-test-list .items=${itemsOf('a', 12)}></progressive-test-list>`);
    expect(rendered(el)).to.deep.equal([12]);
    expect(shownItems(el)).to.have.length(12);
  });

  it('shows a new list a few items per frame, and updateComplete waits for all of it', async () => {
    const el = await listOf(itemsOf('a', 12));
    el.items = itemsOf('b', 12);
    await el.updateComplete;
    expect(rendered(el)).to.deep.equal([3, 5, 7, 9, 11, 12]);
    expectOneRenderPerFrame(el);
    expect(shownIds(el)).to.deep.equal(itemsOf('b', 12).map((item) => item.id));
  });

  it('shows the first items in the frame of the change, and keeps the list’s height until the rest are there', async () => {
    const el = await listOf(itemsOf('a', 12));
    const list = el.shadowRoot!.querySelector('ul')!;
    const height = list.getBoundingClientRect().height;
    el.items = itemsOf('b', 12);
    await nextFrame();
    expect(shownIds(el)).to.deep.equal(['b0', 'b1', 'b2']);
    expect(list.getBoundingClientRect().height).to.be.closeTo(height, 0.1);
    await el.updateComplete;
    expect(shownItems(el)).to.have.length(12);
    expect(list.style.getPropertyValue('min-block-size')).to.equal('');
  });

  it('keeps the items already shown, by key, and adds the new ones after them', async () => {
    const el = await listOf(itemsOf('a', 12));
    el.items = el.items.map((item) => ({ ...item }));
    await el.updateComplete;
    expect(rendered(el), 'the same ids, in new objects').to.deep.equal([12]);
    el.renders.length = 0;
    el.items = [...itemsOf('a', 12), ...itemsOf('c', 5)];
    await el.updateComplete;
    expect(rendered(el)).to.deep.equal([14, 16, 17]);
    el.renders.length = 0;
    el.items = itemsOf('a', 4);
    await el.updateComplete;
    expect(rendered(el), 'a shorter list of items already shown comes at once').to.deep.equal([4]);
  });

  it('renders once per frame when a new list comes while the last one is still growing', async () => {
    const el = await listOf(itemsOf('a', 12));
    el.items = itemsOf('b', 12);
    await nextFrame();
    el.items = itemsOf('c', 12);
    await el.updateComplete;
    expect(rendered(el)).to.deep.equal([3, 3, 5, 7, 9, 11, 12]);
    expectOneRenderPerFrame(el);
  });

  it('counts no item as shown after a render without the list', async () => {
    const el = await listOf(itemsOf('a', 12));
    el.message = 'Nothing matches.';
    await el.updateComplete;
    el.message = '';
    await el.updateComplete;
    expect(rendered(el)).to.deep.equal([0, 3, 5, 7, 9, 11, 12]);
  });

  it('shows the rest at once when asked to, and only in the next render', async () => {
    const el = await listOf(itemsOf('a', 12));
    el.items = itemsOf('b', 12);
    await nextFrame();
    expect(el.list.growing).to.equal(true);
    el.list.completeNow();
    await el.updateComplete;
    expect(rendered(el)).to.deep.equal([3, 12]);
    expect(el.list.growing).to.equal(false);
    el.renders.length = 0;
    el.list.completeNow();
    el.message = 'Nothing matches.';
    await el.updateComplete;
    el.message = '';
    el.items = itemsOf('c', 12);
    await el.updateComplete;
    expect(rendered(el), 'asked before a render without the list').to.deep.equal([0, 3, 5, 7, 9, 11, 12]);
  });

  it('shows a list that holds the reader’s focus whole at once', async () => {
    const el = await listOf(itemsOf('a', 12));
    el.shadowRoot!.querySelectorAll('button')[8].focus();
    el.items = itemsOf('b', 12);
    await el.updateComplete;
    expect(rendered(el)).to.deep.equal([12]);
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelectorAll('button')[8]);
  });

  it('goes on without frames where none come (a hidden page, a frame out of view)', async () => {
    const el = await listOf(itemsOf('a', 12));
    window.requestAnimationFrame = () => 0;
    try {
      el.items = itemsOf('b', 12);
      await el.updateComplete;
    } finally {
      window.requestAnimationFrame = eachFrame;
    }
    expect(rendered(el)).to.deep.equal([3, 5, 7, 9, 11, 12]);
  });
});
