// The WordPress plugin as the WordPress.org directory and its Plugin Check read it, without running WordPress: a name
// that is not the coalition's, a readme and a header the directory's parser accepts and that agree, every text
// extractable into the checked-in translation template (and translated by the plugin's own files), and the gettext
// checker itself, on calls it must refuse.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { makePot, pluginName, slug, textDomain } from '../../scripts/wordpress-pot.mjs';
import { findPhp } from '../../scripts/browser.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const plugin = join(root, 'dist/wordpress', slug);
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const readme = readFileSync(join(plugin, 'readme.txt'), 'utf8');
const main = readFileSync(join(plugin, `${slug}.php`), 'utf8');

/** The readme as WordPress.org's parser reads it: the name, the header fields, the short description, the sections. */
function parseReadme(text) {
  const [head, ...rest] = text.split(/^== /m);
  const lines = head.trim().split('\n');
  const name = /^=== (.+) ===$/.exec(lines[0])?.[1];
  const fields = {};
  let index = 1;
  for (; index < lines.length && /^[A-Za-z ]+:/.test(lines[index]); index += 1) {
    const [, field, value] = /^([A-Za-z ]+):\s*(.*)$/.exec(lines[index]);
    fields[field] = value.trim();
  }
  const short = lines.slice(index).join(' ').trim();
  const sections = Object.fromEntries(rest.map((section) => [/^(.+?) ==/.exec(section)[1], section.replace(/^.+?==\n/, '').trim()]));
  return { name, fields, short, sections };
}

/** The plugin header's fields. */
const header = Object.fromEntries([...main.matchAll(/^ \* ([A-Za-z ]+):\s+(.+)$/gm)].map((m) => [m[1].trim(), m[2].trim()]));

describe('the plugin for the WordPress.org directory', () => {
  const parsed = parseReadme(readme);

  it('has a name, slug and text domain that do not start with the coalition’s name, and says it is not affiliated', () => {
    for (const name of [parsed.name, header['Plugin Name'], slug, textDomain])
      assert.doesNotMatch(name, /^(cities coalition|cities-coalition|cc4dr)/i, name);
    assert.equal(parsed.name, pluginName);
    assert.equal(header['Plugin Name'], pluginName);
    assert.equal(slug, pluginName.toLowerCase().replace(/ /g, '-'), 'the slug WordPress.org makes of the name');
    assert.match(parsed.sections.Description, /not affiliated with or endorsed by the Cities Coalition for Digital Rights/);
    assert.match(header.Description, /Not affiliated with or endorsed by the coalition/);
  });

  it('has a readme the directory’s parser accepts, which agrees with the plugin header', () => {
    for (const field of [
      'Contributors',
      'Tags',
      'Requires at least',
      'Tested up to',
      'Requires PHP',
      'Stable tag',
      'License',
      'License URI',
    ])
      assert.ok(parsed.fields[field], `readme: ${field}`);
    assert.equal(parsed.fields['Stable tag'], version);
    assert.ok(parsed.fields.Tags.split(',').length <= 5, 'at most five tags');
    assert.ok(parsed.short.length > 0 && parsed.short.length <= 150, `short description: ${parsed.short.length} characters`);
    assert.deepEqual(Object.keys(parsed.sections), [
      'Description',
      'Installation',
      'Frequently Asked Questions',
      'Screenshots',
      'Source code and build',
      'Licences',
      'Changelog',
    ]);
    assert.match(parsed.sections.Changelog, new RegExp(`^= ${version.replace(/\./g, '\\.')} =`, 'm'));
    for (const field of [
      'Plugin Name',
      'Description',
      'Version',
      'Requires at least',
      'Requires PHP',
      'Author',
      'License',
      'License URI',
      'Text Domain',
      'Domain Path',
    ])
      assert.ok(header[field], `header: ${field}`);
    assert.equal(header.Version, version);
    assert.equal(header['Text Domain'], textDomain);
    assert.ok(readdirSync(join(plugin, header['Domain Path'].replace(/^\//, ''))).length > 0);
    for (const field of ['Requires at least', 'Requires PHP', 'License', 'License URI'])
      assert.equal(header[field], parsed.fields[field], field);
    assert.doesNotMatch(main, /^ \* Update URI:/m, 'Plugin Check refuses an Update URI in a directory plugin');
  });

  it('links the source and the build from the readme, and names every bundled package’s licence', () => {
    assert.match(parsed.sections['Source code and build'], /https:\/\/www\.npmjs\.com\/package\/cc4dr-widgets/);
    assert.match(parsed.sections['Source code and build'], /npm ci && npm run build/);
    const notices = readFileSync(join(root, 'dist/THIRD-PARTY-NOTICES.txt'), 'utf8');
    const packages = [...notices.matchAll(/^(\S+) \d+\.\d+\.\d+, (\S+?),/gm)].map((m) => [m[1], m[2]]);
    assert.ok(packages.length >= 4, packages.join(' '));
    const licences = parsed.sections.Licences;
    for (const [name, licence] of packages) {
      // Lit's three packages are named as Lit.
      const shown = /^(lit-|@lit\/)/.test(name) ? 'Lit' : name;
      assert.ok(licences.includes(shown) && licences.includes(licence), `readme names ${shown} (${licence})`);
    }
  });

  it('extracts every text into the checked-in translation template, which the zip carries', () => {
    const { pot, problems } = makePot(plugin);
    assert.deepEqual(problems, []);
    const checkedIn = readFileSync(join(root, 'wordpress/languages', `${textDomain}.pot`), 'utf8');
    assert.equal(pot, checkedIn, 'wordpress/languages/*.pot is out of date: run node scripts/wordpress-pot.mjs after npm run build');
    const zip = unzipSync(readFileSync(join(root, 'dist/wordpress', `${slug}.zip`)));
    assert.equal(Buffer.from(zip[`${slug}/languages/${textDomain}.pot`]).toString(), pot);
    for (const text of [
      'Is %s in the Cities Coalition for Digital Rights?',
      'City',
      'Always light',
      '1. Universal and equal access to the internet, and digital literacy',
    ])
      assert.ok(pot.includes(`msgid ${JSON.stringify(text)}`), text);
    assert.match(pot, /#\. translators: %s: the city's name as the editor wrote it\.\n#: includes\/elements\.php:\d+\nmsgid "Is %s in/);
    assert.match(pot, /msgctxt "block title"\nmsgid "Member badge"/);
  });

  it('translates every text of its PHP in each of its own translation files', () => {
    const php = findPhp();
    assert.ok(php, 'no php: npm test installs php-cli');
    const { pot } = makePot(plugin);
    // The PHP's texts (the header's and the blocks' keywords are translated on WordPress.org only).
    const texts = pot
      .split('\n\n')
      .filter((entry) => /^#: \S+\.php:/m.test(entry))
      .map((entry) => JSON.parse(/^msgid (".*")$/m.exec(entry)[1]));
    assert.ok(texts.length > 50, `${texts.length} texts`);
    const files = readdirSync(join(plugin, 'languages')).filter((file) => file.endsWith('.l10n.php'));
    assert.ok(files.length >= 9);
    for (const file of files) {
      const messages = JSON.parse(
        execFileSync(php, ['-r', 'echo json_encode((include $argv[1])["messages"]);', join(plugin, 'languages', file)]).toString(),
      );
      assert.deepEqual(
        texts.filter((text) => !(text in messages)),
        [],
        file,
      );
      assert.ok(file.startsWith(`${textDomain}-`), file);
    }
  });

  it('refuses a text or a text domain that is not a literal, another domain, and a placeholder without a translators comment', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc4dr-pot-'));
    writeFileSync(
      join(dir, `${slug}.php`),
      [
        '<?php',
        '/**',
        ' * Plugin Name: Test',
        ' * Plugin URI: https://example.org/',
        ' * Description: A test.',
        ' * Author: Someone',
        ' * Author URI: https://example.org/',
        ' */',
        `__( $text, '${textDomain}' );`,
        `__( 'Hello', $domain );`,
        "__( 'Hello', 'another-domain' );",
        `__( 'Hello' );`,
        `printf( __( 'Hello %s', '${textDomain}' ), $name );`,
        `_x( 'Open', $context, '${textDomain}' );`,
        `__( "Hello $name", '${textDomain}' );`,
        `__( 'Hello ' . 'world', '${textDomain}' );`,
        '// __( $not_a_call );',
        `$ignored = 'and __( $not_a_call ) in a string';`,
        `/* translators: %s: a name. */`,
        `printf( __( 'Goodbye %s', '${textDomain}' ), $name );`,
        `_n( 'One book', '%d books', $count, '${textDomain}' );`,
      ].join('\n'),
    );
    const { pot, problems } = makePot(dir);
    assert.deepEqual(problems, [
      `${slug}.php:9: __() with a text that is not a literal string`,
      `${slug}.php:10: __() without the literal text domain '${textDomain}'`,
      `${slug}.php:11: __() with the text domain 'another-domain'`,
      `${slug}.php:12: __() without the literal text domain '${textDomain}'`,
      `${slug}.php:13: "Hello %s" has a placeholder and no translators comment`,
      `${slug}.php:14: _x() with a context that is not a literal string`,
      `${slug}.php:15: __() with a text that is not a literal string`,
      `${slug}.php:16: __() with a text that is not a literal string`,
      `${slug}.php:21: "%d books" has a placeholder and no translators comment`,
    ]);
    assert.match(pot, /#\. translators: %s: a name\.\n#: [^\n]+:20\nmsgid "Goodbye %s"/);
    assert.match(pot, /msgid "One book"\nmsgid_plural "%d books"\nmsgstr\[0\] ""\nmsgstr\[1\] ""/);
  });
});
