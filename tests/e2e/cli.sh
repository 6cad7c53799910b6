#!/usr/bin/env bash
# End-to-end checks of the `parley` command line, as a user would run it.
# Usage: cli.sh PARLEY SOURCE_DIR
set -uo pipefail
parley=$1 src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0 total=0
check() {  # check NAME CONDITION...
  local name=$1
  shift
  total=$((total + 1))
  if "$@"; then echo "ok   $name"; else echo "FAIL $name"; failures=$((failures + 1)); fi
}

# JSON Lines with a bad line: the others are coded, the bad one is named, the status says so.
printf '%s\n' '{"id": "a", "text": "Japan met China on 4 May 2020."}' 'not json' \
  '{"id": "b", "text": "Nothing happened."}' >"$tmp/in.jsonl"
"$parley" code --quiet "$tmp/in.jsonl" >"$tmp/out.jsonl" 2>"$tmp/err.txt"
status=$?
check "bad JSONL line gives exit status 1" test "$status" -eq 1
check "bad JSONL line is named by file and line" grep -q "in.jsonl:2" "$tmp/err.txt"
check "the other documents are still coded" test "$(wc -l <"$tmp/out.jsonl")" -eq 2
check "a document with no event still prints a line" grep -q '"doc":"b"' "$tmp/out.jsonl"

# Standard input.
printf '%s\n' '{"id": "s", "text": "Japan met China."}' | "$parley" code --quiet - >"$tmp/stdin.jsonl"
check "JSON Lines from standard input" grep -q '"doc":"s"' "$tmp/stdin.jsonl"

# TSV: a header and one row per event, the same number of columns in every row.
"$parley" code --quiet --format tsv "$src/examples" >"$tmp/out.tsv"
check "TSV has a header" grep -q "^doc	date	source" "$tmp/out.tsv"
check "TSV rows have as many columns as the header" \
  test "$(awk -F'\t' '{print NF}' "$tmp/out.tsv" | sort -u | wc -l)" -eq 1
check "TSV has events" test "$(wc -l <"$tmp/out.tsv")" -gt 3

# Meetings as TSV.
"$parley" code --quiet --format tsv --meetings "$src/examples" >"$tmp/meetings.tsv"
check "meetings TSV has a header" grep -q "^doc	meeting	name	date	kind" "$tmp/meetings.tsv"
check "meetings TSV has the phone call" grep -q "	call	" "$tmp/meetings.tsv"

# The store: coding the same documents twice duplicates nothing.
"$parley" code --quiet --db "$tmp/p.db" "$src/examples" >/dev/null
"$parley" code --quiet --db "$tmp/p.db" "$src/examples" >/dev/null
count() { python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select count(*) from $2').fetchone()[0])" "$1"; }
rows=$(count "$tmp/p.db" events)
check "the store holds the events" test "$rows" -gt 3
check "coding twice duplicates nothing" test "$rows" -eq "$(($(wc -l <"$tmp/out.tsv") - 1))"
check "one row per document" test "$(count "$tmp/p.db" documents)" -eq "$(ls "$src/examples" | grep -vc README)"

# explain says why a sentence was not coded.
printf 'Japan did not meet China.\n' >"$tmp/neg.txt"
"$parley" explain "$tmp/neg.txt" >"$tmp/explain.txt"
check "explain says why not" grep -q "negated" "$tmp/explain.txt"

# dict check names the file and line of a malformed entry.
mkdir -p "$tmp/dict"
printf 'XXA name: Atlantis\nbroken line\n' >"$tmp/dict/mine.txt"
"$parley" dict check "$tmp/dict" >"$tmp/dict.txt"
check "dict check fails on a malformed line" test $? -eq 1
check "dict check names file and line" grep -q "mine.txt:2" "$tmp/dict.txt"

# Another coder's dictionaries: a TABARI project loads and codes.
tabari="$src/../shared/anchors/TABARI-Code/Validate.project"
if [ -f "$tabari" ]; then
  "$parley" code --quiet --dict "tabari:$tabari" "$src/examples" >"$tmp/tabari.jsonl" 2>/dev/null
  check "codes with a TABARI project added" test "$(wc -l <"$tmp/tabari.jsonl")" -eq 3
else
  check "codes with a TABARI project added (../shared missing)" false
fi

# dict compare: parley's own dictionaries against PETRARCH's Phoenix set, both ways.
phoenix="$src/../shared/anchors/petrarch2/petrarch2/data/dictionaries"
if [ -d "$phoenix" ]; then
  "$parley" dict compare builtin "petrarch:$phoenix" --limit 3 >"$tmp/compare.txt" 2>/dev/null
  check "dict compare runs on the Phoenix dictionaries" test $? -eq 0
  check "dict compare prints six coverage lines" \
    test "$(grep -cE '^  (actors|agents|verbs) +[0-9]+ of [0-9]+ (phrases|patterns) covered' \
      "$tmp/compare.txt")" -eq 6
  check "dict compare prints samples of the gaps" grep -q "missing from B (3 of" "$tmp/compare.txt"
else
  check "dict compare on the Phoenix dictionaries (../shared missing)" false
fi
mkdir -p "$tmp/small"
printf 'XXA name: Atlantis\n040 verb: {meet}\n' >"$tmp/small/small.txt"
"$parley" dict compare builtin "$tmp/small" --format tsv >"$tmp/compare.tsv" 2>/dev/null
check "dict compare --format tsv has a header and six rows" \
  test "$(grep -c '^[ab]_in_[ab]	\(actors\|agents\|verbs\)	[0-9]' "$tmp/compare.tsv")" -eq 6
check "dict compare --format tsv counts a small folder" grep -q '^b_in_a	verbs	1	1	1	0	0	1$' "$tmp/compare.tsv"
"$parley" dict compare builtin 2>/dev/null
check "dict compare needs two dictionaries" test $? -eq 2
"$parley" dict compare builtin builtin --limit many 2>/dev/null
check "dict compare --limit takes a number" test $? -eq 2

# Usage errors.
"$parley" code --format nonsense x 2>/dev/null
check "unknown format is a usage error" test $? -eq 2
"$parley" frobnicate 2>/dev/null
check "unknown command is a usage error" test $? -eq 2

echo "$((total - failures)) passed, $failures failed"
exit $((failures > 0))
