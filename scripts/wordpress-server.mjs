// A real WordPress for the plugin's tests, started by the tests themselves: WordPress Playground's CLI (PHP as
// WebAssembly, SQLite) serving Debian 13's WordPress 6.8, on 127.0.0.1, with outgoing HTTP blocked.
// Debian's package is fetched once per machine with apt-get, using a sources list and state folders of our own (the
// system's apt set-up is untouched), and kept under node_modules/.cache/cc4dr-wordpress/.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cache = join(root, 'node_modules/.cache/cc4dr-wordpress');
/** Debian 13's WordPress and the packages its links point into (underscore, lodash, cropper, getID3), and its theme. */
const packages = ['wordpress', 'libjs-underscore', 'libjs-lodash', 'libjs-cropper', 'php-getid3', 'wordpress-theme-twentytwentyfive'];
const tree = join(cache, 'wordpress');

function apt(args, dirs) {
  const options = [
    '-o',
    `Dir::Etc::SourceList=/dev/null`,
    '-o',
    `Dir::Etc::SourceParts=${dirs.sources}`,
    '-o',
    `Dir::State::Lists=${dirs.lists}`,
    '-o',
    `Dir::Cache=${dirs.cache}`,
    '-o',
    'Debug::NoLocking=1',
    '-o',
    'APT::Sandbox::User=root',
    '-qq',
  ];
  execFileSync('apt-get', [...options, ...args], { cwd: dirs.debs, stdio: ['ignore', 'ignore', 'inherit'] });
}

/** The mirror the system's apt uses, for Debian 13 (trixie), with the system's own archive keyring. */
function mirror() {
  for (const file of ['/etc/apt/sources.list.d/debian.sources', '/etc/apt/sources.list']) {
    try {
      const text = readFileSync(file, 'utf8');
      const uri = /URIs:\s*(\S+\/debian)\b/.exec(text)?.[1] ?? /^deb\s+(?:\[[^\]]*\]\s+)?(\S+\/debian)\s/m.exec(text)?.[1];
      if (uri) return uri;
    } catch {
      // Not this file: try the next.
    }
  }
  return 'http://deb.debian.org/debian';
}

/** Debian 13's WordPress, unpacked once, its links into other packages replaced by the files themselves. */
export function prepareWordPress() {
  if (existsSync(join(tree, 'wp-settings.php'))) return tree;
  if (!existsSync('/usr/bin/apt-get') || !existsSync('/usr/bin/dpkg-deb')) {
    throw new Error("The WordPress tests need Debian's apt-get and dpkg-deb to fetch WordPress 6.8 (Debian 13's package).");
  }
  const work = join(cache, 'apt');
  const dirs = { sources: join(work, 'sources'), lists: join(work, 'lists'), cache: join(work, 'cache'), debs: join(work, 'debs') };
  for (const dir of [...Object.values(dirs), join(dirs.lists, 'partial'), join(dirs.cache, 'archives/partial')])
    mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dirs.sources, 'trixie.sources'),
    `Types: deb\nURIs: ${mirror()}\nSuites: trixie\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n`,
  );
  console.log('Fetching Debian 13’s WordPress 6.8 for the plugin tests (once per machine)…');
  apt(['update'], dirs);
  apt(['download', ...packages], dirs);
  const unpacked = join(work, 'unpacked');
  rmSync(unpacked, { recursive: true, force: true });
  for (const deb of readdirSync(dirs.debs).filter((f) => f.endsWith('.deb')))
    execFileSync('dpkg-deb', ['-x', join(dirs.debs, deb), unpacked]);
  const staging = join(cache, 'wordpress.partial');
  rmSync(staging, { recursive: true, force: true });
  cpSync(join(unpacked, 'usr/share/wordpress'), staging, { recursive: true, verbatimSymlinks: true });
  // Debian's own configuration, and the links into other packages: the files themselves take their place.
  rmSync(join(staging, 'wp-config.php'), { force: true });
  const replaceLinks = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isSymbolicLink()) {
        const target = readlinkSync(path);
        const installed = normalize(resolve(dirname(path.replace(staging, '/usr/share/wordpress')), target));
        rmSync(path, { recursive: true, force: true });
        if (existsSync(join(unpacked, installed))) cpSync(join(unpacked, installed), path, { recursive: true, dereference: true });
      } else if (entry.isDirectory()) replaceLinks(path);
    }
  };
  replaceLinks(staging);
  rmSync(tree, { recursive: true, force: true });
  cpSync(staging, tree, { recursive: true });
  rmSync(staging, { recursive: true, force: true });
  return tree;
}

function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.unref();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

/**
 * Starts WordPress with `plugins` (folders copied into wp-content/plugins) and `muPlugins` (files copied into
 * wp-content/mu-plugins). WP_DEBUG is on and logs to wp-content/debug.log (`debugLog`). Resolves once it is ready
 * (about a minute on two cores) to { origin, site, stop }.
 */
export async function startWordPress({ plugins = {}, muPlugins = [] } = {}) {
  const site = mkdtempSync(join(tmpdir(), 'cc4dr-wordpress-'));
  const wordpress = join(site, 'wordpress');
  cpSync(prepareWordPress(), wordpress, { recursive: true });
  for (const [name, folder] of Object.entries(plugins)) cpSync(folder, join(wordpress, 'wp-content/plugins', name), { recursive: true });
  mkdirSync(join(wordpress, 'wp-content/mu-plugins'), { recursive: true });
  for (const file of muPlugins) cpSync(file, join(wordpress, 'wp-content/mu-plugins', file.split('/').pop()));
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const cli = join(root, 'node_modules/@wp-playground/cli/wp-playground.js');
  const args = [
    cli,
    'server',
    `--port=${port}`,
    `--site-url=${origin}`,
    '--workers=1',
    `--mount-before-install=${wordpress}:/wordpress`,
    '--wordpress-install-mode=install-from-existing-files',
    '--define-bool',
    'WP_HTTP_BLOCK_EXTERNAL',
    'true',
    '--define-bool',
    'WP_DEBUG',
    'true',
    '--define-bool',
    'WP_DEBUG_LOG',
    'true',
    '--define-bool',
    'WP_DEBUG_DISPLAY',
    'false',
    '--define-bool',
    'DISABLE_WP_CRON',
    'true',
    '--verbosity=normal',
  ];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  await new Promise((ready, fail) => {
    const timer = setTimeout(() => fail(new Error(`WordPress did not start within 5 minutes:\n${output}`)), 300_000);
    const read = (chunk) => {
      output += chunk;
      if (/Ready!/.test(output)) {
        clearTimeout(timer);
        ready();
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`WordPress stopped (${code}):\n${output}`));
    });
  });
  child.removeAllListeners('exit');
  return {
    origin,
    site: wordpress,
    debugLog: join(wordpress, 'wp-content/debug.log'),
    stop: () =>
      new Promise((done) => {
        child.once('exit', () => {
          rmSync(site, { recursive: true, force: true });
          done();
        });
        child.kill();
      }),
  };
}
