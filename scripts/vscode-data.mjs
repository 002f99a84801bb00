// Writes dist/vscode.html-custom-data.json from the custom elements manifest, so that VS Code (and other editors that
// read HTML custom data) complete our tags and attributes and show their documentation on hover.
import { readFileSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
const readme = 'https://www.npmjs.com/package/cc4dr-widgets';

/** The values of a union of string literals ("'light' | 'dark' | 'auto' | undefined"), if the type is one. */
function valuesOf(type = '') {
  const parts = type
    .split('|')
    .map((p) => p.trim())
    .filter((p) => p !== 'undefined');
  return parts.length && parts.every((p) => /^'[^']*'$/.test(p)) ? parts.map((p) => ({ name: p.slice(1, -1) })) : undefined;
}

const tags = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.customElement && d.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName))
  .map((element) => ({
    name: element.tagName,
    description: element.description ?? element.summary ?? '',
    attributes: (element.attributes ?? []).map((attribute) => ({
      name: attribute.name,
      description: attribute.description ?? '',
      ...(attribute.type?.text === 'boolean' ? { valueSet: 'v' } : {}),
      ...(valuesOf(attribute.type?.text) ? { values: valuesOf(attribute.type?.text) } : {}),
    })),
    references: [{ name: 'cc4dr-widgets README', url: readme }],
  }));

writeFileSync('dist/vscode.html-custom-data.json', `${JSON.stringify({ version: 1.1, tags }, null, 2)}\n`);
