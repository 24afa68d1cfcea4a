// Filter export: line formats, dedupe/sort, reason sanitizing, and the round trip
// export -> parseList -> buildMatcher that proves the lines mean what we intend.
import { exportFilters, sanitizeReason, collectSites, EXPORT_FORMATS } from '../../extension/background/filter-export.js';
import { parseList, buildMatcher } from '../../extension/background/site-lists.js';

const entries = [
  { host: 'www.farm.com', registrableDomain: 'farm.com', reason: 'copies BBC articles', verdict: 'farm', time: '2024-05-01T10:00:00Z' },
  { host: 'news.farm.com', registrableDomain: 'farm.com', reason: 'older note', verdict: 'farm', time: '2024-01-01T10:00:00Z' },
  { host: 'a.scraper.net', registrableDomain: 'scraper.net', reason: '', verdict: 'copy', time: 3 },
  { host: 'blog.example.co.uk', registrableDomain: 'example.co.uk', reason: 'rewritten', verdict: 'copy', time: 2 },
];

describe('formats', () => {
  test('uBlacklist: *://*.domain/* with a # reason line above', () => {
    expect(exportFilters(entries, 'ublacklist').lines).toEqual([
      '# rewritten',
      '*://*.example.co.uk/*',
      '# copies BBC articles',
      '*://*.farm.com/*',
      '*://*.scraper.net/*',
    ]);
  });

  test('CFT: domain # reason', () => {
    expect(exportFilters(entries, 'cft').lines).toEqual([
      'example.co.uk # rewritten',
      'farm.com # copies BBC articles',
      'scraper.net',
    ]);
  });

  test('uBlock Origin: ! reason then ||domain^', () => {
    const out = exportFilters(entries, 'ubo');
    expect(out.lines).toEqual([
      '! rewritten',
      '||example.co.uk^',
      '! copies BBC articles',
      '||farm.com^',
      '||scraper.net^',
    ]);
    expect(out.text).toBe(`${out.lines.join('\n')}\n`);
    expect(out.count).toBe(3);
  });

  test('optional title header', () => {
    expect(exportFilters(entries, 'ubo', { title: 'Clearsource\nflags' }).lines.slice(0, 2)).toEqual([
      '[Adblock Plus 2.0]',
      '! Title: Clearsource flags',
    ]);
    expect(exportFilters(entries, 'cft', { title: 'Mine' }).lines[0]).toBe('# Mine');
  });

  test('unknown formats throw; empty input gives empty text', () => {
    expect(() => exportFilters(entries, 'adguard')).toThrow(TypeError);
    expect(exportFilters([], 'cft')).toEqual({ text: '', lines: [], count: 0, skipped: [] });
    expect(exportFilters(null, 'cft').count).toBe(0);
    expect(EXPORT_FORMATS).toEqual(['ublacklist', 'cft', 'ubo']);
  });
});

describe('dedupe, sort, scope', () => {
  test('one line per domain; the most recent report\'s reason wins', () => {
    const { sites } = collectSites(entries);
    expect(sites).toEqual([
      { domain: 'example.co.uk', reason: 'rewritten' },
      { domain: 'farm.com', reason: 'copies BBC articles' },
      { domain: 'scraper.net', reason: '' },
    ]);
  });

  test('an empty newest reason falls back to an older one', () => {
    const { sites } = collectSites([
      { host: 'x.com', reason: 'first', time: 1 },
      { host: 'x.com', reason: '  ', time: 9 },
    ]);
    expect(sites).toEqual([{ domain: 'x.com', reason: 'first' }]);
  });

  test('hosts are normalized before dedupe (case, trailing dot, IDN)', () => {
    const out = exportFilters([
      { host: 'Farm.COM.' },
      { host: 'farm.com' },
      { host: 'BÜCHER.de' },
      { host: 'xn--bcher-kva.de' },
    ], 'cft', { scope: 'host' });
    expect(out.lines).toEqual(['farm.com', 'xn--bcher-kva.de']);
  });

  test('scope host exports the reported host; registrable falls back to host', () => {
    expect(exportFilters(entries, 'cft', { scope: 'host' }).lines.map((l) => l.split(' ')[0])).toEqual([
      'a.scraper.net', 'blog.example.co.uk', 'news.farm.com', 'www.farm.com',
    ]);
    expect(exportFilters([{ host: 'solo.org', registrableDomain: null }], 'cft').lines).toEqual(['solo.org']);
    expect(() => collectSites(entries, { scope: 'page' })).toThrow(TypeError);
  });

  test('filter picks verdicts', () => {
    const out = exportFilters(entries, 'cft', { filter: (e) => e.verdict === 'copy' });
    expect(out.lines).toEqual(['example.co.uk # rewritten', 'scraper.net']);
  });

  test('IP hosts have no subdomain wildcard', () => {
    expect(exportFilters([{ host: '203.0.113.9' }], 'ublacklist').lines).toEqual(['*://203.0.113.9/*']);
  });

  test('invalid hosts are skipped and reported, never written', () => {
    const out = exportFilters([
      { host: 'ok.com' },
      { host: 'evil.com/*\n*://*.victim.com/*' },
      { registrableDomain: 'a b.com' },
      { host: '' },
      null,
    ], 'ublacklist');
    expect(out.lines).toEqual(['*://*.ok.com/*']);
    expect(out.skipped.map((s) => s.index)).toEqual([1, 2, 3]);
  });
});

describe('reason sanitizing', () => {
  test('newlines, controls and bidi overrides cannot escape the comment', () => {
    expect(sanitizeReason('line1\nline2\r\n||victim.com^\u2028x\u0085y')).toBe('line1 line2 ||victim.com^ x y');
    expect(sanitizeReason('a\u202eb\u200bc\u0000d')).toBe('abc d');
    expect(sanitizeReason(null)).toBe('');
    expect(sanitizeReason(42)).toBe('42');
  });

  test('length is capped', () => {
    const s = sanitizeReason('x'.repeat(1000));
    expect(s.length).toBe(200);
    expect(s.endsWith('…')).toBe(true);
    expect(sanitizeReason('abcdef', 4)).toBe('abc…');
  });

  test('an injected rule in a reason stays a comment in every format', () => {
    const evil = [{ host: 'farm.com', reason: 'bad\n@@||victim.com^\n@*://*.victim.com/*\nvictim.com' }];
    for (const format of EXPORT_FORMATS) {
      const { text } = exportFilters(evil, format);
      const { rules, errors } = parseList(text);
      expect(errors).toEqual([]);
      expect(rules).toHaveLength(1);
      expect(rules[0].host).toBe('farm.com');
    }
  });

  test('uBO comments never become !# directives', () => {
    const { lines } = exportFilters([{ host: 'farm.com', reason: '#include evil.txt' }], 'ubo');
    expect(lines[0]).toBe('! #include evil.txt');
  });
});

describe('round trip: export -> parse -> match', () => {
  const reported = [
    ...entries,
    { host: 'bücher.de', registrableDomain: 'bücher.de', reason: 'IDN # with hash', time: 1 },
    { host: '198.51.100.7', registrableDomain: '198.51.100.7', reason: 'by IP', time: 1 },
  ];

  for (const format of EXPORT_FORMATS) {
    test(format, () => {
      const { text, count } = exportFilters(reported, format, { title: 'Clearsource export' });
      const parsed = parseList(text, { format });
      expect(parsed.errors).toEqual([]);
      expect(parsed.rules).toHaveLength(count);
      // Auto-detection reads the same lines the same way.
      expect(parseList(text).rules.map((r) => r.host)).toEqual(parsed.rules.map((r) => r.host));
      const m = buildMatcher([{ id: format, rules: parsed.rules, kind: 'block' }]);
      for (const url of [
        'https://farm.com/', 'https://www.farm.com/a', 'https://deep.news.farm.com/',
        'http://scraper.net/', 'https://blog.example.co.uk/post', 'https://www.bücher.de/',
        'http://198.51.100.7/x',
      ]) {
        expect(m.match(url)).toMatchObject({ kind: 'block', listId: format });
      }
      for (const url of ['https://notfarm.com/', 'https://example.co.uk.evil/', 'https://co.uk/', 'http://1.198.51.100.7/']) {
        expect(m.match(url)).toBeNull();
      }
      if (format === 'cft') {
        const farm = parsed.rules.find((r) => r.host === 'farm.com');
        expect(farm.comment).toBe('copies BBC articles');
      }
    });
  }
});
