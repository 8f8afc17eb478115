"""Speed of the whole pipeline against bare spaCy, on the same real articles, in one run.

    python benchmarks/bench.py [--n 200] [--model en_core_web_sm] [--store] [--stages]

Prints articles/s and tokens/s of tidings (ingest cleaning, actor scan, sentence
filter, parse of candidate sentences, event coding; with --store also the DuckDB
write) and of bare `nlp.pipe` over the full texts, and the ratio between them. The
bare run is the model as its package ships it (`spacy.load`, every component, none of
tidings' additions or speed-ups), on the same texts in the same run.
The articles are the first N with text in ../shared/corpus/articles.jsonl.

``--stages`` also prints the CPU time of each stage of tidings' run as a share of the bare
run's, and what no stage accounts for (a timer around each call: a little slower then).
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from tidings import Pipeline, Settings, Store, actors, ingest, nlp
from tidings import pipeline as composition
from tidings.pipeline import PIPELINE_VERSION

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "articles.jsonl"


def load_articles(n: int) -> list[dict]:
    out = []
    with open(CORPUS, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec.get("text"):
                out.append(rec)
            if len(out) == n:
                break
    return out


class StageClock:
    """CPU seconds spent in each stage's calls (nested calls count in both)."""

    def __init__(self) -> None:
        self.spent: dict[str, float] = {}

    def wrap(self, owner, name: str, label: str) -> None:
        run = getattr(owner, name)

        def timed(*args, **kwargs):
            start = time.process_time()
            try:
                return run(*args, **kwargs)
            finally:
                self.spent[label] = self.spent.get(label, 0.0) + time.process_time() - start
        setattr(owner, name, timed)

    def watch(self, pipeline: Pipeline) -> None:
        """The stages as pipeline.py calls them: module functions, the resolver's and the
        coder's methods, the parse."""
        for module, name, label in [(ingest, "from_record", "ingest"), (composition.budget, "check_text", "budget"),
                                    (composition.nlp, "entities", "model: NER pass"),
                                    (composition.timex, "infer_published", "timex"), (composition.timex, "find", "timex"),
                                    (composition.geo, "find", "geo"), (composition.geo, "dateline", "geo"),
                                    (composition.quotes, "find", "quotes"),
                                    (composition.events, "candidate_chunks", "sentence filter"),
                                    (composition.headline, "repair", "headline repair")]:
            self.wrap(module, name, label)
        self.wrap(pipeline.resolver, "find", "actors (tables)")
        self.wrap(pipeline.resolver, "open_world", "actors (open world)")
        self.wrap(pipeline.coder, "code", "event coder")
        self.wrap(pipeline, "_parse", "model: parse pass")

    def report(self, bare_cpu: float, ours_cpu: float) -> None:
        print("stage CPU as a share of bare nlp.pipe's:")
        spent = dict(self.spent)
        spent["model: parse pass"] = spent.get("model: parse pass", 0.0) - spent.get("headline repair", 0.0)
        for label, cpu in sorted(spent.items(), key=lambda kv: -kv[1]):
            print(f"  {label:22s} {cpu:7.2f} s  {cpu / bare_cpu:6.3f}")
        rest = ours_cpu - sum(spent.values())
        print(f"  {'the rest':22s} {rest:7.2f} s  {rest / bare_cpu:6.3f}  (batching, records, Python between stages)")
        print(f"  {'all of tidings':22s} {ours_cpu:7.2f} s  {ours_cpu / bare_cpu:6.3f}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--model", default=None)
    ap.add_argument("--store", action="store_true", help="also write to a DuckDB file")
    ap.add_argument("--stages", action="store_true", help="also print each stage's share of the bare run's CPU")
    args = ap.parse_args()
    settings = Settings()
    if args.model:
        settings.model = args.model
    pipeline = Pipeline(settings)
    spacy_nlp = nlp.load_plain(settings.model)  # the model as its package ships it: nothing of tidings'
    records = load_articles(args.n)
    texts = [ingest.from_record(r, str(i)).text for i, r in enumerate(records)]
    list(spacy_nlp.pipe(texts[:5]))  # warm up both paths the same way
    list(pipeline.run(ingest.from_record(r, str(i)) for i, r in enumerate(records[:5])))

    t0, c0 = time.perf_counter(), time.process_time()
    n_tokens = sum(len(d) for d in spacy_nlp.pipe(texts, batch_size=settings.batch_size))
    bare, bare_cpu = time.perf_counter() - t0, time.process_time() - c0

    clock = StageClock() if args.stages else None
    if clock is not None:
        clock.watch(pipeline)
    t0, c0 = time.perf_counter(), time.process_time()
    docs = list(pipeline.run(ingest.from_record(r, str(i)) for i, r in enumerate(records)))
    if args.store:
        with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.duckdb") as store:
            if clock is not None:
                clock.wrap(store, "write", "store")
            for i in range(0, len(docs), settings.batch_size):
                store.write(docs[i:i + settings.batch_size], PIPELINE_VERSION)
    ours, ours_cpu = time.perf_counter() - t0, time.process_time() - c0

    n = len(records)
    events = sum(len(d.events) for d in docs)
    print(f"model {settings.model}; {n} articles, {n_tokens:,} tokens, {events} events"
          + (" (store on)" if args.store else ""))
    print(f"bare nlp.pipe : {n / bare:7.2f} articles/s  {n_tokens / bare:9,.0f} tokens/s")
    print(f"tidings       : {n / ours:7.2f} articles/s  {n_tokens / ours:9,.0f} tokens/s")
    print(f"ratio tidings / bare nlp.pipe: {bare / ours:.2f}x")
    # on a shared machine the CPU time each used is the steadier measure
    print(f"ratio by CPU time: {bare_cpu / ours_cpu:.2f}x (bare {bare_cpu:.1f} s, tidings {ours_cpu:.1f} s)")
    if clock is not None:
        clock.report(bare_cpu, ours_cpu)

    # the actor knowledge base: loading it once, and finding every document's mentions
    t0 = time.perf_counter()
    resolver = actors.ActorResolver(settings.actors_file)
    load = time.perf_counter() - t0
    t0 = time.perf_counter()
    for d in docs:
        resolver.find(d.text, d.published.value if d.published else None)
    find = time.perf_counter() - t0
    print(f"actor knowledge base: load {load:.2f} s, find {find:.2f} s "
          f"= {100 * (load + find) / ours:.1f}% of tidings' time")


if __name__ == "__main__":
    main()
