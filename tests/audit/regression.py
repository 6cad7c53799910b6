#!/usr/bin/env python3
"""Regression cases from the hand audits: every judged event whose correct coding is clear.

Each row of tests/audit/precision_sample*.tsv is a sentence of ../shared/corpora/diplomatic.jsonl
with parley's coding when it was judged, the verdict, the correct coding and the reason. This
script codes the corpus again and checks each case at the level the dev-set scorer uses
(source, target, CAMEO root):

  - a row judged `correct`, or any row with a correct coding filled in, expects that event
    in that document (from that sentence, or from another sentence that tells the same act,
    since parley codes an act told twice once);
  - a row judged `not_an_event` expects that parley no longer codes its event.

A row of tests/audit/adjudications.tsv for the same sentence and coding replaces the sample's
verdict: it settles a disagreement between samples.

It prints each failing case with its reason and ends with 'N passed, M failed'. Cases that
have never passed are known weaknesses, so the exit status compares the number passing with
--min-pass (the figure reached, recorded in tests/CMakeLists.txt): it fails when fewer pass.

Usage: regression.py PARLEY CORPUS.jsonl [--samples GLOB] [--min-pass N] [--verbose]

The Reuters samples (tests/audit/reuters_sample*.tsv) are checked the same way against
../shared/corpora/reuters21578.jsonl with --samples 'reuters_sample*.tsv'.
"""
import argparse
import glob
import json
import os
import subprocess
import sys


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("parley")
    ap.add_argument("corpus")
    ap.add_argument("--min-pass", type=int, default=0)
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--samples", default="precision_sample*.tsv",
                    help="the judged samples of CORPUS, a glob in tests/audit (default: the "
                         "diplomatic corpus's; reuters_sample*.tsv for the Reuters corpus)")
    args = ap.parse_args()
    if not os.path.exists(args.corpus):
        print(f"regression.py: {args.corpus} not found; put the shared folder beside the repository",
              file=sys.stderr)
        return 2
    out = subprocess.run([args.parley, "code", "--quiet", "--format", "json", args.corpus],
                         check=True, capture_output=True, text=True).stdout
    coded = set()
    in_doc = set()  # (doc, source, target, root): an act coded from any sentence of the document
    for line in out.splitlines():
        doc = json.loads(line)
        for e in doc["events"]:
            target = (e["target"] or {}).get("entity") or ""
            coded.add((doc["doc"], " ".join(e["text"].split()), e["source"]["entity"], target,
                       e["root"]))
            in_doc.add((doc["doc"], e["source"]["entity"], target, e["root"]))
    here = os.path.dirname(os.path.abspath(__file__))
    # Verdicts that settle a disagreement between samples replace the earlier ones.
    settled = {}
    adjudications = os.path.join(here, "adjudications.tsv")
    if os.path.exists(adjudications):
        with open(adjudications, encoding="utf-8") as fh:
            header = fh.readline().rstrip("\n").split("\t")
            for line in fh:
                row = dict(zip(header, line.rstrip("\n").split("\t")))
                settled[(row["doc"], " ".join(row["sentence_text"].split()), row["parley_source"],
                         row["parley_target"], row["parley_cameo"][:2])] = row
    passed = failed = 0
    for path in sorted(glob.glob(os.path.join(here, args.samples))):
        with open(path, encoding="utf-8") as fh:
            header = fh.readline().rstrip("\n").split("\t")
            for line in fh:
                row = dict(zip(header, line.rstrip("\n").split("\t")))
                text = " ".join(row["sentence_text"].split())
                row = settled.get((row["doc"], text, row["parley_source"], row["parley_target"],
                                   row["parley_cameo"][:2]), row)
                verdict = row["verdict"]
                if verdict == "not_an_event":
                    key = (row["doc"], text, row["parley_source"], row["parley_target"],
                           row["parley_cameo"][:2])
                    ok, want = key not in coded, "no event"
                elif row.get("correct_source") and row.get("correct_cameo"):
                    key = (row["doc"], text, row["correct_source"], row.get("correct_target", ""),
                           row["correct_cameo"][:2])
                    # An act told twice (headline and body) is coded once, where its date is
                    # stated: the document must hold it, from this sentence or another.
                    ok = key in coded or (key[0], key[2], key[3], key[4]) in in_doc
                    want = f"{key[2]} {row['correct_cameo']} {key[3] or '-'}"
                else:
                    continue
                if ok:
                    passed += 1
                else:
                    failed += 1
                    if args.verbose:
                        print(f"FAIL {os.path.basename(path)}#{row['id']} {row['doc']}: want {want}"
                              f" | {text[:110]}\n     reason: {row['reason'][:160]}")
    print(f"{passed} passed, {failed} failed")
    if passed < args.min_pass:
        print(f"regression.py: {passed} cases pass, fewer than the {args.min_pass} reached before",
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
