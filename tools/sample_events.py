"""Draw events for a hand check of the coder's precision on real articles.

    python tools/sample_events.py [--n-articles 200] [--sample 50] [--seed 15] [--all all.jsonl] > eval/events_check.jsonl

Codes the benchmark's articles (the first N with text in ../shared/corpus/articles.jsonl, as
benchmarks/bench.py reads them), draws a fixed-seed sample of the events coded, and writes one
JSON line per event with its sentence, actors, CAMEO and PLOVER coding and an empty
``verdict`` for the checker to fill in (``right``, or ``wrong`` with a ``note`` saying why).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

from tidings import Pipeline, Settings, ingest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from bench import load_articles  # noqa: E402  the benchmark's articles, read as it reads them


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n-articles", type=int, default=200)
    ap.add_argument("--sample", type=int, default=50)
    ap.add_argument("--seed", type=int, default=15)
    ap.add_argument("--all", metavar="FILE", help="also write every event coded to FILE (for counting by kind)")
    args = ap.parse_args()
    records = load_articles(args.n_articles)
    docs = (ingest.from_record(r, r["id"]) for r in records)
    events = [e for d in Pipeline(Settings()).run(docs) for e in d.events]
    picked = random.Random(args.seed).sample(events, min(args.sample, len(events)))
    print(f"{len(events)} events coded on {len(records)} articles; {len(picked)} drawn", file=sys.stderr)
    for e in sorted(picked, key=lambda e: (e.doc_id, e.evidence.start)):
        print(json.dumps(record(e), ensure_ascii=False))
    if args.all:
        with open(args.all, "w", encoding="utf-8") as out:
            for e in sorted(events, key=lambda e: (e.doc_id, e.evidence.start)):
                out.write(json.dumps(record(e), ensure_ascii=False) + "\n")


def record(e) -> dict:
    """One event as the checker reads it, with an empty verdict."""
    return {
        "doc_id": e.doc_id, "evidence": e.evidence.text, "start": e.evidence.start, "end": e.evidence.end,
        "trigger": e.trigger.text, "source": e.source.code, "source_text": e.source.text,
        "target": e.target.code if e.target else None, "target_text": e.target.text if e.target else None,
        "cameo": e.cameo.code, "cameo_name": e.cameo.name, "plover": e.plover.type, "status": e.status,
        "pattern": e.pattern, "caption": e.caption, "source_cue": e.source.cue,
        "target_cue": e.target.cue if e.target else None, "verdict": None, "note": None}

if __name__ == "__main__":
    main()
