// Exports: CSV (quoting, spreadsheet-formula defence), JSON (re-importable envelope), and filter
// lines for uBlacklist / Content Farm Terminator / uBlock Origin that the list parser reads back
// as rules matching the reported site. Plus the send body and endpoint rules.
import { readPslTable } from '../../scripts/lib/psl-table.mjs';
import { createPsl } from '../../extension/shared/psl.js';
import { buildReportDraft } from '../../extension/shared/report-draft.js';
import { CSV_COLUMNS, csvCell, exportCsv, exportJson, exportReports, reportReason } from '../../extension/background/report-export.js';
import { buildMatcher, parseList } from '../../extension/background/site-lists.js';
import { postReports, sendBody } from '../../extension/background/report-send.js';
import { checkEndpoint, normalizeSettings, createReportSettings } from '../../extension/background/report-settings.js';

const psl = createPsl(readPslTable());

function report(url, { verdict = 'suspected-copy', note = '', publisher = 'CBS News', now = Date.UTC(2025, 0, 2) } = {}) {
  const out = buildReportDraft({
    url, now, note, extensionVersion: '0.1.0',
    result: { title: 'A title', provenance: { verdict, score: 0.8, signals: [{ id: 'keyword-injection', weight: 0.3, message: 'm', evidence: [{ text: 'SafeX', where: 'title' }] }], likelyOriginal: { publisher, url: 'https://www.cbsnews.com/x', searchQuery: null }, cleanTitle: 'Clean', fingerprint: 'ff00' } },
  }, { psl });
  if (!out.ok) throw new Error(out.errors.join());
  return out.report;
}

const reports = [
  report('https://www.farm-news.co.uk/a', { note: 'copies CBS' }),
  report('https://blog.scraper.net/b?x=1', { verdict: 'content-farm', publisher: null, now: Date.UTC(2025, 0, 3) }),
  report('https://m.farm-news.co.uk/c', { note: 'second page, same farm' }),
];

describe('CSV', () => {
  test('one header row and one row per report, CRLF, BOM', () => {
    const csv = exportCsv(reports);
    expect(csv.startsWith('\ufeffid,createdAt,')).toBe(true);
    const rows = csv.slice(1).trimEnd().split('\r\n');
    expect(rows).toHaveLength(1 + reports.length);
    expect(rows[0].split(',')).toEqual(CSV_COLUMNS.map(([name]) => name));
    expect(rows[1]).toContain('https://www.farm-news.co.uk/a');
    expect(rows[1]).toContain('farm-news.co.uk');
    expect(rows[1]).toContain('keyword-injection @ title: SafeX');
  });

  test('quotes commas, quotes and newlines; defuses formulas', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('=HYPERLINK("http://evil")')).toBe('"\'=HYPERLINK(""http://evil"")"');
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(0.5)).toBe('0.5');
    expect(csvCell(null)).toBe('');
    const evil = report('https://evil.example/', { note: '=cmd|" /C calc"!A0\nnext' });
    const row = exportCsv([evil]).split('\r\n')[1];
    expect(row).toContain('"\'=cmd|"" /C calc""!A0\nnext"');
  });
});

describe('JSON', () => {
  test('full records in a versioned envelope', () => {
    const text = exportJson(reports, { now: Date.UTC(2025, 1, 1), extensionVersion: '0.1.0' });
    const data = JSON.parse(text);
    expect(data).toMatchObject({ type: 'clearsource-reports', schemaVersion: 1, exportedAt: '2025-02-01T00:00:00.000Z', extensionVersion: '0.1.0', count: 3 });
    expect(data.reports).toEqual(reports);
  });
});

describe('filter lines', () => {
  test('uBlacklist, CFT and uBO lines for each reported site, one per registrable domain', () => {
    const ub = exportReports(reports, 'ublacklist', { now: 0 });
    expect(ub.lines ?? ub.text.split('\n')).toBeDefined();
    expect(ub.text).toContain('*://*.farm-news.co.uk/*');
    expect(ub.text).toContain('*://*.scraper.net/*');
    expect(ub.count).toBe(2);
    const cft = exportReports(reports, 'cft', { now: 0 }).text;
    expect(cft).toMatch(/^farm-news\.co\.uk # Scraped copy of CBS News \(reported 2025-01-02\): /m);
    expect(cft).toMatch(/^scraper\.net # Content farm \(reported 2025-01-03\)$/m);
    const ubo = exportReports(reports, 'ubo', { now: 0 }).text;
    expect(ubo).toContain('||farm-news.co.uk^');
    expect(ubo).toContain('||scraper.net^');
    expect(ubo.split('\n')[0]).toBe('[Adblock Plus 2.0]');
  });

  test('host scope blocks only the reported hosts', () => {
    const out = exportReports(reports, 'ubo', { now: 0, scope: 'host' }).text;
    expect(out).toContain('||www.farm-news.co.uk^');
    expect(out).toContain('||m.farm-news.co.uk^');
    expect(out).not.toContain('||farm-news.co.uk^');
  });

  test.each(['ublacklist', 'cft', 'ubo'])('%s lines parse back as rules that match the sites and nothing else', (format) => {
    const { text } = exportReports(reports, format, { now: 0 });
    const parsed = parseList(text, { format });
    expect(parsed.errors).toEqual([]);
    const m = buildMatcher([{ id: 'x', rules: parsed.rules }]);
    expect(m.match('https://www.farm-news.co.uk/anything')?.kind).toBe('block');
    expect(m.match('https://deep.sub.scraper.net/')?.kind).toBe('block');
    expect(m.match('https://www.cbsnews.com/x')).toBeNull();
    expect(m.match('https://co.uk/')).toBeNull();
  });

  test('a note cannot inject a rule (newlines become spaces)', () => {
    const r = report('https://farm.example/', { note: 'fine\n||cbsnews.com^\n*://*.bbc.co.uk/*' });
    expect(reportReason(r)).not.toContain('\n');
    for (const format of ['ublacklist', 'cft', 'ubo']) {
      const { text } = exportReports([r], format, { now: 0 });
      const m = buildMatcher([{ id: 'x', rules: parseList(text, { format }).rules }]);
      expect(m.match('https://www.cbsnews.com/')).toBeNull();
      expect(m.match('https://www.bbc.co.uk/')).toBeNull();
    }
  });

  test('unknown formats are refused', () => {
    expect(() => exportReports(reports, 'xml')).toThrow(/unknown/);
  });
});

describe('sending', () => {
  test('the body is the import format, deterministic (what the reader previews is what is sent)', () => {
    const a = sendBody(reports, { extensionVersion: '0.1.0' });
    expect(sendBody(reports, { extensionVersion: '0.1.0' })).toBe(a);
    expect(JSON.parse(a)).toEqual({ type: 'clearsource-reports', schemaVersion: 1, extensionVersion: '0.1.0', count: 3, reports });
  });

  test('only HTTPS endpoints, no credentials in the address', () => {
    expect(checkEndpoint('')).toBe('');
    expect(checkEndpoint(' https://reports.example.org/submit ')).toBe('https://reports.example.org/submit');
    expect(() => checkEndpoint('http://reports.example.org/')).toThrow(/HTTPS/);
    expect(() => checkEndpoint('https://me:pw@reports.example.org/')).toThrow(/password/);
    expect(() => checkEndpoint('nonsense')).toThrow(/not a web address/);
    expect(normalizeSettings({ autoCheck: 'yes', endpoint: 'http://x' })).toEqual({ autoCheck: false, endpoint: '', rememberArticles: true });
    expect(normalizeSettings(undefined)).toEqual({ autoCheck: false, endpoint: '', rememberArticles: true });
    expect(normalizeSettings({ rememberArticles: false }).rememberArticles).toBe(false);
  });

  test('settings: the automatic check is off until the reader turns it on', async () => {
    const area = new Map();
    const storage = {
      async get(key) { return area.has(key) ? { [key]: area.get(key) } : {}; },
      async set(obj) { for (const [k, v] of Object.entries(obj)) area.set(k, structuredClone(v)); },
    };
    const s = createReportSettings({ storage });
    expect(await s.get()).toEqual({ autoCheck: false, endpoint: '', rememberArticles: true });
    await s.set({ autoCheck: true });
    await expect(s.set({ endpoint: 'http://plain.example/' })).rejects.toThrow(/HTTPS/);
    expect(await s.get()).toEqual({ autoCheck: true, endpoint: '', rememberArticles: true });
    await s.set({ rememberArticles: false });
    expect(await s.get()).toEqual({ autoCheck: true, endpoint: '', rememberArticles: false });
  });

  test('POST without cookies or redirects; failures are explained', async () => {
    const calls = [];
    const fetchImpl = async (url, init) => { calls.push({ url, init }); return { ok: true, status: 202, statusText: 'Accepted' }; };
    const body = sendBody(reports);
    expect(await postReports('https://reports.example.org/submit', body, { fetchImpl })).toEqual({ ok: true, status: 202, statusText: 'Accepted' });
    expect(calls[0].init).toMatchObject({ method: 'POST', body, credentials: 'omit', redirect: 'error', headers: { 'content-type': 'application/json' } });
    await expect(postReports('', body, { fetchImpl })).rejects.toThrow(/No endpoint/);
    await expect(postReports('https://x.example/', body, { fetchImpl: async () => { throw new TypeError('Failed to fetch'); } })).rejects.toThrow(/Could not send to x\.example: Failed to fetch/);
  });
});
