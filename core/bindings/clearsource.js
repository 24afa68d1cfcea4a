// Thin JS wrapper over the wasm core. The same file serves Node (scripts/cli.mjs), the
// extension's service worker and the web demo; only the loader that provides `factory` and
// `wasmBinary` differs. Every call returns a plain object; failures are values, never throws.
import { decodeHtmlBytes } from './encoding.js';

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

  function extract(html, url = '', options = {}) {
    if (typeof html !== 'string') return failure('not-html', 'input must be a string of HTML');
    let json;
    try {
      json = module.extractJson(html, String(url ?? ''), JSON.stringify(options ?? {}));
    } catch (err) {
      // A trap inside wasm (out of memory, a bug) must not take the caller down.
      return failure('internal', `core failed: ${err && err.message ? err.message : err}`);
    }
    return JSON.parse(json);
  }

  // Bytes in, decoded as a browser would (BOM, transport charset, <meta charset>, UTF-8,
  // windows-1252). `contentType` is the HTTP header when known.
  function extractBytes(bytes, url = '', options = {}, { contentType } = {}) {
    const { text, encoding } = decodeHtmlBytes(bytes, { contentType });
    const result = extract(text, url, options);
    if (result.ok) result.encoding = encoding;
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

  return { extract, extractBytes, compareFingerprints, version, module };
}
