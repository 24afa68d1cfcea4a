// Real Chromium (Debian's /usr/bin/chromium via playwright-core) with the built extension loaded,
// and a static server on 127.0.0.1 for fixture pages. Shared by every browser test.
import { createServer } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const EXTENSION_DIR = resolve(ROOT, process.env.CLEARSOURCE_BUILD_ROOT || 'build', 'extension');
export const ARTIFACTS = join(ROOT, 'artifacts', 'e2e');
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.png': 'image/png', '.jpg': 'image/jpeg', '.svg': 'image/svg+xml' };

// Serves files under `roots` (URL prefix -> folder). Pages get a strict CSP unless ?csp=off, so
// every browser test also proves the extension works where the page forbids inline scripts/eval.
export async function startServer(roots) {
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    for (const [prefix, dir] of Object.entries(roots)) {
      if (!url.pathname.startsWith(prefix)) continue;
      const rel = normalize(decodeURIComponent(url.pathname.slice(prefix.length))).replace(/^(\.\.[/\\])+/, '');
      const file = join(dir, rel);
      if (!file.startsWith(dir) || !existsSync(file)) break;
      const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
      if (url.searchParams.get('csp') !== 'off') {
        headers['content-security-policy'] = "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'";
      }
      res.writeHead(200, headers);
      res.end(readFileSync(file));
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) };
}

export async function launchBrowser({ headless = true } = {}) {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`extension not built at ${EXTENSION_DIR}: run bash scripts/build.sh`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'clearsource-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: false,  // the new headless mode (below) supports extensions; the old one does not
    viewport: { width: 1200, height: 900 },
    args: [
      ...(headless ? ['--headless=new'] : []),
      `--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic', '--disable-default-apps',
    ],
  });
  let worker = context.serviceWorkers()[0];
  if (!worker) worker = await context.waitForEvent('serviceworker', { timeout: 20000 });
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

// The extension's service worker as it is now. MV3 workers stop after ~30 s idle (and slow
// machines make that likely between steps). A stopped worker's handle can stay listed and never
// answer, so the newest listed worker that answers a probe within 2 s is taken; when none does,
// an extension page is opened to start one and the list is probed again until one answers.
export async function liveWorker(browser) {
  const prefix = `chrome-extension://${browser.extensionId}/`;
  const found = await answeringWorker(browser, prefix);
  if (found) return found;
  const page = await browser.context.newPage();
  try {
    await page.goto(`${prefix}view/view.html?t=wake`).catch(() => {});
    for (const deadline = Date.now() + 20000; Date.now() < deadline;) {
      const worker = await answeringWorker(browser, prefix);
      if (worker) return worker;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  } finally {
    await page.close();
  }
  throw new Error('no service worker answered within 20 s of opening an extension page');
}

async function answeringWorker(browser, prefix) {
  const listed = browser.context.serviceWorkers().filter((w) => w.url().startsWith(prefix));
  for (let k = listed.length - 1; k >= 0; k--) {
    try {
      await withTimeout(listed[k].evaluate(() => true), 2000, 'service worker probe');
      return listed[k];
    } catch {
      // a stopped worker's handle: try the next one
    }
  }
  return null;
}

async function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

// Evaluates `fn(arg)` in the service worker, retrying once on a fresh worker if it stopped.
export async function inWorker(browser, fn, arg) {
  for (let attempt = 0; ; attempt++) {
    const worker = await liveWorker(browser);
    try {
      return await withTimeout(worker.evaluate(fn, arg), 15000, 'service worker call');
    } catch (err) {
      if (attempt >= 1) throw err;
    }
  }
}

// Runs the toolbar action's real handler in the service worker for the tab showing `page`.
export async function toggleReader(browser, page) {
  await inWorker(browser, async (pageUrl) => {
    const tabs = await chrome.tabs.query({});
    const tab = tabs.find((t) => t.url === pageUrl) ?? tabs.find((t) => t.active);
    await globalThis.clearsourceToggle(tab);
  }, page.url());
}

// The reader view frame, once its article is rendered.
export async function readerFrame(page, { timeout = 15000 } = {}) {
  const handle = await page.waitForSelector('iframe[data-clearsource="view"]', { timeout, state: 'attached' });
  const frame = await handle.contentFrame();
  await frame.waitForSelector('body[data-ready="true"]', { timeout });
  return frame;
}

export function artifactPath(name) {
  mkdirSync(ARTIFACTS, { recursive: true });
  return join(ARTIFACTS, name);
}
