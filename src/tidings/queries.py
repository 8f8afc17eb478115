"""Questions analysts ask of a store, answered in SQL both databases speak."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from .store import Store, event_filter

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


# --- views over the events of a filter: what the web page and the API draw -------------

EVENT_SORTS = ("date", "doc_id", "id", "cameo_code", "cameo_root", "plover_type", "goldstein", "quad_class",
               "status", "source_code", "target_code", "location_name", "evidence_start")
MERGED_SORTS = ("date", "id", "cameo_code", "cameo_root", "plover_type", "goldstein", "quad_class", "status",
                "source_code", "target_code", "location_name", "n_sources", "n_mentions")


def _order(sort: str, fields: tuple[str, ...], prefix: str) -> str:
    """ORDER BY for ``sort`` ('date', '-goldstein'): a field of a fixed list, never text put into SQL."""
    name = sort.removeprefix("-")
    if name not in fields:
        raise ValueError(f"cannot sort by {name!r}; sort by one of: {', '.join(fields)} (prefix - for descending)")
    direction = "DESC" if sort.startswith("-") else "ASC"
    # NULLs last either way, and the id breaks ties, so pages never overlap
    return f"ORDER BY {prefix}.{name} {direction} NULLS LAST, {prefix}.id"


def find_events(store: Store, merged: bool = False, sort: str = "date", limit: int = 50, offset: int = 0,
                **filters: Any) -> tuple[list[dict[str, Any]], int]:
    """One page of stored (or merged) events, filtered as `tidings events` does, and how many
    match in all."""
    p, source, params = _filtered(merged, **filters)
    order = _order(sort, MERGED_SORTS if merged else EVENT_SORTS, p)
    total = int(store.query(f"SELECT count(*) AS n FROM {source}", params)[0]["n"])
    # a page: sort the ids alone, then read those rows whole (sorting every column of a large
    # store to keep 50 rows costs several times as much)
    ids = [r["id"] for r in store.query(f"SELECT {p}.id FROM {source} {order} LIMIT {int(limit)} OFFSET {int(offset)}",
                                        params)]
    if not ids:
        return [], total
    table = "merged_events" if merged else "events"
    found = {r["id"]: r for r in store.query(f"SELECT * FROM {table} WHERE id = ANY(?)", [ids])}
    return [found[i] for i in ids], total


def event(store: Store, event_id: str) -> dict[str, Any] | None:
    """A stored event by id, with the merged event it counts towards (``merged_id``)."""
    rows = store.query("SELECT e.*, s.merged_id FROM events e LEFT JOIN event_sources s ON s.event_id = e.id "
                       "WHERE e.id = ?", [event_id])
    return rows[0] if rows else None


def merged_event(store: Store, merged_id: str) -> dict[str, Any] | None:
    rows = store.query("SELECT * FROM merged_events WHERE id = ?", [merged_id])
    return rows[0] if rows else None


def mentions(store: Store, doc_key: str) -> dict[str, list[dict[str, Any]]]:
    """Every actor, place, date (timex) and quotation stored for one document, in text order."""
    return {table: store.query(f"SELECT * FROM {table} WHERE doc_key = ? ORDER BY start_char, end_char", [doc_key])
            for table in ("actors", "places", "timexes", "quotes")}


def _filtered(merged: bool, extra: str | None = None, documents: bool = False,
              **filters: Any) -> tuple[str, str, list[Any]]:
    """The alias, ``FROM ... WHERE ...`` and parameters of events (or merged events) under a
    filter, with an ``extra`` condition written with ``{p}`` for the alias; ``documents`` joins
    each event's document as ``d``."""
    p = "m" if merged else "e"
    where, params = event_filter(prefix=p, **filters)
    if extra:
        where = f"{where} AND {extra.format(p=p)}" if where else f"WHERE {extra.format(p=p)}"
    table = "merged_events m" if merged else "events e"
    if documents and not merged:
        table += " JOIN documents d ON d.doc_key = e.doc_key"
    return p, f"{table} {where}", params


def timeline(store: Store, by: str = "month", merged: bool = False, **filters: Any) -> dict[str, Any]:
    """Events per period (day, week or month) and quad class, with mean Goldstein. An event
    without a date counts at its document's publication (as in `dyad`); events dated less
    precisely than the period ('2018' by month) are counted apart, as ``imprecise``."""
    if by not in ("day", "week", "month"):
        raise ValueError(f"timeline by {by!r}: day, week or month")
    p, source, params = _filtered(merged, documents=True, **filters)
    date_of = "m.date" if merged else "coalesce(e.date, d.published)"
    rows = store.query(f"SELECT {date_of} AS date, {p}.quad_class AS quad_class, count(*) AS events, "
                       f"sum({p}.goldstein) AS goldstein FROM {source} GROUP BY 1, 2", params)
    cells: dict[tuple[str, int], list[float]] = {}
    imprecise = 0
    for r in rows:
        period = _period(r["date"], by)
        if period is None or r["quad_class"] is None:
            imprecise += int(r["events"])
            continue
        cell = cells.setdefault((period, int(r["quad_class"])), [0, 0.0])
        cell[0] += int(r["events"])
        cell[1] += float(r["goldstein"] or 0)
    series = [{"period": period, "start": _period_start(period), "quad_class": quad, "events": int(n),
               "mean_goldstein": round(g / n, 2)} for (period, quad), (n, g) in sorted(cells.items())]
    return {"by": by, "series": series, "imprecise": imprecise}


def _period(value: str | None, by: str) -> str | None:
    """The day ('2018-03-26'), ISO week ('2018-W13') or month ('2018-03') of an ISO date value,
    or None when the value is less precise; a range counts at its start."""
    value = (value or "").split("/")[0]
    if by == "week" and re.fullmatch(r"\d{4}-W\d{2}", value):
        return value
    if by == "month" and re.match(r"\d{4}-\d{2}(-|$)", value):
        return value[:7]
    day = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", value)
    if not day:
        return None
    if by == "day":
        return value
    year, week, _ = date(*map(int, day.groups())).isocalendar()
    return f"{year}-W{week:02d}"


def _period_start(period: str) -> str:
    """The first day of a period, for a time axis."""
    if "-W" in period:
        year, week = period.split("-W")
        return date.fromisocalendar(int(year), int(week), 1).isoformat()
    return period if len(period) == 10 else period + "-01"


def network(store: Store, merged: bool = False, **filters: Any) -> list[dict[str, Any]]:
    """Dyads as edges: events from each source to each target (countries, else actor codes),
    with mean Goldstein, most events first."""
    p, source, params = _filtered(merged, "{p}.target_code IS NOT NULL", **filters)
    rows = store.query(
        f"SELECT coalesce({p}.source_country, {p}.source_code) AS source, "
        f"coalesce({p}.target_country, {p}.target_code) AS target, count(*) AS events, "
        f"avg({p}.goldstein) AS mean_goldstein FROM {source} GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2", params)
    return [{**r, "events": int(r["events"]), "mean_goldstein": _round(r["mean_goldstein"])} for r in rows
            if r["source"] and r["target"] and r["source"] != r["target"]]


def event_places(store: Store, merged: bool = False, **filters: Any) -> list[dict[str, Any]]:
    """Where the events happened: each located place with its events and their mean Goldstein."""
    p, source, params = _filtered(merged, "{p}.location_lat IS NOT NULL AND {p}.location_lon IS NOT NULL",
                                  **filters)
    rows = store.query(
        f"SELECT {p}.location_id AS id, min({p}.location_name) AS name, min({p}.location_country) AS country, "
        f"min({p}.location_feature) AS feature, min({p}.location_lat) AS lat, min({p}.location_lon) AS lon, "
        f"count(*) AS events, avg({p}.goldstein) AS mean_goldstein FROM {source} GROUP BY 1 ORDER BY 7 DESC, 2",
        params)
    return [{**r, "events": int(r["events"]), "mean_goldstein": _round(r["mean_goldstein"])} for r in rows]


def status_counts(store: Store, merged: bool = False, **filters: Any) -> list[dict[str, Any]]:
    """Events by status (asserted, reported, alleged, ...), most first."""
    p, source, params = _filtered(merged, **filters)
    rows = store.query(f"SELECT {p}.status AS status, count(*) AS events FROM {source} GROUP BY 1 ORDER BY 2 DESC, 1",
                       params)
    return [{**r, "events": int(r["events"])} for r in rows]


def _round(x: Any) -> float | None:
    return round(float(x), 2) if x is not None else None
