// The one-click round trip in real Chromium with the built extension: page -> article view ->
// page, restored exactly (same nodes, same serialization, same scroll), on a strict-CSP page.
import { join } from 'node:path';
import { ROOT, artifactPath, launchBrowser, readerFrame, startServer, toggleReader } from './harness.mjs';

let server;
let browser;

beforeAll(async () => {
  server = await startServer({
    '/demo/': join(ROOT, 'web', 'demo'),
    '/e2e/': join(ROOT, 'tests', 'e2e', 'fixtures'),
  });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('toolbar action shows the article view and restores the original page exactly', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/demo/sample-article.html`);
  await page.evaluate(() => {
    window.scrollTo(0, 420);
    window.__clearsourceMarker = document.querySelector('article p');
  });
  const before = await page.evaluate(() => ({
    html: document.documentElement.outerHTML,
    scrollY: window.scrollY,
  }));
  expect(before.scrollY).toBeGreaterThan(0);

  await toggleReader(browser, page);
  const frame = await readerFrame(page);
  expect(await frame.textContent('h1')).toBe('Night trains return to the valley line after twelve years');
  const meta = await frame.textContent('.cs-meta');
  expect(meta).toContain('Mara Lindqvist');
  expect(await frame.textContent('.cs-site')).toBe('The Riverside Courier');
  const text = await frame.textContent('.cs-content');
  expect(text).toContain('The overnight train between Aldmoor and Port Sable');
  expect(text).not.toContain('railfan_77');
  expect(text).not.toContain('Most read');
  expect(await frame.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(/Charter|Georgia|serif/);
  // caret: 'initial': Playwright's default caret hiding writes style="" into the page's inputs.
  await page.screenshot({ path: artifactPath('reader-view.png'), caret: 'initial' });

  await toggleReader(browser, page);
  await page.waitForSelector('iframe[data-clearsource="view"]', { state: 'detached' });
  const after = await page.evaluate(() => ({
    html: document.documentElement.outerHTML,
    scrollY: window.scrollY,
    sameNode: window.__clearsourceMarker === document.querySelector('article p') && window.__clearsourceMarker.isConnected,
  }));
  expect(after.html).toBe(before.html);
  expect(after.scrollY).toBe(before.scrollY);
  expect(after.sameNode).toBe(true);

  // Toggling again reuses the first extraction and still works.
  await toggleReader(browser, page);
  const again = await readerFrame(page);
  expect(await again.textContent('h1')).toContain('Night trains');
  await page.keyboard.press('Escape');
  await page.waitForSelector('iframe[data-clearsource="view"]', { state: 'detached' });
  expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before.html);
  await page.close();
});

test('a page without an article is left untouched and the reader is told why', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/e2e/no-article.html`);
  const before = await page.evaluate(() => document.documentElement.outerHTML);
  await toggleReader(browser, page);
  const notice = await page.waitForSelector('[data-clearsource="notice"]', { state: 'attached' });
  expect(await notice.evaluate((el) => el.isConnected)).toBe(true);
  expect(await page.$('iframe[data-clearsource="view"]')).toBeNull();
  await page.waitForSelector('[data-clearsource="notice"]', { state: 'detached', timeout: 10000 });
  expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
  await page.close();
});
