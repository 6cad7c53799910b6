#!/usr/bin/env python3
"""Recall audit (issue 9, item 3): draw 30 documents from the diplomatic corpus reproducibly.

    random.Random(20261123).sample(sorted(ids), 30)

Usage:
  recall_sample.py [CORPUS] [--jsonl OUT] [--split-gold DIR]

Prints the 30 sampled ids, one per line, in sample order.
  --jsonl OUT       also write those documents (sample order) to OUT, for
                    `build/parley code --format json OUT`
  --split-gold DIR  also write tests/audit/recall_gold.jsonl as one JSON file per
                    document into DIR, the layout devkit/score.py --gold expects

Reproduce the audit figures:
  python3 tests/audit/recall_sample.py --jsonl /tmp/recall30.jsonl --split-gold /tmp/recall_gold
  build/parley code --format json /tmp/recall30.jsonl > /tmp/recall30.pred.jsonl
  python3 ../shared/devkit/score.py --gold /tmp/recall_gold --pred /tmp/recall30.pred.jsonl
"""
import argparse
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))

ap = argparse.ArgumentParser()
ap.add_argument("corpus", nargs="?", default="/work/shared/corpora/diplomatic.jsonl")
ap.add_argument("--jsonl", help="write the sampled documents here")
ap.add_argument("--split-gold", metavar="DIR", help="write recall_gold.jsonl as DIR/<id>.json")
args = ap.parse_args()

docs = {}
with open(args.corpus, encoding="utf-8") as fh:
    for line in fh:
        if line.strip():
            d = json.loads(line)
            docs[d["id"]] = d

ids = random.Random(20261123).sample(sorted(docs), 30)
for i in ids:
    print(i)

if args.jsonl:
    with open(args.jsonl, "w", encoding="utf-8") as out:
        for i in ids:
            out.write(json.dumps(docs[i], ensure_ascii=False) + "\n")

if args.split_gold:
    os.makedirs(args.split_gold, exist_ok=True)
    with open(os.path.join(HERE, "recall_gold.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                g = json.loads(line)
                with open(os.path.join(args.split_gold, g["doc"] + ".json"), "w", encoding="utf-8") as out:
                    json.dump(g, out, ensure_ascii=False, indent=1)
