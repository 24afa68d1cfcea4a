#!/usr/bin/env bash
# Builds everything and runs every test: CTest (native core, then again under ASan + UBSan), Jest
# (wasm core, extension logic, headless Chromium with the built extension), a 60-second fuzz run,
# and the quality gate when the corpus is present.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${CLEARSOURCE_BUILD_ROOT:-build}

bash scripts/bootstrap.sh
bash scripts/build.sh

echo "== CTest (native core)"
ctest --test-dir "$BUILD/native" --output-on-failure -j2

echo "== CTest under AddressSanitizer + UBSan (native core, $BUILD/asan)"
bash scripts/asan.sh

echo "== Jest (wasm core, extension, browser)"
node --experimental-vm-modules node_modules/jest/bin/jest.js --ci

echo "== Fuzz, 60 s (libFuzzer + ASan + UBSan; longer runs: bash scripts/fuzz.sh)"
bash scripts/fuzz.sh --smoke

echo "== C++ format (.clang-format, Google style)"
bash scripts/check-format.sh

echo "== Quality gate (skips when ../shared/corpus is absent)"
node scripts/bench-quality.mjs --worst 0
