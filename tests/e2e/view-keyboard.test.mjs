// Keyboard in real Chromium: the toggle-reader command, Esc, Tab order with visible focus, focus
// kept inside the view, ARIA landmarks. About the shortcut: a test cannot press a browser-level
// accelerator (Playwright's key events go to the page's renderer, not to the browser's command
// dispatcher), so the test checks that Chromium registered Alt+Shift+R for the command and then
// runs the real chrome.commands.onCommand handler (exposed as clearsourceCommand) with the tab.
import { artifactPath } from './harness.mjs';
import {
  closeViewEnv, closedReader, inLiveWorker, openPage, setStoredSettings, startViewEnv,
} from './view-helpers.mjs';
import { readerFrame } from './harness.mjs';

let env;
beforeAll(async () => {
  env = await startViewEnv();
  await setStoredSettings(env, { theme: 'light' });
});
afterAll(() => closeViewEnv(env));

async function command(page, name = 'toggle-reader') {
  await inLiveWorker(env, async ({ url, name: cmd }) => {
    const tab = (await chrome.tabs.query({})).find((t) => t.url === url);
    await globalThis.clearsourceCommand(cmd, tab);
  }, { url: page.url(), name });
}

test('the toggle-reader command is registered with the suggested Alt+Shift+R', async () => {
  const { commands, manifest } = await inLiveWorker(env, async () => ({
    commands: await chrome.commands.getAll(),
    manifest: chrome.runtime.getManifest().commands,
  }));
  const toggle = commands.find((c) => c.name === 'toggle-reader');
  expect(toggle).toMatchObject({ description: 'Toggle the Clearsource reader view' });
  expect(manifest['toggle-reader'].suggested_key.default).toBe('Alt+Shift+R');
  // Headless Chromium binds no accelerators (it reports '' for every command); a desktop
  // Chromium reports the key. Either way the key can be changed at chrome://extensions/shortcuts.
  expect(['', 'Alt+Shift+R']).toContain(toggle.shortcut.replace(/\s/g, ''));
});

test('the command opens the view, runs again to close it; other commands do nothing', async () => {
  const page = await openPage(env, '/e2e/rich-article.html');
  await command(page, 'something-else');
  await page.waitForTimeout(300);
  expect(await page.$('[data-clearsource="host"]')).toBeNull();
  await command(page);
  const frame = await readerFrame(page);
  expect(await frame.textContent('h1')).toContain('night timetable');
  await command(page);
  await closedReader(page);
  await page.close();
});

test('Esc leaves the view, from inside the frame and after using the menus', async () => {
  const page = await openPage(env, '/e2e/rich-article.html');
  await command(page);
  let frame = await readerFrame(page);
  await frame.press('body', 'Escape');
  await closedReader(page);

  await command(page);
  frame = await readerFrame(page);
  await frame.click('summary:has-text("Appearance")');
  expect(await frame.$eval('details[data-menu="appearance"]', (d) => d.open)).toBe(true);
  await page.keyboard.press('Escape');  // first Esc closes the menu...
  expect(await frame.$eval('details[data-menu="appearance"]', (d) => d.open)).toBe(false);
  expect(await page.$('[data-clearsource="host"]')).not.toBeNull();
  await page.keyboard.press('Escape');  // ...the second leaves
  await closedReader(page);
  await page.close();
});

test('Tab reaches every control in order with a visible focus ring, and focus never leaves the view', async () => {
  const page = await openPage(env, '/e2e/rich-article.html');
  await command(page);
  const frame = await readerFrame(page);
  await frame.waitForFunction(() => document.hasFocus());
  const stops = [];
  for (let i = 0; i < 14; i++) {
    await page.keyboard.press('Tab');
    const info = await frame.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const cs = getComputedStyle(el);
      // Accessible name, roughly: aria-label, else the text that is not aria-hidden (icons are).
      const copy = el.cloneNode(true);
      for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
      const name = el.getAttribute('aria-label') || copy.textContent.trim().replace(/\s+/g, ' ').slice(0, 40);
      return { tag: el.tagName, name, outline: cs.outlineStyle, width: parseFloat(cs.outlineWidth) };
    });
    // The page behind the view is inert: focus is either in the frame or on the frame element.
    const pageFocus = await page.evaluate(() => document.activeElement?.getAttribute('data-clearsource') ?? document.activeElement?.tagName);
    expect(['view', 'host', 'BODY']).toContain(pageFocus);
    if (info) stops.push(info);
  }
  const names = stops.map((s) => s.name);
  expect(names.slice(0, 5)).toEqual(['Skip to the article', 'Close reader view', 'Appearance', 'Listen', 'Export']);
  expect(names).toContain('Original page');
  expect(stops.some((s) => s.tag === 'PRE')).toBe(true);  // the sideways-scrolling code block
  for (const s of stops) {
    expect(s.outline).not.toBe('none');
    expect(s.width).toBeGreaterThanOrEqual(2);
  }
  // Focus ring on a toolbar control, for the record.
  await frame.focus('[data-action="close"]');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await page.screenshot({ path: artifactPath('keyboard-focus.png'), caret: 'initial', clip: { x: 0, y: 0, width: 1200, height: 260 } });
  await page.close();
});

test('keyboard focus is inside the view as soon as it opens: PageDown scrolls the article', async () => {
  const page = await openPage(env, '/e2e/rich-article.html');
  await page.evaluate(() => window.scrollTo(0, 0));
  await command(page);
  const frame = await readerFrame(page);
  await frame.waitForFunction(() => document.hasFocus());
  await page.keyboard.press('PageDown');
  await frame.waitForFunction(() => window.scrollY > 200);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);  // the page behind did not move
  await page.close();
});

test('the skip link moves focus to the article title; landmarks and names are in place', async () => {
  const page = await openPage(env, '/e2e/rich-article.html');
  await command(page);
  const frame = await readerFrame(page);
  await frame.waitForFunction(() => document.hasFocus());
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  expect(await frame.evaluate(() => document.activeElement.id)).toBe('cs-title');
  const landmarks = await frame.evaluate(() => ({
    banner: document.querySelectorAll('body > header').length,
    main: document.querySelectorAll('main').length,
    article: document.querySelector('article').getAttribute('aria-labelledby'),
    frameTitle: window.frameElement === null,
  }));
  expect(landmarks).toMatchObject({ banner: 1, main: 1, article: 'cs-title' });
  expect(await page.getAttribute('iframe[data-clearsource="view"]', 'title')).toBe('Clearsource reader view');
  expect(await page.getAttribute('dialog[data-clearsource="host"]', 'aria-label')).toBe('Clearsource reader view');
  await page.close();
});

test('the appearance menu is usable by keyboard alone and its choices persist', async () => {
  const page = await openPage(env, '/e2e/rich-article.html');
  await command(page);
  const frame = await readerFrame(page);
  await frame.focus('summary:has-text("Appearance")');
  await page.keyboard.press('Enter');
  expect(await frame.$eval('details[data-menu="appearance"]', (d) => d.open)).toBe(true);
  await page.keyboard.press('Tab');  // into the Theme radio group (checked: light)
  await page.keyboard.press('ArrowRight');  // -> sepia
  expect(await frame.evaluate(() => document.documentElement.dataset.theme)).toBe('sepia');
  await page.screenshot({ path: artifactPath('toolbar-appearance.png'), caret: 'initial' });
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await closedReader(page);
  const saved = await inLiveWorker(env, async () => (await chrome.storage.sync.get('readerSettings')).readerSettings);
  expect(saved.theme).toBe('sepia');
  await setStoredSettings(env, { theme: 'light' });
  await page.close();
});
