import { expect, fixture, html } from '@open-wc/testing';
import '../../src/member-badge/define.js';
import { findCity, namesOf } from '../../src/core/cities.js';
import { members } from '../../src/core/data.js';
import { loadLocale, supportedLocales } from '../../src/core/l10n.js';
import { loadPlaces } from '../../src/core/places.js';
import { pinnedByCountry } from '../../src/generated/data.js';
import { part, requestedUrls, warningsOfEachTest } from '../helpers.js';

const placesRequested = () => requestedUrls().some((url) => /\/core\/pinning\.(ts|js)/.test(url) || url.includes('/generated/places.js'));

// A page of its own (each test file is one): the places table has not been fetched when the first test starts.
describe('a city its country alone pins', () => {
  const warnings = warningsOfEachTest();

  it('a badge given a member and its country says so without waiting for the places table', async () => {
    const el = await fixture(html`<cc4dr-member-badge city="Vienna" country="AT"></cc4dr-member-badge>`);
    expect(part(el, 'statement')!.textContent).to.equal('Vienna (Austria) is a member of the Cities Coalition for Digital Rights.');
    expect(placesRequested(), 'the places table is not fetched').to.equal(false);
    expect(warnings.messages).to.deep.equal([]);
  });

  it('a name other places in its country share still waits for the table, and says so', async () => {
    const el = await fixture(html`<cc4dr-member-badge city="Portland" country="US"></cc4dr-member-badge>`);
    expect(placesRequested(), 'the places table is fetched').to.equal(true);
    expect(part(el, 'member'), 'not said to be a member').to.equal(null);
    expect(warnings.messages).to.have.length(1);
  });

  it('gives what the places table gives, for every name of every member in every language, with its country', async () => {
    await Promise.all(supportedLocales.map((locale) => loadLocale(locale)));
    await loadPlaces();
    const table = await import('../../src/core/pinning.js');
    let pinned = 0;
    for (const member of members)
      for (const name of namesOf(member)) {
        const withTable = table.findCity(name, member.country);
        const found = findCity(name, member.country);
        expect(found, `${name}, ${member.country}`).to.deep.equal(withTable);
        if (pinnedByCountry.includes(member.id) && found.kind === 'found') pinned += 1;
      }
    expect(pinned, 'most members are pinned by their country').to.be.above(100);
  });
});
