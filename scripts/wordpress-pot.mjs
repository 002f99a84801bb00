// The WordPress plugin's translation template (.pot), extracted as WordPress's `wp i18n make-pot` does (which needs
// WP-CLI, not available here): every gettext call in the plugin's PHP, the plugin header, and each block.json's title,
// description and keywords. A gettext call whose text or text domain is not a literal, or whose placeholders have no
// translators comment, is an error: translate.wordpress.org could not extract it.
// `node scripts/wordpress-pot.mjs` (after `npm run build`) writes the built plugin's template to wordpress/languages/,
// where it is checked in; the tests check that it is the built one.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The plugin's folder and WordPress.org slug, also its text domain. It does not start with the coalition's name. */
export const slug = 'digital-rights-widgets-for-libraries';
export const textDomain = slug;
export const pluginName = 'Digital Rights Widgets for Libraries';

/** Each gettext function: the position of its arguments (text, plural, context, domain). */
const functions = {
  __: ['text', 'domain'],
  _e: ['text', 'domain'],
  esc_html__: ['text', 'domain'],
  esc_html_e: ['text', 'domain'],
  esc_attr__: ['text', 'domain'],
  esc_attr_e: ['text', 'domain'],
  _x: ['text', 'context', 'domain'],
  _ex: ['text', 'context', 'domain'],
  esc_html_x: ['text', 'context', 'domain'],
  esc_attr_x: ['text', 'context', 'domain'],
  _n: ['text', 'plural', null, 'domain'],
  _n_noop: ['text', 'plural', 'domain'],
  _nx: ['text', 'plural', null, 'context', 'domain'],
  _nx_noop: ['text', 'plural', 'context', 'domain'],
};

/** The plugin header fields that make-pot extracts, with the comment it gives each. */
const headerFields = ['Plugin Name', 'Plugin URI', 'Description', 'Author', 'Author URI'];

/**
 * The gettext calls in PHP source: `{ fn, line, args, translators }`, each argument `{ literal }` (a string literal's
 * value) or `{ code }` (anything else). Comments and strings are skipped, so a call inside either is not one.
 */
export function gettextCalls(source) {
  const calls = [];
  let i = 0;
  let line = 1;
  let lastComment = null;
  const advance = (to) => {
    for (; i < to; i += 1) if (source[i] === '\n') line += 1;
  };
  /** A string literal at i: its value, or null where it interpolates a variable. */
  const readString = () => {
    const quote = source[i];
    let value = '';
    let interpolates = false;
    advance(i + 1);
    while (i < source.length && source[i] !== quote) {
      if (source[i] === '\\') {
        const next = source[i + 1];
        if (quote === "'") value += next === "'" || next === '\\' ? next : `\\${next}`;
        else value += { n: '\n', t: '\t', r: '\r', '\\': '\\', '"': '"', $: '$' }[next] ?? `\\${next}`;
        advance(i + 2);
      } else {
        if (quote === '"' && source[i] === '$') interpolates = true;
        value += source[i];
        advance(i + 1);
      }
    }
    advance(i + 1);
    return interpolates ? null : value;
  };
  const skipComment = () => {
    if (source.startsWith('/*', i)) {
      const end = source.indexOf('*/', i + 2);
      const text = source.slice(i + 2, end);
      advance(end + 2);
      return { text, endLine: line };
    }
    if (source.startsWith('//', i) || source[i] === '#') {
      const end = source.indexOf('\n', i);
      const text = source.slice(i + (source[i] === '#' ? 1 : 2), end === -1 ? source.length : end);
      advance(end === -1 ? source.length : end);
      return { text, endLine: line };
    }
    return null;
  };
  /** The arguments of the call whose `(` is at i, each split at a top-level comma. */
  const readArguments = () => {
    const args = [];
    let current = [];
    let depth = 0;
    advance(i + 1);
    while (i < source.length) {
      const char = source[i];
      if (/\s/.test(char)) advance(i + 1);
      else if (skipComment()) continue;
      else if (char === "'" || char === '"') current.push({ string: readString() });
      else if (char === '(' || char === '[') {
        depth += 1;
        current.push({ code: char });
        advance(i + 1);
      } else if ((char === ')' || char === ']') && depth > 0) {
        depth -= 1;
        current.push({ code: char });
        advance(i + 1);
      } else if (char === ')') {
        advance(i + 1);
        break;
      } else if (char === ',' && depth === 0) {
        args.push(current);
        current = [];
        advance(i + 1);
      } else {
        current.push({ code: char });
        advance(i + 1);
      }
    }
    if (current.length) args.push(current);
    return args.map((tokens) =>
      tokens.length === 1 && typeof tokens[0].string === 'string' ? { literal: tokens[0].string } : { code: true },
    );
  };
  while (i < source.length) {
    const char = source[i];
    const comment = skipComment();
    if (comment) {
      lastComment = comment;
      continue;
    }
    if (char === "'" || char === '"') {
      readString();
      continue;
    }
    const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(source.slice(i, i + 40))?.[0];
    if (!word) {
      advance(i + 1);
      continue;
    }
    const before = source.slice(Math.max(0, i - 2), i);
    const callLine = line;
    advance(i + word.length);
    if (!(word in functions) || before.endsWith('->') || before.endsWith('::') || /[$\w]$/.test(before)) continue;
    const open = /^\s*\(/.exec(source.slice(i));
    if (!open) continue;
    advance(i + open[0].length - 1);
    const args = readArguments();
    const translators =
      lastComment && lastComment.endLine >= callLine - 1 && /translators:/i.test(lastComment.text)
        ? lastComment.text.replace(/^[\s*]+|[\s*]+$/g, '')
        : '';
    lastComment = null;
    calls.push({ fn: word, line: callLine, args, translators });
  }
  return calls;
}

const placeholder = /%(\d+\$)?[sdf]/;

/** The plugin header's fields, from the main file's first comment. */
function header(source) {
  const comment = /\/\*\*?([\s\S]*?)\*\//.exec(source)?.[1] ?? '';
  return Object.fromEntries(
    headerFields.map((field) => [field, new RegExp(`^[\\s*]*${field}:\\s*(.+)$`, 'm').exec(comment)?.[1].trim() ?? '']),
  );
}

const filesIn = (dir, ending) =>
  readdirSync(dir, { recursive: true })
    .filter((file) => file.endsWith(ending))
    .sort();

/**
 * The template for the built plugin in `pluginDir`, and the problems found: `{ pot, problems }`. Entries come in the
 * order make-pot gives them: the header fields, then each PHP file's calls, then the blocks.
 */
export function makePot(pluginDir) {
  const entries = new Map();
  const problems = [];
  const add = ({ context = '', text, plural = '', reference, comment = '' }) => {
    const key = `${context}\u0004${text}`;
    const entry = entries.get(key) ?? { context, text, plural, references: [], comments: [] };
    if (reference) entry.references.push(reference);
    if (comment && !entry.comments.includes(comment)) entry.comments.push(comment);
    entries.set(key, entry);
  };
  const main = readFileSync(join(pluginDir, `${slug}.php`), 'utf8');
  for (const [field, value] of Object.entries(header(main))) {
    if (!value) problems.push(`${slug}.php: no "${field}" in the plugin header`);
    else add({ text: value, comment: `${field} of the plugin` });
  }
  const phpFiles = filesIn(pluginDir, '.php').filter((file) => !file.endsWith('.l10n.php'));
  for (const file of phpFiles) {
    for (const call of gettextCalls(readFileSync(join(pluginDir, file), 'utf8'))) {
      const where = `${file}:${call.line}`;
      const roles = Object.fromEntries(functions[call.fn].map((role, index) => [role, call.args[index]]).filter(([role]) => role !== null));
      const literal = (role) => roles[role] && 'literal' in roles[role];
      for (const role of ['text', 'plural', 'context'].filter((r) => r in roles))
        if (!literal(role)) problems.push(`${where}: ${call.fn}() with a ${role} that is not a literal string`);
      if (!literal('domain')) problems.push(`${where}: ${call.fn}() without the literal text domain '${textDomain}'`);
      else if (roles.domain.literal !== textDomain) problems.push(`${where}: ${call.fn}() with the text domain '${roles.domain.literal}'`);
      if (!literal('text')) continue;
      const text = roles.text.literal;
      const withPlaceholder = [text, roles.plural?.literal ?? ''].find((t) => placeholder.test(t));
      if (withPlaceholder && !call.translators)
        problems.push(`${where}: "${withPlaceholder}" has a placeholder and no translators comment`);
      add({
        text,
        plural: roles.plural?.literal ?? '',
        context: roles.context?.literal ?? '',
        reference: where,
        comment: call.translators,
      });
    }
  }
  for (const file of filesIn(pluginDir, 'block.json')) {
    const block = JSON.parse(readFileSync(join(pluginDir, file), 'utf8'));
    if (block.textdomain !== textDomain) problems.push(`${file}: the text domain is '${block.textdomain}'`);
    add({ context: 'block title', text: block.title, reference: file });
    add({ context: 'block description', text: block.description, reference: file });
    for (const keyword of block.keywords ?? []) add({ context: 'block keyword', text: keyword, reference: file });
  }
  const quote = (text) => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\t/g, '\\t')}"`;
  const lines = [
    `# Translation template for ${pluginName}, made by scripts/wordpress-pot.mjs from the built plugin.`,
    '# This file is distributed under the same licence as the plugin (MIT).',
    'msgid ""',
    'msgstr ""',
    `"Project-Id-Version: ${pluginName}\\n"`,
    '"MIME-Version: 1.0\\n"',
    '"Content-Type: text/plain; charset=UTF-8\\n"',
    '"Content-Transfer-Encoding: 8bit\\n"',
    '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"',
    `"X-Domain: ${textDomain}\\n"`,
  ];
  for (const entry of entries.values()) {
    lines.push('');
    for (const comment of entry.comments) lines.push(`#. ${comment}`);
    if (entry.references.length) lines.push(`#: ${entry.references.join(' ')}`);
    if (entry.context) lines.push(`msgctxt ${quote(entry.context)}`);
    lines.push(`msgid ${quote(entry.text)}`);
    if (entry.plural) lines.push(`msgid_plural ${quote(entry.plural)}`, 'msgstr[0] ""', 'msgstr[1] ""');
    else lines.push('msgstr ""');
  }
  return { pot: `${lines.join('\n')}\n`, problems, phpFiles: phpFiles.map((file) => relative(pluginDir, join(pluginDir, file))) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const { pot, problems } = makePot(join(root, 'dist/wordpress', slug));
  if (problems.length) {
    console.error(problems.join('\n'));
    process.exit(1);
  }
  writeFileSync(join(root, 'wordpress/languages', `${textDomain}.pot`), pot);
  console.log(`wordpress/languages/${textDomain}.pot: ${pot.split('\nmsgid ').length - 2} texts`);
}
