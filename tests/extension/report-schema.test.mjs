// Report records: the draft builder (everything issue 6 lists), registrable domains from Debian's
// Public Suffix List, strict normalization with caps (hostile pages write the evidence), and the
// record-migration machinery.
import { readFileSync } from 'node:fs';
import { compilePslTable, readPslTable } from '../../scripts/lib/psl-table.mjs';
import { createPsl } from '../../extension/shared/psl.js';
import { buildReportDraft, defaultCategory, siteOf, withReaderInput } from '../../extension/shared/report-draft.js';
import {
  LIMITS, REPORT_SCHEMA_VERSION, cleanText, isReportId, migrateReport, normalizeReport, summarize,
} from '../../extension/background/report-schema.js';

const psl = createPsl(readPslTable());
const derive = (url) => siteOf(url, psl);

const RESULT = {
  ok: true,
  title: 'SafeX Pro Exchange|Biden announces new steps to deepen military ties - Profound Wealth Insights',
  byline: 'Bo Erickson',
  siteName: 'Profound Wealth Insights',
  publishedTime: '2024-04-10T12:00:00Z',
  content: '<p>not read by the draft</p>',
  textContent: 'not read either',
  provenance: {
    verdict: 'content-farm',
    score: 0.91234,
    signals: [
      { id: 'attribution-mismatch', weight: 0.4, message: 'Credits CBS News on another domain', evidence: [{ text: 'Bo Erickson is a reporter for CBS News Digital', where: 'byline' }] },
      { id: 'keyword-injection', weight: 0.35, message: 'Brand glued into the title and text', evidence: [{ text: 'SafeX Pro Exchange', where: 'title' }, { text: 'The SafeX Pro ExchangeU.S., Japan', where: 'text' }] },
    ],
    likelyOriginal: { publisher: 'CBS News', url: null, searchQuery: 'Biden announces new steps CBS News' },
    cleanTitle: 'Biden announces new steps to deepen military ties',
    fingerprint: 'a1b2c3d4e5f60718',
    extra: 'ignored',
  },
};
const URL_ = 'https://www.profoundwealthinsights.co.uk/news/2025/0411/biden.html';

describe('Public Suffix List (Debian publicsuffix, compiled at build time)', () => {
  test('the compiled table is complete and compact', () => {
    const table = readPslTable();
    expect(table.count).toBeGreaterThan(5000);
    expect(table.rules.length).toBeLessThan(200 * 1024);
    expect(psl.size).toBe(table.count);
  });

  test.each([
    ['www.bbc.co.uk', 'bbc.co.uk'],
    ['news.example.com.au', 'example.com.au'],
    ['a.b.c.example.com', 'example.com'],
    ['someone.blogspot.com', 'someone.blogspot.com'],   // private section kept, as browsers do
    ['user.github.io', 'user.github.io'],
    ['foo.bar.ck', 'foo.bar.ck'],                       // *.ck wildcard
    ['x.www.ck', 'www.ck'],                             // !www.ck exception
    ['example.xn--fiqs8s', 'example.xn--fiqs8s'],       // IDN TLD, Punycode as URLs give it
    ['WWW.EXAMPLE.COM.', 'example.com'],
    ['203.0.113.7', '203.0.113.7'],
    ['co.uk', null],
    ['com', null],
  ])('%s -> %s', (host, expected) => {
    expect(psl.registrableDomain(host)).toBe(expected);
  });

  test('an unlisted TLD counts as a public suffix (implicit * rule)', () => {
    expect(psl.publicSuffix('a.b.example.notatld')).toBe('notatld');
    expect(psl.registrableDomain('a.b.example.notatld')).toBe('example.notatld');
  });

  test('a truncated list is refused at build time', () => {
    expect(() => compilePslTable('com\nnet\n')).toThrow(/truncated/);
  });

  test('siteOf: a host that is itself a suffix is its own site', () => {
    expect(derive('http://localhost:8080/x')).toEqual({ host: 'localhost', registrableDomain: 'localhost' });
    expect(derive('https://www.bücher.de/')).toEqual({ host: 'www.xn--bcher-kva.de', registrableDomain: 'xn--bcher-kva.de' });
  });
});

describe('buildReportDraft', () => {
  const now = Date.UTC(2025, 3, 11, 9, 30);
  const draft = buildReportDraft({ url: URL_, result: RESULT, now, extensionVersion: '0.1.0', note: 'seen in a feed' }, { psl });

  test('holds everything the issue lists', () => {
    expect(draft.ok).toBe(true);
    const r = draft.report;
    expect(isReportId(r.id)).toBe(true);
    expect(r).toMatchObject({
      type: 'clearsource-report',
      schemaVersion: REPORT_SCHEMA_VERSION,
      createdAt: '2025-04-11T09:30:00.000Z',
      extensionVersion: '0.1.0',
      source: 'banner',
      page: {
        url: URL_,
        host: 'www.profoundwealthinsights.co.uk',
        registrableDomain: 'profoundwealthinsights.co.uk',
        title: RESULT.title,
        cleanTitle: 'Biden announces new steps to deepen military ties',
        siteName: 'Profound Wealth Insights',
        byline: 'Bo Erickson',
      },
      analysis: {
        verdict: 'content-farm',
        score: 0.912,
        likelyOriginal: { publisher: 'CBS News', url: null, searchQuery: 'Biden announces new steps CBS News' },
        fingerprint: 'a1b2c3d4e5f60718',
      },
      reader: { category: 'content-farm', note: 'seen in a feed' },
    });
    expect(r.analysis.signals.map((s) => s.id)).toEqual(['attribution-mismatch', 'keyword-injection']);
    expect(r.analysis.signals[1].evidence[1]).toEqual({ text: 'The SafeX Pro ExchangeU.S., Japan', where: 'text' });
  });

  test('never carries the article itself, nor fields it does not know', () => {
    const json = JSON.stringify(draft.report);
    expect(json).not.toContain('not read');
    expect(json).not.toContain('ignored');
  });

  test('the category follows the verdict until the reader changes it', () => {
    expect(defaultCategory('suspected-copy')).toBe('scraped-copy');
    expect(defaultCategory('content-farm')).toBe('content-farm');
    expect(defaultCategory('original')).toBe('other');
    const edited = withReaderInput(draft.report, { note: 'Line 1\r\nLine 2', category: 'spun-text' }, { psl });
    expect(edited.ok).toBe(true);
    expect(edited.report.reader).toEqual({ category: 'spun-text', note: 'Line 1\nLine 2' });
    expect(withReaderInput(draft.report, { category: 'bogus' }, { psl }).report.reader.category).toBe('content-farm');
  });

  test('a page the core did not analyse is still reportable, as unknown', () => {
    const out = buildReportDraft({ url: 'https://example.org/a', result: { ok: true, title: 'T', provenance: null } }, { psl });
    expect(out.ok).toBe(true);
    expect(out.report.analysis).toEqual({ verdict: 'unknown', score: null, signals: [], likelyOriginal: null, fingerprint: null });
    expect(out.report.reader.category).toBe('other');
    const newer = buildReportDraft({ url: 'https://example.org/a', result: { provenance: { verdict: 'future-verdict' } } }, { psl });
    expect(newer.report.analysis.verdict).toBe('unknown');
  });

  test('non-web pages are refused', () => {
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'chrome://settings', 'not a url']) {
      const out = buildReportDraft({ url, result: RESULT }, { psl });
      expect(out.ok).toBe(false);
      expect(out.errors.join()).toMatch(/page\.url/);
    }
  });
});

describe('normalizeReport: caps and hostile text', () => {
  const base = buildReportDraft({ url: URL_, result: RESULT, now: 0 }, { psl }).report;

  test('the stored host comes from the URL, not from the caller', () => {
    const forged = structuredClone(base);
    forged.page.host = 'cbsnews.com';
    forged.page.registrableDomain = 'cbsnews.com';
    const out = normalizeReport(forged, { derive });
    expect(out.report.page.host).toBe('www.profoundwealthinsights.co.uk');
    expect(out.report.page.registrableDomain).toBe('profoundwealthinsights.co.uk');
  });

  test('credentials in URLs are dropped', () => {
    const r = structuredClone(base);
    r.page.url = 'https://user:secret@example.com/a';
    expect(normalizeReport(r, { derive }).report.page.url).toBe('https://example.com/a');
  });

  test('a page built to bloat the report stays small', () => {
    const huge = 'x'.repeat(100000);
    const signals = Array.from({ length: 500 }, (_, i) => ({
      id: `s${i}`, weight: 1, message: huge, evidence: Array.from({ length: 100 }, () => ({ text: huge, where: huge })),
    }));
    const r = structuredClone(base);
    r.analysis.signals = signals;
    r.page.title = huge;
    const out = normalizeReport(r, { derive });
    expect(out.ok).toBe(true);
    expect(out.report.analysis.signals).toHaveLength(LIMITS.signals);
    expect(out.report.analysis.signals.flatMap((s) => s.evidence)).toHaveLength(LIMITS.evidenceTotal);
    expect(out.report.page.title.length).toBeLessThanOrEqual(LIMITS.title);
    expect(JSON.stringify(out.report).length).toBeLessThan(64 * 1024);
  });

  test('control and bidi-override characters are removed; single-line fields stay one line', () => {
    expect(cleanText('a\u202eb\u0000c\nd\u2028e', 100)).toBe('ab c d e');
    expect(cleanText('  ', 10)).toBeNull();
    expect(cleanText('😀😀😀', 4)).toBe('😀…');  // never half a surrogate pair
    const r = structuredClone(base);
    r.reader.note = 'first\n\u202esecond\u0007';
    expect(normalizeReport(r, { derive }).report.reader.note).toBe('first\nsecond');
  });

  test('wrong types and missing fields are errors, listed', () => {
    const out = normalizeReport({ type: 'clearsource-report', schemaVersion: 1, id: 'nope', createdAt: 'yesterday', page: {}, analysis: { verdict: 'bad' }, reader: { category: 'x', note: 'n'.repeat(LIMITS.note + 1) } }, { derive });
    expect(out.ok).toBe(false);
    expect(out.errors).toEqual(expect.arrayContaining([
      expect.stringMatching(/^id/), expect.stringMatching(/^createdAt/), expect.stringMatching(/^page\.url/),
      expect.stringMatching(/^analysis\.verdict/), expect.stringMatching(/^reader\.category/), expect.stringMatching(/^reader\.note/),
    ]));
    expect(normalizeReport(null).ok).toBe(false);
    expect(normalizeReport([]).ok).toBe(false);
  });

  test('summaries for the options list', () => {
    expect(summarize(base)).toMatchObject({
      id: base.id, host: 'www.profoundwealthinsights.co.uk', title: 'Biden announces new steps to deepen military ties',
      verdict: 'content-farm', category: 'content-farm', publisher: 'CBS News', signals: ['attribution-mismatch', 'keyword-injection'],
    });
  });
});

describe('record migrations', () => {
  const current = buildReportDraft({ url: URL_, result: RESULT, now: 0 }, { psl }).report;
  // A made-up history: v1 -> v2 renames reader.note to reader.comment, v2 -> v3 adds a field.
  const steps = {
    1: (r) => ({ ...r, schemaVersion: 2, reader: { category: r.reader.category, comment: r.reader.note } }),
    2: (r) => ({ ...r, schemaVersion: 3, tags: [] }),
  };

  test('every step runs in order', () => {
    const out = migrateReport(current, { migrations: steps, target: 3 });
    expect(out.ok).toBe(true);
    expect(out.from).toBe(1);
    expect(out.report).toMatchObject({ schemaVersion: 3, tags: [], reader: { comment: current.reader.note } });
    expect(current.schemaVersion).toBe(1);  // the input is not modified
  });

  test('the current version passes through unchanged', () => {
    expect(migrateReport(current)).toEqual({ ok: true, report: current, from: 1 });
  });

  test('a record from a newer version is refused with a reason', () => {
    const out = migrateReport({ ...current, schemaVersion: 9 });
    expect(out.ok).toBe(false);
    expect(out.errors[0]).toMatch(/newer/);
  });

  test('a missing or broken step is an error, not a silent pass', () => {
    expect(migrateReport(current, { migrations: { 1: steps[1] }, target: 3 }).errors[0]).toMatch(/no migration from schemaVersion 2/);
    expect(migrateReport(current, { migrations: { 1: (r) => r }, target: 2 }).errors[0]).toMatch(/did not produce/);
    expect(migrateReport({ ...current, schemaVersion: 0 }).ok).toBe(false);
  });
});

// docs/report-schema.md is the contract for list maintainers and endpoints: its example must be a
// valid report, and whatever the store writes (even from a page built to break it) must satisfy
// its JSON Schema. A small checker for the keywords that schema uses keeps this dependency-free.
describe('docs/report-schema.md agrees with the code', () => {
  const doc = readFileSync(new URL('../../docs/report-schema.md', import.meta.url), 'utf8');
  const blocks = [...doc.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1]);
  const example = JSON.parse(blocks[0]);
  const schema = JSON.parse(blocks.find((b) => b.includes('"$schema"')));

  function check(value, s, path = '$') {
    const errors = [];
    const types = s.type ? [].concat(s.type) : null;
    const typeOf = (v) => (v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v);
    if (types && !types.some((t) => t === typeOf(value) || (t === 'number' && typeof value === 'number'))) return [`${path}: type ${typeOf(value)}`];
    if ('const' in s && value !== s.const) errors.push(`${path}: not ${s.const}`);
    if (s.enum && !s.enum.includes(value)) errors.push(`${path}: ${value} not in enum`);
    if (typeof value === 'string') {
      if (s.maxLength !== undefined && value.length > s.maxLength) errors.push(`${path}: longer than ${s.maxLength}`);
      if (s.pattern && !new RegExp(s.pattern).test(value)) errors.push(`${path}: does not match ${s.pattern}`);
      if (s.format === 'date-time' && !Number.isFinite(Date.parse(value))) errors.push(`${path}: not a date-time`);
    }
    if (typeof value === 'number') {
      if (s.minimum !== undefined && value < s.minimum) errors.push(`${path}: below ${s.minimum}`);
      if (s.maximum !== undefined && value > s.maximum) errors.push(`${path}: above ${s.maximum}`);
    }
    if (Array.isArray(value)) {
      if (s.maxItems !== undefined && value.length > s.maxItems) errors.push(`${path}: more than ${s.maxItems} items`);
      if (s.items) value.forEach((v, i) => errors.push(...check(v, s.items, `${path}[${i}]`)));
    } else if (value && typeof value === 'object') {
      for (const key of s.required ?? []) if (!(key in value)) errors.push(`${path}.${key}: missing`);
      for (const [key, v] of Object.entries(value)) {
        if (s.properties?.[key]) errors.push(...check(v, s.properties[key], `${path}.${key}`));
        else if (s.additionalProperties === false) errors.push(`${path}.${key}: not allowed`);
      }
    }
    return errors;
  }

  test('the example is a valid report, unchanged by normalization', () => {
    expect(check(example, schema)).toEqual([]);
    const out = normalizeReport(example, { derive });
    expect(out.ok).toBe(true);
    expect(out.report).toEqual(example);
  });

  test('what the store writes always satisfies the documented schema', () => {
    const huge = '\u202e='.repeat(5000);
    const hostile = buildReportDraft({
      url: 'https://user:pw@WWW.Example.CO.UK./a?b=c#d',
      result: {
        title: huge, byline: 42, siteName: { html: '<b>' }, publishedTime: huge,
        provenance: {
          verdict: 'suspected-copy', score: 7, fingerprint: huge,
          signals: Array.from({ length: 99 }, (_, i) => ({ id: `s${i}`, weight: Infinity, message: huge, evidence: Array.from({ length: 30 }, () => ({ text: huge, where: null })) })),
          likelyOriginal: { publisher: huge, url: 'javascript:alert(1)', searchQuery: huge },
        },
      },
      note: 'n'.repeat(2000),
    }, { psl });
    expect(hostile.ok).toBe(true);
    expect(check(hostile.report, schema)).toEqual([]);
    expect(check(buildReportDraft({ url: URL_, result: RESULT }, { psl }).report, schema)).toEqual([]);
    expect(check(buildReportDraft({ url: 'http://203.0.113.9/x', result: {} }, { psl }).report, schema)).toEqual([]);
  });
});
