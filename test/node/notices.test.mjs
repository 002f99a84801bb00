// The licences travel with every copy: the npm package and the WordPress plugin's zip carry LICENSE and the third-party
// notices, and the notices hold the full licence of every package whose code (or data) rollup puts in the script-tag
// bundle, asked of rollup itself with the project's own configuration.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { rollup } from 'rollup';
import configs from '../../rollup.config.mjs';
import { derivedData, licenceOf } from '../../scripts/notices.mjs';
import { slug } from '../../scripts/wordpress-pot.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const notices = readFileSync(join(root, 'dist/THIRD-PARTY-NOTICES.txt'), 'utf8');

/** The packages with code in rollup's script-tag bundle, and those whose data a bundled generated module holds. */
async function scriptTagPackages() {
  const config = configs.find((c) => c.input === 'src/cc4dr-widgets.ts');
  const bundle = await rollup({ input: config.input, plugins: config.plugins });
  try {
    const { output } = await bundle.generate(config.output);
    const names = new Set();
    for (const chunk of output.filter((o) => o.type === 'chunk')) {
      for (const [id, { renderedLength }] of Object.entries(chunk.modules)) {
        if (renderedLength === 0) continue;
        const name = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(id)?.[1] ?? derivedData[id.slice(root.length)]?.name;
        if (name) names.add(name);
      }
    }
    return [...names].sort();
  } finally {
    await bundle.close();
  }
}

describe('licences and third-party notices', { timeout: 300_000 }, () => {
  it('give the full licence of every package rollup bundles into the script-tag file', async () => {
    const packages = await scriptTagPackages();
    for (const expected of ['lit-html', 'lit-element', '@lit/reactive-element', '@messageformat/runtime', 'make-plural', 'world-atlas'])
      assert.ok(packages.includes(expected), `${expected} is in the bundle: ${packages.join(', ')}`);
    for (const name of packages) {
      const { version, licence, text } = licenceOf(name);
      assert.ok(notices.includes(`\n${name} ${version}, ${licence}`), `${name} ${version} is listed`);
      assert.ok(notices.includes(text), `${name}: its licence text in full`);
    }
    assert.match(notices, /Creative Commons Attribution 4\.0 International \(CC BY 4\.0\)/);
    assert.match(notices, /CC BY-SA 4\.0/);
  });

  it('travel in the WordPress plugin’s zip', () => {
    const zip = unzipSync(readFileSync(join(root, 'dist/wordpress', `${slug}.zip`)));
    const text = (path) => Buffer.from(zip[`${slug}/${path}`] ?? []).toString();
    assert.equal(text('LICENSE.txt'), readFileSync(join(root, 'LICENSE'), 'utf8'));
    assert.equal(text('THIRD-PARTY-NOTICES.txt'), notices);
  });

  it('travel in the npm package', () => {
    const [{ files }] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--silent'], { cwd: root }).toString());
    const paths = files.map((f) => f.path);
    assert.ok(paths.includes('LICENSE'), 'LICENSE');
    assert.ok(paths.includes('dist/THIRD-PARTY-NOTICES.txt'), 'dist/THIRD-PARTY-NOTICES.txt');
  });
});
