// The benchmark metric must stay bit-compatible with Zyte's evaluate.py, or our figures stop being
// comparable with the published ones. Expected tokens below were produced by Python 3.11's
// re.findall(r'\w+', text); the rest are hand-computed.
import { aggregate, diffPage, evaluate, scorePage, shingleList, tokenize } from '../../scripts/lib/zyte-metric.mjs';

describe('tokenize (Python \\w+ semantics)', () => {
  test.each([
    ['plain ASCII with punctuation', "it's U.S.-based", ['it', 's', 'U', 'S', 'based']],
    ['case is kept', 'Hello HELLO hello', ['Hello', 'HELLO', 'hello']],
    ['underscore, digits, other numerics', 'foo_bar 42 ½ x² 3.14', ['foo_bar', '42', '½', 'x²', '3', '14']],
    // A combining mark is not alphanumeric in Python, so it splits/ends a token.
    ['combining vs precomposed', 'cafe\u0301 na\u00efve \u00dcber', ['cafe', 'naïve', 'Über']],
    ['CJK runs are single tokens', '日本語のテキスト。次の文です', ['日本語のテキスト', '次の文です']],
    ['Cyrillic, Arabic, Devanagari marks', 'Привет, мир! مرحبا हिन्दी', ['Привет', 'мир', 'مرحبا', 'ह', 'न', 'द']],
    ['emoji and variation selector are not words', '👍\uFE0F ok — fine', ['ok', 'fine']],
    ['empty', '', []],
    ['null/undefined', null, []],
  ])('%s', (_name, text, expected) => {
    expect(tokenize(text)).toEqual(expected);
  });
});

describe('shingleList', () => {
  test('4-token windows', () => {
    expect(shingleList(['a', 'b', 'c', 'd', 'e'])).toEqual(['a b c d', 'b c d e']);
  });
  test('fewer than 4 tokens is one shingle of all of them', () => {
    expect(shingleList(['a', 'b'])).toEqual(['a b']);
  });
  test('no tokens, no shingles', () => {
    expect(shingleList([])).toEqual([]);
  });
});

describe('scorePage', () => {
  test('identical text', () => {
    const s = scorePage('One two three four five.', 'One two, three four five');
    expect(s).toMatchObject({ tp: 1, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1, exact: true });
  });

  test('disjoint text', () => {
    // 2 shingles each, none shared: tp 0, fp 2, fn 2, normalised by 4.
    const s = scorePage('a b c d e', 'v w x y z');
    expect(s).toMatchObject({ tp: 0, fp: 0.5, fn: 0.5, precision: 0, recall: 0, f1: 0, exact: false });
  });

  test('partial overlap: prediction misses the tail', () => {
    // truth shingles: abcd bcde cdef; pred: abcd bcde. tp 2, fn 1, fp 0 -> /3.
    const s = scorePage('a b c d e f', 'a b c d e');
    expect(s.tp).toBeCloseTo(2 / 3, 15);
    expect(s.fn).toBeCloseTo(1 / 3, 15);
    expect(s.fp).toBe(0);
    expect(s.precision).toBe(1);
    expect(s.recall).toBeCloseTo(2 / 3, 15);
    expect(s.f1).toBeCloseTo(0.8, 15);
  });

  test('partial overlap: boilerplate added on both sides', () => {
    // truth: abcd bcde (2). pred "x a b c d e y": xabc abcd bcde cdey (4). tp 2, fp 2, fn 0 -> /4.
    const s = scorePage('a b c d e', 'x a b c d e y');
    expect(s).toMatchObject({ tp: 0.5, fp: 0.5, fn: 0, precision: 0.5, recall: 1 });
    expect(s.f1).toBeCloseTo(2 / 3, 15);
  });

  test('shingles are a multiset (Counter semantics)', () => {
    // truth "a b c d a b c d": abcd x2, bcda, cdab, dabc (5); pred: abcd (1). tp 1, fn 4.
    const s = scorePage('a b c d a b c d', 'a b c d');
    expect(s.tp).toBeCloseTo(0.2, 15);
    expect(s.fn).toBeCloseTo(0.8, 15);
    expect(s.fp).toBe(0);
    expect(s.precision).toBe(1);
    expect(s.recall).toBeCloseTo(0.2, 15);
  });

  test('under 4 tokens: whole-text shingle must match exactly', () => {
    expect(scorePage('Hello world', 'Hello... world?'))
      .toMatchObject({ tp: 1, precision: 1, recall: 1, exact: true });
    // "Hello world again" is a different single shingle: nothing matches.
    expect(scorePage('Hello world', 'Hello world again')).toMatchObject({ tp: 0, fp: 0.5, fn: 0.5, exact: false });
  });

  test('matching is case-sensitive, as in the reference', () => {
    expect(scorePage('a b c d', 'A B C D')).toMatchObject({ tp: 0, precision: 0, recall: 0, exact: false });
  });

  test('empty prediction: precision undefined, recall 0', () => {
    const s = scorePage('a b c d e', '');
    expect(s).toMatchObject({ tp: 0, fp: 0, fn: 1, precision: null, recall: 0, f1: 0, exact: false });
    expect(scorePage('a b c d e', undefined)).toMatchObject({ precision: null, recall: 0 });
  });

  test('both empty: nothing to score, tokens identical', () => {
    expect(scorePage('', '— !')).toMatchObject({ tp: 0, fp: 0, fn: 0, precision: null, recall: null, f1: 1, exact: true });
  });

  test('CJK text: one token per run, so one shingle', () => {
    expect(scorePage('日本語のテキスト。次の文です', '日本語のテキスト 次の文です')).toMatchObject({ tp: 1, exact: true });
    // Any change inside a run changes the token, hence the (only) shingle.
    expect(scorePage('日本語のテキスト。次の文です', '日本語のテキスト。次の文')).toMatchObject({ tp: 0, fp: 0.5, fn: 0.5 });
  });

  test('Unicode letters and a combining mark', () => {
    // truth tokens: Über naïve cafe résumé (one shingle); the combining acute drops out of "cafe\u0301".
    const s = scorePage('Über naïve café résumé', 'Über naïve cafe\u0301 résumé');
    expect(s).toMatchObject({ tp: 0, fp: 0.5, fn: 0.5 });
    expect(scorePage('Über naïve cafe résumé', 'Über naïve cafe\u0301 résumé')).toMatchObject({ tp: 1, exact: true });
  });
});

describe('aggregate / evaluate', () => {
  test('means over defined pages, then the harmonic mean; accuracy over all pages', () => {
    const truth = { p1: 'a b c d e', p2: 'a b c d e f', p3: 'a b c d e', p4: '' };
    const pred = { p1: 'a b c d e', p2: 'a b c d e', p4: '' }; // p3 missing -> empty prediction
    const r = evaluate(truth, pred);
    // precision: p1 1, p2 1 (p3 and p4 undefined) -> 1. recall: p1 1, p2 2/3, p3 0 (p4 undefined) -> 5/9.
    expect(r.precision).toBe(1);
    expect(r.recall).toBeCloseTo(5 / 9, 15);
    expect(r.f1).toBeCloseTo(5 / 7, 15);
    // identical token lists: p1 and p4 (both empty) of 4 pages.
    expect(r.accuracy).toBe(0.5);
    expect(r).toMatchObject({ pages: 4, precisionPages: 2, recallPages: 3 });
    expect(r.perPage.map((p) => p.id)).toEqual(['p1', 'p2', 'p3', 'p4']);
  });

  test('ids argument restricts the pages scored', () => {
    const r = evaluate({ a: 'x y z w', b: 'q r s t' }, { a: 'x y z w' }, ['a']);
    expect(r).toMatchObject({ f1: 1, precision: 1, recall: 1, accuracy: 1, pages: 1 });
  });

  test('all-zero precision and recall give F1 0, no pages give nulls', () => {
    expect(aggregate([scorePage('a b c d', 'w x y z')])).toMatchObject({ f1: 0, precision: 0, recall: 0, accuracy: 0 });
    expect(aggregate([])).toMatchObject({ f1: null, precision: null, recall: null, accuracy: null, pages: 0 });
  });
});

describe('diffPage', () => {
  test('reports missed and extra runs as readable token spans', () => {
    const d = diffPage('one two three four five six seven eight', 'Menu Home one two three four five');
    expect(d.missed).toEqual([{ start: 2, tokens: 6, text: 'three four five six seven eight' }]);
    expect(d.extra).toEqual([{ start: 0, tokens: 5, text: 'Menu Home one two three' }]);
  });

  test('identical texts have no diff', () => {
    expect(diffPage('a b c d e', 'a b c d e')).toEqual({ missed: [], extra: [] });
  });
});
