// The package as npm delivers it: packed, installed into an empty project the way a user installs it, with its
// command, its Node entry and its builder page used from there. Its dependencies come from the npm cache when it has
// them and from the registry when it does not: `npm ci` fills the cache with tarballs but not with the registry's
// metadata, so on a fresh machine an offline install would fail whatever the package holds.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const root = fileURLToPath(new URL('../..', import.meta.url));
const run = promisify(execFile);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

describe('the packed package, installed in an empty project', () => {
  let project;
  let installed;

  before(async () => {
    project = mkdtempSync(join(tmpdir(), 'cc4dr-package-'));
    const { stdout } = await run(npm, ['pack', '--silent', '--pack-destination', project], { cwd: root });
    const tarball = join(project, stdout.trim().split('\n').pop());
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'library-site', private: true, type: 'module' }));
    await run(npm, ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball], {
      cwd: project,
      timeout: 300000,
    });
    installed = join(project, 'node_modules', 'cc4dr-widgets');
  });

  after(() => project && rmSync(project, { recursive: true, force: true }));

  it('ships the script-tag file with its folder, the builder page, the manifest, the schemas and the types', () => {
    for (const file of [
      'dist/cc4dr-widgets.js',
      'dist/builder/index.html',
      'dist/builder/builder.js',
      'dist/custom-elements.json',
      'dist/ssr.d.ts',
      'dist/react.d.ts',
      'data/schema/examples.schema.json',
    ]) {
      assert.ok(existsSync(join(installed, file)), file);
    }
    const builder = readFileSync(join(installed, 'dist/builder/index.html'), 'utf8');
    assert.ok(builder.includes('src="../cc4dr-widgets.js"'), 'the builder previews with the file beside it');
  });

  it('has a file for every entry point package.json names', () => {
    const { exports } = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
    const targets = Object.entries(exports)
      .filter(([subpath]) => !subpath.includes('*'))
      .flatMap(([, target]) => (typeof target === 'string' ? [target] : Object.values(target)));
    assert.ok(targets.length > 20);
    assert.deepEqual(
      targets.filter((target) => !existsSync(join(installed, target))),
      [],
    );
  });

  it('runs `npx cc4dr-widgets render`', async () => {
    const { stdout } = await run(
      npm,
      ['exec', '--no', '--', 'cc4dr-widgets', 'render', '<cc4dr-member-badge city="Vienna" country="AT">'],
      {
        cwd: project,
      },
    );
    assert.match(stdout, /<template shadowroot="open" shadowrootmode="open">/);
    assert.ok(stdout.includes('Vienna (Austria) is a member'));
  });

  it('prerenders through `cc4dr-widgets/ssr` in a Node script of the project', async () => {
    writeFileSync(
      join(project, 'render.js'),
      `import { prerender } from 'cc4dr-widgets/ssr';\nconst { html } = await prerender('<cc4dr-about lang="nl"></cc4dr-about>');\nprocess.stdout.write(html);\n`,
    );
    const { stdout } = await run(process.execPath, ['render.js'], { cwd: project });
    assert.match(stdout, /^<cc4dr-about {1,2}lang="nl"><template shadowrootmode|^<cc4dr-about {1,2}lang="nl"><template shadowroot="open"/);
    assert.ok(stdout.includes('Coalitie'), 'Dutch');
  });
});
