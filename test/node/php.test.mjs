// The WordPress plugin's PHP: every file passes `php -l` (Debian's php-cli, which npm test installs), refuses to run
// outside WordPress, and prints only what it has escaped.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { findPhp } from '../../scripts/browser.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const php = findPhp();
const phpFiles = (dir) =>
  readdirSync(join(root, dir), { recursive: true })
    .filter((file) => file.endsWith('.php'))
    .map((file) => join(dir, file));
const files = [...phpFiles('wordpress'), ...phpFiles('dist/wordpress/cc4dr-widgets'), ...phpFiles('test/fixtures/wordpress')];

it('every PHP file passes php -l', () => {
  assert.ok(php, 'no php: npm test installs php-cli');
  assert.ok(files.length > 10, files.join(', '));
  const failing = files.filter((file) => {
    try {
      execFileSync(php, ['-l', join(root, file)], { stdio: 'pipe' });
      return false;
    } catch {
      return true;
    }
  });
  assert.deepEqual(failing, []);
});

it('every PHP file but the translations stops when it is not loaded by WordPress', () => {
  const unguarded = files.filter(
    (file) => !file.endsWith('.l10n.php') && !readFileSync(join(root, file), 'utf8').includes("defined( 'ABSPATH' ) || exit;"),
  );
  assert.deepEqual(
    unguarded.map((file) => relative(root, join(root, file))),
    [],
  );
});

it('the plugin prints only through its escaping render function, and that escapes every value', () => {
  const sources = files.filter((file) => !file.startsWith('test/')).map((file) => [file, readFileSync(join(root, file), 'utf8')]);
  const echoes = sources.flatMap(([file, text]) => [...text.matchAll(/^\s*(echo|print)\b.*$/gm)].map((m) => `${file}: ${m[0].trim()}`));
  assert.ok(echoes.length > 0);
  assert.deepEqual(
    echoes.filter((line) => !/echo cc4dr_widgets_render\( '[a-z-]+', \$attributes \);/.test(line)),
    [],
  );
  const render = readFileSync(join(root, 'wordpress/cc4dr-widgets.php'), 'utf8');
  const body = render.slice(render.indexOf('function cc4dr_widgets_render('), render.indexOf('function cc4dr_widgets_fallback('));
  assert.match(body, /esc_attr\( \(string\) \$value \)/);
  assert.match(body, /esc_url\( \$fallback\['href'\] \)/);
  assert.match(body, /esc_html\( \$fallback\['text'\] \)/);
});

it('gives a Brazilian site (pt_BR) the Brazilian translation file, and Portugal and Angola the European one', () => {
  assert.ok(php, 'no php: npm test installs php-cli');
  /** What WordPress reads from the plugin's translation file for a locale: its language and two of its texts. */
  const read = (locale) =>
    JSON.parse(
      execFileSync(php, [
        '-r',
        `$t = include $argv[1]; echo json_encode(array($t['language'], $t['messages']['Cities Coalition for Digital Rights'], $t['messages']["block title\\x04Member badge"]));`,
        join(root, `dist/wordpress/cc4dr-widgets/languages/cc4dr-widgets-${locale}.l10n.php`),
      ]).toString(),
    );
  assert.deepEqual(read('pt_BR'), ['pt_BR', 'Coalizão de Cidades pelos Direitos Digitais', 'Selo de membro']);
  const european = JSON.parse(readFileSync(join(root, 'src/l10n/pt.json'), 'utf8'));
  for (const locale of ['pt_PT', 'pt_AO', 'pt_PT_ao90'])
    assert.deepEqual(read(locale), [locale, european['about.title'], european['element.member-badge']], locale);
});
