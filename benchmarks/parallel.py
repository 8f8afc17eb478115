"""Articles/s with one and two worker processes, and with one and two Ray actors, on the
same real articles in one run, with where each run's time goes.

    python benchmarks/parallel.py [--n 1000] [--ray]

Each configuration codes the first N articles of ../shared/corpus/articles.jsonl into a
fresh DuckDB store (the full `tidings code` path: ingest, coding, one writer) and prints
articles/s, the speed-up over one worker, and its phases: the time to the first stored
batch, the driver's seconds writing (store and merge), and for Ray each actor's start-up
(model and tables) and the share of the run after it spent coding (what is not coding is
waiting: for the driver, for its next chunk, or idle at the end of the input). Run it on an
otherwise idle machine; on a loaded one the ratios are depressed.
Acceptance (issue 18): two workers >= 1.7x one, two Ray actors >= 1.6x one.
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from tidings import Settings, Store, ingest, scale
from tidings.scale import ray_engine

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "articles.jsonl"
LOG = Path(tempfile.gettempdir()) / f"tidings-parallel-{os.getpid()}.jsonl"  # the actors' phases


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


def _log(**entry: object) -> None:
    with open(LOG, "a", encoding="utf-8") as fh:
        fh.write(json.dumps(entry) + "\n")


class TimedCoder(ray_engine.Coder):
    """The Ray engine's actor, logging when it loaded and when it coded (wall clock)."""

    def __init__(self, settings: Settings) -> None:
        t = time.time()
        super().__init__(settings)
        _log(actor=os.getpid(), load=[t, time.time()])

    def code(self, batch):  # noqa: ANN001, ANN201
        t = time.time()
        out = super().code(batch)
        _log(actor=os.getpid(), code=[t, time.time()])
        return out


class TimedStore(Store):
    """A store that keeps each batch's seconds of writing (the store and the merge)."""

    def __init__(self, *args, **kwargs) -> None:  # noqa: ANN002, ANN003
        super().__init__(*args, **kwargs)
        self.seconds: list[float] = []

    def write(self, docs, version):  # noqa: ANN001, ANN201
        t = time.perf_counter()
        try:
            return super().write(docs, version)
        finally:
            self.seconds.append(time.perf_counter() - t)


def run(path: Path, folder: Path, engine: str, workers: int) -> dict:
    settings = Settings(db=str(folder / f"{engine}-{workers}.duckdb"))
    LOG.write_text("")
    ray_engine.Coder = TimedCoder
    try:
        start, wall0, first, n = time.perf_counter(), time.time(), None, 0
        with TimedStore(settings.db) as store:
            for _, skipped in scale.code_into(settings, store, ingest.read([path]), engine=engine, workers=workers):
                n += not skipped
                first = first or time.perf_counter() - start
        seconds = time.perf_counter() - start
    finally:
        ray_engine.Coder = TimedCoder.__mro__[1]
    actors: dict[int, dict[str, list]] = defaultdict(lambda: {"load": [], "code": []})
    for line in LOG.read_text().splitlines():
        entry = json.loads(line)
        kind = "load" if "load" in entry else "code"
        actors[entry["actor"]][kind].append([t - wall0 for t in entry[kind]])
    return {"seconds": seconds, "first": first or 0.0, "n": n, "writes": store.seconds, "actors": dict(actors)}


def phases(r: dict) -> str:
    out = [f"first batch stored after {r['first']:.1f} s", f"driver writing {sum(r['writes']):.1f} s "
           f"({sum(r['writes']) / r['seconds']:.0%}, {len(r['writes'])} batches)"]
    for pid, a in sorted(r["actors"].items()):
        ready = a["load"][0][1] if a["load"] else 0.0
        busy = sum(b - s for s, b in a["code"])
        after = r["seconds"] - ready
        out.append(f"actor {pid}: started {a['load'][0][0]:.1f} s, ready {ready:.1f} s, then coding "
                   f"{busy:.1f} s of {after:.1f} s ({busy / after:.0%}) in {len(a['code'])} calls, last done "
                   f"{max((b for _, b in a['code']), default=0):.1f} s")
    return "; ".join(out)


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
        print(f"{args.n} articles from {CORPUS.name}; {os.cpu_count()} cores, load average "
              f"{os.getloadavg()[0]:.1f}", flush=True)
        for engine, workers in configs:
            if engine == "ray":
                t = time.perf_counter()
                if not ray_engine.start(2):  # one local cluster of two CPUs for both Ray runs
                    raise SystemExit("Ray did not start")
                if workers == 1:
                    print(f"  (a local Ray of 2 CPUs started in {time.perf_counter() - t:.1f} s)", flush=True)
            r = run(path, folder, engine, workers)
            rate = r["n"] / r["seconds"]
            base.setdefault(engine, rate)
            print(f"  {engine:5} workers={workers}: {rate:6.2f} articles/s ({r['n']} in {r['seconds']:.1f} s); "
                  f"{rate / base[engine]:.2f}x one worker (acceptance: >= {1.7 if engine == 'local' else 1.6}x)"
                  if workers > 1 else
                  f"  {engine:5} workers={workers}: {rate:6.2f} articles/s ({r['n']} in {r['seconds']:.1f} s)", flush=True)
            print(f"        {phases(r)}", flush=True)
    LOG.unlink(missing_ok=True)


if __name__ == "__main__":
    main()
