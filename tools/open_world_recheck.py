"""Re-code the articles of hand-checked open-world actor mentions and say which answers changed.

    python tools/open_world_recheck.py eval/open_world_actors_check_seed83.jsonl [more checks ...]

A checked list (eval/open_world_actors_check*.jsonl) holds mentions drawn by
tools/open_world_sample.py from an older state of the code, each with the country that code
gave and a verdict. This codes the articles those mentions come from with the code as it is
now and prints, per list: how many mentions keep their country (and so their verdict), how
many are no longer found as open-world mentions, and each one whose country changed, with its
sentence and the judge's note, for a person to judge again. A re-sample with the list's seed
(its header's command) draws new mentions as well; this shows the fixes on the same ones.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from pathlib import Path

from open_world_sample import sentence
from tidings import Pipeline, Settings, ingest, nlp

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "articles.jsonl"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("checks", nargs="+", type=Path)
    ap.add_argument("--entities", type=Path, help="a cache of the articles' NER entities (made if missing): the "
                                                   "NER is the slow part and the actor stages do not change it")
    ap.add_argument("--dump", type=Path, help="write every open-world mention of the articles here (JSON lines), "
                                               "to diff two states of the code")
    args = ap.parse_args()
    checks = {path: [r for line in path.open(encoding="utf-8") if "doc_id" in (r := json.loads(line))]
              for path in args.checks}
    wanted = {r["doc_id"] for rows in checks.values() for r in rows}
    records = [r for line in CORPUS.open(encoding="utf-8") if (r := json.loads(line)).get("id") in wanted and r.get("text")]
    pipeline = Pipeline(Settings())
    docs = [ingest.from_record(r, r["id"]) for r in records]
    cached = pickle.loads(args.entities.read_bytes()) if args.entities and args.entities.exists() else {}
    missing = [d for d in docs if d.doc_id not in cached]
    for doc, ents in zip(missing, nlp.entities(pipeline.nlp, [d.text for d in missing], pipeline.settings.batch_size)):
        cached[doc.doc_id] = ents
    if args.entities and missing:
        args.entities.write_bytes(pickle.dumps(cached))
    now: dict[tuple[str, int, int], object] = {}
    dump = args.dump.open("w", encoding="utf-8") if args.dump else None
    for i, doc in enumerate(docs):
        doc.entities = cached[doc.doc_id]
        pipeline._annotate(doc, i)  # the mentions, places and quotes; the events are not needed here
        for a in doc.actors:
            now[(doc.doc_id, a.start, a.end)] = a
            if dump is not None and a.kind in ("person", "organization") and a.cue != "table":
                dump.write(json.dumps({"doc_id": doc.doc_id, "text": a.text, "start": a.start, "country": a.country,
                                       "cue": a.cue, "sentence": sentence(doc.text, a.start, a.end)},
                                      ensure_ascii=False) + "\n")
    if dump is not None:
        dump.close()
    for path, rows in checks.items():
        kept = {"right": 0, "wrong": 0}
        gone, changed = [], []
        for r in rows:
            a = now.get((r["doc_id"], r["start"], r["end"]))
            if a is None or a.kind not in ("person", "organization") or a.cue == "table":
                gone.append(r)
            elif a.country == r["country"]:
                kept[r["verdict"]] += 1
            else:
                changed.append((r, a))
        summary(path, len(rows), "country", kept, len(changed), gone)
        for r, a in changed:
            print(f"  CHANGED [{r['verdict']}] {r['text']!r} {r['country']} -> {a.country} (cue {a.cue})"
                  f"\n     {r['sentence'][:300]}\n     note: {r.get('note', '')}")
        for r in gone:
            a = now.get((r["doc_id"], r["start"], r["end"]))
            found = f" (now {a.kind} {a.country}, cue {a.cue})" if a is not None else ""
            print(f"  GONE [{r['verdict']}] {r['text']!r} {r['country']}{found}  note: {r.get('note', '')[:160]}")
    sys.stdout.flush()


def summary(path: Path, n: int, what: str, kept: dict[str, int], changed: int, gone: list[dict]) -> None:
    """One check's line: how many answers keep ``what`` (by verdict), changed, and are gone."""
    print(f"== {path}: {n} checked; {what} kept {kept['right'] + kept['wrong']} "
          f"({kept['right']} right, {kept['wrong']} wrong); changed {changed}; gone {len(gone)} "
          f"({sum(r['verdict'] == 'right' for r in gone)} of them judged right)")


if __name__ == "__main__":
    main()
