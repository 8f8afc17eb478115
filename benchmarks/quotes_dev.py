"""Quotes and speakers scored on the PolNeAR dev split (../shared/dev/quotes/README.md).

    python benchmarks/quotes_dev.py [--limit N] [--errors] [--file PATH] [--attributions speech|all]

Each article is coded verbatim (``Pipeline.code_texts(pairs, verbatim=True)``), so every
quote's start/end are offsets into the article's own text, the gold's offsets, with the default
settings unless ``--attributions`` says otherwise.

What the numbers mean:
- **direct quotes**: gold attributions with ``direct`` true (their content holds a quotation
  mark; mixed quotes count) against the predicted quotes of kind ``direct`` or ``mixed`` that
  are not fragments. A prediction matches a gold attribution when it covers at least 30% of
  the gold content's characters (content spans may be discontinuous); matching is one to one,
  gold in text order taking the free prediction that covers most of it. Recall = matched gold /
  gold. Precision = correct predictions / predictions, where a prediction is correct when it
  is matched, or when it covers 30% of any gold attribution's content, or lies mostly (>= 50%
  of its characters) inside one (a quotation the gold keeps as one attribution with several
  content spans, '"A," he said. "B."', is two predictions, both right). A prediction lying
  mostly inside a span the annotators set aside (``discard_discuss``) is not counted.
- **speaker**: on matched direct quotes whose gold has a source. A speaker is right when its
  span overlaps the gold source span, or when its name and the gold source share a name word
  ('Mr. Clarke' and 'David Clarke'; the quotation whose attribution came from the one before).
  Scored apart for gold sources that are a bare pronoun ('he', 'she', 'they', 'I', 'who'),
  since the gold does not resolve them: there the speaker mention must overlap the pronoun.
- **indirect**: gold attributions with ``direct`` false and a source, against predicted quotes of
  kind ``indirect``, by the same 30% rule and the same precision rule. The quotations the direct
  pass left unmatched may match too (counted as predicted only when they do): the ``direct`` flag
  is the README's heuristic, so a quote printed with two apostrophes (''...'') is gold 'indirect'.
  This is reported speech as tidings codes it by default (docs/annotation.md item 8).
- **attributions**: the same gold against the predicted quotes of kind ``indirect`` or ``act``.
  PolNeAR counts every attribution, speech acts, stances and intentions too ('called for new
  tariffs', 'urged supporters to vote', 'wants to triple the program'), which the default
  ``Settings(attributions="all")`` records as kind ``act``; this is the line that meets PolNeAR's
  convention (with ``--attributions speech`` it is the indirect line).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from tidings import Pipeline, Settings

DEV = Path(__file__).resolve().parents[2] / "shared" / "dev" / "quotes" / "polnear_dev.jsonl"
PRONOUNS = {"he", "she", "they", "i", "we", "you", "it", "who", "which", "that", "his", "her", "their",
            "him", "them", "me", "us", "whom", "its", "our", "my", "one"}
NAME_WORD = re.compile(r"[A-Z][\w'’.-]*[a-z]")
COVER, INSIDE = 0.30, 0.50


def overlap(start: int, end: int, spans: list[list[int]]) -> int:
    return sum(max(0, min(end, e) - max(start, s)) for s, e in spans)


def length(spans: list[list[int]]) -> int:
    return sum(e - s for s, e in spans)


def covers(pred: tuple[int, int], gold: dict) -> bool:
    spans = gold["content"]["spans"]
    return overlap(*pred, spans) >= COVER * length(spans)


def inside(pred: tuple[int, int], spans: list[list[int]]) -> bool:
    return pred[1] > pred[0] and overlap(*pred, spans) >= INSIDE * (pred[1] - pred[0])


class Score:
    def __init__(self) -> None:
        self.correct = self.predicted = self.matched = self.gold = 0

    def line(self, name: str) -> str:
        p = self.correct / self.predicted if self.predicted else 0.0
        r = self.matched / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return (f"{name:<16} P {p:.3f}  R {r:.3f}  F1 {f:.3f}   "
                f"(correct {self.correct}/{self.predicted} predicted, matched {self.matched}/{self.gold} gold)")


def match(golds: list[dict], preds: list, every: list[dict], discard: list[list[int]], score: Score,
          errors: list[str], label: str, text: str, extra: list | None = None) -> list[tuple[dict, object]]:
    """One-to-one matches of ``golds`` and ``preds`` (and of ``extra``, predictions that count
    only when matched); adds to ``score``; misses and alarms to ``errors``."""
    n_own = len(preds)
    preds = preds + (extra or [])
    free = set(range(len(preds)))
    pairs = []
    for g in sorted(golds, key=lambda g: g["content"]["spans"][0][0]):
        best = max((i for i in free if covers((preds[i].start, preds[i].end), g)),
                   key=lambda i: overlap(preds[i].start, preds[i].end, g["content"]["spans"]), default=None)
        if best is None:
            cue = (g.get("cue") or {}).get("text")
            errors.append(f"  {label} miss   [{(g['source'] or {}).get('text')}] <{cue}> {g['content']['text'][:110]!r}")
            continue
        free.discard(best)
        pairs.append((g, preds[best]))
    score.gold += len(golds)
    score.matched += len(pairs)
    for i, q in enumerate(preds):
        span = (q.start, q.end)
        if i >= n_own:
            if i not in free:
                score.predicted += 1
                score.correct += 1
            continue
        if i not in free:
            score.predicted += 1
            score.correct += 1
        elif any(covers(span, g) or inside(span, g["content"]["spans"]) for g in every):
            score.predicted += 1
            score.correct += 1
        elif not inside(span, discard):
            score.predicted += 1
            who = q.speaker.text if q.speaker else None
            errors.append(f"  {label} alarm  [{who}] {text[q.start:q.end][:110]!r}")
    return pairs


def speaker_right(q, gold: dict) -> bool:
    spk = q.speaker
    if spk is None:
        return False
    src = gold["source"]
    if overlap(spk.start, spk.end, src["spans"]) > 0:
        return True
    gold_words = {w.lower().rstrip(".") for w in NAME_WORD.findall(src["text"])} - {"mr", "mrs", "ms", "dr"}
    ours = {w.lower().rstrip(".") for w in NAME_WORD.findall(f"{spk.name or ''} {spk.text}")}
    return bool(gold_words & ours)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--file", type=Path, default=DEV)
    ap.add_argument("--limit", type=int, default=None, help="score only the first N articles")
    ap.add_argument("--errors", action="store_true", help="print misses, false alarms and wrong speakers")
    ap.add_argument("--attributions", choices=("speech", "all"), default=None,
                    help="Settings.attributions to code with (default: the settings' default)")
    args = ap.parse_args()
    if not args.file.exists():
        sys.exit(f"{args.file}: no such file (the PolNeAR dev split lives in ../shared/dev/quotes/)")
    items = [json.loads(line) for line in args.file.open(encoding="utf-8")][:args.limit]
    settings = Settings(**({"attributions": args.attributions} if args.attributions else {}))
    pipeline = Pipeline(settings)
    direct, indirect, attributions = Score(), Score(), Score()
    spk = {"name": [0, 0], "pronoun": [0, 0]}
    for item, doc in zip(items, pipeline.code_texts(((i["id"], i["text"]) for i in items), verbatim=True)):
        text = item["text"]
        if doc.text != text:
            sys.exit(f"{item['id']}: the pipeline changed the text, so offsets would not be the gold's")
        errors: list[str] = []
        every = [a for a in item["attributions"] if a["content"]]
        discard = [s for d in item.get("discard_discuss", []) for s in d["spans"]]
        quotes = [q for q in doc.quotes if not q.fragment]
        quoted = [q for q in quotes if q.kind in ("direct", "mixed")]
        pairs = match([a for a in every if a["direct"]], quoted, every, discard, direct, errors, "direct  ", text)
        for g, q in pairs:
            if g["source"] is None:
                continue
            kind = "pronoun" if g["source"]["text"].strip().lower() in PRONOUNS else "name"
            right = speaker_right(q, g)
            spk[kind][0] += right
            spk[kind][1] += 1
            if not right:
                got = f"{q.speaker.text!r} -> {q.speaker.name}" if q.speaker else None
                errors.append(f"  speaker {kind:<7} gold {g['source']['text']!r} != {got}: "
                              f"{g['content']['text'][:70]!r}")
        used = {id(q) for _, q in pairs}
        reported = [a for a in every if not a["direct"] and a["source"]]
        extra = [q for q in quoted if id(q) not in used]
        match(reported, [q for q in quotes if q.kind == "indirect"], every, discard, indirect, [], "indirect", text,
              extra=extra)
        match(reported, [q for q in quotes if q.kind in ("indirect", "act")], every, discard, attributions, errors,
              "attrib. ", text, extra=extra)
        if args.errors and errors:
            print(item["id"])
            print("\n".join(errors))
    print(f"PolNeAR dev: {len(items)} articles ({args.file}), attributions={settings.attributions!r}")
    print(direct.line("direct quotes"))
    for kind, label in (("name", "not a pronoun"), ("pronoun", "a bare pronoun")):
        right, n = spk[kind]
        print(f"speaker right    {right / n if n else 0:.3f}  ({right}/{n} matched quotes whose gold source is {label})")
    print(indirect.line("indirect"))
    print(attributions.line("attributions"))


if __name__ == "__main__":
    main()
