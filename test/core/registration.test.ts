import { expect } from '@open-wc/testing';
import * as library from '../../src/index.js';
import { elements } from '../../src/generated/elements.js';

const classOf = (name: string) => (library as Record<string, unknown>)[name];

describe('registration', () => {
  it('the registry lists each element once, and the package exports each class it names', () => {
    expect(new Set(elements.map((e) => e.tag)).size).to.equal(elements.length);
    for (const { tag, class: name } of elements) expect(classOf(name), tag).to.be.a('function');
    const exportedElements = Object.keys(library).filter((name) => /^Cc4dr.+/.test(name) && name !== 'Cc4drElement');
    expect(exportedElements.sort()).to.deep.equal(elements.map((e) => e.class).sort());
  });

  it('importing the classes registers nothing', () => {
    for (const { tag } of elements) expect(customElements.get(tag), tag).to.equal(undefined);
  });

  it('each element’s define module registers its tag with its class', async () => {
    for (const { tag, name, class: className } of elements) {
      await import(`../../src/${name}/define.ts`);
      expect(customElements.get(tag), tag).to.equal(classOf(className));
    }
  });
});
