// Fuzz findings and hostile shapes through the wasm build (the extension's core): every
// regression input of tests/fixtures/crashes, 100,000-deep nesting (the wasm stack is small),
// the formatting clone bomb (the wasm heap is 2 GiB at most), 20 MB pages, the time budget and
// lone surrogates from JavaScript strings. Each gives a result or a documented error, and the
// module keeps working afterwards.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadClearsource } from '../../core/bindings/node.js';
import { checkElements, elementsFromHtml } from '../fixtures/xss/oracle.mjs';

const CRASHES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'crashes');
const DOCUMENTED = ['empty-input', 'not-html', 'input-too-large'];
let core;

beforeAll(async () => {
  core = await loadClearsource();
});

function expectSane(r, what) {
  if (!r.ok) {
    expect(DOCUMENTED).toContain(r.error.code);
    return;
  }
  expect(typeof r.content).toBe('string');
  expect(r.length).toBe([...r.textContent].length);
  const problems = checkElements(elementsFromHtml(r.content));
  if (problems.length) throw new Error(`${what}: ${problems.join('; ')}`);
}

const timed = (fn) => {
  const t0 = performance.now();
  const value = fn();
  return { value, ms: performance.now() - t0 };
};

test.each(readdirSync(CRASHES).filter((f) => f !== 'README.md'))('fuzz finding %s', (file) => {
  const bytes = readFileSync(join(CRASHES, file));
  for (const options of [{}, { wantHtml: false }, { wantProvenance: false }, { charThreshold: 0 }]) {
    expectSane(core.extract(new TextDecoder('utf-8').decode(bytes), 'https://example.org/a', options), file);
    expectSane(core.extract(bytes.toString('latin1'), '', options), file);
    expectSane(core.extractBytes(bytes, 'https://example.org/a', options), file);
  }
});

test.each(['<div>', '<b>', '<table><tr><td>', '<svg><g>', '<math><mrow>', '<a href=x>', '<div><frameset>',
  '<ul><li>', '<p><b>', '<template>'])('100,000 x %s nests without a stack overflow', (open) => {
  const { value: r, ms } = timed(() => core.extract(`<html><body>${open.repeat(100000)}deep text`, '', { timeBudgetMs: 0 }));
  expect(r.ok).toBe(true);
  expect(r.partial).toBe(false);
  expect(ms).toBeLessThan(5000);
});

test('the formatting clone bomb stops at the memory budget, and the module still works', () => {
  let html = '<html><body>';
  for (let k = 0; k < 20000; k++) html += `<p><b id=${k}>x</p>`;
  const { value: r, ms } = timed(() => core.extract(html, '', { timeBudgetMs: 0 }));
  expect(r.ok).toBe(true);
  expect(r.partial).toBe(true);
  expect(r.partialReason).toBe('memory-budget');
  expect(ms).toBeLessThan(5000);
  const after = core.extract('<html><body><article><p>Still working after the bomb.</p></article>', '');
  expect(after.ok).toBe(true);
  expect(after.textContent).toContain('Still working');
});

test('a 20 MB page is accepted and a million siblings are read', () => {
  const para = '<p>Flood defences along the estuary were raised again this spring, officials said, after a winter of storms.</p>\n';
  const html = `<html><body><article>${para.repeat(Math.ceil((20 * 1024 * 1024) / para.length))}</article></body></html>`;
  expect(html.length).toBeGreaterThan(20 * 1024 * 1024);
  const r = core.extract(html, '', { timeBudgetMs: 0 });
  expect(r.ok).toBe(true);
  expect(r.partial).toBe(false);
  const siblings = core.extract(`<html><body>${'<br>'.repeat(1000000)}<p>end</p>`, '', { timeBudgetMs: 0 });
  expect(siblings.ok).toBe(true);
}, 120000);

test('a 32 MiB flood of links stays well inside the 2 GiB wasm heap', () => {
  const unit = '<a href=/x>y</a>';
  const html = `<html><body>${unit.repeat(Math.floor((32 * 1048576 - 200) / unit.length))}`;
  const r = core.extract(html, '', { timeBudgetMs: 0 });
  expect(r.ok).toBe(true);
  expect(r.partial).toBe(true);  // past the DOM node cap or the parser's arena
  expect(r.partialReason).toBe('memory-budget');
  expect(core.module.HEAPU8.buffer.byteLength).toBeLessThan(1.5 * 1024 ** 3);
}, 120000);

test('the time budget returns a flagged partial result', () => {
  const html = `<html><body><article>${'<p>Paragraph of a long article about the harbour gates.</p>'.repeat(40000)}</article>`;
  const r = core.extract(html, '', { timeBudgetMs: 1 });
  expect(r.ok).toBe(true);
  expect(r.partial).toBe(true);
  expect(r.partialReason).toBe('time-budget');
  expect(core.extract(html, '', { timeBudgetMs: -1 }).error.code).toBe('bad-options');
  const full = core.extract(html, '', { timeBudgetMs: 0 });
  expect(full.partial).toBe(false);
  expect(full.partialReason).toBeNull();
});

test('lone surrogates and NULs from JavaScript strings', () => {
  const r = core.extract('<html><body><article><p>Broken \uD800 pair \uDFFF and a NUL \u0000 here, in a paragraph long enough to count as text.</p></article>', '');
  expect(r.ok).toBe(true);
  expect(r.textContent).toContain('pair');
  expect(r.content).not.toContain('\u0000');
  expectSane(r, 'surrogates');
});
