"""Articles/s with one and two worker processes, and with one and two Ray actors, on the
same real articles in one run.

    python benchmarks/parallel.py [--n 1000] [--ray]

Each configuration codes the first N articles of ../shared/corpus/articles.jsonl into a
fresh DuckDB store (the full `tidings code` path: ingest, coding, one writer) and prints
articles/s, the speed-up over one worker, and the time to the first stored batch (start-up:
the workers load the model in parallel). Run it on an otherwise idle machine.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from tidings import Settings, Store, ingest, scale

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "articles.jsonl"


def articles(n: int, folder: Path) -> Path:
    path = folder / "articles.jsonl"
    with open(CORPUS, encoding="utf-8") as src, open(path, "w", encoding="utf-8") as out:
        kept = 0
        for line in src:
            if json.loads(line).get("text"):
                out.write(line)
                kept += 1
                if kept == n:
                    break
    return path


def run(path: Path, folder: Path, engine: str, workers: int) -> tuple[float, float, int]:
    settings = Settings(db=str(folder / f"{engine}-{workers}.duckdb"))
    start, first, n = time.perf_counter(), None, 0
    with Store(settings.db) as store:
        for _, skipped in scale.code_into(settings, store, ingest.read([path]), engine=engine, workers=workers):
            n += not skipped
            first = first or time.perf_counter() - start
    return time.perf_counter() - start, first or 0.0, n


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--ray", action="store_true", help="also Ray with one and two local actors")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = articles(args.n, folder)
        configs = [("local", 1), ("local", 2)] + ([("ray", 1), ("ray", 2)] if args.ray else [])
        base: dict[str, float] = {}
        print(f"{args.n} articles from {CORPUS.name}")
        for engine, workers in configs:
            if engine == "ray":
                from tidings.scale import ray_engine

                ray_engine.start(2)  # one local cluster of two CPUs for both Ray runs
            seconds, first, n = run(path, folder, engine, workers)
            rate = n / seconds
            base.setdefault(engine, rate)
            print(f"  {engine:5} workers={workers}: {rate:6.2f} articles/s ({n} in {seconds:.1f} s; first batch "
                  f"stored after {first:.1f} s); {rate / base[engine]:.2f}x one worker")


if __name__ == "__main__":
    main()
