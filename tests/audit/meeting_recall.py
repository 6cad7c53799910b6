#!/usr/bin/env python3
"""Meeting precision and recall as the annotation guidelines define them.

../shared/devset/README.md says: "Items marked `date_uncertain` should be matched without the
date." The shared scorer (devkit/score.py) matches every meeting by date and parties, so a gold
meeting whose date the annotator took from the source's metadata (flagged `date_uncertain`)
can only be matched by guessing that metadata. This script scores meetings both ways:

  strict     every gold meeting matched by date (to the gold's precision) and parties
             (Jaccard >= 0.5), as devkit/score.py does;
  guidelines the same, but a gold meeting marked `date_uncertain` is matched by parties alone.

Gold meetings marked `uncertain` count neither way (a prediction matching one is neutral).

Usage: meeting_recall.py --gold DIR --pred FILE.jsonl
"""
import argparse
import json
import os
import sys


def entity(party):
    if isinstance(party, dict):
        party = party.get("entity")
    return party.strip().upper() if isinstance(party, str) and party.strip() else None


def parties(meeting):
    return {e for e in (entity(p) for p in meeting.get("parties") or []) if e}


def date_ok(pred, gold):
    return bool(pred) and bool(gold) and str(pred)[: len(gold)] == gold


def best(gold, preds, used, waive_uncertain_date):
    found, found_j = None, 0.5
    for i, p in enumerate(preds):
        if i in used:
            continue
        if not (waive_uncertain_date and gold.get("date_uncertain")):
            if not date_ok(p.get("date"), gold.get("date")):
                continue
        a, b = parties(gold), parties(p)
        j = len(a & b) / len(a | b) if a | b else 0.0
        if j >= found_j:
            found, found_j = i, j
    return found


def score(gold_docs, pred_docs, waive):
    tp = n_pred = n_gold = 0
    for name, g in gold_docs.items():
        preds = list((pred_docs.get(name) or {}).get("meetings") or [])
        used = set()
        for m in [m for m in g.get("meetings") or [] if m.get("uncertain")]:
            i = best(m, preds, used, waive)
            if i is not None:
                preds.pop(i)
        for m in [m for m in g.get("meetings") or [] if not m.get("uncertain")]:
            n_gold += 1
            i = best(m, preds, used, waive)
            if i is not None:
                used.add(i)
                tp += 1
        n_pred += len(preds)
    return tp, n_pred, n_gold


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gold", required=True, help="folder of gold JSON files, one per document")
    ap.add_argument("--pred", required=True, help="`parley code --format json` output")
    args = ap.parse_args()
    gold = {}
    for name in sorted(os.listdir(args.gold)):
        if name.endswith(".json"):
            with open(os.path.join(args.gold, name), encoding="utf-8") as fh:
                doc = json.load(fh)
            gold[os.path.basename(doc.get("doc") or name)] = doc
    pred = {}
    with open(args.pred, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                doc = json.loads(line)
                pred[os.path.basename(str(doc["doc"]))] = doc
    for label, waive in (("strict", False), ("guidelines", True)):
        tp, n_pred, n_gold = score(gold, pred, waive)
        p = tp / n_pred if n_pred else 0.0
        r = tp / n_gold if n_gold else 0.0
        print(f"{label:10s} meeting_p {p:.3f} ({tp}/{n_pred})  meeting_r {r:.3f} ({tp}/{n_gold})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
