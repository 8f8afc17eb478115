"""The merged events before and after the block merge, on the same coded documents.

    python benchmarks/merge_compare.py [--n 2000] [--cache docs.pkl] [--before 0343ced]

Codes the seeds and the first N articles of ../shared/corpus/articles.jsonl (or reads them
from --cache, written on the first run), stores them batch by batch as `tidings code` does,
in the input order and in a shuffled order, and compares the clusters (the sets of event
ids merged together) with those of the merge at git revision --before, which clustered
every merge key as a whole from all its stored events. Prints each difference, and why
it differs: a pair of the old cluster whose windows do not meet (an undated or on_or_before
mention the old merge let reach any date), mentions in two blocks (a stretch of days
boundary), or neither (a knock-on: a neighbour's change changed what complete-link joined).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import pickle
import random
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def old_merge(rev: str):
    """The merge module as it was at ``rev``."""
    source = subprocess.run(["git", "-C", str(ROOT), "show", f"{rev}:src/tidings/merge.py"], check=True,
                            capture_output=True, text=True).stdout
    path = Path(tempfile.mkdtemp()) / "tidings_old_merge.py"
    path.write_text(source.replace("from . import data", "from tidings import data")
                    .replace("from .timex import", "from tidings.timex import"))
    spec = importlib.util.spec_from_file_location("tidings_old_merge", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def _filled(cached):
    """Documents pickled by an older tidings: fields added since get their defaults."""
    from dataclasses import MISSING, fields

    for docs in cached:
        for d in docs:
            for value in (*d.timexes, *(e.date for e in d.events if e.date), d.published):
                for f in fields(value) if value is not None else ():
                    if not hasattr(value, f.name) and f.default is not MISSING:
                        setattr(value, f.name, f.default)
    return cached


def coded(n: int, cache: Path | None):
    if cache and cache.exists():
        return _filled(pickle.loads(cache.read_bytes()))
    from tidings import Pipeline, Settings, ingest

    pipeline = Pipeline(Settings())
    seeds = list(pipeline.code_paths([SHARED / "seeds"]))
    records = []
    with open(SHARED / "corpus" / "articles.jsonl", encoding="utf-8") as fh:
        for line in fh:
            if len(records) >= n:
                break
            r = json.loads(line)
            if r.get("text"):
                records.append(r)
    articles = list(pipeline.run(ingest.from_record(r, r["id"]) for r in records))
    if cache:
        cache.write_bytes(pickle.dumps((seeds, articles)))
    return seeds, articles


def stored_clusters(docs, order_seed: int | None, batch: int = 64):
    from tidings.pipeline import PIPELINE_VERSION
    from tidings.store import Store

    docs = list(docs)
    if order_seed is not None:
        random.Random(order_seed).shuffle(docs)
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "m.duckdb") as store:
        t0 = time.perf_counter()
        for i in range(0, len(docs), batch):
            store.write(docs[i:i + batch], PIPELINE_VERSION)
        seconds = time.perf_counter() - t0
        groups = defaultdict(set)
        for r in store.query("SELECT merged_id, event_id FROM event_sources"):
            groups[r["merged_id"]].add(r["event_id"])
        rows = store.query("SELECT e.*, d.url AS doc_url, d.published AS doc_published FROM events e "
                           "JOIN documents d ON d.doc_key = e.doc_key")
        sizes = [r["n"] for r in store.query("SELECT count(*) AS n FROM event_sources s JOIN merged_events m "
                                             "ON m.id = s.merged_id GROUP BY m.merge_block")]
        blocks = {r["event_id"]: r["merge_block"] for r in store.query(
            "SELECT s.event_id, m.merge_block FROM event_sources s JOIN merged_events m ON m.id = s.merged_id")}
        for r in rows:
            r["block"] = blocks[r["id"]]
    return {frozenset(g) for g in groups.values()}, rows, seconds, sizes


def before_clusters(merge_module, rows):
    rule = merge_module.load_rule()
    by_key = defaultdict(list)
    for r in rows:
        by_key[merge_module.merge_key(rule, r)].append(r)
    t0 = time.perf_counter()
    found = {frozenset(x["id"] for x in c) for key in by_key for c in merge_module.cluster(rule, by_key[key])}
    return found, time.perf_counter() - t0, max((len(v) for v in by_key.values()), default=0)


def why(cluster, rows, rule) -> str:
    """Why an old cluster is not one now (see the module's docstring)."""
    from tidings import merge

    members = [rows[i] for i in sorted(cluster)]
    spans = [merge.window(rule, r) for r in members]
    if any(not merge._meet(a, b) for n, a in enumerate(spans) for b in spans[n + 1:]):
        return "windows do not meet"
    if len({r["block"] for r in members}) > 1:
        return "two blocks"
    return "knock-on"


def compare(name: str, docs, merge_module, batch: int) -> int:
    after, rows, seconds, sizes = stored_clusters(docs, None, batch)
    shuffled, _, _, _ = stored_clusters(docs, 7, batch)
    before, before_s, biggest_key = before_clusters(merge_module, rows)
    text = {r["id"]: f"{r['doc_id'][:24]} {r['date']}/{r['date_precision']}: {r['evidence_text'][:80]}" for r in rows}
    print(f"{name}: {len(docs)} documents in batches of {batch}, {len(rows)} events; merged events before {len(before)}, "
          f"after {len(after)}, after in a shuffled order {len(shuffled)}")
    print(f"  the store's batch-by-batch writes took {seconds:.1f} s; the largest merge key holds {biggest_key} "
          f"events, the largest block {max(sizes, default=0)} (clustering every key at once: {before_s:.1f} s)")
    from tidings import merge

    rule, by_id = merge.load_rule(), {r["id"]: r for r in rows}
    reasons = Counter(why(c, by_id, rule) for c in before - after)
    if reasons:
        print(f"  {len(before - after)} clusters of before are not clusters after: "
              + ", ".join(f"{n} {reason}" for reason, n in reasons.most_common()))
    diffs = 0
    for label, a, b in (("before vs after", before, after), ("input order vs shuffled", after, shuffled)):
        only_a, only_b = a - b, b - a
        print(f"  {label}: {'identical' if not only_a and not only_b else 'DIFFERENT'}"
              + (f" ({len(only_a)} clusters only in the first, {len(only_b)} only in the second)"
                 if only_a or only_b else ""))
        for c in sorted(only_a, key=min)[:20]:
            print(f"    only in the first ({why(c, by_id, rule)}):", [text[i] for i in sorted(c)])
        for c in sorted(only_b, key=min)[:20]:
            print("    only in the second:", [text[i] for i in sorted(c)])
        if label.startswith("input"):  # the order must not matter; the new rule may differ from the old
            diffs += len(only_a) + len(only_b)
    return diffs


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--cache", type=Path, default=None)
    ap.add_argument("--before", default="0343ced", help="git revision of the merge to compare with")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    seeds, articles = coded(args.n, args.cache)
    module = old_merge(args.before)
    # the seeds one document per batch, so every merge is incremental
    diffs = compare("seeds", seeds, module, 1) + compare(f"{len(articles)} articles", articles, module, 64)
    sys.exit(1 if diffs else 0)


if __name__ == "__main__":
    main()
