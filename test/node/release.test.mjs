// `npm run release`'s three downloads, as those who get them use them: the site zip unpacked on a plain static server
// under the strict policy, as a web team without npm would copy it; the npm package as `npm publish` would send it; the
// WordPress plugin's zip; and the version's changelog entry.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { elements } from '../../scripts/elements.mjs';
import { changelogEntry, integrity } from '../../scripts/release.mjs';
import { serve, strictCsp } from '../../scripts/static-server.mjs';
import { slug } from '../../scripts/wordpress-pot.mjs';
import { allRendered, engines, watchPage } from './browser.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { name, version, exports: exported } = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
const folder = `${name}-${version}`;

/** Writes an archive's files under `into`, keeping their folders. */
function unpack(zip, into) {
  for (const [file, bytes] of Object.entries(unzipSync(readFileSync(zip)))) {
    if (file.endsWith('/')) continue;
    mkdirSync(dirname(join(into, file)), { recursive: true });
    writeFileSync(join(into, file), bytes);
  }
}

describe('npm run release', () => {
  let out;
  let site;
  let readme;
  let server;

  before(async () => {
    out = mkdtempSync(join(tmpdir(), 'cc4dr-release-'));
    execFileSync(process.execPath, [`${root}scripts/release.mjs`, out], { cwd: root, stdio: 'pipe' });
    // A web team copies the zip's folder to /widgets/ on its site, beside its own pages.
    site = join(out, 'site');
    unpack(join(out, `${folder}-site.zip`), site);
    readme = readFileSync(join(site, folder, 'README.md'), 'utf8');
    execFileSync('mv', [join(site, folder), join(site, 'widgets')]);
    server = await serve(site, { headers: () => ({ 'content-security-policy': strictCsp }) });
  });

  after(() => {
    server?.server.close();
    if (out) rmSync(out, { recursive: true, force: true });
  });

  it('makes the version’s three downloads, and its changelog entry is in the site README', () => {
    assert.deepEqual(readdirSync(out).sort(), [`${folder}-site.zip`, `${folder}.tgz`, `${slug}-${version}.zip`, 'site'].sort());
    const entry = changelogEntry(readFileSync(`${root}CHANGELOG.md`, 'utf8'), version);
    assert.ok(entry, `CHANGELOG.md has an entry for ${version}`);
    assert.ok(readme.includes(entry.split('\n').slice(2).join('\n').trim()), 'the README repeats the entry');
    const plugin = Object.keys(unzipSync(readFileSync(join(out, `${slug}-${version}.zip`))));
    for (const file of [`${slug}.php`, 'readme.txt', 'LICENSE.txt', 'THIRD-PARTY-NOTICES.txt', 'assets/cc4dr-widgets.js'])
      assert.ok(plugin.includes(`${slug}/${file}`), `the plugin's zip holds ${file}`);
  });

  it('the site zip holds the script-tag files, the three pages, the licence and the notices, and each hash in its README is its file’s', () => {
    const listed = [...readme.matchAll(/^- `([^`]+)` (sha384-[\w+/=]+)$/gm)];
    const files = listed.map(([, file]) => file);
    for (const file of [
      'cc4dr-widgets.js',
      'cc4dr-widgets.single.js',
      'frame/index.html',
      'builder/index.html',
      'library-check/index.html',
    ])
      assert.ok(files.includes(file), file);
    assert.ok(files.some((file) => /^cc4dr-widgets\/script-tag-[\w-]{8}\.js$/.test(file)));
    assert.ok(!files.some((file) => file.endsWith('.d.ts') || file === 'library-check/library-check.js'), 'no npm modules');
    for (const [, file, hash] of listed) assert.equal(integrity(readFileSync(join(site, 'widgets', file))), hash, file);
    for (const file of ['LICENSE', 'THIRD-PARTY-NOTICES.txt'])
      assert.ok(readFileSync(join(site, 'widgets', file), 'utf8').length > 500, file);
  });

  for (const { name: engine, launch } of engines)
    it(`the site zip, copied to /widgets/, serves every widget under the strict policy with the README's snippet, and the single file alone, in ${engine}`, async () => {
      const snippet = /```html\n([\s\S]*?)```/.exec(readme)[1];
      const single = /`(<script type="module" src="\/widgets\/cc4dr-widgets\.single\.js"[^`]*)`/.exec(readme)[1];
      const widgets = elements.map(
        (e) =>
          `<${e.tag} ${Object.entries(e.example)
            .map(([k, v]) => (v === '' ? k : `${k}="${v}"`))
            .join(' ')}></${e.tag}>`,
      );
      const page = (script) =>
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Our library</title>${script}</head><body><main><h1>Digital rights at our library</h1>${widgets.join('\n')}</main></body></html>`;
      writeFileSync(join(site, 'rights.html'), page(snippet));
      writeFileSync(join(site, 'rights-single.html'), page(single));
      const browser = await launch();
      try {
        for (const [address, script] of [
          ['/rights.html', '/widgets/cc4dr-widgets.js'],
          ['/rights-single.html', '/widgets/cc4dr-widgets.single.js'],
        ]) {
          const tab = await browser.newPage();
          const seen = await watchPage(tab);
          await tab.goto(`${server.origin}${address}`, { waitUntil: 'load' });
          const rendered = await tab.evaluate(
            async (tags) => {
              await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
              const all = tags.map((tag) => document.querySelector(tag));
              await Promise.all(all.map((el) => el.updateComplete));
              return all.map((el) => `${el.localName}: ${el.shadowRoot.textContent.replace(/\s+/g, ' ').trim().length > 20}`);
            },
            elements.map((e) => e.tag),
          );
          assert.deepEqual(
            rendered,
            elements.map((e) => `${e.tag}: true`),
            address,
          );
          await allRendered(tab);
          assert.equal(
            await tab.$eval('script[type="module"]', (s) => [s.getAttribute('src'), s.integrity.startsWith('sha384-')].join(' ')),
            `${script} true`,
          );
          assert.deepEqual(seen.errors, [], address);
          assert.deepEqual(await tab.evaluate(() => window.__violations), [], address);
          assert.deepEqual(
            seen.requests.filter((url) => !url.startsWith(`${server.origin}/`)),
            [],
            'nothing from anywhere else',
          );
          await tab.close();
        }
      } finally {
        await browser.close();
      }
    });

  it('the builder, the frame page and the library check page from the site zip work, and the builder’s snippet loads the copied file', async () => {
    const [{ launch }] = engines;
    const browser = await launch();
    try {
      const builder = await browser.newPage();
      const seen = await watchPage(builder);
      await builder.goto(`${server.origin}/widgets/builder/index.html`, { waitUntil: 'load' });
      await builder.waitForFunction(() => document.querySelector('textarea')?.value.includes('<cc4dr-'));
      const snippet = await builder.$eval('textarea', (t) => t.value);
      assert.match(snippet, /<script type="module" src="\/widgets\/cc4dr-widgets\.js"><\/script>/);
      assert.deepEqual(seen.errors, []);

      const frame = await browser.newPage();
      await frame.goto(`${server.origin}/widgets/frame/?widget=member-badge&city=Vienna&country=AT`, { waitUntil: 'load' });
      await frame.waitForFunction(() =>
        document.querySelector('cc4dr-member-badge')?.shadowRoot?.textContent.includes('Vienna (Austria) is a member'),
      );

      const check = await browser.newPage();
      const checkSeen = await watchPage(check);
      await check.goto(`${server.origin}/widgets/library-check/index.html`, { waitUntil: 'load' });
      await check.waitForFunction(() =>
        document
          .querySelector('cc4dr-library-check')
          ?.shadowRoot?.textContent.includes('What does your library already do for digital rights?'),
      );
      assert.deepEqual(checkSeen.errors, []);
      assert.deepEqual(await check.evaluate(() => window.__violations), []);
    } finally {
      await browser.close();
    }
  });

  it('the npm package packs what the README promises, and nothing of the tests’ (npm publish --dry-run)', () => {
    const { [name]: packed } = JSON.parse(
      execFileSync('npm', ['publish', '--dry-run', '--json', '--ignore-scripts'], {
        cwd: root,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    );
    const files = packed.files.map((f) => f.path);
    assert.equal(packed.version, version);
    const promised = [
      'README.md',
      'LICENSE',
      'CHANGELOG.md',
      'dist/cc4dr-widgets.js',
      'dist/cc4dr-widgets.single.js',
      'dist/custom-elements.json',
      'dist/builder/index.html',
      'dist/frame/index.html',
      'dist/library-check/index.html',
      'dist/THIRD-PARTY-NOTICES.txt',
      `dist/wordpress/${slug}.zip`,
      ...elements.flatMap((e) => [`dist/${e.name}/define.js`, `dist/${e.name}/define.d.ts`]),
    ];
    // Every address package.json exports, its types included.
    const targets = (value) => (typeof value === 'string' ? [value] : Object.values(value).flatMap(targets));
    promised.push(
      ...targets(exported)
        .filter((target) => !target.includes('*'))
        .map((target) => target.replace(/^\.\//, '')),
    );
    assert.deepEqual(
      promised.filter((file) => !files.includes(file)),
      [],
      'promised and missing',
    );
    assert.deepEqual(
      files.filter((file) => /^(src|test|stories|scripts|wordpress|bench)\/|^dist\/wordpress\/assets-wporg\//.test(file)),
      [],
      'not for users',
    );
  });
});
