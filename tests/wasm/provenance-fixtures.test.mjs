// The provenance fixtures (tests/fixtures/provenance/<case>/) through the wasm core, as the
// extension calls it. tests/core/provenance_analyze_test.cc runs the same folders against the
// native build; tests/fixtures/provenance/README.md describes expect.json.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadClearsource } from '../../core/bindings/node.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const CASES_DIR = path.join(here, '..', 'fixtures', 'provenance');
const cases = fs.readdirSync(CASES_DIR)
  .filter((d) => fs.existsSync(path.join(CASES_DIR, d, 'expect.json')))
  .sort();

let core;
beforeAll(async () => {
  core = await loadClearsource();
});

test('the provenance fixture folder has cases', () => {
  expect(cases.length).toBeGreaterThanOrEqual(16);
});

describe.each(cases)('provenance fixture %s', (name) => {
  const dir = path.join(CASES_DIR, name);
  const expected = JSON.parse(fs.readFileSync(path.join(dir, 'expect.json'), 'utf8'));
  let result;
  let prov;
  beforeAll(() => {
    result = core.extractBytes(fs.readFileSync(path.join(dir, 'source.html')), expected.url);
    prov = result.provenance;
  });
  const ids = () => prov.signals.map((s) => s.id);

  test('verdict', () => {
    expect(result.ok).toBe(true);
    if (expected.verdict_one_of) expect(expected.verdict_one_of).toContain(prov.verdict);
  });
  test('clean title and likely original', () => {
    if ('clean_title' in expected) expect(prov.cleanTitle).toBe(expected.clean_title);
    if ('likely_original_publisher' in expected) {
      if (expected.likely_original_publisher === null) {
        expect(prov.likelyOriginal?.publisher ?? null).toBeNull();
      } else {
        expect(prov.likelyOriginal.publisher).toBe(expected.likely_original_publisher);
        expect(prov.likelyOriginal.searchQuery).toContain(expected.likely_original_publisher);
      }
    }
    if ('likely_original_url' in expected) {
      expect(prov.likelyOriginal.url).toBe(expected.likely_original_url);
    }
  });
  test('signals, each with the text that triggered it', () => {
    for (const id of expected.signals_at_least ?? []) expect(ids()).toContain(id);
    for (const id of expected.signals_none ?? []) expect(ids()).not.toContain(id);
    if (expected.injected_phrase) {
      const quoted = prov.signals
        .filter((s) => s.id === 'keyword-injection')
        .some((s) => s.evidence.some((e) => e.text.includes(expected.injected_phrase)));
      expect(quoted).toBe(true);
    }
    for (const s of prov.signals) {
      expect(s.evidence.length).toBeGreaterThan(0);
      for (const e of s.evidence) {
        expect(e.text).not.toBe('');
        expect(e.where).not.toBe('');
      }
    }
  });
  test('text has what it must and lacks what it must not', () => {
    for (const s of expected.text_must_include ?? []) expect(result.textContent).toContain(s);
    for (const s of expected.text_must_exclude ?? []) expect(result.textContent).not.toContain(s);
  });
});
