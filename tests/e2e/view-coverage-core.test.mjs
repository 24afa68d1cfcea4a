// The coverage note on the real core's droppedBlocks: the demo article's comment thread is left
// out of the article; the view says so and shows it inline, marked, on request.
import { join } from 'node:path';
import { ROOT, launchBrowser, readerFrame, startServer, toggleReader } from './harness.mjs';

let server;
let browser;

beforeAll(async () => {
  server = await startServer({ '/demo/': join(ROOT, 'web', 'demo') });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('left-out prose is announced and can be shown inline', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/demo/sample-article.html`);
  await toggleReader(browser, page);
  const frame = await readerFrame(page);
  const note = await frame.waitForSelector('.cs-coverage:not(.cs-coverage--partial)');
  expect(await note.textContent()).toMatch(/1 text block from the page is not shown/);
  expect(await frame.textContent('.cs-content')).not.toContain('railfan_77');
  await frame.click('[data-action="toggle-dropped"]');
  const shown = await frame.waitForSelector('.cs-dropped');
  expect(await shown.textContent()).toContain('railfan_77');
  expect(await shown.textContent()).toContain('Left out by the reader');
  await frame.click('[data-action="toggle-dropped"]');
  await frame.waitForSelector('.cs-dropped', { state: 'detached' });
  await page.close();
});
