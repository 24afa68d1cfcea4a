#!/usr/bin/env node
// Extraction-quality benchmark: our extractor vs published peers on the Zyte dev corpus, scored with
// the Zyte article-extraction-benchmark metric (scripts/lib/zyte-metric.mjs), plus a quality gate
// against the pinned floors in scripts/quality-floors.json.
//
// Usage: node scripts/bench-quality.mjs [options]
//   (default)               extract every page with `node scripts/cli.mjs extract --format json --batch`
//   --predictions FILE      score a JSONL file instead ({file|id, textContent}; a saved CLI output works)
//   --peer NAME             score peers/NAME.json as "ours" (to test this script without our extractor)
//   --page ID               per-page diff (missed / extra text) for one page; ID may be a unique prefix
//   --worst N               how many worst pages to list (default 10)
//   --json                  machine-readable output on stdout
//   --cli PATH              extractor CLI to spawn (default scripts/cli.mjs)
//   --timeout SECONDS       limit for the CLI run (default 600)
// Corpus: $CLEARSOURCE_CORPUS, else ../shared/corpus/zyte-dev from the repo root; absent -> skip (exit 0).
// Exit: 0 pass (or skipped), 1 below a floor, 2 usage or infrastructure error.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { aggregate, diffPage, scorePage } from './lib/zyte-metric.mjs';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const FLOORS_PATH = path.join(REPO_ROOT, 'scripts', 'quality-floors.json');
const METRICS = ['f1', 'precision', 'recall', 'accuracy'];
// Floors are pinned to 3 decimals; this only absorbs float noise, not real regressions.
const EPSILON = 1e-9;

class UsageError extends Error {}

function parseOptions(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      predictions: { type: 'string' },
      peer: { type: 'string' },
      page: { type: 'string' },
      worst: { type: 'string', default: '10' },
      json: { type: 'boolean', default: false },
      cli: { type: 'string', default: path.join(REPO_ROOT, 'scripts', 'cli.mjs') },
      timeout: { type: 'string', default: '600' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.predictions && values.peer) throw new UsageError('--predictions and --peer are exclusive');
  const worst = Number(values.worst);
  const timeout = Number(values.timeout);
  if (!Number.isInteger(worst) || worst < 0) throw new UsageError(`--worst wants a count, got ${values.worst}`);
  if (!(timeout > 0)) throw new UsageError(`--timeout wants seconds, got ${values.timeout}`);
  return { ...values, worst, timeout };
}

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

// The page id is the file name without .html(.gz): that is how the corpus names pages.
function idFromFile(file) {
  return path.basename(String(file)).replace(/\.html(\.gz)?$/, '');
}

function loadCorpus(dir) {
  const gtPath = path.join(dir, 'ground-truth.json');
  const htmlDir = path.join(dir, 'html');
  if (!fs.existsSync(gtPath) || !fs.existsSync(htmlDir)) return null;
  const groundTruth = readJson(gtPath);
  const htmlIds = new Set(
    fs.readdirSync(htmlDir).filter((f) => f.endsWith('.html.gz')).map(idFromFile),
  );
  // Only pages we have both the HTML and the expected text for are comparable across extractors.
  const ids = Object.keys(groundTruth).filter((id) => htmlIds.has(id));
  const peersDir = path.join(dir, 'peers');
  const peers = fs.existsSync(peersDir)
    ? fs.readdirSync(peersDir).filter((f) => f.endsWith('.json')).sort().map((f) => {
      const data = readJson(path.join(peersDir, f));
      const texts = {};
      for (const [id, v] of Object.entries(data.output ?? {})) texts[id] = v?.articleBody ?? '';
      return { name: f.replace(/\.json$/, ''), version: data.version || '', texts };
    })
    : [];
  return {
    dir,
    ids,
    truth: Object.fromEntries(ids.map((id) => [id, groundTruth[id].articleBody ?? ''])),
    urls: Object.fromEntries(ids.map((id) => [id, groundTruth[id].url ?? ''])),
    htmlPath: (id) => path.join(htmlDir, `${id}.html.gz`),
    peers,
  };
}

// Reads {file|id, textContent} lines (ok:false lines become errors, i.e. empty predictions).
function parsePredictionLines(text, source) {
  const texts = {};
  const errors = {};
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let obj;
    try {
      obj = JSON.parse(line);
    } catch (e) {
      throw new Error(`${source}:${i + 1}: not JSON (${e.message})`);
    }
    const id = obj.id ?? (obj.file !== undefined ? idFromFile(obj.file) : undefined);
    if (id === undefined) throw new Error(`${source}:${i + 1}: line has neither "id" nor "file"`);
    if (obj.ok === false) errors[id] = String(obj.error ?? 'unknown error');
    else texts[id] = obj.textContent ?? obj.articleBody ?? '';
  });
  return { texts, errors };
}

async function runCli(corpus, ids, opts) {
  if (!fs.existsSync(opts.cli)) {
    throw new Error(`extractor CLI not found at ${opts.cli} (use --predictions or --peer to score something else)`);
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'clearsource-bench-'));
  try {
    const list = path.join(tmp, 'list.jsonl');
    fs.writeFileSync(list, ids.map((id) => JSON.stringify({ file: corpus.htmlPath(id), url: corpus.urls[id] })).join('\n') + '\n');
    const args = [opts.cli, 'extract', '--format', 'json', '--batch', list];
    const { stdout, code, signal } = await new Promise((resolve, reject) => {
      // stderr passes through so the CLI's own diagnostics stay visible; stdout is the data channel.
      const child = spawn(process.execPath, args, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
      const chunks = [];
      const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeout * 1000);
      child.stdout.on('data', (c) => chunks.push(c));
      child.on('error', reject);
      child.on('close', (c, s) => {
        clearTimeout(timer);
        resolve({ stdout: Buffer.concat(chunks).toString('utf8'), code: c, signal: s });
      });
    });
    const { texts, errors } = parsePredictionLines(stdout, 'cli output');
    const answered = ids.filter((id) => id in texts || id in errors).length;
    if (code !== 0 || signal) {
      const how = signal ? `was killed (${signal}${signal === 'SIGKILL' ? `, timeout ${opts.timeout}s?` : ''})` : `exited ${code}`;
      // A partial run would score as a quality drop; report it as the infrastructure failure it is.
      if (answered < ids.length) throw new Error(`extractor CLI ${how} after ${answered}/${ids.length} pages`);
      process.stderr.write(`warning: extractor CLI ${how} but answered every page\n`);
    }
    for (const id of ids) if (!(id in texts) && !(id in errors)) errors[id] = 'no output line from the CLI';
    return { texts, errors };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

async function loadOurs(corpus, ids, opts) {
  if (opts.peer) {
    const peer = corpus.peers.find((p) => p.name === opts.peer);
    if (!peer) throw new UsageError(`no peer "${opts.peer}" (have: ${corpus.peers.map((p) => p.name).join(', ')})`);
    return { name: `ours = ${peer.name}`, version: peer.version, source: { kind: 'peer', peer: peer.name }, texts: peer.texts, errors: {} };
  }
  if (opts.predictions) {
    const { texts, errors } = parsePredictionLines(fs.readFileSync(opts.predictions, 'utf8'), opts.predictions);
    const known = new Set(corpus.ids);
    const unknown = Object.keys(texts).filter((id) => !known.has(id)).length;
    if (unknown && !opts.json) process.stderr.write(`note: ${unknown} prediction(s) for pages outside the corpus ignored\n`);
    return { name: `ours (${path.basename(opts.predictions)})`, source: { kind: 'predictions', file: opts.predictions }, texts, errors };
  }
  const { texts, errors } = await runCli(corpus, ids, opts);
  return { name: 'ours (clearsource)', source: { kind: 'cli', cli: opts.cli }, texts, errors };
}

function scoreSet(corpus, texts) {
  const perPage = corpus.ids.map((id) => ({ id, url: corpus.urls[id], ...scorePage(corpus.truth[id], texts[id] ?? '') }));
  return { ...aggregate(perPage), perPage };
}

function checkFloors(ours) {
  const floors = readJson(FLOORS_PATH);
  const failures = [];
  for (const m of METRICS) {
    const floor = floors[m];
    if (typeof floor !== 'number') throw new Error(`${FLOORS_PATH}: "${m}" must be a number`);
    const value = ours[m] ?? 0;
    if (value < floor - EPSILON) failures.push({ metric: m, value, floor });
  }
  return { floors: Object.fromEntries(METRICS.map((m) => [m, floors[m]])), passed: failures.length === 0, failures };
}

const fmt = (v) => (v === null || v === undefined ? '  -  ' : v.toFixed(3));
const pad = (s, n) => String(s).padEnd(n);
const clip = (s, n) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function resolvePageId(corpus, wanted) {
  if (corpus.ids.includes(wanted)) return wanted;
  const hits = corpus.ids.filter((id) => id.startsWith(wanted));
  if (hits.length === 1) return hits[0];
  throw new UsageError(hits.length ? `page prefix "${wanted}" is ambiguous (${hits.length} pages)` : `no page "${wanted}" in the corpus`);
}

function printSpans(title, spans, limit = 25) {
  const tokens = spans.reduce((n, s) => n + s.tokens, 0);
  console.log(`\n${title}: ${spans.length} run(s), ${tokens} token(s)`);
  for (const s of spans.slice(0, limit)) console.log(`  [@${s.start}, ${s.tokens} tok] ${clip(s.text, 300)}`);
  if (spans.length > limit) console.log(`  … and ${spans.length - limit} more`);
}

async function pageReport(corpus, opts) {
  const id = resolvePageId(corpus, opts.page);
  const ours = await loadOurs(corpus, [id], opts);
  const pred = ours.texts[id] ?? '';
  const score = scorePage(corpus.truth[id], pred);
  const diff = diffPage(corpus.truth[id], pred);
  const error = ours.errors[id];
  if (opts.json) {
    console.log(JSON.stringify({ id, url: corpus.urls[id], extractor: ours.name, error: error ?? null, ...score, ...diff }, null, 2));
    return 0;
  }
  console.log(`page      ${id}\nurl       ${corpus.urls[id]}\nextractor ${ours.name}`);
  if (error) console.log(`error     ${error}`);
  console.log(`F1 ${fmt(score.f1)}  precision ${fmt(score.precision)}  recall ${fmt(score.recall)}  exact ${score.exact ? 'yes' : 'no'}  tokens: truth ${score.truthTokens}, extracted ${score.predTokens}`);
  printSpans('missed (in ground truth, not extracted)', diff.missed);
  printSpans('extra (extracted, not in ground truth)', diff.extra);
  return 0;
}

async function fullReport(corpus, opts) {
  const ours = await loadOurs(corpus, corpus.ids, opts);
  const oursScore = scoreSet(corpus, ours.texts);
  const peers = corpus.peers
    .map((p) => ({ name: p.name, version: p.version, ...scoreSet(corpus, p.texts) }))
    .sort((a, b) => b.f1 - a.f1);
  // Ties (typically several perfect pages) fall back to id order so the list is stable run to run.
  const worst = [...oursScore.perPage]
    .sort((a, b) => a.f1 - b.f1 || (a.id < b.id ? -1 : 1))
    .slice(0, opts.worst)
    .map(({ id, url, f1, precision, recall }) => ({ id, url, f1, precision, recall, error: ours.errors[id] ?? null }));
  const gate = checkFloors(oursScore);
  const errors = Object.entries(ours.errors).filter(([id]) => id in corpus.truth).map(([id, error]) => ({ id, error }));
  const summary = ({ perPage, ...rest }) => rest;

  if (opts.json) {
    console.log(JSON.stringify({
      corpus: corpus.dir,
      pages: corpus.ids.length,
      ours: { name: ours.name, source: ours.source, ...summary(oursScore), errors },
      peers: peers.map(summary),
      worst,
      gate,
    }, null, 2));
    return gate.passed ? 0 : 1;
  }

  console.log(`Zyte dev corpus: ${corpus.ids.length} pages (${corpus.dir})\n`);
  const rows = [{ name: ours.name, version: ours.version ?? '', ...oursScore }, ...peers];
  const w = Math.max(10, ...rows.map((r) => r.name.length)) + 2;
  console.log(`${pad('extractor', w)}${pad('version', 10)}${pad('F1', 8)}${pad('prec.', 8)}${pad('recall', 8)}accuracy`);
  for (const r of rows) {
    console.log(`${pad(r.name, w)}${pad(r.version || '-', 10)}${pad(fmt(r.f1), 8)}${pad(fmt(r.precision), 8)}${pad(fmt(r.recall), 8)}${fmt(r.accuracy)}`);
  }
  if (errors.length) {
    console.log(`\n${errors.length} page(s) failed to extract (scored as empty):`);
    for (const e of errors.slice(0, 10)) console.log(`  ${e.id.slice(0, 12)}  ${clip(e.error, 100)}`);
  }
  if (worst.length) {
    console.log(`\n${worst.length} worst pages (${ours.name}); details: --page <id>`);
    console.log(`  ${pad('id', 14)}${pad('F1', 8)}${pad('prec.', 8)}${pad('recall', 8)}url`);
    for (const p of worst) {
      console.log(`  ${pad(p.id.slice(0, 12), 14)}${pad(fmt(p.f1), 8)}${pad(fmt(p.precision), 8)}${pad(fmt(p.recall), 8)}${clip(p.url, 90)}`);
    }
  }
  const floorText = METRICS.map((m) => `${m} >= ${gate.floors[m]}`).join(', ');
  if (gate.passed) {
    console.log(`\nquality gate: pass (${floorText})`);
    return 0;
  }
  console.log('\nquality gate: FAILED');
  for (const f of gate.failures) console.log(`  ${f.metric} ${fmt(f.value)} is below the floor ${f.floor}`);
  return 1;
}

async function main() {
  let opts;
  try {
    opts = parseOptions(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`${e.message}\nusage: see the header of scripts/bench-quality.mjs\n`);
    return 2;
  }
  if (opts.help) {
    const src = fs.readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n');
    console.log(src.slice(1, src.findIndex((l) => l.startsWith('import'))).map((l) => l.replace(/^\/\/ ?/, '')).join('\n').trim());
    return 0;
  }
  const dir = path.resolve(process.env.CLEARSOURCE_CORPUS || path.join(REPO_ROOT, '..', 'shared', 'corpus', 'zyte-dev'));
  const corpus = loadCorpus(dir);
  if (!corpus) {
    const msg = `corpus not found at ${dir}, skipping (set CLEARSOURCE_CORPUS to point elsewhere)`;
    if (opts.json) console.log(JSON.stringify({ skipped: true, message: msg }));
    else console.log(msg);
    return 0;
  }
  try {
    return opts.page ? await pageReport(corpus, opts) : await fullReport(corpus, opts);
  } catch (e) {
    process.stderr.write(`bench-quality: ${e.message}\n`);
    return 2;
  }
}

process.exitCode = await main();
