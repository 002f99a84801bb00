// The element reference, the theme reference and the README's table of elements, as Markdown, from
// dist/custom-elements.json (itself generated from the JSDoc) and the element registry. scripts/sync.mjs writes them.
import { elements } from './elements.mjs';

const cell = (text = '') =>
  String(text)
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ');
const code = (text) => `\`${text}\``;

/** The manifest's elements, in the registry's order. */
const order = (tag) => elements.findIndex((e) => e.tag === tag);
const elementsOf = (manifest) =>
  manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.customElement && d.tagName)
    .sort((a, b) => order(a.tagName) - order(b.tagName));

const darkValue = /\s*\(dark theme: ([^)]+)\)\.?/;

/** Every --cc4dr-* property once, with its light and dark values and the elements that use it; then every part. */
export function themeReference(manifest) {
  const elements = elementsOf(manifest);
  const properties = new Map();
  for (const el of elements) {
    for (const p of el.cssProperties ?? []) {
      const entry = properties.get(p.name) ?? { light: p.default, dark: darkValue.exec(p.description)?.[1], uses: new Map() };
      const use = p.description.replace(darkValue, '').replace(/\.$/, '');
      entry.uses.set(use, [...(entry.uses.get(use) ?? []), el.tagName.replace('cc4dr-', '')]);
      properties.set(p.name, entry);
    }
  }
  const usesText = (uses) =>
    [...uses].map(([use, names]) => `${use} (${names.length === elements.length ? 'every element' : names.join(', ')})`).join('; ');
  const rows = [...properties]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, p]) => `| ${code(name)} | ${code(p.light)} | ${p.dark ? code(p.dark) : 'the same'} | ${cell(usesText(p.uses))} |`);
  const parts = elementsOf(manifest).map(
    (el) => `| ${code(`<${el.tagName}>`)} | ${(el.cssParts ?? []).map((p) => code(p.name)).join(', ')} |`,
  );
  return `| custom property | light | dark | what it sets (element) |\n|---|---|---|---|\n${rows.join('\n')}\n\n| element | parts |\n|---|---|\n${parts.join('\n')}\n`;
}

export function apiReference(manifest) {
  return elementsOf(manifest)
    .map((el) => {
      const rows = [];
      for (const a of el.attributes ?? []) {
        const name = a.fieldName && a.fieldName !== a.name ? `${code(a.name)} / ${code(`.${a.fieldName}`)}` : code(a.name);
        rows.push(`| attribute | ${name} | ${cell(a.type?.text)} | ${cell(a.description)} |`);
      }
      for (const p of (el.members ?? []).filter(
        (m) => m.kind === 'field' && (m.privacy ?? 'public') === 'public' && !m.static && !m.attribute,
      )) {
        rows.push(`| property | ${code(p.name)} | ${cell(p.type?.text)} | ${cell(p.description)} |`);
      }
      for (const e of el.events ?? []) rows.push(`| event | ${code(e.name)} | ${cell(e.type?.text)} | ${cell(e.description)} |`);
      for (const p of el.cssParts ?? []) rows.push(`| part | ${code(p.name)} | | ${cell(p.description)} |`);
      for (const p of el.cssProperties ?? []) {
        rows.push(`| CSS property | ${code(p.name)} | ${p.default ? code(p.default) : ''} | ${cell(p.description)} |`);
      }
      const events = el.events?.length ? '' : '\nIt fires no events.\n';
      return `### \`<${el.tagName}>\`\n\n${cell(el.description)}\n${events}\n| kind | name | type or default | description |\n|---|---|---|---|\n${rows.join('\n')}\n`;
    })
    .join('\n');
}

/** Attributes every element (or every element with headings) has: the table names them once, below itself. */
const common = new Set(['theme', 'heading-level']);

/** The README's table: each element of the registry, what it shows, and its own attributes (a link to its reference). */
export function elementTable(manifest) {
  const byTag = new Map(elementsOf(manifest).map((el) => [el.tagName, el]));
  const rows = elements.map((e) => {
    const el = byTag.get(e.tag);
    const attributes = (el?.attributes ?? []).map((a) => a.name).filter((name) => !common.has(name));
    const anchor = `docs/elements.md#${e.tag}`;
    return `| [\`<${e.tag}>\`](${anchor}) | ${cell(el?.summary)} | ${attributes.map(code).join(', ') || '—'} |`;
  });
  return `| element | what it shows | its attributes |\n|---|---|---|\n${rows.join('\n')}\n`;
}

/** Puts `content` between two marker comments of `text` (which must have them). */
export function replaceBetween(text, open, close, content) {
  const [before, rest] = text.split(open);
  const after = rest?.split(close)[1];
  if (after === undefined) throw new Error(`lacks the markers ${open} … ${close}`);
  return `${before}${open}\n\n${content}\n${close}${after}`;
}
