#!/usr/bin/env bash
# libFuzzer runs of the core (clang, ASan + UBSan): tests/fuzz has the harnesses.
#   bash scripts/fuzz.sh                 long run: 30 min on fuzz_extract, 5 min each on the others
#   bash scripts/fuzz.sh --smoke         the test command's run: 60 s in all (40 + 10 + 10)
#   bash scripts/fuzz.sh 600 extract     600 s on fuzz_extract only
#   FUZZ_JOBS=2 bash scripts/fuzz.sh     parallel workers per harness (default 1)
# The tree is $CLEARSOURCE_BUILD_ROOT/asan (shared with scripts/asan.sh: one incremental build
# serves the sanitizer unit tests and the fuzzers). The working corpus lives in that tree and
# grows across runs; it starts from tests/fuzz/corpus/<harness>, the fixture pages, the XSS
# corpus and the crash regressions. A finding stops the run with exit 1 and the input's path.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
BUILD=${CLEARSOURCE_BUILD_ROOT:-build}
TREE="$BUILD/asan"
JOBS=${FUZZ_JOBS:-1}

smoke=0
if [ "${1:-}" = "--smoke" ]; then
  smoke=1
  shift
fi
seconds=${1:-}
shift || true
harnesses=("$@")
[ ${#harnesses[@]} -eq 0 ] && harnesses=(extract json urls)

bash scripts/asan.sh --build-only

FUZZ_DIR="$TREE/fuzz-work"
mkdir -p "$FUZZ_DIR/artifacts"

# Seeds: the committed ones, plus pages the repository already has (fuzz_extract reads one
# option byte first, then the page).
seed_extract() {
  local out="$FUZZ_DIR/seeds/extract"
  rm -rf "$out"
  mkdir -p "$out"
  cp tests/fuzz/corpus/extract/* "$out/"
  local f n=0
  for f in tests/fixtures/pages/*/source.html tests/fixtures/crashes/*.html web/demo/*.html; do
    [ -f "$f" ] || continue
    n=$((n + 1))
    { printf '\000'; head -c 65536 "$f"; } > "$out/page-$n"
  done
  node --input-type=module -e "
    import { writeFileSync } from 'node:fs';
    import { buildPage, loadVectors } from '$ROOT/tests/fixtures/xss/vectors.mjs';
    for (const v of loadVectors()) {
      const html = buildPage(v);
      writeFileSync('$out/xss-' + v.id, Buffer.concat([Buffer.from([0]), Buffer.from(html)]));
    }"
}

run() {
  local harness=$1 secs=$2
  local bin="$TREE/tests/fuzz/fuzz_$harness"
  local corpus="$FUZZ_DIR/corpus/$harness"
  mkdir -p "$corpus"
  local seeds="tests/fuzz/corpus/$harness"
  local extra=()
  if [ "$harness" = extract ]; then
    seed_extract
    seeds="$FUZZ_DIR/seeds/extract"
    extra=(-dict=tests/fuzz/html.dict -max_len=65536)
  fi
  local log="$FUZZ_DIR/$harness.log"
  echo "fuzz: $harness for ${secs}s (log: $log)"
  local status=0
  # -timeout: one input taking 20 s is a hang; -rss_limit_mb: a leak or blow-up.
  local par=()
  [ "$JOBS" -gt 1 ] && par=(-jobs="$JOBS" -workers="$JOBS")
  "$bin" "${extra[@]}" "${par[@]}" -max_total_time="$secs" -timeout=20 -rss_limit_mb=3072 \
    -print_final_stats=1 -artifact_prefix="$FUZZ_DIR/artifacts/$harness-" "$corpus" "$seeds" > "$log" 2>&1 || status=$?
  if [ "$JOBS" -gt 1 ]; then cat fuzz-*.log >> "$log" 2>/dev/null || true; rm -f fuzz-*.log; fi
  local execs
  execs=$(grep -h 'stat::number_of_executed_units' "$log" | awk '{s += $2} END {print s + 0}')
  local corpus_size
  corpus_size=$(find "$corpus" -type f | wc -l)
  echo "fuzz: $harness: $execs executions, corpus $corpus_size inputs"
  if [ "$status" -ne 0 ] || grep -qE 'ERROR: (libFuzzer|AddressSanitizer|UndefinedBehaviorSanitizer)|runtime error:|INVARIANT FAILED' "$log"; then
    echo "fuzz: $harness FOUND A PROBLEM:" >&2
    grep -E 'INVARIANT FAILED|ERROR:|SUMMARY:|runtime error:|Test unit written' "$log" | head -20 >&2
    echo "fuzz: reproduce with: $bin <artifact>; keep it as a regression: tests/fixtures/crashes (README)" >&2
    return 1
  fi
}

declare -A long=([extract]=1800 [json]=300 [urls]=300)
declare -A short=([extract]=40 [json]=10 [urls]=10)
failed=0
for h in "${harnesses[@]}"; do
  if [ -n "$seconds" ]; then
    secs=$seconds
  elif [ "$smoke" = 1 ]; then
    secs=${short[$h]}
  else
    secs=${long[$h]}
  fi
  run "$h" "$secs" || failed=1
done
exit $failed
