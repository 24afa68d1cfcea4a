// The read-before memory in real Chromium: the reader opens an article on its publisher's site,
// later opens the same text on another site (no credit, no brand, nothing on the page gives it
// away), and the banner names the article read, with a link to it. The options page shows how
// many articles are remembered and forgets them on request.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, artifactPath, inWorker, readerFrame, startServer, toggleReader } from './harness.mjs';
import { launchReportBrowser, openOptions, testUrl, until } from './report-harness.mjs';

let server;
let browser;
let copyDir;

beforeAll(async () => {
  copyDir = mkdtempSync(join(tmpdir(), 'clearsource-copy-'));
  const sample = readFileSync(join(ROOT, 'web', 'demo', 'sample-article.html'), 'utf8');
  writeFileSync(join(copyDir, 'p-8841.html'), sample.replaceAll('The Riverside Courier', 'Daily Profit Hub')
    .replace(/<link rel="canonical"[^>]*>/, '')
    .replaceAll('2026-03-14T07:30:00Z', '2026-03-20T09:00:00Z'));
  server = await startServer({ '/demo/': join(ROOT, 'web', 'demo'), '/copy/': copyDir });
  browser = await launchReportBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (copyDir) rmSync(copyDir, { recursive: true, force: true });
});

const memoryCount = () => inWorker(browser, () => globalThis.clearsourceReports.readMemory.count());

test('a copy of an article read earlier is named as such, with a link to what was read', async () => {
  const originalUrl = testUrl(server, 'riversidecourier.test', '/demo/sample-article.html');
  const page = await browser.context.newPage();
  await page.goto(originalUrl);
  await toggleReader(browser, page);
  let frame = await readerFrame(page);
  expect(await frame.$('.cs-provenance--warning')).toBeNull();
  await until(async () => (await memoryCount()) === 1, { what: 'the article to be remembered' });
  await page.close();

  const copy = await browser.context.newPage();
  await copy.goto(testUrl(server, 'dailyprofithub.test', '/copy/p-8841.html'));
  await toggleReader(browser, copy);
  frame = await readerFrame(copy);
  await frame.waitForSelector('.cs-provenance--warning');
  expect(await frame.textContent('.cs-prov-sentence')).toMatch(/copy of an article by The Riverside Courier/);
  expect(await frame.getAttribute('.cs-prov-original a.cs-prov-link', 'href')).toBe(originalUrl);
  expect(await frame.textContent('[data-signal="fingerprint-match"]')).toMatch(/which you read on/);
  await copy.screenshot({ path: artifactPath('banner-read-before.png') });
  // The copy is not remembered as an article read.
  expect(await memoryCount()).toBe(1);
  await copy.close();

  const options = await openOptions(browser);
  await options.waitForFunction(() => /1 article remembered/.test(document.getElementById('memory-count').textContent));
  expect(await options.isChecked('#remember-articles')).toBe(true);
  await options.click('#memory-clear');
  await options.waitForFunction(() => /0 articles remembered/.test(document.getElementById('memory-count').textContent));
  expect(await memoryCount()).toBe(0);
  await options.close();
});
