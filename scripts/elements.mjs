// The element registry (src/elements.json) for the build scripts and the Node tests, with what follows from it by
// convention: each element's folder, class and define modules, npm entry points and React component name.
import { readFileSync } from 'node:fs';

const registry = JSON.parse(readFileSync(new URL('../src/elements.json', import.meta.url), 'utf8'));

/** `cc4dr-member-badge` → `MemberBadge`. */
const pascal = (name) => name.replace(/(^|-)([a-z])/g, (_, __, letter) => letter.toUpperCase());

export const elements = registry.elements.map((record) => {
  const name = record.tag.replace(/^cc4dr-/, '');
  return {
    ...record,
    /** The folder under src/ and dist/, and the npm entry points' name: `member-badge`. */
    name,
    classModule: `src/${name}/${name}.ts`,
    defineModule: `src/${name}/define.ts`,
    /** The component's name in cc4dr-widgets/react. */
    reactName: pascal(name),
  };
});

export const tags = elements.map((element) => element.tag);

const escapeAttribute = (value) => String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The element in its typical state (the registry's `example`), as HTML, with any `extra` attributes. */
export function exampleMarkup(element, extra = {}) {
  const attributes = Object.entries({ ...element.example, ...extra })
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
    .join('');
  return `<${element.tag}${attributes}></${element.tag}>`;
}
