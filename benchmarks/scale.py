"""Does a run keep its speed as the store grows? Articles/s per tenth of the run, the store's
and the merge's share of the time, and peak memory, at growing sizes.

    python benchmarks/scale.py [--code 500] [--sizes 5000 20000] [--later 4] [--coded docs.pkl]

Method (one run, no 20,000 articles coded from scratch): first ``--code`` real articles of
../shared/corpus/articles.jsonl are coded in this process (timed: their articles per second
is the coding rate, which does not depend on the store: coders never read it); then each
size is written into a new DuckDB store as `tidings code` writes it (batches of 64, one
transaction each, merge included), the coded articles repeated under new ids and keys to
reach the size (each copy published, and its dates moved, ``--later`` years after the one
before: a store that grows over time, as a news archive does; ``--later 0`` keeps every copy
on its articles' days, so the merge's blocks grow with the copies). Each batch's time is
measured, so every figure is printed twice:

- *store only*: the writes alone, articles/s per tenth (the harshest view of the store's
  growth: nothing else dilutes it);
- *run*: what a one-process `tidings code` of that many articles takes, each batch's measured
  store time plus its articles at the measured coding rate; the store's and the merge's share
  of it, and articles/s per tenth.

With --coded the stored articles are those a benchmarks/merge_compare.py --cache pickle holds
(more varied than --code's few hundred); the coding rate still comes from coding --code
articles here (--code 0: store-only figures alone). Peak RSS is the process's: the model,
the coded articles and the store together, as in a one-process run.
Acceptance (issue 18): store + merge <= 15% of a 5,000-article run, the last tenth's
articles/s of the 20,000-article run within 15% of the first tenth's, peak RSS <= 1.5 GB.
"""

from __future__ import annotations

import argparse
import copy
import dataclasses
import json
import os
import pickle
import re
import resource
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from tidings.records import TimeValue
from tidings.store import Store
from tidings.timex import interval

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "articles.jsonl"


class TimedStore(Store):
    """A store that counts the seconds spent writing and merging."""

    write_s = 0.0
    merge_s = 0.0

    def write(self, docs, version):  # noqa: ANN001
        t0 = time.perf_counter()
        try:
            return super().write(docs, version)
        finally:
            self.write_s += time.perf_counter() - t0

    def _remerge(self, new_events, touched):  # noqa: ANN001
        t0 = time.perf_counter()
        try:
            return super()._remerge(new_events, touched)
        finally:
            self.merge_s += time.perf_counter() - t0


def records(n: int) -> Iterator[dict]:
    with CORPUS.open(encoding="utf-8") as fh:
        kept = 0
        for line in fh:
            r = json.loads(line)
            if r.get("text"):
                yield r
                kept += 1
                if kept == n:
                    return


def code(n: int) -> tuple[list, float, float]:
    """The first n articles coded in this process, and the seconds and CPU seconds per
    article it took (the model's loading not counted: a run pays it once)."""
    from tidings import Pipeline, Settings, ingest

    pipeline = Pipeline(Settings())
    docs = [ingest.from_record(r, r["id"]) for r in records(n)]
    t0, c0 = time.perf_counter(), time.process_time()
    coded = list(pipeline.run(docs))
    done = max(len(coded), 1)
    return coded, (time.perf_counter() - t0) / done, (time.process_time() - c0) / done


YEAR = re.compile(r"(?<![\dW-])(\d{4})(?=-|/|$)")


def _later(value: TimeValue | None, years: int) -> TimeValue | None:
    """A date moved ``years`` later, at its precision (a decade, or a day the calendar lacks, stays)."""
    if value is None or not value.value or not years or value.value.endswith("s"):
        return value
    moved = YEAR.sub(lambda m: str(int(m.group(1)) + years), value.value)
    if interval(moved, value.precision) is None:
        return value
    return dataclasses.replace(value, value=moved)


def clones(coded: list, n: int, later: int = 0) -> Iterator:
    """The coded articles, repeated under new ids and keys (events renamed) to reach n; with
    ``later``, copy k is published (and dated) k * ``later`` years after the original."""
    for i in range(n):
        doc, copy_no = coded[i % len(coded)], i // len(coded)
        if not copy_no:
            yield doc
            continue
        d = copy.copy(doc)
        d.doc_id, d._key = f"{doc.doc_id}~{copy_no}", f"{doc.key}~{copy_no}"
        d.published = _later(doc.published, later * copy_no)
        d.events = []
        for e in doc.events:
            e2 = copy.copy(e)
            e2.id, e2.doc_id = f"{e.id}~{copy_no}", d.doc_id
            e2.date = _later(e.date, later * copy_no)
            d.events.append(e2)
        d.quotes = []
        for q in doc.quotes:
            q2 = copy.copy(q)
            q2.id, q2.doc_id = f"{q.id}~{copy_no}", d.doc_id
            d.quotes.append(q2)
        yield d


@dataclasses.dataclass
class Stored:
    """What writing one size took: (documents, seconds, CPU seconds) per batch, the last
    batch's including the store's close (its final checkpoint: a run ends with it)."""

    batches: list[tuple[int, float, float]]
    store: TimedStore
    counts: dict
    open_s: float  # opening the new store and reading the merge rule: once per run, not counted
    close_s: float  # the close's seconds, counted in the last batch

    def tenths(self, cpu: bool = False, per_article: float = 0.0) -> list[float]:
        return tenths([(d, (c if cpu else s) + d * per_article) for d, s, c in self.batches])


def store_batches(coded: list, n: int, later: int) -> Stored:
    """Write n articles batch by batch into a new store, as `tidings code` does.

    Warm-up: the store's opening and the merge rule's loading (each once per run, whatever
    its size) happen before the clock starts; everything after is counted where it falls,
    the first batches' first statements in the first tenth, every checkpoint in the batch
    whose commit ran it, and the close's final checkpoint in the last batch."""
    from tidings.pipeline import PIPELINE_VERSION

    out = []
    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        store = TimedStore(Path(tmp) / "scale.duckdb")
        _ = store.rule
        open_s = time.perf_counter() - t
        batch: list = []
        for d in clones(coded, n, later):
            batch.append(d)
            if len(batch) == 64 or len(out) * 64 + len(batch) == n:
                t, c = time.perf_counter(), time.process_time()
                store.write(batch, PIPELINE_VERSION)
                out.append((len(batch), time.perf_counter() - t, time.process_time() - c))
                batch = []
        counts = store.counts()
        t, c = time.perf_counter(), time.process_time()
        store.close()
        close_s, close_c = time.perf_counter() - t, time.process_time() - c
        docs, s, cs = out[-1]
        out[-1] = (docs, s + close_s, cs + close_c)
    return Stored(out, store, counts, open_s, close_s)


def tenths(batches: list[tuple[int, float]]) -> list[float]:
    """Articles/s in each tenth of a run (a batch counts in the tenth its middle falls in)."""
    done = sum(d for d, _ in batches)
    parts = [[0, 0.0] for _ in range(10)]
    seen = 0
    for docs, seconds in batches:
        k = min(9, int((seen + docs / 2) * 10 / max(done, 1)))
        parts[k][0] += docs
        parts[k][1] += seconds
        seen += docs
    return [d / s if s else float("nan") for d, s in parts]


def _row(rates: list[float], digits: int) -> str:
    return " ".join(f"{r:.{digits}f}" for r in rates) + f"; last / first {rates[-1] / rates[0]:.2f}"


def report(n: int, later: int, coding: tuple[float, float] | None, r: Stored) -> None:
    """Every figure twice, per wall second and per CPU second: on a machine other jobs load,
    wall seconds stretch with the load, while the process's own CPU seconds stretch less."""
    counts, batches = r.counts, r.batches
    store_s, store_c = sum(s for _, s, _ in batches), sum(c for _, _, c in batches)
    print(f"{n:,} articles{f' (copies {later} years apart)' if later else ' (copies on the same days)'}: "
          f"{counts['events']:,} events, {counts['merged_events']:,} merged; store opened in {r.open_s:.1f} s "
          f"(not counted), first batch {batches[0][1]:.2f} s, close {r.close_s:.2f} s (counted in the last)")
    print(f"  store only: {n / store_s:.1f} articles/s, {n / store_c:.1f} per CPU second; "
          f"merge {r.store.merge_s / store_s:.0%} of the store's time")
    print(f"    per tenth, wall: {_row(r.tenths(), 0)}")
    print(f"    per tenth, CPU:  {_row(r.tenths(cpu=True), 0)}  (target >= 0.85)")
    if coding is not None:
        per_article, per_cpu = coding
        total, total_c = n * per_article + store_s, n * per_cpu + store_c
        print(f"  run (coding at {1 / per_article:.2f} articles/s, {1 / per_cpu:.2f} per CPU second, measured): "
              f"{total:,.0f} s; store + merge {store_s / total:.1%} of it, {store_c / total_c:.1%} of its CPU "
              f"(merge {r.store.merge_s / total:.1%}); acceptance <= 15%")
        print(f"    articles/s per tenth, wall: {_row(r.tenths(per_article=per_article), 2)}")
        print(f"    articles/s per tenth, CPU:  {_row(r.tenths(cpu=True, per_article=per_cpu), 2)}"
              "  (acceptance: within 15%, >= 0.85)")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"  peak RSS so far {rss:,.0f} MB (acceptance <= 1,536 MB)", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--code", type=int, default=500, help="real articles to code (and time) first; 0: none")
    ap.add_argument("--sizes", type=int, nargs="+", default=[5000, 20000])
    ap.add_argument("--later", type=int, default=4, help="each copy this many years after the one before")
    ap.add_argument("--coded", type=Path, default=None, help="pickle of coded articles (merge_compare.py --cache)")
    args = ap.parse_args()
    coded, coding = None, None
    print(f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}", flush=True)
    if args.code:
        t0 = time.perf_counter()
        coded, per_article, per_cpu = code(args.code)
        coding = (per_article, per_cpu)
        print(f"coded {len(coded)} articles: {1 / per_article:.2f} articles/s on one core, {1 / per_cpu:.2f} per "
              f"CPU second ({time.perf_counter() - t0:.0f} s with the model's loading)", flush=True)
    if args.coded:
        from merge_compare import _filled

        _seeds, coded = _filled(pickle.loads(args.coded.read_bytes()))
    if not coded:
        raise SystemExit("nothing to store: give --code N or --coded PKL")
    for n in args.sizes:
        report(n, args.later, coding, store_batches(coded, n, args.later))


if __name__ == "__main__":
    main()
