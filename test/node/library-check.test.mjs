// The library check page (dist/library-check/), as library staff use it: keyboard only, under the strict policy, in
// Chromium and in Firefox. Type the city, tick four activities under three principles, read "3 of 5", copy the snippet
// and paste it into a page of the library's own, where the example list shows the four as the library's; the letter
// names the city, the year it was known to be a member and the four activities, in English, Spanish and Arabic.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { strictCsp } from '../../scripts/static-server.mjs';
import { allRendered, axeViolations, engines, openServedPage, watchPage } from './browser.mjs';

const ticks = ['public-access', 'device-lending', 'privacy-workshops', 'civic-participation'];

/** The focused element, through the check's shadow root. */
const focused = (page) =>
  page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active ? `${active.localName}#${active.id}:${active.textContent.trim().slice(0, 40)}` : '';
  });

/** Presses Tab until the focus is on `id` (or a button reading `text`); fails after `limit` presses. */
async function tabTo(page, { id, text }, limit = 120) {
  for (let presses = 0; presses < limit; presses += 1) {
    const now = await focused(page);
    if ((id && now.split(':')[0].endsWith(`#${id}`)) || (text && now.endsWith(`:${text}`))) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${id ?? text}`);
}

const inCheck = (page, selector) =>
  page.evaluate((selector) => {
    const found = document.querySelector('cc4dr-library-check').shadowRoot.querySelector(selector);
    return 'value' in found ? found.value : found.textContent.replace(/\s+/g, ' ').trim();
  }, selector);

/**
 * The journey up to the letter, by keyboard, in one language: the city typed, the check's question of which place of
 * that name answered (the member, in Austria), four boxes ticked.
 */
async function tickByKeyboard(page, city) {
  await page.focus('body');
  await tabTo(page, { id: 'city' });
  await page.keyboard.type(city);
  // The question of which place is meant comes once the check has rendered what was typed (with the places table,
  // fetched on the first letter): Tab before that would pass it by.
  await page.evaluate(() => document.querySelector('cc4dr-library-check').updateComplete);
  await tabTo(page, { id: 'which-city-member' });
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('cc4dr-library-check').shadowRoot.activeElement?.id === 'city');
  for (const id of ticks) {
    await tabTo(page, { id: `item-${id}` });
    await page.keyboard.press(' ');
  }
  await page.evaluate(() => document.querySelector('cc4dr-library-check').updateComplete);
}

for (const { name: engine, launch } of engines)
  describe(`the library check page, by keyboard, under the strict policy, in ${engine}`, () => {
    const chromium = engine === 'Chromium';
    let opened;
    before(async () => {
      opened = await openServedPage('/dist/library-check/?lang=en', { policy: strictCsp, launch });
    });
    after(() => opened?.close());

    it(`goes from the first box to a copied snippet and a letter, with nothing sent${chromium ? ', axe-clean' : ''}`, async () => {
      const { page, site, seen } = opened;
      if (chromium)
        await page.browserContext().overridePermissions(site.origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
      assert.equal(await page.$eval('h1', (h) => h.textContent), 'Cities Coalition for Digital Rights');
      await tickByKeyboard(page, 'Vienna');
      assert.equal(await inCheck(page, '[part~="count"]'), 'Your library’s work already supports 3 of 5 principles.');
      await tabTo(page, { text: 'Copy the snippet' });
      await page.keyboard.press('Enter');
      await page.waitForFunction(() =>
        document.querySelector('cc4dr-library-check').shadowRoot.querySelector('.snippet [role="status"]').textContent.trim(),
      );
      const snippet = await inCheck(page, '#snippet-text');
      if (chromium) assert.equal(await page.evaluate(() => navigator.clipboard.readText()), snippet);
      const letter = await inCheck(page, '#letter-text');
      assert.ok(
        letter.startsWith(
          'Dear Mayor and Members of the City Council,\n\nVienna is a member of the Cities Coalition for Digital Rights, already on its list of member cities in March 2019, and is committed',
        ),
        letter,
      );
      for (const title of [
        'Free internet access and computers',
        'Laptops, tablets and hotspots to borrow',
        'Privacy workshops',
        'Taking part in the city’s decisions',
      ])
        assert.ok(letter.includes(`- ${title}. `), title);
      await tabTo(page, { text: 'Copy the letter' });
      if (chromium) assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(seen.errors, []);
      assert.deepEqual(await page.evaluate(() => window.__violations), []);
      assert.deepEqual(
        seen.requests.filter((url) => !url.startsWith(`${site.origin}/`)),
        [],
        'no request leaves the site',
      );
      assert.deepEqual(await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie]), [0, 0, '']);

      // The snippet loads the copy of the script this page runs, beside it.
      assert.equal(snippet.split('\n')[0], `<script type="module" src="${site.origin}/dist/cc4dr-widgets.js"></script>`);
      // A page of the library's own, in UTF-8 as pages are (the examples' titles now have a ’): the snippet pasted in
      // as it is.
      const pasted = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Our library</title><h1>Our library</h1>\n${snippet}`;
      const browser = await launch();
      try {
        const visitor = await browser.newPage();
        const visits = await watchPage(visitor);
        await visitor.setRequestInterception(true);
        visitor.on('request', (request) =>
          request.url().endsWith('/our-page.html')
            ? request.respond({ contentType: 'text/html', headers: { 'content-security-policy': strictCsp }, body: pasted })
            : request.continue(),
        );
        await visitor.goto(`${site.origin}/our-page.html`, { waitUntil: 'networkidle0' });
        await allRendered(visitor);
        const ours = await visitor.$eval('cc4dr-example-list', (list) =>
          [...list.shadowRoot.querySelectorAll('[part~="item"]')]
            .filter((item) => item.textContent.includes('From our library'))
            .map((item) => item.querySelector('[part~="title"]').textContent.trim()),
        );
        assert.deepEqual(ours.sort(), [
          'Free internet access and computers',
          'Laptops, tablets and hotspots to borrow',
          'Privacy workshops',
          'Taking part in the city’s decisions',
        ]);
        assert.deepEqual(visits.errors, []);
        assert.deepEqual(await visitor.evaluate(() => window.__violations), []);
      } finally {
        await browser.close();
      }
    });

    it(
      'prints the letter alone, as a letter, signed by the sender typed in, who is stored nowhere',
      { skip: !chromium && 'print emulation is Chromium’s' },
      async () => {
        const page = await opened.browser.newPage();
        await page.goto(`${opened.site.origin}/dist/library-check/?lang=en&city=Vienna&country=AT&library=Stadtbibliothek%20Wien`, {
          waitUntil: 'networkidle0',
        });
        await allRendered(page);
        await page.focus('body');
        await tabTo(page, { id: 'item-public-access' });
        await page.keyboard.press(' ');
        await tabTo(page, { id: 'sender-name' });
        await page.keyboard.type('Ana Ruiz');
        await tabTo(page, { id: 'sender-role' });
        await page.keyboard.type('Head of digital services');
        // The button asks the browser to print with the check in its printing state…
        await page.evaluate(() => {
          window.print = () => {
            window.__printing = document.querySelector('cc4dr-library-check').shadowRoot.querySelector('.check').className;
          };
        });
        await tabTo(page, { text: 'Print the letter' });
        await page.keyboard.press('Enter');
        await page.waitForFunction(() => window.__printing !== undefined);
        assert.match(await page.evaluate(() => window.__printing), /\bprinting\b/);
        // …in which a printer gets the text the print stylesheet lays out: the letter alone.
        await page.emulateMediaType('print');
        let printed;
        try {
          printed = await page.evaluate(() => {
            const check = document.querySelector('cc4dr-library-check').shadowRoot.querySelector('.check');
            check.classList.add('printing');
            const text = check.innerText;
            check.classList.remove('printing');
            return text;
          });
        } finally {
          await page.emulateMediaType(null);
        }
        const [date, ...rest] = printed.trim().split('\n\n');
        assert.match(date, /^[A-Z][a-z]+ \d{1,2}, 20\d\d$/);
        assert.deepEqual(rest.slice(0, 4), [
          'The Mayor and City Council\nVienna',
          'Subject: Digital rights in Vienna: how Stadtbibliothek Wien supports the city’s commitments',
          'Dear Mayor and Members of the City Council,',
          'Vienna is a member of the Cities Coalition for Digital Rights, already on its list of member cities in March 2019, and is committed to its five principles of digital rights.',
        ]);
        assert.equal(rest.at(-1), 'Yours sincerely,\nAna Ruiz\nHead of digital services\nStadtbibliothek Wien');
        assert.equal(rest.filter((part) => part.includes('What your library does')).length, 0, 'the checklist is not printed');
        assert.deepEqual(await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie]), [0, 0, '']);
        await page.close();
      },
    );

    for (const [lang, city, expected] of [
      [
        'es',
        'Viena',
        [
          'Viena es miembro de la Coalición de Ciudades por los Derechos Digitales (Cities Coalition for Digital Rights), figuraba ya en su lista de ciudades miembro en marzo de 2019',
          'Acceso gratuito a internet y a ordenadores',
          'Préstamo de portátiles, tabletas y puntos de acceso',
          'Talleres de privacidad',
          'Participar en las decisiones de la ciudad',
        ],
      ],
      [
        'pt-BR',
        'Viena',
        [
          'Viena é membro da Coalizão de Cidades pelos Direitos Digitais',
          'Acesso gratuito à internet e a computadores',
          'Empréstimo de notebooks, tablets e roteadores de internet móvel',
          'Oficinas de privacidade',
          'Participação nas decisões da cidade',
        ],
      ],
      [
        'ar',
        'فيينا',
        [
          'فيينا عضو في تحالف المدن من أجل الحقوق الرقمية (Cities Coalition for Digital Rights)، وكانت مدرجة بالفعل في قائمة المدن الأعضاء فيه في مارس 2019',
          'إنترنت وحواسيب مجانية',
          'إعارة الحواسيب المحمولة والأجهزة اللوحية ونقاط الاتصال',
          'ورش عمل عن الخصوصية',
          'المشاركة في قرارات المدينة',
        ],
      ],
    ])
      it(`drafts the letter in ${{ es: 'Spanish', 'pt-BR': 'Brazilian Portuguese', ar: 'Arabic' }[lang]}: the city, its year and the four activities`, async () => {
        const page = await opened.browser.newPage();
        await page.goto(`${opened.site.origin}/dist/library-check/?lang=${lang}`, { waitUntil: 'networkidle0' });
        await allRendered(page);
        assert.equal(await page.$eval('html', (h) => h.dir), lang === 'ar' ? 'rtl' : 'ltr');
        await tickByKeyboard(page, city);
        const letter = await inCheck(page, '#letter-text');
        for (const text of expected) assert.ok(letter.includes(text), `${lang}: ${text}\n${letter}`);
        await page.close();
      });
  });
