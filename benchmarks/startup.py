"""How long `tidings code` takes to start: one sentence (an actor, a place, a date) coded
into a new store, the median of several runs, and where the time goes.

    python benchmarks/startup.py [--runs 7] [--no-split]

Prints the median wall and CPU time (user + system) of the whole command, then the same
start-up taken apart in one process, phase by phase, in the command's order (median CPU and
wall of each). One run before the timed ones fills the compiled-data cache. On a machine
other work is using, wall times stretch: compare CPU times, and figures of the same run.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TIDINGS = Path(sys.executable).with_name("tidings")
SENTENCE = "Russian President Vladimir Putin met Chinese leader Xi Jinping in Beijing on Monday, March 4, 2019.\n"

# The command's start-up, phase by phase, in one process: what `tidings code FILE --db DB`
# does before and around coding its one document.
SPLIT = r"""
import json, sys, time
marks = []
def mark(name):
    marks.append((name, time.process_time(), time.perf_counter()))
mark("python")
import tidings.cli
mark("import tidings.cli (typer, rich, queries)")
import spacy
mark("import spaCy")
from tidings import ingest, nlp, scale
from tidings.pipeline import Pipeline
from tidings.store import Store
mark("import the stages and the store")
from tidings.settings import Settings
settings = Settings(db=sys.argv[2])
store = Store(settings.db)
mark("open the store (DuckDB)")
model = nlp.load(settings.model)
mark("load the spaCy model")
from tidings import actors, codebook, lexicon
lexicon.load(); codebook.load(); actors.load(settings.actors_file)
mark("tables: lexicon, codebook, actors")
from tidings import geo
geo.load()
mark("gazetteer")
pipeline = Pipeline(settings)
docs = list(ingest.read([sys.argv[1]]))
for _ in pipeline.code_into(store, docs):
    pass
store.close()
mark("code and store the sentence")
print(json.dumps([(name, c, w) for name, c, w in marks]))
"""


def run_command(sentence: Path, tmp: Path, i: int) -> tuple[float, float]:
    """Wall and CPU seconds of one `tidings code` on the sentence, into a new store."""
    db = tmp / f"run{i}.duckdb"
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([str(TIDINGS), "code", str(sentence), "--db", str(db)], check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def run_split(sentence: Path, tmp: Path, i: int) -> list[tuple[str, float, float]]:
    """Each phase's CPU and wall seconds, from the previous phase's end (the first from the
    process's start, as the kernel counts its CPU time)."""
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", SPLIT, str(sentence), str(tmp / f"split{i}.duckdb")], check=True,
                         capture_output=True, text=True).stdout
    marks = json.loads(out.splitlines()[-1])
    phases, cpu, wall = [], 0.0, None
    for name, c, w in marks:
        if wall is None:  # 'python': the interpreter's own start, before the first mark
            phases.append((name, c, 0.0))
        else:
            phases.append((name, c - cpu, w - wall))
        cpu, wall = c, w
    total_wall = time.perf_counter() - start
    phases[0] = (phases[0][0], phases[0][1], total_wall - (marks[-1][2] - marks[0][2]))  # start and exit
    return phases


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--no-split", action="store_true", help="only the whole command's times")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        sentence = tmp / "one.txt"
        sentence.write_text(SENTENCE, encoding="utf-8")
        run_command(sentence, tmp, -1)  # fills the compiled-data cache, if it is empty
        times = [run_command(sentence, tmp, i) for i in range(args.runs)]
        walls, cpus = [w for w, _ in times], [c for _, c in times]
        print(f"tidings code on one sentence ({args.runs} runs, {os.cpu_count()} cores, load "
              f"{os.getloadavg()[0]:.1f}): median wall {statistics.median(walls):.2f} s "
              f"(min {min(walls):.2f}), median CPU {statistics.median(cpus):.2f} s (min {min(cpus):.2f})")
        if args.no_split:
            return
        splits = [run_split(sentence, tmp, i) for i in range(args.runs)]
        print(f"start-up split, median of {args.runs} runs in one process (CPU s, wall s):")
        for j, (phase, _, _) in enumerate(splits[0]):
            cpu = statistics.median(s[j][1] for s in splits)
            wall = statistics.median(s[j][2] for s in splits)
            print(f"  {phase:42s} {cpu:6.3f} {wall:6.3f}")
        print(f"  {'total':42s} {statistics.median(sum(p[1] for p in s) for s in splits):6.3f} "
              f"{statistics.median(sum(p[2] for p in s) for s in splits):6.3f}")


if __name__ == "__main__":
    main()
