// The element registry (src/elements.json) is the one list of elements: each record is true of its element, and every
// file that follows from it is up to date.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import { elements } from '../../scripts/elements.mjs';
import { syncedFiles } from '../../scripts/sync.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const manifest = JSON.parse(readFileSync(`${root}dist/custom-elements.json`, 'utf8'));
const declarations = manifest.modules.flatMap((m) => (m.declarations ?? []).map((d) => ({ ...d, path: m.path }))).filter((d) => d.tagName);

/** The chunks an element's npm entry loads on demand (languages aside: every element may load its reader's). */
async function lazyChunks(name) {
  const build = await rollup({ input: `${root}dist/${name}/define.js`, external: (id) => /^(lit|@lit)/.test(id), onwarn: () => undefined });
  const { output } = await build.generate({ format: 'es', chunkFileNames: '[name].js' });
  return output
    .filter((chunk) => chunk.type === 'chunk' && !chunk.isEntry && chunk.isDynamicEntry)
    .map((chunk) => chunk.name)
    .filter((chunk) => !chunk.startsWith('messages-'))
    .sort();
}

it('lists every element the JSDoc documents, once, in the registry’s order of classes', () => {
  assert.deepEqual(elements.map((e) => e.tag).sort(), declarations.map((d) => d.tagName).sort());
  assert.equal(new Set(elements.map((e) => e.tag)).size, elements.length);
});

for (const element of elements) {
  describe(`<${element.tag}>`, () => {
    const declaration = declarations.find((d) => d.tagName === element.tag);

    it('has its folder: the class module, its styles and its define module, and beside them its test and its story', () => {
      for (const file of [
        element.classModule,
        `src/${element.name}/${element.name}.styles.ts`,
        element.defineModule,
        `test/${element.name}/${element.name}.test.ts`,
        `stories/${element.name}.stories.ts`,
      ]) {
        assert.ok(existsSync(`${root}${file}`), file);
      }
    });

    it('names its class, defined in its class module', () => {
      assert.equal(declaration.name, element.class);
      assert.equal(declaration.path, element.classModule);
    });

    it('gives an example made only of documented attributes', () => {
      const documented = (declaration.attributes ?? []).map((a) => a.name);
      assert.deepEqual(
        Object.keys(element.example).filter((name) => !documented.includes(name)),
        [],
      );
    });

    it('says truly what it loads on demand', async () => {
      assert.deepEqual(await lazyChunks(element.name), [...element.lazy].sort());
    });

    it('names what the script-tag file fetches with it, if it defines it on demand: chunks it loads on demand (dist-page.test.mjs checks which)', () => {
      if (element.scriptTag !== 'on demand') return assert.equal(element.fetchedWith, undefined);
      assert.ok(Array.isArray(element.fetchedWith), 'fetchedWith is missing');
      for (const chunk of element.fetchedWith) assert.ok(element.lazy.includes(chunk), `${chunk} is not in lazy`);
    });

    it('has a size budget, and a height for its iframe', () => {
      assert.ok(Number.isInteger(element.budget) && element.budget > 5 * 1024, String(element.budget));
      assert.ok(Number.isInteger(element.frameHeight) && element.frameHeight >= 100, String(element.frameHeight));
    });
  });
}

it('every file made from the registry and the JSDoc is up to date: package.json’s entry points, the README’s table, docs/elements.md (npm run docs)', () => {
  for (const [path, content] of Object.entries(syncedFiles())) {
    assert.equal(readFileSync(`${root}${path}`, 'utf8'), content, `${path} is out of date: run npm run docs`);
  }
});
