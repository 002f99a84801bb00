// A seeded fuzz of every attribute of every element (and lang and dir): thousands of random values, from markup and
// control characters to huge numbers and long strings. Zero uncaught exceptions, and every element still renders.
// A failure names its seed and case, so it can be replayed exactly.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { elements } from '../../src/generated/elements.js';
import { manifestElements, warningsOfEachTest } from '../helpers.js';

const seed = 20261122;
const casesPerAttribute = 150;

/** mulberry32: a small, fast, seeded generator. */
function generator(start: number): () => number {
  let state = start >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pieces = [
  '<',
  '>',
  '"',
  "'",
  '&',
  '&amp;',
  '<script>',
  '</p>',
  '<img src=x onerror=alert(1)>',
  'javascript:',
  'data:',
  '#',
  '?',
  '%',
  '%00',
  '\u0000',
  '\u202E',
  '\u2066',
  '\uD800',
  '\uFFFF',
  '\n',
  '\t',
  ' ',
  '-',
  '_',
  '.',
  '..',
  '/',
  '\\',
  '0',
  '1',
  '-1',
  '2',
  '7',
  '3.5',
  '1e308',
  'NaN',
  'Infinity',
  'true',
  'false',
  'null',
  'undefined',
  '__proto__',
  'constructor',
  'toString',
  'Vienna',
  'wien',
  'NYC',
  'privacy',
  'access',
  'light',
  'dark',
  'auto',
  '150',
  'ar',
  'en-GB',
  'pt-BR',
  'zh-Hant-TW',
  'x-private',
  'i-klingon',
  'rtl',
  'ltr',
  'العربية',
  '東京',
  '🙂',
  'São Paulo',
  '{count}',
  '{{x}}',
  '${x}',
  '%s',
];

function randomValue(random: () => number): string {
  const roll = random();
  if (roll < 0.05) return 'x'.repeat(Math.floor(random() * 20000));
  if (roll < 0.15)
    return String.fromCodePoint(
      ...Array.from({ length: 1 + Math.floor(random() * 12) }, () => Math.floor(random() * 0x2ffff)).filter(
        (c) => c < 0xd800 || c > 0xdfff,
      ),
    );
  return Array.from({ length: Math.floor(random() * 6) }, () => pieces[Math.floor(random() * pieces.length)]).join('');
}

describe('fuzzed attributes', () => {
  const warnings = warningsOfEachTest();
  const attributesByTag = new Map<string, string[]>();
  const uncaught: string[] = [];
  const onError = (event: ErrorEvent) => uncaught.push(event.message);
  const onRejection = (event: PromiseRejectionEvent) => uncaught.push(String(event.reason));

  before(async () => {
    for (const d of await manifestElements()) {
      // `src` would fetch random addresses from the test server; its faults have their own tests.
      attributesByTag.set(d.tagName, [...(d.attributes ?? []).map((a) => a.name).filter((n) => n !== 'src'), 'lang', 'dir']);
    }
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });

  it('covers every element of the registry, with the attributes its JSDoc documents', () => {
    expect([...attributesByTag.keys()].sort()).to.deep.equal(elements.map((e) => e.tag).sort());
  });

  elements.forEach(({ tag }, index) => {
    it(`<${tag}>: random values for every attribute throw nothing, and each warning names the element`, async function () {
      this.timeout(60000);
      const attributes = attributesByTag.get(tag)!;
      const random = generator(seed + index);
      const container = await fixture(html`<div></div>`);
      const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<boolean> };
      container.append(el);
      for (const attribute of attributes) {
        for (let i = 0; i < casesPerAttribute; i += 1) {
          const value = randomValue(random);
          try {
            if (random() < 0.1) el.removeAttribute(attribute);
            else el.setAttribute(attribute, value);
          } catch (error) {
            // setAttribute itself only refuses names, never values: anything here is ours.
            uncaught.push(`${tag} ${attribute}=${JSON.stringify(value.slice(0, 80))}: ${String(error)}`);
          }
          if (i % 5 === 0) {
            await el.updateComplete.catch((error: unknown) =>
              uncaught.push(`${tag} ${attribute} (seed ${seed + index}, case ${i}): ${String(error)}`),
            );
          }
        }
      }
      await el.updateComplete;
      expect(uncaught, `${tag}, seed ${seed + index}`).to.deep.equal([]);
      // A problem is told politely: every warning says which element it is about (or that a language is missing).
      expect(warnings.messages.filter((w) => !w.startsWith(`<${tag}>: `) && !w.startsWith('cc4dr-widgets: '))).to.deep.equal([]);
      // Whatever it was given last, once it has settled it renders something: a widget or a polite message.
      for (const attribute of attributes) el.removeAttribute(attribute);
      await el.updateComplete;
      expect(el.shadowRoot!.textContent.trim().length, tag).to.be.greaterThan(0);
    });
  });
});
