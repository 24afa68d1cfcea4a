#!/usr/bin/env node
// clearsource CLI: runs the wasm core in Node.
//   clearsource extract [--url URL] [--format json|text|html] [--options JSON] FILE...
//   clearsource extract --batch LIST.jsonl      (lines {"file": PATH, "url": URL})
// FILE "-" reads stdin; .gz files are decompressed transparently; bytes are decoded as a browser
// would (BOM, <meta charset>, UTF-8, windows-1252). --format json prints one JSON object per
// input (JSONL) with a "file" field; the exit code is 1 if any input failed.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { loadClearsource } from '../core/bindings/node.js';

const USAGE = `usage: clearsource extract [--url URL] [--format json|text|html] [--options JSON]
                           [--batch LIST.jsonl] [FILE|-]...
       clearsource version`;

function parseArgs(argv) {
  const args = { command: argv[0], url: '', format: 'json', options: {}, batch: null, files: [] };
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--url') args.url = next();
    else if (a === '--format') args.format = next();
    else if (a === '--batch') args.batch = next();
    else if (a === '--options') args.options = JSON.parse(next());
    else if (a === '-h' || a === '--help') args.help = true;
    else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
    else args.files.push(a);
  }
  if (!['json', 'text', 'html'].includes(args.format)) throw new Error(`unknown format ${args.format}`);
  return args;
}

function readInput(file) {
  const raw = file === '-' ? readFileSync(0) : readFileSync(file);
  const gz = raw.length > 2 && raw[0] === 0x1f && raw[1] === 0x8b;
  if (!gz) return raw;
  try {
    return gunzipSync(raw);
  } catch {
    return raw;  // gzip magic but not gzip: the bytes as they are (the core says what they are)
  }
}

function readBatch(path) {
  const inputs = [];
  readFileSync(path, 'utf8').split('\n').forEach((line, n) => {
    if (!line.trim()) return;
    let entry;
    try {
      entry = JSON.parse(line);
    } catch (err) {
      throw new Error(`${path}:${n + 1}: not JSON: ${err.message}`);
    }
    if (typeof entry.file !== 'string') throw new Error(`${path}:${n + 1}: missing "file"`);
    inputs.push({ file: entry.file, url: typeof entry.url === 'string' ? entry.url : '' });
  });
  return inputs;
}

async function main(argv) {
  let args;
  try {
    args = parseArgs(argv);
  } catch (err) {
    process.stderr.write(`clearsource: ${err.message}\n${USAGE}\n`);
    return 2;
  }
  if (args.help || !args.command) {
    process.stdout.write(`${USAGE}\n`);
    return args.help ? 0 : 2;
  }
  const core = await loadClearsource();
  if (args.command === 'version') {
    process.stdout.write(`${core.version}\n`);
    return 0;
  }
  if (args.command !== 'extract') {
    process.stderr.write(`clearsource: unknown command ${args.command}\n${USAGE}\n`);
    return 2;
  }
  let inputs;
  try {
    inputs = args.batch ? readBatch(args.batch) : [];
  } catch (err) {
    process.stderr.write(`clearsource: ${err.message}\n`);
    return 2;
  }
  inputs.push(...args.files.map((file) => ({ file, url: args.url })));
  if (inputs.length === 0) {
    process.stderr.write(`clearsource: no input files\n${USAGE}\n`);
    return 2;
  }

  let failures = 0;
  const out = [];
  const flush = () => {
    if (out.length) process.stdout.write(out.join(''));
    out.length = 0;
  };
  for (const { file, url } of inputs) {
    let result;
    try {
      result = core.extractBytes(readInput(file), url, args.options);
    } catch (err) {
      result = { ok: false, error: { code: 'io', message: err.message } };
    }
    if (!result.ok) failures++;
    if (args.format === 'json') {
      out.push(`${JSON.stringify({ file, ...result })}\n`);
    } else if (result.ok) {
      out.push(`${args.format === 'text' ? result.textContent : result.content}\n`);
    } else {
      process.stderr.write(`${file}: ${result.error.code}: ${result.error.message}\n`);
    }
    if (out.length >= 64) flush();
  }
  flush();
  return failures ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`clearsource: ${err.message}\n`);
    process.exitCode = 2;
  },
);
