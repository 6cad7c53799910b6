#!/usr/bin/env python3
"""Recall audit (issue 9, item 3): draw 30 documents from the diplomatic corpus reproducibly.

Usage: recall_sample.py [CORPUS] [--jsonl OUT]
Prints the 30 sampled ids (one per line); with --jsonl, also writes those documents
(in sample order) to OUT for `parley code --format json OUT`.
"""
import argparse
import json
import random

ap = argparse.ArgumentParser()
ap.add_argument("corpus", nargs="?", default="/work/shared/corpora/diplomatic.jsonl")
ap.add_argument("--jsonl", help="write the sampled documents here")
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
