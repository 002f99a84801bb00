// `npm start`: serves the demo page (and the built files it uses) on localhost under the library's strict policy.
import { fileURLToPath } from 'node:url';
import { scriptTagPreload, serve, strictCsp } from './static-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.env.PORT ?? 8000);
// The demo holds its first paint for the widgets: the header below fetches the script's shared part with the page.
const preload = scriptTagPreload(root);
const { origin } = await serve(root, {
  port,
  home: '/demo/',
  compress: true,
  headers: (path) => ({ 'content-security-policy': strictCsp, ...(preload && path.startsWith('/demo/') ? { link: preload } : {}) }),
});
console.log(`\ncc4dr-widgets demo: ${origin}/demo/\n(served with the Content-Security-Policy ${strictCsp})\nPress Ctrl+C to stop.`);
