// The result contract through the real wasm build (dist/core), as the CLI and extension use it.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_CORE_DIR, loadClearsource } from '../../core/bindings/node.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SAMPLE = readFileSync(join(ROOT, 'web', 'demo', 'sample-article.html'), 'utf8');
const URL_ = 'https://courier.example/transport/night-trains-return';

let core;
beforeAll(async () => {
  core = await loadClearsource();
});

describe('wasm core contract', () => {
  test('a news page yields the article and its metadata', () => {
    const r = core.extract(SAMPLE, URL_);
    expect(r.ok).toBe(true);
    expect(r.title).toBe('Night trains return to the valley line after twelve years');
    expect(r.byline).toBe('Mara Lindqvist');
    expect(r.siteName).toBe('The Riverside Courier');
    expect(r.publishedTime).toBe('2026-03-14T07:30:00Z');
    expect(r.lang).toBe('en');
    expect(r.dir).toBeNull();
    expect(r.leadImage).toBeNull();
    expect(typeof r.excerpt).toBe('string');
    expect(r.textContent).toContain('The overnight train between Aldmoor and Port Sable');
    expect(r.textContent).toContain('according to the operator');
    for (const junk of ['Most read', 'railfan_77', 'We use cookies', 'All rights reserved']) {
      expect(r.textContent).not.toContain(junk);
    }
    expect(r.content).toContain('<p>');
    expect(r.content).not.toMatch(/<script|onerror|javascript:/i);
    // Lazy image resolved to its real, absolute URL.
    expect(r.content).toContain('src="https://courier.example/transport/images/sleeper-car.svg"');
    expect(r.length).toBe([...r.textContent].length);
    expect(r.readerable).toBe(true);
    expect(r.timings.parseMs).toBeGreaterThanOrEqual(0);
    expect(r.timings.extractMs).toBeGreaterThanOrEqual(0);
  });

  test('every documented key is present, absent facts are null', () => {
    const r = core.extract('<html><body><p>Short page.</p></body></html>', '');
    expect(r.ok).toBe(true);
    for (const key of ['title', 'byline', 'siteName', 'publishedTime', 'lang', 'dir', 'excerpt',
      'leadImage', 'content', 'textContent', 'length', 'readerable', 'timings']) {
      expect(r).toHaveProperty(key);
    }
    expect(r.byline).toBeNull();
    expect(r.publishedTime).toBeNull();
    expect(r.readerable).toBe(false);
  });

  test('empty input is an error value', () => {
    expect(core.extract('', '')).toEqual({ ok: false, error: { code: 'empty-input', message: 'input is empty' } });
    expect(core.extract('  \n ', '').error.code).toBe('empty-input');
  });

  test('non-HTML input is an error value', () => {
    expect(core.extract('plain words and nothing else', '').error.code).toBe('not-html');
    const binary = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    expect(core.extractBytes(binary, '').error.code).toBe('not-html');
    expect(core.extract(42, '').error.code).toBe('not-html');
  });

  test('a 10 MB page is read, and a page over the cap is refused with input-too-large', () => {
    const para = '<p>Flood defences along the estuary were raised again this spring, officials said, ' +
      'after a winter of storms that tested every gate and pump in the lower town.</p>\n';
    const body = para.repeat(Math.ceil((10 * 1024 * 1024) / para.length));
    const html = `<html><head><title>Long page</title></head><body><article>${body}</article></body></html>`;
    expect(html.length).toBeGreaterThan(10 * 1024 * 1024);
    const r = core.extract(html, 'https://example.org/long');
    expect(r.ok).toBe(true);
    expect(r.length).toBeGreaterThan(5_000_000);
    const small = core.extract(html, '', { maxInputBytes: 1024 * 1024 });
    expect(small.ok).toBe(false);
    expect(small.error.code).toBe('input-too-large');
  });

  test('bad options are reported, not ignored', () => {
    const r = core.extract(SAMPLE, URL_, { charTreshold: 10 });
    expect(r.ok).toBe(false);
    expect(r.error.code).toBe('bad-options');
    expect(r.error.message).toContain('charTreshold');
  });

  test('bytes are decoded as a browser would (meta charset, BOM, windows-1252 fallback)', () => {
    const latin1 = Buffer.from('<html><head><meta charset="iso-8859-1"><title>Gr\xfc\xdfe</title></head><body><p>M\xfcnchen</p></body></html>', 'latin1');
    const r = core.extractBytes(latin1, '');
    expect(r.title).toBe('Grüße');
    expect(r.encoding).toBe('windows-1252');
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<html><title>Caf\u00e9 \u00e0 Paris</title><body><p>x</p></body></html>')]);
    expect(core.extractBytes(bom, '').title).toBe('Café à Paris');
    const undeclared = Buffer.from('<html><title>K\xf6ln</title><body><p>x</p></body></html>', 'latin1');
    expect(core.extractBytes(undeclared, '').title).toBe('Köln');
  });
});

describe('fingerprints', () => {
  test('the same article on two hosts matches; a different article does not; bad input is an error value', () => {
    const a = core.extract(SAMPLE, 'https://courier.example/a');
    const copy = core.extract(SAMPLE.replace('The Riverside Courier', 'Daily Profit Hub'), 'https://farm.example/b');
    const other = core.extract(`<html><body><article>${'<p>The chess club met on Tuesday to plan its spring tournament, with new boards donated by the library and a visiting coach from the capital.</p>'.repeat(6)}</article></body></html>`, 'https://c.example/');
    const same = core.compareFingerprints(a.provenance.fingerprint, copy.provenance.fingerprint);
    expect(same.ok).toBe(true);
    expect(same.sameArticle).toBe(true);
    const diff = core.compareFingerprints(a.provenance.fingerprint, other.provenance.fingerprint);
    expect(diff.sameArticle).toBe(false);
    expect(core.compareFingerprints(null, a.provenance.fingerprint)).toMatchObject({ ok: false, error: { code: 'bad-fingerprint' } });
  });

  test('findFingerprintMatch finds the remembered article in one call and skips malformed entries', () => {
    const a = core.extract(SAMPLE, 'https://courier.example/a');
    const copy = core.extract(SAMPLE.replace('The Riverside Courier', 'Daily Profit Hub'), 'https://farm.example/b');
    const other = core.extract(`<html><body><article>${'<p>The chess club met on Tuesday to plan its spring tournament, with new boards donated by the library and a visiting coach from the capital.</p>'.repeat(6)}</article></body></html>`, 'https://c.example/');
    const memory = [other.provenance.fingerprint, { simhash: 'nope' }, a.provenance.fingerprint];
    const hit = core.findFingerprintMatch(copy.provenance.fingerprint, memory);
    expect(hit).toMatchObject({ ok: true, index: 2, skipped: 1 });
    expect(hit.similarity).toBeGreaterThan(0.3);
    expect(core.findFingerprintMatch(copy.provenance.fingerprint, [other.provenance.fingerprint])).toMatchObject({ ok: true, index: -1 });
    expect(core.findFingerprintMatch(null, memory)).toMatchObject({ ok: false, error: { code: 'bad-fingerprint' } });
    expect(core.findFingerprintMatch(a.provenance.fingerprint, 'x')).toMatchObject({ ok: false, error: { code: 'bad-candidates' } });
  });
});

describe('shipped core has no eval', () => {
  test.each(['clearsource-core.cjs', 'clearsource-core.mjs'])('%s', (file) => {
    const text = readFileSync(join(DEFAULT_CORE_DIR, file), 'utf8');
    expect(text).not.toMatch(/new Function/);
    expect(text).not.toMatch(/\beval\(/);
  });
});
