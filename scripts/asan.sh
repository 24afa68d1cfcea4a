#!/usr/bin/env bash
# The native unit tests under AddressSanitizer + UndefinedBehaviorSanitizer (clang), and the
# libFuzzer harnesses, from one incremental tree: $CLEARSOURCE_BUILD_ROOT/asan.
#   bash scripts/asan.sh               build, then ctest
#   bash scripts/asan.sh --build-only  build (scripts/fuzz.sh uses this)
# Under ASan the parser arena gives every allocation its own malloc (core/src/parse/arena.h), so
# memory errors inside gumbo's tree are caught too.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${CLEARSOURCE_BUILD_ROOT:-build}
TREE="$BUILD/asan"
JOBS=${JOBS:-2}

GEN=()
command -v ninja >/dev/null 2>&1 && GEN=(-G Ninja)
if [ ! -f "$TREE/CMakeCache.txt" ]; then
  CC=clang CXX=clang++ cmake -S . -B "$TREE" "${GEN[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCLEARSOURCE_SANITIZE=ON -DCLEARSOURCE_FUZZ=ON -DCLEARSOURCE_BUILD_TESTS=ON >/dev/null
fi
echo "asan: build ($TREE)"
cmake --build "$TREE" -j"$JOBS"
[ "${1:-}" = "--build-only" ] && exit 0

echo "asan: ctest"
# halt_on_error: any report fails the test; detect_leaks: LeakSanitizer at exit.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:halt_on_error=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
ctest --test-dir "$TREE" --output-on-failure -j"$JOBS" --timeout 600
