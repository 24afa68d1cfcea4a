// Thin JS wrapper over the wasm core. The same file serves Node (scripts/cli.mjs), the
// extension's service worker and the web demo; only the loader that provides `factory` and
// `wasmBinary` differs. Every call returns a plain object; failures are values, never throws.
import { sniffEncoding } from './encoding.js';

export const ERROR_CODES = Object.freeze([
  'empty-input', 'input-too-large', 'not-html', 'bad-options', 'internal', 'core-unavailable',
]);

function failure(code, message) {
  return { ok: false, error: { code, message } };
}

// factory: the Emscripten MODULARIZE factory (ClearsourceCore); wasmBinary: bytes of the .wasm.
export async function createClearsource({ factory, wasmBinary }) {
  const module = await factory({ wasmBinary });
  const version = module.version();
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();

  // Runs the core on UTF-8 placed in wasm memory by `write(view) -> bytesWritten`, reading the
  // JSON back without Embind's per-byte string conversion. Buffers are freed here, always.
  function run(capacity, write, url, options) {
    const ptr = module._malloc(capacity);
    if (!ptr) return failure('input-too-large', `cannot allocate ${capacity} bytes for the page`);
    try {
      const length = write(module.HEAPU8.subarray(ptr, ptr + capacity));
      if (length < 0) return null;  // did not fit: the caller retries with more room
      const out = module.extractJsonRaw(ptr, length, String(url ?? ''), JSON.stringify(options ?? {}));
      const json = decoder.decode(module.HEAPU8.subarray(out, out + module.resultLength()));
      module.releaseResult();
      return JSON.parse(json);
    } catch (err) {
      // A trap inside wasm (out of memory, a bug) must not take the caller down.
      return failure('internal', `core failed: ${err && err.message ? err.message : err}`);
    } finally {
      module._free(ptr);
    }
  }

  function extract(html, url = '', options = {}) {
    if (typeof html !== 'string') return failure('not-html', 'input must be a string of HTML');
    // Most pages are nearly ASCII: try a tight buffer first, the UTF-8 worst case only if needed.
    const write = (view) => {
      const { read, written } = encoder.encodeInto(html, view);
      return read === html.length ? written : -1;
    };
    return run(Math.ceil(html.length * 1.2) + 16, write, url, options) ??
      run(html.length * 3 + 16, write, url, options);
  }

  // Bytes in, decoded as a browser would (BOM, transport charset, <meta charset>, UTF-8,
  // windows-1252). `contentType` is the HTTP header when known. UTF-8 bytes go to the core as
  // they are (gumbo replaces invalid sequences just as TextDecoder would).
  function extractBytes(bytes, url = '', options = {}, { contentType } = {}) {
    const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
    const sniffed = sniffEncoding(view, { contentType });
    let result;
    if (sniffed.encoding === 'utf-8') {
      const body = sniffed.bomLength ? view.subarray(sniffed.bomLength) : view;
      result = run(body.length + 16, (heap) => {
        heap.set(body);
        return body.length;
      }, url, options);
    } else {
      // Already sniffed: decode as decodeHtmlBytes would (TextDecoder drops a matching BOM).
      result = extract(new TextDecoder(sniffed.encoding).decode(view), url, options);
    }
    if (result.ok) result.encoding = sniffed.encoding;
    return result;
  }

  // Compares two result.provenance.fingerprint objects: { ok, similarity, hamming, bins,
  // sameArticle } or { ok: false, error: { code: 'bad-fingerprint', message } }.
  function compareFingerprints(a, b) {
    try {
      return JSON.parse(module.compareFingerprintsJson(JSON.stringify(a ?? null), JSON.stringify(b ?? null)));
    } catch (err) {
      return failure('internal', `core failed: ${err && err.message ? err.message : err}`);
    }
  }

  // The closest remembered fingerprint that is the same article: { ok, index, similarity,
  // hamming, skipped } (index -1 when none), or { ok: false, error: { code, message } }.
  // One call for the whole list: the read-before memory holds up to a thousand entries.
  function findFingerprintMatch(fingerprint, candidates) {
    try {
      return JSON.parse(module.findFingerprintMatchJson(JSON.stringify(fingerprint ?? null),
                                                        JSON.stringify(candidates ?? null)));
    } catch (err) {
      return failure('internal', `core failed: ${err && err.message ? err.message : err}`);
    }
  }

  return { extract, extractBytes, compareFingerprints, findFingerprintMatch, version, module };
}
