#!/usr/bin/env bash
# Checks that the C++ sources follow .clang-format (Google style, 100 columns): exits 1 and names
# the files that differ. Fix them with: bash scripts/check-format.sh --fix
set -euo pipefail
cd "$(dirname "$0")/.."
FORMAT=${CLANG_FORMAT:-clang-format}
if ! command -v "$FORMAT" >/dev/null 2>&1; then
  echo "check-format: $FORMAT not found (bash scripts/bootstrap.sh installs it)" >&2
  exit 2
fi
# Our C++ only: third-party code is fetched into the build trees, never committed.
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  mapfile -t files < <(git ls-files 'core/*.cc' 'core/*.h' 'tests/*.cc' 'tests/*.h')
else
  mapfile -t files < <(find core tests -name '*.cc' -o -name '*.h' | sort)
fi
if [ "${1:-}" = "--fix" ]; then
  "$FORMAT" -i "${files[@]}"
  exit 0
fi
bad=()
for f in "${files[@]}"; do
  "$FORMAT" --dry-run --Werror "$f" >/dev/null 2>&1 || bad+=("$f")
done
if [ ${#bad[@]} -gt 0 ]; then
  echo "check-format: ${#bad[@]} of ${#files[@]} files differ from .clang-format:" >&2
  printf '  %s\n' "${bad[@]}" >&2
  echo "fix with: bash scripts/check-format.sh --fix" >&2
  exit 1
fi
echo "check-format: ${#files[@]} files follow .clang-format"
