import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import { bundledExamples } from '../../src/core/data.js';

const everyElement = (extra = '') => html`<div>
  <button id="before">before</button>
  <div style=${extra}>
    <cc4dr-principle-card principle="2"></cc4dr-principle-card>
    <cc4dr-example-list limit="1"></cc4dr-example-list>
    <cc4dr-member-badge city="Springfield"></cc4dr-member-badge>
    <cc4dr-member-finder query="vie"></cc4dr-member-finder>
    <cc4dr-member-map highlight="Vienna"></cc4dr-member-map>
    <cc4dr-get-involved city="Vienna" country="AT"></cc4dr-get-involved>
    <cc4dr-about></cc4dr-about>
    <cc4dr-library-check city="Vienna"></cc4dr-library-check>
  </div>
  <button id="after">after</button>
</div>`;

/** Every element inside every widget's shadow root. */
const inside = (page: Element) =>
  [...page.querySelectorAll('*')]
    .filter((el) => el.localName.startsWith('cc4dr-'))
    .flatMap((el) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('*')]);

async function ready(page: Element) {
  const widgets = () => [...page.querySelectorAll('*')].filter((el) => el.localName.startsWith('cc4dr-'));
  await waitUntil(() => widgets().every((el) => (el as Element & { hasUpdated?: boolean }).hasUpdated));
  await waitUntil(() => page.querySelector('cc4dr-member-map')!.shadowRoot!.querySelector('.land path'));
}

function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

const channel = (c: number) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
const luminance = (rgb: string) => {
  const [r, g, b] = rgb.match(/[\d.]+/g)!.map(Number);
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
};
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};
/** The colour behind an element: the first ancestor (across shadow roots) with an opaque background. */
function backgroundOf(element: Element): string {
  for (let node: Node | null = element; node; node = node instanceof ShadowRoot ? node.host : node.parentNode) {
    if (node instanceof Element) {
      const bg = getComputedStyle(node).backgroundColor;
      if (!/rgba\(.*, 0\)|transparent/.test(bg)) return bg;
    }
  }
  return 'rgb(255, 255, 255)';
}

describe('accessibility beyond axe', () => {
  before(() => bundledExamples.load());

  for (const theme of ['light', 'dark']) {
    it(`reaches every control by Tab, with no trap, and shows a focus ring of at least 3:1 (${theme})`, async () => {
      const page = await fixture(html`<div style="background:${theme === 'dark' ? '#000' : '#fff'}">${everyElement()}</div>`);
      for (const el of page.querySelectorAll<HTMLElement>('*')) if (el.localName.startsWith('cc4dr-')) el.setAttribute('theme', theme);
      await ready(page);
      page.querySelector<HTMLButtonElement>('#before')!.focus();
      const visited: Element[] = [];
      for (let i = 0; i < 150; i++) {
        await sendKeys({ press: 'Tab' });
        const active = deepActive()!;
        if (active.id === 'after') break;
        visited.push(active);
        const style = getComputedStyle(active);
        expect(style.outlineStyle, `${active.localName} has a focus ring`).to.not.equal('none');
        expect(parseFloat(style.outlineWidth), `${active.localName} ring width`).to.be.at.least(2);
        expect(contrast(style.outlineColor, backgroundOf(active)), `${active.localName} ring contrast`).to.be.at.least(3);
      }
      expect(deepActive()!.id, 'Tab reached the end of the page: no trap').to.equal('after');
      const focusable = inside(page).filter((el) => el.matches('a[href], button, input, select, textarea, [tabindex="0"]'));
      expect(visited).to.have.members(focusable);
    });
  }

  it('gives every control a target of at least 24 × 24 px (links in running text excepted)', async () => {
    const page = await fixture(everyElement());
    await ready(page);
    const controls = inside(page).filter((el) => el.matches('a[href], button, input, select, textarea, [role="button"]'));
    expect(controls.length).to.be.above(10);
    for (const control of controls) {
      const inRunningText = control.localName === 'a' && control.parentElement!.textContent.trim() !== control.textContent.trim();
      if (inRunningText) continue;
      const box = control.getBoundingClientRect();
      expect(Math.min(box.width, box.height), `${control.localName} "${control.textContent?.trim().slice(0, 30)}"`).to.be.at.least(24);
    }
  });

  it('imposes no landmark on the host page', async () => {
    const page = await fixture(everyElement());
    await ready(page);
    const landmarks = inside(page).filter((el) =>
      el.matches(
        'main, nav, aside, header, footer, form, section, [role="main"], [role="navigation"], [role="region"], [role="banner"], [role="contentinfo"], [role="complementary"], [role="form"], [role="search"]',
      ),
    );
    expect(landmarks).to.deep.equal([]);
  });

  it('has no motion to stop: no animation or transition anywhere', async () => {
    const page = await fixture(everyElement());
    await ready(page);
    for (const el of inside(page)) {
      const style = getComputedStyle(el);
      expect(style.animationName, el.localName).to.equal('none');
      expect(
        style.transitionDuration.split(',').every((d) => parseFloat(d) === 0),
        el.localName,
      ).to.equal(true);
    }
  });

  it('clips no text under WCAG 1.4.12 text spacing', async () => {
    const spacing = 'line-height:1.5;letter-spacing:0.12em;word-spacing:0.16em;width:320px';
    const page = await fixture(everyElement(spacing));
    await ready(page);
    for (const el of inside(page)) {
      // What a text-spacing user stylesheet does, inside the shadow roots too.
      el.style.setProperty('line-height', '1.5', 'important');
      el.style.setProperty('letter-spacing', '0.12em', 'important');
      el.style.setProperty('word-spacing', '0.16em', 'important');
      if (el.localName === 'p') el.style.setProperty('margin-block-end', '2em', 'important');
    }
    await new Promise((resolve) => requestAnimationFrame(resolve));
    // Text is lost where an element hides what overflows it; a field that scrolls (a textarea) keeps it within reach.
    const hides = (overflow: string) => overflow === 'hidden' || overflow === 'clip';
    for (const el of inside(page)) {
      const style = getComputedStyle(el);
      if (hides(style.overflowX))
        expect(el.scrollWidth, `${el.localName}.${el.className} clips horizontally`).to.be.at.most(el.clientWidth + 1);
      if (hides(style.overflowY))
        expect(el.scrollHeight, `${el.localName}.${el.className} clips vertically`).to.be.at.most(el.clientHeight + 1);
    }
    for (const widget of page.querySelectorAll<HTMLElement>('[style] > *')) {
      expect(widget.scrollWidth, widget.localName).to.be.at.most(widget.clientWidth + 1);
    }
  });
});
