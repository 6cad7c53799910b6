#!/usr/bin/env bash
# Robustness: a whole corpus codes with no crash and no document dropped.
# Usage: corpus.sh PARLEY FILE.jsonl
set -euo pipefail
parley=$1 corpus=$2
if [ ! -f "$corpus" ]; then
  echo "corpus.sh: $corpus not found; put the shared folder beside the repository" >&2
  exit 1
fi
out=$(mktemp)
trap 'rm -f "$out"' EXIT
"$parley" code -j 2 --format json "$corpus" >"$out"
want=$(grep -c . "$corpus")
got=$(wc -l <"$out")
echo "documents in: $want, coded documents out: $got"
test "$want" -eq "$got"
