// Helpers for the reader-view browser tests (tests/e2e/view-*.test.mjs), on top of harness.mjs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, inWorker, launchBrowser, readerFrame, startServer, toggleReader } from './harness.mjs';

export const FIXTURES = join(ROOT, 'tests', 'e2e', 'fixtures');
const AXE_SOURCE = readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/** Server with the demo pages and the e2e fixtures, plus a browser with the extension. */
export async function startViewEnv() {
  const server = await startServer({
    '/demo/': join(ROOT, 'web', 'demo'),
    '/e2e/': FIXTURES,
  });
  const browser = await launchBrowser();
  return { server, browser };
}

// Every page gets a unique URL: the harness finds the tab to toggle by URL, and a tab closed by
// the previous test can still be listed for a moment with the same one.
let pageCounter = 0;
export async function openPage(env, path) {
  const page = await env.browser.context.newPage();
  const url = new URL(path, env.server.origin);
  url.searchParams.set('tab', String(++pageCounter));
  await page.goto(url.href);
  return page;
}

/** Opens the reader on `page` through the toolbar action's handler and waits for the article. */
export async function openReader(env, page) {
  await toggleReader(env.browser, page);
  return readerFrame(page);
}

export async function closedReader(page) {
  await page.waitForSelector('[data-clearsource="host"]', { state: 'detached', timeout: 10000 });
}

/**
 * Evaluates `fn(arg)` in the live service worker, with the harness's timeout and one retry on a
 * fresh worker: Chrome stops an idle MV3 worker after ~30 s, and a call to one being stopped can
 * hang (a CI run once waited out the test's 60 s on such a call).
 */
export function inLiveWorker(env, fn, arg) {
  return inWorker(env.browser, fn, arg);
}

/** Stored reader settings, written as the background would (tests start from a known state). */
export async function setStoredSettings(env, settings) {
  await inLiveWorker(env, (s) => chrome.storage.sync.set({ readerSettings: s }), settings);
}

export async function storedSettings(env) {
  return inLiveWorker(env, async () => (await chrome.storage.sync.get('readerSettings')).readerSettings ?? null);
}

/** The service worker now running (a stopped worker is replaced by a new one). */
export function currentWorker(env) {
  const workers = env.browser.context.serviceWorkers();
  return workers[workers.length - 1] ?? env.browser.worker;
}

export async function extractions(env) {
  return inLiveWorker(env, () => globalThis.clearsourceStats.extractions);
}

export async function tabIdOf(env, page) {
  const url = page.url();
  return inLiveWorker(env, async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id ?? null, url);
}

/** axe-core (pinned devDependency) in the view frame; returns serious and critical violations. */
export async function axeViolations(frame) {
  await frame.evaluate(AXE_SOURCE);
  const result = await frame.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
  });
  return result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

export async function closeViewEnv(env) {
  await env?.browser?.close();
  await env?.server?.close();
}
