// The web demo (npm run demo -> scripts/demo-server.mjs) in real Chromium: the same wasm core and
// reader view on a sample, on pasted HTML and on a file (also gzipped); the banner on a copy.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM, ROOT, artifactPath } from './harness.mjs';
import { startDemoServer, resolvePath } from '../../scripts/demo-server.mjs';
import { FIXTURES, axeViolations } from './view-helpers.mjs';

let server;
let browser;
let page;
beforeAll(async () => {
  server = await startDemoServer({ port: 0 });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});
beforeEach(async () => {
  page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.errors = errors;
  await page.goto(`${server.origin}/`);
  await page.waitForFunction(() => document.getElementById('demo-status').textContent.startsWith('Ready'));
});
afterEach(async () => {
  expect(page.errors).toEqual([]);
  await page.close();
});

test('the server serves only the demo, the view modules, the stylesheet and the core, under a strict CSP', async () => {
  expect(resolvePath('/')).toEqual({ redirect: '/demo/' });
  expect(resolvePath('/demo/../../package.json')).toBeNull();
  expect(resolvePath('/extension/view/../../manifest.json')).toBeNull();
  expect(resolvePath('/tests/e2e/harness.mjs')).toBeNull();
  const res = await page.request.get(`${server.origin}/core/clearsource-core.wasm`);
  expect(res.headers()['content-type']).toBe('application/wasm');
  const html = await page.request.get(`${server.origin}/demo/`);
  expect(html.headers()['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
});

test('the sample article opens in the reader view', async () => {
  await page.click('button[data-sample="sample-article.html"]');
  await page.waitForSelector('body[data-ready="true"]');
  expect(await page.textContent('h1.cs-title')).toBe('Night trains return to the valley line after twelve years');
  expect(await page.textContent('.cs-meta')).toContain('Mara Lindqvist');
  expect(await page.$('.cs-provenance--warning')).toBeNull();
  expect(await page.textContent('#demo-status')).toMatch(/^Read in \d+ ms on this computer\./);
  await page.screenshot({ path: artifactPath('demo-article.png'), caret: 'initial' });
  expect(await axeViolations(page.mainFrame())).toEqual([]);
});

test('pasted HTML of a scraped copy shows the same banner as the extension, without a report button', async () => {
  await page.fill('#demo-html', readFileSync(join(FIXTURES, 'farm-copy.html'), 'utf8'));
  await page.fill('#demo-url', 'https://www.goldenledger.example/news/2025/0602/park-trails.html');
  await page.click('button[type="submit"]');
  await page.waitForSelector('section.cs-provenance--warning');
  expect(await page.textContent('.cs-prov-sentence')).toContain('CBS News');
  expect(await page.textContent('h1.cs-title')).toBe('Senate approves $2 billion to repair national park trails and bridges');
  expect(await page.$('[data-action="report"]')).toBeNull();
  expect(await page.textContent('[data-action="dismiss-banner"]')).toBe('Hide warnings for goldenledger.example');
  await page.screenshot({ path: artifactPath('demo-banner.png'), caret: 'initial' });
  expect(await axeViolations(page.mainFrame())).toEqual([]);
});

test('a file (plain or gzipped) is decoded like a browser would and read', async () => {
  const html = readFileSync(join(ROOT, 'web', 'demo', 'sample-article.html'));
  await page.setInputFiles('#demo-file', { name: 'story.html.gz', mimeType: 'application/gzip', buffer: gzipSync(html) });
  await page.waitForSelector('body[data-ready="true"]');
  expect(await page.textContent('h1.cs-title')).toContain('Night trains');
  expect(await page.textContent('#demo-status')).toMatch(/decoded as utf-8/i);

  // A windows-1252 page declared in <meta charset>.
  await page.evaluate(() => { document.body.dataset.ready = ''; document.getElementById('demo-input').open = true; });
  const latin = Buffer.from(`<html><head><meta charset="windows-1252"><title>Caf\xe9 owners</title></head><body><article><h1>Caf\xe9 owners</h1>${'<p>The caf\xe9 on the corner reopened on Monday after a long winter of repairs, its owners said, with a new terrace facing the harbour.</p>'.repeat(4)}</article></body></html>`, 'latin1');
  await page.setInputFiles('#demo-file', { name: 'cafe.html', mimeType: 'text/html', buffer: latin });
  await page.waitForSelector('body[data-ready="true"]');
  expect(await page.textContent('.cs-content')).toContain('The café on the corner');
});

test('errors are values: empty input and a page without an article say so', async () => {
  await page.click('button[type="submit"]');
  expect(await page.textContent('#demo-status')).toBe('Paste some HTML first, or open a file.');
  await page.fill('#demo-html', '<html><body><p>Sign in</p></body></html>');
  await page.click('button[type="submit"]');
  await page.waitForSelector('.cs-error');
  expect(await page.textContent('.cs-error')).toContain('No article found');
});
