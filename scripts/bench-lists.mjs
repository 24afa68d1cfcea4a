#!/usr/bin/env node
// Site-list benchmark: parse three generated 100,000-rule lists (CFT, uBlacklist, uBO), build
// one matcher, and time match() per URL. Prints median and p99 so regressions in the
// per-page cost (the matcher runs on every navigation) show up as numbers.
// Usage: node scripts/bench-lists.mjs [--rules 100000] [--urls 20000] [--json]
import { performance } from 'node:perf_hooks';
import { parseList, buildMatcher } from '../extension/background/site-lists.js';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const RULES = opt('rules', 100000);
const URLS = opt('urls', 20000);
const JSON_OUT = args.includes('--json');

// Seeded PRNG (mulberry32): the same lists and URLs on every run, so runs compare.
let seed = 0x5eed;
function rand() {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (a) => a[Math.floor(rand() * a.length)];
const SYL = ['news', 'daily', 'info', 'best', 'top', 'hot', 'viral', 'buzz', 'media', 'post', 'feed', 'zone', 'hub', 'now', 'world', 'life', 'tech', 'star'];
const TLDS = ['com', 'net', 'org', 'info', 'co.uk', 'com.tw', 'xyz', 'site', 'online', 'de'];
const word = () => `${pick(SYL)}${pick(SYL)}${Math.floor(rand() * 1e6)}`;
const domain = () => `${word()}.${pick(TLDS)}`;
const sub = () => pick(['', 'www.', 'm.', 'amp.', 'a.b.', 'news.']);
const path = () => `/${pick(SYL)}/${Math.floor(rand() * 1e5)}-${pick(SYL)}-${pick(SYL)}.html${rand() < 0.3 ? `?utm_source=${pick(SYL)}` : ''}`;
const reEsc = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

// Per list: mostly domains, a few wildcards and path patterns, 1% regexes. `hits` keeps
// URLs that each kind of rule should match, to build a realistic mixed workload.
function generate() {
  const hits = { domain: [], path: [], glob: [], regex: [], allow: [] };
  const cft = ['# Content Farm Terminator style, generated'];
  for (let i = 0; i < RULES; i++) {
    const r = rand();
    const d = domain();
    if (r < 0.97) {
      cft.push(rand() < 0.3 ? `${d} # farm ${i}` : d);
      hits.domain.push(`https://${sub()}${d}${path()}`);
    } else if (r < 0.99) {
      const w = word();
      cft.push(`*.${w}.*`);
      hits.glob.push(`https://www.${w}.${pick(TLDS)}${path()}`);
    } else {
      cft.push(`/^https?:\\/\\/(?:[\\w-]+\\.)*${reEsc(d)}\\/${pick(SYL)}\\//`);
    }
  }
  const ubl = ['# uBlacklist style, generated'];
  for (let i = 0; i < RULES; i++) {
    const r = rand();
    const d = domain();
    if (r < 0.90) {
      ubl.push(`*://*.${d}/*`);
      hits.domain.push(`http://${sub()}${d}${path()}`);
    } else if (r < 0.96) {
      const s = pick(SYL);
      ubl.push(`https://${d}/${s}/*`);
      hits.path.push(`https://${d}/${s}/${Math.floor(rand() * 1e5)}`);
    } else if (r < 0.98) {
      ubl.push(`*://*.${d}/*`);
      ubl.push(`@*://ok.${d}/*`);
      hits.allow.push(`https://ok.${d}${path()}`);
      i++;
    } else if (r < 0.982) {
      ubl.push(`*://*/${word()}/*`);
    } else if (r < 0.99) {
      ubl.push(`*://${d}/*`);
    } else {
      const w = word();
      ubl.push(`/^https:\\/\\/[^/]+\\/${w}\\//`);
      hits.regex.push(`https://${domain()}/${w}/x`);
    }
  }
  const ubo = ['! uBlock Origin style, generated'];
  for (let i = 0; i < RULES; i++) {
    const d = domain();
    ubo.push(rand() < 0.97 ? `||${d}^` : `@@||${d}^$document`);
    if (rand() < 0.2) hits.domain.push(`https://${sub()}${d}/`);
  }
  return { texts: { cft: cft.join('\n'), ublacklist: ubl.join('\n'), ubo: ubo.join('\n') }, hits };
}

function stats(samples) {
  const s = Float64Array.from(samples).sort();
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  const mean = s.reduce((a, b) => a + b, 0) / s.length;
  const r2 = (x) => Math.round(x * 100) / 100;
  return { n: s.length, medianUs: r2(q(0.5)), p90Us: r2(q(0.9)), p99Us: r2(q(0.99)), maxUs: r2(s[s.length - 1]), meanUs: r2(mean) };
}

function time(m, urls) {
  for (let i = 0; i < Math.min(2000, urls.length); i++) m.match(urls[i]); // JIT warm-up
  const samples = new Array(urls.length);
  let matched = 0;
  for (let i = 0; i < urls.length; i++) {
    const t0 = performance.now();
    const r = m.match(urls[i]);
    samples[i] = (performance.now() - t0) * 1000;
    if (r) matched++;
  }
  return { ...stats(samples), matched };
}

const gen = generate();
const heap0 = process.memoryUsage().heapUsed;
const parsed = {};
const parseMs = {};
for (const [id, text] of Object.entries(gen.texts)) {
  const t0 = performance.now();
  parsed[id] = parseList(text);
  parseMs[id] = performance.now() - t0;
  if (parsed[id].errors.length) throw new Error(`${id}: ${parsed[id].errors.length} parse errors, first ${JSON.stringify(parsed[id].errors[0])}`);
}
let t0 = performance.now();
const matcher = buildMatcher(Object.entries(parsed).map(([id, p]) => ({ id, rules: p.rules, kind: 'block' })));
const buildMs = performance.now() - t0;
globalThis.gc?.();
const heapMB = (process.memoryUsage().heapUsed - heap0) / 1048576;

// Mixed workload: half hits of each kind, half misses (the common case while browsing).
const misses = Array.from({ length: URLS }, () => `https://${sub()}${word()}.${pick(TLDS)}${path()}`);
const hitPool = [...gen.hits.domain, ...gen.hits.path, ...gen.hits.glob, ...gen.hits.regex, ...gen.hits.allow];
const mixed = Array.from({ length: URLS }, (_, i) => (i % 2 ? pick(hitPool) : misses[i]));
for (const [kind, list] of Object.entries(gen.hits)) {
  for (const url of list.slice(0, 50)) {
    const r = matcher.match(url);
    const want = kind === 'allow' ? 'allow' : 'block';
    if (!r || r.kind !== want) throw new Error(`expected ${want} for ${url}, got ${JSON.stringify(r && r.kind)}`);
  }
}
const results = { mixed: time(matcher, mixed), missesOnly: time(matcher, misses) };
const regexCount = Object.values(parsed).reduce((n, p) => n + p.rules.filter((r) => r.syntax === 'regex').length, 0);

const report = {
  node: process.version,
  rulesPerList: RULES,
  totalRules: matcher.size,
  regexRules: regexCount,
  parseMs: Object.fromEntries(Object.entries(parseMs).map(([k, v]) => [k, Math.round(v)])),
  buildMs: Math.round(buildMs),
  heapMB: Math.round(heapMB),
  match: results,
};
if (JSON_OUT) {
  console.log(JSON.stringify(report, null, 2));
} else {
  const f = (x) => x.toFixed(2).padStart(7);
  console.log(`site lists: ${report.totalRules} rules in 3 lists of ${RULES} lines (${regexCount} regex), node ${process.version}`);
  console.log(`parse ms: ${Object.entries(report.parseMs).map(([k, v]) => `${k} ${v}`).join(', ')}; build ${report.buildMs} ms; heap ~${report.heapMB} MB`);
  console.log('workload        urls   matched  median µs   p90 µs   p99 µs   max µs  mean µs');
  for (const [name, r] of Object.entries(results)) {
    console.log(`${name.padEnd(12)} ${String(r.n).padStart(7)} ${String(r.matched).padStart(9)}  ${f(r.medianUs)}  ${f(r.p90Us)}  ${f(r.p99Us)}  ${f(r.maxUs)}  ${f(r.meanUs)}`);
  }
}
