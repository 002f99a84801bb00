// The iframe page (dist/frame/), as an iframe-only site builder uses it: a host page on a second origin holds nothing
// but the iframe the embed builder writes (and, for hosts that allow one script, the resizer). The frame page is
// served under the strict policy, in Chromium and in Firefox.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { elements } from '../../scripts/elements.mjs';
import { serve } from '../../scripts/static-server.mjs';
import { axeViolations, engines, strictPolicy, watchPage } from './browser.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

// The sandboxes site builders run pasted embed code in; the frame sits in an iframe inside it and inherits its flags.
// Google Sites' "Embed code" box (on *-atari-embeds.googleusercontent.com), as a widget's documentation that tested it
// records (bristweb/reviews-widget, README); Wix's "Embed HTML" (htmlComp-iframe on *.filesusr.com), as copied from
// live sites (docs review, /work/shared/reviews/cms.md §1.2); and the least a frame can work in.
const sandboxes = {
  'Google Sites':
    'allow-scripts allow-popups allow-forms allow-same-origin allow-popups-to-escape-sandbox allow-downloads allow-modals allow-storage-access-by-user-activation',
  Wix: 'allow-same-origin allow-forms allow-popups allow-modals allow-scripts allow-pointer-lock',
  'scripts and same origin only': 'allow-scripts allow-same-origin',
};

// Chromium's own report of a new tab the sandbox refused (it reports it however the page asks).
const refusedNewTab =
  /^Blocked opening '.*' in a new window because the request was made in a sandboxed frame whose 'allow-popups' permission is not set\.$/;

const refusedDownload =
  'Download is disallowed. The frame initiating or instantiating the download is sandboxed, but the flag ‘allow-downloads’ is not set. See https://www.chromestatus.com/feature/5706745674465280 for more details.';

// The builder's resizer, as its snippet writes it (builder/snippet.ts).
const resizer = `<script>addEventListener('message', (e) => { for (const f of document.querySelectorAll('iframe[data-cc4dr-frame]'))
  if (f.contentWindow === e.source && e.data?.type === 'cc4dr-frame-height') f.height = String(e.data.height); });</script>`;

for (const { name: engine, launch } of engines)
  describe(`the iframe page on another site, in ${engine}`, () => {
    const chromium = engine === 'Chromium';
    let frameSite;
    let hostSite;
    let platformSite;
    let hostDir;
    let browser;

    before(async () => {
      frameSite = await serve(root, { headers: () => ({ 'content-security-policy': strictPolicy }) });
      hostDir = mkdtempSync(join(tmpdir(), 'cc4dr-host-'));
      hostSite = await serve(hostDir);
      platformSite = await serve(hostDir);
      writeFileSync(
        join(hostDir, 'landing.html'),
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Landed</title></head><body><p>Landed.</p></body></html>',
      );
      browser = await launch();
    });

    after(async () => {
      await browser?.close();
      frameSite?.server.close();
      hostSite?.server.close();
      platformSite?.server.close();
      if (hostDir) rmSync(hostDir, { recursive: true, force: true });
    });

    /**
     * A host page holding one iframe of the frame page with `query`, and the resizer if asked; with `sandbox`, the
     * iframe sits in a site builder's embed box: a sandboxed iframe with those flags, from a third origin.
     */
    async function host(query, { withResizer = false, height = 150, sandbox } = {}) {
      const name = `host-${Math.random().toString(36).slice(2)}.html`;
      const src = `${frameSite.origin}/dist/frame/?${query}`.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
      const iframe = `<iframe data-cc4dr-frame src="${src}" title="Cities Coalition for Digital Rights" width="100%" height="${height}" style="border: 0"></iframe>`;
      const page$ = (title, body) =>
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${title}</title></head><body>\n${body}\n</body></html>`;
      if (sandbox) {
        writeFileSync(join(hostDir, `embed-${name}`), page$('The embed box', `${iframe}\n${withResizer ? resizer : ''}`));
        writeFileSync(
          join(hostDir, name),
          page$(
            "A site builder's page",
            `<main><h1>Our library</h1><iframe sandbox="${sandbox}" src="${platformSite.origin}/embed-${name}" title="Embed" width="100%" height="${height + 40}" style="border: 0"></iframe></main>`,
          ),
        );
      } else
        writeFileSync(
          join(hostDir, name),
          page$("A site builder's page", `<main><h1>Our library</h1>\n${iframe}</main>\n${withResizer ? resizer : ''}`),
        );
      const page = await browser.newPage();
      const seen = await watchPage(page);
      await page.goto(`${hostSite.origin}/${name}`, { waitUntil: 'load' });
      const outer = sandbox ? await (await page.waitForSelector('iframe')).contentFrame() : page;
      const frame = await (await outer.waitForSelector('iframe')).contentFrame();
      await frame.waitForFunction(() => document.querySelector('#widget > *'));
      const settled = await frame.evaluate(async () => {
        const widget = document.querySelector('#widget > *');
        if (!widget.localName.startsWith('cc4dr-')) return widget.localName;
        await customElements.whenDefined(widget.localName);
        await widget.updateComplete;
        return widget.localName;
      });
      return { page, frame, seen, widget: settled };
    }

    it('shows every widget of the registry from its address, under the strict policy, with nothing requested elsewhere', async () => {
      for (const element of elements) {
        const query = new URLSearchParams({ widget: element.name, ...element.example });
        const { page, frame, seen, widget } = await host(query.toString());
        assert.equal(widget, element.tag);
        const text = await frame.evaluate(() => document.querySelector('#widget > *').shadowRoot.textContent.trim());
        assert.ok(text.length > 20, `${element.tag} rendered`);
        assert.deepEqual(
          seen.requests.filter((url) => !url.startsWith(`${frameSite.origin}/`) && !url.startsWith(`${hostSite.origin}/`)),
          [],
        );
        assert.deepEqual(seen.errors, []);
        assert.deepEqual(await frame.evaluate(() => document.title), `${element.title}: Cities Coalition for Digital Rights`);
        await page.close();
      }
    });

    if (chromium)
      it('stays light for a reader whose system is dark, unless its address says theme=auto or dark, as a widget on a page does', async () => {
        const shown = [];
        for (const theme of ['', 'auto', 'dark', 'light']) {
          const { page, frame } = await host(`widget=principle-card&principle=1&compact${theme ? `&theme=${theme}` : ''}`);
          const cdp = await page.createCDPSession();
          await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: 'dark' }] });
          await frame.waitForFunction(() => matchMedia('(prefers-color-scheme: dark)').matches);
          shown.push(
            await frame.evaluate(() => {
              const card = document.querySelector('cc4dr-principle-card').shadowRoot.querySelector('[part~="card"]');
              return `${document.documentElement.style.colorScheme || getComputedStyle(document.documentElement).colorScheme}: ${getComputedStyle(card).backgroundColor}`;
            }),
          );
          await page.close();
        }
        const [white, dark] = ['rgb(255, 255, 255)', 'rgb(21, 25, 30)'];
        assert.deepEqual(shown, [`light: ${white}`, `light dark: ${dark}`, `dark: ${dark}`, `light: ${white}`]);
      });

    it(`fits its height to the widget with the resizer, in the language and theme it is given${chromium ? ', axe-clean' : ''}`, async () => {
      const { page, frame } = await host('widget=get-involved&city=Wien&lang=de&theme=dark', { withResizer: true });
      const contentHeight = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
      await page.waitForFunction((h) => document.querySelector('iframe').height === String(h), {}, contentHeight);
      assert.ok(contentHeight > 300, `the four steps are taller than the iframe's first 150 px: ${contentHeight}`);
      const shown = await frame.evaluate(() => {
        const widget = document.querySelector('cc4dr-get-involved');
        return {
          lang: widget.shadowRoot.firstElementChild.getAttribute('lang'),
          theme: widget.getAttribute('theme'),
          text: widget.shadowRoot.textContent,
        };
      });
      assert.equal(shown.lang, 'de');
      assert.equal(shown.theme, 'dark');
      assert.match(shown.text, /Wien \(Österreich\) ist schon Mitglied/);
      if (chromium) {
        assert.deepEqual(await axeViolations(page), []);
        // The frame's own document is part of the host's page: its widget is checked, as a story's is.
        assert.deepEqual(await axeViolations(frame, '#widget'), []);
      }
      await page.close();
    });

    it('speaks Brazilian Portuguese when asked for pt-BR (or pt_BR), and European Portuguese for pt-PT', async () => {
      for (const [lang, shown, statement] of [
        ['pt-BR', 'pt-BR', 'Nova York (Estados Unidos) é membro da Coalizão de Cidades pelos Direitos Digitais.'],
        ['pt_BR', 'pt-BR', 'Nova York (Estados Unidos) é membro da Coalizão de Cidades pelos Direitos Digitais.'],
        ['pt-PT', 'pt', 'Nova Iorque (Estados Unidos) é membro da'],
      ]) {
        const { page, frame } = await host(new URLSearchParams({ widget: 'member-badge', city: 'New York', lang }).toString());
        await frame.waitForFunction(() => document.querySelector('cc4dr-member-badge').shadowRoot.querySelector('[part~="statement"]'));
        const badge = await frame.evaluate(() => {
          const root = document.querySelector('cc4dr-member-badge').shadowRoot;
          return { lang: root.firstElementChild.getAttribute('lang'), statement: root.querySelector('[part~="statement"]').textContent };
        });
        assert.equal(badge.lang, shown, lang);
        assert.ok(badge.statement.startsWith(statement), `${lang}: ${badge.statement}`);
        await page.close();
      }
    });

    it('keeps its height without the resizer', async () => {
      const { page } = await host('widget=member-badge&city=Vienna&country=AT', { height: 222 });
      assert.equal(await page.$eval('iframe', (f) => f.height), '222');
      await page.close();
    });

    it('shows hostile values as text, leaves out what the element does not take, and names an unknown widget politely', async () => {
      const hostile = '"><img src=x onerror=alert(1)><script>alert(2)</script>';
      const { page, frame, seen } = await host(
        new URLSearchParams({ widget: 'member-badge', city: hostile, onclick: 'alert(3)', src: '/x.json' }).toString(),
      );
      const badge = await frame.evaluate(() => {
        const el = document.querySelector('cc4dr-member-badge');
        return {
          img: el.shadowRoot.querySelector('img, script') === null,
          attributes: el.getAttributeNames().sort(),
          text: el.shadowRoot.textContent,
        };
      });
      assert.ok(badge.img, 'no markup from the address');
      assert.deepEqual(badge.attributes, ['city']);
      assert.ok(badge.text.includes('<img src=x onerror=alert(1)>'), 'the value shown as text');
      assert.ok(
        seen.warnings.some((w) => w === 'cc4dr-widgets frame: <cc4dr-member-badge> takes no "onclick", "src"; left out.'),
        seen.warnings.join('\n'),
      );
      assert.deepEqual(seen.errors, []);
      await page.close();

      const unknown = await host(new URLSearchParams({ widget: '<script>alert(1)</script>' }).toString());
      assert.equal(unknown.widget, 'p');
      assert.match(await unknown.frame.$eval('#widget p', (p) => p.textContent), /“<script>alert\(1\)<\/script>” is not one of them/);
      assert.deepEqual(
        unknown.seen.warnings.filter((w) => w.startsWith('cc4dr-widgets frame:')),
        [`cc4dr-widgets frame: unknown widget "<script>alert(1)</script>"; use one of ${elements.map((e) => e.name).join(', ')}.`],
      );
      await unknown.page.close();
    });

    const landing = () => `${hostSite.origin}/landing.html`;

    /** Whatever the browser or the page reported as an error or a warning, but Chromium's report of a refused new tab. */
    const complaints = (seen) => [
      ...seen.errors,
      ...seen.consoleErrors.filter((m) => !(chromium && refusedNewTab.test(m))),
      ...seen.warnings,
    ];

    for (const [platform, sandbox] of [
      ['in a plain page', undefined],
      ...Object.entries(sandboxes).map(([name, flags]) => [`in ${name}'s sandbox`, flags]),
    ]) {
      const newTabs = !sandbox || sandbox.split(' ').includes('allow-popups');
      it(`opens a widget's link ${newTabs ? 'in a new tab that cannot reach back and learns no referrer' : 'nowhere, and shows its address to copy'}, ${platform}`, async () => {
        // In German the widget renders its links once the language's chunk has come, after the frame has set up.
        const query = new URLSearchParams({ widget: 'get-involved', lang: 'de', 'finder-href': landing() }).toString();
        const { page, frame, seen } = await host(query, { height: 900, sandbox });
        const link = await frame.waitForFunction(
          (href) => [...document.querySelector('cc4dr-get-involved').shadowRoot.querySelectorAll('a')].find((a) => a.href === href),
          {},
          landing(),
        );
        const label = await link.evaluate((a) => a.textContent.trim());
        await link.click();
        if (newTabs) {
          const opened = await (await browser.waitForTarget((t) => t.url() === landing())).page();
          await opened.waitForFunction(() => document.title === 'Landed');
          assert.deepEqual(await opened.evaluate(() => ({ opener: window.opener, referrer: document.referrer })), {
            opener: null,
            referrer: '',
          });
          await opened.close();
          assert.equal(await frame.$('dialog'), null);
        } else {
          for (const attempt of ['first', 'second']) {
            const dialog = await frame.waitForSelector('dialog[open]');
            assert.deepEqual(
              await dialog.evaluate((d) => ({
                lang: d.lang,
                title: d.querySelector('.title').textContent,
                text: d.querySelector('#address-why').textContent,
                address: d.querySelector('textarea').value,
                focused: document.activeElement.textContent,
              })),
              {
                lang: 'de',
                title: label,
                text: 'Die Website um dieses Widget lässt es keinen neuen Tab öffnen. Kopieren Sie die Adresse und öffnen Sie sie selbst in einem neuen Tab.',
                address: landing(),
                focused: 'Adresse kopieren',
              },
              attempt,
            );
            if (chromium && attempt === 'first') assert.deepEqual(await axeViolations(frame, 'dialog'), []);
            // The copy button has the focus (checked above): a keyboard reader presses it.
            await page.keyboard.press('Enter');
            await frame.waitForFunction(() => document.querySelector('dialog [role="status"]').textContent);
            const copied = await frame.evaluate(() => {
              const field = document.querySelector('dialog textarea');
              return {
                status: document.querySelector('dialog [role="status"]').textContent,
                selected: document.activeElement === field ? field.value.slice(field.selectionStart, field.selectionEnd) : '',
              };
            });
            // Chromium lets a frame copy only where every iframe around it says allow="clipboard-write"; Firefox asks a click.
            assert.deepEqual(
              copied,
              chromium
                ? {
                    status: 'Ihr Browser hat das Kopieren nicht erlaubt: Die Adresse ist markiert, drücken Sie Strg+C (⌘C auf dem Mac).',
                    selected: landing(),
                  }
                : { status: 'Kopiert.', selected: '' },
              attempt,
            );
            await page.keyboard.press('Escape');
            await frame.waitForFunction(() => !document.querySelector('dialog').open);
            if (attempt === 'first') await link.click();
          }
        }
        assert.equal(frame.url(), `${frameSite.origin}/dist/frame/?${query}`, 'the frame stayed where it was');
        assert.ok(!seen.requests.includes(landing()), 'the frame never loaded the link');
        assert.deepEqual(complaints(seen), []);
        // A refused new tab is tried once: Chromium reports it once, the second link goes straight to its address.
        assert.equal(seen.consoleErrors.length, chromium && !newTabs ? 1 : 0, seen.consoleErrors.join('\n'));
        await page.close();
      });
    }

    it("leaves a link within the frame's own page to the page, even where new tabs are refused", async () => {
      const query = new URLSearchParams({ widget: 'get-involved', 'finder-href': '#widget' }).toString();
      const { page, frame, seen } = await host(query, { height: 900, sandbox: sandboxes['scripts and same origin only'] });
      const link = await frame.waitForFunction(() =>
        [...document.querySelector('cc4dr-get-involved').shadowRoot.querySelectorAll('a')].find((a) => a.hash === '#widget'),
      );
      await link.click();
      await frame.waitForFunction(() => location.hash === '#widget');
      assert.equal(await frame.$('dialog'), null);
      assert.deepEqual([...seen.errors, ...seen.consoleErrors, ...seen.warnings], []);
      await page.close();
    });

    it('offers the letter to copy where the site around allows no downloads (Wix), and says why the answers may not have been saved', async () => {
      const query = new URLSearchParams({ widget: 'library-check', city: 'Vienna', country: 'AT' }).toString();
      const { page, frame, seen } = await host(query, { height: 1600, sandbox: sandboxes.Wix });
      const press = async (text) =>
        (
          await frame.waitForFunction(
            (text) =>
              [...document.querySelector('cc4dr-library-check').shadowRoot.querySelectorAll('button')].find(
                (b) => b.textContent.trim() === text,
              ),
            {},
            text,
          )
        ).click();
      const statusOf = (part, not = '') =>
        frame
          .waitForFunction(
            (part, not) => {
              const text = document
                .querySelector('cc4dr-library-check')
                .shadowRoot.querySelector(`.${part} [role="status"]`)
                .textContent.trim();
              return text && text !== not && text;
            },
            {},
            part,
            not,
          )
          .then((handle) => handle.jsonValue());

      await press('Download as a text file');
      const offered = await statusOf('letter');
      assert.equal(offered, 'If nothing was saved, this site does not allow downloads: copy the letter instead.');
      await press('Copy the letter');
      const copied = await statusOf('letter', offered);
      const selected = await frame.evaluate(() => {
        const root = document.querySelector('cc4dr-library-check').shadowRoot;
        const field = root.querySelector('#letter-text');
        return root.activeElement === field ? field.value.slice(field.selectionStart, field.selectionEnd) : '';
      });
      const letter = await frame.evaluate(
        () => document.querySelector('cc4dr-library-check').shadowRoot.querySelector('#letter-text').value,
      );
      assert.ok(letter.startsWith('Dear Mayor and Members of the City Council,'), letter);
      assert.deepEqual(
        { copied, selected },
        chromium
          ? { copied: 'Your browser did not allow copying: the text is selected, so press Ctrl+C (⌘C on a Mac).', selected: letter }
          : { copied: 'Copied.', selected: '' },
      );

      await press('Download my answers');
      assert.equal(await statusOf('answers'), 'If nothing was saved, this site does not allow downloads.');
      assert.deepEqual([...seen.errors, ...seen.consoleErrors], []);
      // Chromium warns of each refused download itself (the page is told nothing, hence the status), in its own time.
      assert.deepEqual(
        seen.warnings.filter((w) => !(chromium && w === refusedDownload)),
        [],
      );
      await page.close();
    });
  });
