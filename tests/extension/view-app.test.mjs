/**
 * @jest-environment jsdom
 */
// The view as a whole (mountReader) and the extension glue (view.js) with a fake chrome API:
// settings applied before the article exists, keyboard behaviour, settings persistence.
import { jest } from '@jest/globals';
import { mountReader } from '../../extension/view/reader-app.js';

const RESULT = {
  ok: true, title: 'Night trains return', byline: 'Mara Lindqvist', siteName: 'The Riverside Courier',
  publishedTime: '2026-03-14T07:30:00Z', lang: 'en', dir: null, excerpt: null, leadImage: null,
  content: '<p>The overnight train will run again. <a href="https://courier.example/t">Timetable</a></p>',
  textContent: `${'word '.repeat(600)}`, length: 3000, readerable: true, provenance: null,
  timings: { parseMs: 0, extractMs: 0, analyzeMs: 0 },
};

function mount(extra = {}) {
  document.body.innerHTML = '<header id="t"></header><main id="m"></main>';
  return mountReader({
    doc: document, toolbarHost: document.getElementById('t'), main: document.getElementById('m'),
    result: RESULT, pageUrl: 'https://courier.example/a', token: 't', settings: { theme: 'dark' }, ...extra,
  });
}

const key = (k) => document.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));

test('header: site, title, byline, date, reading time, link to the original', () => {
  const app = mount();
  expect(document.querySelector('.cs-site').textContent).toBe('The Riverside Courier');
  expect(document.querySelector('h1').textContent).toBe('Night trains return');
  const meta = document.querySelector('.cs-meta');
  expect(meta.querySelector('.cs-byline').textContent).toBe('Mara Lindqvist');
  expect(meta.querySelector('time').getAttribute('datetime')).toBe('2026-03-14T07:30:00Z');
  expect(meta.querySelector('.cs-reading-time').textContent).toBe('3 min read');
  const original = meta.querySelector('a.cs-original');
  expect(original.href).toBe('https://courier.example/a');
  expect(original.target).toBe('_top');
  expect(document.querySelector('.cs-content a').rel).toBe('noopener noreferrer');
  app.destroy();
});

test('every top-level node of the content is kept (regression: adopting from a live list skipped every other one)', () => {
  const app = mount({ result: { ...RESULT, content: ' <article> <p>One</p></article>\n<p>Two</p> <p>Three</p><figure><img src="https://x/i.png" alt=""></figure>' } });
  const content = document.querySelector('.cs-content');
  expect(content.querySelector('article p').textContent).toBe('One');
  expect([...content.querySelectorAll(':scope > p')].map((p) => p.textContent)).toEqual(['Two', 'Three']);
  expect(content.querySelector(':scope > figure img')).not.toBeNull();
  app.destroy();
});

test('an image that fails to load is replaced by its description', () => {
  const app = mount({ result: { ...RESULT, content: '<p>x</p><figure><img src="https://gone.example/a.jpg" alt="A sleeper carriage"></figure><img src="https://gone.example/b.jpg" alt="">' } });
  const [withAlt, noAlt] = document.querySelectorAll('.cs-content img');
  withAlt.dispatchEvent(new Event('error'));
  noAlt.dispatchEvent(new Event('error'));
  expect(withAlt.hidden).toBe(true);
  expect(noAlt.hidden).toBe(true);
  expect([...document.querySelectorAll('.cs-img-missing')].map((n) => n.textContent)).toEqual(['Image: A sleeper carriage']);
  app.destroy();
});

test('landmarks and names: banner toolbar, main with a labelled article, named controls', () => {
  const app = mount({ onClose: () => {} });
  const toolbar = document.getElementById('t');
  expect(toolbar.tagName).toBe('HEADER');
  expect(document.querySelector('article').getAttribute('aria-labelledby')).toBe('cs-title');
  for (const b of toolbar.querySelectorAll('button, summary')) expect(b.textContent.trim() || b.getAttribute('aria-label')).toBeTruthy();
  expect(toolbar.querySelector('[data-action="close"]').getAttribute('aria-label')).toBe('Close reader view');
  for (const input of toolbar.querySelectorAll('input[type="range"]')) {
    expect(toolbar.querySelector(`label[for="${input.id}"]`)).not.toBeNull();
    expect(input.getAttribute('aria-valuetext')).toBeTruthy();
  }
  expect(toolbar.querySelector('.cs-status').getAttribute('role')).toBe('status');
  expect(toolbar.querySelector('.cs-skip').getAttribute('href')).toBe('#cs-article');
  app.destroy();
});

test('Esc closes an open menu first (focus back on its button), then leaves the view', () => {
  const onClose = jest.fn();
  const app = mount({ onClose });
  const menu = document.querySelector('details[data-menu="appearance"]');
  menu.open = true;
  key('Escape');
  expect(menu.open).toBe(false);
  expect(document.activeElement).toBe(menu.querySelector('summary'));
  expect(onClose).not.toHaveBeenCalled();
  key('Escape');
  expect(onClose).toHaveBeenCalledTimes(1);
  app.destroy();
});

test('Esc inside an open dialog (e.g. the report dialog in a shadow root) does not leave the view', () => {
  const onClose = jest.fn();
  const app = mount({ onClose });
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = '<dialog open><button>Save</button></dialog>';
  document.body.append(host);
  root.querySelector('button').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true, cancelable: true }));
  expect(onClose).not.toHaveBeenCalled();
  host.remove();
  key('Escape');
  expect(onClose).toHaveBeenCalledTimes(1);
  app.destroy();
});

test('one menu open at a time; a click outside closes it', () => {
  const app = mount();
  const [a, e] = document.querySelectorAll('details.cs-menu');
  a.open = true;
  a.dispatchEvent(new Event('toggle'));
  e.open = true;
  e.dispatchEvent(new Event('toggle'));
  expect(a.open).toBe(false);
  document.querySelector('h1').click();
  expect(e.open).toBe(false);
  app.destroy();
});

test('changing a setting applies at once and is saved once after the reader stops (debounced)', () => {
  jest.useFakeTimers();
  const saveSettings = jest.fn();
  const app = mount({ saveSettings });
  const root = document.documentElement;
  expect(root.dataset.theme).toBe('dark');
  const sepia = document.querySelector('input[name="theme"][value="sepia"]');
  sepia.checked = true;
  sepia.dispatchEvent(new Event('change', { bubbles: true }));
  expect(root.dataset.theme).toBe('sepia');
  const size = document.querySelector('input[name="size"]');
  for (const v of [21, 22, 23, 24]) {
    size.value = String(v);
    size.dispatchEvent(new Event('input', { bubbles: true }));
  }
  expect(root.style.getPropertyValue('--cs-size')).toBe('24px');
  expect(size.getAttribute('aria-valuetext')).toBe('24 px');
  expect(saveSettings).not.toHaveBeenCalled();
  jest.advanceTimersByTime(500);
  expect(saveSettings).toHaveBeenCalledTimes(1);
  expect(saveSettings.mock.calls[0][0]).toMatchObject({ theme: 'sepia', size: 24 });
  jest.useRealTimers();
  app.destroy();
});

test('leaving right after a change still saves it', () => {
  jest.useFakeTimers();
  const saveSettings = jest.fn();
  const onClose = jest.fn();
  const app = mount({ saveSettings, onClose });
  const mono = document.querySelector('input[name="font"][value="mono"]');
  mono.checked = true;
  mono.dispatchEvent(new Event('change', { bubbles: true }));
  key('Escape');
  expect(saveSettings).toHaveBeenCalledWith(expect.objectContaining({ font: 'mono' }));
  expect(onClose).toHaveBeenCalled();
  jest.useRealTimers();
  app.destroy();
});

test('reset restores the defaults in the document and the controls', () => {
  const app = mount({ settings: { theme: 'dark', size: 30 } });
  document.querySelector('[data-action="reset-settings"]').click();
  expect(document.documentElement.dataset.theme).toBe('system');
  expect(document.querySelector('input[name="size"]').value).toBe('20');
  expect(document.querySelector('input[name="theme"][value="system"]').checked).toBe(true);
  app.destroy();
});

test('settings changed elsewhere are applied and shown', () => {
  const app = mount();
  app.applyExternalSettings({ theme: 'light', font: 'dyslexia', size: 18 });
  expect(document.documentElement.dataset.font).toBe('dyslexia');
  expect(document.querySelector('input[name="font"][value="dyslexia"]').checked).toBe(true);
  expect(document.querySelector('input[name="size"]').value).toBe('18');
  app.destroy();
});

test('copy as Markdown goes through the clipboard and says so', async () => {
  const writes = [];
  Object.defineProperty(window.navigator, 'clipboard', { value: { writeText: async (t) => writes.push(t) }, configurable: true });
  const app = mount();
  document.querySelector('[data-action="copy-markdown"]').click();
  await new Promise((r) => setTimeout(r, 0));
  expect(writes[0]).toMatch(/^# Night trains return\n\nMara Lindqvist · The Riverside Courier · March 14, 2026\n\nSource: <https:\/\/courier.example\/a>/);
  expect(document.querySelector('.cs-status').textContent).toBe('Copied the article as Markdown.');
  app.destroy();
});

describe('view.js (extension glue)', () => {
  const sent = [];
  let onChanged = null;
  beforeAll(() => {
    const stored = { readerSettings: { theme: 'dark', font: 'sans', size: 26 } };
    globalThis.chrome = {
      runtime: {
        id: 'ext',
        getURL: (p) => `chrome-extension://ext/${p}`,
        async sendMessage(message) {
          sent.push(message);
          if (message.type === 'view->bg:get-result') {
            return { ok: true, url: 'https://courier.example/a', result: RESULT };
          }
          return { ok: true };
        },
      },
      storage: {
        sync: { get: async (k) => ({ [k]: stored[k] }) },
        local: { get: async () => ({ bannerDismissedSites: {} }) },
        onChanged: { addListener: (fn) => { onChanged = fn; } },
      },
    };
  });

  test('settings are applied to the document before the article is inserted (no flash)', async () => {
    document.documentElement.className = 'cs-pending';
    document.body.className = 'cs-reader';
    document.body.innerHTML = '<header id="cs-toolbar"></header><main id="cs-main"><p class="cs-loading">Loading…</p></main>';
    const seen = [];
    const observer = new MutationObserver((records) => {
      for (const r of records) {
        for (const n of r.addedNodes) {
          if (n.nodeType === 1 && n.matches('article')) {
            seen.push({ theme: document.documentElement.dataset.theme, font: document.documentElement.dataset.font,
              size: document.documentElement.style.getPropertyValue('--cs-size'),
              pending: document.documentElement.classList.contains('cs-pending') });
          }
        }
      }
    });
    observer.observe(document.body, { childList: true, subtree: true });
    const parentMessages = [];
    window.addEventListener('message', (e) => parentMessages.push(e.data));
    await import('../../extension/view/view.js');
    for (let i = 0; i < 20 && document.body.dataset.ready !== 'true'; i++) await new Promise((r) => setTimeout(r, 5));
    observer.takeRecords().forEach(() => {});
    await new Promise((r) => setTimeout(r, 0));
    observer.disconnect();
    expect(seen).toEqual([{ theme: 'dark', font: 'sans', size: '26px', pending: false }]);
    expect(document.body.dataset.ready).toBe('true');
    expect(sent[0]).toEqual({ type: 'view->bg:get-result', token: '' });
    expect(parentMessages).toContainEqual({ type: 'clearsource:view->cs:ready' });

    // Our own saved value coming back through storage.onChanged is not re-applied...
    const serif = document.querySelector('input[name="font"][value="serif"]');
    serif.checked = true;
    serif.dispatchEvent(new Event('change', { bubbles: true }));
    key('Escape');  // leaving flushes the pending save
    await new Promise((r) => setTimeout(r, 0));  // postMessage is delivered asynchronously
    const saved = sent.find((m) => m.type === 'view->bg:save-settings');
    expect(saved.settings.font).toBe('serif');
    expect(parentMessages).toContainEqual({ type: 'clearsource:view->cs:close' });
    // ...but a change from another device is.
    onChanged({ readerSettings: { newValue: { theme: 'sepia' } } }, 'sync');
    expect(document.documentElement.dataset.theme).toBe('sepia');
    onChanged({ other: { newValue: 1 } }, 'sync');
    expect(document.documentElement.dataset.theme).toBe('sepia');
  });
});
