import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { bundledExamples } from '../../src/core/data.js';
import { loadLocale, supportedLocales, type Locale } from '../../src/core/l10n.js';
import { elements } from '../../src/generated/elements.js';
import { everyElement, part, requestedUrls, settled, warningsOfEachTest } from '../helpers.js';

/** The outermost element each widget renders, which carries its lang and dir. */
const roots = (page: Element) =>
  [...page.querySelectorAll<HTMLElement>('*')]
    .filter((el) => el.localName.startsWith('cc4dr-'))
    .map((el) => ({ el, root: el.shadowRoot!.firstElementChild as HTMLElement | null }));

async function rendered(page: Element) {
  await settled(page);
  return roots(page);
}

/** What the principle card (principle 2) and the badge (Vienna) say in each language, as our translators wrote it. */
const expected: Record<Exclude<Locale, 'en'>, { card: string; badge: string }> = {
  es: { card: 'Principio 2 de 5', badge: 'Viena (Austria) es miembro de la Coalición de Ciudades por los Derechos Digitales.' },
  ca: { card: 'Principi 2 de 5', badge: 'Viena (Àustria) és membre de la Coalició de Ciutats pels Drets Digitals.' },
  fr: { card: 'Principe 2 sur 5', badge: 'Vienne (Autriche) est membre de la Coalition des villes pour les droits numériques.' },
  de: { card: 'Grundsatz 2 von 5', badge: 'Wien (Österreich) ist Mitglied der Städtekoalition für digitale Rechte.' },
  nl: { card: 'Principe 2 van 5', badge: 'Wenen (Oostenrijk) is lid van de Coalitie van Steden voor Digitale Rechten.' },
  pt: { card: 'Princípio 2 de 5', badge: 'Viena (Áustria) é membro da Coligação de Cidades pelos Direitos Digitais.' },
  'pt-BR': { card: 'Princípio 2 de 5', badge: 'Viena (Áustria) é membro da Coalizão de Cidades pelos Direitos Digitais.' },
  ar: { card: 'المبدأ 2 من 5', badge: 'فيينا (النمسا) عضو في تحالف المدن من أجل الحقوق الرقمية.' },
};

describe('languages', () => {
  const warnings = warningsOfEachTest();
  before(() => bundledExamples.load());

  it('an English page downloads no other language', async () => {
    const page = await fixture(everyElement('en'));
    await rendered(page);
    expect(requestedUrls().filter((u) => /messages-(?!en)/.test(u))).to.deep.equal([]);
    expect(roots(page).map(({ root }) => root!.getAttribute('lang'))).to.deep.equal(elements.map(() => 'en'));
  });

  for (const locale of supportedLocales.filter((l) => l !== 'en')) {
    it(`every element speaks ${locale}, fetched from the library’s own location, and fits in 320 px`, async () => {
      const page = await fixture(everyElement(locale));
      (page as HTMLElement).style.width = '320px';
      const widgets = await rendered(page);
      expect(requestedUrls().some((u) => u.startsWith(location.origin) && u.includes(`messages-${locale}`))).to.equal(true);
      for (const { el, root } of widgets) {
        expect(root!.getAttribute('lang'), el.localName).to.equal(locale);
        expect(root!.getAttribute('dir'), el.localName).to.equal(locale === 'ar' ? 'rtl' : 'ltr');
        expect(el.scrollWidth, `${el.localName} overflows at 320 px in ${locale}`).to.be.at.most(el.clientWidth);
      }
      const { card, badge } = expected[locale];
      expect(part(page.querySelector('cc4dr-principle-card')!, 'number')!.textContent).to.equal(card);
      expect(part(page.querySelector('cc4dr-member-badge')!, 'statement')!.textContent).to.equal(badge);
    });
  }

  it('shows two languages side by side on one page', async () => {
    const page = await fixture(html`<div>
      <cc4dr-member-badge lang="de" city="Wien"></cc4dr-member-badge>
      <cc4dr-member-badge lang="es" city="Wien"></cc4dr-member-badge>
    </div>`);
    const [de, es] = page.querySelectorAll('cc4dr-member-badge');
    await waitUntil(() => part(de, 'statement') && part(es, 'statement'));
    expect(part(de, 'statement')!.textContent).to.equal('Wien (Österreich) ist Mitglied der Städtekoalition für digitale Rechte.');
    expect(part(es, 'statement')!.textContent).to.equal(
      'Viena (Austria) es miembro de la Coalición de Ciudades por los Derechos Digitales.',
    );
  });

  it('re-renders when lang changes at runtime, without showing another language on the way', async () => {
    const holder = await fixture(html`<div lang="en"><cc4dr-principle-card principle="3"></cc4dr-principle-card></div>`);
    const card = holder.querySelector('cc4dr-principle-card')!;
    await waitUntil(() => part(card, 'number'));
    holder.setAttribute('lang', 'nl');
    await waitUntil(() => part(card, 'number')!.textContent === 'Principe 3 van 5');
    holder.setAttribute('lang', 'pt-PT');
    await waitUntil(() => part(card, 'number')!.textContent === 'Princípio 3 de 5');
    expect(part(card, 'card')!.getAttribute('lang')).to.equal('pt');
    holder.setAttribute('lang', 'pt-BR');
    await waitUntil(() => part(card, 'card')!.getAttribute('lang') === 'pt-BR');
    expect(part(card, 'number')!.textContent).to.equal('Princípio 3 de 5');
  });

  it('speaks Brazilian Portuguese to a pt-BR page and European Portuguese to a pt or pt-PT one', async () => {
    const page = await fixture(html`<div>
      <div lang="pt-BR"><cc4dr-member-badge city="New York"></cc4dr-member-badge></div>
      <div lang="pt-br"><cc4dr-member-badge city="Amsterdam" country="NL"></cc4dr-member-badge></div>
      <div lang="pt-PT"><cc4dr-member-badge city="New York"></cc4dr-member-badge></div>
      <div lang="pt"><cc4dr-member-badge city="Amsterdam" country="NL"></cc4dr-member-badge></div>
    </div>`);
    const badges = [...page.querySelectorAll('cc4dr-member-badge')];
    await settled(page);
    await waitUntil(() => badges.every((badge) => part(badge, 'statement')), 'every badge has its sentence');
    expect(badges.map((badge) => part(badge, 'statement')!.textContent)).to.deep.equal([
      'Nova York (Estados Unidos) é membro da Coalizão de Cidades pelos Direitos Digitais.',
      'Amsterdã (Países Baixos) é membro da Coalizão de Cidades pelos Direitos Digitais.',
      'Nova Iorque (Estados Unidos) é membro da Coligação de Cidades pelos Direitos Digitais.',
      'Amesterdão (Países Baixos) é membro da Coligação de Cidades pelos Direitos Digitais.',
    ]);
    expect(badges.map((badge) => badge.shadowRoot!.firstElementChild!.getAttribute('lang'))).to.deep.equal(['pt-BR', 'pt-BR', 'pt', 'pt']);
    // A Brazilian reader may type the city the Brazilian way.
    const typed = await fixture(html`<div lang="pt-BR"><cc4dr-member-badge city="Nova York"></cc4dr-member-badge></div>`);
    const badge = typed.querySelector('cc4dr-member-badge')!;
    await waitUntil(() => part(badge, 'statement'));
    expect(part(badge, 'statement')!.textContent).to.equal(
      'Nova York (Estados Unidos) é membro da Coalizão de Cidades pelos Direitos Digitais.',
    );
  });

  it('falls back to the closest supported language, without a warning storm', async () => {
    const cases: [string, Locale][] = [
      ['ca-ES', 'ca'],
      ['pt-BR', 'pt-BR'],
      ['pt-br', 'pt-BR'],
      ['pt_BR', 'pt-BR'],
      ['pt-PT', 'pt'],
      ['pt-AO', 'pt'],
      ['pt', 'pt'],
      ['de-AT', 'de'],
      ['zh', 'en'],
      ['x-klingon', 'en'],
      ['', 'en'],
    ];
    for (const [lang, locale] of cases) {
      const holder = await fixture(html`<div lang=${lang}><cc4dr-principle-card principle="1"></cc4dr-principle-card></div>`);
      const card = holder.querySelector('cc4dr-principle-card')!;
      await waitUntil(() => part(card, 'card'), lang);
      expect(part(card, 'card')!.getAttribute('lang'), lang).to.equal(locale);
    }
    expect(warnings.messages).to.deep.equal([]);
  });

  it('runs right to left in Arabic, unless the page sets dir itself', async () => {
    await loadLocale('ar');
    const rtl = await fixture(html`<div lang="ar"><cc4dr-get-involved></cc4dr-get-involved></div>`);
    const steps = rtl.querySelector('cc4dr-get-involved')!;
    await waitUntil(() => part(steps, 'steps'));
    expect(getComputedStyle(part(steps, 'steps')!).direction).to.equal('rtl');
    const first = part(steps, 'step')!;
    const [number, title] = [first.getBoundingClientRect(), first.querySelector('[part~="title"]')!.getBoundingClientRect()];
    expect(title.right, 'the title starts on the right, after the step number').to.be.below(number.right);
    const forced = await fixture(html`<div lang="ar" dir="ltr"><cc4dr-about></cc4dr-about></div>`);
    const about = forced.querySelector('cc4dr-about')!;
    await waitUntil(() => part(about, 'about'));
    expect(part(about, 'about')!.getAttribute('dir')).to.equal('ltr');
    expect(part(about, 'about')!.getAttribute('lang')).to.equal('ar');
  });
});

describe('city names in the reader’s language', () => {
  it('shows localised names where they are common, and finds cities by them', async () => {
    const page = await fixture(html`<div>
      <cc4dr-member-badge lang="de" city="Vienna" country="AT"></cc4dr-member-badge>
      <cc4dr-member-badge lang="es" city="Viena"></cc4dr-member-badge>
      <cc4dr-member-badge lang="fr" city="new york city"></cc4dr-member-badge>
      <cc4dr-member-badge lang="ar" city="ميونخ"></cc4dr-member-badge>
      <cc4dr-member-badge lang="nl" city="Boston, MA"></cc4dr-member-badge>
    </div>`);
    const badges = [...page.querySelectorAll('cc4dr-member-badge')];
    await waitUntil(() => badges.every((b) => part(b, 'statement')));
    expect(badges.map((b) => part(b, 'statement')!.textContent)).to.deep.equal([
      'Wien (Österreich) ist Mitglied der Städtekoalition für digitale Rechte.',
      'Viena (Austria) es miembro de la Coalición de Ciudades por los Derechos Digitales.',
      'New York (États-Unis) est membre de la Coalition des villes pour les droits numériques.',
      'ميونخ (ألمانيا) عضو في تحالف المدن من أجل الحقوق الرقمية.',
      'Boston (Massachusetts, Verenigde Staten) is lid van de Coalitie van Steden voor Digitale Rechten.',
    ]);
  });

  it('names cities in the finder, on the map and in the example list in the reader’s language', async () => {
    const page = await fixture(html`<div lang="nl">
      <cc4dr-member-finder query="wenen"></cc4dr-member-finder>
      <cc4dr-member-map highlight="Keulen"></cc4dr-member-map>
      <cc4dr-example-list city="brussel"></cc4dr-example-list>
    </div>`);
    const finder = page.querySelector('cc4dr-member-finder')!;
    const map = page.querySelector('cc4dr-member-map')!;
    const list = page.querySelector('cc4dr-example-list')!;
    await waitUntil(() => finder.shadowRoot!.querySelector('.name') && part(map, 'label') && part(list, 'meta'));
    expect(finder.shadowRoot!.querySelector('.name')!.textContent).to.equal('Wenen');
    expect(part(map, 'label')!.textContent.trim()).to.equal('Keulen');
    expect(part(list, 'meta')!.textContent).to.equal('Brussel, België · 2023');
  });
});

describe('translated texts', () => {
  it('shows the principle in the reader’s language, with the official English title once', async () => {
    const holder = await fixture(html`<div lang="es"><cc4dr-principle-card principle="privacy"></cc4dr-principle-card></div>`);
    const card = holder.querySelector('cc4dr-principle-card')!;
    await waitUntil(() => part(card, 'title'));
    expect(part(card, 'title')!.textContent).to.equal('Privacidad, protección de datos y seguridad');
    expect(part(card, 'summary')!.textContent).to.match(/^Las personas deberían mantener el control/);
    expect(part(card, 'libraries')!.querySelectorAll('li')).to.have.length(4);
    const official = part(card, 'official-title')!;
    expect(official.textContent).to.equal('Título oficial, en inglés: Privacy, data protection and security');
    expect(official.querySelector('[lang="en"]')!.textContent).to.equal('Privacy, data protection and security');
    expect(card.shadowRoot!.querySelectorAll('[part~="official-title"]')).to.have.length(1);
  });

  it('says once that the principle titles in the overview are translated', async () => {
    const holder = await fixture(html`<div lang="de"><cc4dr-about></cc4dr-about></div>`);
    const about = holder.querySelector('cc4dr-about')!;
    await waitUntil(() => part(about, 'principles'));
    expect(part(about, 'principles')!.querySelector('li')!.textContent).to.equal(
      'Universeller und gleichberechtigter Zugang zum Internet und digitale Kompetenz',
    );
    expect(part(about, 'translation-note')!.textContent).to.contain('Die Titel sind unsere Übersetzung');
    const english = await fixture(html`<cc4dr-about></cc4dr-about>`);
    expect(part(english, 'translation-note')).to.equal(null);
  });

  it('marks example texts that stay in English, so screen readers pronounce them right', async () => {
    await bundledExamples.load();
    const holder = await fixture(html`<div lang="ar"><cc4dr-example-list limit="1"></cc4dr-example-list></div>`);
    const list = holder.querySelector('cc4dr-example-list')!;
    await waitUntil(() => part(list, 'summary'));
    expect(part(list, 'summary')!.getAttribute('lang')).to.equal('en');
    expect(part(list, 'summary')!.getAttribute('dir')).to.equal('ltr');
    expect(part(list, 'title')!.querySelector('[lang="en"]')).to.be.instanceOf(Element);
    expect(part(list, 'tags')!.closest('[lang]')!.getAttribute('lang')).to.equal('ar');
  });
});

describe('accessibility in every direction and theme', () => {
  for (const [lang, dir] of [
    ['en', 'ltr'],
    ['ar', 'rtl'],
  ]) {
    for (const theme of ['light', 'dark']) {
      it(`every element passes axe in ${lang} (${dir}), ${theme} theme`, async () => {
        await Promise.all([loadLocale(lang as Locale), bundledExamples.load()]);
        const page = await fixture(html`<div lang=${lang}>
          <cc4dr-principle-card theme=${theme} principle="2"></cc4dr-principle-card>
          <cc4dr-example-list theme=${theme} limit="2"></cc4dr-example-list>
          <cc4dr-member-badge theme=${theme} city="Vienna" country="AT"></cc4dr-member-badge>
          <cc4dr-member-badge theme=${theme} city="Springfield" compact></cc4dr-member-badge>
          <cc4dr-member-finder theme=${theme} query="a"></cc4dr-member-finder>
          <cc4dr-member-map theme=${theme} highlight="Barcelona"></cc4dr-member-map>
          <cc4dr-member-map theme=${theme} table></cc4dr-member-map>
          <cc4dr-get-involved theme=${theme} city="Vienna" country="AT"></cc4dr-get-involved>
          <cc4dr-about theme=${theme}></cc4dr-about>
        </div>`);
        const widgets = await rendered(page);
        expect(widgets.every(({ root }) => root!.getAttribute('dir') === dir)).to.equal(true);
        await expect(page).to.be.accessible();
      });
    }
  }
});

describe('every state right to left', () => {
  it('passes axe in Arabic in the messages, empty and error states too', async () => {
    await Promise.all([loadLocale('ar'), bundledExamples.load()]);
    const page = await fixture(html`<div lang="ar">
      <cc4dr-principle-card principle="nope"></cc4dr-principle-card>
      <cc4dr-principle-card principle="5" compact></cc4dr-principle-card>
      <cc4dr-member-badge city="Moscow"></cc4dr-member-badge>
      <cc4dr-member-badge></cc4dr-member-badge>
      <cc4dr-example-list country="JP"></cc4dr-example-list>
      <cc4dr-example-list category="fun"></cc4dr-example-list>
      <cc4dr-member-finder query="Springfield" region="Mars"></cc4dr-member-finder>
      <cc4dr-member-map highlight="Atlantis" table></cc4dr-member-map>
      <cc4dr-get-involved city="Springfield"></cc4dr-get-involved>
      <cc4dr-about compact></cc4dr-about>
    </div>`);
    await rendered(page);
    await expect(page).to.be.accessible();
  });
});
