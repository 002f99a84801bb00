import { expect } from '@open-wc/testing';
import { holdsPaintFor } from '../../src/core/host.js';

// Whether the script tag can count on the page's first paint being held for it: only then does it define and render
// every widget at once (otherwise each in a task of its own, with the fallback holding its place meanwhile).
describe('holdsPaintFor: a script the page holds its first paint for', () => {
  const holdingBrowser = 'blocking' in HTMLScriptElement.prototype;
  const made: HTMLScriptElement[] = [];
  const script = (where: HTMLElement, blocking?: string) => {
    const element = document.createElement('script');
    made.push(element);
    element.type = 'module';
    if (blocking !== undefined) element.setAttribute('blocking', blocking);
    where.append(element);
    return element;
  };
  afterEach(() => made.splice(0).forEach((element) => element.remove()));

  it('asks for it in the head, in a browser that holds paint for a script (Chromium); never in one that does not', () => {
    expect(holdsPaintFor(script(document.head, 'render'))).to.equal(holdingBrowser);
    expect(holdsPaintFor(script(document.head, 'render other'))).to.equal(holdingBrowser);
  });

  it('does not ask, or asks too late: in the body, without the token, without the attribute', () => {
    expect(holdsPaintFor(script(document.body, 'render'))).to.equal(false);
    expect(holdsPaintFor(script(document.head, 'other'))).to.equal(false);
    expect(holdsPaintFor(script(document.head, ''))).to.equal(false);
    expect(holdsPaintFor(script(document.head))).to.equal(false);
  });
});
