import { expect, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { warningsOfEachTest } from '../helpers.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean>; hasUpdated: boolean };

describe('fallback content until the first render', () => {
  const warnings = warningsOfEachTest();

  // A fresh page: the German messages are not loaded yet, so the card waits for them before its first render.
  it('an element waiting for its language shows its fallback content meanwhile, at its height, then its own', async () => {
    const box = document.createElement('div');
    box.innerHTML = `<p id="before">Before</p>
      <cc4dr-principle-card principle="privacy" lang="de"><p>Die Grundsätze der Koalition</p></cc4dr-principle-card>
      <p id="after">After</p>`;
    document.body.append(box);
    const card = box.querySelector<Widget>('cc4dr-principle-card')!;
    const fallback = card.querySelector('p')!;
    const after = box.querySelector('#after')!;
    await waitUntil(() => card.shadowRoot, 'the element is upgraded');
    expect(card.hasUpdated, 'still waiting for German').to.equal(false);
    const shown = card.shadowRoot!.querySelector('slot')?.assignedElements() ?? [];
    expect(shown.length === 1 && shown[0] === fallback, 'the fallback is shown in the shadow root').to.equal(true);
    expect(fallback.getBoundingClientRect().height, 'and takes its place in the page').to.be.above(0);
    expect(after.getBoundingClientRect().top).to.be.above(fallback.getBoundingClientRect().bottom);

    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('slot'), 'the first render takes the fallback away').to.equal(null);
    expect(fallback.getBoundingClientRect().height).to.equal(0);
    expect(card.shadowRoot!.textContent).to.include('Privatsphäre');
    box.remove();
    expect(warnings.messages).to.deep.equal([]);
  });

  it('each element takes a task of its own for its first render, the fallback showing until its turn', async () => {
    const box = document.createElement('div');
    box.innerHTML = ['privacy', 'access', 'participation']
      .map((p) => `<cc4dr-principle-card principle="${p}"><p>Fallback ${p}</p></cc4dr-principle-card>`)
      .join('');
    document.body.append(box);
    const [first, second, third] = box.querySelectorAll<Widget>('cc4dr-principle-card');
    expect(
      [first, second, third].map((card) => card.hasUpdated),
      'nothing renders while the page adds them',
    ).to.deep.equal([false, false, false]);
    // What runs after `updateComplete` runs in the same task as the render: the next element's turn has not come.
    await first.updateComplete;
    expect([first.hasUpdated, second.hasUpdated, third.hasUpdated]).to.deep.equal([true, false, false]);
    expect(second.shadowRoot!.querySelector('slot')!.assignedElements()[0].textContent).to.equal('Fallback access');
    await second.updateComplete;
    expect([second.hasUpdated, third.hasUpdated]).to.deep.equal([true, false]);
    await third.updateComplete;
    expect(third.shadowRoot!.textContent).to.not.include('Fallback');
    box.remove();
    expect(warnings.messages).to.deep.equal([]);
  });
});
