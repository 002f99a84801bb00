// `npm start`: serves the demo page (and the built files it uses) on localhost under the library's strict policy.
import { fileURLToPath } from 'node:url';
import { scriptTagPreload, serve, strictCsp } from './static-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.env.PORT ?? 8000);
// The demo holds its first paint for the widgets: the header below fetches the script's shared part with the page (read
// at each request, so that a build made while this runs is followed).
const demoHeaders = (path) => {
  const preload = path.startsWith('/demo/') ? scriptTagPreload(root) : undefined;
  return { 'content-security-policy': strictCsp, ...(preload ? { link: preload } : {}) };
};
const { origin } = await serve(root, { port, home: '/demo/', compress: true, headers: demoHeaders });
console.log(`\ncc4dr-widgets demo: ${origin}/demo/\n(served with the Content-Security-Policy ${strictCsp})\nPress Ctrl+C to stop.`);
