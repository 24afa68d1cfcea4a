#!/usr/bin/env bash
# Builds everything and runs the main job: Chromium with the extension loaded on the bundled demo
# article, reader view switched on. Without a display it runs headless, saves a screenshot and
# prints where the built extension is.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/bootstrap.sh
bash scripts/build.sh
node scripts/demo-run.mjs "$@"
