// A @web/test-runner middleware that plays a misbehaving feed server on the test server itself
// (127.0.0.1, started and stopped with the run). Browser tests PUT a body under a name and then
// fetch it back with the status, content type and delay they want:
//   PUT /__feeds__/<name>?status=500             stores the request body (and the status to answer)
//   GET /__feeds__/<name>?type=text/html&delay=2000
//   GET /__feeds__/<name>?type=text/html&csp=<policy>   answers with that Content-Security-Policy header
//                                                      (a page for the strict-CSP suite, opened in an iframe)
//   GET /__feeds__/<name>?pad=17000000&chunked=1   the body and that many spaces after it (bodies past
//                                                  the feed loader's byte cap), streamed without a
//                                                  Content-Length with `chunked`
// A delayed answer ends early when the browser aborts the request, so nothing outlives a test.
// Also POST /__ssr__ with `{ tag, lang, property, value }`: the element rendered by @lit-labs/ssr
// (scripts/ssr-render.mjs, in a child process), for the SSR parity suite.
import { execFile } from 'node:child_process';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';

const renderer = fileURLToPath(new URL('./ssr-render.mjs', import.meta.url));
const PREFIX = '/__feeds__/';
const MAX_DELAY = 10_000;
const MAX_BODY = 16 * 1024 * 1024;
const MAX_PAD = 64 * 1024 * 1024;
const bodies = new Map();

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > MAX_BODY) reject(new Error('feed body too large'));
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function wait(ms, req) {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    req.once('close', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

function renderOnServer(input) {
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, [renderer], { timeout: 20_000, maxBuffer: MAX_BODY }, (error, stdout) =>
      error ? reject(error) : resolve(stdout),
    );
    child.stdin.end(input);
  });
}

export async function testServer(ctx, next) {
  if (ctx.path === '/__ssr__' && ctx.method === 'POST') {
    ctx.type = 'text/html';
    ctx.body = await renderOnServer(await readBody(ctx.req));
    return;
  }
  if (!ctx.path.startsWith(PREFIX)) return next();
  const name = ctx.path.slice(PREFIX.length);
  if (ctx.method === 'PUT') {
    bodies.set(name, { body: await readBody(ctx.req), status: Number(ctx.query.status) || 200 });
    ctx.status = 204;
    return;
  }
  const delay = Math.min(Number(ctx.query.delay) || 0, MAX_DELAY);
  if (delay > 0) await wait(delay, ctx.req);
  if (ctx.req.destroyed) return;
  const stored = bodies.get(name);
  ctx.status = stored?.status ?? 404;
  ctx.type = String(ctx.query.type || 'application/json');
  ctx.set('cache-control', 'no-store');
  if (ctx.query.csp) ctx.set('content-security-policy', String(ctx.query.csp));
  const body = stored?.body ?? Buffer.from('Not found');
  const pad = Math.min(Number(ctx.query.pad) || 0, MAX_PAD);
  if (!pad && !ctx.query.chunked) {
    ctx.body = body;
    return;
  }
  // A stream: Koa sends it chunked, without a Content-Length, unless one is set.
  ctx.body = Readable.from(padded(body, pad));
  if (!ctx.query.chunked) ctx.length = body.length + pad;
}

/** `body`, then `pad` spaces in 1 MiB chunks (made as they are read: a cancelled request stops them). */
function* padded(body, pad) {
  yield body;
  const chunk = Buffer.alloc(1024 * 1024, ' ');
  for (let left = pad; left > 0; left -= chunk.length) yield left >= chunk.length ? chunk : chunk.subarray(0, left);
}
