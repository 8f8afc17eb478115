"""Seconds to export 100,000 events, each format, from a DuckDB store.

    python benchmarks/export_bench.py [--events 100000] [--db store.duckdb]

The rows are real ones, the seeds' events and merged events as `tidings code` stores them
(or those of --db), repeated under new ids until the store holds --events of each; the
merged events' dates cycle through every precision tidings emits. Each export runs as
`tidings export` does; the GDELT file is checked for 61 columns on every row. Wall and CPU
seconds are both printed: on a shared machine the CPU seconds are the export's own cost.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path

from tidings.export import export
from tidings.store import Store

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
DATES = [("2018-03-26", "day"), ("2012-W44", "week"), ("2018-03", "month"), ("1986", "year"), ("1980s", "decade"),
         ("2018-03-01/2018-04-15", "range"), ("2018-04-02", "on_or_before"), (None, None)]


def build(path: Path, events: int, source: Path | None) -> None:
    if source:
        shutil.copy(source, path)
    else:
        from tidings import Pipeline, Settings

        pipeline = Pipeline(Settings())
        with Store(path) as store:
            list(pipeline.code_into(store, pipeline.read([SEEDS])))
    with Store(path) as store:
        for table in ("events", "merged_events"):
            n = store.counts()[table]
            copies = -(-events // n) - 1
            store.db.execute(f"INSERT INTO {table} SELECT x.* REPLACE (x.id || '-' || t.i AS id) FROM {table} x, "
                             f"range({copies}) t(i)")
        cases = " ".join(f"WHEN {i} THEN {v!r}" if v else f"WHEN {i} THEN NULL" for i, (v, _) in enumerate(DATES))
        precisions = " ".join(f"WHEN {i} THEN {p!r}" if p else f"WHEN {i} THEN NULL" for i, (_, p) in enumerate(DATES))
        store.db.execute(f"UPDATE merged_events SET date = CASE hash(id) % {len(DATES)} {cases} END, "
                         f"date_precision = CASE hash(id) % {len(DATES)} {precisions} END")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--db", type=Path, default=None, help="a store to take the rows from (default: the seeds)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "big.duckdb"
        build(db, args.events, args.db)
        with Store(db, read_only=True) as store:
            counts = store.counts()
            print(f"{counts['events']:,} events, {counts['merged_events']:,} merged events")
            for fmt, table in (("parquet", "events"), ("csv", "events"), ("gdelt", "merged"), ("jsonl", "events"),
                               ("parquet", "merged")):
                out = Path(tmp) / f"out.{fmt}"
                t0, c0 = time.perf_counter(), time.process_time()
                n = export(store, fmt, out, table if fmt != "gdelt" else "events")
                seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
                print(f"{fmt:8} {table:7} {n:8,} rows  {seconds:6.2f} s wall  {cpu:6.2f} s CPU  "
                      f"{out.stat().st_size / 1e6:7.1f} MB")
                if fmt == "gdelt":
                    widths = {line.count("\t") + 1 for line in out.open(encoding="utf-8")}
                    print(f"         every GDELT row has {sorted(widths)} columns")


if __name__ == "__main__":
    main()
