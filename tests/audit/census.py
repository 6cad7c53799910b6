#!/usr/bin/env python3
"""Precision of parley's whole output on the diplomatic corpus, from every hand judgement.

The precision samples (tests/audit/precision_sample*.tsv) between them judged most of the
events parley codes on ../shared/corpora/diplomatic.jsonl. This script codes the corpus again
and looks each event up among the judgements by (document, sentence, source, target, CAMEO
root), the latest sample first, and tests/audit/adjudications.tsv (verdicts that settle a
disagreement between samples) over all of them:

  - source, target and root right: the verdict was `correct` or `wrong_date`;
  - strictly right: also the date, i.e. the event's date now equals the date the annotator
    gave as correct (or, for a `correct` verdict with no correct date written, the date it had
    when judged).

It prints precision over the judged events, how many events no judgement covers (they are
listed with --unjudged, in the samples' TSV layout, so they can be judged and added), and the
figures per CAMEO root.

Usage: census.py [--binary build/parley] [--corpus ../shared/corpora/diplomatic.jsonl]
                 [--input saved.jsonl] [--unjudged OUT.tsv]
"""
import argparse
import collections
import glob
import os
import sys

from coded import coded_documents

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
COLUMNS = ["id", "doc", "sentence_text", "parley_source", "parley_target", "parley_cameo",
           "parley_date", "verdict", "correct_source", "correct_target", "correct_cameo",
           "correct_date", "reason"]


def norm(text):
    return " ".join(text.split())


def judgements(pattern):
    """(doc, sentence, source, target, root) -> the latest judged row."""
    table = {}
    paths = sorted(glob.glob(pattern))
    # Later verdicts settle disagreements between samples: read last, they override.
    adjudications = os.path.join(HERE, "adjudications.tsv")
    if "precision_sample" in pattern and os.path.exists(adjudications):
        paths.append(adjudications)
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            header = fh.readline().rstrip("\n").split("\t")
            for line in fh:
                row = dict(zip(header, line.rstrip("\n").split("\t")))
                if not row.get("verdict"):
                    continue
                key = (row["doc"], norm(row["sentence_text"]), row["parley_source"],
                       row["parley_target"], row["parley_cameo"][:2])
                table[key] = row  # later samples override earlier ones
    return table


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--binary", default=os.path.join(ROOT, "build", "parley"))
    ap.add_argument("--corpus", default=os.path.join(ROOT, "..", "shared", "corpora",
                                                     "diplomatic.jsonl"))
    ap.add_argument("--input", help="saved `parley code --format json` output instead of a run")
    ap.add_argument("--judgements", default=os.path.join(HERE, "precision_sample*.tsv"),
                    help="the judged samples to read (a glob; default: the diplomatic ones)")
    ap.add_argument("--unjudged", help="write the events no judgement covers to this TSV")
    ap.add_argument("--wrong", help="write the judged events that are not strictly right to this "
                    "TSV, with their judgement")
    args = ap.parse_args()
    docs = coded_documents("census.py", args.binary, args.corpus, args.input)
    table = judgements(args.judgements)
    total = judged = loose = strict = 0
    per_root = collections.defaultdict(lambda: [0, 0, 0])
    unjudged, wrong = [], []
    for doc in docs:
        for e in doc["events"]:
            total += 1
            target = (e["target"] or {}).get("entity") or ""
            key = (doc["doc"], norm(e["text"]), e["source"]["entity"], target, e["cameo"][:2])
            row = table.get(key)
            if row is None:
                unjudged.append((doc["doc"], norm(e["text"]), e["source"]["entity"], target,
                                 e["cameo"], e["date"] or ""))
                continue
            judged += 1
            right = row["verdict"] in ("correct", "wrong_date")
            if row.get("correct_date"):
                on_day = (e["date"] or "") == row["correct_date"]
            else:
                on_day = row["verdict"] == "correct" and (e["date"] or "") == row["parley_date"]
            loose += right
            strict += right and on_day
            if not (right and on_day):
                wrong.append([doc["doc"], norm(e["text"]), e["source"]["entity"], target,
                              e["cameo"], e["date"] or "", row["verdict"], row["correct_source"],
                              row["correct_target"], row["correct_cameo"], row["correct_date"],
                              row["reason"]])
            stats = per_root[e["cameo"][:2]]
            stats[0] += 1
            stats[1] += right
            stats[2] += right and on_day
    print(f"events: {total}; judged: {judged}; not judged: {total - judged}")
    if judged:
        print(f"source, target and root right: {loose} / {judged} = {loose / judged:.3f}")
        print(f"and the date too:              {strict} / {judged} = {strict / judged:.3f}")
    for root in sorted(per_root):
        n, r, s = per_root[root]
        print(f"  root {root}: {n:3d} judged, {r:3d} right ({r / n:.2f}), {s:3d} with the date")
    if args.unjudged:
        with open(args.unjudged, "w", encoding="utf-8") as fh:
            fh.write("\t".join(COLUMNS) + "\n")
            for i, u in enumerate(sorted(unjudged), 1):
                fh.write("\t".join([str(i), *u] + [""] * 6) + "\n")
    if args.wrong:
        with open(args.wrong, "w", encoding="utf-8") as fh:
            fh.write("\t".join(COLUMNS) + "\n")
            for i, w in enumerate(wrong, 1):
                fh.write("\t".join([str(i), *w]) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
