// Loads the wasm core once per service-worker lifetime. Fails soft: callers get an error value
// with a message they can show, never an exception.
import { createClearsource } from '../core/clearsource.js';
import ClearsourceCore from '../core/clearsource-core.mjs';
import { api } from '../shared/browser.js';

let corePromise = null;

async function load() {
  const response = await fetch(api.runtime.getURL('core/clearsource-core.wasm'));
  if (!response.ok) throw new Error(`cannot read the core (${response.status})`);
  const wasmBinary = new Uint8Array(await response.arrayBuffer());
  return createClearsource({ factory: ClearsourceCore, wasmBinary });
}

export function getCore() {
  if (!corePromise) {
    corePromise = load().catch((err) => {
      corePromise = null;  // a later click may retry (e.g. after an update finished)
      throw err;
    });
  }
  return corePromise;
}

export async function extractPage(html, url) {
  let core;
  try {
    core = await getCore();
  } catch (err) {
    return {
      ok: false,
      error: { code: 'core-unavailable', message: `The reader engine could not start: ${err.message}` },
    };
  }
  return core.extract(html, url);
}
