import { expect, waitUntil } from '@open-wc/testing';
import { commonFields, elementChoices, leftOut } from '../../builder/fields.js';
import { fallbackContent, frameResizer, snippet, type Choices } from '../../builder/snippet.js';
import { defaultScriptSettings } from '../../builder/script-options.js';
import { cdnScriptUrl } from '../../src/languages.js';
import { loadPlaces } from '../../src/data.js';
import { mountBuilder } from '../../builder/builder.js';
import { builderText, loadBuilderLanguage } from '../../builder/language.js';
import { manifestElements } from '../helpers.js';
// The preview and the iframe's height need the widgets themselves.
import '../../src/define.js';

async function manifestAttributes(): Promise<Map<string, string[]>> {
  return new Map((await manifestElements()).map((d) => [d.tagName, (d.attributes ?? []).map((a) => a.name)]));
}

describe('embed builder: what it offers', () => {
  it('offers every element, and every attribute of each but those it leaves out for a stated reason', async () => {
    const manifest = await manifestAttributes();
    expect(elementChoices.map((c) => c.tag).sort()).to.deep.equal([...manifest.keys()].sort());
    for (const choice of elementChoices) {
      const offered = [...choice.fields, ...commonFields].map((f) => f.attribute);
      const documented = manifest.get(choice.tag)!;
      for (const attribute of offered.filter((a) => a !== 'lang')) {
        expect(documented, `${choice.tag} has ${attribute}`).to.include(attribute);
      }
      for (const attribute of documented) {
        expect(offered.includes(attribute) || attribute in leftOut, `${choice.tag} offers ${attribute}`).to.equal(true);
      }
    }
  });
});

describe('embed builder: the snippet', () => {
  const badge = (city: string, extra: Partial<Choices> = {}): Choices => ({
    tag: 'cc4dr-member-badge',
    attributes: { city, compact: false, lang: '', theme: '' },
    script: { from: 'cdn' },
    ...extra,
  });

  it('pins the script tag to the version and writes only the attributes that are set', () => {
    const text = snippet(badge('Vienna'), '1.2.3');
    expect(text).to.include(`<script type="module" src="${cdnScriptUrl('1.2.3')}"></script>`);
    expect(cdnScriptUrl('1.2.3')).to.equal('https://cdn.jsdelivr.net/npm/cc4dr-widgets@1.2.3/dist/cc4dr-widgets.js');
    expect(text).to.include('<cc4dr-member-badge city="Vienna">\n');
    expect(text).to.include('Is Vienna in the Cities Coalition for Digital Rights?</a>');
    expect(snippet({ ...badge('Vienna'), attributes: { city: 'Vienna', compact: true } }, '1.2.3')).to.include(
      '<cc4dr-member-badge city="Vienna" compact>',
    );
  });

  it('uses the site’s own address when self-hosted, and leaves the script out when asked', () => {
    expect(snippet(badge('Vienna', { script: { from: 'site', path: '/js/cc4dr-widgets.js' } }), '1.2.3')).to.include(
      '<script type="module" src="/js/cc4dr-widgets.js"></script>',
    );
    const withoutScript = snippet({ tag: 'cc4dr-about', attributes: {} }, '1.2.3');
    expect(withoutScript).not.to.include('<script');
    expect(withoutScript.startsWith('<cc4dr-about>')).to.equal(true);
  });

  it('escapes whatever an editor types, in attributes, text and the script address', () => {
    const hostile = '"><img src=x onerror=alert(1)>&amp;';
    const text = snippet(badge(hostile, { script: { from: 'site', path: '"><script>alert(1)</script>' } }), '1.2.3');
    expect(text).to.include('city="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;&amp;amp;"');
    expect(text).to.include('>Is "&gt;&lt;img src=x onerror=alert(1)&gt;&amp;amp; in the');
    expect(text).to.include('src="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    const parsed = new DOMParser().parseFromString(text, 'text/html');
    expect(parsed.querySelectorAll('img, script:not([type="module"])').length).to.equal(0);
    expect(parsed.querySelector('cc4dr-member-badge')!.getAttribute('city')).to.equal(hostile);
  });

  it('writes the fallback in the widget’s language once loaded, else in the builder’s, saying which', async () => {
    const german = badge('Wien', { attributes: { city: 'Wien', lang: 'de' } });
    // German has not been loaded yet: the fallback is the builder's English, marked as English.
    expect(snippet(german, '1.2.3')).to.include('<cc4dr-member-badge city="Wien" lang="de">\n  <p lang="en"><a ');
    await loadBuilderLanguage('de');
    expect(snippet(german, '1.2.3')).to.include(
      '<cc4dr-member-badge city="Wien" lang="de">\n  <p><a href="https://citiesfordigitalrights.org/cities">Ist Wien in der Städtekoalition für digitale Rechte?</a></p>',
    );
    // A widget that follows the page: the fallback is in the builder's language, and says so.
    expect(snippet(badge('Wien'), '1.2.3')).to.include('  <p lang="en"><a ');
    expect(snippet(badge('Wien'), '1.2.3', builderText('de'))).to.include(
      '<!-- Widgets der Städtekoalition für digitale Rechte (cc4dr-widgets 1.2.3): Dieses Skript einmal pro Seite laden. -->',
    );
    expect(snippet(badge('Wien'), '1.2.3', builderText('de'))).to.include('  <p lang="de"><a ');
  });

  it('writes the principle card’s fallback around the Declaration’s link, in each language', async () => {
    const card = { tag: 'cc4dr-principle-card' as const, attributes: { principle: 'privacy' } };
    expect(fallbackContent(card)).to.deep.include({
      text: 'Privacy, data protection and security: principle 2 of the ',
      link: 'Declaration of Cities Coalition for Digital Rights',
      after: '.',
    });
    await loadBuilderLanguage('es');
    expect(fallbackContent(card, builderText('es'))).to.deep.include({
      lang: 'es',
      text: 'Privacidad, protección de datos y seguridad: principio 2 de la ',
      link: 'Declaración de la Coalición de Ciudades por los Derechos Digitales',
      after: '.',
    });
  });

  it('writes an iframe of the frame page for site builders that take only iframes, titled, at the element’s height', () => {
    const frame = { url: 'https://library.example.org/cc4dr-widgets/frame/', resizer: false };
    const text = snippet(badge('Wien', { attributes: { city: 'Wien', compact: true, theme: 'dark' }, frame }), '1.2.3');
    expect(text).to.equal(
      '<iframe data-cc4dr-frame src="https://library.example.org/cc4dr-widgets/frame/?widget=member-badge&amp;city=Wien&amp;compact=&amp;theme=dark"' +
        ' title="Is Wien in the Cities Coalition for Digital Rights?" width="100%" height="200" style="border: 0" allow="clipboard-write" loading="lazy"></iframe>',
    );
    // A height measured for these choices replaces the registry's.
    expect(snippet(badge('Wien', { frame: { ...frame, height: 130 } }), '1.2.3')).to.include(' height="130" ');
    const withResizer = snippet(badge('Wien', { frame: { ...frame, resizer: true } }), '1.2.3');
    expect(withResizer.split('\n').slice(1).join('\n')).to.equal(frameResizer);
    expect(frameResizer.split('\n')).to.have.length(2);
  });

  it('keeps hostile values out of the iframe’s markup', () => {
    const hostile = '"><script>alert(1)</script>';
    const text = snippet(badge(hostile, { frame: { url: 'https://x.example/frame/"onload="alert(1)', resizer: false } }), '1.2.3');
    const parsed = new DOMParser().parseFromString(text, 'text/html');
    expect(parsed.querySelectorAll('script').length).to.equal(0);
    const iframe = parsed.querySelector('iframe')!;
    expect(iframe.getAttributeNames().sort()).to.deep.equal([
      'allow',
      'data-cc4dr-frame',
      'height',
      'loading',
      'src',
      'style',
      'title',
      'width',
    ]);
    expect(new URL(iframe.src).searchParams.get('city')).to.equal(hostile);
  });

  it('gives every element a fallback sentence with a link to the coalition or the briefing', () => {
    for (const choice of elementChoices) {
      const fallback = fallbackContent({ tag: choice.tag, attributes: { principle: 'privacy' } });
      expect(fallback.link.length, choice.tag).to.be.greaterThan(10);
      expect(fallback.href).to.match(/^https:\/\/(citiesfordigitalrights\.org|www\.ifla\.org)\//);
    }
  });
});

describe('embed builder: where the snippet loads from at first', () => {
  it('uses the script and the frame page of the copy the builder belongs to, beside its folder', () => {
    const at = (address: string) => {
      const { from, path, frameUrl } = defaultScriptSettings(address);
      return { from, path, frameUrl };
    };
    expect(at('https://library.example.org/cc4dr/builder/')).to.deep.equal({
      from: 'site',
      path: '/cc4dr/cc4dr-widgets.js',
      frameUrl: 'https://library.example.org/cc4dr/frame/',
    });
    expect(at('https://library.example.org/builder/index.html?lang=de#top')).to.deep.equal({
      from: 'site',
      path: '/cc4dr-widgets.js',
      frameUrl: 'https://library.example.org/frame/',
    });
    // A folder name with a space stays a working address.
    expect(at('http://127.0.0.1:8000/our widgets/builder/').path).to.equal('/our%20widgets/cc4dr-widgets.js');
  });
});

describe('embed builder: the form', () => {
  let container: HTMLElement;
  let unmount: () => void;
  // The builder's page fetches the table of places before it mounts the form (builder/main.ts).
  before(() => loadPlaces());
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    unmount = mountBuilder(container, { version: '9.9.9', address: 'https://library.example.org/cc4dr/builder/?lang=en' });
  });
  afterEach(() => {
    unmount();
    container.remove();
  });

  const snippetText = () => container.querySelector('textarea')!.value;
  const field = <T extends HTMLElement>(attribute: string) => container.querySelector<T>(`#cc4dr-builder-field-${attribute}`)!;
  /** Waits until the iframe's height has been measured for the current setup. */
  const measured = () =>
    waitUntil(() => !container.querySelector('textarea')!.hasAttribute('aria-busy'), 'the iframe’s height is measured', { timeout: 10000 });

  it('rebuilds the snippet and the preview as each field changes, and keeps each element’s values', () => {
    const city = field<HTMLInputElement>('city');
    city.value = 'Wien';
    city.dispatchEvent(new Event('input'));
    expect(snippetText()).to.include('<cc4dr-member-badge city="Wien" country="AT">');
    expect(container.querySelector('.preview cc4dr-member-badge')!.getAttribute('city')).to.equal('Wien');
    expect(container.textContent).to.include('Found: Vienna (Austria), a member.');

    const select = container.querySelector<HTMLSelectElement>('#cc4dr-builder-element')!;
    select.value = 'cc4dr-principle-card';
    select.dispatchEvent(new Event('change'));
    expect(snippetText()).to.include('<cc4dr-principle-card principle="access">');
    expect(container.querySelector('.preview cc4dr-principle-card')).to.be.instanceOf(Element);

    select.value = 'cc4dr-member-badge';
    select.dispatchEvent(new Event('change'));
    expect(field<HTMLInputElement>('city').value).to.equal('Wien');
  });

  it('says plainly when a typed city is not in the list', () => {
    const city = field<HTMLInputElement>('city');
    city.value = 'Springfield';
    city.dispatchEvent(new Event('input'));
    expect(container.textContent).to.include('“Springfield” is not in our list of member cities');
    expect(snippetText()).to.include('<cc4dr-member-badge city="Springfield">');
  });

  it('fills the country from the suggestion picked, and says when other places share the name', () => {
    const city = field<HTMLInputElement>('city');
    city.value = 'Austin (Texas, United States)';
    city.dispatchEvent(new Event('input'));
    // The state stays with the name: other places in the United States are called Austin too.
    expect(snippetText()).to.include('<cc4dr-member-badge city="Austin, Texas" country="US">');
    const status = () => field('city').closest('.field')!.querySelector('.city-status')!.textContent;
    expect(status()).to.equal('Found: Austin (Texas, United States), a member.');
    city.value = 'Austin';
    city.dispatchEvent(new Event('input'));
    expect(status()).to.equal(
      'Other places in its country are called Austin too, such as Austin (Minnesota, United States), Austin (Indiana, United States), and Austin (Arkansas, United States). ' +
        'Write the state after the name, as in “Austin, Texas”, so that the widget can say Austin (Texas, United States) is a member.',
    );
    city.value = 'Vienna';
    city.dispatchEvent(new Event('input'));
    expect(status()).to.equal('Found: Vienna (Austria), a member.');
    city.value = 'Kansas City';
    city.dispatchEvent(new Event('input'));
    expect(status()).to.equal(
      'Other places in its country are called Kansas City too, such as Kansas City (Kansas, United States), and the coalition’s list does not say which one is the member: the widget will say so rather than call it a member.',
    );
  });

  it('offers the member cities as type-ahead suggestions', () => {
    const list = container.querySelector<HTMLDataListElement>(`#${field('city').getAttribute('list')}`)!;
    expect([...list.options].map((o) => o.value)).to.include.members([
      'Vienna (Austria)',
      'Barcelona (Spain)',
      'New York City (United States)',
      'Austin (Texas, United States)',
    ]);
  });

  it('sets language and theme on the element, keeps them across elements, and names languages in their own', () => {
    const lang = field<HTMLSelectElement>('lang');
    expect([...lang.options].find((o) => o.value === 'ar')!.lang).to.equal('ar');
    lang.value = 'ar';
    lang.dispatchEvent(new Event('change'));
    const theme = field<HTMLSelectElement>('theme');
    theme.value = 'dark';
    theme.dispatchEvent(new Event('change'));
    expect(snippetText()).to.include('<cc4dr-member-badge lang="ar" theme="dark">');
    const select = container.querySelector<HTMLSelectElement>('#cc4dr-builder-element')!;
    select.value = 'cc4dr-about';
    select.dispatchEvent(new Event('change'));
    expect(snippetText()).to.include('<cc4dr-about lang="ar" theme="dark">');
  });

  it('speaks the editor’s language from its menu, right to left in Arabic, keeping every choice', async () => {
    const city = field<HTMLInputElement>('city');
    city.value = 'Wien';
    city.dispatchEvent(new Event('input'));
    const menu = container.querySelector<HTMLSelectElement>('#cc4dr-builder-language')!;
    expect([...menu.options].map((o) => `${o.value}:${o.lang}`)).to.deep.equal([
      'en:en',
      'es:es',
      'ca:ca',
      'fr:fr',
      'de:de',
      'nl:nl',
      'pt:pt',
      'pt-BR:pt-BR',
      'ar:ar',
    ]);
    // The two Portuguese are told apart, each named in itself.
    expect([...menu.options].filter((o) => o.value.startsWith('pt')).map((o) => o.textContent)).to.deep.equal([
      'Português (Portugal)',
      'Português (Brasil)',
    ]);
    menu.value = 'ar';
    menu.dispatchEvent(new Event('change'));
    await waitUntil(() => container.querySelector('.cc4dr-builder')?.getAttribute('lang') === 'ar', 'the builder is redrawn in Arabic');
    const builder = container.querySelector<HTMLElement>('.cc4dr-builder')!;
    expect(builder.dir).to.equal('rtl');
    expect(container.querySelector('label[for="cc4dr-builder-element"]')!.textContent).to.equal('الأداة');
    expect(container.querySelector('button.copy')!.textContent).to.equal('نسخ المقتطف');
    expect(field<HTMLInputElement>('city').value).to.equal('Wien');
    expect(container.textContent).to.include('وُجدت: فيينا (النمسا)، عضو.');
    expect(snippetText()).to.include(
      '<cc4dr-member-badge city="Wien" country="AT">\n  <p lang="ar"><a href="https://citiesfordigitalrights.org/cities">هل Wien في تحالف المدن من أجل الحقوق الرقمية؟</a></p>',
    );
    expect(document.activeElement).to.equal(container.querySelector('#cc4dr-builder-language'));
    await expect(container).to.be.accessible();
  });

  it('offers an iframe instead, of the frame page beside the builder or at another address, with the optional resizer', async () => {
    container.querySelector<HTMLInputElement>('#cc4dr-builder-script-output-iframe')!.click();
    expect(container.querySelector('#cc4dr-builder-script-include')).to.equal(null);
    expect(snippetText()).to.match(/^<iframe data-cc4dr-frame src="https:\/\/library\.example\.org\/cc4dr\/frame\/\?widget=member-badge"/);
    const url = container.querySelector<HTMLInputElement>('#cc4dr-builder-script-frame-url')!;
    expect(url.value).to.equal('https://library.example.org/cc4dr/frame/');
    url.value = 'https://bibliotheek.example.nl/widgets/frame/';
    url.dispatchEvent(new Event('input'));
    expect(snippetText()).to.match(
      /^<iframe data-cc4dr-frame src="https:\/\/bibliotheek\.example\.nl\/widgets\/frame\/\?widget=member-badge"/,
    );
    container.querySelector<HTMLInputElement>('#cc4dr-builder-script-resizer')!.click();
    expect(snippetText()).to.include("addEventListener('message'");
    container.querySelector<HTMLInputElement>('#cc4dr-builder-script-output-element')!.click();
    expect(snippetText()).to.include('<script type="module"');
    await measured();
  });

  it('gives the iframe the height its widget needs on a phone, measured for each setup, and says so', async () => {
    const snippetHeight = () => Number(/ height="(\d+)"/.exec(snippetText())![1]);
    const advice = container.querySelector<HTMLElement>('#cc4dr-builder-frame-height')!;
    expect(advice.hidden).to.equal(true);
    container.querySelector<HTMLInputElement>('#cc4dr-builder-script-output-iframe')!.click();
    // The snippet says it is about to change until the widget has been measured.
    expect(container.querySelector('textarea')!.getAttribute('aria-busy')).to.equal('true');
    await measured();
    const badge = snippetHeight();
    expect(advice.hidden).to.equal(false);
    expect(advice.textContent).to.equal(
      `The frame is ${badge} px high: enough for this widget on a phone 320 px wide, with room to spare on wider screens. ` +
        `Where your site builder sets the height of embedded content itself (Google Sites, Wix, SharePoint), make it at least ${badge} px.`,
    );
    expect(container.querySelector('textarea')!.getAttribute('aria-describedby')).to.equal(
      'cc4dr-builder-snippet-hint cc4dr-builder-frame-height',
    );
    const select = container.querySelector<HTMLSelectElement>('#cc4dr-builder-element')!;
    select.value = 'cc4dr-example-list';
    select.dispatchEvent(new Event('change'));
    await measured();
    const everyExample = snippetHeight();
    const limit = field<HTMLInputElement>('limit');
    limit.value = '1';
    limit.dispatchEvent(new Event('input'));
    await measured();
    const oneExample = snippetHeight();
    // Every example is far taller than one, and one is taller than a badge.
    expect(everyExample).to.be.greaterThan(oneExample * 3);
    expect(oneExample).to.be.greaterThan(badge);
    // A setup measured before is not measured again.
    limit.value = '';
    limit.dispatchEvent(new Event('input'));
    expect(container.querySelector('textarea')!.hasAttribute('aria-busy')).to.equal(false);
    expect(snippetHeight()).to.equal(everyExample);
    container.querySelector<HTMLInputElement>('#cc4dr-builder-script-output-element')!.click();
    expect(advice.hidden).to.equal(true);
    expect(container.querySelector('textarea')!.getAttribute('aria-describedby')).to.equal('cc4dr-builder-snippet-hint');
  });

  it('loads the script from the copy beside the builder at first, or from another address, jsDelivr or none, and can hold the first paint', () => {
    expect(snippetText()).to.include('<script type="module" src="/cc4dr/cc4dr-widgets.js"></script>');
    expect(container.querySelector<HTMLInputElement>('#cc4dr-builder-script-site')!.checked).to.equal(true);
    const path = container.querySelector<HTMLInputElement>('#cc4dr-builder-script-path')!;
    expect(path.value).to.equal('/cc4dr/cc4dr-widgets.js');
    path.value = '/static/cc4dr-widgets.js';
    path.dispatchEvent(new Event('input'));
    expect(snippetText()).to.include('src="/static/cc4dr-widgets.js"');
    container.querySelector<HTMLInputElement>('#cc4dr-builder-script-cdn')!.click();
    expect(snippetText()).to.include(`src="${cdnScriptUrl('9.9.9')}"`);
    expect(container.querySelector<HTMLInputElement>('#cc4dr-builder-script-path')!.disabled).to.equal(true);
    container.querySelector<HTMLInputElement>('#cc4dr-builder-script-site')!.click();
    expect(snippetText()).to.include('src="/static/cc4dr-widgets.js"');
    container.querySelector<HTMLInputElement>('#cc4dr-builder-script-hold')!.click();
    expect(snippetText()).to.include('src="/static/cc4dr-widgets.js" blocking="render"></script>');
    container.querySelector<HTMLInputElement>('#cc4dr-builder-script-include')!.click();
    expect(snippetText()).not.to.include('<script');
  });

  it('offers to hold the first paint only for an element the script shows before it (a list arrives after it)', () => {
    const select = container.querySelector<HTMLSelectElement>('#cc4dr-builder-element')!;
    const hold = () => container.querySelector<HTMLInputElement>('#cc4dr-builder-script-hold');
    hold()!.click();
    expect(snippetText()).to.include(' blocking="render"></script>');
    for (const [tag, offered] of [
      ['cc4dr-member-finder', false],
      ['cc4dr-example-list', false],
      ['cc4dr-principle-card', true],
      ['cc4dr-get-involved', false],
      ['cc4dr-member-badge', true],
    ] as const) {
      select.value = tag;
      select.dispatchEvent(new Event('change'));
      expect(hold() !== null, `${tag}: the option is offered`).to.equal(offered);
      expect(snippetText().includes(' blocking="render"'), `${tag}: the snippet holds the first paint`).to.equal(offered);
    }
    expect(hold()!.checked, 'the choice is kept for the next element that can have it').to.equal(true);
  });
});
