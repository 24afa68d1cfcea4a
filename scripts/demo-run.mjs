#!/usr/bin/env node
// The main job: opens Chromium with the built extension on the demo article and switches the
// reader view on. With a display the browser stays open for you; without one (CI, ssh) it runs
// headless, writes artifacts/demo/*.png and exits.
import { join, resolve } from 'node:path';
import { ROOT, EXTENSION_DIR, launchBrowser, readerFrame, startServer, toggleReader } from '../tests/e2e/harness.mjs';
import { mkdirSync } from 'node:fs';

const headless = !process.env.DISPLAY || process.argv.includes('--headless');
const out = join(ROOT, 'artifacts', 'demo');
mkdirSync(out, { recursive: true });

const server = await startServer({ '/demo/': join(ROOT, 'web', 'demo') });
const browser = await launchBrowser({ headless });
const page = await browser.context.newPage();
const url = `${server.origin}/demo/sample-article.html?csp=off`;
await page.goto(url);
await page.screenshot({ path: join(out, 'original-page.png'), caret: 'initial' });
await toggleReader(browser, page);
const frame = await readerFrame(page);
const title = await frame.textContent('h1');
await page.screenshot({ path: join(out, 'reader-view.png'), caret: 'initial' });

console.log(`Demo article:      ${url}`);
console.log(`Reader view title: ${title}`);
console.log(`Screenshots:       ${join(out, 'original-page.png')}`);
console.log(`                   ${join(out, 'reader-view.png')}`);
console.log(`Built extension:   ${EXTENSION_DIR}  (chrome://extensions > Load unpacked)`);
console.log(`Extension zip:     ${resolve(ROOT, process.env.CLEARSOURCE_DIST || 'dist', 'clearsource-extension.zip')}`);

if (headless) {
  await browser.close();
  await server.close();
} else {
  console.log('The browser stays open: click the Clearsource toolbar button to toggle. Close it to exit.');
  await new Promise((resolve) => browser.context.on('close', resolve));
  await server.close();
}
