#!/usr/bin/env node
// Memory checks of the core:
//   1. wasm: 1,000 consecutive extractions in one module (as the extension's service worker
//      does), cycling over the corpus pages; the wasm heap and the process RSS are sampled every
//      100 calls. Flat = no heap growth after the first pass over the pages.
//   2. native: the native CLI over the same 1,000 extractions in one process, RSS sampled from
//      /proc every 20 ms; flat = the second half's RSS does not exceed the first half's peak.
//   3. valgrind (memcheck) on the native CLI over a sample of pages plus hostile shapes: no
//      error, nothing definitely or indirectly lost.
// Figures go to stdout and artifacts/hardening/memcheck.json; exit 1 when a check fails.
//   node --expose-gc scripts/memcheck.mjs [--runs 1000] [--valgrind 20] [--only wasm|native|valgrind]
// (--expose-gc lets the wasm run collect JS garbage before each sample; without it the process
// RSS also shows garbage V8 has not collected yet.)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { loadClearsource } from '../core/bindings/node.js';
import { parseOptionsOrExit } from './lib/options.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BUILD = resolve(ROOT, process.env.CLEARSOURCE_BUILD_ROOT || 'build');
const CORPUS = resolve(ROOT, '..', 'shared', 'corpus', 'zyte-dev', 'html');
const opts = parseOptionsOrExit('memcheck', { runs: { type: 'string', default: '1000' }, valgrind: { type: 'string', default: '20' }, only: { type: 'string' } });
const RUNS = Number(opts.runs);
const VALGRIND_PAGES = Number(opts.valgrind);
const ONLY = opts.only ?? null;
const MB = (n) => Math.round((n / 1048576) * 10) / 10;

function loadPages(dir) {
  const pages = [];
  if (existsSync(CORPUS)) {
    for (const f of readdirSync(CORPUS).sort()) {
      const raw = readFileSync(join(CORPUS, f));
      const html = f.endsWith('.gz') ? gunzipSync(raw) : raw;
      const file = join(dir, f.replace(/\.gz$/, ''));
      writeFileSync(file, html);
      pages.push({ name: f, file, html });
    }
  } else {
    const fixtures = join(ROOT, 'tests', 'fixtures', 'pages');
    for (const d of readdirSync(fixtures).sort()) {
      const file = join(fixtures, d, 'source.html');
      if (existsSync(file)) pages.push({ name: d, file, html: readFileSync(file) });
    }
  }
  return pages;
}

async function wasmRun(pages) {
  const core = await loadClearsource();
  const heap = () => core.module.HEAPU8.buffer.byteLength;
  const texts = pages.map((p) => p.html.toString('utf8'));
  const t0 = performance.now();
  for (const t of texts) core.extract(t, 'https://example.org/a');  // warm-up: every page once
  const afterWarmup = heap();
  const samples = [];
  for (let i = 1; i <= RUNS; i++) {
    const r = core.extract(texts[i % texts.length], 'https://example.org/a');
    if (!r.ok && r.error.code === 'internal') throw new Error(`internal error: ${r.error.message}`);
    if (i % 100 === 0) {
      globalThis.gc?.();  // with --expose-gc: the JS heap as retained, not as not-yet-collected
      const m = process.memoryUsage();
      samples.push({ run: i, heapMB: MB(heap()), rssMB: MB(m.rss), jsHeapMB: MB(m.heapUsed) });
    }
  }
  const ms = performance.now() - t0;
  const end = heap();
  return {
    runs: RUNS, pages: pages.length, seconds: Math.round(ms / 100) / 10,
    heapAfterWarmupMB: MB(afterWarmup), heapEndMB: MB(end), samples,
    flat: end === afterWarmup,
  };
}

function nativeRun(pages, dir) {
  const bin = join(BUILD, 'native', 'clearsource-native');
  if (!existsSync(bin)) return Promise.resolve({ skipped: `${bin} missing` });
  const list = join(dir, 'batch.jsonl');
  const lines = [];
  for (let i = 0; i < RUNS; i++) lines.push(JSON.stringify({ file: pages[i % pages.length].file, url: 'https://example.org/a' }));
  writeFileSync(list, `${lines.join('\n')}\n`);
  return new Promise((resolvePromise, reject) => {
    const t0 = Date.now();
    const child = spawn(bin, ['--batch', list], { stdio: ['ignore', 'pipe', 'inherit'] });
    const samples = [];
    let outLines = 0;
    let pending = '';
    child.stdout.on('data', (d) => {
      pending += d;
      const parts = pending.split('\n');
      pending = parts.pop();
      outLines += parts.length;
      if (parts.some((l) => l.includes('"code":"internal"'))) reject(new Error('internal error in native run'));
    });
    const timer = setInterval(() => {
      try {
        const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
        const rss = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
        if (rss) samples.push({ t: Date.now() - t0, rss });
      } catch {
        // the process is gone
      }
    }, 20);
    child.on('close', (code) => {
      clearInterval(timer);
      const seconds = (Date.now() - t0) / 1000;
      const half = samples.length >> 1;
      const peak = (xs) => xs.reduce((m, s) => Math.max(m, s.rss), 0);
      const firstPeak = peak(samples.slice(0, half));
      const secondPeak = peak(samples.slice(half));
      const quarters = [0.25, 0.5, 0.75, 1].map((q) => MB(peak(samples.slice(Math.floor(samples.length * (q - 0.25)), Math.floor(samples.length * q)))));
      resolvePromise({
        runs: RUNS, outputs: outLines, exitCode: code, seconds: Math.round(seconds * 10) / 10,
        rssPeakByQuarterMB: quarters, firstHalfPeakMB: MB(firstPeak), secondHalfPeakMB: MB(secondPeak),
        // Allocator noise: a few MB either way is not growth.
        flat: secondPeak <= firstPeak + 4 * 1048576 && outLines === RUNS,
      });
    });
  });
}

function valgrindRun(pages, dir) {
  const bin = join(BUILD, 'native', 'clearsource-native');
  if (!existsSync(bin)) return { skipped: `${bin} missing` };
  if (spawnSync('valgrind', ['--version']).status !== 0) return { skipped: 'valgrind not installed' };
  // A spread of sizes from the corpus, plus hostile shapes (deep nesting, a clone bomb that hits
  // the memory budget and longjmps out of gumbo, a frameset, entity overflow).
  const sorted = [...pages].sort((a, b) => a.html.length - b.html.length);
  const sample = [];
  for (let k = 0; k < Math.min(VALGRIND_PAGES, sorted.length); k++) {
    sample.push(sorted[Math.floor((k * (sorted.length - 1)) / Math.max(1, VALGRIND_PAGES - 1))].file);
  }
  const hostile = {
    'deep.html': `<html><body>${'<div>'.repeat(20000)}deep`,
    'clones.html': `<html><body>${Array.from({ length: 3000 }, (_, k) => `<p><b id=${k}>x</p>`).join('')}`,
    'frameset.html': `<html><body>${'<div><span>'.repeat(2000)}<frameset><frame src=a></frameset>`,
    'entities.html': `<p>${'&#99999999999;&#x110000;&amp;'.repeat(1000)}</p>`,
    'noscript.html': `<body><p>a</p><noscript><img src="/real.jpg"></noscript><noscript><p>x</noscript><article><p>${'text '.repeat(200)}</p></article>`,
  };
  for (const [name, html] of Object.entries(hostile)) {
    writeFileSync(join(dir, name), html);
    sample.push(join(dir, name));
  }
  const t0 = Date.now();
  const run = spawnSync('valgrind', [
    '--tool=memcheck', '--leak-check=full', '--show-leak-kinds=definite,indirect',
    '--errors-for-leak-kinds=definite,indirect', '--error-exitcode=99', '--track-origins=no',
    bin, '--options', '{"timeBudgetMs":0}', ...sample,
  ], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const log = run.stderr;
  const num = (re) => Number((re.exec(log)?.[1] ?? '0').replace(/,/g, ''));
  return {
    inputs: sample.length,
    seconds: Math.round((Date.now() - t0) / 100) / 10,
    exitCode: run.status,
    errors: num(/ERROR SUMMARY: ([\d,]+) errors/),
    definitelyLostBytes: num(/definitely lost: ([\d,]+) bytes/),
    indirectlyLostBytes: num(/indirectly lost: ([\d,]+) bytes/),
    stillReachableBytes: num(/still reachable: ([\d,]+) bytes/),
    allocs: num(/total heap usage: ([\d,]+) allocs/),
    clean: run.status !== 99 && num(/ERROR SUMMARY: ([\d,]+) errors/) === 0,
    tail: log.split('\n').slice(-12).join('\n'),
  };
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'clearsource-memcheck-'));
  const pages = loadPages(dir);
  console.log(`memcheck: ${pages.length} pages (${existsSync(CORPUS) ? 'corpus zyte-dev' : 'fixture pages'}), ${RUNS} runs`);
  const result = {};
  let ok = true;
  if (!ONLY || ONLY === 'wasm') {
    result.wasm = await wasmRun(pages);
    console.log(`wasm: ${RUNS} extractions in ${result.wasm.seconds} s; heap after warm-up ${result.wasm.heapAfterWarmupMB} MB, ` +
      `at the end ${result.wasm.heapEndMB} MB -> ${result.wasm.flat ? 'flat' : 'GROWS'}`);
    console.log(`      samples (run: wasm heap / process RSS / JS heap used, MB): ${result.wasm.samples.map((s) => `${s.run}: ${s.heapMB}/${s.rssMB}/${s.jsHeapMB}`).join(', ')}`);
    ok &&= result.wasm.flat;
  }
  if (!ONLY || ONLY === 'native') {
    result.native = await nativeRun(pages, dir);
    if (result.native.skipped) {
      console.log(`native: skipped (${result.native.skipped})`);
    } else {
      console.log(`native: ${result.native.outputs} extractions in ${result.native.seconds} s; RSS peak by quarter ` +
        `${result.native.rssPeakByQuarterMB.join(' / ')} MB -> ${result.native.flat ? 'flat' : 'GROWS'}`);
      ok &&= result.native.flat;
    }
  }
  if (!ONLY || ONLY === 'valgrind') {
    result.valgrind = valgrindRun(pages, dir);
    if (result.valgrind.skipped) {
      console.log(`valgrind: skipped (${result.valgrind.skipped})`);
    } else {
      const v = result.valgrind;
      console.log(`valgrind: ${v.inputs} inputs in ${v.seconds} s, ${v.allocs} allocations: ${v.errors} errors, ` +
        `definitely lost ${v.definitelyLostBytes} B, indirectly lost ${v.indirectlyLostBytes} B -> ${v.clean ? 'clean' : 'NOT CLEAN'}`);
      if (!v.clean) console.log(v.tail);
      ok &&= v.clean;
    }
  }
  mkdirSync(join(ROOT, 'artifacts', 'hardening'), { recursive: true });
  writeFileSync(join(ROOT, 'artifacts', 'hardening', 'memcheck.json'), `${JSON.stringify(result, null, 2)}\n`);
  rmSync(dir, { recursive: true, force: true });
  console.log(ok ? 'memcheck: flat and clean' : 'memcheck: FAILED');
  process.exit(ok ? 0 : 1);
}

main().catch((err) => {
  console.error(err);
  process.exit(2);
});
