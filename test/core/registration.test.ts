import { expect } from '@open-wc/testing';
import * as library from '../../src/index.js';

const tags = ['cc4dr-principle-card', 'cc4dr-example-list', 'cc4dr-member-badge', 'cc4dr-member-finder', 'cc4dr-member-map', 'cc4dr-get-involved', 'cc4dr-about'];

describe('registration', () => {
  it('importing the classes registers nothing', () => {
    expect(library.Cc4drMemberBadge).to.be.a('function');
    for (const tag of tags) expect(customElements.get(tag), tag).to.equal(undefined);
  });

  it('the define module registers every element with its class', async () => {
    await import('../../src/define.js');
    expect(customElements.get('cc4dr-principle-card')).to.equal(library.Cc4drPrincipleCard);
    expect(customElements.get('cc4dr-example-list')).to.equal(library.Cc4drExampleList);
    expect(customElements.get('cc4dr-member-badge')).to.equal(library.Cc4drMemberBadge);
    expect(customElements.get('cc4dr-member-finder')).to.equal(library.Cc4drMemberFinder);
    expect(customElements.get('cc4dr-member-map')).to.equal(library.Cc4drMemberMap);
    expect(customElements.get('cc4dr-get-involved')).to.equal(library.Cc4drGetInvolved);
    expect(customElements.get('cc4dr-about')).to.equal(library.Cc4drAbout);
  });
});
