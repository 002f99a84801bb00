// The gzip and brotli size of what a page downloads, built the way a user's bundler would build it, for `npm run size`,
// `npm run bench` and the size budgets. Each element's npm entry is bundled with Lit and minified; the floor is a bare
// LitElement built the same way.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { transform } from 'esbuild';
import { readFileSync, readdirSync } from 'node:fs';
import { rollup } from 'rollup';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { elements } from './elements.mjs';
import { scriptTagDownload } from './script-tag-files.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The floor: a bare LitElement, the least any Lit widget costs. */
export const floorSource = `import { LitElement, html, css } from 'lit';
class Floor extends LitElement { static styles = css\`:host{display:block}\`; render() { return html\`<p>floor</p>\`; } }
customElements.define('floor-element', Floor);`;

// One parse of the modules for every bundle: each entry shares most of its modules with the others.
let parsed;

/**
 * What a page first downloads for an entry: the entry chunk and every chunk it imports statically, as separate files.
 * Chunks loaded later with import() (languages, the map's outline…) are left out, and not minified. Rollup bundles, as
 * for our own files; esbuild minifies (Vite's default minifier), in a tenth of terser's time on these machines.
 */
export async function bundle(input, virtual, external = []) {
  // A virtual entry gets a path inside the project, so that its imports resolve from the project wherever we run.
  const entry = virtual ? `${root}${input}.virtual.js` : input;
  const build = await rollup({
    input: entry,
    plugins: [
      ...(virtual
        ? [{ name: 'virtual', resolveId: (id) => (id === entry ? id : null), load: (id) => (id === entry ? virtual : null) }]
        : []),
      nodeResolve(),
    ],
    external,
    cache: parsed,
    onwarn: () => {
      // Measuring only: rollup's notes about the bundle are the real build's to report.
    },
  });
  parsed = build.cache;
  const { output } = await build.generate({ format: 'es' });
  const byName = new Map(output.map((chunk) => [chunk.fileName, chunk]));
  const needed = new Set();
  const visit = (chunk) => {
    if (needed.has(chunk)) return;
    needed.add(chunk);
    for (const name of chunk.imports ?? []) if (byName.has(name)) visit(byName.get(name));
  };
  visit(output.find((chunk) => chunk.isEntry));
  const minified = await Promise.all(
    [...needed].map((chunk) => transform(chunk.code, { minify: true, format: 'esm', target: 'es2022', legalComments: 'none' })),
  );
  return minified.map(({ code }) => Buffer.from(code));
}

/** Sizes of one file or of several files downloaded separately (each compressed on its own, as a server sends them). */
export const measure = (files) => {
  const list = Array.isArray(files) ? files : [files];
  const sum = (f) => list.reduce((total, code) => total + f(code), 0);
  return {
    min: sum((code) => code.length),
    gzip: sum((code) => gzipSync(code, { level: 9 }).length),
    brotli: sum((code) => brotliCompressSync(code).length),
  };
};

export const budgets = {
  // Each its size when it last changed, plus about 1.5 %: the script tag's goal is 20 KB, which it meets (bench/results.md).
  scriptTag: 20352,
  define: 39616,
  react: 40576,
  /** Each language but English, its own chunk of the script-tag build. */
  language: 6272,
  /** The library check's messages and activities in each language but English, a chunk of their own. */
  checkLanguage: 5376,
  /** The map's own modules with the outline it loads when a map is shown. */
  mapWithOutline: 15 * 1024,
};

/**
 * Every size, from dist/ (run the build first): the floor, the script-tag file, each npm entry with Lit (each element's,
 * `define` with all of them, `react` without React itself; unless `entries` is false, as in the bench's smoke run, the
 * size test measuring them already), each lazy chunk, and what each element adds to the script-tag file (unless
 * `marginal` is false: the budgets do not need it, and it takes nine more bundles). Each entry carries its budget.
 */
export async function measureSizes({ marginal: withMarginal = true, entries: withEntries = true } = {}) {
  const floor = measure(await bundle('floor', floorSource));
  const scriptTagFiles = scriptTagDownload(root);
  const scriptTag = {
    files: scriptTagFiles,
    ...measure(scriptTagFiles.map((file) => readFileSync(`${root}dist/${file}`))),
    budget: budgets.scriptTag,
  };
  const entries = [];
  for (const element of withEntries ? elements : []) {
    entries.push({
      entry: `${element.name}/define`,
      ...measure(await bundle(`${root}dist/${element.name}/define.js`)),
      budget: element.budget,
    });
  }
  if (withEntries) {
    entries.push({ entry: 'define', ...measure(await bundle(`${root}dist/define.js`)), budget: budgets.define });
    // React is the app's own: it is left out, as an app's bundle has it anyway.
    entries.push({ entry: 'react', ...measure(await bundle(`${root}dist/react.js`, undefined, ['react'])), budget: budgets.react });
  }
  const chunks = readdirSync(`${root}dist/cc4dr-widgets`)
    .filter((file) => !scriptTagFiles.includes(`cc4dr-widgets/${file}`))
    .map((file) => ({
      file,
      ...measure(readFileSync(`${root}dist/cc4dr-widgets/${file}`)),
    }));
  // What each element adds to the script-tag file: all of them, minus the same bundle built without that element.
  const allSource = (skip) =>
    elements
      .filter((e) => e !== skip)
      .map((e) => `import '${root}dist/${e.name}/define.js';`)
      .join('\n');
  const marginal = [];
  const all = withMarginal ? measure(await bundle('all-elements', allSource())) : undefined;
  for (const element of withMarginal ? elements : []) {
    const without = measure(await bundle(`without-${element.name}`, allSource(element)));
    marginal.push({ element: element.name, gzip: all.gzip - without.gzip });
  }
  return { floor, scriptTag, entries, chunks, marginal };
}
