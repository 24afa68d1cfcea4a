// Toggle round trips in real Chromium: the page comes back exactly (DOM, scroll, same nodes), a
// second toggle reuses the first extraction (counted in the background), also after the service
// worker was stopped (as MV3 does after ~30 s idle); settings persist across a reload and the
// frame is painted in the reader's theme before the view document exists (no flash).
import { readerFrame, toggleReader } from './harness.mjs';
import {
  closeViewEnv, closedReader, currentWorker, extractions, openPage, openReader, setStoredSettings, startViewEnv, storedSettings,
} from './view-helpers.mjs';

let env;
beforeAll(async () => {
  env = await startViewEnv();
});
afterAll(() => closeViewEnv(env));

function tokenOf(page) {
  return page.$eval('iframe[data-clearsource="view"]', (f) => new URL(f.src).searchParams.get('t'));
}

test('three toggles, one extraction; the page, its scroll and its nodes come back exactly', async () => {
  await setStoredSettings(env, { theme: 'light' });
  const page = await openPage(env, '/e2e/rich-article.html');
  await page.evaluate(() => {
    window.scrollTo(0, 300);
    window.__marker = document.querySelector('article p');
  });
  const before = await page.evaluate(() => ({ html: document.documentElement.outerHTML, y: window.scrollY, sheets: document.adoptedStyleSheets.length }));
  const start = await extractions(env);

  const frame = await openReader(env, page);
  const token = await tokenOf(page);
  await frame.evaluate(() => window.scrollTo(0, 900));  // reading does not move the page
  await toggleReader(env.browser, page);
  await closedReader(page);
  const after = await page.evaluate(() => ({
    html: document.documentElement.outerHTML, y: window.scrollY, sheets: document.adoptedStyleSheets.length,
    same: window.__marker === document.querySelector('article p') && window.__marker.isConnected,
  }));
  expect(after).toEqual({ ...before, same: true });

  await openReader(env, page);
  expect(await tokenOf(page)).toBe(token);
  await page.keyboard.press('Escape');
  await closedReader(page);
  await openReader(env, page);
  expect(await extractions(env)).toBe(start + 1);
  await toggleReader(env.browser, page);
  await closedReader(page);
  expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before.html);
  await page.close();
});

test('after the service worker is stopped, toggling again still reuses the first extraction', async () => {
  const page = await openPage(env, '/e2e/rich-article.html');
  await openReader(env, page);
  const token = await tokenOf(page);
  await toggleReader(env.browser, page);
  await closedReader(page);

  // Stop the worker the way chrome://serviceworker-internals does (MV3 stops idle workers alike).
  await currentWorker(env).evaluate(() => { globalThis.__beforeStop = true; });
  const internals = await env.browser.context.newPage();
  await internals.goto('chrome://serviceworker-internals/');
  await internals.click('cr-button[data-command="stop"]');
  await internals.waitForFunction(() => document.querySelector('.serviceworker-running-status .value')?.textContent === 'STOPPED');

  // Any extension event starts it again: a page load (tabs.onUpdated) does.
  const other = await openPage(env, '/e2e/no-article.html');
  await internals.reload();
  await internals.waitForFunction(() => document.querySelector('.serviceworker-running-status .value')?.textContent === 'RUNNING');
  await internals.close();
  // Playwright's worker handle follows the new instance; its memory is empty.
  expect(await currentWorker(env).evaluate(() => globalThis.__beforeStop ?? false)).toBe(false);
  expect(await extractions(env)).toBe(0);

  await toggleReader(env.browser, page);
  const frame = await readerFrame(page);
  expect(await tokenOf(page)).toBe(token);
  expect(await frame.textContent('h1')).toContain('night timetable');
  expect(await frame.textContent('.cs-content')).toContain('freight operators');
  expect(await extractions(env)).toBe(0);  // served from storage.session, no second parse
  await other.close();
  await page.close();
});

test('settings chosen in the view persist across a reload and are applied before the first paint', async () => {
  await setStoredSettings(env, { theme: 'light', font: 'serif', size: 20 });
  const page = await openPage(env, '/e2e/rich-article.html');
  let frame = await openReader(env, page);
  await frame.click('summary:has-text("Appearance")');
  await frame.check('input[name="theme"][value="dark"]');
  await frame.check('input[name="font"][value="sans"]');
  await frame.fill('input[name="size"]', '24');
  await frame.dispatchEvent('input[name="size"]', 'input');
  expect(await frame.evaluate(() => getComputedStyle(document.querySelector('.cs-content p')).fontSize)).toBe('24px');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await closedReader(page);
  for (let i = 0; i < 50 && (await storedSettings(env))?.size !== 24; i++) await page.waitForTimeout(100);
  expect(await storedSettings(env)).toMatchObject({ theme: 'dark', font: 'sans', size: 24 });

  await page.reload();
  await toggleReader(env.browser, page);
  // The frame element is painted in the dark theme's colour from the moment it exists...
  const handle = await page.waitForSelector('iframe[data-clearsource="view"]', { state: 'attached' });
  expect(await handle.evaluate((f) => f.style.getPropertyValue('background'))).toMatch(/rgb\(27, 27, 29\)|#1b1b1d/);
  frame = await readerFrame(page);
  // ...and the view document applied the stored settings before it showed anything.
  const applied = await frame.evaluate(() => ({
    theme: document.documentElement.dataset.theme,
    font: document.documentElement.dataset.font,
    pending: document.documentElement.classList.contains('cs-pending'),
    size: getComputedStyle(document.querySelector('.cs-content p')).fontSize,
    bg: getComputedStyle(document.body).backgroundColor,
  }));
  expect(applied).toEqual({ theme: 'dark', font: 'sans', pending: false, size: '24px', bg: 'rgb(27, 27, 29)' });
  await page.close();
});
