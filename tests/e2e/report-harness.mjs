// Browser helpers for the report tests, on top of harness.mjs: a launcher that can keep its
// profile (to restart the browser on the same data) and map test host names (farm.test,
// news.test, ...) to the local server, plus shortcuts to the extension's pages and worker hooks.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, EXTENSION_DIR, inWorker } from './harness.mjs';

export async function launchReportBrowser({ profile = null, hostMap = true, extraArgs = [] } = {}) {
  const dir = profile ?? mkdtempSync(join(tmpdir(), 'clearsource-report-e2e-'));
  // Developer mode on, as for anyone who loads an unpacked extension by hand: without it
  // Chromium disables an unpacked extension when it reloads (chrome.runtime.reload()).
  const prefs = join(dir, 'Default', 'Preferences');
  if (!existsSync(prefs)) {
    mkdirSync(join(dir, 'Default'), { recursive: true });
    writeFileSync(prefs, JSON.stringify({ extensions: { ui: { developer_mode: true } } }));
  }
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: false,
    viewport: { width: 1200, height: 900 },
    acceptDownloads: true,
    args: [
      '--headless=new',
      `--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic', '--disable-default-apps',
      // *.test names reach the local server: lists can then name real-looking hosts.
      ...(hostMap ? ['--host-resolver-rules=MAP *.test 127.0.0.1'] : []),
      ...extraArgs,
    ],
  });
  let worker = context.serviceWorkers()[0];
  if (!worker) worker = await context.waitForEvent('serviceworker', { timeout: 20000 });
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    profile: dir,
    url: (path) => `chrome-extension://${extensionId}/${path}`,
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (!keepProfile) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** http://<name>.test:<port><path> on the local test server. */
export function testUrl(server, host, path) {
  const { port } = new URL(server.origin);
  return `http://${host}:${port}${path}`;
}

export async function openOptions(browser) {
  const page = await browser.context.newPage();
  await page.goto(browser.url('options/options.html'));
  await page.waitForSelector('body[data-ready="true"]', { timeout: 15000 });
  return page;
}

export function countReports(browser) {
  return inWorker(browser, () => globalThis.clearsourceReports.reports.count());
}

export function tabIdFor(browser, pageUrl) {
  return inWorker(browser, async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id ?? null, pageUrl);
}

export function actionState(browser, tabId) {
  return inWorker(browser, async (id) => ({
    badge: await chrome.action.getBadgeText({ tabId: id }),
    popup: await chrome.action.getPopup({ tabId: id }),
  }), tabId);
}

/** Waits until `fn()` returns a truthy value (polling), or fails after `timeout` ms. */
export async function until(fn, { timeout = 10000, interval = 100, what = 'condition' } = {}) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await fn();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, interval));
  }
}
