#!/usr/bin/env node
/// <reference types="node" />
// `npx cc4dr-widgets render '<cc4dr-member-badge city="Vienna" country="AT">'`: prerendered HTML for static-site builders.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { prerender } from './ssr.js';

const usage = `Usage: cc4dr-widgets render [--lang <page language>] <html>
       cc4dr-widgets render [--lang <page language>] --file <path>   (or --file - to read standard input)

Prints the HTML with each cc4dr element prerendered (declarative shadow DOM). Load cc4dr-widgets.js on the page as
usual: the elements take over their prerendered markup. The hashes to allow the inline styles under a
Content-Security-Policy are printed on standard error.`;

function fail(message: string, showUsage = true): never {
  process.stderr.write(`cc4dr-widgets: ${message}\n${showUsage ? `${usage}\n` : ''}`);
  process.exit(1);
}

async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { lang: { type: 'string' }, file: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    fail((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return;
  }
  const [command, ...rest] = positionals;
  if (command !== 'render') fail(command ? `unknown command "${command}".` : 'no command given.');
  if (values.file !== undefined && rest.length > 0) fail('give the HTML or --file, not both.');
  const input = values.file !== undefined ? readFileSync(values.file === '-' ? 0 : values.file, 'utf8') : rest.join(' ');
  if (!input.trim()) fail('no HTML to render.');

  const result = await prerender(input, values.lang === undefined ? {} : { lang: values.lang });
  process.stdout.write(result.html.endsWith('\n') ? result.html : `${result.html}\n`);
  for (const tag of result.unknownTags)
    process.stderr.write(`cc4dr-widgets: <${tag}> is not an element of this version; left as it was.\n`);
  if (result.styleHashes.length > 0) {
    process.stderr.write(
      `Under a Content-Security-Policy, allow the inline styles with: style-src 'self' ${result.styleHashes.join(' ')}\n`,
    );
  }
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error), false));
