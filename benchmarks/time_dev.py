"""Time expressions against MEANTIME English, TempEval-3 style.

    python benchmarks/time_dev.py [--errors 30] [--limit N]

Codes each document of ../shared/dev/time/meantime_en.jsonl verbatim (spans are the gold's
offsets), anchored on its creation date, and prints extraction precision, recall and F1,
relaxed (any overlap) and strict (same span), with type and value accuracy on the relaxed
matches. As the set's README says: only the annotated sentences count (a timex found
elsewhere is neither right nor wrong) and the dateline timex (the creation date) is left
out of both sides. Source: Minard et al. (2016), MEANTIME, LREC; CC BY 4.0.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from tidings import Pipeline, Settings, ingest
from tidings.records import TimeValue

GOLD = Path(__file__).resolve().parents[2] / "shared" / "dev" / "time" / "meantime_en.jsonl"


def scored_region(rec: dict) -> list[tuple[int, int]]:
    return [tuple(rec["sentences"][i]) for i in rec["annotated_sentences"]]


def inside(span: tuple[int, int], regions: list[tuple[int, int]]) -> bool:
    return any(s <= span[0] < e for s, e in regions)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--errors", type=int, default=0, help="print this many misses, false alarms and wrong values")
    args = ap.parse_args()
    records = [json.loads(line) for line in open(GOLD, encoding="utf-8")][: args.limit]
    pipeline = Pipeline(Settings())
    docs = (ingest.from_text(r["id"], r["text"], published=TimeValue(r["dct"], "day", r["dct"], "metadata"),
                             verbatim=True) for r in records)
    tp_relaxed = tp_strict = n_gold = n_pred = 0
    type_ok = value_ok = 0
    misses, alarms, wrong = [], [], []
    by_type: Counter[str] = Counter()
    by_type_ok: Counter[str] = Counter()
    for rec, doc in zip(records, pipeline.run(docs)):
        regions = scored_region(rec)
        gold = [t for t in rec["timexes"] if not t["is_dct"]]
        dct = next((t for t in rec["timexes"] if t["is_dct"]), None)
        pred = [t for t in doc.timexes if t.start is not None and inside((t.start, t.end), regions)
                and not (dct and t.start < dct["end"] and dct["start"] < t.end)]
        n_gold += len(gold)
        n_pred += len(pred)
        used: set[int] = set()
        for g in gold:
            match = next((p for p in pred if id(p) not in used and p.start < g["end"] and g["start"] < p.end), None)
            by_type[g["type"]] += 1
            if match is None:
                misses.append((rec["id"], g["text"], g["type"], g["value"]))
                continue
            used.add(id(match))
            tp_relaxed += 1
            tp_strict += (match.start, match.end) == (g["start"], g["end"])
            value = match.timex3 or match.value
            type_ok += match.type == g["type"]
            if value == g["value"]:
                value_ok += 1
                by_type_ok[g["type"]] += 1
            else:
                wrong.append((rec["id"], g["text"], g["value"], match.text, value, rec["dct"]))
        alarms.extend((rec["id"], p.text, p.type, p.timex3 or p.value) for p in pred if id(p) not in used)

    def prf(tp: int) -> str:
        p, r = tp / n_pred if n_pred else 0.0, tp / n_gold if n_gold else 0.0
        return f"P {p:.3f}  R {r:.3f}  F1 {2 * p * r / (p + r) if p + r else 0.0:.3f}"

    print(f"MEANTIME English: {len(records)} documents, {n_gold} gold timexes, {n_pred} found")
    print(f"  extraction, relaxed: {prf(tp_relaxed)}")
    print(f"  extraction, strict:  {prf(tp_strict)}")
    if tp_relaxed:
        print(f"  type accuracy on matches:  {type_ok / tp_relaxed:.3f}")
        print(f"  value accuracy on matches: {value_ok / tp_relaxed:.3f} ({value_ok}/{tp_relaxed})")
    print("  value right by gold type: " + ", ".join(f"{k} {by_type_ok[k]}/{v}" for k, v in by_type.most_common()))
    for name, rows in (("missed", misses), ("false alarms", alarms), ("wrong values", wrong)):
        if args.errors:
            print(f"\n{name} ({len(rows)}):")
            for row in rows[: args.errors]:
                print("  ", row)


if __name__ == "__main__":
    main()
