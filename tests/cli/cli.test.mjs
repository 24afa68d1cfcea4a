// The user-facing CLI (scripts/cli.mjs, wasm core in Node): JSONL output, exit codes, stdin,
// gzip, batch lists and browser-style decoding.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CLI = join(ROOT, 'scripts', 'cli.mjs');
const SAMPLE = join(ROOT, 'web', 'demo', 'sample-article.html');
const dir = mkdtempSync(join(tmpdir(), 'clearsource-cli-'));

function run(args, input) {
  const r = spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, lines: r.stdout.split('\n').filter(Boolean) };
}

test('json: one line per input with a file field; exit 0 when all succeed', () => {
  const r = run(['extract', '--format', 'json', '--url', 'https://courier.example/a', SAMPLE]);
  expect(r.code).toBe(0);
  expect(r.lines).toHaveLength(1);
  const result = JSON.parse(r.lines[0]);
  expect(result.file).toBe(SAMPLE);
  expect(result.ok).toBe(true);
  expect(result.title).toBe('Night trains return to the valley line after twelve years');
  expect(result.textContent).toContain('Port Sable');
});

test('an empty file gives an ok:false line and a non-zero exit, other inputs still run', () => {
  const empty = join(dir, 'empty.html');
  writeFileSync(empty, '');
  const r = run(['extract', '--format', 'json', empty, SAMPLE]);
  expect(r.code).toBe(1);
  expect(r.lines).toHaveLength(2);
  expect(JSON.parse(r.lines[0])).toEqual({ file: empty, ok: false, error: { code: 'empty-input', message: 'input is empty' } });
  expect(JSON.parse(r.lines[1]).ok).toBe(true);
});

test('a missing file is reported in its line', () => {
  const r = run(['extract', join(dir, 'nope.html')]);
  expect(r.code).toBe(1);
  expect(JSON.parse(r.lines[0]).error.code).toBe('io');
});

test('stdin with "-", text and html formats', () => {
  const html = readFileSync(SAMPLE);
  const text = run(['extract', '--format', 'text', '-'], html);
  expect(text.code).toBe(0);
  expect(text.stdout).toContain('The overnight train between Aldmoor');
  expect(text.stdout).not.toContain('<p>');
  const htmlOut = run(['extract', '--format', 'html', '-'], html);
  expect(htmlOut.stdout).toContain('<p>');
});

test('--batch reads {file,url} lines, .gz transparently, each page with its own URL', () => {
  const gz = join(dir, 'page.html.gz');
  writeFileSync(gz, gzipSync(readFileSync(SAMPLE)));
  const latin1 = join(dir, 'latin1.html');
  writeFileSync(latin1, Buffer.from('<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><title>Stra\xdfenbahn in M\xfcnchen</title></head><body><p>x</p></body></html>', 'latin1'));
  const list = join(dir, 'list.jsonl');
  writeFileSync(list, [
    JSON.stringify({ file: gz, url: 'https://one.example/story' }),
    JSON.stringify({ file: latin1, url: 'https://two.example/' }),
  ].join('\n'));
  const r = run(['extract', '--batch', list]);
  expect(r.code).toBe(0);
  const [first, second] = r.lines.map((l) => JSON.parse(l));
  expect(first.file).toBe(gz);
  expect(first.content).toContain('https://one.example/');
  expect(second.title).toBe('Straßenbahn in München');
  expect(second.encoding).toBe('windows-1252');
});

test('usage errors exit 2 with a message', () => {
  const r = run(['extract', '--format', 'pdf', SAMPLE]);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain('unknown format');
});
