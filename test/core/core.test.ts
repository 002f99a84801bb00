import { expect } from '@open-wc/testing';
import { cityMatcher, findMember, namesOf } from '../../src/core/cities.js';
import { findPrinciple, members } from '../../src/core/data.js';
import { defineElement } from '../../src/core/define.js';
import { bestLocale, formattingTag, loadLocale } from '../../src/core/l10n.js';
import { requestedLanguage } from '../../src/core/locale.js';
import { foldForMatch } from '../../src/core/match.js';
import { safeUrl } from '../../src/core/safe-url.js';
import { captureWarnings } from '../helpers.js';

describe('foldForMatch', () => {
  it('ignores case, accents, punctuation and spacing', () => {
    const forms = ['São Paulo', 'sao paulo', 'Sao-Paulo', 'SAO PAULO', '  São   Paulo. '];
    expect(new Set(forms.map(foldForMatch))).to.have.length(1);
  });

  it('keeps letters of other scripts', () => {
    expect(foldForMatch('Москва')).to.equal('москва');
    expect(foldForMatch('عمّان')).to.not.equal('');
  });

  it('folds ß and compatibility forms', () => {
    expect(foldForMatch('Straße')).to.equal(foldForMatch('strasse'));
    expect(foldForMatch('ﬁnland')).to.equal('finland');
  });
});

describe('safeUrl', () => {
  it('keeps https, http and mailto links', () => {
    expect(safeUrl('https://citiesfordigitalrights.org/')).to.equal('https://citiesfordigitalrights.org/');
    expect(safeUrl('http://example.org/a?b=c')).to.equal('http://example.org/a?b=c');
    expect(safeUrl('mailto:someone@example.org')).to.equal('mailto:someone@example.org');
  });

  it('refuses every other scheme, in any case and with any padding', () => {
    const hostile = [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      '//evil.example/',
      '/relative/path',
      '',
      'x'.repeat(3000),
    ];
    for (const url of hostile) expect(safeUrl(url), url).to.equal(undefined);
    expect(safeUrl(42)).to.equal(undefined);
    expect(safeUrl(null)).to.equal(undefined);
  });
});

describe('data lookups', () => {
  before(() => Promise.all(['es', 'fr', 'de', 'nl', 'ar'].map((l) => loadLocale(l as 'es'))));

  it('finds principles by id or number', () => {
    expect(findPrinciple('privacy')?.number).to.equal(2);
    expect(findPrinciple('2')?.id).to.equal('privacy');
    expect(findPrinciple(' PRIVACY ')?.id).to.equal('privacy');
    expect(findPrinciple('6')).to.equal(undefined);
    expect(findPrinciple('constructor')).to.equal(undefined);
    expect(findPrinciple('__proto__')).to.equal(undefined);
  });

  it('finds members by id, name or alias', () => {
    const cases: [string, string][] = [
      ['Vienna', 'vienna'],
      ['Wien', 'vienna'],
      ['NYC', 'new-york-city'],
      ['new york city', 'new-york-city'],
      ['new-york-city', 'new-york-city'],
      ['São Paulo', 'sao-paulo'],
      ['sao paulo', 'sao-paulo'],
      ['Sao-Paulo', 'sao-paulo'],
      ['TORINO', 'turin'],
      ['Köln', 'cologne'],
      ['Koeln', 'cologne'],
      ['reykjavik', 'reykjavik'],
      ['Nueva York', 'new-york-city'],
      ['Viena', 'vienna'],
      ['Wenen', 'vienna'],
      ['Bruxelles', 'brussels'],
      ['Brüssel', 'brussels'],
      ['Saragosse', 'zaragoza'],
      ['فيينا', 'vienna'],
    ];
    for (const [name, id] of cases) expect(findMember(name)?.id, name).to.equal(id);
  });

  it('finds a page’s own city records by any of their names, after the bundled ones', () => {
    const own = { ...members[0], id: 'sampletown', name: 'Sampletown', aliases: ['Sample Town'], names: { de: 'Probestadt' } };
    expect(findMember('sample-town', [own])).to.equal(own);
    expect(findMember('probestadt', [own])).to.equal(own);
    expect(findMember('Vienna', [own])?.id).to.equal('vienna');
    expect(findMember('Sampletown')).to.equal(undefined);
  });

  it('finds nothing for unknown, empty or prototype names', () => {
    for (const name of ['Springfield', '', '   ', '---', 'constructor', '__proto__', 'toString']) {
      expect(findMember(name), name).to.equal(undefined);
    }
  });

  it('has no two members answering to the same name', () => {
    const owners = new Map<string, string>();
    for (const m of members) {
      for (const key of new Set(namesOf(m).map(foldForMatch))) {
        expect(owners.get(key), `${key} (${m.id})`).to.equal(undefined);
        owners.set(key, m.id);
      }
    }
  });

  it('treats two names of the same member as the same city', () => {
    expect(cityMatcher('NYC')('New York City')).to.equal(true);
    const vienna = cityMatcher('Wien');
    expect(vienna('Vienna')).to.equal(true);
    expect(vienna('Amsterdam')).to.equal(false);
    expect(vienna('Vienna'), 'asked again, from its memory').to.equal(true);
    expect(cityMatcher('springfield')('Springfield')).to.equal(true);
  });
});

describe('locale resolution', () => {
  it('takes the closest lang, across shadow roots, else English', () => {
    const outer = document.createElement('div');
    outer.lang = 'ca-ES';
    const host = document.createElement('div');
    outer.append(host);
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(requestedLanguage(inner)).to.equal('ca-ES');
    inner.lang = 'ar';
    expect(requestedLanguage(inner)).to.equal('ar');
    expect(requestedLanguage(document.createElement('p'))).to.equal('en');
  });

  it('falls back to the closest supported locale', () => {
    expect(bestLocale('en-GB')).to.equal('en');
    expect(bestLocale('zh')).to.equal('en');
    expect(bestLocale('not a tag!')).to.equal('en');
  });

  it('gives Brazil Brazilian Portuguese and every other Portuguese the European one', () => {
    for (const tag of ['pt-BR', 'pt-br', 'pt_BR', 'pt-Latn-BR', 'PT-BR']) expect(bestLocale(tag), tag).to.equal('pt-BR');
    for (const tag of ['pt', 'pt-PT', 'pt_PT', 'pt-AO', 'pt-MZ', 'pt-PT-u-nu-latn']) expect(bestLocale(tag), tag).to.equal('pt');
    expect(bestLocale('es-BR')).to.equal('es');
    expect(bestLocale('de_AT')).to.equal('de');
  });

  it('formats in the page’s own variant of the rendered language only', () => {
    expect(formattingTag('en-GB', 'en')).to.equal('en-GB');
    expect(formattingTag('en-gb', 'en')).to.equal('en-GB');
    expect(formattingTag('fr-CA', 'en')).to.equal('en');
    expect(formattingTag('not a tag!', 'en')).to.equal('en');
    // Intl's bare "pt" is Brazilian: European Portuguese formats as pt-PT unless the page names another variant.
    expect(formattingTag('pt', 'pt')).to.equal('pt-PT');
    expect(formattingTag('pt-AO', 'pt')).to.equal('pt-AO');
    expect(formattingTag('pt-br', 'pt-BR')).to.equal('pt-BR');
    expect(formattingTag('pt_BR', 'pt-BR')).to.equal('pt-BR');
    expect(formattingTag('de', 'de')).to.equal('de');
  });
});

describe('defineElement', () => {
  it('defines a free tag, ignores the same class twice and warns when another class owns the tag', () => {
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    const warnings = captureWarnings();
    try {
      defineElement('cc4dr-test-define', First);
      defineElement('cc4dr-test-define', First);
      expect(warnings.messages).to.have.length(0);
      expect(() => defineElement('cc4dr-test-define', Second)).to.not.throw();
      expect(customElements.get('cc4dr-test-define')).to.equal(First);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('<cc4dr-test-define>');
    } finally {
      warnings.restore();
    }
  });
});
