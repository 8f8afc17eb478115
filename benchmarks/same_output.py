"""Whether a change to the pipeline left its output as it was: codes the first N articles
of ../shared/corpus/articles.jsonl (those the benchmarks read) with `tidings code --format
jsonl` and compares the records with those of an earlier run.

    python benchmarks/same_output.py OUT.jsonl [--n 200] [--against BEFORE.jsonl]

Run it once before a change (writing BEFORE.jsonl) and once after, with --against; it
prints how many records differ and the first differences, and exits 1 if any do.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "articles.jsonl"
TIDINGS = Path(sys.executable).with_name("tidings")


def articles(n: int, path: Path) -> None:
    with open(CORPUS, encoding="utf-8") as src, open(path, "w", encoding="utf-8") as out:
        kept = 0
        for line in src:
            if kept < n and json.loads(line).get("text"):
                out.write(line)
                kept += 1


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("out", type=Path)
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--against", type=Path, help="the records of an earlier run, to compare with")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "articles.jsonl"
        articles(args.n, path)
        with open(args.out, "w", encoding="utf-8") as out:
            subprocess.run([str(TIDINGS), "code", "--no-store", "--workers", "1", "--format", "jsonl", str(path)],
                           stdout=out, check=False)
    now = args.out.read_text(encoding="utf-8").splitlines()
    print(f"{len(now)} records of {args.n} articles in {args.out}")
    if args.against is None:
        return
    before = args.against.read_text(encoding="utf-8").splitlines()
    differ = [(i, a, b) for i, (a, b) in enumerate(zip(before, now)) if a != b]
    extra = abs(len(before) - len(now))
    print(f"{len(differ)} records differ from {args.against}"
          + (f"; {extra} records more in one of them" if extra else ""))
    for i, a, b in differ[:5]:
        print(f"  line {i + 1}:\n    before {a[:300]}\n    now    {b[:300]}")
    if differ or extra:
        sys.exit(1)


if __name__ == "__main__":
    main()
