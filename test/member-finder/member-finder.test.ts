import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/member-finder/define.js';
import type { Cc4drMemberFinder } from '../../src/member-finder/member-finder.js';
import { members, membersMeta } from '../../src/core/data.js';
import { loadPlaces, pinning } from '../../src/core/places.js';
import type { Member } from '../../src/core/types.js';
import { syntheticMembers } from '../fixtures/synthetic.js';
import { part, requestedUrls, shadowText, warningsOfEachTest } from '../helpers.js';

const results = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="result"]')];
const names = (el: Element) => results(el).map((b) => b.querySelector('.name')!.textContent);
const input = (el: Element) => el.shadowRoot!.querySelector('input')!;
const focused = (el: Element) => el.shadowRoot!.activeElement;

async function type(el: Cc4drMemberFinder, text: string) {
  input(el).focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

describe('<cc4dr-member-finder>', () => {
  const warnings = warningsOfEachTest();

  // First in this file: no test before it has looked a city up.
  it('fetches the places table as a reader comes to the search box, so that the first letter does not wait for it', async () => {
    const el = await fixture<Cc4drMemberFinder>(html`<cc4dr-member-finder></cc4dr-member-finder>`);
    expect(pinning.loaded(), 'not fetched for a finder no one has used').to.equal(undefined);
    input(el).focus();
    await waitUntil(() => pinning.loaded() !== undefined, 'the places table arrives before anything is typed');
    expect([input(el).value, pinning.loaded() === 'unavailable']).to.deep.equal(['', false]);
  });

  it('is accessible in every state and theme', async () => {
    for (const theme of ['light', 'dark']) {
      const el = await fixture<Cc4drMemberFinder>(html`<cc4dr-member-finder theme=${theme}></cc4dr-member-finder>`);
      await expect(el).to.be.accessible();
      el.query = 'wien';
      await el.updateComplete;
      results(el)[0].click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
      el.query = 'atlantis';
      await el.updateComplete;
      await expect(el).to.be.accessible();
      await expect(await fixture(html`<cc4dr-member-finder theme=${theme} region="mars"></cc4dr-member-finder>`)).to.be.accessible();
    }
  });

  it('lists every city of the data, grouped by region, with the checked date and the official list', async () => {
    const el = await fixture(html`<cc4dr-member-finder></cc4dr-member-finder>`);
    expect(results(el)).to.have.length(members.length);
    const regions = [...el.shadowRoot!.querySelectorAll('[part~="region"]')].map((h) => h.textContent);
    expect(regions).to.deep.equal(['Asia', 'Europe', 'North America', 'Oceania', 'South America']);
    expect(part(el, 'region')!.localName).to.equal('h3');
    expect(part(el, 'count')!.textContent.trim()).to.equal(`${members.length} cities in our list, checked on November 22, 2026.`);
    expect(part(el, 'footer')!.querySelector('a')!.getAttribute('href')).to.equal(membersMeta.officialList);
    const vienna = results(el).find((b) => b.textContent.includes('Vienna'))!;
    expect(vienna.querySelector('.meta')!.textContent).to.equal('Austria · member since March 2019 at the latest');
    const austin = results(el).find((b) => b.textContent.includes('Austin'))!;
    expect(austin.querySelector('.meta')!.textContent).to.equal('Texas, United States · member since March 2019 at the latest');
    const amsterdam = results(el).find((b) => b.textContent.includes('Amsterdam'))!;
    expect(amsterdam.querySelector('.meta')!.textContent).to.equal('Netherlands · founding member since 2018');
    const munich = results(el).find((b) => b.textContent.includes('Munich'))!;
    expect(munich.querySelector('.meta')!.textContent).to.equal('Germany · member (decided to join in 2019)');
    const moscow = results(el).find((b) => b.textContent.includes('Moscow'))!;
    expect(moscow.querySelector('.meta')!.textContent).to.equal('Russia · membership not confirmed');
  });

  it('filters as you type, with the badge’s matching, and announces the count', async () => {
    const el = await fixture<Cc4drMemberFinder>(html`<cc4dr-member-finder></cc4dr-member-finder>`);
    await type(el, 'wien');
    expect(names(el)).to.deep.equal(['Vienna']);
    expect(part(el, 'count')!.getAttribute('role')).to.equal('status');
    expect(part(el, 'count')!.textContent.trim()).to.equal('1 city matches “wien”.');
    for (const [query, expected] of [
      ['nyc', ['New York City']],
      ['SAO-PAULO', ['São Paulo']],
      ['köln', ['Cologne']],
      ['austria', ['Vienna']],
    ] as const) {
      el.query = query;
      await el.updateComplete;
      expect(names(el), query).to.deep.equal(expected);
    }
    el.query = 'on';
    await el.updateComplete;
    expect(names(el)).to.include.members(['London', 'Toronto', 'Boston', 'Bonn']);
    expect(part(el, 'count')!.textContent.trim()).to.equal(`${results(el).length} cities match “on”.`);
  });

  it('says which place it lists where other places share the name searched for', async () => {
    const portland = await fixture(html`<cc4dr-member-finder query="Portland"></cc4dr-member-finder>`);
    expect(names(portland)).to.deep.equal(['Portland']);
    expect(part(portland, 'shared')!.textContent).to.equal(
      'Other places are called Portland too, such as Portland (Maine, United States), Portland (Texas, United States), and Portland (England, United Kingdom): the member of the coalition is the one named here.',
    );
    const kansas = await fixture(html`<cc4dr-member-finder query="Kansas City"></cc4dr-member-finder>`);
    expect(part(kansas, 'shared')!.textContent).to.equal(
      'Other places are called Kansas City too, and the coalition’s list does not say which one it means.',
    );
    const pinned = await fixture(html`<cc4dr-member-finder query="Helsinki"></cc4dr-member-finder>`);
    expect(part(pinned, 'shared')).to.equal(null);
    expect(warnings.messages).to.deep.equal([]);
  });

  it('says so when nothing matches and shows what to do next', async () => {
    const el = await fixture(html`<cc4dr-member-finder query="Springfield"></cc4dr-member-finder>`);
    expect(results(el)).to.have.length(0);
    const noMatch = part(el, 'no-match')!;
    expect(noMatch.textContent).to.contain('No city in our list matches “Springfield”. Our list was checked on November 22, 2026');
    expect(noMatch.textContent).to.not.match(/is not a member/i);
    const links = [...noMatch.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).to.deep.equal([membersMeta.officialList, 'https://citiesfordigitalrights.org/endorse-your-city']);
    expect(part(el, 'count')!.textContent.trim()).to.equal('No city matches “Springfield”.');
  });

  it('is usable by keyboard alone: type, arrow into the results, choose, and get the answer', async () => {
    const el = await fixture<Cc4drMemberFinder>(html`<cc4dr-member-finder></cc4dr-member-finder>`);
    await type(el, 'an');
    const found = results(el);
    expect(found.length).to.be.above(2);
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)).to.equal(found[0]);
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)).to.equal(found[1]);
    await sendKeys({ press: 'End' });
    expect(focused(el)).to.equal(found.at(-1));
    await sendKeys({ press: 'Home' });
    expect(focused(el)).to.equal(found[0]);
    await sendKeys({ press: 'ArrowUp' });
    expect(focused(el)).to.equal(input(el));
    await sendKeys({ press: 'ArrowDown' });
    const chosen = oneEvent(el, 'cc4dr-city-select');
    await sendKeys({ press: 'Enter' });
    const event = (await chosen) as CustomEvent<Member>;
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail.name).to.equal(found[0].querySelector('.name')!.textContent);
    await el.updateComplete;
    const badge = part(el, 'selected')!;
    await (badge as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(shadowText(badge)).to.match(
      new RegExp(`^✓ ${event.detail.name} \\([^)]+\\) is a member of the Cities Coalition for Digital Rights\\.`),
    );
    expect(results(el)[0].getAttribute('aria-pressed')).to.equal('true');
    await sendKeys({ press: 'Escape' });
    expect(focused(el)).to.equal(input(el));
  });

  it('fires cc4dr-city-select beyond shadow roots', async () => {
    const outer = await fixture(html`<div></div>`);
    const root = outer.attachShadow({ mode: 'open' });
    const el = document.createElement('cc4dr-member-finder');
    el.query = 'vienna';
    root.append(el);
    await el.updateComplete;
    const heard = oneEvent(document.body, 'cc4dr-city-select');
    results(el)[0].click();
    expect(((await heard) as CustomEvent<Member>).detail.id).to.equal('vienna');
  });

  it('presets a region by code or name, and warns once for an unknown one', async () => {
    const byCode = await fixture(html`<cc4dr-member-finder region="005"></cc4dr-member-finder>`);
    expect(results(byCode)).to.have.length(members.filter((m) => m.region === '005').length);
    const byName = await fixture(html`<cc4dr-member-finder region="south america"></cc4dr-member-finder>`);
    expect(results(byName)).to.have.length(members.filter((m) => m.region === '005').length);
    expect(warnings.messages).to.deep.equal([]);
    const unknown = await fixture(html`<cc4dr-member-finder region="Mars"></cc4dr-member-finder>`);
    expect(part(unknown, 'message')!.textContent).to.contain('The region “Mars” is not recognised');
    expect(results(unknown)).to.have.length(members.length);
    expect(warnings.messages).to.deep.equal(['<cc4dr-member-finder>: unknown region "Mars"; showing all regions.']);
  });

  it('adds the library’s own city records, checked against the schema', async () => {
    const own = {
      id: 'lund',
      name: 'Lund',
      aliases: [],
      country: 'SE',
      region: '150',
      joined: null,
      founding: false,
      status: 'member',
      lat: 55.7,
      lon: 13.19,
      sources: [{ url: 'https://library.example.org/lund', title: 'Our note' }],
      checked: '2026-11-01',
    };
    const el = await fixture(html`<cc4dr-member-finder query="lund">
      <script type="application/json">${JSON.stringify({ members: [own, { ...own, id: 'vienna' }, { ...own, id: 'evil', sources: [{ url: 'javascript:alert(1)', title: 'x' }] }] })}</script>
    </cc4dr-member-finder>`);
    await waitUntil(() => names(el).includes('Lund'));
    expect(results(el)[0].querySelector('.meta')!.textContent).to.equal('Sweden · member · added by this library');
    expect(part(el, 'status')!.textContent.trim()).to.equal('2 of this library’s cities were left out because of errors in the data.');
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('skipped 2 of 3 members from the inline JSON');
  });

  it('keeps the coalition’s record of a city the library supplies again, and refuses the sample file', async () => {
    const record = {
      id: 'moscow-library',
      name: 'Moskau',
      aliases: ['Moscow'],
      country: 'RU',
      region: '150',
      joined: 2026,
      founding: false,
      status: 'member',
      lat: 55.75,
      lon: 37.62,
      sources: [{ url: 'https://library.example.org/moscow', title: 'Says it is a member' }],
      checked: '2026-11-01',
    };
    const el = await fixture(html`<cc4dr-member-finder query="mosc">
      <script type="application/json">${JSON.stringify({ members: [record] })}</script>
    </cc4dr-member-finder>`);
    await waitUntil(() => part(el, 'status')!.textContent.trim());
    expect(names(el)).to.deep.equal(['Moscow']);
    expect(results(el)[0].querySelector('.meta')!.textContent).to.equal('Russia · membership not confirmed');
    expect(warnings.messages).to.deep.equal([
      '<cc4dr-member-finder>: skipped 1 of 1 members from the inline JSON: #0 "Moskau" is in the coalition\'s list already (moscow, unconfirmed); the list\'s record is shown.',
    ]);
    const sample = await fixture(html`<cc4dr-member-finder query="sample" src="/data/samples/library-members.json"></cc4dr-member-finder>`);
    await waitUntil(() => part(sample, 'status')!.textContent.trim());
    expect(part(sample, 'no-match')).to.be.instanceOf(Element);
    expect(part(sample, 'status')!.textContent.trim()).to.equal('1 of this library’s cities was left out because of errors in the data.');
    expect(warnings.messages[1]).to.contain('#0 "sample-town" is a sample record: give your own records ids of their own');
  });

  it('keeps the bundled cities and says so when its src is broken', async () => {
    const el = await fixture(html`<cc4dr-member-finder src="/__fixtures/broken-json"></cc4dr-member-finder>`);
    await waitUntil(() => part(el, 'status')!.textContent.includes('could not be loaded'));
    expect(part(el, 'status')!.textContent.trim()).to.equal(
      'This library’s own cities could not be loaded: the file is not valid JSON. The coalition’s cities are still shown.',
    );
    expect(results(el)).to.have.length(members.length);
    expect(warnings.messages).to.have.length(1);
  });

  it('shows hostile text as text and makes no request', async () => {
    const before = requestedUrls().length;
    const hostile = '<img src=x onerror="window.__pwned=1">';
    const el = await fixture<Cc4drMemberFinder>(html`<cc4dr-member-finder query=${hostile}></cc4dr-member-finder>`);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(part(el, 'no-match')!.textContent).to.contain('<img src=x');
    expect(requestedUrls().length).to.equal(before);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('adds the rest of the results in the frames after a letter, and a reader going down or to the end meets all of them', async () => {
    const el = await fixture<Cc4drMemberFinder>(html`<cc4dr-member-finder .members=${syntheticMembers(1000)}></cc4dr-member-finder>`);
    await waitUntil(() => part(el, 'count')!.textContent.includes('1,050'), 'the cities are checked', { timeout: 20000 });
    // A typed name is checked against the places table: as when a reader comes to the box, it is there before a letter.
    await loadPlaces();
    const typeNow = async (text: string) => {
      input(el).focus();
      input(el).value = text;
      input(el).dispatchEvent(new Event('input'));
      await new Promise((resolve) => requestAnimationFrame(resolve));
    };
    const press = (button: HTMLButtonElement, key: string) => {
      button.focus();
      button.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
    };
    await typeNow('testville 1');
    expect(results(el)).to.have.length(20);
    expect(part(el, 'count')!.textContent).to.match(/^\s*111 cities match/);
    press(results(el)[0], 'ArrowDown');
    expect(focused(el)).to.equal(results(el)[1]);
    expect(results(el), 'going down within the results shown').to.have.length(20);
    press(results(el)[1], 'End');
    expect(results(el)).to.have.length(100);
    expect(focused(el)).to.equal(results(el).at(-1));
    await typeNow('testville 2');
    expect(results(el)).to.have.length(20);
    press(results(el)[19], 'ArrowDown');
    expect(results(el)).to.have.length(100);
    expect(focused(el)).to.equal(results(el)[20]);
  });

  it('lists at most 100 of ten thousand cities, says so, and narrows as you type', async () => {
    const el = await fixture<Cc4drMemberFinder>(html`<cc4dr-member-finder .members=${syntheticMembers(10_000)}></cc4dr-member-finder>`);
    await waitUntil(() => part(el, 'count')!.textContent.includes('10,050'), 'the cities are checked', { timeout: 20000 });
    expect(part(el, 'count')!.textContent.replace(/\s+/g, ' ').trim()).to.equal(
      '10,050 cities in our list, checked on November 22, 2026. Only the first 100 are listed: type more of a name to narrow the list.',
    );
    expect(results(el)).to.have.length(100);
    const input = el.shadowRoot!.querySelector('input')!;
    input.value = 'testville 999';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(names(el).sort()).to.deep.equal(
      [
        'Testville 999',
        'Testville 9990',
        'Testville 9991',
        'Testville 9992',
        'Testville 9993',
        'Testville 9994',
        'Testville 9995',
        'Testville 9996',
        'Testville 9997',
        'Testville 9998',
        'Testville 9999',
      ].sort(),
    );
    expect(part(el, 'count')!.textContent).not.to.contain('Only the first');
  });
});
