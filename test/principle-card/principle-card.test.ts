import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/principle-card/define.js';
import type { Cc4drPrincipleCard } from '../../src/principle-card/principle-card.js';
import { coalition, principles } from '../../src/core/data.js';
import { part, requestedUrls, shadowText, warningsOfEachTest } from '../helpers.js';

describe('<cc4dr-principle-card>', () => {
  const warnings = warningsOfEachTest();

  it('is accessible in every state and theme', async () => {
    for (const theme of ['light', 'dark']) {
      for (const markup of [
        html`<cc4dr-principle-card principle="privacy" theme=${theme}></cc4dr-principle-card>`,
        html`<cc4dr-principle-card principle="5" compact theme=${theme}></cc4dr-principle-card>`,
        html`<cc4dr-principle-card principle="nope" theme=${theme}></cc4dr-principle-card>`,
        html`<cc4dr-principle-card theme=${theme}></cc4dr-principle-card>`,
      ]) {
        await expect(await fixture(markup)).to.be.accessible();
      }
    }
  });

  it('shows the number, exact official title, summary, library points and a link to the Declaration', async () => {
    for (const p of principles) {
      const el = await fixture<Cc4drPrincipleCard>(html`<cc4dr-principle-card principle=${p.id}></cc4dr-principle-card>`);
      expect(part(el, 'number')!.textContent).to.equal(`Principle ${p.number} of 5`);
      expect(part(el, 'title')!.textContent).to.equal(p.title);
      expect(part(el, 'summary')!.textContent).to.equal(p.summary);
      const points = [...part(el, 'libraries')!.querySelectorAll('li')].map((li) => li.textContent);
      expect(points).to.deep.equal([...p.libraries]);
      expect(part(el, 'link')!.getAttribute('href')).to.equal(coalition.urls.principles);
    }
    expect(warnings.messages).to.deep.equal([]);
  });

  it('accepts the number as well as the id', async () => {
    const el = await fixture(html`<cc4dr-principle-card principle="2"></cc4dr-principle-card>`);
    expect(part(el, 'title')!.textContent).to.equal('Privacy, data protection and security');
  });

  it('uses heading-level for its heading and the level below for the library points', async () => {
    const byDefault = await fixture(html`<cc4dr-principle-card principle="1"></cc4dr-principle-card>`);
    expect(part(byDefault, 'title')!.localName).to.equal('h3');
    expect(part(byDefault, 'libraries-title')!.localName).to.equal('h4');
    for (const [level, sub] of [
      [2, 'h3'],
      [5, 'h6'],
      [6, 'h6'],
    ] as const) {
      const el = await fixture(html`<cc4dr-principle-card principle="1" heading-level=${level}></cc4dr-principle-card>`);
      expect(part(el, 'title')!.localName).to.equal(`h${level}`);
      expect(part(el, 'libraries-title')!.localName).to.equal(sub);
    }
    expect(warnings.messages).to.deep.equal([]);
  });

  it('shows only the title and summary when compact', async () => {
    const el = await fixture(html`<cc4dr-principle-card principle="access" compact></cc4dr-principle-card>`);
    expect(part(el, 'title')).to.be.instanceOf(Element);
    expect(part(el, 'summary')).to.be.instanceOf(Element);
    expect(part(el, 'libraries')).to.equal(null);
    expect(part(el, 'link')).to.equal(null);
  });

  it('re-renders when attributes change and reflects properties to attributes', async () => {
    const el = await fixture<Cc4drPrincipleCard>(html`<cc4dr-principle-card principle="access"></cc4dr-principle-card>`);
    el.setAttribute('principle', 'standards');
    await el.updateComplete;
    expect(part(el, 'title')!.textContent).to.equal('Open and ethical digital service standards');
    el.principle = 'transparency';
    el.compact = true;
    el.headingLevel = 2;
    el.theme = 'dark';
    await el.updateComplete;
    expect(el.getAttribute('principle')).to.equal('transparency');
    expect(el.hasAttribute('compact')).to.equal(true);
    expect(el.getAttribute('heading-level')).to.equal('2');
    expect(el.getAttribute('theme')).to.equal('dark');
    expect(part(el, 'title')!.localName).to.equal('h2');
  });

  it('shows a polite message and warns once for an unknown principle', async () => {
    const el = await fixture<Cc4drPrincipleCard>(html`<cc4dr-principle-card principle="freedom"></cc4dr-principle-card>`);
    expect(part(el, 'message')!.textContent).to.contain('There is no principle called “freedom”');
    expect(part(el, 'card')).to.equal(null);
    el.compact = true;
    await el.updateComplete;
    expect(warnings.messages).to.deep.equal(['<cc4dr-principle-card>: unknown principle "freedom".']);
  });

  it('shows a polite message and warns once when the principle is missing', async () => {
    const el = await fixture(html`<cc4dr-principle-card></cc4dr-principle-card>`);
    expect(part(el, 'message')!.textContent).to.contain('Choose a principle to show');
    expect(warnings.messages).to.deep.equal(['<cc4dr-principle-card>: the principle attribute is missing.']);
  });

  it('falls back to level 3 and warns for a heading-level outside 2–6, and warns for an unknown theme', async () => {
    const el = await fixture(html`<cc4dr-principle-card principle="1" heading-level="9" theme="purple"></cc4dr-principle-card>`);
    expect(part(el, 'title')!.localName).to.equal('h3');
    expect(warnings.messages).to.have.length(2);
    expect(warnings.messages.join()).to.contain('heading-level must be 2 to 6').and.contain('unknown theme "purple"');
  });

  it('renders hostile input as text and survives a burst of changes', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1">';
    const el = await fixture<Cc4drPrincipleCard>(html`<cc4dr-principle-card principle=${hostile}></cc4dr-principle-card>`);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(shadowText(el)).to.contain('<img src=x');
    for (let i = 0; i < 1000; i++) el.setAttribute('principle', i % 2 ? 'privacy' : String(i));
    await el.updateComplete;
    expect(part(el, 'title')!.textContent).to.equal('Privacy, data protection and security');
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('does not disturb the rest of the page when its input is bad', async () => {
    const page = await fixture(html`<div>
      <cc4dr-principle-card principle="bad"></cc4dr-principle-card>
      <cc4dr-principle-card principle="4"></cc4dr-principle-card>
      <p id="host-content">Host page text</p>
    </div>`);
    const [bad, good] = page.querySelectorAll('cc4dr-principle-card');
    await good.updateComplete;
    expect(part(bad, 'message')).to.be.instanceOf(Element);
    expect(part(good, 'title')!.textContent).to.equal('Participatory Democracy, diversity and inclusion');
    expect(page.querySelector('#host-content')!.textContent).to.equal('Host page text');
  });

  it('makes no network request', async () => {
    const before = requestedUrls().length;
    await fixture(html`<cc4dr-principle-card principle="privacy"></cc4dr-principle-card>`);
    expect(requestedUrls().length).to.equal(before);
  });

  it('follows its language and marks the rendered text with the locale it used', async () => {
    const el = await fixture(html`<div lang="fr-CA"><cc4dr-principle-card principle="1"></cc4dr-principle-card></div>`);
    const card = el.querySelector('cc4dr-principle-card')!;
    await waitUntil(() => part(card, 'card'), 'the French messages did not arrive');
    expect(part(card, 'card')!.getAttribute('lang')).to.equal('fr');
    expect(part(card, 'number')!.textContent).to.equal('Principe 1 sur 5');
  });
});
