import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/member-badge/define.js';
import type { Cc4drMemberBadge } from '../../src/member-badge/member-badge.js';
import { coalition, membersMeta } from '../../src/core/data.js';
import { captureWarnings, libraryCity, part, requestedUrls, shadowText, warningsOfEachTest } from '../helpers.js';

const links = (el: Element) => [...el.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'));

describe('<cc4dr-member-badge>', () => {
  const warnings = warningsOfEachTest();

  it('is accessible in every state and theme', async () => {
    for (const theme of ['light', 'dark']) {
      for (const city of ['Vienna', 'Wien', 'Amsterdam', 'Moscow, Russia', 'Kansas City', 'Portland, US', 'Springfield', '']) {
        for (const compact of [false, true]) {
          const el = await fixture(html`<cc4dr-member-badge city=${city} theme=${theme} ?compact=${compact}></cc4dr-member-badge>`);
          await expect(el).to.be.accessible();
        }
      }
    }
  });

  it('says a member city is a member, named with its country, and links to the coalition', async () => {
    const el = await fixture(html`<cc4dr-member-badge city="Vienna" country="AT"></cc4dr-member-badge>`);
    expect(part(el, 'statement')!.textContent).to.equal('Vienna (Austria) is a member of the Cities Coalition for Digital Rights.');
    expect(part(el, 'member')).to.be.instanceOf(Element);
    expect(links(el)).to.deep.equal([coalition.urls.home]);
    expect(warnings.messages).to.deep.equal([]);
  });

  it('names founding members, the year a city joined, or the earliest list that has it', async () => {
    const amsterdam = await fixture(html`<cc4dr-member-badge city="Amsterdam" country="NL"></cc4dr-member-badge>`);
    expect(part(amsterdam, 'detail')!.textContent).to.equal('Founding member since 2018.');
    const cologne = await fixture(html`<cc4dr-member-badge city="Köln"></cc4dr-member-badge>`);
    expect(part(cologne, 'statement')!.textContent).to.equal('Cologne (Germany) is a member of the Cities Coalition for Digital Rights.');
    // A council's decision to join is not the year it joined: the badge says it is a decision, never "since".
    expect(part(cologne, 'detail')!.textContent).to.equal('Decided to join in 2024.');
    const leipzig = await fixture(html`<cc4dr-member-badge city="Leipzig"></cc4dr-member-badge>`);
    expect(part(leipzig, 'detail')!.textContent).to.equal('Member since 2021.');
    const vienna = await fixture(html`<cc4dr-member-badge city="Wien"></cc4dr-member-badge>`);
    expect(part(vienna, 'detail')!.textContent).to.equal('Member since March 2019 at the latest.');
    const porto = await fixture(html`<cc4dr-member-badge city="Porto" country="PT"></cc4dr-member-badge>`);
    expect(part(porto, 'detail')!.textContent).to.equal('Member since 2023 at the latest.');
    const rennes = await fixture(html`<cc4dr-member-badge city="Rennes"></cc4dr-member-badge>`);
    expect(part(rennes, 'detail')).to.equal(null);
  });

  it('finds a city by any common form of its name', async () => {
    for (const [input, name] of [
      ['NYC', 'New York City (United States)'],
      ['new-york-city', 'New York City (United States)'],
      ['Wien', 'Vienna (Austria)'],
      ['maceio', 'Maceió (Brazil)'],
      ['Belo-Horizonte', 'Belo Horizonte (Brazil)'],
      ['  TORINO ', 'Turin (Italy)'],
      ['Vienna, Austria', 'Vienna (Austria)'],
      ['Vienna, AT', 'Vienna (Austria)'],
      ['Austin, Texas', 'Austin (Texas, United States)'],
      ['Austin (Texas, US)', 'Austin (Texas, United States)'],
      ['New York, NY', 'New York City (United States)'],
      ['New York City, NY', 'New York City (United States)'],
      ['New York, USA', 'New York City (United States)'],
      ['Brooklyn, NY', 'New York City (United States)'],
      ['Queens', 'New York City (United States)'],
      ['Chicago, IL', 'Chicago (United States)'],
      ['Toronto, ON', 'Toronto (Canada)'],
      ['Montréal, Québec', 'Montreal (Canada)'],
      ['Sydney, NSW', 'Sydney (Australia)'],
      ['London, UK', 'London (United Kingdom)'],
      ['London, England', 'London (United Kingdom)'],
      ['Glasgow, Scotland', 'Glasgow (United Kingdom)'],
      ['Amsterdam, The Netherlands', 'Amsterdam (Netherlands)'],
      ['Boston, MA', 'Boston (Massachusetts, United States)'],
      ['Portland, OR', 'Portland (Oregon, United States)'],
      ['Belo Horizonte, MG', 'Belo Horizonte (Brazil)'],
      ['Wien, Österreich', 'Vienna (Austria)'],
    ]) {
      const el = await fixture(html`<cc4dr-member-badge city=${input}></cc4dr-member-badge>`);
      expect(part(el, 'statement')!.textContent, input).to.equal(`${name} is a member of the Cities Coalition for Digital Rights.`);
    }
  });

  it('tells a member from other places of its name: its state where one in its country shares it, and country', async () => {
    const texas = await fixture(html`<cc4dr-member-badge city="Austin, TX"></cc4dr-member-badge>`);
    expect(part(texas, 'statement')!.textContent).to.equal(
      'Austin (Texas, United States) is a member of the Cities Coalition for Digital Rights.',
    );
    expect(warnings.messages).to.deep.equal([]);
    const elsewhere = await fixture(html`<cc4dr-member-badge city="Austin" country="gb"></cc4dr-member-badge>`);
    expect(part(elsewhere, 'statement')!.textContent).to.equal(
      'Austin (United Kingdom) is not in our list of member cities, last checked on November 22, 2026.',
    );
    expect(part(elsewhere, 'not-listed')).to.be.instanceOf(Element);
    expect(warnings.messages).to.deep.equal([
      '<cc4dr-member-badge>: "Austin" in GB is not in the member list checked on 2026-11-22 (it has Austin, US).',
    ]);
    for (const city of ['Austin, Minnesota', 'Portland, ME', 'Portland, Maine', 'Vienna, VA', 'London, Ontario']) {
      const el = await fixture(html`<cc4dr-member-badge city=${city}></cc4dr-member-badge>`);
      expect(part(el, 'statement')!.textContent, city).to.equal(
        `${city} is not in our list of member cities, last checked on November 22, 2026.`,
      );
    }
    const london = await fixture(html`<cc4dr-member-badge city="London" country="CA"></cc4dr-member-badge>`);
    expect(part(london, 'not-listed')).to.be.instanceOf(Element);
  });

  it('never says a city is a member when other places share the name and nothing given says which is meant', async () => {
    const details = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part~="detail"]')].map((d) => d.textContent);
    const austin = await fixture(html`<cc4dr-member-badge city="Austin" country="US"></cc4dr-member-badge>`);
    expect(part(austin, 'statement')!.textContent).to.equal(
      'Austin (Texas, United States) is a member of the Cities Coalition for Digital Rights, but other places are called Austin too, so this badge does not say that it is the one meant here.',
    );
    expect(part(austin, 'shared')).to.be.instanceOf(Element);
    expect(part(austin, 'member')).to.equal(null);
    expect(details(austin)).to.deep.equal([
      'Among them: Austin (Minnesota, United States), Austin (Indiana, United States), and Austin (Arkansas, United States).',
      'If this page means Austin (Texas, United States), its editor can say so by writing the state after the city’s name.',
    ]);
    expect(links(austin)).to.deep.equal([membersMeta.officialList]);
    expect(warnings.messages).to.deep.equal([
      '<cc4dr-member-badge>: "Austin" is also the name of other places, so it is not said to be a member: write the state after the name ("Austin, Texas") if the page means Austin.',
    ]);
    const vienna = await fixture(html`<cc4dr-member-badge city="Vienna"></cc4dr-member-badge>`);
    expect(part(vienna, 'shared')).to.be.instanceOf(Element);
    expect(details(vienna)).to.deep.equal([
      'Among them: Vienna (Virginia, United States), Vienna (West Virginia, United States), and Vienna (Georgia, United States).',
      'If this page means Vienna (Austria), its editor can say so by giving the widget the country.',
    ]);
    const brooklyn = await fixture(html`<cc4dr-member-badge city="Brooklyn"></cc4dr-member-badge>`);
    expect(part(brooklyn, 'statement')!.textContent).to.equal(
      'New York City (United States) is a member of the Cities Coalition for Digital Rights, but other places are called Brooklyn too, so this badge does not say that it is the one meant here.',
    );
    const compact = await fixture(html`<cc4dr-member-badge city="Portland" country="US" compact></cc4dr-member-badge>`);
    expect(part(compact, 'statement')!.textContent).to.equal(
      'Portland? The list of the Cities Coalition for Digital Rights has Portland (Oregon, United States), and other places share the name',
    );
    expect(part(compact, 'member')).to.equal(null);
  });

  it('says so where the list does not tell which of two places in one country it means, whatever state is given', async () => {
    for (const city of ['Kansas City', 'Kansas City, MO', 'Kansas City, USA']) {
      const el = await fixture(html`<cc4dr-member-badge city=${city}></cc4dr-member-badge>`);
      expect(part(el, 'member'), city).to.equal(null);
      expect(part(el, 'statement')!.textContent).to.equal(
        'Kansas City (United States) is a member of the Cities Coalition for Digital Rights, but other places are called Kansas City too, so this badge does not say that it is the one meant here.',
      );
      expect([...el.shadowRoot!.querySelectorAll('[part~="detail"]')].map((d) => d.textContent)).to.deep.equal([
        'Other places are called Kansas City too, and the coalition’s list does not say which one it means.',
        'Among them: Kansas City (Kansas, United States).',
      ]);
    }
  });

  it('leaves out a country that is not a two-letter code, with one warning', async () => {
    const el = await fixture(html`<cc4dr-member-badge city="Wien" country="Austria"></cc4dr-member-badge>`);
    expect(part(el, 'member')).to.be.instanceOf(Element);
    expect(warnings.messages).to.deep.equal([
      '<cc4dr-member-badge>: country "Austria" is not a two-letter country code such as AT or US; it is left out.',
    ]);
  });

  it('says membership could not be confirmed for an unconfirmed city, and what is known', async () => {
    const el = await fixture(html`<cc4dr-member-badge city="Moscow" country="RU"></cc4dr-member-badge>`);
    expect(part(el, 'statement')!.textContent).to.equal(
      'We could not confirm whether Moscow (Russia) is a member of the Cities Coalition for Digital Rights.',
    );
    expect(part(el, 'detail')!.textContent).to.equal('It was on the coalition’s list in March 2019; we found no later source.');
    expect(part(el, 'unconfirmed')).to.be.instanceOf(Element);
    expect(links(el)).to.deep.equal([membersMeta.officialList]);
    expect(part(el, 'member')).to.equal(null);
  });

  it('marks a record the library supplied as its own, with its source', async () => {
    const own = libraryCity();
    const el = await fixture(html`<cc4dr-member-badge .member=${own}></cc4dr-member-badge>`);
    expect(part(el, 'statement')!.textContent).to.equal('Our Town (Sweden) is a member of the Cities Coalition for Digital Rights.');
    expect([...el.shadowRoot!.querySelectorAll('[part~="detail"]')].map((d) => d.textContent)).to.deep.equal([
      'Member since 2026.',
      'Added by this library, not taken from the coalition’s list.',
    ]);
    expect(links(el)).to.deep.equal(['https://library.example.org/joined', coalition.urls.home]);
    expect(el.shadowRoot!.querySelector('a')!.textContent).to.equal('The library’s source: Our town joined');
  });

  it('checks a record the page supplies like any of the library’s records, and shows a polite message for a bad one', async () => {
    const page = await fixture(html`<div>
      <cc4dr-member-badge .member=${{ name: 'Our Town', status: 'member' }}></cc4dr-member-badge>
      <cc4dr-member-badge .member=${'Vienna'}></cc4dr-member-badge>
      <cc4dr-member-badge .member=${libraryCity({ name: '<img src=x onerror=alert(1)>', joined: 1.5 })}></cc4dr-member-badge>
      <cc4dr-member-badge city="Barcelona" country="ES"></cc4dr-member-badge>
    </div>`);
    const [shapeless, text, hostile, beside] = [...page.children] as Cc4drMemberBadge[];
    await Promise.all([shapeless, text, hostile, beside].map((el) => el.updateComplete));
    for (const el of [shapeless, text, hostile]) {
      expect(part(el, 'message')!.textContent).to.equal('1 of this library’s cities was left out because of errors in the data.');
      expect(part(el, 'member')).to.equal(null);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    }
    expect(warnings.messages).to.deep.equal([
      '<cc4dr-member-badge>: skipped 1 of 1 members from the member property: #0 the record lacks "id".',
      '<cc4dr-member-badge>: skipped 1 of 1 members from the member property: #0 the record fails type.',
      '<cc4dr-member-badge>: skipped 1 of 1 members from the member property: #0 /joined fails type.',
    ]);
    expect(part(beside, 'statement')!.textContent).to.match(/^Barcelona \(Spain\) is a member/);
  });

  it('shows the list’s own record when a supplied record names a listed city by one of its aliases', async () => {
    const own = libraryCity({ id: 'our-vienna', name: 'Vienna City', aliases: ['Wien'], country: 'AT' });
    const el = await fixture(html`<cc4dr-member-badge .member=${own}></cc4dr-member-badge>`);
    expect(part(el, 'statement')!.textContent).to.equal('Vienna (Austria) is a member of the Cities Coalition for Digital Rights.');
    expect(warnings.messages).to.deep.equal([
      '<cc4dr-member-badge>: skipped 1 of 1 members from the member property: #0 "Vienna City" is in the coalition\'s list already (vienna, member); the list\'s record is shown.',
    ]);
  });

  it('shows a hostile name in a valid record the page supplies as text', async () => {
    const el = await fixture(
      html`<cc4dr-member-badge .member=${libraryCity({ name: '<img src=x onerror=alert(1)>' })}></cc4dr-member-badge>`,
    );
    expect(part(el, 'statement')!.textContent).to.equal(
      '<img src=x onerror=alert(1)> (Sweden) is a member of the Cities Coalition for Digital Rights.',
    );
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(warnings.messages).to.deep.equal([]);
  });

  it('shows the list’s own record of a city the list has, when a page supplies its own', async () => {
    const el = await fixture(
      html`<cc4dr-member-badge .member=${libraryCity({ id: 'our-vienna', name: 'Vienna', country: 'AT' })}></cc4dr-member-badge>`,
    );
    expect(part(el, 'statement')!.textContent).to.equal('Vienna (Austria) is a member of the Cities Coalition for Digital Rights.');
    expect(shadowText(el)).to.not.contain('Added by this library');
    expect(warnings.messages).to.deep.equal([
      '<cc4dr-member-badge>: skipped 1 of 1 members from the member property: #0 "Vienna" is in the coalition\'s list already (vienna, member); the list\'s record is shown.',
    ]);
  });

  it('never calls a city missing from the list a non-member', async () => {
    const el = await fixture(html`<cc4dr-member-badge city="Springfield"></cc4dr-member-badge>`);
    expect(part(el, 'statement')!.textContent).to.equal(
      'Springfield is not in our list of member cities, last checked on November 22, 2026.',
    );
    expect(shadowText(el)).to.not.match(/is not a member/i);
    expect(links(el)).to.deep.equal([membersMeta.officialList, coalition.urls.endorse]);
    expect(warnings.messages).to.deep.equal(['<cc4dr-member-badge>: "Springfield" is not in the member list checked on 2026-11-22.']);
  });

  it('shows a polite message and warns once when the city is missing', async () => {
    const el = await fixture<Cc4drMemberBadge>(html`<cc4dr-member-badge></cc4dr-member-badge>`);
    expect(part(el, 'message')!.textContent).to.contain('Add a city name');
    el.compact = true;
    await el.updateComplete;
    expect(warnings.messages).to.deep.equal(['<cc4dr-member-badge>: the city attribute is missing.']);
  });

  it('has a one-line compact variant with a single link', async () => {
    const el = await fixture(html`<cc4dr-member-badge city="Barcelona" country="ES" compact></cc4dr-member-badge>`);
    expect(part(el, 'statement')!.textContent).to.equal('Barcelona (Spain): member of the Cities Coalition for Digital Rights');
    expect(links(el)).to.deep.equal([coalition.urls.home]);
    expect(part(el, 'detail')).to.equal(null);
  });

  it('re-renders when the city changes and reflects its properties', async () => {
    const el = await fixture<Cc4drMemberBadge>(html`<cc4dr-member-badge city="Vienna"></cc4dr-member-badge>`);
    el.city = 'Helsinki';
    el.compact = true;
    await el.updateComplete;
    expect(el.getAttribute('city')).to.equal('Helsinki');
    expect(el.hasAttribute('compact')).to.equal(true);
    expect(part(el, 'statement')!.textContent).to.contain('Helsinki');
  });

  it('renders hostile names as clipped text', async () => {
    const hostile = `<img src=x onerror="window.__pwned=1">${'x'.repeat(100_000)}`;
    const el = await fixture(html`<cc4dr-member-badge city=${hostile}></cc4dr-member-badge>`);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(part(el, 'statement')!.textContent.length).to.be.below(200);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0].length).to.be.below(300);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('makes no network request', async () => {
    const before = requestedUrls().length;
    await fixture(html`<cc4dr-member-badge city="Vienna"></cc4dr-member-badge>`);
    expect(requestedUrls().length).to.equal(before);
  });
});

describe('<cc4dr-member-badge> language', () => {
  const originalLang = document.documentElement.lang;
  afterEach(() => {
    document.documentElement.lang = originalLang;
  });

  it('formats the checked date for the page’s variant and re-renders when <html lang> changes', async () => {
    const warnings = captureWarnings();
    try {
      document.documentElement.lang = 'en-GB';
      const el = await fixture<Cc4drMemberBadge>(html`<cc4dr-member-badge city="Springfield"></cc4dr-member-badge>`);
      expect(part(el, 'statement')!.textContent).to.contain('last checked on 22 November 2026.');
      document.documentElement.lang = 'en-US';
      await waitUntil(() => part(el, 'statement')!.textContent.includes('November 22, 2026'), 'no re-render after lang change');
      el.lang = 'en-GB';
      await waitUntil(() => part(el, 'statement')!.textContent.includes('22 November 2026'), 'no re-render after own lang change');
    } finally {
      warnings.restore();
    }
  });
});
