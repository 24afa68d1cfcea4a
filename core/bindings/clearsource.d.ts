// Types for the Clearsource core as seen from JavaScript (core/bindings/clearsource.js).
// Field names follow @mozilla/readability's parse() result where they overlap.

export type ErrorCode =
  | 'empty-input'      // nothing but white space
  | 'input-too-large'  // above options.maxInputBytes (default 32 MiB)
  | 'not-html'         // binary data, or text without markup, or not a string
  | 'bad-options'      // unknown or out-of-range option
  | 'internal'         // a bug in the core; please report
  | 'core-unavailable'; // the wasm module could not be loaded (extension, wrapper)

export interface ExtractOptions {
  /** Refuse larger inputs with input-too-large. Default 33554432 (32 MiB). */
  maxInputBytes?: number;
  /** An article shorter than this (characters) triggers the next, more permissive attempt. Default 500. */
  charThreshold?: number;
  /** Top-scoring candidates compared when choosing the article container. Default 5. */
  topCandidates?: number;
  /** Produce `content` (sanitized HTML). Default true. */
  wantHtml?: boolean;
  /** Run the provenance analysis. Default true. */
  wantProvenance?: boolean;
  /**
   * Wall-clock budget for the call in milliseconds (0: none). Default 10000. When it runs out
   * the result is returned early with `partial: true` (see `partialReason`).
   */
  timeBudgetMs?: number;
}

export type Verdict = 'original' | 'syndicated' | 'suspected-copy' | 'content-farm' | 'unknown';

export interface Evidence {
  /** The exact text that triggered the signal. */
  text: string;
  /** Where it was found: "title", "h1", "byline", "text", "meta:og:site_name", "canonical", ... */
  where: string;
}

export interface Signal {
  id: string;  // "attribution-mismatch" | "keyword-injection" | "link-farm" | "forum-paste" | ...
  weight: number;
  message: string;
  evidence: Evidence[];
}

export interface Provenance {
  verdict: Verdict;
  score: number;  // 0..1
  signals: Signal[];
  likelyOriginal: { publisher: string | null; url: string | null; searchQuery: string | null } | null;
  /**
   * The host the page was judged as (lower-case): the publisher's when the page came through an
   * AMP cache, a translation proxy or a web archive ("www.cbsnews.com" for
   * "web.archive.org/web/2020/https://www.cbsnews.com/..."); null without a page URL.
   */
  host: string | null;
  /**
   * The publisher-table outlet that owns the host's domain ("CBS News" on cbsnews.com), null on
   * any other site, including one that only presents itself as an outlet in its metadata.
   */
  hostPublisher: string | null;
  cleanTitle: string | null;
  /** Text fingerprint for "you read this before" matching; null when there is no article text. */
  fingerprint: {
    version: number;
    /** 64-bit SimHash, 16 hex digits. */
    simhash: string;
    /** MinHash sketch, hex. */
    minhash: string;
    /** Words hashed. */
    words: number;
  } | null;
  [extra: string]: unknown;
}

export interface ExtractSuccess {
  ok: true;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  /** ISO 8601. */
  publishedTime: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | 'auto' | null;
  excerpt: string | null;
  /** Absolute URL. */
  leadImage: string | null;
  /** Sanitized article HTML: allowlisted elements and attributes only, URLs absolute. */
  content: string;
  /** Article text; blocks separated by blank lines. */
  textContent: string;
  /** Characters (code points) in textContent. */
  length: number;
  readerable: boolean;
  /** True when the call ran out of budget and the result covers only part of the page. */
  partial: boolean;
  /**
   * Why the result is partial: 'time-budget' (timeBudgetMs ran out: only a prefix of the page was
   * parsed, or later attempts/provenance were skipped) or 'memory-budget' (the parser needed more
   * memory than the page's size justifies: only a prefix was parsed); null when complete.
   */
  partialReason: 'time-budget' | 'memory-budget' | null;
  /**
   * Sizeable prose (>= 100 characters, few links, visible on the page) the article leaves out, so
   * a view can say "2 text blocks not shown" and show them on request. [] when nothing was left.
   */
  droppedBlocks: { text: string; where: 'inside the article' | 'next to the article'; chars: number }[];
  provenance: Provenance | null;
  timings: { parseMs: number; extractMs: number; analyzeMs: number };
  /** Set by extractBytes(): the encoding the bytes were decoded with. */
  encoding?: string;
}

export interface ExtractFailure {
  ok: false;
  error: { code: ErrorCode; message: string };
}

export type ExtractResult = ExtractSuccess | ExtractFailure;

export interface Clearsource {
  extract(html: string, url?: string, options?: ExtractOptions): ExtractResult;
  extractBytes(bytes: Uint8Array | ArrayBuffer, url?: string, options?: ExtractOptions,
               transport?: { contentType?: string }): ExtractResult;
  /** Whether two fingerprints (result.provenance.fingerprint) are the same article. */
  compareFingerprints(a: Provenance['fingerprint'], b: Provenance['fingerprint']):
    | { ok: true; similarity: number; hamming: number; bins: number; sameArticle: boolean }
    | { ok: false; error: { code: 'bad-fingerprint' | 'internal'; message: string } };
  /**
   * The closest remembered fingerprint that is the same article (index into `candidates`, -1
   * when none). Malformed candidates are skipped and counted, not fatal.
   */
  findFingerprintMatch(fingerprint: Provenance['fingerprint'], candidates: Array<Provenance['fingerprint']>):
    | { ok: true; index: number; similarity?: number; hamming?: number; skipped: number }
    | { ok: false; error: { code: 'bad-fingerprint' | 'bad-candidates' | 'internal'; message: string } };
  readonly version: string;
}

export function createClearsource(init: {
  factory: (moduleArg: { wasmBinary: Uint8Array }) => Promise<unknown>;
  wasmBinary: Uint8Array;
}): Promise<Clearsource>;
