"""Questions analysts ask of a store, answered in SQL both databases speak."""

from __future__ import annotations

from typing import Any

from .store import Store

_PERIOD_CHARS = {"year": 4, "month": 7, "day": 10}


def dyad_series(store: Store, a: str, b: str, by: str = "month") -> list[dict[str, Any]]:
    """Per period and direction: events, counts by quad class (1 verbal cooperation,
    2 material cooperation, 3 verbal conflict, 4 material conflict) and mean Goldstein."""
    n = _PERIOD_CHARS[by]
    a, b = a.upper(), b.upper()
    rows = store.query(
        f"""SELECT substr(coalesce(e.date, d.published), 1, {n}) AS period,
                   CASE WHEN e.source_country = ? OR e.source_code LIKE ? THEN ? ELSE ? END AS direction,
                   count(*) AS events,
                   sum(CASE WHEN e.quad_class = 1 THEN 1 ELSE 0 END) AS verbal_coop,
                   sum(CASE WHEN e.quad_class = 2 THEN 1 ELSE 0 END) AS material_coop,
                   sum(CASE WHEN e.quad_class = 3 THEN 1 ELSE 0 END) AS verbal_conflict,
                   sum(CASE WHEN e.quad_class = 4 THEN 1 ELSE 0 END) AS material_conflict,
                   avg(e.goldstein) AS mean_goldstein
            FROM events e JOIN documents d ON d.doc_key = e.doc_key
            WHERE ((e.source_country = ? OR e.source_code LIKE ?) AND (e.target_country = ? OR e.target_code LIKE ?))
               OR ((e.source_country = ? OR e.source_code LIKE ?) AND (e.target_country = ? OR e.target_code LIKE ?))
            GROUP BY 1, 2 ORDER BY 1, 2""",
        [a, a + "%", f"{a}->{b}", f"{b}->{a}",
         a, a + "%", b, b + "%", b, b + "%", a, a + "%"])
    for r in rows:
        r["period"] = r["period"] or "undated"
        for k in ("events", "verbal_coop", "material_coop", "verbal_conflict", "material_conflict"):
            r[k] = int(r[k])
        r["mean_goldstein"] = round(float(r["mean_goldstein"]), 2) if r["mean_goldstein"] is not None else None
    return rows
