// Shingle metric of Zyte's article-extraction-benchmark (evaluate.py, Scrapinghub 2020), ported so our
// figures are directly comparable with the numbers published for other extractors.
//
// Reference behaviour reproduced here:
//   tokens   = re.findall(r'\w+', text)   (flags UNICODE|IGNORECASE..., but findall keeps the case)
//   shingles = ' '.join(tokens[i:i+4]) for i in range(max(1, len(tokens)-3)), empty ones dropped
//   tp/fp/fn = sizes of Counter &, pred - true, true - pred; then divided by their sum
//   precision, recall = means over pages where tp+fp (resp. tp+fn) > 0; F1 = harmonic mean of means
//   accuracy = share of pages whose token lists are identical

// Python 3's \w on str is str.isalnum() plus '_': letters (L*) and numerics (Nd/Nl/No). Combining
// marks (M*) are NOT included, so "cafe\u0301" gives "cafe" there and must here too. Checked against
// every code point of Python 3.11 (Unicode 14): identical; code points assigned after Unicode 14 are
// word characters here (Node's newer tables) but would not be in that Python.
const TOKEN_RE = /[\p{L}\p{N}_]+/gu;

export const SHINGLE_SIZE = 4;

/** Word tokens of `text`, as the reference's `re.findall(r'\w+', text)`. */
export function tokenize(text) {
  if (!text) return [];
  return String(text).match(TOKEN_RE) ?? [];
}

/** Shingle strings in order. Text shorter than n tokens is one shingle; empty text has none. */
export function shingleList(tokens, n = SHINGLE_SIZE) {
  const out = [];
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const s = tokens.slice(i, i + n).join(' ');
    if (s) out.push(s);
  }
  return out;
}

/** Multiset (Python Counter) of shingles. */
export function shingleCounts(tokens, n = SHINGLE_SIZE) {
  const counts = new Map();
  for (const s of shingleList(tokens, n)) counts.set(s, (counts.get(s) ?? 0) + 1);
  return counts;
}

function sameTokens(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Scores one page. tp/fp/fn are normalised to sum 1 (all 0 when both texts have no tokens).
 * precision/recall are null where the reference leaves them out of the mean; f1 is the page's
 * own 2tp/(2tp+fp+fn), 1 when both sides are empty (only used to rank pages, not in the aggregate).
 */
export function scorePage(truthText, predText, n = SHINGLE_SIZE) {
  const truthTokens = tokenize(truthText);
  const predTokens = tokenize(predText);
  const truth = shingleCounts(truthTokens, n);
  const pred = shingleCounts(predTokens, n);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [s, c] of truth) {
    const p = pred.get(s) ?? 0;
    tp += Math.min(c, p);
    fn += Math.max(0, c - p);
  }
  for (const [s, c] of pred) fp += Math.max(0, c - (truth.get(s) ?? 0));
  const total = tp + fp + fn;
  if (total > 0) {
    tp /= total;
    fp /= total;
    fn /= total;
  }
  return {
    tp,
    fp,
    fn,
    precision: tp + fp > 0 ? tp / (tp + fp) : null,
    recall: tp + fn > 0 ? tp / (tp + fn) : null,
    f1: total > 0 ? (2 * tp) / (2 * tp + fp + fn) : 1,
    exact: sameTokens(truthTokens, predTokens),
    truthTokens: truthTokens.length,
    predTokens: predTokens.length,
  };
}

function mean(values) {
  if (values.length === 0) return null;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/** Aggregates page scores the way the reference does (means first, then the harmonic mean). */
export function aggregate(pageScores) {
  const precisions = pageScores.map((s) => s.precision).filter((v) => v !== null);
  const recalls = pageScores.map((s) => s.recall).filter((v) => v !== null);
  const precision = mean(precisions);
  const recall = mean(recalls);
  let f1 = null;
  if (precision !== null && recall !== null) {
    // The reference would divide by zero here; 0 is the only sensible reading.
    f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  }
  const accuracy = pageScores.length ? pageScores.filter((s) => s.exact).length / pageScores.length : null;
  return {
    f1,
    precision,
    recall,
    accuracy,
    pages: pageScores.length,
    precisionPages: precisions.length,
    recallPages: recalls.length,
  };
}

/**
 * Scores a whole set. `truth` and `pred` map id -> text; ids missing from `pred` (or with a
 * null/empty text) count as an empty prediction. Returns the aggregate plus per-page scores.
 */
export function evaluate(truth, pred, ids = Object.keys(truth)) {
  const pages = ids.map((id) => ({ id, ...scorePage(truth[id] ?? '', pred[id] ?? '') }));
  return { ...aggregate(pages), perPage: pages };
}

// Runs of consecutive shingle positions that are unmatched, as token spans [start, end).
// Matches are handed to the earliest occurrences, as good a choice as any for a multiset.
function unmatchedSpans(tokens, other, n) {
  const shingles = shingleList(tokens, n);
  const budget = new Map(other);
  const spans = [];
  shingles.forEach((s, i) => {
    const left = budget.get(s) ?? 0;
    if (left > 0) {
      budget.set(s, left - 1);
      return;
    }
    const end = Math.min(tokens.length, i + n);
    const prev = spans[spans.length - 1];
    if (prev && i <= prev.end) prev.end = Math.max(prev.end, end);
    else spans.push({ start: i, end });
  });
  return spans.map(({ start, end }) => ({ start, tokens: end - start, text: tokens.slice(start, end).join(' ') }));
}

/**
 * Debug view of one page: the stretches of ground truth the prediction missed and the stretches
 * of prediction that are not in the ground truth, rebuilt from shingles into readable token runs.
 */
export function diffPage(truthText, predText, n = SHINGLE_SIZE) {
  const truthTokens = tokenize(truthText);
  const predTokens = tokenize(predText);
  const truth = shingleCounts(truthTokens, n);
  const pred = shingleCounts(predTokens, n);
  return {
    missed: unmatchedSpans(truthTokens, pred, n),
    extra: unmatchedSpans(predTokens, truth, n),
  };
}
