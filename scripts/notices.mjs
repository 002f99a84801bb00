// Writes dist/THIRD-PARTY-NOTICES.txt (`npm run build` runs it after rollup): the licences of what the package and the
// WordPress plugin bundle, read from the bundled packages themselves in node_modules, so the file cannot drift from
// the bundle. Which packages have code in the bundles is asked of esbuild (a metafile of the same entries rollup
// bundles, in a second); the tests check the list against rollup's own bundle of the script-tag file.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const readJson = (path) => JSON.parse(readFileSync(join(root, path), 'utf8'));

/** The bundles with third-party code in them: the script-tag file and the builder, frame and library-check pages. */
export const bundleEntries = ['src/cc4dr-widgets.ts', 'builder/main.ts', 'frame/main.ts', 'library-check/main.ts'];

/** Generated modules that hold data made from a package's files, not its code: each module, its package and what it took. */
export const derivedData = {
  'src/generated/geometry.js': {
    name: 'world-atlas',
    what: "The map's land outline is simplified from world-atlas's land-110m.json, itself made from Natural Earth (public domain, https://www.naturalearthdata.com/).",
  },
};

const packageOf = (path) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path)?.[1];

/** The packages whose code (or data, through a generated module) is in the bundles, sorted by name. */
export async function bundledPackages() {
  const { metafile } = await build({
    absWorkingDir: root,
    entryPoints: bundleEntries,
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    write: false,
    metafile: true,
    outdir: join(root, 'dist/.notices'),
    logLevel: 'error',
  });
  const names = new Set();
  for (const output of Object.values(metafile.outputs)) {
    for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
      if (bytesInOutput === 0) continue;
      const name = packageOf(path) ?? derivedData[path]?.name;
      if (name) names.add(name);
    }
  }
  return [...names].sort();
}

/** A package's licence: its name, version, SPDX identifier, home page and the full text of its licence file. */
export function licenceOf(name) {
  const folder = join(root, 'node_modules', name);
  const pkg = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
  const file = readdirSync(folder).find((f) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(f));
  if (!file) throw new Error(`notices: ${name} has no licence file`);
  const repository = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
  return {
    name,
    version: pkg.version,
    licence: pkg.license,
    home: pkg.homepage ?? repository?.replace(/^git\+/, '').replace(/\.git$/, ''),
    text: readFileSync(join(folder, file), 'utf8').trim(),
  };
}

/** The notices file: the project's own licences and attributions, then each bundled package's licence in full. */
export function noticesText(names) {
  const { version } = readJson('package.json');
  const { licence, name: coalition, urls } = readJson('data/coalition.json');
  const rule = '-'.repeat(100);
  const sections = names.map((name) => {
    const entry = licenceOf(name);
    const derived = Object.values(derivedData).find((d) => d.name === name);
    return [
      `${entry.name} ${entry.version}, ${entry.licence}${entry.home ? `, ${entry.home}` : ''}`,
      ...(derived ? [derived.what] : []),
      '',
      entry.text,
    ].join('\n');
  });
  return `${[
    `Licences and notices of cc4dr-widgets ${version}`,
    '',
    `The code of cc4dr-widgets is under the ${licence.code} licence (LICENSE). Copyright (c) 2026 The cc4dr-widgets authors.`,
    '',
    `Data and texts: every sentence of the bundled data (summaries, notes, the principle summaries and library points, and`,
    `their translations) and every message of the widgets, in every language, is by The cc4dr-widgets authors and is`,
    `licensed under Creative Commons Attribution 4.0 International (${licence.data}),`,
    'https://creativecommons.org/licenses/by/4.0/. Attribute it as "cc4dr-widgets, The cc4dr-widgets authors, CC BY 4.0".',
    `Quoted from the website of the ${coalition} (${urls.home}, CC BY-SA 4.0):`,
    'the title of the Declaration and the official titles of its five principles, with a link to the originals. Facts',
    'such as dates, names and counts come from the sources named beside each record.',
    '',
    'cc4dr-widgets is not made by, affiliated with or endorsed by the Cities Coalition for Digital Rights.',
    '',
    'The script cc4dr-widgets.js, its chunks in cc4dr-widgets/, and the builder, frame and library-check pages bundle the',
    'code or data of the packages below, each under its own licence, given here in full as each licence asks.',
    ...sections.flatMap((section) => ['', rule, '', section]),
  ].join('\n')}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const names = await bundledPackages();
  writeFileSync(join(root, 'dist/THIRD-PARTY-NOTICES.txt'), noticesText(names));
  console.log(`notices: dist/THIRD-PARTY-NOTICES.txt (${names.join(', ')})`);
}
