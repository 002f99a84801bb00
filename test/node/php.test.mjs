// The WordPress plugin's PHP: every file passes `php -l` (Debian's php-cli, which npm test installs), refuses to run
// outside WordPress, and prints only what it has escaped.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { findPhp } from '../../scripts/browser.mjs';
import { slug, textDomain } from '../../scripts/wordpress-pot.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const php = findPhp();
const phpFiles = (dir) =>
  readdirSync(join(root, dir), { recursive: true })
    .filter((file) => file.endsWith('.php'))
    .map((file) => join(dir, file));
const files = [...phpFiles('wordpress'), ...phpFiles(`dist/wordpress/${slug}`), ...phpFiles('test/fixtures/wordpress')];

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

it('the plugin prints only through its escaping render function, with wp_kses at the echo, and that escapes every value', () => {
  const sources = files.filter((file) => !file.startsWith('test/')).map((file) => [file, readFileSync(join(root, file), 'utf8')]);
  const echoes = sources.flatMap(([file, text]) => [...text.matchAll(/^\s*(echo|print)\b.*$/gm)].map((m) => `${file}: ${m[0].trim()}`));
  assert.ok(echoes.length > 0);
  assert.deepEqual(
    echoes.filter(
      (line) =>
        !/echo wp_kses\( cc4dr_widgets_render\( '[a-z-]+', \$attributes, get_block_wrapper_attributes\( \$cc4dr_widgets_anchor \) \), cc4dr_widgets_allowed_html\(\) \);$/.test(
          line,
        ),
    ),
    [],
  );
  assert.ok(!sources.some(([, text]) => text.includes('EscapeOutput')), 'no escaping rule is silenced');
  const plugin = readFileSync(join(root, 'wordpress/plugin.php'), 'utf8');
  const body = (name) => plugin.slice(plugin.indexOf(`function ${name}(`), plugin.indexOf('\n}\n', plugin.indexOf(`function ${name}(`)));
  assert.match(body('cc4dr_widgets_render'), /esc_attr\( \(string\) \$value \)/);
  assert.match(body('cc4dr_widgets_render'), /\$url = cc4dr_widgets_url\( \$value, 'src' === \$attribute \);/);
  assert.match(body('cc4dr_widgets_url'), /\$url = esc_url\( \$value, array\( 'http', 'https', 'mailto' \) \);/);
  assert.match(body('cc4dr_widgets_render'), /esc_url\( \$fallback\['href'\] \)/);
  assert.match(body('cc4dr_widgets_render'), /esc_attr\( \$fallback\['lang'\] \)/);
  assert.match(body('cc4dr_widgets_render'), /esc_html\( \$fallback\['text'\] \)/);
  assert.match(
    body('cc4dr_widgets_shortcode'),
    /return wp_kses\( cc4dr_widgets_render\( \$name, \$given, '', true \), cc4dr_widgets_allowed_html\(\) \);/,
  );
});

it('gives a Brazilian site (pt_BR) the Brazilian translation file, and Portugal and Angola the European one', () => {
  assert.ok(php, 'no php: npm test installs php-cli');
  /** What WordPress reads from the plugin's translation file for a locale: its language and two of its texts. */
  const read = (locale) =>
    JSON.parse(
      execFileSync(php, [
        '-r',
        `$t = include $argv[1]; echo json_encode(array($t['language'], $t['messages']['Cities Coalition for Digital Rights'], $t['messages']["block title\\x04Member badge"]));`,
        join(root, `dist/wordpress/${slug}/languages/${textDomain}-${locale}.l10n.php`),
      ]).toString(),
    );
  assert.deepEqual(read('pt_BR'), ['pt_BR', 'Coalizão de Cidades pelos Direitos Digitais', 'Selo de membro']);
  const european = JSON.parse(readFileSync(join(root, 'src/l10n/pt.json'), 'utf8'));
  for (const locale of ['pt_PT', 'pt_AO', 'pt_PT_ao90'])
    assert.deepEqual(read(locale), [locale, european['about.title'], european['element.member-badge']], locale);
});
