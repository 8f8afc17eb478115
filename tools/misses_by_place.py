"""Where the coder misses gold events: in the headline or the body, and why.

    python tools/misses_by_place.py eval/tune [--list]

Codes the gold documents, matches events as ``tidings eval`` does (strict: evidence overlap,
source, target, CAMEO root), and counts the gold events found and missed by place (the
headline, the first paragraph of a text with more than one; the body, the rest). Each miss
gets a reason: ``no event`` (nothing coded over its evidence), ``no trigger`` (of those, the
sentence holds no lexicon word, so it was not even parsed), or the first thing that is wrong
in the nearest event coded over it (``source``, ``target``, ``code``). For tuning sets only:
never run it on eval/blind.
"""

from __future__ import annotations

import argparse
from collections import Counter

from tidings import Pipeline, Settings
from tidings.evaluation import _event_same, _match, actor_key, from_documents, load_gold, overlaps
from tidings.events.chunks import split_sentences
from tidings.lexicon import has_trigger
from tidings.records import Document


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--list", action="store_true", help="print every miss with its place and reason")
    args = ap.parse_args()
    if any("blind" in p for p in args.paths):
        raise SystemExit("the blind set is scored in aggregate only: use `tidings eval eval/blind`")
    gold = load_gold(args.paths)
    pipe = Pipeline(Settings())
    docs = [Document(**{f: getattr(g.doc, f) for f in ("doc_id", "text", "title", "published", "url", "outlet",
                                                       "byline", "path", "captions", "removed")}) for g in gold]
    preds = from_documents(pipe.run(docs))
    counts: Counter[tuple[str, str]] = Counter()
    for gd in gold:
        text = gd.doc.text
        head_end = text.find("\n\n")
        events = preds[gd.doc.doc_id].events
        found = {gi for gi, _ in _match(gd.events, events, _event_same("strict"))}
        for gi, g in enumerate(gd.events):
            place = "headline" if 0 <= g.evidence.start < head_end else "body"
            if gi in found:
                counts[place, "found"] += 1
                continue
            why = _reason(g, events, text, pipe)
            counts[place, why] += 1
            if args.list:
                print(f"{place:8} {why:10} {gd.doc.doc_id} {g.source}->{g.target} {g.cameo}: {g.evidence.text[:90]!r}")
    for place in ("headline", "body"):
        row = {k[1]: v for k, v in counts.items() if k[0] == place}
        total = sum(row.values())
        print(f"{place}: {total} gold, {row.get('found', 0)} found, {total - row.get('found', 0)} missed: "
              + ", ".join(f"{k} {v}" for k, v in sorted(row.items(), key=lambda kv: -kv[1]) if k != "found"))


def _reason(g, events: list[dict], text: str, pipe: Pipeline) -> str:
    over = [e for e in events if overlaps(e["evidence"]["start"], e["evidence"]["end"], g.evidence)]
    if not over:
        sentence = next((text[s:e] for para_start, para in _paragraphs(text)
                         for s, e in split_sentences(para, para_start) if s <= g.evidence.start < e), "")
        return "no event" if has_trigger(sentence, pipe.lexicon) else "no trigger"
    if any(e["cameo"]["code"][:2] == g.cameo[:2] for e in over):
        right_code = [e for e in over if e["cameo"]["code"][:2] == g.cameo[:2]]
        return "target" if any(actor_key(e.get("source")) == g.source for e in right_code) else "source"
    return "code"


def _paragraphs(text: str):
    offset = 0
    for para in text.split("\n\n"):
        yield offset, para
        offset += len(para) + 2


if __name__ == "__main__":
    main()
