"""Questions analysts ask of a store, answered in SQL both databases speak; and the reading
of the filters they ask them with (dates, codes, text), shared by the CLI and the store."""

from __future__ import annotations

import functools
import re
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from .errors import UsageError
from .timex.calendar import interval, month_end

if TYPE_CHECKING:
    from .store import Store

_PERIOD_CHARS = {"year": 4, "month": 7, "day": 10}


class FilterError(UsageError):
    """A filter value that cannot mean anything: a date that is not one, a code with wildcards."""


# --- filters -----------------------------------------------------------------------

_FILTER_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-W(\d{2}))?$")


def date_filter(value: str, option: str = "--since") -> tuple[date, date]:
    """The first and last day a filter date covers: ``2018``, ``2018-03``, ``2018-03-01`` or
    ``2018-W10``; anything else is a FilterError saying which forms work."""
    m = _FILTER_DATE.match(value.strip())
    try:
        if m is None:
            raise ValueError
        year, month, day, week = m.groups()
        if week:
            first = date.fromisocalendar(int(year), int(week), 1)
            return first, first + timedelta(days=6)
        if day:
            d = date(int(year), int(month), int(day))
            return d, d
        if month:
            first = date(int(year), int(month), 1)
            return first, month_end(first)
        return date(int(year), 1, 1), date(int(year), 12, 31)
    except ValueError:
        raise FilterError(f"{option} {value!r} is not a date; give one as 2018, 2018-03, 2018-03-01 or "
                          "2018-W10") from None


def date_clause(first: str, last: str, since: str | None = None, until: str | None = None
                ) -> tuple[list[str], list[Any]]:
    """SQL conditions keeping the dates whose days meet [since, until], given the columns that
    hold the first and the last day each date covers (ISO text; the store writes them): an
    event dated by a week, a month or a year is kept when any of its days is in range, so
    ``--since 2012-12-31`` drops 2012-W52 (24-30 December) and ``--until 2012-12`` keeps
    2012-W49; an ``on_or_before`` date, whose first day is the calendar's, meets any until."""
    clauses: list[str] = []
    params: list[Any] = []
    if since:
        clauses.append(f"{last} >= ?")
        params.append(date_filter(since, "--since")[0].isoformat())
    if until:
        clauses.append(f"{first} <= ?")
        params.append(date_filter(until, "--until")[1].isoformat())
    return clauses, params


_CODE = re.compile(r"^[A-Za-z0-9]+$")


def code_filter(value: str | None, option: str = "--source") -> str | None:
    """A country or actor code filter, upper-cased ('gbr' is GBR); letters and digits only."""
    if value is None or not value.strip():
        return None
    value = value.strip()
    if not _CODE.match(value):
        raise FilterError(f"{option} {value!r} is not a code; give letters and digits, as in RUS, RUSGOV, 16")
    return value.upper()


def prefix_clause(column: str, value: str) -> tuple[str, list[Any]]:
    """``column`` starts with ``value``, with no character of it a wildcard."""
    return f"substr({column}, 1, {len(value)}) = ?", [value]


def contains_clause(column: str, text: str) -> tuple[str, list[Any]]:
    """``column`` holds ``text``, ignoring case: a plain substring ('%' and '_' are themselves)."""
    return f"strpos(lower({column}), ?) > 0", [text.lower()]


def choice_filter(value: str | None, choices: list[str], option: str) -> str | None:
    """A filter that takes one of ``choices`` (any case); anything else is a FilterError listing them."""
    if value is None or not value.strip():
        return None
    found = next((c for c in choices if c.lower() == value.strip().lower()), None)
    if found is None:
        raise FilterError(f"{option} {value!r} is not one of: {', '.join(choices)}")
    return found


# --- what a store holds of one document ---------------------------------------------

def stored_records(store: Store, doc_key: str) -> list[dict[str, Any]]:
    """A stored document's records, in the shape ``tidings code --format jsonl`` prints
    (docs/format.md), read back from the store; its document record says ``"stored": "before"``."""
    from .store import event_json

    rows = store.query("SELECT * FROM documents WHERE doc_key = ?", [doc_key])
    if not rows:
        return []
    d = rows[0]
    published = {"value": d["published"], "precision": d.get("published_precision"),
                 "text": d.get("published_text"), "source": d.get("published_source")} if d.get("published") else None
    head = {"record": "document", "doc_id": d["doc_id"], "doc_key": d["doc_key"], "title": d.get("title"),
            "published": published, "url": d.get("url"), "outlet": d.get("outlet"), "byline": d.get("byline"),
            "status": d["status"], "error": d.get("error"), "stored": "before"}
    quotes = [{"record": "quote", "id": q["id"], "doc_id": q["doc_id"], "text": q["text"], "start": q["start_char"],
               "end": q["end_char"],
               "speaker": {"text": q["speaker_text"], "name": q["speaker_name"], "country": q["speaker_country"],
                           "code": q["speaker_code"]} if q.get("speaker_text") else None,
               "cue": q["cue"], "channel": q["channel"], "status": q["status"], "fragment": bool(q["fragment"]),
               "kind": q["kind"]}
              for q in store.query("SELECT * FROM quotes WHERE doc_key = ? ORDER BY start_char, id", [doc_key])]
    events = [event_json(r) for r in store.query(
        "SELECT * FROM events WHERE doc_key = ? ORDER BY evidence_start, trigger_start, id", [doc_key])]
    return [head, *quotes, *events]


# --- analyses ------------------------------------------------------------------------

_PRECISE_ENOUGH = {"day": {"day", "week"}, "week": {"day", "week"}, "month": {"day", "week", "month"},
                   "year": {"day", "week", "month", "year"}}  # by period: the precisions a date counts in it with


@functools.lru_cache(maxsize=65536)
def period_of(value: str, by: str) -> str | None:
    """The day ('2018-03-26'), ISO week ('2018-W13'), month ('2018-03') or year a stored date
    value counts in: a day in its own; a week in itself, and in the day, month and year of its
    Thursday (the ISO rule that puts a week in a year); a range at its first day. None for a
    value less precise than the period ('2018' by month, '2018-03' by week, a decade by year)."""
    read = _day_of(value)
    if read is None or read[1] not in _PRECISE_ENOUGH[by]:
        return None
    day = read[0]
    if by == "week":
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}"
    return day.isoformat()[:_PERIOD_CHARS[by]]


def _day_of(value: str) -> tuple[date, str] | None:
    """The day a date value counts at (a week's Thursday) and its precision; None for a decade
    or a value that is not a date."""
    if "-W" in value or "/" in value:
        span = interval(value, None)
        if span is None:
            return None
        return (span[0] + timedelta(days=3), "week") if "-W" in value else (span[0], "day")
    m = re.match(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T|$)", value)
    try:
        if m is None:
            return None
        year, month, day = m.groups()
        return date(int(year), int(month or 1), int(day or 1)), "day" if day else "month" if month else "year"
    except ValueError:
        return None


def dyad_series(store: Store, a: str, b: str, by: str = "month") -> list[dict[str, Any]]:
    """Per period and direction: events, counts by quad class (1 verbal cooperation,
    2 material cooperation, 3 verbal conflict, 4 material conflict) and mean Goldstein."""
    if by not in _PERIOD_CHARS:
        raise ValueError(f"dyad by {by!r}: day, month or year")
    a, b = code_filter(a, "the first side") or "", code_filter(b, "the second side") or ""
    # counted per stored date value, then per period here: a week or a range counts at a day of
    # its own (period_of), which one SQL expression would have to spell out in both databases.
    # Every stored event has its document (they are written and deleted together): a LEFT JOIN
    # keeps the same rows, and DuckDB plans it without a join filter over every event (a third cheaper)
    rows = store.query(
        """SELECT coalesce(e.date, d.published) AS date,
                  CASE WHEN e.source_country = ? OR substr(e.source_code, 1, ?) = ? THEN ? ELSE ? END AS direction,
                  e.quad_class AS quad_class, count(*) AS events, sum(e.goldstein) AS goldstein,
                  count(e.goldstein) AS scored
           FROM events e LEFT JOIN documents d ON d.doc_key = e.doc_key
           WHERE ((e.source_country = ? OR substr(e.source_code, 1, ?) = ?)
                  AND (e.target_country = ? OR substr(e.target_code, 1, ?) = ?))
              OR ((e.source_country = ? OR substr(e.source_code, 1, ?) = ?)
                  AND (e.target_country = ? OR substr(e.target_code, 1, ?) = ?))
           GROUP BY 1, 2, 3""",
        [a, len(a), a, f"{a}->{b}", f"{b}->{a}",
         a, len(a), a, b, len(b), b, b, len(b), b, a, len(a), a])
    cells: dict[tuple[str, str], list[float]] = {}
    for r in rows:
        # a date less precise than the period is a period of its own ('2018' by month)
        period = (period_of(r["date"], by) or r["date"]) if r["date"] else "undated"
        c = cells.setdefault((period, r["direction"]), [0, 0, 0, 0, 0, 0.0, 0])
        c[0] += int(r["events"])
        if r["quad_class"] in (1, 2, 3, 4):
            c[int(r["quad_class"])] += int(r["events"])
        c[5] += float(r["goldstein"] or 0)
        c[6] += int(r["scored"])
    return [{"period": period, "direction": direction, "events": c[0], "verbal_coop": c[1], "material_coop": c[2],
             "verbal_conflict": c[3], "material_conflict": c[4],
             "mean_goldstein": round(c[5] / c[6], 2) if c[6] else None}
            for (period, direction), c in sorted(cells.items())]


# --- views over the events of a filter: what the web page and the API draw -------------

EVENT_SORTS = ("date", "doc_id", "id", "cameo_code", "cameo_root", "plover_type", "goldstein", "quad_class",
               "status", "source_code", "target_code", "location_name", "evidence_start")
MERGED_SORTS = ("date", "id", "cameo_code", "cameo_root", "plover_type", "goldstein", "quad_class", "status",
                "source_code", "target_code", "location_name", "n_sources", "n_mentions")


def check_sort(sort: str, merged: bool = False) -> None:
    """A ValueError naming the fields there are, for a sort of events (or merged events) there is not."""
    _order(sort, MERGED_SORTS if merged else EVENT_SORTS, "e")


def _order(sort: str, fields: tuple[str, ...], prefix: str) -> str:
    """ORDER BY for ``sort`` ('date', '-goldstein'): a field of a fixed list, never text put into SQL."""
    name = sort.removeprefix("-")
    if name not in fields:
        raise ValueError(f"cannot sort by {name!r}; sort by one of: {', '.join(fields)} (prefix - for descending)")
    direction = "DESC" if sort.startswith("-") else "ASC"
    # NULLs last either way, and the id breaks ties, so pages never overlap
    return f"ORDER BY {prefix}.{name} {direction} NULLS LAST, {prefix}.id"


def find_events(store: Store, merged: bool = False, sort: str = "date", limit: int = 50, offset: int = 0,
                total: int | None = None, **filters: Any) -> tuple[list[dict[str, Any]], int]:
    """One page of stored (or merged) events, filtered as `tidings events` does, and how many
    match in all (counted unless ``total`` says it, as a caller that knows the store has not
    changed since it last counted may)."""
    if total is None:
        total = count_events(store, merged, **filters)
    ids = event_ids(store, merged, sort, limit, offset, **filters)
    return events_by_id(store, ids, merged), total


def count_events(store: Store, merged: bool = False, **filters: Any) -> int:
    """How many stored (or merged) events a filter keeps."""
    _, source, params = _filtered(merged, **filters)
    return int(store.query(f"SELECT count(*) AS n FROM {source}", params)[0]["n"])


def event_ids(store: Store, merged: bool = False, sort: str = "date", limit: int = 50, offset: int = 0,
              **filters: Any) -> list[str]:
    """The ids of the events a filter keeps, in ``sort`` order, ``offset`` skipped, ``limit`` at
    most: a page sorts the ids alone, and ``events_by_id`` reads those rows (sorting every column
    of a large store to keep 50 rows costs several times as much)."""
    p, source, params = _filtered(merged, **filters)
    order = _order(sort, MERGED_SORTS if merged else EVENT_SORTS, p)
    return [r["id"] for r in store.query(
        f"SELECT {p}.id FROM {source} {order} LIMIT {int(limit)} OFFSET {int(offset)}", params)]


def events_by_id(store: Store, ids: list[str], merged: bool = False) -> list[dict[str, Any]]:
    """The rows of these events (or merged events), in the order of ``ids``; an id not stored is left out."""
    if not ids:
        return []
    table = "merged_events" if merged else "events"
    found = {r["id"]: r for r in store.query(f"SELECT * FROM {table} WHERE id = ANY(?)", [list(ids)])}
    return [found[i] for i in ids if i in found]


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
    from .store import event_filter  # the store's filters read this module's: imported when asked

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
        period = period_of(r["date"], by) if r["date"] else None
        if period is None or r["quad_class"] is None:
            imprecise += int(r["events"])
            continue
        cell = cells.setdefault((period, int(r["quad_class"])), [0, 0.0])
        cell[0] += int(r["events"])
        cell[1] += float(r["goldstein"] or 0)
    series = [{"period": period, "start": _period_start(period), "quad_class": quad, "events": int(n),
               "mean_goldstein": round(g / n, 2)} for (period, quad), (n, g) in sorted(cells.items())]
    return {"by": by, "series": series, "imprecise": imprecise}


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
