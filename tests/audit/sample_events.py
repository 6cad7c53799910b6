#!/usr/bin/env python3
"""Draw a reproducible random sample of parley events for a hand precision audit.

    # run parley over the unseen corpus and sample 160 events with seed 20261123
    python3 tests/audit/sample_events.py --seed 20261123 -n 160 -o sample.tsv

    # or sample from a saved `parley code --format json` output
    python3 tests/audit/sample_events.py --input pred.jsonl --seed 20261123 -n 160 -o sample.tsv

    # an "after" run: same seed, carry verdicts over for events that did not change
    python3 tests/audit/sample_events.py --seed 20261123 -n 160 \\
        --reuse tests/audit/precision_sample1.tsv -o sample_after.tsv

    # summarise a judged sample (precision overall / per root, verdict counts)
    python3 tests/audit/sample_events.py --summarise tests/audit/precision_sample1.tsv

Every event of every document is collected as (doc id, sentence index, sentence text,
source entity, target entity, cameo code, event date, the document's dateline date); the
events are sorted by (doc, sentence, source, target, cameo) and
random.Random(seed).sample(events, n) draws the sample, so the same parley output and seed
always give the same sample.  The drawn events are written in that sorted order, numbered
from 1, with empty judgement columns for the analyst to fill:

    verdict          correct | wrong_root | wrong_source | wrong_target | wrong_date | not_an_event
    correct_*        what the devset annotation guidelines would code (empty for not_an_event)
    reason           one line naming the rule
"""
import argparse
import collections
import json
import os
import random
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
DEFAULT_BINARY = os.path.join(REPO, "build", "parley")
DEFAULT_CORPUS = "/work/shared/corpora/diplomatic.jsonl"

COLUMNS = ["id", "doc", "sentence_text", "parley_source", "parley_target", "parley_cameo",
           "parley_date", "verdict", "correct_source", "correct_target", "correct_cameo",
           "correct_date", "reason"]
VERDICTS = ["correct", "not_an_event", "wrong_root", "wrong_source", "wrong_target",
            "wrong_date"]


def clean(s):
    """A TSV-safe field: no tabs or newlines, None as empty."""
    if s is None:
        return ""
    return " ".join(str(s).split())


def entity(actor):
    if not actor:
        return ""
    if isinstance(actor, str):
        return actor
    return actor.get("entity") or actor.get("code") or ""


def run_parley(binary, corpus):
    proc = subprocess.run([binary, "code", "--format", "json", "--quiet", corpus],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr.decode("utf-8", "replace"))
        raise SystemExit("parley exited with status %d" % proc.returncode)
    return proc.stdout.decode("utf-8").splitlines()


def collect(lines):
    events = []
    for line in lines:
        line = line.strip()
        if not line:
            continue
        doc = json.loads(line)
        dateline = (doc.get("dateline") or {}).get("date")
        for ev in doc.get("events") or []:
            events.append({
                "doc": doc.get("doc") or "",
                "sentence": ev.get("sentence") if ev.get("sentence") is not None else -1,
                "sentence_text": clean(ev.get("text")),
                "source": entity(ev.get("source")),
                "target": entity(ev.get("target")),
                "cameo": ev.get("cameo") or "",
                "date": ev.get("date") or "",
                "dateline": dateline or "",
            })
    return events


def key(ev):
    return (ev["doc"], ev["sentence"], ev["source"], ev["target"], ev["cameo"])


def sample(events, seed, n):
    events = sorted(events, key=key)
    n = min(n, len(events))
    drawn = random.Random(seed).sample(events, n)
    return sorted(drawn, key=key)


def judged_key(doc, text, source, target, cameo, date):
    return (doc, text, source, target, cameo, date)


def write_tsv(rows, out, reuse=None):
    """reuse: {judged_key: row dict} from an earlier judged sample; identical events keep
    their verdict and correct_* columns (the event must match on every parley field)."""
    out.write("\t".join(COLUMNS) + "\n")
    carried = 0
    for i, ev in enumerate(rows, 1):
        fields = [str(i), ev["doc"], ev["sentence_text"], ev["source"], ev["target"],
                  ev["cameo"], ev["date"], "", "", "", "", "", ""]
        old = (reuse or {}).get(judged_key(ev["doc"], ev["sentence_text"], ev["source"],
                                           ev["target"], ev["cameo"], ev["date"]))
        if old and old.get("verdict"):
            fields[7:] = [old[c] for c in COLUMNS[7:]]
            carried += 1
        out.write("\t".join(clean(f) for f in fields) + "\n")
    return carried


def read_tsv(path):
    """Plain tab-split reader: fields are never quoted (a sentence may begin with '"'),
    so read it this way or with csv.QUOTE_NONE."""
    with open(path, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        rows = []
        for ln, line in enumerate(f, 2):
            line = line.rstrip("\n")
            if not line:
                continue
            parts = line.split("\t")
            if len(parts) != len(header):
                raise SystemExit("%s:%d: %d fields, expected %d" % (path, ln, len(parts), len(header)))
            rows.append(dict(zip(header, parts)))
    return rows


def summarise(path):
    rows = read_tsv(path)
    judged = [r for r in rows if r["verdict"]]
    bad = [r for r in judged if r["verdict"] not in VERDICTS]
    if bad:
        raise SystemExit("unknown verdicts: %s" % sorted({r["verdict"] for r in bad}))
    n = len(judged)
    ok = sum(r["verdict"] == "correct" for r in judged)
    print("judged %d of %d; correct %d; precision %.3f" % (n, len(rows), ok, ok / n if n else 0))
    ok2 = sum(r["verdict"] in ("correct", "wrong_date") for r in judged)
    print("source, target and root right (date ignored, as event_p scores it): %d; %.3f"
          % (ok2, ok2 / n if n else 0))
    print("\nverdicts:")
    for v, c in collections.Counter(r["verdict"] for r in judged).most_common():
        print("  %-14s %4d  %5.1f%%" % (v, c, 100.0 * c / n))
    print("\nper parley CAMEO root (root = first two digits of parley_cameo):")
    by = collections.defaultdict(list)
    for r in judged:
        by[r["parley_cameo"][:2]].append(r["verdict"])
    for root in sorted(by):
        vs = by[root]
        c = sum(v == "correct" for v in vs)
        others = collections.Counter(v for v in vs if v != "correct")
        print("  %s  %3d judged  %3d correct  precision %.2f   %s" % (
            root, len(vs), c, c / len(vs), ", ".join("%s %d" % kv for kv in others.most_common())))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--input", help="saved `parley code --format json` output (JSON Lines); "
                    "default: run parley over the corpus")
    ap.add_argument("--corpus", default=DEFAULT_CORPUS)
    ap.add_argument("--binary", default=DEFAULT_BINARY)
    ap.add_argument("--seed", type=int, default=20261123)
    ap.add_argument("-n", type=int, default=160)
    ap.add_argument("-o", "--output", help="TSV to write (default: standard output)")
    ap.add_argument("--reuse", metavar="JUDGED_TSV",
                    help="carry verdicts over from an earlier judged sample for events that are "
                    "identical in every parley field (for an 'after' run with the same seed)")
    ap.add_argument("--summarise", metavar="JUDGED_TSV",
                    help="print precision figures for a judged sample and exit")
    args = ap.parse_args()

    if args.summarise:
        summarise(args.summarise)
        return

    if args.input:
        with open(args.input, encoding="utf-8") as f:
            lines = f.read().splitlines()
    else:
        lines = run_parley(args.binary, args.corpus)
    events = collect(lines)
    rows = sample(events, args.seed, args.n)
    reuse = None
    if args.reuse:
        reuse = {judged_key(r["doc"], r["sentence_text"], r["parley_source"], r["parley_target"],
                            r["parley_cameo"], r["parley_date"]): r for r in read_tsv(args.reuse)}
    if args.output:
        with open(args.output, "w", encoding="utf-8") as out:
            carried = write_tsv(rows, out, reuse)
    else:
        carried = write_tsv(rows, sys.stdout, reuse)
    sys.stderr.write("%d events in %d documents; sampled %d (seed %d)%s\n" % (
        len(events), len({e["doc"] for e in events}), len(rows), args.seed,
        "; %d verdicts carried over" % carried if reuse is not None else ""))


if __name__ == "__main__":
    main()
