// Background pieces of the reader view with a fake chrome API: the result store survives a
// service-worker restart through storage.session; settings and per-site banner choices are
// validated and written only for the token's own site; the readerable icon keeps other
// features' titles.
import { jest } from '@jest/globals';

function fakeArea() {
  const data = new Map();
  return {
    data,
    async get(key) {
      if (key === null) return Object.fromEntries(data);
      const keys = Array.isArray(key) ? key : [key];
      return Object.fromEntries(keys.filter((k) => data.has(k)).map((k) => [k, structuredClone(data.get(k))]));
    },
    async set(obj) { for (const [k, v] of Object.entries(obj)) data.set(k, structuredClone(v)); },
    async remove(keys) { for (const k of [].concat(keys)) data.delete(k); },
  };
}

const listeners = [];
const action = {
  badge: new Map(), title: new Map(), icon: new Map(),
  async getBadgeText({ tabId }) { return this.badge.get(tabId) ?? ''; },
  async setTitle({ tabId, title }) { this.title.set(tabId, title); },
  async setIcon({ tabId, path, imageData }) { this.icon.set(tabId, path ? 'normal' : imageData ? 'muted' : '?'); },
};
globalThis.chrome = {
  runtime: {
    id: 'ext',
    getURL: (p) => `chrome-extension://ext/${p}`,
    onMessage: { addListener: (fn) => listeners.push(fn) },
  },
  storage: { session: fakeArea(), sync: fakeArea(), local: fakeArea() },
  action,
  tabs: { onUpdated: { addListener() {} }, onRemoved: { addListener() {} } },
};

const store = await import('../../extension/background/result-store.js');
const settingsMod = await import('../../extension/background/reader-settings.js');
const icon = await import('../../extension/background/readerable-icon.js');
settingsMod.installReaderSettings();

const flush = () => new Promise((r) => setTimeout(r, 0));
const VIEW = { id: 'ext', url: 'chrome-extension://ext/view/view.html?t=x', tab: { id: 1 } };

function send(message, sender = VIEW) {
  return new Promise((resolve) => {
    let async = false;
    for (const fn of listeners) {
      async = fn(message, sender, resolve) || async;
    }
    if (!async) resolve(undefined);
  });
}

test('results are served from memory, and from storage.session after a worker restart', async () => {
  const token = store.putResult(7, 'https://news.example/a', { ok: true, title: 'A' });
  expect(token).toMatch(/^[0-9a-f]{32}$/);
  expect(store.getResult(token).result.title).toBe('A');
  await flush();
  store.dropMemoryForTests();
  expect(store.getResult(token)).toBeNull();
  const back = await store.loadResult(token);
  expect(back).toMatchObject({ tabId: 7, url: 'https://news.example/a', result: { title: 'A' } });
  expect(store.getResult(token)).not.toBeNull();
  expect(await store.loadResult('not-a-token')).toBeNull();
  expect(await store.loadResult('0'.repeat(32))).toBeNull();
});

test('the session copy is capped and forgotten with its tab', async () => {
  for (let i = 0; i < 20; i++) {
    store.putResult(100 + i, `https://news.example/${i}`, { ok: true, i });
    await flush();
    await flush();
  }
  const keys = [...chrome.storage.session.data.keys()].filter((k) => k.startsWith('result:'));
  expect(keys.length).toBeLessThanOrEqual(16);
  store.forgetTab(119);
  await flush();
  await flush();
  expect([...chrome.storage.session.data.values()].some((e) => e.tabId === 119)).toBe(false);
});

test('settings from the view are validated before they reach storage.sync; other senders are ignored', async () => {
  const reply = await send({ type: 'view->bg:save-settings', settings: { theme: 'dark', size: 500, evil: '<x>' } });
  expect(reply).toMatchObject({ ok: true });
  const saved = (await chrome.storage.sync.get('readerSettings')).readerSettings;
  expect(saved).toMatchObject({ theme: 'dark', size: 32 });
  expect(saved).not.toHaveProperty('evil');
  const page = { id: 'ext', url: 'https://evil.example/', tab: { id: 2 } };
  expect(await send({ type: 'view->bg:save-settings', settings: { theme: 'light' } }, page)).toBeUndefined();
  expect((await chrome.storage.sync.get('readerSettings')).readerSettings.theme).toBe('dark');
});

test('hiding the banner applies to the site of the token, not to a site the message names', async () => {
  const token = store.putResult(3, 'https://www.farm.example/news/1.html', { ok: true });
  expect(await send({ type: 'view->bg:set-banner-dismissed', token, dismissed: true, site: 'other.example' }))
    .toEqual({ ok: true, site: 'farm.example' });
  let sites = (await chrome.storage.local.get('bannerDismissedSites')).bannerDismissedSites;
  expect(Object.keys(sites)).toEqual(['farm.example']);
  expect(await send({ type: 'view->bg:set-banner-dismissed', token: 'f'.repeat(32), dismissed: true })).toMatchObject({ ok: false });
  await send({ type: 'view->bg:set-banner-dismissed', token, dismissed: false });
  sites = (await chrome.storage.local.get('bannerDismissedSites')).bannerDismissedSites;
  expect(sites).toEqual({});
});

test('the dismissed-sites list keeps the newest 500', async () => {
  const many = Object.fromEntries(Array.from({ length: 600 }, (_, i) => [`s${i}.example`, i + 1]));
  await chrome.storage.local.set({ bannerDismissedSites: many });
  const kept = await settingsMod.setBannerDismissed('new.example', true, 10_000);
  expect(Object.keys(kept)).toHaveLength(500);
  expect(kept['new.example']).toBe(10_000);
  expect(kept['s0.example']).toBeUndefined();
});

test('the readerable icon sets the title only when no other feature put a badge on the tab', async () => {
  await icon.markReaderable(5, true, 'probe');
  expect(action.icon.get(5)).toBe('normal');
  expect(action.title.get(5)).toBe(icon.TITLES.readerable);
  action.badge.set(6, '!');
  action.title.set(6, 'Clearsource warning: ...');
  globalThis.OffscreenCanvas = undefined;  // no canvas in Node: the muted icon fails soft
  await icon.markReaderable(6, false, 'probe');
  expect(action.title.get(6)).toBe('Clearsource warning: ...');
  expect(icon.tabState.get(6)).toEqual({ readerable: false, source: 'probe' });
  await icon.markReaderable(8, false, 'core');
  expect(action.title.get(8)).toBe(icon.TITLES.notReaderable);
  jest.restoreAllMocks();
});
