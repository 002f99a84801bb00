// Prerendering: cc4dr-widgets/ssr and `cc4dr-widgets render` write each element's shadow root as declarative shadow
// DOM. The output is read with JavaScript off, then taken over in the browser, by the script-tag file (which replaces
// it with the same content) and by Lit's hydration support (which keeps its nodes), and compared with a page the
// browser rendered itself, in Chromium and in Firefox.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { strictCsp } from '../../scripts/static-server.mjs';
import { allRendered, axeViolations, engines, openServedPage, watchPage } from './browser.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = `${root}dist/cli.js`;
const run = promisify(execFile);
const { prerender } = await import(`${root}dist/ssr.js`);

const fragment = `
<cc4dr-member-badge city="Vienna" country="AT"><p><a href="https://citiesfordigitalrights.org/cities">Is Vienna in the Cities Coalition for Digital Rights?</a></p></cc4dr-member-badge>
<cc4dr-principle-card principle="privacy" heading-level="2"></cc4dr-principle-card>
<cc4dr-example-list libraries limit="3" heading-level="2"></cc4dr-example-list>
<cc4dr-member-finder query="vie" heading-level="2"></cc4dr-member-finder>
<cc4dr-member-map highlight="Vienna"></cc4dr-member-map>
<cc4dr-get-involved city="Vienna" country="AT" heading-level="2"></cc4dr-get-involved>
<cc4dr-about heading-level="2"></cc4dr-about>`;
const tags = [...fragment.matchAll(/<(cc4dr-[a-z-]+)/g)].map((m) => m[1]);

const page = (body, script) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Prerendered</title>${script ? `<script type="module" src="${script}"></script>` : ''}</head><body><main><h1>Our library</h1>${body}</main></body></html>`;

/** What a reader gets from each element: its shadow root's text and the parts it shows, in order (styles aside). */
const readElements = (visitor) =>
  visitor.evaluate(
    (tags) =>
      tags.map((tag) => {
        const shadow = document.querySelector(tag).shadowRoot;
        const clone = document.createElement('div');
        clone.append(...[...shadow.childNodes].map((n) => n.cloneNode(true)));
        clone.querySelectorAll('style').forEach((s) => s.remove());
        return {
          tag,
          text: clone.textContent.replace(/\s+/g, ' ').trim(),
          parts: [...clone.querySelectorAll('[part]')].map((e) => e.getAttribute('part')).join(' '),
        };
      }),
    tags,
  );

describe('prerendering (cc4dr-widgets/ssr)', () => {
  it('writes every element’s shadow root as declarative shadow DOM and keeps the fallback content', async () => {
    const { html, styleHashes, unknownTags } = await prerender(fragment);
    for (const tag of tags) assert.match(html, new RegExp(`<${tag}[^>]*><template shadowroot="open" shadowrootmode="open">`), tag);
    assert.ok(html.includes('Vienna (Austria) is a member of the Cities Coalition for Digital Rights.'));
    assert.ok(
      html.includes(
        '<p><a href="https://citiesfordigitalrights.org/cities">Is Vienna in the Cities Coalition for Digital Rights?</a></p></cc4dr-member-badge>',
      ),
    );
    assert.ok(!html.startsWith('<!--lit-part'), 'no marker for the fragment as a whole');
    assert.ok(styleHashes.length >= tags.length && styleHashes.every((h) => /^'sha256-[A-Za-z0-9+/]+=*'$/.test(h)));
    assert.deepEqual(unknownTags, []);
  });

  it('renders in the page’s language, or the element’s own', async () => {
    const { html } = await prerender(
      '<cc4dr-member-badge city="Wien"></cc4dr-member-badge><cc4dr-member-badge city="Vienna" country="AT" lang="ar"></cc4dr-member-badge>',
      { lang: 'de-AT' },
    );
    assert.ok(html.includes('Wien (Österreich) ist Mitglied'), 'German from the page');
    assert.ok(html.includes('فيينا'), 'Arabic from its own lang');
    const { html: english } = await prerender('<cc4dr-member-badge city="Vienna" country="AT"></cc4dr-member-badge>');
    assert.ok(english.includes('Vienna (Austria) is a member'), 'the next render is English again');
  });

  it('gives headings the level the fragment’s own headings give them, as the browser would; heading-level wins', async () => {
    const { html } = await prerender(
      '<cc4dr-about></cc4dr-about><h1 class="title">Our library</h1><section><h2>Digital rights</h2>' +
        '<cc4dr-about></cc4dr-about><cc4dr-member-badge city="Vienna" country="AT"></cc4dr-member-badge><cc4dr-get-involved heading-level="5"></cc4dr-get-involved></section>',
    );
    const abouts = [...html.matchAll(/<cc4dr-about([^>]*)><template[^>]*>[\s\S]*?<(h\d) part="title"/g)].map(([, attributes, level]) => [
      attributes.trim(),
      level,
    ]);
    assert.deepEqual(abouts, [
      ['', 'h3'],
      ['heading-level="3"', 'h3'],
    ]);
    assert.match(html, /<cc4dr-member-badge {1,3}city="Vienna" country="AT">/, 'an element without headings is left as it is');
    assert.match(html, /<cc4dr-get-involved {1,2}heading-level="5"><template[^>]*>[\s\S]*?<h5 part="title"/);
  });

  it('prerenders the library check in the page’s language, its headings under the fragment’s own', async () => {
    const { html } = await prerender(
      '<h1>Biblioteca</h1><cc4dr-library-check city="Viena" country="AT" library="Biblioteca Municipal"></cc4dr-library-check>',
      {
        lang: 'es',
      },
    );
    assert.match(html, /<cc4dr-library-check\s+heading-level="2"[^>]*><template shadowroot="open" shadowrootmode="open">/);
    assert.match(html, /<h2 part="title">(<!--lit-part-->)?¿Qué hace ya su biblioteca por los derechos digitales\?/);
    assert.ok(html.includes('Acceso gratuito a internet y a ordenadores'), 'the activities in Spanish');
    assert.ok(html.includes('Viena (Austria) es miembro de la Coalición de Ciudades por los Derechos Digitales.'));
  });

  it('escapes hostile attribute values and names unknown cc4dr tags', async () => {
    const { html, unknownTags } = await prerender(
      '<cc4dr-member-badge city="&lt;img src=x onerror=alert(1)&gt;"></cc4dr-member-badge><cc4dr-nothing></cc4dr-nothing>',
    );
    assert.ok(!/<img/i.test(html.replace(/<cc4dr-member-badge[^>]*>/, '')), 'no markup from the value');
    assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt; is not in our list'));
    assert.deepEqual(unknownTags, ['cc4dr-nothing']);
  });
});

describe('npx cc4dr-widgets render', () => {
  it('prints the prerendered HTML, and the style hashes for a CSP on standard error', async () => {
    const { stdout, stderr } = await run(process.execPath, [cli, 'render', '<cc4dr-member-badge city="Vienna" country="AT">']);
    assert.match(stdout, /^<cc4dr-member-badge {1,3}city="Vienna" country="AT"><template shadowroot="open" shadowrootmode="open">/);
    assert.ok(stdout.includes('Vienna (Austria) is a member'));
    assert.match(stderr, /style-src 'self' 'sha256-/);
  });

  it('reads a file or standard input and takes the page language', async () => {
    const child = execFile(process.execPath, [cli, 'render', '--lang', 'fr', '--file', '-']);
    child.stdin.end('<cc4dr-about></cc4dr-about>');
    const stdout = await new Promise((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d) => (out += d));
      child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`exit ${code}`))));
    });
    assert.ok(stdout.includes('Coalition des villes pour les droits numériques'));
  });

  it('explains itself and exits 1 on a wrong command, no input or a missing file', async () => {
    for (const args of [['draw', '<cc4dr-about>'], ['render'], ['render', '--file', '/no/such/file.html'], ['render', '--colour', 'x']]) {
      await assert.rejects(run(process.execPath, [cli, ...args]), (error) => {
        assert.equal(error.code, 1, args.join(' '));
        assert.match(error.stderr, /^cc4dr-widgets: /);
        return true;
      });
    }
    const { stdout } = await run(process.execPath, [cli, '--help']);
    assert.match(stdout, /^Usage: cc4dr-widgets render/);
  });
});

for (const { name: engine, launch } of engines)
  describe(`prerendered pages in ${engine}`, () => {
    // Switching JavaScript off, the accessibility tree and layout-shift entries are Chromium's (CDP and its own
    // performance entries). In Firefox, "JavaScript off" is a page without the script, and those checks are left out.
    const chromium = engine === 'Chromium';
    let site;
    let browser;
    let prerendered;
    let policy;
    let clientRendered;
    let opened;

    /** Opens `body` as a page of the site, under `policy`, with JavaScript on or off. */
    async function visit(body, { javaScript = true, script = '/dist/cc4dr-widgets.js', csp = policy } = {}) {
      const visitor = await browser.newPage();
      if (chromium) await visitor.setJavaScriptEnabled(javaScript);
      const seen = await watchPage(visitor);
      if (chromium) {
        await visitor.evaluateOnNewDocument(() => {
          window.__shifts = 0;
          new PerformanceObserver((list) => list.getEntries().forEach((e) => (window.__shifts += e.value))).observe({
            type: 'layout-shift',
            buffered: true,
          });
        });
      }
      await visitor.setRequestInterception(true);
      visitor.on('request', (request) =>
        request.url().endsWith('/prerendered.html')
          ? request.respond({
              contentType: 'text/html',
              headers: csp ? { 'content-security-policy': csp } : {},
              body: page(body, javaScript && script),
            })
          : request.continue(),
      );
      await visitor.goto(`${site.origin}/prerendered.html`, { waitUntil: 'networkidle0' });
      if (javaScript) await allRendered(visitor);
      return { visitor, seen };
    }

    before(async () => {
      opened = await openServedPage('/demo/', { launch });
      ({ site, browser } = opened);
      prerendered = await prerender(fragment);
      policy = strictCsp.replace("style-src 'self'", `style-src 'self' ${prerendered.styleHashes.join(' ')}`);
      const { visitor } = await visit(fragment);
      clientRendered = await readElements(visitor);
      await visitor.close();
    });

    after(() => opened?.close());

    it(`reads correctly with JavaScript off: the widgets, styled${chromium ? ', not their fallback' : ''}, and no policy violation`, async () => {
      const { visitor } = await visit(prerendered.html, { javaScript: false });
      assert.deepEqual(await readElements(visitor), clientRendered, 'the same text and parts as the browser renders');
      assert.equal(await visitor.evaluate(() => customElements.get('cc4dr-member-badge')), undefined, 'no script ran');
      if (chromium) {
        const a11y = JSON.stringify(await visitor.accessibility.snapshot());
        assert.ok(a11y.includes('Vienna (Austria) is a member of the Cities Coalition for Digital Rights.'));
        assert.ok(!a11y.includes('Is Vienna in the Cities Coalition'), 'the fallback is not read as well');
      }
      const border = await visitor.$eval(
        'cc4dr-member-badge',
        (b) => getComputedStyle(b.shadowRoot.querySelector('[part~="badge"]')).borderTopWidth,
      );
      assert.equal(border, '1px', 'the prerendered styles apply under the policy with the printed hashes');
      assert.deepEqual(await visitor.evaluate(() => window.__violations), []);
      await visitor.close();
    });

    it(`is taken over by the script-tag file: the same content once${chromium ? ', no layout shift' : ''}, working controls`, async () => {
      const { visitor, seen } = await visit(prerendered.html);
      assert.deepEqual(await readElements(visitor), clientRendered);
      assert.equal(await visitor.$eval('cc4dr-member-badge', (b) => b.shadowRoot.querySelectorAll('[part~="badge"]').length), 1);
      assert.deepEqual(seen.errors, []);
      assert.deepEqual(await visitor.evaluate(() => window.__violations), []);
      // axe is injected as a script, which only CDP can do under this page's policy.
      if (chromium) {
        assert.equal(await visitor.evaluate(() => window.__shifts), 0);
        assert.deepEqual(await axeViolations(visitor), []);
      }
      await visitor.focus('cc4dr-member-finder');
      await visitor.$eval('cc4dr-member-finder', (f) => f.shadowRoot.querySelector('input').focus());
      await visitor.keyboard.type('nna');
      await visitor.waitForFunction(() => document.querySelector('cc4dr-member-finder').shadowRoot.textContent.includes('1 city'));
      await visitor.close();
    });

    it('is hydrated in place by Lit’s hydration support: the prerendered nodes are kept', async () => {
      await build({
        stdin: {
          contents: `import '@lit-labs/ssr-client/lit-element-hydrate-support.js';\nimport './dist/define.js';`,
          resolveDir: root,
        },
        outfile: `${root}test-results/hydrate/app.js`,
        bundle: true,
        format: 'esm',
        conditions: ['production'],
        logLevel: 'warning',
      });
      // The script comes after the page has been read, so that a node can be marked before hydration.
      const { visitor, seen } = await visit(prerendered.html, { script: false, csp: null });
      await visitor.evaluate(() => {
        window.__statement = document.querySelector('cc4dr-member-badge').shadowRoot.querySelector('[part~="statement"]');
      });
      await visitor.addScriptTag({ url: '/test-results/hydrate/app.js', type: 'module' });
      await visitor.waitForFunction(() => customElements.get('cc4dr-about'));
      await allRendered(visitor);
      assert.equal(
        await visitor.evaluate(
          () => document.querySelector('cc4dr-member-badge').shadowRoot.querySelector('[part~="statement"]') === window.__statement,
        ),
        true,
        'the same node',
      );
      assert.deepEqual(await readElements(visitor), clientRendered);
      await visitor.$eval('cc4dr-principle-card', (c) => (c.principle = 'access'));
      await allRendered(visitor);
      assert.match(await visitor.$eval('cc4dr-principle-card', (c) => c.shadowRoot.textContent), /Universal and equal access/);
      assert.deepEqual(seen.errors, []);
      await visitor.close();
    });
  });
