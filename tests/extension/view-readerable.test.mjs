/**
 * @jest-environment jsdom
 */
// The toolbar icon's readerable probe runs in pages as a self-contained function; it must say
// what the core says. Its lists and thresholds are checked against the core's own sources.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readerableProbe } from '../../extension/background/readerable-icon.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

function patternList(source, name) {
  const block = source.slice(source.indexOf(`${name}[] = {`), source.indexOf('};', source.indexOf(`${name}[] = {`)));
  return [...block.matchAll(/\{"([^"]+)", Match::kSubstring/g)].map((m) => m[1]);
}

test('probe lists and thresholds equal the core (score/patterns.h, meta/readerable.cc)', () => {
  const patterns = readFileSync(join(ROOT, 'core/src/score/patterns.h'), 'utf8');
  const probe = readerableProbe.toString();
  const arrays = (name) => JSON.parse(probe.match(new RegExp(`const ${name} = (\\[[^\\]]*\\])`))[1].replace(/'/g, '"').replace(/,\s*\]/, ']'));
  expect(arrays('UNLIKELY')).toEqual(patternList(patterns, 'kUnlikely'));
  expect(arrays('MAYBE')).toEqual(patternList(patterns, 'kMaybeCandidate'));
  expect(probe).toContain(`MIN_BLOCK_CHARS = ${patterns.match(/kReaderableMinBlockChars = (\d+)/)[1]}`);
  expect(probe).toContain(`MIN_SCORE = ${patterns.match(/kReaderableMinScore = (\d+)/)[1]}`);
  // No Match::kToken entries would be mis-mirrored as substrings.
  for (const name of ['kUnlikely', 'kMaybeCandidate']) {
    const start = patterns.indexOf(`${name}[] = {`);
    expect(patterns.slice(start, patterns.indexOf('};', start))).not.toContain('kToken');
  }
});

const text = (n) => 'The overnight train will run again from May, the authority said. '.repeat(n);
const para = (n) => `<p>${text(n)}</p>`;

test('an article page is readerable, a page of short blocks is not', async () => {
  document.body.innerHTML = `<article>${para(5).repeat(4)}</article>`;
  expect((await readerableProbe()).readerable).toBe(true);
  document.body.innerHTML = '<nav><a href="/">Home</a></nav><p>Sign in to continue.</p><p>Forgot password?</p>';
  expect((await readerableProbe()).readerable).toBe(false);
});

test('hidden, unlikely and list-item paragraphs do not count', async () => {
  // Like the core (and Readability), each block is judged by its own attributes only.
  document.body.innerHTML = `<p aria-hidden="true">${text(20)}</p><p hidden>${text(20)}</p>`
    + `<p class="comment-text">${text(20)}</p><ul><li>${para(20)}</li></ul><p style="visibility: hidden">${text(20)}</p>`
    + `<p style="DISPLAY:NONE">${text(20)}</p>`;
  const r = await readerableProbe();
  expect(r.readerable).toBe(false);
  document.body.innerHTML = `<p class="comment article-body">${text(20)}</p>`;  // maybe-candidate saves it
  expect((await readerableProbe()).readerable).toBe(true);
});

test('div laid out with <br> counts; the node budget bounds the work', async () => {
  document.body.innerHTML = `<div>${'Line of text that goes on for a while, about the harbour ferry timetable. '.repeat(12)}<br>${'More. '.repeat(200)}</div>`.repeat(2);
  expect((await readerableProbe()).readerable).toBe(true);
  document.body.innerHTML = '<p>x</p>'.repeat(50) + para(30);
  expect((await readerableProbe({ budgetNodes: 10 })).readerable).toBe(false);
});
