#!/usr/bin/env bash
# Golden test: codes ../shared/devset and fails when a score falls below what parley reached.
# Usage: devset.sh PARLEY SHARED_DIR [METRIC=MIN]...
set -euo pipefail
parley=$1 shared=$2
shift 2
if [ ! -d "$shared/devset/docs" ]; then
  echo "devset.sh: $shared/devset not found; put the shared folder beside the repository" >&2
  exit 1
fi
out=$(mktemp)
trap 'rm -f "$out"' EXIT
"$parley" code --quiet --format json "$shared"/devset/docs/* >"$out"
mins=()
for m in "$@"; do mins+=(--min "$m"); done
python3 "$shared/devkit/score.py" --gold "$shared/devset/gold" --pred "$out" "${mins[@]}"
