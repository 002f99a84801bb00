// Responses that misbehave on purpose, served by the test runner's dev server under /__fixtures/.
const json = 'application/json; charset=utf-8';
const validBody = JSON.stringify({ examples: [] });
let cookieSeen;

/** Koa middleware for web-test-runner. */
export async function faultyFixtures(ctx, next) {
  const path = ctx.path;
  if (!path.startsWith('/__fixtures/')) return next();
  ctx.set('access-control-allow-origin', '*');
  const status = /^\/__fixtures\/status\/(\d{3})$/.exec(path);
  if (status) {
    ctx.status = Number(status[1]);
    ctx.type = json;
    ctx.body = '{"error": true}';
  } else if (path === '/__fixtures/broken-json') {
    ctx.type = json;
    ctx.body = '{"examples": [ {"id": ';
  } else if (path === '/__fixtures/html') {
    ctx.type = 'text/html';
    ctx.body = '<!doctype html><title>Not found</title><p>Sorry</p>';
  } else if (path === '/__fixtures/not-a-list') {
    ctx.type = json;
    ctx.body = '{"examples": "none", "constructor": {"prototype": {"polluted": true}}}';
  } else if (path === '/__fixtures/huge') {
    ctx.type = json;
    ctx.body = JSON.stringify({ examples: [], padding: 'x'.repeat(2_100_000) });
  } else if (path === '/__fixtures/hang') {
    // Headers and half a body, then nothing: the loader's timeout must end it.
    ctx.respond = false;
    ctx.res.writeHead(200, { 'content-type': json });
    ctx.res.write('{"examples": [');
  } else if (path === '/__fixtures/redirect-away') {
    const [host, port] = ctx.host.split(':');
    const other = host === 'localhost' ? '127.0.0.1' : 'localhost';
    ctx.redirect(`http://${other}:${port}/__fixtures/valid`);
  } else if (path === '/__fixtures/cookie-check') {
    // Remembers what cookie header a library's records file was asked for with, for /__fixtures/cookie-seen.
    cookieSeen = ctx.get('cookie');
    ctx.type = json;
    ctx.body = validBody;
  } else if (path === '/__fixtures/cookie-seen') {
    ctx.type = json;
    ctx.body = JSON.stringify({ cookie: cookieSeen });
  } else if (path === '/__fixtures/valid') {
    ctx.type = json;
    ctx.body = validBody;
  } else {
    return next();
  }
}
