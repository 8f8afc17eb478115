"""Does a run keep its speed as the store grows? Articles/s per tenth of the run, the store's
and the merge's share of the time, and peak memory, at growing sizes.

    python benchmarks/scale.py [--sizes 1000 5000 20000] [--coded docs.pkl]

Each size codes that many real articles from ../shared/corpus/articles.jsonl into a new
DuckDB store as `tidings code` does (batches of 64, one transaction each); past the end of
the corpus the articles repeat under new ids, with a line added so each is a new text.
With --coded the articles are not coded again but taken from a pickle that
benchmarks/merge_compare.py --cache wrote, so the run measures the store and the merge
alone (their share is then ~100%; what matters is whether articles/s holds up). The copies
keep their articles' days (every story told once more by each copy, in the same days: the
merge's blocks grow with the copies); with --later each copy is published --later years after
the one before, its dates moved with it (a store that grows over time, as a news archive does).
Acceptance (issue 18): store + merge <= 15% of a 5,000-article run, the last tenth's
articles/s within 15% of the first tenth's, peak RSS <= 1.5 GB.
"""

from __future__ import annotations

import argparse
import copy
import dataclasses
import json
import pickle
import re
import resource
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from tidings import ingest
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
    base = [r for r in map(json.loads, CORPUS.open(encoding="utf-8")) if r.get("text")]
    for i in range(n):
        r, copy_no = dict(base[i % len(base)]), i // len(base)
        if copy_no:
            r["id"] = f"{r['id']}~{copy_no}"
            r["text"] = f"{r['text']}\n\n(Republished, copy {copy_no}.)"
        yield r


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


def run(n: int, coded: list | None, later: int = 0) -> None:
    from tidings.pipeline import PIPELINE_VERSION

    with tempfile.TemporaryDirectory() as tmp:
        store = TimedStore(Path(tmp) / "scale.duckdb")
        marks, t0 = [], time.perf_counter()
        if coded is None:
            from tidings import Pipeline, Settings

            pipeline = Pipeline(Settings())
            t0 = time.perf_counter()
            stream = (d for d, _ in pipeline.code_into(store, (ingest.from_record(r, r["id"]) for r in records(n))))
        else:
            batch: list = []

            def written():
                for d in clones(coded, n, later):
                    batch.append(d)
                    if len(batch) == 64:
                        store.write(batch, PIPELINE_VERSION)
                        yield from batch
                        batch.clear()
                store.write(batch, PIPELINE_VERSION)
                yield from batch

            stream = written()
        done = 0
        for _ in stream:
            done += 1
            marks.append(time.perf_counter())
        total = time.perf_counter() - t0
        counts = store.counts()
        store.close()
    # documents come out a batch at a time: each batch counts in the tenth its middle falls in
    batches: list[list[float]] = []  # [documents, seconds]
    last = t0
    for i, t in enumerate(marks):
        if i == 0 or t != marks[i - 1]:
            batches.append([0, t - last])
            last = t
        batches[-1][0] += 1
    tenths = [[0, 0.0] for _ in range(10)]
    seen = 0
    for docs, seconds in batches:
        k = min(9, int((seen + docs / 2) * 10 / max(done, 1)))
        tenths[k][0] += docs
        tenths[k][1] += seconds
        seen += docs
    rates = [d / s if s else float("nan") for d, s in tenths]
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kind = f" (coded before: store and merge only{f'; copies {later} years later' if later else ''})" if coded else ""
    print(f"{n:,} articles{kind}: {total:.0f} s, "
          f"{done / total:.2f} articles/s; {counts['events']:,} events, {counts['merged_events']:,} merged")
    print("  articles/s per tenth: " + " ".join(f"{r:.1f}" for r in rates))
    print(f"  last tenth / first tenth: {rates[-1] / rates[0]:.2f}")
    print(f"  store {store.write_s / total:.1%} of the time (merge {store.merge_s / total:.1%}); "
          f"peak RSS {rss:,.0f} MB")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 20000])
    ap.add_argument("--coded", type=Path, default=None, help="pickle of coded articles (merge_compare.py --cache)")
    ap.add_argument("--later", type=int, default=0, help="with --coded: each copy this many years after the last")
    args = ap.parse_args()
    coded = None
    if args.coded:
        from merge_compare import _filled

        seeds, coded = _filled(pickle.loads(args.coded.read_bytes()))
    for n in args.sizes:
        run(n, coded, args.later)


if __name__ == "__main__":
    main()
