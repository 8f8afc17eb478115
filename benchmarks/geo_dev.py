"""Toponyms on the geo dev sets (TR-News, LGL), scored as their README says.

    python benchmarks/geo_dev.py [--corpus tr_news lgl] [--limit N] [--errors]

Each article's own text goes through the pipeline verbatim, so the places' spans are
offsets into the gold text. Geotagging: precision, recall and F1 of toponym spans, a
prediction matching a gold span it overlaps (one to one). Geocoding: of the matched
gold toponyms that have coordinates, the share whose predicted point lies within
161 km (great-circle) of the gold point; a match with no coordinates counts as wrong.
The dateline's place counts as one of the document's places.
"""

from __future__ import annotations

import argparse
import json
import math
import time
from pathlib import Path

from tidings import Pipeline, Settings

DEV = Path(__file__).resolve().parents[2] / "shared" / "dev" / "geo"


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle (haversine) distance."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def predicted(doc) -> list:
    places = list(doc.places)
    d = doc.dateline
    if d is not None and not any(p.start < d.end and d.start < p.end for p in places):
        places.append(d)
    return sorted(places, key=lambda p: p.start)


def match(gold: list[dict], pred: list) -> list[tuple[dict, object]]:
    """Overlapping gold and predicted spans paired one to one, most overlap first."""
    pairs = []
    for g in gold:
        for p in pred:
            overlap = min(g["end"], p.end) - max(g["start"], p.start)
            if overlap > 0:
                pairs.append((overlap, id(g), id(p), g, p))
    pairs.sort(key=lambda t: -t[0])
    used_g, used_p, out = set(), set(), []
    for _, ig, ip, g, p in pairs:
        if ig not in used_g and ip not in used_p:
            used_g.add(ig)
            used_p.add(ip)
            out.append((g, p))
    return out


def score(pipeline: Pipeline, path: Path, limit: int | None, errors: bool) -> dict:
    records = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            records.append(json.loads(line))
            if limit and len(records) == limit:
                break
    t0 = time.perf_counter()
    docs = list(pipeline.code_texts(((r["id"], r["text"]) for r in records), verbatim=True))
    seconds = time.perf_counter() - t0
    n_gold = n_pred = n_match = n_coded = n_near = 0
    for r, doc in zip(records, docs):
        gold, pred = r["toponyms"], predicted(doc)
        pairs = match(gold, pred)
        n_gold, n_pred, n_match = n_gold + len(gold), n_pred + len(pred), n_match + len(pairs)
        far = []
        for g, p in pairs:
            if g["lat"] is None:
                continue
            n_coded += 1
            d = km(g["lat"], g["lon"], p.lat, p.lon) if p.lat is not None else None
            if d is not None and d <= 161:
                n_near += 1
            else:
                far.append((g, p, d))
        if errors:
            got_g = {id(g) for g, _ in pairs}
            got_p = {id(p) for _, p in pairs}
            for g in gold:
                if id(g) not in got_g:
                    print(f"{path.stem} {r['id']} MISS  {g['text']!r} ({g['feature']}, {g['country']})")
            for p in pred:
                if id(p) not in got_p:
                    print(f"{path.stem} {r['id']} EXTRA {p.text!r} -> {p.name} ({p.feature}, {p.country})")
            for g, p, d in far:
                dist = f"{d:.0f} km" if d is not None else "no point"
                print(f"{path.stem} {r['id']} FAR   {g['text']!r}: {p.name} ({p.feature}, {p.country}, {p.admin1}) "
                      f"{dist}; gold {g['country']} {g['feature']}")
    p = n_match / n_pred if n_pred else 0.0
    rec = n_match / n_gold if n_gold else 0.0
    return {"corpus": path.stem, "articles": len(records), "gold": n_gold, "predicted": n_pred,
            "precision": p, "recall": rec, "f1": 2 * p * rec / (p + rec) if p + rec else 0.0,
            "resolved": n_coded, "within_161km": n_near / n_coded if n_coded else 0.0,
            "articles_per_s": len(records) / seconds if seconds else 0.0}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", nargs="+", default=["tr_news", "lgl"])
    ap.add_argument("--limit", type=int, default=None, help="score only the first N articles of each corpus")
    ap.add_argument("--errors", action="store_true", help="list missed, extra and far toponyms")
    args = ap.parse_args()
    pipeline = Pipeline(Settings())
    rows = [score(pipeline, DEV / f"{c}.jsonl", args.limit, args.errors) for c in args.corpus]
    print(f"{'corpus':8} {'articles':>8} {'gold':>6} {'pred':>6} {'P':>6} {'R':>6} {'F1':>6} "
          f"{'@161km':>7} {'of':>6} {'art/s':>6}")
    for r in rows:
        print(f"{r['corpus']:8} {r['articles']:8d} {r['gold']:6d} {r['predicted']:6d} {r['precision']:6.3f} "
              f"{r['recall']:6.3f} {r['f1']:6.3f} {r['within_161km']:7.1%} {r['resolved']:6d} "
              f"{r['articles_per_s']:6.1f}")


if __name__ == "__main__":
    main()
