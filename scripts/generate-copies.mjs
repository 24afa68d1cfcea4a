#!/usr/bin/env node
// Generates the provenance evaluation set: the corpus originals, K scraped/content-farm copies of
// each (varied templates and manipulations), and legitimate syndicated republications of about
// half of them. Output: DIR/pages/<id>.html + DIR/manifest.jsonl. See scripts/lib/copies/README.md.
//
//   node scripts/generate-copies.mjs [--out DIR] [--seed N] [--per-source K] [--list]

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCorpus } from './lib/copies/corpus.mjs';
import { originalEntry, planCopy, planSyndicated, PROFILES } from './lib/copies/plan.mjs';
import { hashString, makeRng } from './lib/copies/prng.mjs';
import { FARM_TEMPLATES, PARTNER_TEMPLATES } from './lib/copies/templates/index.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const USAGE = `Usage: node scripts/generate-copies.mjs [options]
  --out DIR         output directory (default: build/copies under the repo root)
  --seed N          PRNG seed; same seed gives byte-identical output (default: 1)
  --per-source K    copies generated per original page (default: 3)
  --list            print counts per label/template/manipulation; write nothing
  --help            this text
Corpus: $CLEARSOURCE_CORPUS, else ../shared/corpus/zyte-dev relative to the repo root.`;

function parseArgs(argv) {
  const opts = { out: path.join(repoRoot, 'build', 'copies'), seed: 1, perSource: 3, list: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.includes('=') ? arg.split(/=(.*)/s) : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    if (flag === '--out') opts.out = path.resolve(value());
    else if (flag === '--seed') opts.seed = Number(value());
    else if (flag === '--per-source') opts.perSource = Number(value());
    else if (flag === '--list') opts.list = true;
    else if (flag === '--help' || flag === '-h') opts.help = true;
    else throw new Error(`unknown argument: ${arg}`);
  }
  if (!Number.isInteger(opts.seed)) throw new Error('--seed must be an integer');
  if (!Number.isInteger(opts.perSource) || opts.perSource < 0) throw new Error('--per-source must be a non-negative integer');
  return opts;
}

// Pretty-printing leaves blank lines where optional parts were empty; drop them.
const tidy = (html) => html.replace(/\n[ \t]*(?=\n)/g, '');

export function generate({ corpusDir, outDir, seed, perSource }) {
  const corpus = loadCorpus(corpusDir);
  const profileNames = Object.keys(PROFILES);
  // About one syndicated page per two sources: the half with the lowest seeded hash.
  const syndicated = new Set(
    corpus
      .map((s) => [hashString(`${seed}:synd:${s.id}`), s.id])
      .sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : 1))
      .slice(0, Math.ceil(corpus.length / 2))
      .map(([, id]) => id),
  );
  const entries = [];
  const pages = [];
  // Copies cycle through a seeded order of templates and profiles: every template x profile pair
  // is equally common (7 x 4 = 28-cycle) and a source's K <= 4 copies never repeat either.
  const rng = makeRng(seed, 'assign');
  const templates = rng.shuffle(FARM_TEMPLATES);
  const profiles = rng.shuffle(profileNames);
  let n = 0;
  for (const source of corpus) {
    const others = corpus.filter((o) => o !== source && o.title);
    entries.push(originalEntry(source, path.relative(outDir, source.gzPath).split(path.sep).join('/')));
    for (let k = 0; k < perSource; k++, n++) {
      const template = templates[n % templates.length];
      const { entry, model } = planCopy({ source, others, seed, index: k, template, profileName: profiles[n % profiles.length] });
      entries.push(entry);
      pages.push([entry.file, tidy(template.render(model))]);
    }
    if (syndicated.has(source.id)) {
      const { entry, model, template } = planSyndicated({ source, others, seed, templates: PARTNER_TEMPLATES });
      entries.push(entry);
      pages.push([entry.file, tidy(template.render(model))]);
    }
  }
  const ids = new Set(entries.map((e) => e.id));
  if (ids.size !== entries.length) throw new Error('duplicate case ids (sourceId prefixes collide)');
  return { entries, pages };
}

function writeOutput(outDir, { entries, pages }) {
  const pagesDir = path.join(outDir, 'pages');
  fs.mkdirSync(pagesDir, { recursive: true });
  // Remove pages of an earlier run (e.g. larger --per-source) so the dir matches the manifest.
  for (const name of fs.readdirSync(pagesDir)) {
    if (/^(copy|synd)-[0-9a-f]{12}(-\d+)?\.html$/.test(name)) fs.rmSync(path.join(pagesDir, name));
  }
  for (const [file, html] of pages) fs.writeFileSync(path.join(outDir, file), html);
  fs.writeFileSync(path.join(outDir, 'manifest.jsonl'), entries.map((e) => JSON.stringify(e)).join('\n') + '\n');
}

function printCounts(entries) {
  const count = (keyFn) => {
    const m = new Map();
    for (const e of entries) for (const k of [].concat(keyFn(e))) m.set(k, (m.get(k) ?? 0) + 1);
    return [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  };
  const section = (title, rows) => {
    console.log(`${title}:`);
    for (const [k, n] of rows) console.log(`  ${String(n).padStart(5)}  ${k}`);
  };
  console.log(`total pages: ${entries.length}`);
  section('label', count((e) => e.label));
  section('template', count((e) => e.template ?? '(original page)'));
  section('profile (copies)', count((e) => (e.label === 'copy' ? e.profile : [])));
  section('manipulation (copies)', count((e) => (e.label === 'copy' ? e.manipulations : [])));
  section('features (syndicated)', count((e) => (e.label === 'syndicated' ? e.manipulations : [])));
  const copies = entries.filter((e) => e.label === 'copy');
  const hard = copies.filter((e) => !e.injectedPhrase && e.manipulations.includes('credit-stripped') && e.manipulations.includes('verbatim'));
  console.log(`copies with an injected phrase: ${copies.filter((e) => e.injectedPhrase).length}`);
  console.log(`hard copies (verbatim, no injection, no credit): ${hard.length}`);
}

function main() {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (err) {
    console.error(`generate-copies: ${err.message}\n${USAGE}`);
    process.exit(2);
  }
  if (opts.help) {
    console.log(USAGE);
    return;
  }
  const corpusDir = path.resolve(process.env.CLEARSOURCE_CORPUS || path.join(repoRoot, '..', 'shared', 'corpus', 'zyte-dev'));
  if (!fs.existsSync(path.join(corpusDir, 'ground-truth.json'))) {
    console.log(`generate-copies: corpus not found at ${corpusDir} (set CLEARSOURCE_CORPUS); nothing generated.`);
    return;
  }
  const started = process.hrtime.bigint();
  const result = generate({ corpusDir, outDir: opts.out, seed: opts.seed, perSource: opts.perSource });
  if (opts.list) {
    printCounts(result.entries);
    return;
  }
  writeOutput(opts.out, result);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const by = (label) => result.entries.filter((e) => e.label === label).length;
  console.log(`generate-copies: ${result.entries.length} pages (${by('original')} original, ${by('copy')} copy, ${by('syndicated')} syndicated) -> ${path.relative(process.cwd(), opts.out) || '.'}/manifest.jsonl in ${ms.toFixed(0)} ms (seed ${opts.seed})`);
}

if (path.resolve(process.argv[1] ?? '') === fileURLToPath(import.meta.url)) main();
