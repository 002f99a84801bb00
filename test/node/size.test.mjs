// Size budgets, in bytes gzip: each entry's budget is its size when it last changed plus a small margin (each
// element's in src/elements.json, the others in scripts/sizes.mjs), so that growth is a decision, as in Lit's own CI.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { budgets, measureSizes } from '../../scripts/sizes.mjs';

const gzip = (path) => gzipSync(readFileSync(new URL(`../../${path}`, import.meta.url)), { level: 9 }).length;

describe('size budgets', () => {
  let sizes;
  before(async () => {
    sizes = await measureSizes({ marginal: false });
  });

  it('the floor is a real Lit bundle', () => {
    assert.ok(sizes.floor.gzip > 4 * 1024, `${sizes.floor.gzip} bytes gzip`);
  });

  it('the script tag (dist/cc4dr-widgets.js and the chunk it imports) stays within its budget', () => {
    assert.ok(sizes.scriptTag.gzip <= budgets.scriptTag, `${sizes.scriptTag.gzip} bytes gzip, budget ${budgets.scriptTag}`);
  });

  it('the docs give the script tag’s and the single file’s sizes as they are, to the nearest KB', () => {
    // "`dist/x.js` (about 25 KB gzip…" or "`dist/x.js` holds …: about 115 KB gzip", across line breaks.
    const said = (file, name) => {
      const text = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
      const quoted = `\`${name.replaceAll('.', '\\.')}\``;
      return [...text.matchAll(new RegExp(`${quoted}\\s+(?:\\(|[^.(]*?:\\s+)about (\\d+) KB gzip`, 'g'))].map((m) => Number(m[1]));
    };
    const kb = (bytes) => Math.round(bytes / 1024);
    const mentions = [
      ...said('docs/embedding.md', 'dist/cc4dr-widgets.js').map((n) => [n, kb(sizes.scriptTag.gzip), 'embedding.md, the script tag']),
      ...said('docs/your-site.md', 'dist/cc4dr-widgets.js').map((n) => [n, kb(sizes.scriptTag.gzip), 'your-site.md, the script tag']),
      ...said('docs/your-site.md', 'dist/cc4dr-widgets.single.js').map((n) => [
        n,
        kb(gzip('dist/cc4dr-widgets.single.js')),
        'your-site.md, the single file',
      ]),
    ];
    assert.equal(mentions.length, 3, JSON.stringify(mentions));
    for (const [written, measured, where] of mentions) assert.equal(written, measured, where);
  });

  it('each npm entry, bundled with Lit, stays within its budget (every element’s, define, react)', () => {
    assert.deepEqual(
      sizes.entries.filter((e) => e.gzip > e.budget).map((e) => `${e.entry}: ${e.gzip} bytes gzip, budget ${e.budget}`),
      [],
    );
  });
});

it('the map adds at most its budget: its own modules, and its geometry loaded only when a map is shown', () => {
  const own = readdirSync(new URL('../../dist/member-map/', import.meta.url))
    .filter((f) => f.endsWith('.js'))
    .reduce((sum, f) => sum + gzip(`dist/member-map/${f}`), 0);
  const chunks = readdirSync(new URL('../../dist/cc4dr-widgets/', import.meta.url)).filter((f) => f.startsWith('geometry'));
  assert.equal(chunks.length, 1, 'the geometry is its own lazy chunk of the script-tag build');
  const geometry = gzip(`dist/cc4dr-widgets/${chunks[0]}`);
  assert.ok(own + geometry <= budgets.mapWithOutline, `map ${own} + geometry ${geometry} bytes gzip`);
});

it('each language but English is its own chunk within its budget, and the library check’s its own again', () => {
  const chunks = readdirSync(new URL('../../dist/cc4dr-widgets/', import.meta.url)).filter((f) => f.startsWith('messages-'));
  const languages = ['ar', 'ca', 'de', 'es', 'fr', 'nl', 'pt', 'pt-BR'];
  // messages-<language>[-check]-<8-character hash>.js; a hash may itself hold a "-" ("messages-de-check--GdgLBbp.js").
  const languageOf = (f) => /^messages-(.+)-[\w-]{8}\.js$/.exec(f)[1].replace(/-check$/, '');
  const [check, widgets] = [chunks.filter((f) => f.includes('-check-')), chunks.filter((f) => !f.includes('-check-'))];
  assert.deepEqual(widgets.map(languageOf).sort(), languages);
  assert.deepEqual(check.map(languageOf).sort(), languages);
  for (const chunk of chunks) {
    const size = gzip(`dist/cc4dr-widgets/${chunk}`);
    assert.ok(size <= (chunk.includes('-check-') ? budgets.checkLanguage : budgets.language), `${chunk}: ${size} bytes gzip`);
  }
});
