import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import * as pluralRules from '@messageformat/runtime/lib/cardinals';
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, posix } from 'node:path';
import { elements } from './scripts/elements.mjs';
import { collapseTemplateLines, minifyCss } from './scripts/minify-templates.mjs';

const minify = terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } });

/** A static page's HTML and stylesheet go beside its script. */
const copyPage = (folder, files) => ({
  name: `copy-${folder}-page`,
  writeBundle() {
    for (const name of files) copyFileSync(`${folder}/${name}`, `dist/${folder}/${name}`);
  },
});

/** The generated modules are plain JavaScript with generated types: copy the types beside the output. */
const copyGeneratedTypes = {
  name: 'copy-generated-types',
  writeBundle() {
    mkdirSync('dist/generated', { recursive: true });
    for (const name of readdirSync('src/generated').filter((file) => file.endsWith('.d.ts'))) {
      copyFileSync(`src/generated/${name}`, `dist/generated/${name}`);
    }
  },
};

/**
 * Each message module with a module of its own for its language's plural rule (from make-plural). make-plural exports
 * every language's rule from one module, which the build would put whole in the script tag's shared part, beside the
 * English messages that need one rule. Each rule module is named after make-plural's file, so that the bundle still
 * says where its code comes from (the third-party notices), and after the message module that imports it, so that no
 * two chunks share one (which would make it a chunk of its own, and a request).
 */
const makePluralFile = createRequire(createRequire(import.meta.url).resolve('@messageformat/runtime')).resolve('make-plural/cardinals');
const pluralRuleModules = {
  name: 'plural-rule-modules',
  transform(code, id) {
    if (!id.includes('/src/generated/messages-')) return null;
    return code.replace(
      /import \{ (\w+) \} from "@messageformat\/runtime\/lib\/cardinals";/g,
      (_, language) => `import { ${language} } from "${makePluralFile}?rule=${language}&for=${basename(id)}";`,
    );
  },
  resolveId: (id) => (id.startsWith(`${makePluralFile}?rule=`) ? id : null),
  load(id) {
    if (!id.startsWith(`${makePluralFile}?rule=`)) return null;
    const language = new URLSearchParams(id.slice(makePluralFile.length)).get('rule');
    if (typeof pluralRules[language] !== 'function') throw new Error(`make-plural has no plural rule "${language}"`);
    return `export const ${language} = ${String(pluralRules[language])};`;
  },
};

/**
 * A list the script-tag file defines on demand imports modules it shares with the other lists (its records, its
 * events), and shows data of its own in its typical state (the registry's `fetchedWith`: the examples, the map's
 * outline). The browser would ask for each only once the list's own module had arrived and been read, a round of
 * requests later, and later still while the page's main thread is busy. The file asks for them together with the list.
 * The list's element handles its data failing to arrive (it says what the reader misses), so that failure is not the
 * list's: only the list's own import settles what the file's request does.
 */
const fetchListsWithTheirModules = {
  name: 'fetch-lists-with-their-modules',
  renderChunk(code, chunk, _options, { chunks }) {
    if (chunk.name !== 'script-tag') return null;
    const relative = (file) => `./${posix.relative(posix.dirname(chunk.fileName), file)}`;
    const sharedBy = (file, found = new Set()) => {
      for (const imported of chunks[file]?.imports ?? []) {
        if (imported === chunk.fileName || found.has(imported)) continue;
        found.add(imported);
        sharedBy(imported, found);
      }
      return found;
    };
    const lazyChunk = (name) => {
      const named = Object.keys(chunks).filter((key) => chunks[key].isDynamicEntry && chunks[key].name === name);
      if (named.length !== 1) throw new Error(`fetch-lists-with-their-modules: ${named.length} lazy chunks named ${name}`);
      return named[0];
    };
    let changed = false;
    for (const list of chunk.dynamicImports) {
      const folder = /\/src\/([a-z-]+)\/define\.ts$/.exec(chunks[list]?.facadeModuleId ?? '')?.[1];
      if (!folder) continue;
      const shared = [...sharedBy(list)];
      const data = (elements.find((element) => element.name === folder)?.fetchedWith ?? []).map(lazyChunk);
      const dataModules = [...new Set([...data, ...data.flatMap((file) => [...sharedBy(file)])])].filter((file) => !shared.includes(file));
      if (!shared.length && !dataModules.length) continue;
      const call = new RegExp(`import\\((['"])${relative(list).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\1\\)`, 'g');
      const imports = [
        ...shared.map((file) => `import('${relative(file)}')`),
        ...dataModules.map((file) => `import('${relative(file)}').catch(() => undefined)`),
        `import('${relative(list)}')`,
      ];
      const rewritten = code.replace(call, `Promise.all([${imports.join(', ')}]).then((modules) => modules[${imports.length - 1}])`);
      if (rewritten === code) throw new Error(`fetch-lists-with-their-modules: no import of ${list} in ${chunk.fileName}`);
      code = rewritten;
      changed = true;
    }
    return changed ? { code, map: null } : null;
  },
};

/** The script-tag build's plugins: TypeScript, the data as JSON, minified templates and code. */
const scriptTagPlugins = () => [
  pluralRuleModules,
  nodeResolve(),
  json(),
  minifyCss(),
  typescript({ tsconfig: './tsconfig.build.json', declaration: false, declarationDir: undefined, outDir: 'dist' }),
  fetchListsWithTheirModules,
  minify,
  collapseTemplateLines(),
];

/** An element defined on demand is named after its folder (library-check-…js), not "define". */
const scriptTagChunkName = (chunk) =>
  `cc4dr-widgets/${/src\/([a-z-]+)\/define\.ts$/.exec(chunk.facadeModuleId ?? '')?.[1] ?? '[name]'}-[hash].js`;

/** The script-tag entry's static imports, all the way down (not the entry itself): what every page runs. */
let scriptTagCore;
function staticallyReached(getModuleIds, getModuleInfo) {
  const entry = [...getModuleIds()].find((id) => getModuleInfo(id)?.isEntry);
  const reached = new Set();
  const visit = (id) => {
    for (const imported of getModuleInfo(id)?.importedIds ?? []) {
      if (reached.has(imported)) continue;
      reached.add(imported);
      visit(imported);
    }
  };
  visit(entry);
  return reached;
}

/** A static page of the package: `<folder>/main.ts` bundled to dist/<folder>/<folder>.js, with its HTML and CSS. */
function page(folder, files, output = {}) {
  return {
    input: `${folder}/main.ts`,
    output: { dir: `dist/${folder}`, entryFileNames: `${folder}.js`, format: 'es', sourcemap: false, ...output },
    plugins: [
      nodeResolve(),
      json({ preferConst: true }),
      minifyCss(),
      typescript({
        tsconfig: './tsconfig.json',
        declaration: false,
        sourceMap: false,
        outDir: `dist/${folder}`,
        rootDir: '.',
        include: [`${folder}/**`, 'src/**', 'package.json'],
      }),
      minify,
      copyPage(folder, files),
    ],
  };
}

export default [
  // (a) The npm build: one ES module per source file, Lit left to the app's bundler, with type declarations.
  {
    input: [
      'src/index.ts',
      'src/data.ts',
      'src/languages.ts',
      'src/define.ts',
      'src/ssr.ts',
      'src/cli.ts',
      'src/react.ts',
      ...elements.flatMap((e) => [e.classModule, e.defineModule]),
    ],
    external: (id) => id === 'lit' || id === 'react' || /^(lit\/|@lit\/|@lit-labs\/|node:)/.test(id),
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      // Bundled helpers (tslib, the messageformat runtime) go to dist/vendor/<package>/: a folder named node_modules
      // inside a published package is easily dropped by tools.
      entryFileNames: (chunk) =>
        chunk.name.includes('node_modules/') ? `vendor/${chunk.name.replace(/^.*node_modules\//, '')}.js` : '[name].js',
    },
    plugins: [
      nodeResolve(),
      json(),
      minifyCss(),
      typescript({ tsconfig: './tsconfig.build.json', outDir: 'dist', declarationDir: 'dist' }),
      copyGeneratedTypes,
    ],
  },
  // (b) The script-tag build: `dist/cc4dr-widgets.js` defines every element and holds no shared code: all it imports is
  // moved into one chunk (cc4dr-widgets/script-tag-<hash>.js), and what only some pages need (a language, the map, the
  // library check, the record validators) into others, fetched on demand. The chunks are named by their content and
  // import each other, never the entry: a host that adds `?ver=…` or a hash to the entry's address (WordPress does)
  // still has one copy of each module, and an entry kept in a cache after an upgrade asks for its own version's chunks,
  // never for a newer one's. The import is static, so that a page's widgets render as soon as the script has arrived.
  {
    input: 'src/cc4dr-widgets.ts',
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: 'cc4dr-widgets.js',
      chunkFileNames: scriptTagChunkName,
      manualChunks: (id, { getModuleIds, getModuleInfo }) => {
        scriptTagCore ??= staticallyReached(getModuleIds, getModuleInfo);
        return scriptTagCore.has(id) ? 'script-tag' : undefined;
      },
      sourcemap: false,
    },
    plugins: scriptTagPlugins(),
  },
  // (b2) The same in one file with no chunks, for hosts that cannot hold a folder (a site builder's file upload): every
  // element defined at once (none on demand: nothing is fetched), every language, the map's outline and the
  // validators, in dist/cc4dr-widgets.single.js.
  {
    input: 'src/single-file.ts',
    output: { file: 'dist/cc4dr-widgets.single.js', format: 'es', inlineDynamicImports: true, sourcemap: false },
    plugins: scriptTagPlugins(),
  },
  // (c) The embed builder, a static page in the package: dist/builder/index.html loads ../cc4dr-widgets.js for its
  // preview; each of its languages is a chunk of its own, fetched from beside builder.js when chosen.
  page('builder', ['index.html', 'builder.css'], { chunkFileNames: 'chunks/[name]-[hash].js' }),
  // (d) The iframe page, for site builders that allow only iframes: dist/frame/index.html shows one widget from its
  // address, with ../cc4dr-widgets.js.
  page('frame', ['index.html', 'frame.css']),
  // (e) The library check page, for library associations to host: dist/library-check/index.html, beside the element's
  // own npm modules in that folder, so its script is page.js and its chunks are in page/.
  page('library-check', ['index.html', 'library-check.css'], { entryFileNames: 'page.js', chunkFileNames: 'page/[name]-[hash].js' }),
];
