// The fixture pages (tests/fixtures/pages/<case>/) through the wasm core, bytes in, as the CLI and
// the extension call it. tests/core/fixtures_test.cc runs the same folders against the native
// build; tests/fixtures/pages/README.md describes expect.json.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadClearsource } from '../../core/bindings/node.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const PAGES = path.join(here, '..', 'fixtures', 'pages');
const cases = fs.readdirSync(PAGES)
  .filter((d) => fs.existsSync(path.join(PAGES, d, 'expect.json')))
  .sort();

const META_KEYS = { title: 'title', byline: 'byline', publishedTime: 'publishedTime', lang: 'lang',
  dir: 'dir', siteName: 'siteName', excerpt: 'excerpt', leadImage: 'leadImage' };

let core;
beforeAll(async () => {
  core = await loadClearsource();
});

test('the fixture folder has cases', () => {
  expect(cases.length).toBeGreaterThanOrEqual(16);
});

describe.each(cases)('fixture %s', (name) => {
  const dir = path.join(PAGES, name);
  const expected = JSON.parse(fs.readFileSync(path.join(dir, 'expect.json'), 'utf8'));
  let result;
  beforeAll(() => {
    result = core.extractBytes(fs.readFileSync(path.join(dir, 'source.html')), expected.url);
  });

  test('extracts', () => {
    expect(result.ok).toBe(true);
    if (expected.encoding) expect(result.encoding).toBe(expected.encoding === 'iso-8859-1' ? 'windows-1252' : expected.encoding);
  });
  test('text has what it must and lacks what it must not', () => {
    for (const s of expected.must ?? []) expect(result.textContent).toContain(s);
    for (const s of expected.mustNot ?? []) expect(result.textContent).not.toContain(s);
  });
  test('html has what it must and lacks what it must not', () => {
    for (const s of expected.htmlMust ?? []) expect(result.content).toContain(s);
    for (const s of expected.htmlMustNot ?? []) expect(result.content).not.toContain(s);
  });
  test('metadata', () => {
    for (const [key, want] of Object.entries(expected.meta ?? {})) {
      expect([key, result[META_KEYS[key] ?? key]]).toEqual([key, want]);
    }
    if ('readerable' in expected) expect(result.readerable).toBe(expected.readerable);
  });
});
