// `npm run data:check --links`, against a loopback server only: the link check's verdicts for an address that
// answers, one that moved, one that is gone and one that never answers, and the command's output and exit code on a
// copy of the data whose links all point at that server. The real sources are asked only when a maintainer runs it.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { checkLinks, describeLinks, linksOf, readData } from '../../scripts/data-check.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('the link check of npm run data:check', () => {
  let server;
  let origin;
  const hanging = new Set();

  before(async () => {
    server = createServer((request, response) => {
      if (request.url === '/ok') response.writeHead(200, { 'content-type': 'text/html' }).end('<p>Here</p>');
      else if (request.url === '/moved') response.writeHead(301, { location: '/ok' }).end();
      else if (request.url === '/elsewhere') response.writeHead(302, { location: 'https://example.org/new' }).end();
      else if (request.url === '/slow') hanging.add(response);
      else response.writeHead(404).end('Not found');
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${server.address().port}`;
  });

  after(() => {
    for (const response of hanging) response.destroy();
    server.closeAllConnections();
    server.close();
  });

  it('says which links answer, moved, redirect, are gone or never answer', async () => {
    const results = await checkLinks(
      ['/ok', '/moved', '/elsewhere', '/gone', '/slow'].map((p) => origin + p),
      { timeoutMs: 1000, concurrency: 2 },
    );
    assert.deepEqual(
      results.map(({ url, kind, status, location }) => ({ path: url.slice(origin.length), kind, status, location })),
      [
        { path: '/elsewhere', kind: 'redirected', status: 302, location: 'https://example.org/new' },
        { path: '/gone', kind: 'dead', status: 404, location: undefined },
        { path: '/moved', kind: 'moved', status: 301, location: `${origin}/ok` },
        { path: '/ok', kind: 'ok', status: 200, location: undefined },
        { path: '/slow', kind: 'timeout', status: undefined, location: undefined },
      ],
    );
    assert.deepEqual(describeLinks(results), [
      `redirected (302): ${origin}/elsewhere → https://example.org/new`,
      `dead (404): ${origin}/gone`,
      `moved (301): ${origin}/moved → ${origin}/ok`,
      `no answer in time: ${origin}/slow`,
      'links: 1 of 5 answered 2xx',
    ]);
  });

  it('asks no more than the given number of links at once', async () => {
    let open = 0;
    let most = 0;
    const counting = createServer((request, response) => {
      open += 1;
      most = Math.max(most, open);
      setImmediate(() => {
        open -= 1;
        response.writeHead(200).end();
      });
    });
    await new Promise((resolve) => counting.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${counting.address().port}`;
    const results = await checkLinks(
      Array.from({ length: 12 }, (_, i) => `${base}/${i}`),
      { concurrency: 3 },
    );
    counting.close();
    assert.equal(results.length, 12);
    assert.ok(most <= 3, `at most 3 at once, saw ${most}`);
  });

  it('lists every link of the bundled data once, and no mailto: address', () => {
    const links = linksOf(readData());
    assert.ok(links.length > 60);
    assert.equal(new Set(links).size, links.length);
    assert.ok(links.includes('https://citiesfordigitalrights.org/cities'));
    assert.ok(links.every((url) => /^https?:\/\//.test(url)));
  });

  // Run without blocking this process: the loopback server answering the command lives here.
  it('runs as a command: exit 1 with the dead and timed-out links listed, the data itself sound', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc4dr-data-'));
    try {
      cpSync(join(root, 'data'), dir, { recursive: true });
      // Every address in the copy points at the loopback server: most at /ok, one moved, one gone, one that hangs.
      const rewrite = (file, map) => writeFileSync(join(dir, file), map(readFileSync(join(dir, file), 'utf8')));
      rewrite('members.json', (text) => text.replace(/https?:\/\/[^"]+/g, `${origin}/ok`));
      rewrite('examples.json', (text) => text.replace(/https?:\/\/[^"]+/g, `${origin}/ok`));
      rewrite('activities.json', (text) => text.replace(/https?:\/\/[^"]+/g, `${origin}/ok`));
      rewrite('places.json', (text) => text.replace(/https?:\/\/[^"]+/g, `${origin}/ok`));
      rewrite('principles.json', (text) => text.replace(/https?:\/\/[^"]+/g, `${origin}/moved`));
      rewrite('coalition.json', (text) =>
        text
          .replace(/"about": "[^"]+"/, `"about": "${origin}/gone"`)
          .replace(/"cities": "[^"]+"/, `"cities": "${origin}/slow"`)
          .replace(/https:\/\/[^"]+/g, `${origin}/ok`),
      );
      const run = await promisify(execFile)(process.execPath, ['scripts/data-check.mjs', '--links', '--timeout', '1500', '--data', dir], {
        cwd: root,
      }).then(
        (done) => ({ ...done, status: 0 }),
        (failed) => ({ stdout: failed.stdout, status: failed.code }),
      );
      const lines = run.stdout.trim().split('\n');
      assert.equal(lines[0], 'data: every schema and rule holds');
      assert.deepEqual(lines.slice(1, -1), [
        `dead (404): ${origin}/gone`,
        `moved (301): ${origin}/moved → ${origin}/ok`,
        `no answer in time: ${origin}/slow`,
      ]);
      assert.match(lines.at(-1), /^links: 1 of 4 answered 2xx$/);
      assert.equal(run.status, 1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
