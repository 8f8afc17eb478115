"""Score the coder on PLOVER-labelled news sentences it was never written from.

    python benchmarks/plover_dev.py [--file PATH] [--errors N] [--type T] [--limit N]

Each sentence of ../shared/dev/events/plover_sentences_train.jsonl (see its README) is
coded alone, verbatim, as a user would try tidings on one sentence. Printed:

- coverage: sentences with some event;
- type match: sentences with an event of the labelled PLOVER type (the set's YIELD
  stands for PLOVER 2.0's CONCEDE or RETREAT); an event's type is the code book's PLOVER
  mapping of its CAMEO code, or the lexicon entry's own type;
- per type: n, type match, some event, and in the matches, how often the event's source
  overlaps the gold source (and its target the gold target, where the set gives one);
- ``--errors N``: N sentences with no event of the labelled type, with what was coded.

The data is read at run time from ../shared; nothing of it ships in the package.
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections import Counter, defaultdict
from pathlib import Path

from tidings import Pipeline, Settings
from tidings.records import Actor, Event

DEV = Path(__file__).resolve().parents[2] / "shared" / "dev" / "events" / "plover_sentences_train.jsonl"
# PLOVER 2.0 split YIELD in two; the set keeps the old name
SAME_TYPE = {"YIELD": {"CONCEDE", "RETREAT", "YIELD"}}
STOP = {"the", "a", "an", "of", "and", "in", "on", "for", "to", "s", "'s", "its", "his", "her", "their", "us"}
WORD = re.compile(r"[\w.'-]+")


def gold_span(text: str, phrase: str) -> tuple[int, int] | None:
    """Where the gold phrase is in the sentence (the set may drop a leading article)."""
    if not phrase:
        return None
    at = text.lower().find(phrase.lower())
    return (at, at + len(phrase)) if at >= 0 else None


def overlaps(actor: Actor | None, text: str, phrase: str) -> bool:
    """Whether an event's actor mention and the gold phrase overlap: by span where the phrase
    is found in the sentence, else by a shared content word."""
    if actor is None or not phrase:
        return False
    span = gold_span(text, phrase)
    if span is not None:
        return actor.start < span[1] and span[0] < actor.end
    words = {w.lower().strip(".'") for w in WORD.findall(phrase)} - STOP
    return bool(words & ({w.lower().strip(".'") for w in WORD.findall(actor.text)} - STOP))


def has_target(row: dict) -> bool:
    target = (row.get("target") or "").strip()
    return bool(target) and target.lower() not in ("recipient", "none", "n/a")


def type_of(event: Event) -> str | None:
    return event.plover.type


def describe(e: Event) -> str:
    target = e.target.code if e.target else "-"
    return (f"{e.cameo.code} {type_of(e) or 'dropped'} {e.source.code}[{e.source.text}] -> "
            f"{target}[{e.target.text if e.target else ''}] via {e.pattern}:{e.trigger.text}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--file", type=Path, default=DEV)
    ap.add_argument("--errors", type=int, default=0, help="print N sentences with no event of the labelled type")
    ap.add_argument("--type", default=None, help="only sentences labelled with this type (for --errors)")
    ap.add_argument("--limit", type=int, default=None)
    args = ap.parse_args()
    rows = [json.loads(line) for line in args.file.open(encoding="utf-8") if line.strip()]
    if args.limit:
        rows = rows[:args.limit]
    pipeline = Pipeline(Settings())
    t0 = time.perf_counter()
    docs = {d.doc_id: d for d in pipeline.code_texts(((r["id"], r["text"]) for r in rows), verbatim=True)}
    seconds = time.perf_counter() - t0

    stats: dict[str, Counter] = defaultdict(Counter)
    instead: dict[str, Counter] = defaultdict(Counter)
    misses = []
    for row in rows:
        label, text = row["plover"], row["text"]
        doc = docs[row["id"]]
        events = doc.events if doc.ok else []
        s = stats[label]
        s["n"] += 1
        s["any"] += bool(events)
        wanted = SAME_TYPE.get(label, {label})
        matches = [e for e in events if type_of(e) in wanted]
        if not matches:
            instead[label].update({type_of(e) or "dropped" for e in events} or {"(none)"})
            misses.append((row, events))
            continue
        s["match"] += 1
        # the match that agrees best with the gold arguments speaks for the sentence
        best = max(matches, key=lambda e: (overlaps(e.source, text, row["source"]),
                                           overlaps(e.target, text, row.get("target") or "")))
        s["source"] += overlaps(best.source, text, row["source"])
        if has_target(row):
            s["with_target"] += 1
            s["target"] += overlaps(best.target, text, row["target"])

    total = Counter()
    for s in stats.values():
        total.update(s)

    def pct(a: int, b: int) -> str:
        return f"{100 * a / b:5.1f}%" if b else "    -"

    print(f"PLOVER dev: {total['n']} sentences coded alone in {seconds:.1f} s ({args.file.name})")
    print(f"{'type':<10} {'n':>5} {'type':>7} {'event':>7} {'source':>7} {'target':>7}  instead (misses)")
    for label in sorted(stats, key=lambda t: -stats[t]["n"]):
        s = stats[label]
        top = ", ".join(f"{t} {c}" for t, c in instead[label].most_common(3))
        print(f"{label:<10} {s['n']:>5} {pct(s['match'], s['n'])} {pct(s['any'], s['n'])} "
              f"{pct(s['source'], s['match'])} {pct(s['target'], s['with_target'])}  {top}")
    print(f"{'all':<10} {total['n']:>5} {pct(total['match'], total['n'])} {pct(total['any'], total['n'])} "
          f"{pct(total['source'], total['match'])} {pct(total['target'], total['with_target'])}")
    print(f"type match {pct(total['match'], total['n']).strip()}, some event {pct(total['any'], total['n']).strip()}, "
          f"source overlaps gold in {pct(total['source'], total['match']).strip()} of matches")

    shown = [m for m in misses if args.type is None or m[0]["plover"] == args.type][:args.errors]
    for row, events in shown:
        print(f"\n{row['id']} {row['plover']}: {row['text']}\n  gold: {row['source']} -> {row.get('target')}")
        for e in events:
            print(f"  coded: {describe(e)}")
        if not events:
            print("  coded: nothing")


if __name__ == "__main__":
    main()
