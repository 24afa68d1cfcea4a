// The reader's lists around the parser: subscriptions (what is fetched, when, and how failures
// and malformed lines are reported), the combined matcher (allow beats block, rebuilt on change,
// fast on 100,000-rule lists), and the per-tab warning (badge + popup, allow-listed never warn,
// the automatic check). Browser APIs are small fakes here; tests/e2e runs the real ones.
import { jest } from '@jest/globals';
import { createListMatcher, listTitle } from '../../extension/background/list-matcher.js';
import { OWN_ALLOW, OWN_BLOCK, parseForDisplay, siteLine } from '../../extension/background/list-store.js';
import {
  ALARM_PREFIX, MAX_LIST_BYTES, checkListUrl, createSubscriptions, fetchList, listTitleFromText,
} from '../../extension/background/list-subscriptions.js';
import { POPUP_PAGE, WARNING_BADGE_TEXT, createWarnings, warningSentence } from '../../extension/background/warning-badge.js';

// An in-memory stand-in for list-store.js (same interface; the IndexedDB one runs in tests/e2e).
function fakeLists(initial = []) {
  const records = new Map(initial.map((r) => [r.id, structuredClone(r)]));
  const listeners = new Set();
  const changed = () => { for (const fn of listeners) fn(); };
  return {
    records,
    async all() { return [...records.values()].map((r) => structuredClone(r)); },
    async getOwn(id) { return records.get(id) ?? { id, text: '', format: 'auto' }; },
    async subscriptions() { return [...records.values()].filter((r) => r.id.startsWith('sub:')); },
    async getSubscription(id) { return records.get(id) ?? null; },
    async putSubscription(r) { records.set(r.id, structuredClone(r)); changed(); return r; },
    async removeSubscription(id) { records.delete(id); changed(); return true; },
    set(id, text, extra = {}) { records.set(id, { id, text, format: 'auto', ...extra }); changed(); },
    onChange(fn) { listeners.add(fn); return () => listeners.delete(fn); },
  };
}

function fakeAlarms() {
  const alarms = new Map();
  return {
    alarms,
    create: jest.fn(async (name, info) => { alarms.set(name, { name, ...info }); }),
    clear: jest.fn(async (name) => alarms.delete(name)),
    get: jest.fn(async (name) => alarms.get(name)),
  };
}

function textResponse(text, { status = 200, headers = {}, url } = {}) {
  const bytes = new TextEncoder().encode(text);
  return {
    ok: status >= 200 && status < 300, status, statusText: status === 200 ? 'OK' : 'Error', url,
    headers: new Headers(headers),
    body: new Blob([bytes]).stream(),
    text: async () => text,
  };
}

const LIST = [
  '! Title: Farm watch',
  '# a mixed list, as people write them',
  'farm-one.com',
  '*://*.farm-two.net/*',
  '||farm-three.org^',
  'this is not a rule',
  '/unclosed(regex/',
  '@@||good-paper.com^',
  '*://bad pattern/*',
].join('\n');

describe('subscription URLs and metadata', () => {
  test('HTTPS anywhere, plain HTTP only on this computer', () => {
    expect(checkListUrl('https://lists.example.org/a.txt')).toBe('https://lists.example.org/a.txt');
    expect(checkListUrl('http://127.0.0.1:8080/l.txt')).toBe('http://127.0.0.1:8080/l.txt');
    expect(checkListUrl('http://localhost/l.txt')).toBe('http://localhost/l.txt');
    expect(() => checkListUrl('http://lists.example.org/a.txt')).toThrow(/https/);
    expect(() => checkListUrl('ftp://lists.example.org/a.txt')).toThrow(/https/);
    expect(() => checkListUrl('https://u:p@lists.example.org/')).toThrow(/password/);
    expect(() => checkListUrl('not a url')).toThrow(/not a web address/);
  });

  test('titles from the list header', () => {
    expect(listTitleFromText(LIST)).toBe('Farm watch');
    expect(listTitleFromText('# Title: CFT list\nfoo.com')).toBe('CFT list');
    expect(listTitleFromText('name: uBlacklist subscription\n*://*.a.com/*')).toBe('uBlacklist subscription');
    expect(listTitleFromText('a.com\nb.com')).toBeNull();
  });

  test('"add to my list" lines are one clean rule', () => {
    expect(siteLine('Farm.Example.COM.', 'scraped\ncopy # of x')).toBe('farm.example.com # scraped copy # of x');
    expect(siteLine('bücher.de')).toBe('xn--bcher-kva.de');
    expect(() => siteLine('not a host/')).toThrow(/not a host/);
    expect(parseForDisplay('a.com # reported\nb.com')).toEqual({ ruleCount: 2, errorCount: 0, errors: [] });
  });
});

describe('fetchList', () => {
  test('sends no credentials and no referrer; conditional requests use the validators', async () => {
    const fetchImpl = jest.fn(async () => textResponse('a.com', { headers: { etag: '"v2"' } }));
    const out = await fetchList('https://l.example/x', { fetchImpl, etag: '"v1"', lastModified: 'Mon, 01 Jan 2024 00:00:00 GMT' });
    expect(out).toMatchObject({ status: 'ok', text: 'a.com', etag: '"v2"', bytes: 5 });
    const [, init] = fetchImpl.mock.calls[0];
    expect(init).toMatchObject({ credentials: 'omit', referrerPolicy: 'no-referrer', headers: { 'if-none-match': '"v1"', 'if-modified-since': 'Mon, 01 Jan 2024 00:00:00 GMT' } });
  });

  test('304 keeps what we have', async () => {
    const out = await fetchList('https://l.example/x', { fetchImpl: async () => textResponse('', { status: 304 }), etag: '"v1"' });
    expect(out).toEqual({ status: 'not-modified', etag: '"v1"', lastModified: null });
  });

  test('errors say what happened', async () => {
    await expect(fetchList('https://l.example/x', { fetchImpl: async () => textResponse('', { status: 404 }) })).rejects.toThrow(/404/);
    await expect(fetchList('https://l.example/x', { fetchImpl: async () => textResponse('<!DOCTYPE html><html><body>Login</body></html>') })).rejects.toThrow(/web page, not a list/);
    await expect(fetchList('https://l.example/x', { fetchImpl: async () => textResponse('a.com', { headers: { 'content-length': String(MAX_LIST_BYTES + 1) } }) })).rejects.toThrow(/limit/);
    await expect(fetchList('https://l.example/x', { fetchImpl: async () => textResponse('a.com', { url: 'http://evil.example/x' }) })).rejects.toThrow(/https/);
    await expect(fetchList('https://l.example/x', { fetchImpl: async () => { throw new TypeError('Failed to fetch'); } })).rejects.toThrow(/Could not fetch the list: Failed to fetch/);
  });

  test('a body larger than the cap is refused while streaming (no content-length)', async () => {
    const chunk = new Uint8Array(1024 * 1024).fill(97);
    let sent = 0;
    const body = new ReadableStream({ pull(c) { if (sent++ > 20) c.close(); else c.enqueue(chunk); } });
    const fetchImpl = async () => ({ ok: true, status: 200, headers: new Headers(), body });
    await expect(fetchList('https://l.example/x', { fetchImpl })).rejects.toThrow(/larger than/);
  });

  test('a server that never answers times out', async () => {
    const fetchImpl = (url, init) => new Promise((_, reject) => init.signal.addEventListener('abort', () => reject(new Error('aborted'))));
    await expect(fetchList('https://l.example/x', { fetchImpl, timeoutMs: 50 })).rejects.toThrow(/no answer within/);
  });
});

describe('subscriptions', () => {
  let now = Date.UTC(2025, 0, 1);
  const clock = () => now;

  test('adding fetches once, keeps malformed lines with their numbers, schedules the next fetch', async () => {
    const lists = fakeLists();
    const alarms = fakeAlarms();
    const fetchImpl = jest.fn(async () => textResponse(LIST));
    const subs = createSubscriptions({ lists, alarms, fetchImpl, now: clock, newId: () => 'one' });
    const record = await subs.add({ url: 'https://lists.example.org/farms.txt', format: 'auto', intervalHours: 24 });
    expect(fetchImpl).toHaveBeenCalledTimes(1);
    expect(record).toMatchObject({ id: 'sub:one', title: 'Farm watch', ruleCount: 4, errorCount: 3, lastError: null, fetchedAt: now });
    expect(record.errors.map((e) => e.line)).toEqual([6, 7, 9]);
    expect(record.errors[0]).toMatchObject({ line: 6, text: 'this is not a rule' });
    expect(alarms.create).toHaveBeenCalledWith(`${ALARM_PREFIX}sub:one`, { delayInMinutes: 1440, periodInMinutes: 1440 });
    await expect(subs.add({ url: 'https://lists.example.org/farms.txt' })).rejects.toThrow(/already subscribe/);
    expect(fetchImpl).toHaveBeenCalledTimes(1);  // a refused add fetches nothing
  });

  test('a first fetch that fails or yields no rules adds nothing', async () => {
    const lists = fakeLists();
    const subs = createSubscriptions({ lists, alarms: fakeAlarms(), now: clock, fetchImpl: async () => textResponse('', { status: 500 }) });
    await expect(subs.add({ url: 'https://lists.example.org/a.txt' })).rejects.toThrow(/500/);
    const junk = createSubscriptions({ lists, alarms: fakeAlarms(), now: clock, fetchImpl: async () => textResponse('nonsense line\nmore nonsense') });
    await expect(junk.add({ url: 'https://lists.example.org/b.txt', format: 'cft' })).rejects.toThrow(/No rules found \(2 lines could not be read; line 1/);
    expect(lists.records.size).toBe(0);
  });

  test('"only when I ask" has no alarm; a schedule change moves it', async () => {
    const lists = fakeLists();
    const alarms = fakeAlarms();
    const subs = createSubscriptions({ lists, alarms, now: clock, newId: () => 'm', fetchImpl: async () => textResponse('a.com') });
    await subs.add({ url: 'https://l.example/a', intervalHours: 0 });
    expect(alarms.create).not.toHaveBeenCalled();
    expect(alarms.clear).toHaveBeenCalledWith(`${ALARM_PREFIX}sub:m`);
    await subs.setInterval('sub:m', 6);
    expect(alarms.alarms.get(`${ALARM_PREFIX}sub:m`)).toMatchObject({ periodInMinutes: 360 });
    await expect(subs.setInterval('sub:m', 5)).rejects.toThrow(/schedule/);
  });

  test('alarms refresh; a failed refresh keeps the old rules and says why', async () => {
    const lists = fakeLists();
    const alarms = fakeAlarms();
    let reply = textResponse('a.com\nb.com', { headers: { etag: '"1"' } });
    const fetchImpl = jest.fn(async () => reply);
    const subs = createSubscriptions({ lists, alarms, now: clock, newId: () => 'r', fetchImpl });
    await subs.add({ url: 'https://l.example/a' });
    now += 3600e3;
    reply = textResponse('', { status: 503 });
    let record = await subs.onAlarm({ name: `${ALARM_PREFIX}sub:r` });
    expect(record).toMatchObject({ ruleCount: 2, text: 'a.com\nb.com', lastError: expect.stringMatching(/503/), lastAttemptAt: now });
    reply = textResponse('', { status: 304 });
    record = await subs.refresh('sub:r');
    expect(fetchImpl.mock.calls.at(-1)[1].headers['if-none-match']).toBe('"1"');
    expect(record).toMatchObject({ ruleCount: 2, lastError: null, fetchedAt: now });
    reply = textResponse('c.com');
    record = await subs.refresh('sub:r');
    expect(record).toMatchObject({ ruleCount: 1, text: 'c.com' });
    expect(subs.onAlarm({ name: 'someone-else' })).toBeNull();
  });

  test('missing alarms (browser restart, update) are recreated from the last fetch time', async () => {
    const lists = fakeLists([{ id: 'sub:x', url: 'https://l.example/a', format: 'auto', text: 'a.com', intervalHours: 24, fetchedAt: now - 20 * 3600e3 }]);
    const alarms = fakeAlarms();
    const subs = createSubscriptions({ lists, alarms, now: clock });
    await subs.ensureAlarms();
    expect(alarms.alarms.get(`${ALARM_PREFIX}sub:x`)).toMatchObject({ delayInMinutes: 240, periodInMinutes: 1440 });
    await subs.ensureAlarms();
    expect(alarms.create).toHaveBeenCalledTimes(1);
  });
});

describe('the combined matcher', () => {
  test('allow beats block across lists; the hit says which list and line', async () => {
    const lists = fakeLists();
    lists.set(OWN_BLOCK, '# mine\nfarm.example\nshared.example');
    lists.set('sub:1', 'other.example\ngood.example', { title: 'Farm watch' });
    lists.set(OWN_ALLOW, 'good.example');
    const m = createListMatcher({ lists });
    expect(await m.match('https://www.farm.example/a')).toEqual({ kind: 'block', listId: OWN_BLOCK, listTitle: 'your block list', line: 2, rule: 'farm.example' });
    expect(await m.match('https://other.example/')).toMatchObject({ kind: 'block', listTitle: 'Farm watch', line: 1 });
    expect(await m.match('https://news.good.example/')).toMatchObject({ kind: 'allow', listTitle: 'your allow list' });
    expect(await m.match('https://elsewhere.example/')).toBeNull();
    expect(await m.match('chrome://settings')).toBeNull();
    expect(listTitle({ id: 'sub:2', url: 'https://x/' })).toBe('https://x/');
  });

  test('a list change is seen by the next match', async () => {
    const lists = fakeLists();
    const m = createListMatcher({ lists });
    expect(await m.match('https://farm.example/')).toBeNull();
    lists.set(OWN_BLOCK, 'farm.example');
    expect((await m.match('https://farm.example/'))?.kind).toBe('block');
    lists.set(OWN_ALLOW, 'farm.example');
    expect((await m.match('https://farm.example/'))?.kind).toBe('allow');
  });

  test('100,000-rule subscriptions in mixed formats: under 1 ms per URL', async () => {
    const lines = [];
    for (let i = 0; i < 100000; i++) {
      const d = `site${i}-farm.${['com', 'net', 'co.uk', 'info'][i % 4]}`;
      lines.push([d, `*://*.${d}/*`, `||${d}^`, `0.0.0.0 ${d}`][i % 4]);
      if (i % 5000 === 0) lines.push(`/^https?:\\/\\/[^/]*spin${i}\\./`);
    }
    const lists = fakeLists();
    lists.set('sub:big', lines.join('\n'));
    lists.set(OWN_ALLOW, 'site8-farm.com');
    const m = createListMatcher({ lists });
    const built = await m.current();
    expect(built.size).toBe(100000 + 20 + 1);
    const urls = [];
    for (let i = 0; i < 5000; i++) {
      const j = (i * 7919) % 100000;
      // hosts-file lines (j % 4 === 3) list exact hosts only: no "www." for those.
      const sub = j % 4 === 3 ? '' : 'www.';
      urls.push(i % 2 ? `https://${sub}site${j}-farm.${['com', 'net', 'co.uk', 'info'][j % 4]}/news/${i}.html` : `https://clean${i}.example.org/a/${i}`);
    }
    const times = [];
    let hits = 0;
    for (const url of urls) {
      const t = performance.now();
      if (await m.match(url)) hits++;
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)];
    const p99 = times[Math.floor(times.length * 0.99)];
    console.log(`list matching: ${built.size} rules built in ${built.buildMs.toFixed(0)} ms; per URL median ${(median * 1000).toFixed(1)} µs, p99 ${(p99 * 1000).toFixed(1)} µs; ${hits} hits`);
    expect(hits).toBe(2500);
    expect(median).toBeLessThan(1);
    expect(p99).toBeLessThan(1);
    expect((await m.match('https://www.site8-farm.com/'))?.kind).toBe('allow');
  });
});

describe('the warning badge', () => {
  function fakeApi(tabs) {
    const calls = [];
    const session = new Map();
    const record = (name) => jest.fn(async (arg) => { calls.push([name, arg]); });
    return {
      calls,
      session,
      action: {
        setPopup: record('popup'), setBadgeText: record('badge'), setBadgeBackgroundColor: record('color'),
        setBadgeTextColor: record('textColor'), setTitle: record('title'),
      },
      tabs: {
        get: async (id) => { if (!tabs.has(id)) throw new Error('no tab'); return { id, url: tabs.get(id) }; },
        query: async () => [...tabs].map(([id, url]) => ({ id, url })),
      },
      scripting: { executeScript: jest.fn(async () => [{ result: '<html><body><p>copy</p></body></html>' }]) },
      storage: {
        session: {
          get: async (key) => (session.has(key) ? { [key]: session.get(key) } : {}),
          set: async (obj) => { for (const [k, v] of Object.entries(obj)) session.set(k, structuredClone(v)); },
          remove: async (key) => { session.delete(key); },
        },
      },
    };
  }
  const siteOf = (url) => { const host = new URL(url).hostname; return { host, registrableDomain: host.split('.').slice(-2).join('.') }; };
  const last = (api, name, tabId) => api.calls.filter(([n, a]) => n === name && a.tabId === tabId).at(-1)?.[1];

  function setup({ autoCheck = false, verdict = 'suspected-copy' } = {}) {
    const tabs = new Map([[1, 'https://www.farm.example/story'], [2, 'https://good.example/'], [3, 'https://copy.example/a']]);
    const api = fakeApi(tabs);
    const lists = fakeLists();
    lists.set(OWN_BLOCK, 'farm.example\ngood.example\n');
    lists.set(OWN_ALLOW, 'good.example\n');
    const matcher = createListMatcher({ lists });
    const extractPage = jest.fn(async () => ({ ok: true, provenance: { verdict, score: 0.82, signals: [{ id: 'keyword-injection', message: 'Brand in the title' }], likelyOriginal: { publisher: 'CBS News' } } }));
    const warnings = createWarnings({
      api, matcher, settings: { get: async () => ({ autoCheck }) }, extractPage, putResult: () => 'tok', siteOf,
    });
    return { api, tabs, lists, warnings, extractPage };
  }

  test('a listed host: badge, popup and the reason', async () => {
    const { api, warnings } = setup();
    const state = await warnings.evaluate(1, 'https://www.farm.example/story');
    expect(state.reasons).toEqual([{ kind: 'list', host: 'www.farm.example', listId: OWN_BLOCK, listTitle: 'your block list', line: 1, rule: 'farm.example' }]);
    expect(last(api, 'popup', 1)).toEqual({ tabId: 1, popup: POPUP_PAGE });
    expect(last(api, 'badge', 1)).toEqual({ tabId: 1, text: WARNING_BADGE_TEXT });
    expect(last(api, 'title', 1).title).toMatch(/www\.farm\.example is on your block list \(line 1: farm\.example\)/);
    expect(await warnings.state(1)).toMatchObject({ url: 'https://www.farm.example/story' });
  });

  test('allow-listed hosts never warn, even when blocked elsewhere', async () => {
    const { api, warnings } = setup();
    expect(await warnings.evaluate(2, 'https://good.example/')).toBeNull();
    expect(api.calls.filter(([, a]) => a.tabId === 2)).toEqual([]);
  });

  test('leaving the host gives the click back to the reader view', async () => {
    const { api, tabs, warnings } = setup();
    await warnings.evaluate(1, 'https://www.farm.example/story');
    tabs.set(1, 'https://elsewhere.example/');
    await warnings.onUpdated(1, { url: 'https://elsewhere.example/' }, { url: 'https://elsewhere.example/' });
    expect(last(api, 'popup', 1)).toEqual({ tabId: 1, popup: '' });
    expect(last(api, 'badge', 1)).toEqual({ tabId: 1, text: '' });
    expect(await warnings.state(1)).toBeNull();
  });

  test('a stale evaluation (the tab moved on meanwhile) changes nothing', async () => {
    const { api, tabs, warnings } = setup();
    tabs.set(1, 'https://elsewhere.example/');
    await warnings.evaluate(1, 'https://www.farm.example/story');
    expect(api.calls).toEqual([]);
  });

  test('the automatic check is off by default: no page is read', async () => {
    const { api, warnings, extractPage } = setup();
    await warnings.onUpdated(3, { status: 'complete' }, { url: 'https://copy.example/a' });
    expect(api.scripting.executeScript).not.toHaveBeenCalled();
    expect(extractPage).not.toHaveBeenCalled();
    expect(last(api, 'badge', 3)).toBeUndefined();
  });

  test('when on, a copy verdict warns and says why; other verdicts do not', async () => {
    const on = setup({ autoCheck: true });
    await on.warnings.onUpdated(3, { status: 'complete' }, { url: 'https://copy.example/a' });
    expect(on.extractPage).toHaveBeenCalledWith('<html><body><p>copy</p></body></html>', 'https://copy.example/a');
    const state = await on.warnings.state(3);
    expect(state.reasons[0]).toMatchObject({ kind: 'check', verdict: 'suspected-copy', publisher: 'CBS News', token: 'tok' });
    expect(warningSentence(state.reasons[0])).toBe("Clearsource's check says this page looks like a scraped copy of an article by CBS News (score 0.82).");
    expect(last(on.api, 'badge', 3)).toEqual({ tabId: 3, text: WARNING_BADGE_TEXT });

    const original = setup({ autoCheck: true, verdict: 'original' });
    await original.warnings.onUpdated(3, { status: 'complete' }, { url: 'https://copy.example/a' });
    expect(last(original.api, 'badge', 3)).toBeUndefined();
  });

  test('when on, allow-listed hosts are not even read', async () => {
    const { api, warnings, extractPage } = setup({ autoCheck: true });
    await warnings.onUpdated(2, { status: 'complete' }, { url: 'https://good.example/' });
    expect(api.scripting.executeScript).not.toHaveBeenCalled();
    expect(extractPage).not.toHaveBeenCalled();
  });

  test('allowing a site clears its open tabs at once', async () => {
    const { api, lists, warnings } = setup();
    await warnings.evaluate(1, 'https://www.farm.example/story');
    lists.set(OWN_ALLOW, 'good.example\nfarm.example\n');
    await warnings.recheckAll();
    expect(last(api, 'badge', 1)).toEqual({ tabId: 1, text: '' });
  });
});
