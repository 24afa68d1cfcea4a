// Node loader for the wasm core (CLI, Jest, benchmarks). Node 20 cannot fetch the .wasm by URL
// inside a MODULARIZE build, so the bytes are read from disk and handed over.
import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClearsource } from './clearsource.js';

const here = dirname(fileURLToPath(import.meta.url));
export const DEFAULT_CORE_DIR = resolve(here, '..', '..', process.env.CLEARSOURCE_DIST || 'dist', 'core');

export async function loadClearsource({ coreDir = process.env.CLEARSOURCE_CORE_DIR || DEFAULT_CORE_DIR } = {}) {
  const js = join(coreDir, 'clearsource-core.cjs');
  const wasm = join(coreDir, 'clearsource-core.wasm');
  if (!existsSync(js) || !existsSync(wasm)) {
    throw new Error(`wasm core not built (looked in ${coreDir}); run: bash scripts/build.sh`);
  }
  const factory = createRequire(import.meta.url)(js);
  return createClearsource({ factory, wasmBinary: readFileSync(wasm) });
}
