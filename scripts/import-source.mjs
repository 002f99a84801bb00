// Lets a Node script use a module of the library's TypeScript source as it is (src/core/match.ts, say), so that the
// maintainers' tools apply the very rules the widgets apply, without a build first: esbuild bundles it in memory.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The module at `path` (relative to the repository), with what it imports. */
export async function importSource(path) {
  const { outputFiles } = await build({
    entryPoints: [`${root}${path}`],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    logLevel: 'silent',
  });
  return import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
}
