#!/usr/bin/env python3
"""parley on the PLOVER gold standard records: sentences nobody tuned parley to.

../shared/anchors/PLOVER/gold_standard_records/PLOVER_GSR_CAMEO.txt holds the example sentences
of the CAMEO manual, each coded by the PLOVER authors with one event: its type (PLOVER 0.5),
and the source and target actors with their codes. This script codes every sentence with
parley (the record's date is given with it) and compares, sentence by sentence:

  - an event of parley matches the record when its CAMEO root is the one the record's type
    stands for and its source is one of the record's sources, and its target one of the
    record's targets (or both have none; or, with no target in the record, another of its
    sources, as in "Jordan and Britain have agreed"). Actor codes are compared on parley's
    entity key and CAMEO actor code against the start of the record's code ("ISRMIL" is ISR),
    with CAMEO's old country codes ("JAP", "ITL") read as ISO's, and the record's "IGO"
    standing for any international organisation;
  - precision: matching events / events parley coded; recall: records with a matching event /
    records. A looser figure compares the root alone.

The sentences come from a codebook, not from press releases: many are about rebels, crowds
and police, which the devset guidelines leave uncoded, so recall here is not the audit's
recall. Precision says how often what parley codes is what the codebook meant.

Usage: plover_gsr.py [--binary build/parley] [--anchors ../shared/anchors] [--list-wrong]
                     [--min-precision P]
"""
import argparse
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

# The records' PLOVER 0.5 types, by the CAMEO root each was written for (PLOVER has since
# merged and renamed some: DEMAND into REQUEST, DISAPPROVE into ACCUSE, FIGHT into ASSAULT).
ROOTS = {"AGREE": "03", "CONSULT": "04", "SUPPORT": "05", "COOPERATE": "06", "AID": "07",
         "CONCEDE": "08", "RETREAT": "08", "INVESTIGATE": "09", "DEMAND": "10",
         "DISAPPROVE": "11", "REJECT": "12", "THREATEN": "13", "PROTEST": "14",
         "MOBILIZE": "15", "SANCTION": "16", "COERCE": "17", "ASSAULT": "18", "FIGHT": "19"}
# CAMEO's own country codes where they differ from ISO 3166.
ALIASES = {"JAP": "JPN", "ITL": "ITA", "GER": "DEU", "SPN": "ESP", "POR": "PRT"}


def codes(actors):
    """The record's actor codes: a list of {"code"}, one such object, or a bare string."""
    if isinstance(actors, (dict, str)):
        actors = [actors]
    out = []
    for a in actors or []:
        code = a.get("code", "") if isinstance(a, dict) else str(a)
        if code:
            out.append(ALIASES.get(code[:3], code[:3]) + code[3:])
    return out


def agrees(actor, gold_codes, organisation):
    """parley's actor (or None) against the record's codes."""
    if not actor:
        return not gold_codes
    if organisation(actor) and any(g.startswith("IGO") for g in gold_codes):
        return True
    keys = [actor.get("entity") or "", actor.get("code") or ""]
    return any(k and (g.startswith(k) or k.startswith(g)) for k in keys for g in gold_codes)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--binary", default=os.path.join(ROOT, "build", "parley"))
    ap.add_argument("--anchors", default=os.path.join(ROOT, "..", "shared", "anchors"))
    ap.add_argument("--list-wrong", action="store_true",
                    help="print parley's events that match no record")
    ap.add_argument("--min-precision", type=float, default=0.0,
                    help="fail (exit 1) when precision (root, source, target) is lower")
    args = ap.parse_args()
    path = os.path.join(args.anchors, "PLOVER", "gold_standard_records", "PLOVER_GSR_CAMEO.txt")
    if not os.path.exists(path):
        print(f"plover_gsr.py: {path} not found; put the shared folder beside the repository",
              file=sys.stderr)
        return 2
    with open(path, encoding="utf-8") as fh:
        records = [r for r in json.load(fh) if r.get("text")]
    lines = "".join(json.dumps({"id": r["id"], "date": r.get("date"), "text": r["text"]}) + "\n"
                    for r in records)
    out = subprocess.run([args.binary, "code", "--quiet", "--format", "json", "-"], input=lines,
                         check=True, capture_output=True, text=True).stdout
    coded = {}
    for line in out.splitlines():
        doc = json.loads(line)
        coded[doc["doc"]] = doc["events"]

    def organisation(actor):  # parley keys states by ISO alpha-3; organisations otherwise
        code = actor.get("code") or ""
        return len(actor.get("entity") or "") != 3 or code.startswith("IGO")

    n_events = right = loose = found = found_root = 0
    for r in records:
        src, tgt = codes(r.get("source")), codes(r.get("target"))
        root = ROOTS.get(r["event"])
        any_match = any_root = False
        for e in coded.get(r["id"], []):
            n_events += 1
            same_root = e["cameo"][:2] == root
            target = e.get("target")
            match = same_root and agrees(e["source"], src, organisation) and (
                agrees(target, tgt, organisation) or
                (not tgt and target and agrees(target, src, organisation)))
            right += match
            loose += same_root
            any_match |= match
            any_root |= same_root
            if args.list_wrong and not match:
                print(f"{r['id']}: parley {e['source']['entity']} {e['cameo']} "
                      f"{(target or {}).get('entity', '-')}; record {src} {r['event']} ({root}) "
                      f"{tgt} | {r['text'][:110]}")
        found += any_match
        found_root += any_root
    n = len(records)
    print(f"records: {n}; parley events: {n_events}; records with an event: "
          f"{sum(1 for r in records if coded.get(r['id']))}")
    if n_events:
        print(f"precision (root, source, target): {right} / {n_events} = {right / n_events:.3f}")
        print(f"precision (root only):            {loose} / {n_events} = {loose / n_events:.3f}")
    print(f"recall (root, source, target):    {found} / {n} = {found / n:.3f}")
    print(f"recall (root only):               {found_root} / {n} = {found_root / n:.3f}")
    if n_events and right / n_events < args.min_precision:
        print(f"plover_gsr.py: precision {right / n_events:.3f} is below {args.min_precision}",
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
