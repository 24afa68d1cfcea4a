#!/usr/bin/env bash
# Builds everything and runs every test: CTest (native core), Jest (wasm core, extension logic,
# headless Chromium with the built extension), and the quality gate when the corpus is present.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/bootstrap.sh
bash scripts/build.sh

echo "== CTest (native core)"
ctest --test-dir build/native --output-on-failure -j2

echo "== Jest (wasm core, extension, browser)"
node --experimental-vm-modules node_modules/jest/bin/jest.js --ci

echo "== Quality gate (skips when ../shared/corpus is absent)"
node scripts/bench-quality.mjs --worst 0
