#!/usr/bin/env node
// npm run demo: serves the web demo (web/demo/) on 127.0.0.1 with the wasm core and the
// extension's view modules, under a strict CSP like the extension's pages.
//   node scripts/demo-server.mjs [--port 8080]      (PORT=0 picks a free port)
// The core comes from $CLEARSOURCE_DIST/core (default dist/core): run bash scripts/build.sh first.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = resolve(ROOT, process.env.CLEARSOURCE_DIST || 'dist');

// URL prefix -> folder. Only these are served; nothing else of the repository is reachable.
export const ROUTES = [
  ['/demo/', join(ROOT, 'web', 'demo')],
  ['/extension/view/', join(ROOT, 'extension', 'view')],
  ['/extension/shared/', join(ROOT, 'extension', 'shared')],
  ['/core/clearsource-core.', join(DIST, 'core'), 'clearsource-core.'],
  ['/core/', join(ROOT, 'core', 'bindings')],
];
const FILES = { '/reader.css': join(ROOT, 'web', 'reader.css') };

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.wasm': 'application/wasm', '.png': 'image/png', '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml', '.json': 'application/json',
};

// Scripts only from here (plus wasm compilation); images from anywhere (articles link them);
// embeds over https; no plugins, no base-tag tricks, no form posts elsewhere.
export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src * data: blob:; "
  + "media-src *; frame-src https:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

export function resolvePath(pathname) {
  if (pathname === '/' || pathname === '/demo') return { redirect: '/demo/' };
  if (FILES[pathname]) return { file: FILES[pathname] };
  for (const [prefix, dir, keep = ''] of ROUTES) {
    if (!pathname.startsWith(prefix)) continue;
    let rel = keep + pathname.slice(prefix.length);
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    const file = resolve(dir, rel);
    if (!file.startsWith(dir + sep)) return null;  // ../ escapes
    return { file };
  }
  return null;
}

export function startDemoServer({ port = 8080, host = '127.0.0.1' } = {}) {
  const server = createServer((req, res) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
    } catch {
      res.writeHead(400).end('bad request');
      return;
    }
    const hit = resolvePath(pathname);
    if (hit?.redirect) {
      res.writeHead(302, { location: hit.redirect }).end();
      return;
    }
    if (!hit || !existsSync(hit.file) || !statSync(hit.file).isFile()) {
      const hint = pathname.startsWith('/core/clearsource-core.') ? ` (no wasm core in ${join(DIST, 'core')}: run bash scripts/build.sh)` : '';
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`not found${hint}`);
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(hit.file)] ?? 'application/octet-stream',
      'content-security-policy': CSP,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': 'no-store',
    });
    res.end(readFileSync(hit.file));
  });
  return new Promise((resolveStart, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolveStart({ server, origin: `http://${host}:${address.port}`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const flag = process.argv.indexOf('--port');
  const port = Number(flag > 0 ? process.argv[flag + 1] : process.env.PORT ?? 8080);
  if (!existsSync(join(DIST, 'core', 'clearsource-core.wasm'))) {
    console.warn(`demo: no wasm core in ${join(DIST, 'core')}; run bash scripts/build.sh first`);
  }
  try {
    const { origin } = await startDemoServer({ port });
    console.log(`Clearsource demo: ${origin}/demo/  (Ctrl+C to stop)`);
  } catch (err) {
    console.error(`demo: cannot listen on 127.0.0.1:${port}: ${err.message}${err.code === 'EADDRINUSE' ? ' (try --port 0)' : ''}`);
    process.exit(1);
  }
}
