// The files of the built script tag (dist/) a page downloads before any element renders, as the build scripts, the
// sizes, the dev server and the WordPress plugin need them.
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';

/**
 * dist/cc4dr-widgets.js and the chunks it imports statically (its shared part), as paths under dist/, the entry first.
 * Chunks fetched on demand with import() are left out. Throws before a build.
 */
export function scriptTagDownload(root) {
  const files = [];
  const visit = (file) => {
    if (files.includes(file)) return;
    files.push(file);
    const code = readFileSync(join(root, 'dist', file), 'utf8');
    // Minified static imports: `import"./x.js"` or `from"./x.js"` (import() calls are not static).
    for (const [, address] of code.matchAll(/(?:\bimport|\bfrom)\s*"(\.{1,2}\/[^"]+)"/g)) {
      visit(posix.join(posix.dirname(file), address));
    }
  };
  visit('cc4dr-widgets.js');
  return files;
}
