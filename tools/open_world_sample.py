"""List a random sample of the open-world actor mentions (people and organizations the
actor tables do not know) in real articles, for a hand check of their countries.

    python tools/open_world_sample.py [--articles 150] [--mentions 100] [--seed 16] > sample.jsonl

Codes ``--articles`` articles drawn at random (fixed seed) from
../shared/corpus/articles.jsonl and prints ``--mentions`` of their open-world person and
organization mentions, drawn at random (same seed), one JSON line each: the document, the
mention and its span (offsets into the cleaned text that `tidings show DOC_ID` prints, not the
raw corpus line), the resolved country, sector and cue, and the sentence around it.
The checked lists with verdicts are eval/open_world_actors_check*.jsonl (see eval/README.md):
the seed-13 draw is the tuning set; draw with another seed to judge the code on text not tuned on.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

from tidings import Pipeline, Settings, ingest

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "articles.jsonl"


def sentence(text: str, start: int, end: int) -> str:
    """The sentence (or line) around a span, roughly: from the last stop before it to the next after it."""
    left = max(text.rfind("\n", 0, start), max((m.end() for m in re.finditer(r"[.!?][\"”’]?\s", text[:start])),
                                                default=0))
    m = re.search(r"[.!?][\"”’]?(?:\s|$)|\n", text[end:])
    right = end + m.end() if m else len(text)
    return " ".join(text[max(left, 0):right].split())


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=150)
    ap.add_argument("--mentions", type=int, default=100)
    ap.add_argument("--seed", type=int, default=16)
    args = ap.parse_args()
    records = [json.loads(line) for line in CORPUS.open(encoding="utf-8")]
    records = [r for r in records if r.get("text")]
    rng = random.Random(args.seed)
    chosen = rng.sample(records, args.articles)
    pipeline = Pipeline(Settings())
    found = []
    for doc in pipeline.run(ingest.from_record(r, r["id"]) for r in chosen):
        for a in doc.actors:
            if a.kind in ("person", "organization") and a.cue != "table":
                found.append({"doc_id": doc.doc_id, "text": a.text, "start": a.start, "end": a.end, "kind": a.kind,
                              "name": a.name, "country": a.country, "sector": a.sector, "cue": a.cue,
                              "sentence": sentence(doc.text, a.start, a.end)})
    for item in rng.sample(found, min(args.mentions, len(found))):
        sys.stdout.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(f"{len(found)} open-world mentions in {args.articles} articles; {min(args.mentions, len(found))} listed",
          file=sys.stderr)


if __name__ == "__main__":
    main()
