import { expect, fixture, html } from '@open-wc/testing';
import { html as template, type PropertyDeclarations } from 'lit';
import { Cc4drElement } from '../../src/core/base-element.js';
import { ProgressiveList } from '../../src/core/progressive.js';

/** A list that records, for each of its renders, how many items it showed and in which frame. */
class ProgressiveTestList extends Cc4drElement {
  static override properties: PropertyDeclarations = { items: { attribute: false }, message: {} };
  items: readonly string[] = [];
  message = '';
  readonly list = new ProgressiveList<string>(this, { first: 3, step: 2 });
  readonly renders: { shown: number; frame: number }[] = [];

  protected override render() {
    if (this.message) {
      this.renders.push({ shown: 0, frame });
      return template`<p>${this.message}</p>`;
    }
    const visible = this.list.visible(this.items);
    this.renders.push({ shown: visible.length, frame });
    return template`<ul>
      ${visible.map((item) => template`<li>${item}</li>`)}
    </ul>`;
  }
}
customElements.define('progressive-test-list', ProgressiveTestList);

let frame = 0;
const countFrames = () => {
  frame += 1;
  requestAnimationFrame(countFrames);
};
requestAnimationFrame(countFrames);

const letters = (from: string, count: number) => Array.from({ length: count }, (_, i) => `${from}${i}`);
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
const shownItems = (el: Element) => [...el.shadowRoot!.querySelectorAll('li')];

async function listOf(items: readonly string[]) {
  const el = await fixture<ProgressiveTestList>(html`<progressive-test-list .items=${items}></progressive-test-list>`);
  el.renders.length = 0;
  return el;
}

describe('ProgressiveList', () => {
  it('shows the whole list in the first render', async () => {
    const el = await fixture<ProgressiveTestList>(html`<progressive-test-list .items=${letters('a', 12)}></progressive-test-list>`);
    expect(el.renders.map((r) => r.shown)).to.deep.equal([12]);
    expect(shownItems(el)).to.have.length(12);
  });

  it('shows a new list a few items per frame, and updateComplete waits for all of it', async () => {
    const el = await listOf(letters('a', 12));
    el.items = letters('b', 12);
    await el.updateComplete;
    expect(el.renders.map((r) => r.shown)).to.deep.equal([3, 5, 7, 9, 11, 12]);
    const frames = el.renders.map((r) => r.frame);
    expect(new Set(frames).size, `one render per frame: ${frames.join(', ')}`).to.equal(frames.length);
    expect(shownItems(el).map((li) => li.textContent)).to.deep.equal(letters('b', 12));
  });

  it('shows the first items in the frame of the change, before the rest', async () => {
    const el = await listOf(letters('a', 12));
    el.items = letters('b', 12);
    await nextFrame();
    expect(shownItems(el).map((li) => li.textContent)).to.deep.equal(letters('b', 3));
    await el.updateComplete;
    expect(shownItems(el)).to.have.length(12);
  });

  it('keeps the items already shown in their places, and adds the new ones after them', async () => {
    const el = await listOf(letters('a', 12));
    const before = shownItems(el);
    el.items = [...letters('a', 12), ...letters('c', 5)];
    await el.updateComplete;
    expect(el.renders.map((r) => r.shown)).to.deep.equal([14, 16, 17]);
    expect(shownItems(el).slice(0, 12)).to.deep.equal(before);
    el.renders.length = 0;
    el.items = letters('a', 4);
    await el.updateComplete;
    expect(
      el.renders.map((r) => r.shown),
      'a shorter list of items already shown comes at once',
    ).to.deep.equal([4]);
  });

  it('counts no item as shown after a render without the list', async () => {
    const el = await listOf(letters('a', 12));
    el.message = 'Nothing matches.';
    await el.updateComplete;
    el.message = '';
    await el.updateComplete;
    expect(el.renders.map((r) => r.shown)).to.deep.equal([0, 3, 5, 7, 9, 11, 12]);
  });

  it('shows the rest at once when asked to', async () => {
    const el = await listOf(letters('a', 12));
    el.items = letters('b', 12);
    await nextFrame();
    expect(el.list.growing).to.equal(true);
    el.list.completeNow();
    await el.updateComplete;
    expect(el.renders.map((r) => r.shown)).to.deep.equal([3, 12]);
    expect(el.list.growing).to.equal(false);
  });
});
