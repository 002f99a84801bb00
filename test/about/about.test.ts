import { expect, fixture, html } from '@open-wc/testing';
import '../../src/about/define.js';
import type { Cc4drAbout } from '../../src/about/about.js';
import { coalition, members, principles } from '../../src/core/data.js';
import { part, requestedUrls, warningsOfEachTest } from '../helpers.js';

describe('<cc4dr-about>', () => {
  const warnings = warningsOfEachTest();

  it('is accessible in every state and theme', async () => {
    for (const theme of ['light', 'dark']) {
      await expect(await fixture(html`<cc4dr-about theme=${theme}></cc4dr-about>`)).to.be.accessible();
      await expect(await fixture(html`<cc4dr-about theme=${theme} compact></cc4dr-about>`)).to.be.accessible();
    }
  });

  it('says who founded the coalition, when, how many cities it has and its principles', async () => {
    const el = await fixture(html`<cc4dr-about></cc4dr-about>`);
    expect(part(el, 'title')!.textContent).to.equal('Cities Coalition for Digital Rights');
    expect(part(el, 'summary')!.textContent.trim()).to.equal(
      'Amsterdam, Barcelona, and New York City launched the coalition on November 14, 2018 at the Smart City Expo World Congress, Barcelona, with the support of UN-Habitat. Its member cities commit to five principles of digital rights.',
    );
    const count = members.filter((m) => m.status === 'member').length;
    expect(part(el, 'count')!.textContent.replace(/\s+/g, ' ').trim()).to.equal(
      `Our list counts ${count} member cities, checked on November 22, 2026; the coalition itself says it has more than 60. ` +
        'It counted 26 member cities on March 28, 2019, and 45 on January 7, 2020.',
    );
    expect([...part(el, 'principles')!.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal(principles.map((p) => p.title));
    expect([...part(el, 'links')!.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal([
      coalition.urls.about,
      coalition.urls.principles,
      coalition.urls.iflaBriefing,
    ]);
    expect(warnings.messages).to.deep.equal([]);
  });

  it('uses heading-level, has a compact variant and re-renders on change', async () => {
    const el = await fixture<Cc4drAbout>(html`<cc4dr-about heading-level="2"></cc4dr-about>`);
    expect(part(el, 'title')!.localName).to.equal('h2');
    expect(part(el, 'principles-title')!.localName).to.equal('h3');
    el.compact = true;
    await el.updateComplete;
    expect(part(el, 'principles')).to.equal(null);
    expect(part(el, 'links')!.querySelectorAll('a')).to.have.length(1);
    el.headingLevel = 7;
    await el.updateComplete;
    expect(part(el, 'title')!.localName).to.equal('h3');
    expect(warnings.messages).to.deep.equal(['<cc4dr-about>: heading-level must be 2 to 6; using 3.']);
  });

  it('makes no request', async () => {
    const before = requestedUrls().length;
    await fixture(html`<cc4dr-about></cc4dr-about>`);
    expect(requestedUrls().length).to.equal(before);
  });
});
