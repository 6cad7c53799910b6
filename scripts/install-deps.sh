#!/usr/bin/env bash
# Installs the Debian packages parley builds and tests with. Safe to run again:
# apt-get skips what is already there. Uses sudo when not run as root.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git
  iso-codes             # ISO 3166-1 codes and names, embedded into the dictionaries
  nlohmann-json3-dev    # JSON Lines input, JSON output
  libsqlite3-dev        # the embedded store
  libgtest-dev libgmock-dev
  python3               # the dev-set scorer used by the golden tests
  clang-format
)

sudo=""
if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# Node.js and npm convert the gazetteer at build time (tools/gazetteer). Tested by command, not
# by package: a Node.js from elsewhere provides node and npm under other package names.
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  missing+=(nodejs npm)
fi
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all packages present"
  exit 0
fi
echo "install-deps: installing ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "install-deps: done"
