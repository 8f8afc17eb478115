"""Where the coder loses the PLOVER dev sentences it misses: a diagnostic, not a benchmark.

    python tools/where_lost.py [--file PATH] [--limit N] [--show CLASS] [--n 20] [--type T]

Codes each sentence of ../shared/dev/events/plover_sentences_train.jsonl alone (as
benchmarks/plover_dev.py does), watching the coder's steps, and puts every sentence with no
event of its labelled type in the first class that explains it:

- ``no trigger``: no word of the sentence has a lexicon entry of the labelled type;
- ``constraint``: a word has such an entry, but its object, preposition, subject ... constraints
  do not match the sentence;
- ``sense``: such an entry matches, but a sense exclusion (senses.yaml) takes it away;
- ``outscored``: such an entry matches, but a more specific entry of another type wins;
- ``args: no source`` / ``args: no target`` / ``args: filtered``: an act of the labelled type
  reaches the output step, but no event comes out: no doer found, no actor target where the
  type needs one, or the doer dropped by the output's checks (a doer not named in the sentence,
  a self-event, an unknown country);
- ``not emitted``: the entry won, but the act never reached the output (a governing verb, a
  demand, an act asked for ...);
- ``re-typed``: the act came out as another type (an intent, a threat, a refusal of it).

``--show CLASS`` prints the sentences of a class (substring match) with what was coded;
``--confusions`` lists the wrong-type answers by (labelled type, coded type) with the lexicon
entries and triggers that coded them, largest first. The
data is read at run time from ../shared; nothing of it ships.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

from tidings import Pipeline, Settings
from tidings.events import coder as coder_module
from tidings.events.senses import sense_of

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from plover_dev import DEV, SAME_TYPE, describe  # noqa: E402

LOG: dict[str, list[tuple]] = defaultdict(list)  # document text -> steps


def entry_type(coder, entry, cameo=None) -> str | None:
    cameo = cameo or entry.cameo
    return entry.type if cameo == entry.cameo and entry.type else coder.codebook.cameo[cameo].plover_type


def watch(cls) -> None:
    best_entry, noun_entry, emit = cls._best_entry, cls._noun_entry, cls._emit

    def _best_entry(self, state, verb, obj, entries, passive=None):
        chosen = best_entry(self, state, verb, obj, entries, passive)
        subject = None if passive else self._subject(verb, False)
        sense = sense_of(self.lexicon.senses, verb, subject, obj)
        LOG[self._text].append(("verb", verb.text, entries, chosen, obj,
                                [e for e in entries if self._matches(e, verb, obj, subject)], sense))
        return chosen

    def _noun_entry(self, noun, entries):
        chosen = noun_entry(self, noun, entries)
        LOG[self._text].append(("noun", noun.text, entries, chosen, None, [chosen] if chosen else [], None))
        return chosen

    def _emit(self, state, chunk, sent, entry, cameo, trigger, sources, targets, *a, **kw):
        before = set(state.events)
        emit(self, state, chunk, sent, entry, cameo, trigger, sources, targets, *a, **kw)
        added = [state.events[k] for k in state.events if k not in before]
        LOG[self._text].append(("emit", trigger.text, entry, cameo, list(sources), list(targets), added))

    cls._best_entry, cls._noun_entry, cls._emit = _best_entry, _noun_entry, _emit


def classify(coder, steps: list[tuple], wanted: set[str]) -> str:
    emits = [s for s in steps if s[0] == "emit"]
    of_type = [s for s in emits if entry_type(coder, s[2], s[3]) in wanted]
    if of_type:
        s = of_type[0]
        if not s[4]:
            return "args: no source"
        if not s[5]:
            return "args: no target"
        return "args: filtered"
    if any(entry_type(coder, s[2]) in wanted for s in emits):
        return "re-typed"
    picks = [s for s in steps if s[0] in ("verb", "noun")]
    if not any(entry_type(coder, e) in wanted for s in picks for e in s[2]):
        return "no trigger"
    if any(s[3] is not None and entry_type(coder, s[3]) in wanted for s in picks):
        return "not emitted"
    matching = [(s, e) for s in picks for e in s[5] if entry_type(coder, e) in wanted]
    if not matching:
        return "constraint"
    if all(s[6] is not None and s[6].removes(e) for s, e in matching):
        return "sense"
    return "outscored"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--file", type=Path, default=DEV)
    ap.add_argument("--limit", type=int)
    ap.add_argument("--show", help="print the sentences of the classes whose name holds this (several: comma-separated)")
    ap.add_argument("--type", help="only sentences of this label")
    ap.add_argument("--n", type=int, default=20)
    ap.add_argument("--confusions", action="store_true",
                    help="list the wrong-type answers by (labelled, coded) type and the entries behind them")
    args = ap.parse_args()
    rows = [json.loads(line) for line in args.file.open(encoding="utf-8") if line.strip()]
    if args.type:
        rows = [r for r in rows if r["plover"] == args.type]
    rows = rows[:args.limit] if args.limit else rows
    watch(coder_module.EventCoder)
    pipeline = Pipeline(Settings())
    docs = {d.doc_id: d for d in pipeline.code_texts(((r["id"], r["text"]) for r in rows), verbatim=True)}
    classes: Counter = Counter()
    by_type: dict[str, Counter] = defaultdict(Counter)
    shown = 0
    confusions: Counter = Counter()
    behind: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for row in rows:
        doc, wanted = docs[row["id"]], SAME_TYPE.get(row["plover"], {row["plover"]})
        if any(e.plover.type in wanted for e in doc.events):
            continue
        for e in doc.events:
            pair = (row["plover"], e.plover.type or "dropped")
            confusions[pair] += 1
            behind[pair][f"{e.pattern}:{e.trigger.text.lower()}"] += 1
        cls = classify(pipeline.coder, LOG.get(doc.text, []), wanted)
        classes[cls] += 1
        by_type[row["plover"]][cls] += 1
        if args.show and any(c in cls for c in args.show.split(",")) and shown < args.n:
            shown += 1
            print(f"\n[{cls}] {row['id']} {row['plover']}: {row['text']}\n  gold: {row['source']} -> {row.get('target')}")
            for s in LOG.get(doc.text, []):
                if s[0] == "emit":
                    print(f"  emit {s[1]} {s[3]} src={[a.code for a in s[4]]} tgt={[a.code for a in s[5]]} "
                          f"-> {len(s[6])} event(s)")
                else:
                    print(f"  {s[0]} {s[1]}: chose {s[3].id if s[3] else None}; matching "
                          f"{[e.id for e in s[5]]}; sense {s[6].name if s[6] else None}")
            for e in doc.events:
                print(f"  coded: {describe(e)}")
    if args.confusions:
        print(f"\nwrong-type events by (labelled, coded) type ({sum(confusions.values())} events):")
        for (gold, coded), n in confusions.most_common(args.n):
            top = ", ".join(f"{k} {v}" for k, v in behind[(gold, coded)].most_common(6))
            print(f"  {gold:<10} -> {coded:<10} {n:>4}  {top}")
    print(f"\nmisses by where they are lost ({sum(classes.values())} of {len(rows)} sentences):")
    for cls, n in classes.most_common():
        print(f"  {cls:<18} {n:>4}")
    print("\nper type:")
    for label, c in sorted(by_type.items(), key=lambda kv: -sum(kv[1].values())):
        print(f"  {label:<10} {sum(c.values()):>4}  " + ", ".join(f"{k} {v}" for k, v in c.most_common()))


if __name__ == "__main__":
    main()
