import { expect, fixture, html } from '@open-wc/testing';
import '../../src/get-involved/define.js';
import type { Cc4drGetInvolved } from '../../src/get-involved/get-involved.js';
import { coalition, membersMeta } from '../../src/core/data.js';
import { libraryCity, requestedUrls, warningsOfEachTest } from '../helpers.js';

const steps = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part~="step"]')];
const stepText = (el: Element, index: number) => steps(el)[index].querySelector('[part~="text"]')!.textContent;
const stepLink = (el: Element, index: number) => steps(el)[index].querySelector('a')!;

describe('<cc4dr-get-involved>', () => {
  const warnings = warningsOfEachTest();

  it('is accessible in every state and theme', async () => {
    for (const theme of ['light', 'dark']) {
      for (const city of [undefined, 'Vienna', 'Moscow', 'Springfield']) {
        const el = await fixture(html`<cc4dr-get-involved theme=${theme} city=${city ?? ''}></cc4dr-get-involved>`);
        await expect(el).to.be.accessible();
      }
    }
  });

  it('shows the four steps of the briefing, each with a heading, text and link', async () => {
    const el = await fixture(html`<cc4dr-get-involved></cc4dr-get-involved>`);
    expect(el.shadowRoot!.querySelector('[part~="steps"]')!.localName).to.equal('ol');
    const titles = steps(el).map((s) => s.querySelector('[part~="title"]')!);
    expect(titles.map((t) => t.textContent)).to.deep.equal([
      'Show what your library already does',
      'Learn from good practice',
      'Check whether your city is a member',
      'Talk to your city',
    ]);
    expect(titles.every((t) => t.localName === 'h3')).to.equal(true);
    expect(steps(el).map((s) => s.querySelector('a')!.getAttribute('href'))).to.deep.equal([
      coalition.urls.principles,
      coalition.urls.iflaBriefing,
      membersMeta.officialList,
      coalition.urls.contact,
    ]);
    expect(warnings.messages).to.deep.equal([]);
  });

  it('personalises step 3 for a member, an unconfirmed and an unlisted city', async () => {
    const member = await fixture(html`<cc4dr-get-involved city="wien"></cc4dr-get-involved>`);
    expect(stepText(member, 2)).to.match(/^Vienna \(Austria\) is already a member\. Talk to your city’s digital team/);
    const unconfirmed = await fixture(html`<cc4dr-get-involved city="Sofia"></cc4dr-get-involved>`);
    expect(stepText(unconfirmed, 2)).to.contain('We could not confirm whether Sofia (Bulgaria) is a member');
    expect(warnings.messages).to.deep.equal([]);
    const unlisted = await fixture(html`<cc4dr-get-involved city="Springfield"></cc4dr-get-involved>`);
    expect(stepText(unlisted, 2)).to.equal(
      'Springfield is not in our list of member cities, last checked on November 22, 2026. Check the official list; if your city has not joined, here is how cities join.',
    );
    expect(stepLink(unlisted, 2).getAttribute('href')).to.equal(coalition.urls.endorse);
    expect(warnings.messages).to.deep.equal(['<cc4dr-get-involved>: "Springfield" is not in the member list checked on 2026-11-22.']);
  });

  it('names the city with its country, and takes a country to tell same-name places apart', async () => {
    const austin = await fixture(html`<cc4dr-get-involved city="Austin, Texas" country="US"></cc4dr-get-involved>`);
    expect(stepText(austin, 2)).to.match(/^Austin \(Texas, United States\) is already a member\./);
    const unpinned = await fixture(html`<cc4dr-get-involved city="Austin" country="US"></cc4dr-get-involved>`);
    expect(stepText(unpinned, 2)).to.equal(
      'The coalition’s list has Austin (Texas, United States), but other places are called Austin too. Check the official list to see whether your city is the member.',
    );
    const elsewhere = await fixture(html`<cc4dr-get-involved city="Austin" country="GB"></cc4dr-get-involved>`);
    expect(stepText(elsewhere, 2)).to.match(/^Austin \(United Kingdom\) is not in our list of member cities/);
    expect(warnings.messages).to.deep.equal([
      '<cc4dr-get-involved>: "Austin" is also the name of other places, so it is not said to be a member: write the state after the name ("Austin, Texas") if the page means Austin.',
      '<cc4dr-get-involved>: "Austin" in GB is not in the member list checked on 2026-11-22 (it has Austin, US).',
    ]);
  });

  it('marks a city record the library supplied as its own, and links to its source', async () => {
    const own = libraryCity({ joined: null });
    const el = await fixture(html`<cc4dr-get-involved .member=${own}></cc4dr-get-involved>`);
    expect(stepText(el, 2)).to.match(
      /^Our Town \(Sweden\) is already a member\. .* Added by this library, not taken from the coalition’s list\.$/,
    );
    expect(stepLink(el, 2).getAttribute('href')).to.equal('https://library.example.org/joined');
    expect(stepLink(el, 2).textContent).to.equal('The library’s source: Our town joined');
  });

  it('checks a city record the page supplies, and says so in step 3 when it is left out', async () => {
    const el = await fixture(html`<cc4dr-get-involved .member=${{ id: 'our-town' }}></cc4dr-get-involved>`);
    expect(stepText(el, 2)).to.equal('1 of this library’s cities was left out because of errors in the data.');
    expect(stepLink(el, 2).getAttribute('href')).to.equal(membersMeta.officialList);
    expect(warnings.messages).to.deep.equal([
      '<cc4dr-get-involved>: skipped 1 of 1 members from the member property: #0 the record lacks "name".',
    ]);
    expect(stepText(el, 0)).to.match(/^Public internet access/);
  });

  it('links steps 1 and 4 to a library check, when given one, and keeps their own links for an unsafe one', async () => {
    const el = await fixture<Cc4drGetInvolved>(html`<cc4dr-get-involved check-href="/library-check/?lang=en"></cc4dr-get-involved>`);
    const expected = new URL('/library-check/?lang=en', document.baseURI).href;
    expect([stepLink(el, 0).href, stepLink(el, 0).textContent]).to.deep.equal([expected, 'Check what your library does']);
    expect([stepLink(el, 3).href, stepLink(el, 3).textContent]).to.deep.equal([expected, 'Draft a letter to your city']);
    el.checkHref = 'javascript:alert(1)';
    await el.updateComplete;
    expect(stepLink(el, 0).getAttribute('href')).to.equal(coalition.urls.principles);
    expect(stepLink(el, 3).getAttribute('href')).to.equal(coalition.urls.contact);
    expect(warnings.messages).to.deep.equal([
      '<cc4dr-get-involved>: check-href "javascript:alert(1)" is not a safe link; using the default.',
    ]);
  });

  it('links steps 2 and 3 to the page’s own sections, refusing unsafe links', async () => {
    const el = await fixture<Cc4drGetInvolved>(
      html`<cc4dr-get-involved examples-href="#examples" finder-href="/digital-rights#finder"></cc4dr-get-involved>`,
    );
    expect(stepLink(el, 1).href).to.equal(new URL('#examples', document.baseURI).href);
    expect(stepLink(el, 2).href).to.equal(new URL('/digital-rights#finder', document.baseURI).href);
    el.examplesHref = 'javascript:alert(1)';
    await el.updateComplete;
    expect(stepLink(el, 1).getAttribute('href')).to.equal(coalition.urls.iflaBriefing);
    expect(warnings.messages).to.deep.equal([
      '<cc4dr-get-involved>: examples-href "javascript:alert(1)" is not a safe link; using the default.',
    ]);
  });

  it('re-renders when city or heading-level change, and makes no request', async () => {
    const before = requestedUrls().length;
    const el = await fixture<Cc4drGetInvolved>(html`<cc4dr-get-involved></cc4dr-get-involved>`);
    el.city = 'Barcelona, Spain';
    el.headingLevel = 4;
    await el.updateComplete;
    expect(el.getAttribute('city')).to.equal('Barcelona, Spain');
    expect(stepText(el, 2)).to.match(/^Barcelona \(Spain\) is already a member/);
    expect(steps(el)[0].querySelector('[part~="title"]')!.localName).to.equal('h4');
    expect(requestedUrls().length).to.equal(before);
  });
});
