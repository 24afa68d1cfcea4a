#!/usr/bin/env node
// Robustness run: both CLIs (the npm CLI on the wasm core, scripts/cli.mjs, and the native
// build-*/native/clearsource-native) over every page of ../shared/corpus/zyte-dev when present
// and over 1,000 generated malformed pages (random truncation, deep nesting, sibling floods,
// invalid UTF-8, NUL bytes, binary, huge attributes, unclosed markup, encoding lies, clone
// bombs, entity floods, tag soup, ...). Prints the count of each outcome; exits 1 on any crash,
// hang, `internal` error or code the README does not document.
//   node scripts/robustness.mjs [--count 1000] [--seed 7] [--only native|wasm] [--keep DIR]
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { mulberry32 } from './lib/copies/prng.mjs';
import { parseOptionsOrExit } from './lib/options.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BUILD = resolve(ROOT, process.env.CLEARSOURCE_BUILD_ROOT || 'build');
const CORPUS = resolve(ROOT, '..', 'shared', 'corpus', 'zyte-dev', 'html');
const DOCUMENTED = new Set(['empty-input', 'input-too-large', 'not-html', 'bad-options', 'core-unavailable']);
// A CLI process gets a minute plus 10 s per input (the core's default time budget); an input
// that still takes longer on its own is a hang.
const HANG_MS = 60_000;
const PER_INPUT_MS = 10_000;

const opts = parseOptionsOrExit('robustness', { count: { type: 'string', default: '1000' }, seed: { type: 'string', default: '7' }, only: { type: 'string' }, keep: { type: 'string' } });
const COUNT = Number(opts.count);
const SEED = Number(opts.seed);
const ONLY = opts.only ?? null;
const KEEP = opts.keep ?? null;

// ---- deterministic generator -------------------------------------------------------------------
const rand = mulberry32(SEED);
const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
const pick = (list) => list[Math.floor(rand() * list.length)];

function basePages() {
  const pages = [];
  if (existsSync(CORPUS)) {
    for (const f of readdirSync(CORPUS).sort()) {
      const raw = readFileSync(join(CORPUS, f));
      pages.push(f.endsWith('.gz') ? gunzipSync(raw) : raw);
    }
  }
  const fixtures = join(ROOT, 'tests', 'fixtures', 'pages');
  for (const d of readdirSync(fixtures)) {
    const p = join(fixtures, d, 'source.html');
    if (existsSync(p)) pages.push(readFileSync(p));
  }
  pages.push(readFileSync(join(ROOT, 'tests', 'fixtures', 'xss', 'article.html')));
  return pages;
}

const TAGS = ['div', 'span', 'b', 'i', 'a href=x', 'p', 'li', 'td', 'font id=1', 'blockquote', 'section',
  'em', 'table', 'tr', 'ul', 'select', 'option', 'svg', 'g', 'math', 'mrow', 'template', 'noscript', 'h2',
  'pre', 'code', 'form', 'button', 'object', 'iframe', 'textarea', 'title', 'style', 'script', 'x-custom'];
const SOUP = ['<div>', '</div>', '<p>', '</p>', '<b>', '</b>', '<i>', '<a href="/x">', '</a>', '<table>', '<tr>',
  '<td>', '</table>', '<li>', '<ul>', '</ul>', '<svg>', '</svg>', '<math>', '<mi>', '</math>', '<template>',
  '</template>', '<noscript>', '</noscript>', '<!--', '-->', '<![CDATA[', ']]>', '<script>', '</script>',
  '<style>', '</style>', '<select>', '<option>', '<frameset>', '<body>', '<html>', '<head>', '<title>',
  '<img src=x>', '<br>', '<p title="', '">', "'", '"', '&amp;', '&#x', '&#99999999999;', 'text ', 'more words ',
  '\u0000', '\uFFFD', '<', '>', '=', '/', '<plaintext>', '<xmp>', '<textarea>', '<foreignObject>', '<desc>'];

const enc = (s) => Buffer.from(s, 'utf8');
const repeat = (s, n) => enc(s.repeat(n));

function mutateBytes(buf, count, make) {
  const out = Buffer.from(buf);
  for (let k = 0; k < count && out.length; k++) out[int(0, out.length - 1)] = make();
  return out;
}

function insertAt(buf, at, piece) {
  return Buffer.concat([buf.subarray(0, at), piece, buf.subarray(at)]);
}

const GENERATORS = {
  truncate: (base) => base.subarray(0, int(0, base.length)),
  'deep-nesting': () => {
    const depth = pick([1000, 10000, 50000, 100000]);
    const tag = pick(TAGS);
    const close = rand() < 0.5 ? `</${tag.split(' ')[0]}>`.repeat(depth) : '';
    return enc(`<html><body><article>${`<${tag}>`.repeat(depth)}Deep text at the bottom.${close}`);
  },
  'sibling-flood': () => {
    const n = rand() < 0.02 ? 1000000 : pick([10000, 50000, 100000, 200000]);
    return repeat(pick(['<p>x</p>', '<br>', '<span>a</span>', '<li>b', '<td>c', '<!--c-->', '<a href=/y>z</a>', '<img src=/i.png>']), n);
  },
  'invalid-utf8': (base) => mutateBytes(base, int(1, 2000), () => pick([0x80, 0xBF, 0xC0, 0xC1, 0xED, 0xF4, 0xF5, 0xFE, 0xFF, int(0x80, 0xFF)])),
  'nul-bytes': (base) => mutateBytes(base, rand() < 0.7 ? int(1, 20) : int(1000, 100000), () => 0),
  binary: () => {
    const size = pick([1, 16, 512, 4096, 65536, 1 << 20]);
    const buf = Buffer.alloc(size);
    for (let i = 0; i < size; i++) buf[i] = int(0, 255);
    const magic = pick([null, '\x89PNG\r\n\x1a\n', '\x1f\x8b\x08', '%PDF-1.7', 'GIF89a', 'PK\x03\x04']);
    if (magic) Buffer.from(magic, 'latin1').copy(buf, 0);
    return buf;
  },
  'huge-attribute': (base) => {
    const size = pick([1 << 20, 4 << 20, 16 << 20]);
    const value = pick(['x', '"', "'", '&amp;', 'a b ', '>']).repeat(Math.ceil(size / 2)).slice(0, size);
    const tag = pick([`<img alt="${value}">`, `<a href="https://e.x/${value}">l</a>`, `<div class="${value}">`, `<p title='${value}'>`, `<img src="data:image/png;base64,${value}">`]);
    return insertAt(base, int(0, base.length), enc(tag));
  },
  unclosed: (base) => {
    const s = base.toString('latin1');
    const at = int(0, s.length);
    const how = pick(['gt', 'end-tags', 'comment', 'quote', 'cdata', 'script']);
    if (how === 'gt') return Buffer.from(s.slice(0, at) + s.slice(at).replace(/>/g, ''), 'latin1');
    if (how === 'end-tags') return Buffer.from(s.replace(/<\/[a-z0-9]+\s*>/gi, ''), 'latin1');
    const opener = { comment: '<!--', quote: '<p title="', cdata: '<svg><![CDATA[', script: '<script>' }[how];
    return Buffer.from(s.slice(0, at) + opener + s.slice(at), 'latin1');
  },
  'encoding-lie': (base) => {
    const lie = pick(['shift_jis', 'utf-16', 'utf-16le', 'iso-2022-jp', 'utf-7', 'big5', 'x-user-defined', 'windows-1251', 'bogus-charset']);
    const meta = enc(`<meta charset="${lie}"><meta http-equiv="Content-Type" content="text/html; charset=${lie}">`);
    const body = insertAt(base, 0, meta);
    const bom = pick([null, [0xFF, 0xFE], [0xFE, 0xFF], [0xEF, 0xBB, 0xBF]]);
    if (rand() < 0.3) return Buffer.concat([Buffer.from([0xFF, 0xFE]), Buffer.from(body.toString('latin1'), 'utf16le')]);
    return bom ? Buffer.concat([Buffer.from(bom), body]) : body;
  },
  'clone-bomb': () => {
    let s = '<html><body>';
    const n = pick([2000, 10000, 30000]);
    for (let k = 0; k < n; k++) s += `<p><${pick(['b', 'i', 'font', 'em'])} id=${k}>x</p>`;
    return enc(s);
  },
  'entity-flood': () => Buffer.concat([enc('<html><body><p>'), repeat(pick(['&#99999999999;', '&amp;', '&notin', '&#x110000;', '&#0;', '&#xD800;', '&nbsp;', '&bogus;', '&#x41']), pick([10000, 200000, 1000000]))]),
  'tag-soup': () => {
    const parts = [];
    const n = pick([100, 1000, 20000, 100000]);
    for (let k = 0; k < n; k++) parts.push(pick(SOUP));
    return enc(parts.join(''));
  },
  'empty-ish': () => enc(pick(['', ' ', '\n\n\t', '\u00A0', '<', '<>', '<html>', '<!---->', '\uFEFF'])),
  splice: (base, other) => Buffer.concat([base.subarray(0, int(0, base.length)), other.subarray(int(0, other.length))]),
  oversize: () => Buffer.alloc(33 * 1024 * 1024 + int(0, 1000), '<p>big</p>'),
};
// How many of each kind among COUNT pages (oversize: twice; the rest spread evenly).
function plan(count) {
  const kinds = Object.keys(GENERATORS).filter((k) => k !== 'oversize');
  const list = ['oversize', 'oversize'];
  while (list.length < count) list.push(kinds[(list.length - 2) % kinds.length]);
  return list.slice(0, count);
}

function generate(dir, bases) {
  const inputs = [];
  plan(COUNT).forEach((kind, i) => {
    const page = GENERATORS[kind](pick(bases), pick(bases));
    const file = join(dir, `${String(i).padStart(4, '0')}-${kind}.html`);
    writeFileSync(file, page);
    inputs.push({ file, kind, bytes: page.length });
  });
  return inputs;
}

// ---- running the CLIs ------------------------------------------------------------------------
// Runs `cmd` over `inputs` in batch mode, `chunk` inputs per process. A process that dies or
// stalls has its chunk re-run one input at a time so the culprit is named.
async function runBatch(cmd, argsFor, inputs, chunk) {
  const results = [];
  for (let i = 0; i < inputs.length; i += chunk) {
    const part = inputs.slice(i, i + chunk);
    const r = await runProcess(cmd, argsFor(part), part.length);
    if (r.lines.length === part.length && !r.abnormal) {
      r.lines.forEach((line, k) => results.push(classify(part[k], line)));
      continue;
    }
    for (const input of part) {
      const one = await runProcess(cmd, argsFor([input]), 1);
      if (one.lines.length === 1 && !one.abnormal) results.push(classify(input, one.lines[0]));
      else results.push({ ...input, outcome: one.hung ? 'hang' : 'crash', detail: one.stderr.slice(-400) });
    }
  }
  return results;
}

function runProcess(cmd, argv, expected) {
  return new Promise((resolvePromise) => {
    const child = spawn(cmd[0], [...cmd.slice(1), ...argv], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let stderr = '';
    let hung = false;
    const timer = setTimeout(() => { hung = true; child.kill('SIGKILL'); }, HANG_MS + PER_INPUT_MS * expected);
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const lines = out.split('\n').filter(Boolean);
      // Exit 1 means "some input failed" (an error value); anything else is abnormal.
      resolvePromise({ lines, stderr, hung, abnormal: hung || signal !== null || (code !== 0 && code !== 1) });
    });
  });
}

function classify(input, line) {
  let r;
  try {
    r = JSON.parse(line);
  } catch {
    return { ...input, outcome: 'bad-output', detail: line.slice(0, 200) };
  }
  if (r.ok) return { ...input, outcome: r.partial ? `ok (partial: ${r.partialReason})` : 'ok', ms: r.totalMs ?? null };
  return { ...input, outcome: `error: ${r.error?.code}`, detail: r.error?.message };
}

const failed = (r) => !(r.outcome.startsWith('ok') || DOCUMENTED.has(r.outcome.replace(/^error: /, '')));

function report(title, results) {
  const counts = new Map();
  for (const r of results) counts.set(r.outcome, (counts.get(r.outcome) ?? 0) + 1);
  console.log(`\n${title}: ${results.length} inputs`);
  for (const [outcome, n] of [...counts].sort((a, b) => b[1] - a[1])) {
    console.log(`  ${String(n).padStart(5)}  ${outcome}${failed({ outcome }) ? '   <-- FAILURE' : ''}`);
  }
  const kinds = new Map();
  for (const r of results) {
    if (!r.kind) continue;
    const k = kinds.get(r.kind) ?? { n: 0, outcomes: new Map(), maxMs: 0 };
    k.n++;
    k.outcomes.set(r.outcome, (k.outcomes.get(r.outcome) ?? 0) + 1);
    if (r.ms) k.maxMs = Math.max(k.maxMs, r.ms);
    kinds.set(r.kind, k);
  }
  if (kinds.size) {
    console.log('  by kind:');
    for (const [kind, k] of kinds) {
      const o = [...k.outcomes].map(([name, n]) => `${name} ${n}`).join(', ');
      console.log(`    ${kind.padEnd(15)} ${String(k.n).padStart(4)}  ${o}${k.maxMs ? `  (slowest ${Math.round(k.maxMs)} ms)` : ''}`);
    }
  }
  const bad = results.filter(failed);
  for (const r of bad.slice(0, 20)) console.log(`  FAILURE ${r.outcome}: ${r.file}${r.detail ? ` (${r.detail})` : ''}`);
  return bad.length;
}

async function main() {
  const dir = KEEP ? resolve(KEEP) : mkdtempSync(join(tmpdir(), 'clearsource-robustness-'));
  mkdirSync(dir, { recursive: true });
  const bases = basePages();
  console.log(`robustness: generating ${COUNT} malformed pages (seed ${SEED}) in ${dir}`);
  const generated = generate(dir, bases);
  const corpus = existsSync(CORPUS)
    ? readdirSync(CORPUS).sort().map((f) => ({ file: join(CORPUS, f), kind: null }))
    : [];
  if (!corpus.length) console.log(`robustness: no corpus at ${CORPUS}; generated pages only`);

  let failures = 0;
  const native = join(BUILD, 'native', 'clearsource-native');
  const clis = [];
  if (ONLY !== 'native') {
    clis.push({
      name: 'npm CLI (wasm core)',
      cmd: ['node', join(ROOT, 'scripts', 'cli.mjs'), 'extract'],
      argsFor: (part) => part.map((p) => p.file),
      chunk: 25,
    });
  }
  if (ONLY !== 'wasm') {
    if (!existsSync(native)) {
      console.log(`robustness: ${native} missing (bash scripts/build.sh); native run skipped`);
    } else {
      // The native CLI reads bytes as they are (no .gz, no charset decoding): corpus files are
      // decompressed into the work folder first.
      clis.push({ name: 'native CLI', cmd: [native], argsFor: (part) => part.map((p) => p.plain ?? p.file), chunk: 50 });
      for (const c of corpus) {
        if (!c.file.endsWith('.gz')) continue;
        c.plain = join(dir, `corpus-${c.file.split('/').pop().replace(/\.gz$/, '')}`);
        writeFileSync(c.plain, gunzipSync(readFileSync(c.file)));
      }
    }
  }
  for (const cli of clis) {
    const t0 = Date.now();
    if (corpus.length) failures += report(`${cli.name}, corpus zyte-dev`, await runBatch(cli.cmd, cli.argsFor, corpus, cli.chunk));
    failures += report(`${cli.name}, generated`, await runBatch(cli.cmd, cli.argsFor, generated, cli.chunk));
    console.log(`  (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  }
  if (!KEEP) rmSync(dir, { recursive: true, force: true });
  console.log(failures ? `\nrobustness: ${failures} FAILURES` : '\nrobustness: no crash, no hang, only documented error codes');
  process.exit(failures ? 1 : 0);
}

main().catch((err) => {
  console.error(err);
  process.exit(2);
});
