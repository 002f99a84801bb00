// `npm start`: serves the demo page (and the built files it uses) on localhost under the library's strict policy.
import { fileURLToPath } from 'node:url';
import { serve, strictCsp } from './static-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.env.PORT ?? 8000);
const { origin } = await serve(root, { port, home: '/demo/', headers: () => ({ 'content-security-policy': strictCsp }) });
console.log(`\ncc4dr-widgets demo: ${origin}/demo/\n(served with the Content-Security-Policy ${strictCsp})\nPress Ctrl+C to stop.`);
