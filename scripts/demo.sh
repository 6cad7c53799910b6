#!/usr/bin/env bash
# The first README command: install, build, code the bundled example press releases into
# parley.db and print the coded events as a table.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh release parley
rm -f parley.db
build/parley code --db parley.db --format table examples/
