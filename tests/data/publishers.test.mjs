// Validates core/data/publishers.tsv, the table that maps publisher names seen in page text
// (bylines, datelines, copyright lines, JSON-LD, og:site_name) to their registrable domains.
// Format and selection rules: core/data/README.md. Reads only the repo file; no network.
import { readFileSync } from 'node:fs';

const TABLE_URL = new URL('../../core/data/publishers.tsv', import.meta.url);
const HEADER = ['name', 'aliases', 'domains', 'kind', 'country', 'lang', 'flags'];
const KINDS = new Set(['wire', 'newspaper', 'broadcaster', 'magazine', 'digital', 'agency-photo']);
const SIMPLE_FLAGS = new Set(['ambiguous', 'press-release', 'aggregator', 'syndicator', 'free-republish']);

// Public suffixes of two labels that the table may sit under (a domain with three or more labels
// must end in one of these, so "news.sky.com" or "edition.cnn.com" cannot slip in as "registrable").
// Extend this list when adding an outlet under another such suffix.
const MULTI_LABEL_SUFFIXES = new Set([
  'co.uk', 'org.uk', 'com.au', 'net.au', 'org.au', 'co.nz', 'org.nz', 'co.za', 'org.za',
  'co.ke', 'co.ug', 'co.tz', 'co.rw', 'co.zw', 'com.gh', 'com.ng', 'co.il', 'org.il',
  'co.jp', 'or.jp', 'ne.jp', 'co.kr', 'or.kr', 'com.cn', 'com.tw', 'com.hk', 'com.sg',
  'com.my', 'co.id', 'co.th', 'or.th', 'com.ph', 'gov.ph', 'com.vn', 'com.pk', 'co.in',
  'org.in', 'com.tr', 'com.ua', 'com.pl', 'com.br', 'com.ar', 'com.mx', 'com.uy', 'com.co',
  'com.pe', 'com.sa', 'gov.sa', 'org.eg', 'com.eg', 'co.tt',
]);

// One label: lowercase letters, digits, inner hyphens. At least two labels; TLD alphabetic.
const DOMAIN_RE = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const GROUP_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });
const fold = (s) => s.normalize('NFC').toLowerCase();

// ISO 3166-1 alpha-2: a region Intl knows, already canonical ("UK" canonicalises to "GB"), and not
// a user-assigned or exceptionally reserved code (AA, QM-QZ, XA-XZ, ZZ, EU, EZ, UN).
function isIsoCountry(code) {
  if (!/^[A-Z]{2}$/.test(code)) return false;
  if (/^(AA|Q[M-Z]|X[A-Z]|ZZ|EU|EZ|UN)$/.test(code)) return false;
  if (Intl.getCanonicalLocales(`und-${code}`)[0] !== `und-${code}`) return false;
  return regionNames.of(code) !== code;
}

// ISO 639-1: two letters, a language Intl knows, canonical ("iw" canonicalises to "he").
function isIsoLanguage(code) {
  if (!/^[a-z]{2}$/.test(code)) return false;
  if (Intl.getCanonicalLocales(code)[0] !== code) return false;
  return languageNames.of(code) !== code;
}

function loadTable() {
  const text = readFileSync(TABLE_URL, 'utf8');
  const lines = text.split('\n');
  const rows = [];
  const lineErrors = [];
  if (text.charCodeAt(0) === 0xfeff) lineErrors.push('file starts with a byte-order mark');
  if (text.includes('\r')) lineErrors.push('file contains CR characters (use LF line endings)');
  if (!text.endsWith('\n')) lineErrors.push('file does not end with a newline');
  lines.forEach((line, i) => {
    const lineNo = i + 1;
    if (i === lines.length - 1 && line === '') return; // final newline
    if (line !== line.normalize('NFC')) lineErrors.push(`line ${lineNo}: text is not NFC-normalised`);
    if (i === 0) return; // header, checked separately
    if (line.trim() === '') {
      lineErrors.push(`line ${lineNo}: blank line (use a "#" comment to separate sections)`);
      return;
    }
    if (line.startsWith('#')) return;
    rows.push({ lineNo, fields: line.split('\t') });
  });
  return { text, lines, rows, lineErrors };
}

const table = loadTable();

function parseRow({ lineNo, fields }) {
  const [name, aliases = '', domains = '', kind, country, lang, flags = ''] = fields;
  return {
    lineNo,
    fields,
    name,
    aliases: aliases === '' ? [] : aliases.split('|'),
    domains: domains === '' ? [] : domains.split('|'),
    kind,
    country,
    lang,
    flagTokens: flags === '' ? [] : flags.split(','),
  };
}

const rows = table.rows.filter((r) => r.fields.length === 6 || r.fields.length === 7).map(parseRow);

describe('publishers.tsv: file shape', () => {
  test('is UTF-8 text with LF endings, NFC, no blank lines', () => {
    expect(table.lineErrors).toEqual([]);
  });

  test('first line is the header', () => {
    expect(table.lines[0].split('\t')).toEqual(HEADER);
  });

  test('every data row has 6 columns, or 7 with a non-empty flags column', () => {
    const bad = [];
    for (const { lineNo, fields } of table.rows) {
      if (fields.length !== 6 && fields.length !== 7) bad.push(`line ${lineNo}: ${fields.length} columns`);
      else if (fields.length === 7 && fields[6] === '') bad.push(`line ${lineNo}: empty flags column (drop the trailing tab)`);
    }
    expect(bad).toEqual([]);
  });

  test('no field has surrounding whitespace or stray separators', () => {
    const bad = [];
    for (const r of rows) {
      r.fields.forEach((f, i) => {
        if (f !== f.trim()) bad.push(`line ${r.lineNo}: column ${HEADER[i]} has surrounding whitespace`);
      });
      if (r.name === '') bad.push(`line ${r.lineNo}: empty name`);
      if (r.name.includes('|')) bad.push(`line ${r.lineNo}: name contains "|"`);
      for (const a of r.aliases) {
        if (a === '' || a !== a.trim()) bad.push(`line ${r.lineNo}: empty or padded alias in "${r.fields[1]}"`);
      }
    }
    expect(bad).toEqual([]);
  });
});

describe('publishers.tsv: column values', () => {
  test('kind is one of the allowed kinds', () => {
    const bad = rows.filter((r) => !KINDS.has(r.kind)).map((r) => `line ${r.lineNo}: kind "${r.kind}"`);
    expect(bad).toEqual([]);
  });

  test('country is an ISO 3166-1 alpha-2 code', () => {
    const bad = rows
      .filter((r) => !isIsoCountry(r.country))
      .map((r) => `line ${r.lineNo}: country "${r.country}"`);
    expect(bad).toEqual([]);
  });

  test('lang is an ISO 639-1 code', () => {
    const bad = rows
      .filter((r) => !isIsoLanguage(r.lang))
      .map((r) => `line ${r.lineNo}: lang "${r.lang}"`);
    expect(bad).toEqual([]);
  });

  test('domains are lowercase registrable domains (no scheme, path, port or www.)', () => {
    const bad = [];
    for (const r of rows) {
      if (r.domains.length === 0) bad.push(`line ${r.lineNo}: no domains`);
      for (const d of r.domains) {
        const labels = d.split('.');
        if (!DOMAIN_RE.test(d)) bad.push(`line ${r.lineNo}: "${d}" is not a lowercase host name`);
        else if (d.startsWith('www.')) bad.push(`line ${r.lineNo}: "${d}" starts with www.`);
        else if (MULTI_LABEL_SUFFIXES.has(d)) bad.push(`line ${r.lineNo}: "${d}" is a public suffix`);
        else if (labels.length >= 3 && !MULTI_LABEL_SUFFIXES.has(labels.slice(-2).join('.'))) {
          bad.push(`line ${r.lineNo}: "${d}" looks like a subdomain, not a registrable domain`);
        } else if (labels.length >= 4) bad.push(`line ${r.lineNo}: "${d}" has too many labels`);
      }
      if (new Set(r.domains).size !== r.domains.length) bad.push(`line ${r.lineNo}: repeated domain`);
    }
    expect(bad).toEqual([]);
  });

  test('aliases within a row are distinct from each other and from the name', () => {
    const bad = [];
    for (const r of rows) {
      const seen = new Set([r.name]);
      for (const a of r.aliases) {
        if (seen.has(a)) bad.push(`line ${r.lineNo}: "${a}" repeated`);
        seen.add(a);
      }
    }
    expect(bad).toEqual([]);
  });

  test('flags are known: ambiguous, ambiguous=<names of this row>, group=<slug>, press-release, aggregator, syndicator, free-republish', () => {
    const bad = [];
    for (const r of rows) {
      const names = new Set([r.name, ...r.aliases]);
      const kinds = new Set();
      for (const tok of r.flagTokens) {
        const key = tok.includes('=') ? tok.slice(0, tok.indexOf('=')) : tok;
        if (kinds.has(key === 'ambiguous' ? 'ambiguous' : key)) bad.push(`line ${r.lineNo}: flag "${key}" given twice`);
        kinds.add(key);
        if (SIMPLE_FLAGS.has(tok)) continue;
        if (key === 'ambiguous') {
          const listed = tok.slice('ambiguous='.length).split('|');
          for (const n of listed) {
            if (!names.has(n)) bad.push(`line ${r.lineNo}: ambiguous name "${n}" is not this row's name or alias`);
          }
        } else if (key === 'group') {
          const slug = tok.slice('group='.length);
          if (!GROUP_RE.test(slug)) bad.push(`line ${r.lineNo}: bad group slug "${slug}"`);
        } else {
          bad.push(`line ${r.lineNo}: unknown flag "${tok}"`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  test('every group names at least two rows', () => {
    const members = new Map();
    for (const r of rows) {
      for (const tok of r.flagTokens) {
        if (tok.startsWith('group=')) {
          const g = tok.slice('group='.length);
          members.set(g, [...(members.get(g) ?? []), r.name]);
        }
      }
    }
    const lonely = [...members].filter(([, list]) => list.length < 2).map(([g, list]) => `${g}: ${list}`);
    expect(lonely).toEqual([]);
  });
});

describe('publishers.tsv: uniqueness across rows', () => {
  test('no name or alias belongs to two rows (case-insensitive)', () => {
    const owner = new Map();
    const clashes = [];
    for (const r of rows) {
      const mine = new Set();
      for (const n of [r.name, ...r.aliases]) {
        const key = fold(n);
        if (mine.has(key)) continue; // case variants inside one row are fine ("Spiegel", "SPIEGEL")
        mine.add(key);
        if (owner.has(key)) clashes.push(`"${n}": line ${owner.get(key)} and line ${r.lineNo}`);
        else owner.set(key, r.lineNo);
      }
    }
    expect(clashes).toEqual([]);
  });

  test('no domain belongs to two rows, and no listed domain is under another', () => {
    const owner = new Map();
    const clashes = [];
    for (const r of rows) {
      for (const d of r.domains) {
        if (owner.has(d)) clashes.push(`"${d}": line ${owner.get(d)} and line ${r.lineNo}`);
        else owner.set(d, r.lineNo);
      }
    }
    for (const d of owner.keys()) {
      const labels = d.split('.');
      for (let i = 1; i < labels.length - 1; i++) {
        const parent = labels.slice(i).join('.');
        if (owner.has(parent)) clashes.push(`"${d}" (line ${owner.get(d)}) is under "${parent}" (line ${owner.get(parent)})`);
      }
    }
    expect(clashes).toEqual([]);
  });
});

describe('publishers.tsv: coverage', () => {
  test('at least 300 English-language rows', () => {
    expect(rows.filter((r) => r.lang === 'en').length).toBeGreaterThanOrEqual(300);
  });

  test('at least 120 rows in other languages', () => {
    expect(rows.filter((r) => r.lang !== 'en').length).toBeGreaterThanOrEqual(120);
  });

  test('at least 10 wire services', () => {
    expect(rows.filter((r) => r.kind === 'wire').length).toBeGreaterThanOrEqual(10);
  });

  test('the names a lookup must find map to the expected domains', () => {
    const byName = new Map();
    const byDomain = new Map();
    for (const r of rows) {
      for (const n of [r.name, ...r.aliases]) byName.set(n, r);
      for (const d of r.domains) byDomain.set(d, r);
    }
    const expectations = [
      ['AP', 'apnews.com'],
      ['The Associated Press', 'apnews.com'],
      ['Reuters', 'reuters.com'],
      ['AFP', 'afp.com'],
      ['dpa', 'dpa.com'],
      ['CBS News Digital', 'cbsnews.com'],
      ['BBC', 'bbc.co.uk'],
      ['Bloomberg', 'bloomberg.com'],
      ['PTI', 'ptinews.com'],
      ['Yonhap', 'yna.co.kr'],
    ];
    for (const [name, domain] of expectations) {
      expect(byName.get(name)?.domains).toContain(domain);
    }
    expect(byDomain.get('bbc.com')?.name).toBe('BBC News');
  });
});
