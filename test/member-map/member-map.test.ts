import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/member-map/define.js';
import type { Cc4drMemberMap } from '../../src/member-map/member-map.js';
import { members } from '../../src/core/data.js';
import type { Member } from '../../src/core/types.js';
import { libraryCity, part, requestedUrls, warningsOfEachTest } from '../helpers.js';

const memberCount = members.filter((m) => m.status === 'member').length;
const markers = (el: Element) => [...el.shadowRoot!.querySelectorAll<SVGGElement>('.marker')];
const marker = (el: Element, name: string) => markers(el).find((m) => m.getAttribute('aria-label')!.startsWith(`${name},`))!;
const focused = (el: Element) => el.shadowRoot!.activeElement;
const landDrawn = (el: Element) => Boolean(el.shadowRoot!.querySelector('.land path')?.getAttribute('d'));

async function map(markup: ReturnType<typeof html>) {
  const el = await fixture<Cc4drMemberMap>(markup);
  await waitUntil(() => landDrawn(el), 'the land outline did not load');
  return el;
}

describe('<cc4dr-member-map>', () => {
  const warnings = warningsOfEachTest();

  it('is accessible in every state and theme', async () => {
    for (const theme of ['light', 'dark']) {
      const el = await map(html`<cc4dr-member-map theme=${theme} highlight="Vienna"></cc4dr-member-map>`);
      await expect(el).to.be.accessible();
      el.table = true;
      await el.updateComplete;
      await expect(el).to.be.accessible();
    }
  });

  it('draws the land from bundled geometry and one marker per member city', async () => {
    const el = await map(html`<cc4dr-member-map></cc4dr-member-map>`);
    expect(markers(el)).to.have.length(memberCount);
    expect(part(el, 'caption')!.textContent.trim()).to.equal(
      `${memberCount} member cities on the map, from our list checked on November 22, 2026.`,
    );
    expect(marker(el, 'Moscow')).to.equal(undefined);
    const geometryRequests = requestedUrls().filter((u) => u.includes('geometry'));
    expect(geometryRequests.every((u) => u.startsWith(location.origin))).to.equal(true);
  });

  it('names each marker with city, country and membership', async () => {
    const el = await map(html`<cc4dr-member-map></cc4dr-member-map>`);
    expect(marker(el, 'Vienna').getAttribute('aria-label')).to.equal('Vienna, Austria, member since March 2019 at the latest');
    expect(marker(el, 'Portland').getAttribute('aria-label')).to.equal(
      'Portland, Oregon, United States, member since March 2019 at the latest',
    );
    expect(marker(el, 'Cologne').getAttribute('aria-label')).to.equal('Cologne, Germany, member (decided to join in 2024)');
    expect(marker(el, 'Leipzig').getAttribute('aria-label')).to.equal('Leipzig, Germany, member since 2021');
    expect(marker(el, 'Barcelona').getAttribute('aria-label')).to.equal('Barcelona, Spain, founding member since 2018');
    expect(marker(el, 'Vienna').getAttribute('role')).to.equal('button');
  });

  it('is one tab stop; arrow keys move west to east, focus shows a label, Enter chooses', async () => {
    const el = await map(html`<cc4dr-member-map></cc4dr-member-map>`);
    const tabbable = markers(el).filter((m) => m.getAttribute('tabindex') === '0');
    expect(tabbable).to.have.length(1);
    tabbable[0].focus();
    const lons = markers(el).map((m) => Number(/translate\(([-\d.]+)/.exec(m.getAttribute('transform')!)![1]));
    expect(lons).to.deep.equal([...lons].sort((a, b) => a - b));
    await sendKeys({ press: 'ArrowRight' });
    expect(focused(el)).to.equal(markers(el)[1]);
    await el.updateComplete;
    expect(part(el, 'label')!.textContent.trim()).to.equal(markers(el)[1].getAttribute('aria-label')!.split(',')[0]);
    await sendKeys({ press: 'End' });
    expect(focused(el)).to.equal(markers(el).at(-1));
    await sendKeys({ press: 'ArrowRight' });
    expect(focused(el)).to.equal(markers(el)[0]);
    const chosen = oneEvent(el, 'cc4dr-city-select');
    await sendKeys({ press: 'Enter' });
    const event = (await chosen) as CustomEvent<Member>;
    expect(event.bubbles && event.composed).to.equal(true);
    expect(markers(el)[0].getAttribute('aria-label')!.startsWith(event.detail.name)).to.equal(true);
  });

  it('keeps every marker’s target at least 24 px across, at 320 px and at 1200 px', async () => {
    for (const width of [320, 1200]) {
      const el = await map(html`<cc4dr-member-map style="width:${width}px"></cc4dr-member-map>`);
      await waitUntil(() => Math.abs(marker(el, 'Vienna').getBoundingClientRect().width - 24) < 1, `target at ${width}px`);
      expect(el.shadowRoot!.querySelector('svg')!.getBoundingClientRect().width).to.be.at.most(width);
    }
  });

  it('emphasises a highlighted city, and warns once for one that is not a member', async () => {
    const el = await map(html`<cc4dr-member-map highlight="wien"></cc4dr-member-map>`);
    expect(marker(el, 'Vienna').classList.contains('highlight')).to.equal(true);
    expect(part(el, 'label')!.textContent.trim()).to.equal('Vienna');
    expect(marker(el, 'Vienna').getAttribute('tabindex')).to.equal('0');
    expect(warnings.messages).to.deep.equal([]);
    el.highlight = 'Springfield';
    await el.updateComplete;
    expect(part(el, 'message')!.textContent).to.contain('The city “Springfield” to highlight is not in our list of member cities.');
    expect(markers(el)).to.have.length(memberCount);
    expect(warnings.messages).to.deep.equal(['<cc4dr-member-map>: highlight "Springfield" is not a member city in the list.']);
  });

  it('shows the same cities as a table, its text alternative', async () => {
    const el = await map(html`<cc4dr-member-map highlight="Vienna"></cc4dr-member-map>`);
    part(el, 'toggle')!.dispatchEvent(new MouseEvent('click'));
    await el.updateComplete;
    expect(el.hasAttribute('table')).to.equal(true);
    expect(part(el, 'toggle')!.getAttribute('aria-pressed')).to.equal('true');
    expect(part(el, 'map')).to.equal(null);
    const rows = [...part(el, 'table')!.querySelectorAll('tbody tr')];
    expect(rows).to.have.length(memberCount);
    const vienna = rows.find((r) => r.querySelector('th')!.textContent === 'Vienna')!;
    expect([...vienna.querySelectorAll('td')].map((td) => td.textContent)).to.deep.equal([
      'Austria',
      'Europe',
      'member since March 2019 at the latest',
    ]);
    expect(vienna.classList.contains('highlight')).to.equal(true);
  });

  it('with follow-selection, highlights the city chosen in a finder on the page', async () => {
    await import('../../src/member-finder/define.js');
    const page = await fixture(html`<div>
      <cc4dr-member-finder query="helsinki"></cc4dr-member-finder>
      <cc4dr-member-map follow-selection></cc4dr-member-map>
      <cc4dr-member-map></cc4dr-member-map>
    </div>`);
    const [following, other] = page.querySelectorAll('cc4dr-member-map');
    const finder = page.querySelector('cc4dr-member-finder')!;
    await finder.updateComplete;
    finder.shadowRoot!.querySelector<HTMLButtonElement>('[part~="result"]')!.click();
    await following.updateComplete;
    expect(following.getAttribute('highlight')).to.equal('Helsinki');
    expect(marker(following, 'Helsinki').classList.contains('highlight')).to.equal(true);
    expect(other.hasAttribute('highlight')).to.equal(false);
  });

  it('shows a message when its src cannot be loaded, and keeps the bundled cities', async () => {
    const el = await map(html`<cc4dr-member-map src="/__fixtures/status/404"></cc4dr-member-map>`);
    await waitUntil(() => part(el, 'status')!.textContent.includes('could not be loaded'));
    expect(part(el, 'status')!.textContent.trim()).to.equal(
      'This library’s own cities could not be loaded: the server answered with status 404. The coalition’s cities are still shown.',
    );
    expect(markers(el)).to.have.length(memberCount);
    expect(warnings.messages).to.deep.equal(['<cc4dr-member-map>: could not use "/__fixtures/status/404": HTTP 404.']);
  });

  it('adds the library’s own member cities', async () => {
    const own = libraryCity({
      id: 'lund',
      name: 'Lund',
      lat: 55.7,
      lon: 13.19,
      sources: [{ url: 'https://library.example.org/', title: 'x' }],
    });
    const el = await map(html`<cc4dr-member-map></cc4dr-member-map>`);
    el.members = [own];
    await waitUntil(() => markers(el).length === memberCount + 1);
    expect(marker(el, 'Lund').getAttribute('aria-label')).to.equal('Lund, Sweden, member since 2026, added by this library');
    expect(marker(el, 'Lund').classList.contains('local')).to.equal(true);
    // Beside the map: the library's cities with their sources, one link away.
    const ownList = part(el, 'own')!;
    expect(ownList.querySelector('p')!.textContent).to.equal('Added by this library, not taken from the coalition’s list:');
    expect(ownList.querySelector('li')!.textContent).to.equal('Lund: x');
    expect(ownList.querySelector('a')!.getAttribute('href')).to.equal('https://library.example.org/');
    marker(el, 'Lund').dispatchEvent(new FocusEvent('focus'));
    await el.updateComplete;
    expect(part(el, 'label')!.textContent).to.equal('Lund · added by this library');
    // In the table too.
    el.table = true;
    await el.updateComplete;
    const row = [...part(el, 'table')!.querySelectorAll('tbody tr')].find((r) => r.querySelector('th')!.textContent === 'Lund')!;
    expect(row.querySelectorAll('td')[2].textContent).to.equal('member since 2026 · added by this library · x');
    expect(row.querySelector('a')!.getAttribute('href')).to.equal('https://library.example.org/');
    expect(part(el, 'own')).to.be.instanceOf(Element);
  });
});
