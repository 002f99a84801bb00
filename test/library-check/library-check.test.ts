import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/library-check/define.js';
import type { Cc4drLibraryCheck } from '../../src/library-check/library-check.js';
import { part, warningsOfEachTest } from '../helpers.js';
import { cdnScriptUrl, recordScriptTagAddress } from '../../src/core/snippet.js';

type Check = Cc4drLibraryCheck & { updateComplete: Promise<boolean> };

const inside = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const tick = async (el: Check, id: string) => {
  inside<HTMLInputElement>(el, `#item-${id}`).click();
  await el.updateComplete;
};
const type = async (el: Check, selector: string, text: string) => {
  const input = inside<HTMLInputElement>(el, selector);
  input.value = text;
  input.dispatchEvent(new Event('input'));
  input.dispatchEvent(new Event('change'));
  await el.updateComplete;
};
const count = (el: Element) => part(el, 'count')!.textContent.trim();
const letter = (el: Element) => inside<HTMLTextAreaElement>(el, '#letter-text').value;
const snippet = (el: Element) => inside<HTMLTextAreaElement>(el, '#snippet-text').value;

describe('<cc4dr-library-check>', () => {
  const warnings = warningsOfEachTest();

  it('is accessible in every state, light and dark, left to right and right to left', async function () {
    // Eight runs of axe over the whole check, the question of which Vienna among them.
    this.timeout(30000);
    for (const theme of ['light', 'dark']) {
      for (const lang of ['en', 'ar']) {
        const el = await fixture<Check>(html`<cc4dr-library-check lang=${lang} theme=${theme} city="Vienna"></cc4dr-library-check>`);
        await expect(el).to.be.accessible();
        await tick(el, 'public-access');
        await tick(el, 'privacy-workshops');
        await expect(el).to.be.accessible();
      }
    }
  });

  it('has one fieldset with its legend per principle, each activity a box with its explanation', async () => {
    const el = await fixture<Check>(html`<cc4dr-library-check></cc4dr-library-check>`);
    const legends = [...el.shadowRoot!.querySelectorAll('.principle > legend')].map((l) => l.textContent);
    expect(legends).to.deep.equal([
      'Principle 1: Universal and equal access to the internet, and digital literacy',
      'Principle 2: Privacy, data protection and security',
      'Principle 3: Transparency, accountability, and non-discrimination of data, content and algorithms',
      'Principle 4: Participatory Democracy, diversity and inclusion',
      'Principle 5: Open and ethical digital service standards',
    ]);
    const boxes = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('.principle input[type="checkbox"]')];
    expect(boxes).to.have.length(19);
    const box = inside<HTMLInputElement>(el, '#item-device-lending');
    expect(box.labels![0].textContent).to.equal('Laptops, tablets and hotspots to borrow');
    expect(inside(el, `#${box.getAttribute('aria-describedby')!}`).textContent).to.equal(
      'People without a device or a connection at home can take one home for a while.',
    );
    expect(count(el)).to.equal('Tick what your library does to see which principles it supports.');
  });

  it('shows, as boxes are ticked, which principles are supported, what the library does and similar good practice', async () => {
    const el = await fixture<Check>(html`<cc4dr-library-check city="Wien" country="AT" library="Stadtbibliothek"></cc4dr-library-check>`);
    await tick(el, 'public-access');
    await tick(el, 'device-lending');
    await tick(el, 'privacy-workshops');
    await tick(el, 'civic-participation');
    expect(count(el)).to.equal('Your library’s work already supports 3 of 5 principles.');
    const supported = [...el.shadowRoot!.querySelectorAll('.supported')];
    expect(supported.map((s) => s.querySelector('[part~="principle"]')!.textContent)).to.deep.equal([
      'Universal and equal access to the internet, and digital literacy',
      'Privacy, data protection and security',
      'Participatory Democracy, diversity and inclusion',
    ]);
    expect([...supported[0].querySelectorAll('ul')[0].querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal([
      'Free internet access and computers',
      'Laptops, tablets and hotspots to borrow',
    ]);
    // The closest good practice: examples of the same kind (universal access), with libraries, newest first.
    expect([...supported[0].querySelectorAll('ul')[1].querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal([
      'Free Wi-Fi in public spaces, libraries included (Dublin, Ireland)',
      'Free public Wi-Fi in libraries and public places (São Paulo, Brazil)',
    ]);
    expect(part(el, 'city')!.textContent).to.equal(
      'Vienna (Austria) is a member of the Cities Coalition for Digital Rights. Member since March 2019 at the latest.',
    );
    expect(el.shadowRoot!.querySelector('.result')!.textContent).to.contain('Not supported yet: Transparency and Open standards.');
    expect(warnings.messages).to.deep.equal([]);
  });

  it('announces the count politely, and only when it changes', async () => {
    const el = await fixture<Check>(html`<cc4dr-library-check></cc4dr-library-check>`);
    const status = part(el, 'count')!;
    expect(status.getAttribute('role')).to.equal('status');
    await tick(el, 'public-access');
    const announced: string[] = [];
    new MutationObserver(() => announced.push(status.textContent.trim())).observe(status, {
      childList: true,
      subtree: true,
      characterData: true,
    });
    await tick(el, 'device-lending');
    await tick(el, 'skills-classes');
    expect(announced).to.deep.equal([]);
    await tick(el, 'open-data');
    expect(announced.at(-1)).to.equal('Your library’s work already supports 2 of 5 principles.');
  });

  it('adds the library’s own activities under the principles they serve, and removes them', async () => {
    const el = await fixture<Check>(html`<cc4dr-library-check></cc4dr-library-check>`);
    inside<HTMLButtonElement>(el, '.own > button').click();
    await el.updateComplete;
    expect(inside(el, '.own [role="status"]').textContent).to.equal('Give it a name, a sentence and at least one principle.');
    await type(el, '#own-title', 'Repair café');
    await type(el, '#own-text', 'Volunteers fix laptops and phones with their owners.');
    inside<HTMLInputElement>(el, '#own-standards').click();
    inside<HTMLInputElement>(el, '#own-access').click();
    inside<HTMLButtonElement>(el, '.own > button').click();
    await el.updateComplete;
    expect(inside(el, '.own [role="status"]').textContent).to.equal('Added: “Repair café”.');
    expect(inside<HTMLInputElement>(el, '#item-own-1').checked).to.equal(true);
    expect(count(el)).to.equal('Your library’s work already supports 2 of 5 principles.');
    inside<HTMLButtonElement>(el, '.own .remove').click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#item-own-1')).to.equal(null);
    expect(count(el)).to.equal('Tick what your library does to see which principles it supports.');
  });

  // What the sample library does in the letters below: two activities under two principles.
  const work = [
    'Our library’s work already contributes to two of these principles. This is what we do:',
    'For “Access and skills”:\n- Free internet access and computers. Anyone can come in and get online, on the library’s computers or its free Wi-Fi.',
    'For “Privacy”:\n- Privacy workshops. Sessions where people learn to protect their accounts, devices and personal data.',
  ].join('\n\n');
  const meet =
    'We would welcome a meeting with the city’s digital team to present what we do and to discuss what more we could do together.';
  const askMember = 'We would also like the library to be part of the city’s plans for digital rights.';
  const askEither =
    'If the city is a member, we would like the library to be part of its plans for digital rights; if it is not and wishes to join, the coalition explains how at https://citiesfordigitalrights.org/endorse-your-city.';
  const more = 'More about the coalition: https://citiesfordigitalrights.org/';
  const greeting = 'Dear Mayor and Members of the City Council,';
  const letterCases: { state: string; city?: string; country?: string; subject: string; to: string; paragraph: string; ask: string }[] = [
    {
      state: 'a founding member',
      city: 'Barcelona',
      country: 'ES',
      subject: 'Digital rights in Barcelona: how Biblioteca X supports the city’s commitments',
      to: 'The Mayor and City Council\nBarcelona',
      paragraph:
        'Barcelona is one of the cities that founded the Cities Coalition for Digital Rights in 2018, and is committed to its five principles of digital rights.',
      ask: askMember,
    },
    {
      state: 'a member since a year',
      city: 'Leipzig',
      country: 'DE',
      subject: 'Digital rights in Leipzig: how Biblioteca X supports the city’s commitments',
      to: 'The Mayor and City Council\nLeipzig',
      paragraph:
        'Leipzig has been a member of the Cities Coalition for Digital Rights since 2021 and is committed to its five principles of digital rights.',
      ask: askMember,
    },
    {
      state: 'a member whose council decided to join in a year',
      city: 'Köln',
      country: 'DE',
      subject: 'Digital rights in Cologne: how Biblioteca X supports the city’s commitments',
      to: 'The Mayor and City Council\nCologne',
      paragraph:
        'Cologne decided in 2024 to join the Cities Coalition for Digital Rights, and so to commit to its five principles of digital rights.',
      ask: askMember,
    },
    {
      state: 'a member by a date',
      city: 'Wien',
      country: 'AT',
      subject: 'Digital rights in Vienna: how Biblioteca X supports the city’s commitments',
      to: 'The Mayor and City Council\nVienna',
      paragraph:
        'Vienna is a member of the Cities Coalition for Digital Rights, already on its list of member cities in March 2019, and is committed to its five principles of digital rights.',
      ask: askMember,
    },
    {
      state: 'a member with no date',
      city: 'Utrecht',
      country: 'NL',
      subject: 'Digital rights in Utrecht: how Biblioteca X supports the city’s commitments',
      to: 'The Mayor and City Council\nUtrecht',
      paragraph:
        'Utrecht is a member of the Cities Coalition for Digital Rights and is committed to its five principles of digital rights.',
      ask: askMember,
    },
    {
      state: 'an unconfirmed member',
      city: 'Sofia',
      country: 'BG',
      subject: 'Digital rights in Sofia: what Biblioteca X already does',
      to: 'The Mayor and City Council\nSofia',
      paragraph:
        'The Cities Coalition for Digital Rights is a network of cities committed to five principles of digital rights. The sources we consulted do not agree on whether Sofia is one of its members, and we would be grateful if you could tell us whether the city is a member.',
      ask: askEither,
    },
    {
      state: 'a member’s name with no country (membership needs one)',
      city: 'Vienna',
      subject: 'Digital rights in Vienna: what Biblioteca X already does',
      to: 'The Mayor and City Council\nVienna',
      paragraph:
        'We are writing to you about digital rights in Vienna and the Cities Coalition for Digital Rights, a network of more than 60 cities committed to five principles of digital rights. The coalition publishes its list of member cities at https://citiesfordigitalrights.org/cities.',
      ask: askEither,
    },
    {
      state: 'a city not in the list',
      city: 'Springfield',
      country: 'US',
      subject: 'Digital rights in Springfield: what Biblioteca X already does',
      to: 'The Mayor and City Council\nSpringfield',
      paragraph:
        'The Cities Coalition for Digital Rights is a network of more than 60 cities committed to five principles of digital rights. When we last checked the coalition’s published list of member cities (https://citiesfordigitalrights.org/cities, November 22, 2026), Springfield was not on it.',
      ask: 'Should the city wish to join, the coalition explains how at https://citiesfordigitalrights.org/endorse-your-city, and we would be glad to help prepare the city’s application.',
    },
    {
      state: 'no city',
      subject: 'Digital rights in our city: what Biblioteca X already does',
      to: 'The Mayor and City Council',
      paragraph:
        'We are writing to you about the Cities Coalition for Digital Rights, a network of more than 60 cities committed to five principles of digital rights.',
      ask: askEither,
    },
  ];
  for (const { state, city, country, subject, to, paragraph, ask } of letterCases)
    it(`writes a letter fit to send for ${state}: date, addressee, subject, body, ask and signature`, async () => {
      const el = await fixture<Check>(
        html`<cc4dr-library-check city=${city ?? ''} country=${country ?? ''} library="Biblioteca X"></cc4dr-library-check>`,
      );
      await tick(el, 'privacy-workshops');
      await tick(el, 'public-access');
      expect(letter(el)).to.equal([greeting, paragraph, work, `${meet} ${ask}`, more, 'Yours sincerely,\nBiblioteca X'].join('\n\n'));
      expect(letter(el)).not.to.match(/not a member|not yet joined|has not joined|at the latest/);
      expect(inside<HTMLInputElement>(el, '#letter-subject').value).to.equal(subject);
      expect(inside(el, '.letter-head').textContent).to.match(new RegExp(`^[A-Z][a-z]+ \\d{1,2}, 20\\d\\d\\n\\n${to}$`));
      const mail = new URL(inside<HTMLAnchorElement>(el, '.letter a').href);
      expect(mail.protocol).to.equal('mailto:');
      expect(mail.searchParams.get('subject')).to.equal(subject);
      expect(mail.searchParams.get('body')).to.equal(letter(el));
    });

  it('offers to find out together, claiming no work, when nothing is ticked', async () => {
    const el = await fixture<Check>(html`<cc4dr-library-check city="Barcelona" country="ES"></cc4dr-library-check>`);
    expect(letter(el)).to.equal(
      [
        greeting,
        'Barcelona is one of the cities that founded the Cities Coalition for Digital Rights in 2018, and is committed to its five principles of digital rights.',
        'As a public library, we would like to explore with you how we could contribute to these principles.',
        `We would welcome a meeting with the city’s digital team to discuss this. ${askMember}`,
        more,
        'Yours sincerely,\nThe library team',
      ].join('\n\n'),
    );
    expect(inside<HTMLInputElement>(el, '#letter-subject').value).to.equal('Digital rights in Barcelona: a proposal from our library');
  });

  it('counts principles in words, groups activities under each, and quotes their names', async () => {
    const el = await fixture<Check>(html`<cc4dr-library-check city="Utrecht" country="NL"></cc4dr-library-check>`);
    for (const id of ['open-source', 'ai-literacy', 'civic-participation', 'privacy-workshops', 'skills-classes']) await tick(el, id);
    expect(letter(el)).to.contain('Our library’s work already contributes to all five of them. This is what we do:');
    expect(letter(el)).to.contain(
      'For “Transparency”:\n- Data and AI literacy. Explaining how data, algorithms and artificial intelligence shape the decisions that affect people.\n\nFor “Participation”:',
    );
    await tick(el, 'open-source');
    await tick(el, 'civic-participation');
    expect(letter(el)).to.contain('Our library’s work already contributes to three of these principles. This is what we do:');
    await tick(el, 'ai-literacy');
    await tick(el, 'privacy-workshops');
    expect(letter(el)).to.contain('Our library’s work already contributes to one of these principles. This is what we do:');
  });

  it('signs with the sender’s name, role and contact, which are never stored, not even in the answers file', async () => {
    const el = await fixture<Check>(html`<cc4dr-library-check city="Utrecht" country="NL" library="Biblioteca X"></cc4dr-library-check>`);
    await tick(el, 'public-access');
    await type(el, '#sender-name', 'Ana Ruiz');
    await type(el, '#sender-role', 'Head of digital services');
    await type(el, '#sender-contact', 'ana.ruiz@example.org');
    expect(letter(el).split('\n\n').at(-1)).to.equal(
      'Yours sincerely,\nAna Ruiz\nHead of digital services\nBiblioteca X\nana.ruiz@example.org',
    );
    for (const id of ['sender-name', 'sender-role', 'sender-contact'])
      expect(inside<HTMLInputElement>(el, `#${id}`).labels![0].textContent).to.match(/^Your (name|role|e-mail or phone)$/);
    expect(inside(el, '.sender').textContent).to.contain('they are not kept anywhere, not even in your answers file');
    const files: string[] = [];
    const create = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (blob: Blob) => {
      void blob.text().then((text) => files.push(text));
      return create(blob);
    };
    HTMLAnchorElement.prototype.click = function () {
      // Saving nothing: the test reads the file's text as it is made.
    };
    try {
      inside<HTMLButtonElement>(el, '.answers button').click();
      await waitUntil(() => files.length === 1);
    } finally {
      URL.createObjectURL = create;
      delete (HTMLAnchorElement.prototype as Partial<HTMLAnchorElement>).click;
    }
    expect(files[0]).not.to.match(/Ana Ruiz|Head of digital services|ana\.ruiz/);
    expect(localStorage.length + sessionStorage.length).to.equal(0);
    expect(document.cookie).to.equal('');
  });

  it('keeps the reader’s own subject and letter, in the e-mail, the file and the print, until drafted again', async () => {
    const el = await fixture<Check>(html`<cc4dr-library-check city="Springfield" country="US"></cc4dr-library-check>`);
    await tick(el, 'open-source');
    await type(el, '#letter-subject', 'Digital rights at Springfield Library');
    const field = inside<HTMLTextAreaElement>(el, '#letter-text');
    field.value = 'Dear Mayor, we would love to talk.';
    field.dispatchEvent(new Event('input'));
    field.dispatchEvent(new Event('change'));
    await el.updateComplete;
    await tick(el, 'open-data');
    expect(letter(el)).to.equal('Dear Mayor, we would love to talk.');
    const mail = new URL(inside<HTMLAnchorElement>(el, '.letter a').href);
    expect([mail.searchParams.get('subject'), mail.searchParams.get('body')]).to.deep.equal([
      'Digital rights at Springfield Library',
      'Dear Mayor, we would love to talk.',
    ]);
    expect(inside(el, '.print-letter').textContent).to.match(
      /^[A-Z][a-z]+ \d{1,2}, 20\d\d\n\nThe Mayor and City Council\nSpringfield\n\nSubject: Digital rights at Springfield Library\n\nDear Mayor, we would love to talk.\n$/,
    );
    inside<HTMLButtonElement>(el, '.letter .actions button:last-of-type').click();
    await el.updateComplete;
    expect(letter(el)).to.contain('- Help with open data. ');
    expect(inside<HTMLInputElement>(el, '#letter-subject').value).to.equal('Digital rights in Springfield: what our library already does');
  });

  it('asks which place a member’s name means, says nothing of membership until told, and takes the answer by keyboard', async () => {
    const el = await fixture<Check>(html`<cc4dr-library-check city="Portland"></cc4dr-library-check>`);
    await tick(el, 'public-access');
    const question = inside(el, '.which-city');
    expect(question.querySelector('legend')!.textContent).to.equal('Portland (Oregon, United States) — or another Portland?');
    expect(part(el, 'city')!.textContent).to.equal(
      'Portland (Oregon, United States) — or another Portland? Choose the one your library is in, or give your state, province or country after the name. Until then, this page says nothing about membership.',
    );
    expect(letter(el)).not.to.contain('Portland is a member');
    const button = question.querySelector<HTMLButtonElement>('button')!;
    expect(button.textContent).to.equal('Portland (Oregon, United States)');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'city', 'the focus returns to the city');
    expect(inside<HTMLInputElement>(el, '#city').value).to.equal('Portland, Oregon');
    expect(inside<HTMLSelectElement>(el, '#country').value).to.equal('US');
    expect(el.shadowRoot!.querySelector('.which-city')).to.equal(null);
    expect(letter(el)).to.contain(
      'Portland is a member of the Cities Coalition for Digital Rights, already on its list of member cities in March 2019, and is committed to its five principles of digital rights.',
    );
  });

  it('gives a snippet of the ticked activities as the library’s own examples, edited titles included, and copies it', async () => {
    const el = await fixture<Check>(html`<cc4dr-library-check city="Vienna" country="AT" library="Büchereien Wien"></cc4dr-library-check>`);
    expect(inside(el, '.snippet').textContent).to.contain('Tick at least one activity to make the snippet.');
    await tick(el, 'privacy-workshops');
    await type(el, '#edit-privacy-workshops-title', 'Privacy café');
    await type(el, '#website', 'https://www.buechereien.wien.gv.at/');
    const text = snippet(el);
    // Bundled from npm, the check cannot tell where the library's site keeps the script: the top of the site, and it says so.
    expect(text.split('\n')[0]).to.equal('<script type="module" src="/cc4dr-widgets.js"></script>');
    const json = /<script type="application\/json">(.*)<\/script>/.exec(text)![1];
    const { examples } = JSON.parse(json) as { examples: Record<string, unknown>[] };
    expect(examples).to.deep.equal([
      {
        id: 'our-privacy-workshops',
        title: 'Privacy café',
        city: 'Vienna',
        country: 'AT',
        year: new Date().getFullYear(),
        principles: ['privacy'],
        category: 'digital-rights-awareness',
        libraries: true,
        summary: 'Sessions where people learn to protect their accounts, devices and personal data.',
        sources: [{ url: 'https://www.buechereien.wien.gv.at/', title: 'Büchereien Wien' }],
        checked: new Date().toISOString().slice(0, 10),
      },
    ]);
    expect(text).to.contain('<li>Privacy café: Sessions where people learn to protect their accounts, devices and personal data.</li>');
    // A browser that refuses the clipboard: the text is selected, and the reader told how to copy it.
    const original = navigator.clipboard.writeText.bind(navigator.clipboard);
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('Denied', 'NotAllowedError'));
    try {
      inside<HTMLButtonElement>(el, '.snippet .actions button').click();
      await waitUntil(() => inside(el, '.snippet [role="status"]').textContent);
      expect(inside(el, '.snippet [role="status"]').textContent).to.contain('the text is selected');
    } finally {
      navigator.clipboard.writeText = original;
    }
  });

  it('loads the script in its snippet from the copy the page runs, or from the address the reader writes, escaped', async () => {
    const el = await fixture<Check>(html`<cc4dr-library-check city="Vienna" country="AT"></cc4dr-library-check>`);
    await tick(el, 'open-data');
    const firstLine = () => snippet(el).split('\n')[0];
    const address = inside<HTMLInputElement>(el, '#script-address');
    expect(address.value).to.equal('/cc4dr-widgets.js');
    expect(inside(el, '#script-hint').textContent).to.equal(
      'In the folder where the site zip was copied to your website, such as /widgets/cc4dr-widgets.js. Filled in with the copy this page uses, where it can tell; ' +
        `another website’s copy works only if that website allows it. Or jsDelivr’s copy: ${cdnScriptUrl()}.`,
    );
    expect(address.getAttribute('aria-describedby')).to.equal('script-hint');
    await type(el, '#script-address', ' https://www.buechereien.wien.gv.at/widgets/cc4dr-widgets.js ');
    expect(firstLine()).to.equal('<script type="module" src="https://www.buechereien.wien.gv.at/widgets/cc4dr-widgets.js"></script>');
    const hostile = '"><script>alert(1)</script>';
    await type(el, '#script-address', hostile);
    expect(firstLine()).to.equal('<script type="module" src="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"></script>');
    const parsed = new DOMParser().parseFromString(snippet(el), 'text/html');
    expect(parsed.querySelector('script[type="module"]')!.getAttribute('src')).to.equal(hostile);
    // An empty field goes back to the address the page knows.
    await type(el, '#script-address', '  ');
    expect(firstLine()).to.equal('<script type="module" src="/cc4dr-widgets.js"></script>');

    // Where the widgets came from the script-tag file, its address (import.meta.url) is the one to use.
    recordScriptTagAddress('https://library-association.example/check/cc4dr-widgets.js');
    try {
      const onTheAssociationsPage = await fixture<Check>(html`<cc4dr-library-check city="Vienna" country="AT"></cc4dr-library-check>`);
      await tick(onTheAssociationsPage, 'open-data');
      expect(snippet(onTheAssociationsPage).split('\n')[0]).to.equal(
        '<script type="module" src="https://library-association.example/check/cc4dr-widgets.js"></script>',
      );
    } finally {
      recordScriptTagAddress(undefined);
    }
  });

  it('asks for the country where the city is not in the list, for the snippet’s records', async () => {
    const el = await fixture<Check>(html`<cc4dr-library-check city="Springfield"></cc4dr-library-check>`);
    await tick(el, 'open-data');
    expect(inside(el, '.snippet').textContent).to.contain('Choose your library’s country to make the snippet.');
    const select = inside<HTMLSelectElement>(el, '#country');
    select.value = 'US';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(snippet(el)).to.contain('"city":"Springfield","country":"US"');
  });

  it('keeps hostile text as text: in the result, the snippet’s JSON and the letter', async () => {
    const el = await fixture<Check>(html`<cc4dr-library-check city="Vienna" country="AT"></cc4dr-library-check>`);
    const hostile = '</script><img src=x onerror="window.__pwned=1">';
    await type(el, '#own-title', hostile);
    await type(el, '#own-text', `${hostile} & more`);
    inside<HTMLInputElement>(el, '#own-privacy').click();
    inside<HTMLButtonElement>(el, '.own > button').click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(inside(el, '.supported li').textContent).to.equal(hostile);
    const text = snippet(el);
    expect(text).to.not.contain('</script><img');
    expect(text).to.contain('\\u003c/script>\\u003cimg');
    expect(text).to.contain('<li>&lt;/script&gt;&lt;img src=x onerror="window.__pwned=1"&gt;:');
    const parsed = new DOMParser().parseFromString(text, 'text/html');
    expect(parsed.querySelectorAll('script')).to.have.length(2);
    expect(parsed.querySelector('img')).to.equal(null);
    expect(letter(el)).to.contain(`For “Privacy”:\n- ${hostile}. ${hostile} & more`);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('downloads the answers and the letter as files, and prints the letter alone; nothing is stored', async () => {
    const el = await fixture<Check>(html`<cc4dr-library-check city="Vienna" country="AT" library="Büchereien Wien"></cc4dr-library-check>`);
    await tick(el, 'public-access');
    const files: { name: string; text: string }[] = [];
    const create = URL.createObjectURL.bind(URL);
    const blobs = new Map<string, Blob>();
    URL.createObjectURL = (blob: Blob) => {
      const url = create(blob);
      blobs.set(url, blob);
      return url;
    };
    // A link's click, for this test only: it reads the file it would save (deleting the stub restores HTMLElement's).
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      const blob = blobs.get(this.href);
      if (blob) void blob.text().then((text) => files.push({ name: this.download, text }));
    };
    const print = window.print.bind(window);
    let printedLetterOnly: boolean | undefined;
    window.print = () => {
      printedLetterOnly = el.shadowRoot!.querySelector('.check')!.classList.contains('printing');
    };
    try {
      inside<HTMLButtonElement>(el, '.answers button').click();
      const [copy, download, printButton] = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.letter .actions button');
      expect(copy.textContent).to.equal('Copy the letter');
      download.click();
      printButton.click();
      await waitUntil(() => files.length === 2);
      await el.updateComplete;
    } finally {
      URL.createObjectURL = create;
      delete (HTMLAnchorElement.prototype as Partial<HTMLAnchorElement>).click;
      window.print = print;
    }
    const answers = files.find((f) => f.name === 'cc4dr-library-check.json')!;
    expect(JSON.parse(answers.text)).to.deep.equal({
      format: 'cc4dr-library-check',
      version: 1,
      library: 'Büchereien Wien',
      city: 'Vienna',
      country: 'AT',
      website: '',
      ticked: ['public-access'],
      own: [],
      edits: {},
    });
    const [date, ...rest] = files.find((f) => f.name === 'letter.txt')!.text.split('\n\n');
    expect(date).to.match(/^[A-Z][a-z]+ \d{1,2}, 20\d\d$/);
    expect(rest.join('\n\n')).to.equal(
      [
        'The Mayor and City Council\nVienna',
        'Subject: Digital rights in Vienna: how Büchereien Wien supports the city’s commitments',
        'Dear Mayor and Members of the City Council,',
        'Vienna is a member of the Cities Coalition for Digital Rights, already on its list of member cities in March 2019, and is committed to its five principles of digital rights.',
        'Our library’s work already contributes to one of these principles. This is what we do:',
        'For “Access and skills”:\n- Free internet access and computers. Anyone can come in and get online, on the library’s computers or its free Wi-Fi.',
        'We would welcome a meeting with the city’s digital team to present what we do and to discuss what more we could do together. We would also like the library to be part of the city’s plans for digital rights.',
        'More about the coalition: https://citiesfordigitalrights.org/',
        'Yours sincerely,\nBüchereien Wien\n',
      ].join('\n\n'),
    );
    expect(inside(el, '.print-letter').textContent).to.equal(files.find((f) => f.name === 'letter.txt')!.text);
    expect(printedLetterOnly).to.equal(true);
    expect(el.shadowRoot!.querySelector('.check')!.classList.contains('printing')).to.equal(false);
    expect(localStorage.length + sessionStorage.length).to.equal(0);
    expect(document.cookie).to.equal('');
  });

  it('loads answers from a file, and refuses a broken or hostile one with a message, keeping the ticks', async () => {
    const el = await fixture<Check>(html`<cc4dr-library-check></cc4dr-library-check>`);
    const load = async (content: string) => {
      const input = inside<HTMLInputElement>(el, '#answers-file');
      const files = new DataTransfer();
      files.items.add(new File([content], 'answers.json', { type: 'application/json' }));
      input.files = files.files;
      input.dispatchEvent(new Event('change'));
      await el.updateComplete;
      const status = inside(el, '.answers [role="status"]');
      expect(status.textContent).to.equal('');
      await waitUntil(() => status.textContent !== '', 'no message for the file');
      await el.updateComplete;
      return status.textContent;
    };
    const good = {
      format: 'cc4dr-library-check',
      version: 1,
      library: 'Bibliothèque \u202eMunicipale',
      city: 'Lyon',
      country: 'FR',
      ticked: ['public-access', 'own-1', 'not-an-activity'],
      own: [{ id: 'own-1', title: '<b>Atelier</b>', text: 'Un atelier du samedi.', principles: ['participation'] }],
      edits: { 'public-access': { title: 'Wi-Fi pour tous' } },
    };
    expect(await load(JSON.stringify(good))).to.equal('Your answers are loaded.');
    expect(count(el)).to.equal('Your library’s work already supports 2 of 5 principles.');
    expect(inside<HTMLInputElement>(el, '#library').value).to.equal('Bibliothèque Municipale');
    expect(inside<HTMLInputElement>(el, '#edit-public-access-title').value).to.equal('Wi-Fi pour tous');
    expect(inside(el, 'label[for="item-own-1"]').textContent).to.equal('<b>Atelier</b>');
    expect(el.shadowRoot!.querySelector('b')).to.equal(null);
    expect(warnings.messages).to.deep.equal([]);

    expect(await load('{"format": "cc4dr-library-check", "version": 1, "ticked": [')).to.equal(
      'That file could not be used: it is not a valid answers file. Your ticks are as they were.',
    );
    expect(count(el)).to.equal('Your library’s work already supports 2 of 5 principles.');
    expect(await load(JSON.stringify({ ...good, ticked: ['__proto__'], constructor: { prototype: { polluted: 1 } } }))).to.contain(
      'it is not a valid answers file',
    );
    expect(await load('x'.repeat(200_001))).to.equal('That file could not be used: it is too large. Your ticks are as they were.');
    expect(count(el)).to.equal('Your library’s work already supports 2 of 5 principles.');
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(warnings.messages).to.have.length(3);
    expect(warnings.messages[0]).to.match(/^<cc4dr-library-check>: the answers file could not be used: /);
  });

  it('is usable by keyboard alone, from the first box to copying the letter', async () => {
    const el = await fixture<Check>(html`<cc4dr-library-check city="Vienna"></cc4dr-library-check>`);
    inside<HTMLInputElement>(el, '#item-public-access').focus();
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(inside<HTMLInputElement>(el, '#item-public-access').checked).to.equal(true);
    const active = () => el.shadowRoot!.activeElement;
    for (let presses = 0; presses < 200 && active()?.textContent !== 'Copy the letter'; presses += 1) await sendKeys({ press: 'Tab' });
    expect(active()?.textContent).to.equal('Copy the letter');
  });

  it('speaks the reader’s language, right to left in Arabic, and fits 320 px', async () => {
    const el = await fixture<Check>(
      html`<cc4dr-library-check lang="ar" city="Wien" country="AT" style="width: 320px"></cc4dr-library-check>`,
    );
    await tick(el, 'public-access');
    expect(part(el, 'title')!.textContent).to.equal('ماذا تفعل مكتبتك بالفعل من أجل الحقوق الرقمية؟');
    expect(inside(el, '.check').getAttribute('dir')).to.equal('rtl');
    expect(inside(el, 'label[for="item-public-access"]').textContent).to.equal('إنترنت وحواسيب مجانية');
    expect(count(el)).to.equal('يدعم عمل مكتبتك بالفعل مبدأً واحدًا من 5 مبادئ.');
    expect(letter(el).split('\n\n').slice(0, 3)).to.deep.equal([
      'حضرة رئيس البلدية وأعضاء المجلس البلدي المحترمين،\nتحية طيبة وبعد،',
      'فيينا عضو في تحالف المدن من أجل الحقوق الرقمية (Cities Coalition for Digital Rights)، وكانت مدرجة بالفعل في قائمة المدن الأعضاء فيه في مارس 2019، وقد التزمت بمبادئه الخمسة للحقوق الرقمية.',
      'يسهم عمل مكتبتنا بالفعل في مبدأ واحد من هذه المبادئ. وفيما يلي ما نقوم به:',
    ]);
    expect(letter(el)).to.contain('في مجال «الوصول والمهارات»:\n- إنترنت وحواسيب مجانية: ');
    expect(letter(el)).to.contain('وتفضلوا بقبول فائق الاحترام والتقدير،\nفريق المكتبة');
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
  });
});
