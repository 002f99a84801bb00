// A small static file server for the demo and the browser tests. Serves one folder, nothing outside it.
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { scriptTagDownload } from './script-tag-files.mjs';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** The policy the library promises to work under (see README), plus what a demo page itself needs. */
export const strictCsp =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * A `Link` header that has a browser fetch the script-tag file's shared part together with the page, rather than once
 * the entry has arrived and named it: what a host's server can send for a page that holds its first paint for the
 * widgets (the demo does). Undefined before a build.
 */
export function scriptTagPreload(root, base = '/dist/') {
  try {
    const shared = scriptTagDownload(root).slice(1);
    return shared.length ? shared.map((file) => `<${base}${file}>; rel=modulepreload`).join(', ') : undefined;
  } catch {
    return undefined;
  }
}

/** Whether a browser's `accept-encoding` takes gzip (and does not refuse it with `q=0`). */
const acceptsGzip = (accepted = '') =>
  accepted.split(',').some((coding) => {
    const [name, ...parameters] = coding.trim().split(';');
    return name.trim() === 'gzip' && !parameters.some((parameter) => /^\s*q\s*=\s*0(\.0*)?\s*$/.test(parameter));
  });

/** Each text file's gzip, made once per version of the file (its size and time). */
const compressed = new Map();
function gzipped(file, { size, mtimeMs }) {
  const version = `${size}:${mtimeMs}`;
  const cached = compressed.get(file);
  if (cached?.version === version) return cached.body;
  const body = gzipSync(readFileSync(file));
  compressed.set(file, { version, body });
  return body;
}

/**
 * Starts a server on 127.0.0.1. `headers(path)` adds response headers for HTML pages (e.g. a CSP);
 * `home` is where `/` redirects; `compress` sends text gzipped to a browser that accepts it, as a host's server does
 * (the demo, and the pages Lighthouse scores).
 * Resolves to { server, origin }.
 */
export function serve(root, { port = 0, headers = () => ({}), index = 'index.html', home, compress = false } = {}) {
  const base = normalize(root + sep);
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    if (home && path === '/') {
      response.writeHead(302, { location: home }).end();
      return;
    }
    let file = normalize(join(base, path));
    if (!file.startsWith(base) && file + sep !== base) {
      response.writeHead(403).end();
      return;
    }
    let stats;
    try {
      if (statSync(file).isDirectory()) {
        if (!path.endsWith('/')) {
          response.writeHead(301, { location: `${path}/` }).end();
          return;
        }
        file = join(file, index);
      }
      stats = statSync(file);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    const type = types[extname(file)] ?? 'application/octet-stream';
    const gzip = compress && /^(text\/|application\/json|image\/svg)/.test(type) && acceptsGzip(request.headers['accept-encoding']);
    response.writeHead(200, {
      'content-type': type,
      'cache-control': 'no-cache',
      'x-content-type-options': 'nosniff',
      ...(compress ? { vary: 'accept-encoding' } : {}),
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
      ...(type.startsWith('text/html') ? headers(path) : {}),
    });
    if (gzip) response.end(gzipped(file, stats));
    else createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${server.address().port}` }));
  });
}
