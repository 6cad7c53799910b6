#!/usr/bin/env python3
"""A whole-corpus run, read for its shape: how many events each document gets, how many get
none, which codes and actors dominate, and anything that looks like a flood.

A flood is one code, one actor or one document taking far more of the events than texts of
this kind justify. The thresholds are rules of thumb from event data sets: one CAMEO code over
25% of all events, one source actor over 20%, or one document over 10%. Each is printed as a
warning with the examples to read, not as a failure: the judgement is the reader's.

Usage: corpus_report.py [--binary build/parley] [--corpus ../shared/corpora/diplomatic.jsonl]
                        [--input saved.jsonl] [--markdown]
"""
import argparse
import collections
import os
import sys

from coded import coded_documents

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def bucket(n):
    if n <= 2:
        return str(n)
    if n <= 5:
        return "3-5"
    if n <= 10:
        return "6-10"
    return "11+"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--binary", default=os.path.join(ROOT, "build", "parley"))
    ap.add_argument("--corpus", default=os.path.join(ROOT, "..", "shared", "corpora",
                                                     "diplomatic.jsonl"))
    ap.add_argument("--input", help="saved `parley code --format json` output instead of a run")
    args = ap.parse_args()

    docs = coded_documents("corpus_report.py", args.binary, args.corpus, args.input)
    events = [(d["doc"], e) for d in docs for e in d.get("events", [])]
    meetings = sum(len(d.get("meetings", [])) for d in docs)
    n_docs, n_events = len(docs), len(events)
    per_doc = collections.Counter(len(d.get("events", [])) for d in docs)
    none = per_doc.get(0, 0)

    print(f"documents: {n_docs}")
    print(f"events: {n_events}  ({n_events / max(n_docs, 1):.2f} per document)")
    print(f"meetings: {meetings}")
    print(f"documents with no event: {none} ({100 * none / max(n_docs, 1):.0f}%)")
    print("\nevents per document:")
    hist = collections.Counter()
    for n, c in per_doc.items():
        hist[bucket(n)] += c
    for b in ["0", "1", "2", "3-5", "6-10", "11+"]:
        print(f"  {b:>5}: {hist.get(b, 0)}")

    codes = collections.Counter(e["cameo"] for _, e in events)
    roots = collections.Counter(e["root"] for _, e in events)
    sources = collections.Counter(e["source"]["entity"] for _, e in events)
    targets = collections.Counter((e.get("target") or {}).get("entity", "-") for _, e in events)
    by_doc = collections.Counter(doc for doc, _ in events)

    def top(counter, k=10):
        return ", ".join(f"{key} {n} ({100 * n / max(n_events, 1):.0f}%)"
                         for key, n in counter.most_common(k))

    print(f"\ntop codes: {top(codes)}")
    print(f"top roots: {top(roots)}")
    print(f"top sources: {top(sources)}")
    print(f"top targets: {top(targets)}")
    print(f"untargeted events: {targets.get('-', 0)}")

    warnings = []
    for code, n in codes.items():
        if n > 0.25 * n_events:
            warnings.append(f"code {code} is {100 * n / n_events:.0f}% of all events")
    for src, n in sources.items():
        if n > 0.20 * n_events:
            warnings.append(f"source {src} is {100 * n / n_events:.0f}% of all events")
    for doc, n in by_doc.items():
        if n > 0.10 * n_events:
            warnings.append(f"document {doc} has {n} events ({100 * n / n_events:.0f}%)")
    print("\nflood check: " + ("none" if not warnings else ""))
    for w in warnings:
        print(f"  WARNING {w}")
    print(f"most events in one document: {', '.join(f'{d} {n}' for d, n in by_doc.most_common(5))}")


if __name__ == "__main__":
    main()
