"""Re-code the articles of hand-checked events and say which events' actors changed.

    python tools/events_recheck.py eval/events_check_seed6151.jsonl [more checks ...]

A checked list (eval/events_check*.jsonl, drawn by tools/sample_events.py from an older state
of the code) holds events with their source and target codes and a judge's verdict and note.
This codes the articles those events come from with the code as it is now and prints, per
list: how many events keep their source and target codes (and so, as far as the actors go,
their verdict), each one whose codes changed, with the judge's note for a person to judge
again, and each one no longer coded (same sentence and trigger).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from open_world_recheck import summary
from tidings import Pipeline, Settings, ingest

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "articles.jsonl"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("checks", nargs="+", type=Path)
    args = ap.parse_args()
    checks = {path: [r for line in path.open(encoding="utf-8") if "doc_id" in (r := json.loads(line))]
              for path in args.checks}
    wanted = {r["doc_id"] for rows in checks.values() for r in rows}
    records = [r for line in CORPUS.open(encoding="utf-8") if (r := json.loads(line)).get("id") in wanted and r.get("text")]
    now: dict[tuple[str, int, str], list] = {}
    for doc in Pipeline(Settings()).run(ingest.from_record(r, r["id"]) for r in records):
        for e in doc.events:
            now.setdefault((doc.doc_id, e.evidence.start, e.trigger.text), []).append(e)
    for path, rows in checks.items():
        kept = {"right": 0, "wrong": 0}
        gone, changed = [], []
        for r in rows:
            events = now.get((r["doc_id"], r["start"], r["trigger"]))
            if not events:
                gone.append(r)
                continue
            # the event of that trigger whose codes are closest to the judged one's
            e = min(events, key=lambda e: (e.source.code != r["source"]) + (code(e.target) != r["target"]))
            if (e.source.code, code(e.target)) == (r["source"], r["target"]):
                kept[r["verdict"]] += 1
            else:
                changed.append((r, e))
        summary(path, len(rows), "actors", kept, len(changed), gone)
        for r, e in changed:
            print(f"  CHANGED [{r['verdict']}] {r['trigger']!r}: {r['source']} -> {r['target']}  now "
                  f"{e.source.code} ({e.source.text!r}) -> {code(e.target)} ({e.target.text if e.target else None!r})"
                  f"\n     {r['evidence'][:300]}\n     note: {r.get('note') or ''}")
        for r in gone:
            print(f"  GONE [{r['verdict']}] {r['trigger']!r} {r['source']} -> {r['target']}  "
                  f"note: {(r.get('note') or '')[:160]}")
    sys.stdout.flush()


def code(actor) -> str | None:
    return actor.code if actor is not None else None


if __name__ == "__main__":
    main()
