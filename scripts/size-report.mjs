// `npm run size`: what a page downloads, gzip and brotli, beside the floor (a bare LitElement built the same way).
import { measureSizes } from './sizes.mjs';

const { floor, scriptTag, entries, chunks, marginal } = await measureSizes();
const kb = (n) => (n / 1024).toFixed(1);
const rows = [
  ['floor: bare LitElement', floor],
  [`script tag: ${scriptTag.files.join(' + ')} (all elements)`, scriptTag],
  ...entries.map((e) => [`cc4dr-widgets/${e.entry} + Lit`, e]),
  ...chunks.map((c) => [`lazy: dist/cc4dr-widgets/${c.file} (only when needed)`, c]),
];
console.log('| what | minified KB | gzip KB | brotli KB | gzip ÷ floor | budget KB gzip |\n|---|---:|---:|---:|---:|---:|');
for (const [name, size] of rows) {
  const budget = size.budget ? kb(size.budget) : '';
  console.log(`| ${name} | ${kb(size.min)} | ${kb(size.gzip)} | ${kb(size.brotli)} | ${(size.gzip / floor.gzip).toFixed(2)} | ${budget} |`);
}
console.log('\n| element | gzip KB it adds to the script-tag file |\n|---|---:|');
for (const { element, gzip } of marginal) console.log(`| ${element} | ${kb(gzip)} |`);
