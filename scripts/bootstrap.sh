#!/usr/bin/env bash
# Installs what the project needs on Debian 12 (run as root, or with sudo available):
# apt packages for the toolchains and browsers, then the pinned npm packages (package-lock.json).
# Idempotent and quick when everything is present: apt runs only for missing packages, npm ci
# only when package-lock.json changed since the last install.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  build-essential cmake ninja-build pkg-config  # native build
  emscripten                                    # wasm build (emcc 3.1.6)
  libgtest-dev                                  # CTest unit tests
  publicsuffix                                  # Public Suffix List compiled into the core
  zlib1g-dev                                    # gzip in the native CLI
  chromium                                      # browser tests and the demo run
  clang libclang-rt-14-dev                      # libFuzzer + sanitizers
  clang-format                                  # C++ style check (scripts/check-format.sh)
  valgrind                                      # scripts/memcheck.mjs
  fonts-dejavu-core                             # screenshots render text the same everywhere
  zip ca-certificates curl git
)
if ! command -v node >/dev/null 2>&1; then APT_PACKAGES+=(nodejs npm); fi

missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "bootstrap: installing ${missing[*]}"
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

node_major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$node_major" -lt 18 ]; then
  echo "bootstrap: Node.js >= 18 is required (found $(node -v))" >&2
  exit 1
fi

stamp=node_modules/.clearsource-lock-hash
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  echo "bootstrap: npm ci"
  npm ci --no-audit --no-fund --loglevel=error
  echo "$want" > "$stamp"
fi
