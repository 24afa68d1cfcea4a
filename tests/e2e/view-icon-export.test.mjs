// Real Chromium: the toolbar icon's readerable hint, the export menu (Markdown to the clipboard,
// a self-contained HTML file, the print stylesheet) and read aloud with the browser's speech.
import { readFileSync } from 'node:fs';
import { artifactPath } from './harness.mjs';
import {
  closeViewEnv, inLiveWorker, openPage, openReader, setStoredSettings, startViewEnv, tabIdOf,
} from './view-helpers.mjs';

let env;
beforeAll(async () => {
  env = await startViewEnv();
  await setStoredSettings(env, { theme: 'light', iconHint: true });
});
afterAll(() => closeViewEnv(env));

async function actionState(page) {
  const tabId = await tabIdOf(env, page);
  return inLiveWorker(env, async (id) => ({ title: await chrome.action.getTitle({ tabId: id }) }), tabId);
}

// The probe waits for an idle moment in the page (up to 2 s) and the machine may be busy with
// other browsers: allow up to 20 s.
async function waitForTitle(page, re) {
  for (let i = 0; i < 200; i++) {
    const { title } = await actionState(page);
    if (re.test(title)) return title;
    await page.waitForTimeout(100);
  }
  return (await actionState(page)).title;
}

test('the toolbar icon says whether a page looks like an article, without opening the reader', async () => {
  const article = await openPage(env, '/e2e/rich-article.html');
  // The manifest's default title also says "read this article": wait for the probe's own title.
  expect(await waitForTitle(article, /read this article \(Alt\+Shift\+R\)/)).toBe('Clearsource: read this article (Alt+Shift+R)');
  const login = await openPage(env, '/e2e/no-article.html');
  expect(await waitForTitle(login, /does not look like an article/)).toMatch(/does not look like an article/);
  // The hint is a DOM probe: nothing was extracted for it.
  expect(await inLiveWorker(env, () => globalThis.clearsourceStats.extractions)).toBe(0);
  await article.close();
  await login.close();
});

test('with the hint switched off, no probe runs', async () => {
  await setStoredSettings(env, { theme: 'light', iconHint: false });
  const article = await openPage(env, '/e2e/rich-article.html');
  await article.waitForTimeout(1500);
  expect((await actionState(article)).title).toBe('Clearsource: read this article');  // the manifest's default
  await setStoredSettings(env, { theme: 'light', iconHint: true });
  await article.close();
});

test('copy as Markdown, save as one HTML file, print without the controls', async () => {
  const page = await openPage(env, '/e2e/rich-article.html');
  await env.browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const frame = await openReader(env, page);

  await frame.click('summary:has-text("Export")');
  await frame.click('[data-action="copy-markdown"]');
  await frame.waitForFunction(() => document.querySelector('.cs-status').textContent !== '');
  expect(await frame.textContent('.cs-status')).toBe('Copied the article as Markdown.');
  const markdown = await page.evaluate(() => navigator.clipboard.readText()).catch(() => null);
  if (markdown !== null) {
    expect(markdown).toMatch(/^# How the valley line's night timetable was built, one siding at a time\n/);
    expect(markdown).toContain('```python\ndef clashes(trains, section):');
    expect(markdown).toContain('| Train | Enters | Leaves | Minutes |');
    expect(markdown).toContain('1. Move the Kellbridge stop six minutes later');
  }

  await frame.click('summary:has-text("Export")');
  const [download] = await Promise.all([page.waitForEvent('download'), frame.click('[data-action="save-html"]')]);
  expect(download.suggestedFilename()).toBe('How-the-valley-line-s-night-timetable-was-built-one-siding-at-a-time.html');
  const saved = readFileSync(await download.path(), 'utf8');
  expect(saved).toContain("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'");
  expect(saved).toContain('--cs-bg');  // the reader stylesheet, inlined
  expect(saved).toMatch(/<img src="data:image\/png;base64,[A-Za-z0-9+/=]{100,}"/);  // the image, inlined
  expect(saved).not.toMatch(/<script|<button/);
  // The saved file opens on its own, offline, looking like the reader.
  const offline = await env.browser.context.newPage();
  await offline.setContent(saved);
  expect(await offline.textContent('h1')).toContain('night timetable');
  expect(await offline.evaluate(() => document.images[0].naturalWidth)).toBe(800);
  await offline.close();

  // Print: the toolbar and buttons disappear, the text is black on white.
  await page.emulateMedia({ media: 'print' });
  const print = await frame.evaluate(() => ({
    toolbar: getComputedStyle(document.querySelector('.cs-toolbar')).display,
    color: getComputedStyle(document.querySelector('.cs-content p')).color,
    bg: getComputedStyle(document.body).backgroundColor,
    original: getComputedStyle(document.querySelector('.cs-original'), '::after').content,
  }));
  expect(print.toolbar).toBe('none');
  expect(print.color).toBe('rgb(0, 0, 0)');
  expect(print.bg).toBe('rgb(255, 255, 255)');
  expect(print.original).toContain('rich-article.html');
  const pdf = await page.pdf().catch(() => null);  // headless Chromium prints the frame as the reader sees it
  if (pdf) expect(pdf.length).toBeGreaterThan(1000);
  await page.emulateMedia({ media: 'screen' });
  await page.close();
});

test('read aloud: the real engine without voices says so; with a voice, sentences are spoken and highlighted', async () => {
  const page = await openPage(env, '/e2e/rich-article.html');
  const frame = await openReader(env, page);
  const voices = await frame.evaluate(() => speechSynthesis.getVoices().length);
  await frame.click('[data-action="listen"]');
  if (voices === 0) {
    // This machine's Chromium has no speech voice: a clear message, controls back to idle.
    await frame.waitForFunction(() => document.querySelector('.cs-status').textContent !== '');
    expect(await frame.textContent('.cs-status')).toMatch(/needs a speech voice|No voice could read this/);
    expect(await frame.$eval('[data-action="stop"]', (b) => b.disabled)).toBe(true);
    expect(await frame.evaluate(() => CSS.highlights.has('cs-speaking'))).toBe(false);
  } else {
    await frame.click('[data-action="stop"]');
  }

  // A recording voice (installed in the view frame; the controller looks the engine up when it
  // plays) makes the rest observable: order, highlight, pause/resume, stop.
  await frame.evaluate(() => {
    const spoken = [];
    window.__spoken = spoken;
    let current = null;
    window.__finish = () => { const u = current; current = null; u?.onend?.(); };
    Object.defineProperty(window, 'speechSynthesis', {
      configurable: true,
      value: {
        speak(u) { spoken.push(u.text); current = u; },
        cancel() { const u = current; current = null; u?.onerror?.({ error: 'interrupted' }); },
        getVoices: () => [{ name: 'Recorder', lang: 'en-US', localService: true }],
      },
    });
  });
  await frame.click('[data-action="listen"]');
  const highlighted = () => frame.evaluate(() => (CSS.highlights.get('cs-speaking') ? [...CSS.highlights.get('cs-speaking')][0].toString() : null));
  expect(await highlighted()).toBe("How the valley line's night timetable was built, one siding at a time");
  expect(await frame.textContent('[data-action="listen"]')).toContain('Pause');
  expect(await frame.textContent('.cs-status')).toBe('');  // the earlier "no voice" message is gone
  await frame.evaluate(() => window.__finish());  // captions and credits are skipped
  expect(await highlighted()).toBe('When the regional transport authority agreed to bring back the overnight train between Aldmoor and Port Sable, the hard part was not the carriages.');
  await page.screenshot({ path: artifactPath('read-aloud.png'), caret: 'initial' });
  await frame.click('[data-action="listen"]');  // pause
  expect(await frame.textContent('[data-action="listen"]')).toContain('Resume');
  await frame.click('[data-action="listen"]');  // resume: the same sentence again
  const spoken = await frame.evaluate(() => window.__spoken);
  expect(spoken.slice(-2)).toEqual([spoken.at(-2), spoken.at(-2)]);
  await frame.click('[data-action="stop"]');
  expect(await highlighted()).toBeNull();
  expect(await frame.textContent('[data-action="listen"]')).toContain('Listen');
  await page.close();
});
