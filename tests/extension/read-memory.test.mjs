// The read-before memory (extension/background/read-memory.js) with the real wasm core: an
// article read on its publisher's site is remembered; the same text later on another site is
// called a copy of it, with the URL and date; nothing is claimed against an earlier publication,
// across a proxy, or when the reader switched the memory off.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadClearsource } from '../../core/bindings/node.js';
import { readPslTable } from '../../scripts/lib/psl-table.mjs';
import { createPsl } from '../../extension/shared/psl.js';
import { siteOf } from '../../extension/shared/report-draft.js';
import {
  MAX_REMEMBERED, READ_MEMORY_KEY, applyMatch, createReadMemory, normalizeEntry,
} from '../../extension/background/read-memory.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SAMPLE = readFileSync(join(ROOT, 'web', 'demo', 'sample-article.html'), 'utf8');
const ORIGINAL_URL = 'https://www.riversidecourier.example/transport/night-trains-return';
// The same article on a site of its own: every name of the original replaced, no credit left.
const COPY = SAMPLE.replaceAll('The Riverside Courier', 'Daily Profit Hub')
  .replace(/<link rel="canonical"[^>]*>/, '')
  .replaceAll('2026-03-14T07:30:00Z', '2026-03-20T09:00:00Z');
const COPY_URL = 'https://dailyprofithub.example/p/8841';
// The copy without any date.
const UNDATED = COPY.replaceAll(/<meta property="article:published_time"[^>]*>|"datePublished": "[^"]*",/g, '')
  .replace(/<time[^>]*>[^<]*<\/time>/g, '');

const psl = createPsl(readPslTable());
let core;

beforeAll(async () => {
  core = await loadClearsource();
});

function fakeStorage() {
  const data = new Map();
  return {
    data,
    async get(key) { return data.has(key) ? { [key]: structuredClone(data.get(key)) } : {}; },
    async set(obj) { for (const [k, v] of Object.entries(obj)) data.set(k, structuredClone(v)); },
    async remove(key) { data.delete(key); },
  };
}

function setup({ on = true, storage = fakeStorage(), now = () => Date.parse('2026-03-15T12:00:00Z') } = {}) {
  const state = { on };
  const memory = createReadMemory({ storage, siteOf: (u) => siteOf(u, psl), enabled: async () => state.on, now });
  const read = (html, url) => memory.apply(core, url, core.extract(html, url));
  return { memory, storage, state, read };
}

test('the core reads both pages as originals on their own', () => {
  expect(core.extract(SAMPLE, ORIGINAL_URL).provenance.verdict).toBe('original');
  expect(core.extract(COPY, COPY_URL).provenance.verdict).toBe('original');
});

test('an article read on its site makes the same text elsewhere a copy of it, with URL and date', async () => {
  const { memory, read } = setup();
  const first = await read(SAMPLE, ORIGINAL_URL);
  expect(first.provenance.verdict).toBe('original');
  expect(first.provenance.signals.some((s) => s.id === 'fingerprint-match')).toBe(false);
  expect(await memory.count()).toBe(1);

  const copy = await read(COPY, COPY_URL);
  expect(copy.provenance.verdict).toBe('suspected-copy');
  const signal = copy.provenance.signals.find((s) => s.id === 'fingerprint-match');
  expect(signal.evidence).toEqual([{ text: ORIGINAL_URL, where: 'memory' }]);
  expect(signal.message).toMatch(/Night trains return to the valley line after twelve years/);
  expect(signal.message).toMatch(/riversidecourier\.example, which you read on .*2026/);
  expect(signal.weight).toBeGreaterThan(0.9);
  expect(copy.provenance.score).toBeGreaterThan(0.9);
  expect(copy.provenance.likelyOriginal).toMatchObject({ publisher: 'The Riverside Courier', url: ORIGINAL_URL });
  // A copy is not remembered as an article read.
  expect(await memory.count()).toBe(1);
});

test('the same site, a re-read, or a page published before the remembered one claims nothing', async () => {
  const { memory, read } = setup();
  await read(SAMPLE, ORIGINAL_URL);
  const again = await read(SAMPLE, ORIGINAL_URL);
  expect(again.provenance.verdict).toBe('original');
  const sameSite = await read(SAMPLE, 'https://riversidecourier.example/amp/night-trains-return');
  expect(sameSite.provenance.signals.some((s) => s.id === 'fingerprint-match')).toBe(false);
  expect(await memory.count()).toBe(2);

  // Published a week before the article read: the remembered page may be the copy.
  const earlier = COPY.replaceAll('2026-03-20T09:00:00Z', '2026-03-07T09:00:00Z');
  const out = await read(earlier, COPY_URL);
  expect(out.provenance.verdict).toBe('original');
  expect(out.provenance.signals.some((s) => s.id === 'fingerprint-match')).toBe(false);
  // Undated: either may be the copy.
  const u = core.extract(UNDATED, 'https://undated-farm.example/a');
  expect(u.publishedTime).toBeNull();
  expect((await memory.apply(core, 'https://undated-farm.example/a', u)).provenance.verdict).toBe('original');
});

test('a known outlet\'s own page is never a copy from memory; the copy read before it is forgotten', async () => {
  const { memory, storage, read } = setup();
  // The reader meets the copy first: on its own it looks original, so it is remembered.
  expect((await read(COPY, COPY_URL)).provenance.verdict).toBe('original');
  expect(await memory.count()).toBe(1);
  // Then the article on the outlet's own domain (a publisher-table outlet: CBS News here).
  const outletPage = SAMPLE.replaceAll('The Riverside Courier', 'CBS News');
  const outletUrl = 'https://www.cbsnews.com/news/night-trains-return/';
  const outlet = await read(outletPage, outletUrl);
  expect(outlet.provenance.hostPublisher).toBe('CBS News');
  expect(outlet.provenance.verdict).toBe('original');
  expect(outlet.provenance.signals.some((s) => s.id === 'fingerprint-match')).toBe(false);
  const stored = storage.data.get(READ_MEMORY_KEY);
  expect(stored.map((e) => e.url)).toEqual([outletUrl]);
  expect(stored[0].outlet).toBe('CBS News');
  // Another unknown site with the text is now a copy of the outlet's page, dated or not.
  const other = await read(UNDATED, 'https://another-farm.example/n/1');
  expect(other.provenance.verdict).toBe('suspected-copy');
  expect(other.provenance.likelyOriginal).toMatchObject({ publisher: 'CBS News', url: outletUrl });
});

test('a page read through a web archive counts as its publisher\'s site', async () => {
  const { memory, storage, read } = setup();
  const archived = await read(SAMPLE, `https://web.archive.org/web/20260315000000/${ORIGINAL_URL}`);
  expect(archived.provenance.host).toBe('www.riversidecourier.example');
  expect(archived.provenance.verdict).toBe('original');
  expect(storage.data.get(READ_MEMORY_KEY)[0].site).toBe('riversidecourier.example');
  // Reading the live page afterwards is the same site, not a copy of the archive.
  const live = await read(SAMPLE, ORIGINAL_URL);
  expect(live.provenance.verdict).toBe('original');
  expect(await memory.count()).toBe(2);
});

test('switched off, nothing is remembered or matched; clear forgets everything', async () => {
  const { memory, state, storage, read } = setup();
  await read(SAMPLE, ORIGINAL_URL);
  state.on = false;
  expect((await read(COPY, COPY_URL)).provenance.verdict).toBe('original');
  state.on = true;
  await memory.clear();
  expect(storage.data.has(READ_MEMORY_KEY)).toBe(false);
  expect(await memory.count()).toBe(0);
  expect((await read(COPY, COPY_URL)).provenance.verdict).toBe('original');
});

test('stored data from elsewhere is validated; the memory is capped, newest first', async () => {
  const storage = fakeStorage();
  const fp = core.extract(SAMPLE, ORIGINAL_URL).provenance.fingerprint;
  const junk = [null, 7, { url: 'https://a.example/', site: 'a.example', readAt: 1 }, { url: 'x', site: 'y', readAt: 'z', fingerprint: fp }];
  const many = Array.from({ length: MAX_REMEMBERED + 5 }, (_, i) => ({
    url: `https://old${i}.example/a`, site: `old${i}.example`, readAt: i, fingerprint: { ...fp, simhash: '0000000000000000', minhash: '0'.repeat(256) },
  }));
  storage.data.set(READ_MEMORY_KEY, [...junk, ...many]);
  const { memory, read } = setup({ storage });
  expect(await memory.count()).toBe(MAX_REMEMBERED);
  await read(SAMPLE, ORIGINAL_URL);
  const stored = storage.data.get(READ_MEMORY_KEY);
  expect(stored).toHaveLength(MAX_REMEMBERED);
  expect(stored[0].url).toBe(ORIGINAL_URL);
  expect(stored[0]).not.toHaveProperty('text');
  expect(normalizeEntry({ url: 'https://a.example/', site: 'a.example', readAt: 1 })).toBeNull();
});

test('a failing core or storage leaves the core\'s result as it was', async () => {
  const storage = { get: async () => { throw new Error('disk'); }, set: async () => { throw new Error('full'); }, remove: async () => {} };
  const memory = createReadMemory({ storage, siteOf: (u) => siteOf(u, psl), enabled: async () => true });
  const result = core.extract(SAMPLE, ORIGINAL_URL);
  expect(await memory.apply(core, ORIGINAL_URL, result)).toBe(result);
  const broken = { findFingerprintMatch() { throw new Error('boom'); } };
  const copy = core.extract(COPY, COPY_URL);
  expect(await memory.apply(broken, COPY_URL, copy)).toBe(copy);
  // A storage read that fails once must not let a write replace what is stored.
  const flaky = fakeStorage();
  flaky.data.set(READ_MEMORY_KEY, [{ url: 'https://kept.example/a', site: 'kept.example', readAt: 1, fingerprint: result.provenance.fingerprint }]);
  const get = flaky.get.bind(flaky);
  let fails = 1;
  flaky.get = async (key) => { if (fails-- > 0) throw new Error('busy'); return get(key); };
  const m2 = createReadMemory({ storage: flaky, siteOf: (u) => siteOf(u, psl), enabled: async () => true });
  await m2.apply(core, ORIGINAL_URL, result);
  expect(flaky.data.get(READ_MEMORY_KEY).map((e) => e.url)).toEqual(['https://kept.example/a']);
  await m2.apply(core, ORIGINAL_URL, result);
  expect(flaky.data.get(READ_MEMORY_KEY).map((e) => e.url)).toEqual([ORIGINAL_URL, 'https://kept.example/a']);
  const notOk = { ok: false, error: { code: 'x', message: 'y' } };
  expect(await memory.apply(core, COPY_URL, notOk)).toBe(notOk);
});

test('applyMatch keeps a copy verdict and the publisher the page named, adding the URL', () => {
  const entry = normalizeEntry({ url: ORIGINAL_URL, site: 'riversidecourier.example', title: 'Night trains', publisher: 'The Riverside Courier', readAt: 0, fingerprint: { simhash: '0', minhash: '0' } });
  const result = { ok: true, provenance: { verdict: 'content-farm', score: 0.7, signals: [], likelyOriginal: { publisher: 'The Riverside Courier', url: null, searchQuery: 'q' } } };
  const out = applyMatch(result, entry, { similarity: 0.8 });
  expect(out.provenance.verdict).toBe('content-farm');
  expect(out.provenance.score).toBe(0.7);
  expect(out.provenance.likelyOriginal).toEqual({ publisher: 'The Riverside Courier', url: ORIGINAL_URL, searchQuery: 'q' });
  expect(result.provenance.signals).toHaveLength(0);  // not modified
  const synd = applyMatch({ ok: true, provenance: { verdict: 'syndicated', score: 0.1, signals: [], likelyOriginal: null } }, entry, { similarity: 0.8 });
  expect(synd.provenance.verdict).toBe('syndicated');
  expect(synd.provenance.likelyOriginal).toBeNull();
});
