#!/usr/bin/env node
// Speed and memory benchmark (issue item 8), one run on the same pages:
//   1. the wasm core, many pages in one Node process, vs @mozilla/readability 0.6.0 + linkedom
//      (both pinned devDependencies) on the same decoded strings;
//   2. the native build end to end vs gumbo parse-only (clearsource-native --parse-only);
//   3. peak wasm memory against 8 x the largest input + 16 MB, and memory after 1,000 calls.
// Prints totals, median and p95 per page, MB/s and the ratios, then checks the targets.
//
// Usage: node scripts/bench-speed.mjs [--repeat N] [--calls N] [--json] [--no-native] [--no-peer]
// Corpus: $CLEARSOURCE_CORPUS, else ../shared/corpus/zyte-dev from the repo root; absent -> skip.
// Exit: 0 (targets are reported, not enforced, unless --strict: then 1 when one is missed).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { loadClearsource } from '../core/bindings/node.js';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const NATIVE_CLI = path.join(path.resolve(REPO_ROOT, process.env.CLEARSOURCE_BUILD_ROOT || 'build'), 'native', 'clearsource-native');
const MB = 1024 * 1024;

// The targets, in one place.
const TARGETS = {
  wasmVsReadability: 4,      // wasm at least this many times faster than Readability + linkedom
  nativeVsParse: 2,          // native end to end at most this many times gumbo parse-only
  memoryInputFactor: 8,      // peak wasm memory <= factor x largest input + slack
  memorySlackBytes: 16 * MB,
};

const { values: opts } = parseArgs({
  options: {
    repeat: { type: 'string', default: '3' },
    calls: { type: 'string', default: '1000' },
    json: { type: 'boolean', default: false },
    strict: { type: 'boolean', default: false },
    'no-native': { type: 'boolean', default: false },
    'no-peer': { type: 'boolean', default: false },
  },
});
const REPEAT = Math.max(1, Number(opts.repeat) | 0);
const CALLS = Math.max(1, Number(opts.calls) | 0);

function corpusDir() {
  return process.env.CLEARSOURCE_CORPUS || path.join(REPO_ROOT, '..', 'shared', 'corpus', 'zyte-dev');
}

function loadPages(dir) {
  const htmlDir = path.join(dir, 'html');
  if (!fs.existsSync(htmlDir)) return null;
  let urls = {};
  const gt = path.join(dir, 'ground-truth.json');
  if (fs.existsSync(gt)) {
    for (const [id, v] of Object.entries(JSON.parse(fs.readFileSync(gt, 'utf8')))) urls[id] = v.url ?? '';
  }
  return fs.readdirSync(htmlDir).filter((f) => /\.html(\.gz)?$/.test(f)).sort().map((f) => {
    const raw = fs.readFileSync(path.join(htmlDir, f));
    const bytes = f.endsWith('.gz') ? gunzipSync(raw) : raw;
    const id = f.replace(/\.html(\.gz)?$/, '');
    return { id, url: urls[id] ?? '', bytes, html: new TextDecoder('utf-8').decode(bytes) };
  });
}

function stats(ms, bytes) {
  const sorted = [...ms].sort((a, b) => a - b);
  const pick = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * (sorted.length - 1) + 0.5))];
  const total = ms.reduce((a, b) => a + b, 0);
  return { totalMs: total, medianMs: pick(0.5), p95Ms: pick(0.95), mbPerS: bytes / MB / (total / 1000) };
}

// Times several engines on the same pages, interleaved: for each page every engine runs once,
// REPEAT times over, and each engine keeps the median of its runs. Interleaving makes a busy
// machine (other processes, V8's background compilers) slow all engines alike, so the ratios
// hold even when the absolute figures drift. Untimed warm-up passes over all pages come first,
// until a pass is no longer faster than the one before (V8 optimizes the wasm and the
// JavaScript under test on background threads; on a busy machine that takes several passes).
function timeInterleaved(pages, engines) {
  for (const engine of engines) {
    let best = Infinity;
    for (let pass = 0; pass < 8; pass++) {
      const t0 = performance.now();
      for (const page of pages) engine.run(page);
      const t = performance.now() - t0;
      if (pass >= 2 && t > best * 0.97) break;
      best = Math.min(best, t);
    }
  }
  const ms = engines.map(() => []);
  for (const page of pages) {
    const runs = engines.map(() => []);
    for (let r = 0; r < REPEAT; r++) {
      engines.forEach((engine, k) => {
        const t0 = performance.now();
        engine.run(page);
        runs[k].push(performance.now() - t0);
      });
    }
    runs.forEach((list, k) => {
      list.sort((a, b) => a - b);
      ms[k].push(list[Math.floor(list.length / 2)]);
    });
  }
  return ms;
}

// Extraction alone is what Readability.js does; the full pipeline adds the provenance analysis.
const EXTRACT_ONLY = { wantProvenance: false };

function wasmEngine(core, options) {
  const failed = new Set();
  return {
    failed,
    run: (p) => {
      if (!core.extract(p.html, p.url, options).ok) failed.add(p.id);
    },
  };
}

async function readabilityEngine() {
  const { Readability } = await import('@mozilla/readability');
  const { parseHTML } = await import('linkedom');
  const failed = new Set();
  return {
    failed,
    run: (p) => {
      try {
        const { document } = parseHTML(p.html);
        if (!new Readability(document).parse()) failed.add(p.id);
      } catch {
        failed.add(p.id);
      }
    },
  };
}

// Peak memory against the largest input; steady state: memory after one pass must equal memory
// after CALLS more calls.
function wasmMemory(core, pages) {
  const heap = () => core.module.HEAP8.buffer.byteLength;
  const largest = Math.max(...pages.map((p) => p.bytes.length));
  for (const p of pages) core.extract(p.html, p.url);
  const afterPass = heap();
  for (let k = 0; k < CALLS; k++) {
    const p = pages[k % pages.length];
    core.extract(p.html, p.url);
  }
  const afterCalls = heap();
  return { peakBytes: Math.max(afterPass, afterCalls), largestInputBytes: largest,
    limitBytes: TARGETS.memoryInputFactor * largest + TARGETS.memorySlackBytes,
    afterPassBytes: afterPass, afterCallsBytes: afterCalls, calls: CALLS };
}

function runNative(args) {
  const res = spawnSync(NATIVE_CLI, args, { encoding: 'utf8', maxBuffer: 512 * MB });
  if (res.error) throw res.error;
  return res.stdout.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
}

function benchNative(pages, totalBytes) {
  if (!fs.existsSync(NATIVE_CLI)) return { skipped: `native CLI not built (${NATIVE_CLI}); run: bash scripts/build.sh --core` };
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cs-speed-'));
  try {
    const list = pages.map((p) => {
      const file = path.join(tmp, `${p.id}.html`);
      fs.writeFileSync(file, p.bytes);
      return JSON.stringify({ file, url: p.url });
    });
    const listFile = path.join(tmp, 'list.jsonl');
    fs.writeFileSync(listFile, list.join('\n') + '\n');
    const rep = String(Math.max(REPEAT, 5));
    const full = runNative(['--batch', listFile, '--repeat', rep, '--options', JSON.stringify(EXTRACT_ONLY)]);
    const parse = runNative(['--batch', listFile, '--repeat', rep, '--parse-only']);
    return {
      endToEnd: stats(full.map((r) => r.totalMs), totalBytes),
      parseOnly: stats(parse.map((r) => r.parseMs), totalBytes),
    };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

const fmt = (n, d = 1) => (n == null || Number.isNaN(n) ? '-' : n.toFixed(d));
const row = (name, s) => `${name.padEnd(34)} ${fmt(s.totalMs, 0).padStart(8)} ${fmt(s.medianMs, 2).padStart(8)} ${fmt(s.p95Ms, 2).padStart(8)} ${fmt(s.mbPerS, 1).padStart(7)}`;

async function main() {
  const dir = corpusDir();
  const pages = loadPages(dir);
  if (!pages) {
    console.log(`bench-speed: corpus not found at ${dir}; skipping (set CLEARSOURCE_CORPUS)`);
    return 0;
  }
  const totalBytes = pages.reduce((a, p) => a + p.bytes.length, 0);
  const core = await loadClearsource();
  const atLoadBytes = core.module.HEAP8.buffer.byteLength;
  const engines = [wasmEngine(core, EXTRACT_ONLY), wasmEngine(core, {})];
  if (!opts['no-peer']) engines.push(await readabilityEngine());
  const times = timeInterleaved(pages, engines);
  const wasm = { ...stats(times[0], totalBytes), failures: engines[0].failed.size,
    memory: { atLoadBytes, ...wasmMemory(core, pages) } };
  const wasmFull = { ...stats(times[1], totalBytes), failures: engines[1].failed.size };
  const peer = opts['no-peer'] ? null : { ...stats(times[2], totalBytes), failures: engines[2].failed.size };
  const native = opts['no-native'] ? null : benchNative(pages, totalBytes);

  const ratios = {
    wasmVsReadability: peer ? peer.totalMs / wasm.totalMs : null,
    // Reported beside the target: the extension runs the full pipeline (with provenance).
    wasmFullVsReadability: peer ? peer.totalMs / wasmFull.totalMs : null,
    nativeVsParse: native && !native.skipped ? native.endToEnd.totalMs / native.parseOnly.totalMs : null,
  };
  const m = wasm.memory;
  const checks = [
    ['wasm >= 4x faster than Readability.js + linkedom', ratios.wasmVsReadability == null ? null : ratios.wasmVsReadability >= TARGETS.wasmVsReadability, `${fmt(ratios.wasmVsReadability, 2)}x`],
    ['(info) full pipeline incl. provenance vs Readability.js + linkedom', null, `${fmt(ratios.wasmFullVsReadability, 2)}x`],
    ['native end to end <= 2x gumbo parse-only', ratios.nativeVsParse == null ? null : ratios.nativeVsParse <= TARGETS.nativeVsParse, `${fmt(ratios.nativeVsParse, 2)}x`],
    ['peak wasm memory <= 8 x largest input + 16 MB', m.peakBytes <= m.limitBytes, `${fmt(m.peakBytes / MB)} MB <= ${fmt(m.limitBytes / MB)} MB`],
    [`wasm memory not growing over ${m.calls} calls`, m.afterCallsBytes <= m.afterPassBytes, `${fmt(m.afterPassBytes / MB)} MB -> ${fmt(m.afterCallsBytes / MB)} MB`],
  ];

  if (opts.json) {
    console.log(JSON.stringify({ pages: pages.length, bytes: totalBytes, repeat: REPEAT, wasm, wasmWithProvenance: wasmFull, readability: peer, native, ratios, checks }, null, 2));
  } else {
    console.log(`Speed: ${pages.length} pages, ${fmt(totalBytes / MB, 2)} MB (${dir}); median of ${REPEAT} runs per page after warm-up passes`);
    console.log(`machine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}\n`);
    console.log(`${'extractor'.padEnd(34)} ${'total ms'.padStart(8)} ${'median'.padStart(8)} ${'p95'.padStart(8)} ${'MB/s'.padStart(7)}`);
    console.log(row('clearsource wasm, extraction', wasm));
    console.log(row('clearsource wasm, with provenance', wasmFull));
    if (peer) console.log(row('Readability.js 0.6.0 + linkedom', peer));
    if (native?.skipped) console.log(`native: ${native.skipped}`);
    else if (native) {
      console.log(row('clearsource native, extraction', native.endToEnd));
      console.log(row('gumbo parse-only (native)', native.parseOnly));
    }
    console.log(`\nwasm memory: ${fmt(m.atLoadBytes / MB)} MB at load, peak ${fmt(m.peakBytes / MB)} MB (largest input ${fmt(m.largestInputBytes / MB, 2)} MB), after one pass ${fmt(m.afterPassBytes / MB)} MB, after ${m.calls} more calls ${fmt(m.afterCallsBytes / MB)} MB`);
    console.log('(extraction = {wantProvenance: false}, the work Readability.js does; the ratios use it.\n native parse-only is gumbo on the whole page; our parse elides script/style contents first.)');
    if (wasm.failures || peer?.failures) console.log(`failures: wasm ${wasm.failures}, readability ${peer?.failures ?? '-'}`);
    console.log('\ntargets:');
    for (const [name, ok, detail] of checks) console.log(`  ${ok == null ? (name.startsWith('(info)') ? 'info' : 'skip') : ok ? 'pass' : 'MISS'}  ${name.replace('(info) ', '')}: ${detail}`);
  }
  const missed = checks.some(([, ok]) => ok === false);
  return opts.strict && missed ? 1 : 0;
}

main().then((code) => { process.exitCode = code; }, (err) => {
  console.error(`bench-speed: ${err.stack ?? err}`);
  process.exitCode = 2;
});
