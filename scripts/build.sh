#!/usr/bin/env bash
# Configures and builds parley. Usage: scripts/build.sh [release|asan] [TARGET]
#   release -> build/        (optimised; build/parley is the tool)
#   asan    -> build-asan/   (AddressSanitizer + UBSan, for the test suite)
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-release}
case "$mode" in
  release) dir=build; args=(-DCMAKE_BUILD_TYPE=Release) ;;
  asan) dir=build-asan; args=(-DCMAKE_BUILD_TYPE=Debug -DPARLEY_SANITIZE=ON) ;;
  *) echo "build.sh: unknown mode '$mode' (use release or asan)" >&2; exit 2 ;;
esac
cmake -S . -B "$dir" -G Ninja "${args[@]}" >/dev/null
cmake --build "$dir" -j "$(nproc)" ${2:+--target "$2"}
