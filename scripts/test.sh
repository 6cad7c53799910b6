#!/usr/bin/env bash
# The second README command: install, build with sanitizers, check formatting, run every test.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/check-format.sh
scripts/build.sh release parley
scripts/build.sh asan
cd build-asan
ctest --output-on-failure -j "$(nproc)"
