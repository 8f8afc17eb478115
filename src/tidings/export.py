"""Exports of a store: JSON lines, CSV, Parquet and a GDELT 2.0 events table.

GDELT's table has one row per merged event, tab-separated, no header, the 61 columns
of the GDELT 2.0 event codebook in their order; columns tidings does not fill (tone,
religion and ethnic codes, geo feature ids) are empty, so GDELT scripts load it as is.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

from .store import EVENT_COLUMNS, MERGED_COLUMNS, Store, location_json

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


def _gdelt_actor(row: dict[str, Any], side: str) -> list[Any]:
    code, country = row[f"{side}_code"] or "", row[f"{side}_country"] or ""
    sector = code[len(country):] if country and code.startswith(country) else ""
    known_group = code if not country and code else ""
    return [code, (row[f"{side}_name"] or "").upper(), country, known_group, "", "", "",
            sector[:3], sector[3:6], ""]


def _gdelt_geo(loc: dict[str, Any] | None) -> list[Any]:
    if not loc:
        return [0, "", "", "", "", "", "", ""]
    kind = _GEO_TYPE.get(loc.get("feature") or "", 4)
    if loc.get("country") == "USA" and kind in (4, 5):
        kind -= 1  # GDELT counts US cities and states apart
    return [kind, loc.get("name") or "", loc.get("country") or "", loc.get("admin1") or "", "",
            loc.get("lat") if loc.get("lat") is not None else "", loc.get("lon") if loc.get("lon") is not None else "",
            loc.get("id") or ""]


def gdelt_row(n: int, row: dict[str, Any]) -> list[Any]:
    date = (row["date"] or "").replace("-", "")
    sqldate = date.ljust(8, "0") if date else ""
    year = date[:4]
    fraction = f"{int(year) + (int(date[4:6] or 1) - 1) / 12:.4f}" if year else ""
    code = row["cameo_code"] or ""
    loc = location_json(row)
    return [n, sqldate, date[:6].ljust(6, "0") if date else "", year, fraction,
            *_gdelt_actor(row, "source"), *_gdelt_actor(row, "target"),
            1, code, code[:3], row["cameo_root"], row["quad_class"], row["goldstein"],
            row["n_mentions"], row["n_sources"], row["n_sources"], "",
            *_gdelt_geo(None), *_gdelt_geo(None), *_gdelt_geo(loc), "", row["url"] or row["first_doc_id"] or ""]


def write_gdelt(rows: Iterable[dict[str, Any]], out: IO[str]) -> int:
    w = csv.writer(out, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
    n = 0
    for n, row in enumerate(rows, 1):
        w.writerow(gdelt_row(n, row))
    return n


def export(store: Store, fmt: str, out: str | Path, table: str = "events") -> int:
    """Write ``table`` (events, merged or documents) of ``store`` to ``out``; returns the rows written."""
    if fmt == "gdelt":
        with open(out, "w", encoding="utf-8", newline="") as fh:
            return write_gdelt(store.merged(), fh)
    rows = _rows(store, table)
    write_rows(rows, fmt, out, table)
    return len(rows)


def write_rows(rows: list[dict[str, Any]], fmt: str, out: str | Path, table: str = "events") -> None:
    """Write rows of ``table`` (events, merged or documents) as JSON lines, CSV or Parquet."""
    if fmt == "jsonl":
        with open(out, "w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
    elif fmt == "csv":
        with open(out, "w", encoding="utf-8", newline="") as fh:
            columns = _columns(table, rows)
            w = csv.DictWriter(fh, fieldnames=columns, extrasaction="ignore")
            w.writeheader()
            w.writerows(rows)
    elif fmt == "parquet":
        _write_parquet(rows, _columns(table, rows), out)
    else:
        raise ValueError(f"unknown export format {fmt!r}: jsonl, csv, parquet or gdelt")


def _rows(store: Store, table: str) -> list[dict[str, Any]]:
    if table == "events":
        return store.events()
    if table == "merged":
        rows = store.merged()
        for r in rows:
            r["mentions"] = [{"event_id": m["event_id"], "doc_id": m["doc_id"]} for m in store.mentions_of(r["id"])]
        return rows
    if table == "documents":
        return store.query("SELECT * FROM documents ORDER BY doc_id, doc_key")
    raise ValueError(f"unknown table {table!r}: events, merged or documents")


def _columns(table: str, rows: list[dict[str, Any]]) -> list[str]:
    if table == "events":
        return ["doc_key", *[c for c in EVENT_COLUMNS if c != "doc_key"]]
    if table == "merged":
        return MERGED_COLUMNS
    return list(rows[0]) if rows else ["doc_key"]


def _write_parquet(rows: list[dict[str, Any]], columns: list[str], out: str | Path) -> None:
    """Parquet through an in-memory DuckDB, whichever database the rows came from."""
    import duckdb

    con = duckdb.connect()
    cols = [c for c in columns if c != "mentions"]
    con.execute(f"CREATE TABLE t ({', '.join(f'{c} VARCHAR' for c in cols)})")
    if rows:
        con.executemany(f"INSERT INTO t VALUES ({', '.join('?' * len(cols))})",
                        [[None if r.get(c) is None else str(r.get(c)) for c in cols] for r in rows])
    typed = ", ".join(f"TRY_CAST({c} AS {_PARQUET_TYPES.get(c, 'VARCHAR')}) AS {c}" for c in cols)
    con.execute(f"COPY (SELECT {typed} FROM t) TO '{str(out).replace(chr(39), chr(39) * 2)}' (FORMAT parquet)")
    con.close()


_PARQUET_TYPES = {**{c: "INTEGER" for c in ("evidence_start", "evidence_end", "source_start", "source_end",
                                            "target_start", "target_end", "quad_class", "trigger_start",
                                            "trigger_end", "n_sources", "n_mentions")},
                  "goldstein": "DOUBLE", "caption": "BOOLEAN"}

