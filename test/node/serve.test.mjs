// `npm start`'s server (scripts/serve.mjs): the demo as a host's server would send it, gzipped, under the strict policy,
// with the script's shared part fetched together with the page.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { strictCsp } from '../../scripts/static-server.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('npm start serves the demo', () => {
  let server;
  let origin;

  before(async () => {
    server = spawn(process.execPath, ['scripts/serve.mjs'], { cwd: root, env: { ...process.env, PORT: '0' } });
    origin = await new Promise((resolve, reject) => {
      let printed = '';
      server.stdout.on('data', (chunk) => {
        printed += chunk;
        const address = /(http:\/\/127\.0\.0\.1:\d+)\/demo\//.exec(printed);
        if (address) resolve(address[1]);
      });
      server.on('exit', (code) => reject(new Error(`scripts/serve.mjs ended with ${code}: ${printed}`)));
    });
  });

  after(() => server?.kill());

  it('sends the demo under the strict policy, with a header that fetches the script’s shared part at once', async () => {
    const response = await fetch(`${origin}/demo/`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-security-policy'), strictCsp);
    const preload = /^<(\/dist\/cc4dr-widgets\/script-tag-[\w-]+\.js)>; rel=modulepreload$/.exec(response.headers.get('link'));
    assert.ok(preload, response.headers.get('link'));
    // The very chunk the entry imports, so that the browser uses what it fetched early.
    assert.ok(readFileSync(`${root}dist/cc4dr-widgets.js`, 'utf8').includes(`"./${preload[1].slice('/dist/'.length)}"`));
    assert.equal((await fetch(`${origin}${preload[1]}`)).status, 200);
    // Only the demo: another page of the folder is sent as it is.
    assert.equal((await fetch(`${origin}/test/fixtures/one-list.html`)).headers.get('link'), null);
  });

  it('gzips text for a browser that accepts it, and sends it plain to one that does not', async () => {
    const file = `${root}dist/cc4dr-widgets.single.js`;
    const zipped = await fetch(`${origin}/dist/cc4dr-widgets.single.js`, { headers: { 'accept-encoding': 'gzip' } });
    assert.equal(zipped.headers.get('content-encoding'), 'gzip');
    assert.equal(zipped.headers.get('vary'), 'accept-encoding');
    // fetch() unzips what it is sent: the text is the file's, and it travelled as a fraction of its size.
    assert.equal(await zipped.text(), readFileSync(file, 'utf8'));
    const raw = await new Promise((resolve, reject) =>
      import('node:http').then(({ get }) =>
        get(`${origin}/dist/cc4dr-widgets.single.js`, { headers: { 'accept-encoding': 'gzip' } }, (response) => {
          const parts = [];
          response.on('data', (part) => parts.push(part));
          response.on('end', () => resolve(Buffer.concat(parts)));
        }).on('error', reject),
      ),
    );
    assert.ok(raw.length < readFileSync(file).length / 3, `${raw.length} bytes sent`);
    assert.equal(gunzipSync(raw).toString(), readFileSync(file, 'utf8'));
    for (const refusing of ['identity', 'gzip;q=0, br', 'br;q=1, gzip; q=0.0']) {
      const plain = await fetch(`${origin}/dist/cc4dr-widgets.single.js`, { headers: { 'accept-encoding': refusing } });
      assert.equal(plain.headers.get('content-encoding'), null, refusing);
      assert.equal(await plain.text(), readFileSync(file, 'utf8'));
    }
  });

  it('answers 404 for a file it does not have, and sends / to the demo', async () => {
    assert.equal((await fetch(`${origin}/dist/no-such-file.js`, { headers: { 'accept-encoding': 'gzip' } })).status, 404);
    assert.equal((await fetch(`${origin}/`, { redirect: 'manual' })).headers.get('location'), '/demo/');
  });
});
