"""Exports of a store: JSON lines, CSV, Parquet and a GDELT 2.0 events table.

CSV and Parquet are written by the database itself (``COPY (query) TO``), typed as the
schema types them (coordinates are doubles, offsets integers). GDELT's table has one row
per merged event, tab-separated, no header, the 61 columns of the GDELT 2.0 event codebook
in their order; columns tidings does not fill (tone, religion and ethnic codes, geo feature
ids) are empty, so GDELT scripts load it as is. Every export is written to a temporary file
in the output's folder and renamed over it when complete: a run killed half-way leaves the
previous file as it was.
"""

from __future__ import annotations

import csv
import json
import os
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from datetime import date
from pathlib import Path
from typing import IO, Any

from .store import COLUMNS, EVENT_COLUMNS, MERGED_COLUMNS, Store
from .timex import interval

GDELT_COLUMNS = [
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *[f"Actor{n}{c}" for n in (1, 2) for c in (
        "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
        "Type1Code", "Type2Code", "Type3Code")],
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *[f"{g}_{c}" for g in ("Actor1Geo", "Actor2Geo", "ActionGeo") for c in (
        "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")],
    "DATEADDED", "SOURCEURL",
]
# GDELT geo types: 1 country, 2 US state, 3 US city, 4 world city, 5 world state
_GEO_TYPE = {"country": 1, "admin1": 5, "region": 5, "city": 4, "facility": 4}
FORMATS = ("jsonl", "csv", "parquet", "gdelt")
_TABLES = ("events", "merged", "documents")


_BREAKS = str.maketrans("\t\n\r", "   ")


def _cell(value: Any) -> str:
    """A GDELT cell: no tab or line break inside, so every row keeps its 61 columns."""
    return "" if value is None else str(value).translate(_BREAKS)


def _gdelt_actor(row: dict[str, Any], side: str) -> tuple[str, ...]:
    code, country = row[f"{side}_code"] or "", row[f"{side}_country"] or ""
    sector = code[len(country):] if country and code.startswith(country) else ""
    known_group = code if not country and code else ""
    return (_cell(code), _cell((row[f"{side}_name"] or "").upper()), _cell(country), _cell(known_group), "", "", "",
            _cell(sector[:3]), _cell(sector[3:6]), "")


_NO_GEO = ("0", "", "", "", "", "", "", "")


def _gdelt_geo(row: dict[str, Any]) -> tuple[str, ...]:
    if not row.get("location_name"):
        return _NO_GEO
    kind = _GEO_TYPE.get(row["location_feature"] or "", 4)
    if row["location_country"] == "USA" and kind in (4, 5):
        kind -= 1  # GDELT counts US cities and states apart
    return (str(kind), _cell(row["location_name"]), _cell(row["location_country"]), _cell(row["location_admin1"]),
            "", _cell(row["location_lat"]), _cell(row["location_lon"]), _cell(row["location_id"]))


@lru_cache(maxsize=65536)  # a store holds few distinct dates
def gdelt_dates(value: str | None, precision: str | None) -> tuple[str, str, str, str]:
    """SQLDATE, MonthYear, Year and FractionDate of a tidings date at any precision: the
    first day the value covers ('2012-W44' its Monday, '2018-03' the 1st, '1980s' 1980-01-01,
    'START/END' START, an ``on_or_before`` date the first day of the date it bounds);
    FractionDate is the year plus the share of it gone before that day. Empty when undated."""
    span = interval(value, None if precision == "on_or_before" else precision)
    if span is None:
        return "", "", "", ""
    day: date = span[0]
    days_in_year = (date(day.year + 1, 1, 1) - date(day.year, 1, 1)).days
    return (f"{day.year:04d}{day.month:02d}{day.day:02d}", f"{day.year:04d}{day.month:02d}", f"{day.year:04d}",
            f"{day.year + (day.timetuple().tm_yday - 1) / days_in_year:.4f}")


def gdelt_row(n: int, row: dict[str, Any]) -> list[str]:
    """The 61 cells of one merged event (docs/format.md, "GDELT")."""
    code = row["cameo_code"] or ""
    return [str(n), *gdelt_dates(row["date"], row["date_precision"]),
            *_gdelt_actor(row, "source"), *_gdelt_actor(row, "target"),
            "1", _cell(code), _cell(code[:3]), _cell(row["cameo_root"]), _cell(row["quad_class"]),
            _cell(row["goldstein"]), _cell(row["n_mentions"]), _cell(row["n_sources"]), _cell(row["n_sources"]), "",
            *_NO_GEO, *_NO_GEO, *_gdelt_geo(row), "", _cell(row["url"] or row["first_doc_id"] or "")]


def write_gdelt(rows: Iterable[dict[str, Any]], out: IO[str]) -> int:
    n = 0
    for n, row in enumerate(rows, 1):
        out.write("\t".join(gdelt_row(n, row)) + "\n")
    return n


@contextmanager
def _atomic(out: str | Path) -> Iterator[Path]:
    """A temporary file next to ``out``, renamed over it when the block completes."""
    out = Path(out)
    tmp = out.with_name(f".{out.name}.tmp-{os.getpid()}")
    try:
        yield tmp
        os.replace(tmp, out)
    finally:
        if tmp.exists():
            tmp.unlink()


def _query(table: str) -> tuple[str, list[tuple[str, str]]]:
    """The SQL of an exported table and its columns with their kinds."""
    if table == "events":
        kinds = dict(COLUMNS["events"])
        columns = ["doc_key", *[c for c in EVENT_COLUMNS if c != "doc_key"]]
        order = "doc_id, evidence_start, trigger_start, id"
        name = "events"
    elif table == "merged":
        kinds, columns, order, name = dict(COLUMNS["merged_events"]), MERGED_COLUMNS, "date, id", "merged_events"
    elif table == "documents":
        kinds = dict(COLUMNS["documents"])
        columns, order, name = list(kinds), "doc_id, doc_key", "documents"
    else:
        raise ValueError(f"unknown table {table!r}: {', '.join(_TABLES)}")
    return f"SELECT {', '.join(columns)} FROM {name} ORDER BY {order}", [(c, kinds[c]) for c in columns]


def export(store: Store, fmt: str, out: str | Path, table: str = "events") -> int:
    """Write ``table`` (events, merged or documents) of ``store`` to ``out``; returns the rows written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}: {', '.join(FORMATS)}")
    if fmt == "gdelt":
        with _atomic(out) as tmp, open(tmp, "w", encoding="utf-8", newline="") as fh:
            return write_gdelt(store.merged(), fh)
    sql, columns = _query(table)
    if fmt in ("csv", "parquet"):
        with _atomic(out) as tmp:
            store.db.copy_to(sql, columns, tmp, fmt)
        return store.db.execute(f"SELECT count(*) FROM ({sql}) t").fetchone()[0]
    rows = store.query(sql)
    if table == "merged":
        mentions = defaultdict(list)
        for m in store.query("SELECT merged_id, event_id, doc_id FROM event_sources ORDER BY doc_id, event_id"):
            mentions[m["merged_id"]].append({"event_id": m["event_id"], "doc_id": m["doc_id"]})
        for r in rows:
            r["mentions"] = mentions[r["id"]]
    with _atomic(out) as tmp, open(tmp, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
    return len(rows)


def write_rows(rows: list[dict[str, Any]], fmt: str, out: str | Path, table: str = "events") -> int:
    """Rows a query function returned (a filtered set, as `tidings serve` downloads it) written
    as JSON lines, CSV or Parquet with the columns and types of ``table``'s export."""
    from .store.postgres import _csv_to_parquet  # CSV typed by the schema, to Parquet

    if fmt not in ("jsonl", "csv", "parquet"):
        raise ValueError(f"unknown format {fmt!r}: jsonl, csv or parquet")
    _, columns = _query(table)
    with _atomic(out) as tmp:
        if fmt == "jsonl":
            with open(tmp, "w", encoding="utf-8") as fh:
                for row in rows:
                    fh.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
            return len(rows)
        flat = tmp if fmt == "csv" else tmp.with_name(tmp.name + ".csv")
        try:
            with open(flat, "w", encoding="utf-8", newline="") as fh:
                w = csv.writer(fh)
                w.writerow([c for c, _ in columns])
                w.writerows([[_csv_cell(row.get(c)) for c, _ in columns] for row in rows])
            if fmt == "parquet":
                _csv_to_parquet(flat, columns, tmp)
        finally:
            if flat != tmp and flat.exists():
                flat.unlink()
    return len(rows)


def _csv_cell(value: Any) -> Any:
    """A CSV cell as the database's own COPY writes it: empty for NULL, true/false."""
    if value is None:
        return ""
    return ("true" if value else "false") if isinstance(value, bool) else value
