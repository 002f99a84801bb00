// Builds the WordPress plugin (`npm run build` runs it last): dist/wordpress/<slug>/ and the installable
// dist/wordpress/<slug>.zip. From the element registry and the custom elements manifest it writes a block.json and a
// render.php per element and the PHP list of each element's attributes and editor fields, every text in a literal
// gettext call; from the library's own message files, the plugin's translations as WordPress 6.5 PHP translation files
// (.l10n.php), so no gettext tool is needed; beside them the source in wordpress/, the licence and third-party notices,
// and the built script-tag file with its chunks and the frame.
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { elements } from './elements.mjs';
import { scriptTagDownload } from './script-tag-files.mjs';
import { makePot, slug, textDomain } from './wordpress-pot.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const readJson = (path) => JSON.parse(readFileSync(join(root, path), 'utf8'));
const out = join(root, 'dist/wordpress');
const plugin = join(out, slug);

const { version } = readJson('package.json');
const manifest = readJson('dist/custom-elements.json');
const english = readJson('src/l10n/en.json');
// Sorted by name, not by file name, so that a regional language follows its language (pt, pt-BR).
const locales = readdirSync(join(root, 'src/l10n'))
  .map((f) => f.replace('.json', ''))
  .filter((l) => l !== 'en')
  .sort();
const messages = Object.fromEntries(locales.map((l) => [l, readJson(`src/l10n/${l}.json`)]));
const principles = readJson('data/principles.json').principles;
const principleTitles = Object.fromEntries(locales.map((l) => [l, readJson(`data/translations/${l}.json`).principles]));
const { urls } = readJson('data/coalition.json');
const categories = readJson('data/schema/examples.schema.json').definitions.category.enum;
const regions = readJson('data/schema/members.schema.json').definitions.member.properties.region.enum;

/**
 * WordPress's locales for each of ours: a site in any of them gets that language (Brazil's pt_BR its own; Portugal's
 * and Angola's, European Portuguese). Each of ours must be listed, and each WordPress locale only once.
 */
const wordpressLocales = {
  es: ['es_ES', 'es_MX', 'es_AR', 'es_CO', 'es_CL', 'es_PE', 'es_VE', 'es_CR', 'es_DO', 'es_EC', 'es_GT', 'es_PR', 'es_UY'],
  ca: ['ca'],
  fr: ['fr_FR', 'fr_CA', 'fr_BE'],
  de: ['de_DE', 'de_DE_formal', 'de_AT', 'de_CH', 'de_CH_informal'],
  nl: ['nl_NL', 'nl_NL_formal', 'nl_BE'],
  pt: ['pt_PT', 'pt_AO', 'pt_PT_ao90'],
  'pt-BR': ['pt_BR'],
  ar: ['ar'],
};
for (const locale of locales) if (!wordpressLocales[locale]) throw new Error(`WordPress plugin: no WordPress locale for ${locale}`);

/** Attributes the editor's sidebar leaves out: a file of the library's own records and a country filter need more than a field. */
const notInSidebar = new Set(['src', 'country']);
/** A field's hint, where it says something for one element only. */
const hints = {
  'member-badge city': 'badgeCity',
  'example-list city': 'listCity',
  'get-involved city': 'involvedCity',
  'get-involved examples-href': 'link',
  'get-involved finder-href': 'link',
  'get-involved check-href': 'link',
  'library-check city': 'checkCity',
};
const camel = (name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
const message = (key) => {
  if (!(key in english)) throw new Error(`WordPress plugin: no message "${key}" in src/l10n/en.json`);
  return english[key];
};

/** The English texts the plugin shows, and each one's translation key, for the .l10n.php files. */
const translated = new Map();
const say = (key, context = '') => {
  const text = message(key);
  translated.set(context ? `${context}\u0004${text}` : text, { key });
  return text;
};

/** A text the PHP translates where it is used: written as a literal gettext call, so that tools can extract it. */
class Gettext {
  constructor(text, translators = '') {
    this.text = text;
    this.translators = translators;
  }
}
const gettext = (key) => new Gettext(say(key));

/** Each attribute's choices in the editor, in order: `{ value, label }`, the label a gettext call where it is ours. */
function choicesOf(element, name) {
  const any = (key) => ({ value: '', label: gettext(key) });
  const each = (values, label) => values.map((value) => ({ value, label: label(value) }));
  switch (name) {
    case 'theme':
      return [
        any('builder.option.themePage'),
        ...each(['auto', 'light', 'dark'], (v) => gettext(`builder.option.theme${v[0].toUpperCase()}${v.slice(1)}`)),
      ];
    case 'heading-level':
      return [any('builder.option.defaultLevel'), ...each(['2', '3', '4', '5', '6'], (n) => `h${n}`)];
    case 'principle': {
      const options = principles.map((p) => {
        const label = `${p.number}. ${p.title}`;
        translated.set(label, { principle: p });
        return { value: p.id, label: new Gettext(label) };
      });
      return element.name === 'principle-card' ? options : [any('builder.option.any'), ...options];
    }
    case 'category':
      return [any('builder.option.any'), ...each(categories, (c) => gettext(`category.${c}`))];
    case 'region':
      return [any('builder.option.allRegions'), ...each(regions, (r) => gettext(`region.${r}`))];
    case 'lang':
      // Each language by its own name (not translated), each Portuguese with its country, as the embed builder's menu.
      return [
        any('builder.option.pageLanguage'),
        ...each(['en', ...locales], (l) => {
          const tag = l === 'pt' ? 'pt-PT' : l;
          return new Intl.DisplayNames([tag], { type: 'language', languageDisplay: 'standard' }).of(tag);
        }),
      ];
    default:
      return undefined;
  }
}

const typeOf = (attribute) => {
  const text = attribute.type?.text ?? 'string';
  if (text.startsWith('boolean')) return 'boolean';
  if (text.startsWith('number')) return 'number';
  return 'string';
};
/** How the PHP writes an attribute: a link or a file's address is a URL, checked and escaped as one. */
const phpTypeOf = (attribute) => (attribute.name === 'src' || attribute.name.endsWith('-href') ? 'url' : typeOf(attribute));

/** The block's icon in the inserter: a Dashicon that says what each widget is. */
const icons = {
  'member-badge': 'awards',
  'principle-card': 'shield',
  'example-list': 'list-view',
  'member-finder': 'search',
  'member-map': 'location-alt',
  'get-involved': 'megaphone',
  about: 'info-outline',
  'library-check': 'yes-alt',
};

/** A fallback text in English (translated where it is used) and, for a widget set to a language, in each of ours. */
function fallbackText(key, city) {
  const english = city ? message(key).replace('{city}', '%s') : say(key);
  if (city) translated.set(english, { key, city: '%s' });
  const texts = { en: english };
  for (const locale of locales) {
    const text = messages[locale][key];
    if (text === undefined) throw new Error(`WordPress plugin: no ${locale} text for "${key}"`);
    texts[locale] = city ? text.replace('{city}', '%s') : text;
  }
  return { text: new Gettext(english, city ? "%s: the city's name as the editor wrote it." : ''), texts };
}

/** Everything the plugin knows of one element. */
function describe(element) {
  if (!icons[element.name]) throw new Error(`WordPress plugin: no block icon for ${element.name}`);
  const declaration = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === element.tag);
  const attributes = [...(declaration.attributes ?? []), { name: 'lang', type: { text: 'string' } }];
  const fields = attributes
    .filter((a) => !notInSidebar.has(a.name))
    .map((a) => {
      const choices = choicesOf(element, a.name);
      const kind = typeOf(a) === 'boolean' ? 'toggle' : choices ? 'select' : typeOf(a) === 'number' ? 'number' : 'text';
      const hintKey = hints[`${element.name} ${a.name}`] ?? camel(a.name);
      return {
        attribute: a.name,
        kind,
        label: gettext(`builder.field.${camel(a.name)}`),
        hint: `builder.hint.${hintKey}` in english ? gettext(`builder.hint.${hintKey}`) : '',
        choices: choices ?? [],
      };
    });
  const blockAttributes = Object.fromEntries(
    attributes.map((a) => {
      const type = typeOf(a);
      const choices = choicesOf(element, a.name);
      const schema = { type };
      if (type === 'boolean') schema.default = false;
      // Allowed values: the element's own (a union of literals in its JSDoc type), else the choices the editor offers.
      const literals = [...(a.type?.text ?? '').matchAll(/'([^']*)'/g)].map((m) => m[1]);
      if (literals.length) schema.enum = literals;
      else if (choices && a.name !== 'lang') {
        const values = choices.map((c) => c.value).filter((v) => v !== '');
        schema.enum = type === 'number' ? values.map(Number) : values;
      }
      if (element.name === 'principle-card' && a.name === 'principle') schema.default = 'access';
      return [a.name, schema];
    }),
  );
  return {
    element,
    declaration,
    attributes: Object.fromEntries(attributes.map((a) => [a.name, phpTypeOf(a)])),
    blockAttributes,
    fields,
    fallback: {
      href: urls[element.fallback.href] ?? urls.home,
      ...fallbackText(element.fallback.text),
      // The badge's sentence names the city: a printf pattern.
      ...(element.name === 'member-badge' ? { city: fallbackText('fallback.badgeCity', true) } : {}),
    },
  };
}

const phpString = (value) => `'${String(value).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
const php = (value, indent = '') => {
  if (value instanceof Gettext) {
    const call = `__( ${phpString(value.text)}, ${phpString(textDomain)} )`;
    return value.translators ? `/* translators: ${value.translators} */ ${call}` : call;
  }
  if (Array.isArray(value) && !value.length) return 'array()';
  if (Array.isArray(value)) return `array(${value.map((v) => `\n${indent}\t${php(v, `${indent}\t`)},`).join('')}\n${indent})`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value);
    if (!entries.length) return 'array()';
    return `array(${entries.map(([k, v]) => `\n${indent}\t${php(k)} => ${php(v, `${indent}\t`)},`).join('')}\n${indent})`;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return JSON.stringify(value);
  return phpString(value);
};

function exampleAttributes(described) {
  return Object.fromEntries(
    Object.entries(described.element.example).map(([name, value]) => {
      const type = described.attributes[name];
      return [name, type === 'boolean' ? true : type === 'number' ? Number(value) : value];
    }),
  );
}

const phpHeader = (what) => `<?php\n/**\n * ${what}\n *\n * @package ${slug}\n */\n\ndefined( 'ABSPATH' ) || exit;\n\n`;

rmSync(out, { recursive: true, force: true });
mkdirSync(join(plugin, 'includes'), { recursive: true });
const described = elements.map(describe);
say('about.title');

for (const d of described) {
  const dir = join(plugin, 'blocks', d.element.name);
  mkdirSync(dir, { recursive: true });
  const blockJson = {
    $schema: 'https://schemas.wp.org/trunk/block.json',
    apiVersion: 3,
    name: `cc4dr/${d.element.name}`,
    version,
    title: say(`element.${d.element.name}`, 'block title'),
    category: 'cc4dr',
    icon: icons[d.element.name],
    description: say(`builder.element.${d.element.name}`, 'block description'),
    keywords: ['cc4dr', 'digital rights', 'cities coalition', ...d.element.name.split('-').filter((w) => w !== 'get')],
    textdomain: textDomain,
    // The anchor kept in the block's comment, not read from saved HTML (a dynamic block saves none), for the PHP to print.
    attributes: { ...d.blockAttributes, anchor: { type: 'string' } },
    supports: { html: false, anchor: true },
    example: { attributes: exampleAttributes(d) },
    editorScript: 'cc4dr-widgets-editor',
    viewScriptModule: 'cc4dr-widgets',
    render: 'file:./render.php',
  };
  writeFileSync(join(dir, 'block.json'), `${JSON.stringify(blockJson, null, '\t')}\n`);
  writeFileSync(
    join(dir, 'render.php'),
    phpHeader(`The ${d.element.title} block, rendered on the server: the element with its fallback content.`) +
      `$cc4dr_widgets_anchor = isset( $attributes['anchor'] ) && is_string( $attributes['anchor'] ) ? array( 'id' => $attributes['anchor'] ) : array();\n` +
      `echo wp_kses( cc4dr_widgets_render( '${d.element.name}', $attributes, get_block_wrapper_attributes( $cc4dr_widgets_anchor ) ), cc4dr_widgets_allowed_html() );\n`,
  );
}

const list = Object.fromEntries(
  described.map((d) => [d.element.name, { attributes: d.attributes, fallback: d.fallback, fields: d.fields }]),
);
const localeLanguages = Object.fromEntries(locales.flatMap((l) => wordpressLocales[l].map((w) => [w, l])));
writeFileSync(
  join(plugin, 'includes/elements.php'),
  phpHeader('Generated by scripts/wordpress.mjs from the element registry and the custom elements manifest. Do not edit.') +
    `/**\n * Each element: its attributes and their types, its fallback link and sentence (in English, translated here, and in\n` +
    ` * each of the widgets' languages), and its fields in the block editor, in the current locale. Call it after init.\n *\n * @return array\n */\n` +
    `function cc4dr_widgets_elements() {\n\tstatic $translated = array();\n\t$locale = determine_locale();\n` +
    `\tif ( ! isset( $translated[ $locale ] ) ) {\n\t\t$translated[ $locale ] = ${php(list, '\t\t')};\n\t}\n\treturn $translated[ $locale ];\n}\n\n` +
    `/**\n * The elements' names, without their texts.\n *\n * @return string[]\n */\n` +
    `function cc4dr_widgets_element_names() {\n\treturn ${php(Object.keys(list), '\t')};\n}\n\n` +
    `/**\n * The widgets' language for each WordPress locale the plugin has a translation file for.\n *\n * @return array\n */\n` +
    `function cc4dr_widgets_locale_languages() {\n\treturn ${php(localeLanguages, '\t')};\n}\n`,
);

// Translations: each English text the plugin shows, in each of our languages, for each WordPress locale of it.
mkdirSync(join(plugin, 'languages'), { recursive: true });
for (const locale of locales) {
  const entries = {};
  for (const [msgid, source] of translated) {
    let text;
    if (source.principle)
      text = `${source.principle.number}. ${principleTitles[locale][source.principle.id]?.title ?? source.principle.title}`;
    else text = messages[locale][source.key];
    if (text === undefined) throw new Error(`WordPress plugin: no ${locale} text for "${source.key}"`);
    entries[msgid] = source.city ? text.replace('{city}', source.city) : text;
  }
  for (const wordpressLocale of wordpressLocales[locale]) {
    writeFileSync(
      join(plugin, 'languages', `${textDomain}-${wordpressLocale}.l10n.php`),
      `<?php\n// Generated by scripts/wordpress.mjs from src/l10n/${locale}.json. Do not edit.\n` +
        `return ${php({ domain: textDomain, language: wordpressLocale, messages: entries })};\n`,
    );
  }
}

// The plugin's own files, with its version; the licence and the notices of what the bundle holds; the widgets as built:
// the script-tag file, its chunks and the frame.
const [, sharedPart, ...more] = scriptTagDownload(root);
if (!sharedPart || more.length) throw new Error(`WordPress plugin: the script tag should import one shared part: ${[sharedPart, ...more]}`);
writeFileSync(
  join(plugin, `${slug}.php`),
  readFileSync(join(root, 'wordpress/plugin.php'), 'utf8').replaceAll('{{version}}', version).replaceAll('{{sharedPart}}', sharedPart),
);
for (const file of ['readme.txt', 'editor.js']) {
  writeFileSync(join(plugin, file), readFileSync(join(root, 'wordpress', file), 'utf8').replaceAll('{{version}}', version));
}
const { pot, problems } = makePot(plugin);
if (problems.length) throw new Error(`WordPress plugin: texts that translators could not get:\n${problems.join('\n')}`);
writeFileSync(join(plugin, 'languages', `${textDomain}.pot`), pot);
cpSync(join(root, 'LICENSE'), join(plugin, 'LICENSE.txt'));
cpSync(join(root, 'dist/THIRD-PARTY-NOTICES.txt'), join(plugin, 'THIRD-PARTY-NOTICES.txt'));
mkdirSync(join(plugin, 'assets'), { recursive: true });
cpSync(join(root, 'dist/cc4dr-widgets.js'), join(plugin, 'assets/cc4dr-widgets.js'));
cpSync(join(root, 'dist/cc4dr-widgets'), join(plugin, 'assets/cc4dr-widgets'), { recursive: true });
cpSync(join(root, 'dist/frame'), join(plugin, 'assets/frame'), { recursive: true });

const files = {};
const add = (dir) => {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) add(path);
    else files[`${slug}/${relative(plugin, path)}`] = readFileSync(path);
  }
};
add(plugin);
writeFileSync(join(out, `${slug}.zip`), zipSync(files, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') }));
console.log(`WordPress plugin: dist/wordpress/${slug}.zip (${Object.keys(files).length} files)`);
