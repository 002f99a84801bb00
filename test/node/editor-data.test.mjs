import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { it } from 'node:test';

const data = JSON.parse(readFileSync(new URL('../../dist/vscode.html-custom-data.json', import.meta.url), 'utf8'));
const manifest = JSON.parse(readFileSync(new URL('../../dist/custom-elements.json', import.meta.url), 'utf8'));

it('editor data (VS Code HTML custom data) describes every element and attribute of the manifest', () => {
  const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
  assert.equal(data.version, 1.1);
  assert.deepEqual(
    data.tags.map((t) => t.name),
    elements.map((e) => e.tagName).sort(),
  );
  for (const tag of data.tags) {
    assert.ok(tag.description.length > 40, tag.name);
    const element = elements.find((e) => e.tagName === tag.name);
    assert.deepEqual(
      tag.attributes.map((a) => a.name),
      element.attributes.map((a) => a.name),
      tag.name,
    );
    for (const attribute of tag.attributes) assert.ok(attribute.description, `${tag.name} ${attribute.name}`);
    const theme = tag.attributes.find((a) => a.name === 'theme');
    assert.deepEqual(
      theme.values.map((v) => v.name),
      ['light', 'dark', 'auto'],
      tag.name,
    );
  }
  const badge = data.tags.find((t) => t.name === 'cc4dr-member-badge');
  assert.equal(badge.attributes.find((a) => a.name === 'compact').valueSet, 'v');
});
