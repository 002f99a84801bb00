// `npm run release`: a version's three downloads, for those who do not use npm, in release/<version>/ (or the folder
// given as the first argument), from a fresh `npm run build`:
//   cc4dr-widgets-<version>.tgz                   the npm package, as `npm publish` would send it
//   cc4dr-widgets-<version>-site.zip              the script-tag files, the frame page, the embed builder and the
//                                                 library check page, with a README for webmasters and each file's
//                                                 integrity hash, the licence and the third-party notices
//   digital-rights-widgets-for-libraries-<version>.zip  the WordPress plugin
// It refuses to run until CHANGELOG.md has the version's entry, which the site README repeats.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, posix, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { slug } from './wordpress-pot.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const dist = join(root, 'dist');

/** The version's entry in CHANGELOG.md: its heading and text, up to the next version's heading. */
export function changelogEntry(text, wanted) {
  const headings = [...text.matchAll(/^## \[([^\]]+)\](.*)$/gm)];
  const index = headings.findIndex((h) => h[1] === wanted);
  if (index < 0) return undefined;
  const end = headings[index + 1]?.index ?? text.length;
  return text.slice(headings[index].index, end).trim();
}

/** The hash a browser checks in `integrity="…"`. */
export const integrity = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** Every file under a folder of dist/, as paths relative to dist/, with `/` separators. */
function filesUnder(folder, keep = () => true) {
  return readdirSync(join(dist, folder), { recursive: true })
    .map((file) => posix.join(folder, String(file).split(sep).join('/')))
    .filter((file) => statSync(join(dist, file)).isFile() && keep(file))
    .sort();
}

/**
 * What a web team copies to its site: the script tag's files, the single file, and the three pages. The library check's
 * folder in dist/ also holds the element's npm modules; only its page goes in.
 */
function siteFiles() {
  const checkPage = (file) => /^library-check\/(index\.html|library-check\.css|page\.js|page\/)/.test(file);
  return [
    'cc4dr-widgets.js',
    ...filesUnder('cc4dr-widgets'),
    'cc4dr-widgets.single.js',
    ...filesUnder('frame'),
    ...filesUnder('builder'),
    ...filesUnder('library-check', checkPage),
  ];
}

function siteReadme(entry, hashes) {
  const at = (file) => `/widgets/${file}`;
  return `# cc4dr-widgets ${version}, for a library's website

Widgets about the Cities Coalition for Digital Rights for a library's own website: no build, no npm, nothing loaded
from anywhere else. Source, documentation and every element's options: the npm package \`${name}\` and its README.

## Install

1. Copy this folder's contents to your website, for example to \`/widgets/\`, keeping the folders as they are.
2. Serve \`.js\` files as \`text/javascript\` (most servers do): browsers refuse to run a module served as anything else.
3. Put the script once on each page that shows a widget, and the widget where it goes:

\`\`\`html
<script type="module" src="${at('cc4dr-widgets.js')}" integrity="${hashes.get('cc4dr-widgets.js')}"></script>

<cc4dr-member-badge city="Vienna" country="AT">
  <p><a href="https://citiesfordigitalrights.org/cities">Is Vienna in the Cities Coalition for Digital Rights?</a></p>
</cc4dr-member-badge>
\`\`\`

The sentence inside the element is what readers see without JavaScript, and until the widget has loaded.

- **The embed builder**, \`${at('builder/index.html')}\` once copied, writes the snippet for any widget, in your
  language, with the address of the script beside it.
- **The library check**, \`${at('library-check/index.html')}\`: what your library already does for the five
  principles, a widget for your site and a letter to your city.
- **The iframe page**, \`${at('frame/')}\`, for a CMS that accepts only an iframe: the builder's "An iframe" output
  points at it.
- **A host that cannot hold a folder**: \`cc4dr-widgets.single.js\` is everything in one file. Use it instead of
  \`cc4dr-widgets.js\`, not beside it:
  \`<script type="module" src="${at('cc4dr-widgets.single.js')}" integrity="${hashes.get('cc4dr-widgets.single.js')}"></script>\`

It works under a strict Content-Security-Policy (\`default-src 'none'; script-src 'self'; style-src 'self';
require-trusted-types-for 'script'; trusted-types lit-html\`), sets no cookie, stores nothing and sends nothing anywhere.

## Upgrading

Copy the new version's files over the old ones. The files in \`cc4dr-widgets/\` are named by their content, so old and
new sit side by side, and a page or cache still holding the old \`cc4dr-widgets.js\` keeps working; delete the old ones
later if you like. \`cc4dr-widgets.js\` keeps its name: cache it briefly, or add the version to its address
(\`cc4dr-widgets.js?ver=${version}\`). Change the \`integrity\` values in your pages to the new ones below: a browser
refuses a file whose hash differs.

## What changed

${entry.replace(/^## /, '### ')}

## Licences

The code is MIT (\`LICENSE\`); the data about the coalition is CC BY 4.0. \`THIRD-PARTY-NOTICES.txt\` gives the licences
of everything the scripts bundle.

## Files and their integrity hashes (SHA-384)

${[...hashes].map(([file, hash]) => `- \`${file}\` ${hash}`).join('\n')}
`;
}

function main(out = resolve(process.argv[2] ?? join(root, 'release', version))) {
  const changelog = readFileSync(join(root, 'CHANGELOG.md'), 'utf8');
  const entry = changelogEntry(changelog, version);
  if (!entry) {
    console.error(`CHANGELOG.md has no entry for ${version} ("## [${version}] - date"): write it first.`);
    process.exit(1);
  }
  for (const needed of ['cc4dr-widgets.js', 'cc4dr-widgets.single.js', 'THIRD-PARTY-NOTICES.txt', `wordpress/${slug}.zip`])
    if (!existsSync(join(dist, needed))) {
      console.error(`dist/${needed} is missing: run npm run build (npm run release does).`);
      process.exit(1);
    }
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });

  const npmOutput = execFileSync('npm', ['pack', '--json', '--pack-destination', out], { cwd: root, encoding: 'utf8' });
  const tarball = JSON.parse(npmOutput)[0].filename;

  const folder = `${name}-${version}`;
  const hashes = new Map(siteFiles().map((file) => [file, integrity(readFileSync(join(dist, file)))]));
  const mtime = new Date('2026-01-01T00:00:00Z');
  const zipped = {
    [`${folder}/README.md`]: new TextEncoder().encode(siteReadme(entry, hashes)),
    [`${folder}/LICENSE`]: readFileSync(join(root, 'LICENSE')),
    [`${folder}/THIRD-PARTY-NOTICES.txt`]: readFileSync(join(dist, 'THIRD-PARTY-NOTICES.txt')),
    ...Object.fromEntries([...hashes.keys()].map((file) => [`${folder}/${file}`, readFileSync(join(dist, file))])),
  };
  const site = `${folder}-site.zip`;
  writeFileSync(join(out, site), zipSync(zipped, { level: 9, mtime }));

  const plugin = `${slug}-${version}.zip`;
  copyFileSync(join(dist, 'wordpress', `${slug}.zip`), join(out, plugin));

  console.log(`Release ${version} in ${relative(root, out).startsWith('..') ? out : relative(root, out)}:`);
  for (const file of [tarball, site, plugin]) console.log(`  ${file} (${Math.round(statSync(join(out, file)).size / 1024)} KB)`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
