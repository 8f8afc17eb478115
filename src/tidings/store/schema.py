"""The tables of a store, one definition for both databases (docs/format.md, "Database").

Each table is a list of (column, type); the DDL, the bulk inserts' casts and the
export's typed Parquet columns are all read from it, so a column is named once.
"""

from __future__ import annotations

from .. import merge

# Raised when a table changes; a database made by another schema is refused with a message,
# unless MIGRATIONS upgrade it. 6: actors' gender and cue; 7: merged_events.merge_block names a
# block (merge key @ stretch of days), so the upgrade to 7 merges the stored events again.
SCHEMA_VERSION = "7"

_ACTOR = [("text", "text"), ("name", "text"), ("id", "text"), ("country", "text"), ("sector", "text"),
          ("code", "text"), ("start", "int"), ("end", "int")]
_PLACE = [("name", "text"), ("country", "text"), ("admin1", "text"), ("lat", "double"), ("lon", "double"),
          ("feature", "text"), ("id", "text")]


def _side(prefix: str, fields: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(f"{prefix}_{name}", kind) for name, kind in fields]


COLUMNS: dict[str, list[tuple[str, str]]] = {
    "documents": [
        ("doc_key", "text"), ("doc_id", "text"), ("path", "text"), ("url", "text"), ("title", "text"),
        ("outlet", "text"), ("byline", "text"), ("published", "text"), ("published_precision", "text"),
        ("published_text", "text"), ("published_source", "text"), ("status", "text"), ("error", "text"),
        ("text", "text"), ("captions", "text"), ("pipeline_version", "text"), ("coded_at", "timestamp"),
    ],
    "actors": [
        ("doc_key", "text"), ("doc_id", "text"), ("mention", "int"), ("text", "text"), ("start_char", "int"),
        ("end_char", "int"), ("name", "text"), ("entity_id", "text"), ("country", "text"), ("sector", "text"),
        ("code", "text"), ("kind", "text"), ("role", "text"), ("gender", "text"), ("cue", "text"),
    ],
    "places": [
        ("doc_key", "text"), ("doc_id", "text"), ("mention", "int"), ("text", "text"), ("start_char", "int"),
        ("end_char", "int"), ("name", "text"), ("country", "text"), ("admin1", "text"), ("lat", "double"),
        ("lon", "double"), ("feature", "text"), ("place_id", "text"),
    ],
    "timexes": [
        ("doc_key", "text"), ("doc_id", "text"), ("mention", "int"), ("text", "text"), ("start_char", "int"),
        ("end_char", "int"), ("value", "text"), ("precision", "text"), ("source", "text"), ("type", "text"),
        ("timex3", "text"),
    ],
    "events": [
        ("id", "text"), ("doc_key", "text"), ("doc_id", "text"),
        ("evidence_start", "int"), ("evidence_end", "int"), ("evidence_text", "text"),
        *_side("source", _ACTOR), *_side("target", _ACTOR),
        ("cameo_code", "text"), ("cameo_root", "text"), ("cameo_name", "text"), ("goldstein", "double"),
        ("quad_class", "int"), ("plover_type", "text"), ("plover_mode", "text"), ("plover_context", "text"),
        ("date", "text"), ("date_precision", "text"), ("date_text", "text"), ("date_source", "text"),
        ("date_start", "int"), ("date_end", "int"), ("date_first", "text"), ("date_last", "text"),
        *_side("location", _PLACE), ("location_text", "text"), ("location_start", "int"), ("location_end", "int"),
        ("status", "text"), ("status_cue_text", "text"), ("status_cue_start", "int"), ("status_cue_end", "int"),
        *_side("reported_by", _ACTOR),
        ("quantity_text", "text"), ("quantity_value", "double"), ("quantity_start", "int"), ("quantity_end", "int"),
        ("trigger_text", "text"), ("trigger_start", "int"), ("trigger_end", "int"), ("pattern", "text"),
        ("caption", "bool"), ("source_role", "text"), ("target_role", "text"), ("reported_by_role", "text"),
        ("merge_key", "text"),
    ],
    "quotes": [
        ("id", "text"), ("doc_key", "text"), ("doc_id", "text"), ("text", "text"), ("start_char", "int"),
        ("end_char", "int"), ("speaker_text", "text"), ("speaker_name", "text"), ("speaker_country", "text"),
        ("speaker_code", "text"), ("cue", "text"), ("channel", "text"), ("status", "text"), ("fragment", "bool"),
        ("kind", "text"),
    ],
    "merged_events": [
        ("id", "text"), ("merge_key", "text"), ("merge_block", "text"),
        ("source_code", "text"), ("source_name", "text"), ("source_country", "text"),
        ("target_code", "text"), ("target_name", "text"), ("target_country", "text"),
        ("cameo_code", "text"), ("cameo_root", "text"), ("cameo_name", "text"), ("goldstein", "double"),
        ("quad_class", "int"), ("plover_type", "text"), ("date", "text"), ("date_precision", "text"),
        ("date_first", "text"), ("date_last", "text"), ("status", "text"), *_side("location", _PLACE), ("evidence_text", "text"), ("first_doc_id", "text"),
        ("url", "text"), ("n_sources", "int"), ("n_mentions", "int"),
    ],
    "event_sources": [
        ("merged_id", "text"), ("event_id", "text"), ("doc_key", "text"), ("doc_id", "text"),
    ],
}
TABLES = list(COLUMNS)

_PRIMARY = {"documents": "doc_key", "actors": "doc_key, mention", "places": "doc_key, mention",
            "timexes": "doc_key, mention", "events": "id", "quotes": "id", "merged_events": "id",
            "event_sources": "merged_id, event_id"}
_NOT_NULL = {"doc_key", "doc_id", "status", "mention", "merge_key", "merged_id", "event_id", "merge_block"}
_INDEXES = [("events_doc", "events", "doc_key"), ("events_dyad", "events", "source_country, target_country"),
            ("events_key", "events", "merge_key"), ("documents_id", "documents", "doc_id"),
            ("merged_block", "merged_events", "merge_block")]

# Tables holding one document's rows, deleted together when the document is replaced.
DOCUMENT_TABLES = ["events", "actors", "places", "timexes", "quotes", "documents"]


# Columns a schema version added to tables that exist, by the version they upgrade from: a
# store of that version is upgraded in place when opened for writing (its rows keep NULL in
# them). Schema 6: actors keep the open-world fields, `gender` and the `cue` for the country.
MIGRATIONS: dict[str, tuple[str, list[tuple[str, str]]]] = {
    "5": ("6", [("actors", "gender"), ("actors", "cue")]),
    "6": ("7", []),
}
# Versions whose merged events are built by another merge: reaching one re-merges the store.
REMERGED = {"7"}


def migration(version: str, sql_type: dict[str, str]) -> tuple[list[str], bool] | None:
    """The ALTER statements that bring a store of schema ``version`` to SCHEMA_VERSION, and
    whether its events must be merged again on the way; None when no migration leads there."""
    out: list[str] = []
    remerge = False
    while version != SCHEMA_VERSION:
        if version not in MIGRATIONS:
            return None
        version, added = MIGRATIONS[version]
        out += [f"ALTER TABLE {table} ADD COLUMN {column} {sql_type[kinds(table)[column]]}" for table, column in added]
        remerge |= version in REMERGED
    return out, remerge


def names(table: str) -> list[str]:
    return [c for c, _ in COLUMNS[table]]


def kinds(table: str) -> dict[str, str]:
    return dict(COLUMNS[table])


# The columns a writer fills (coded_at has its default).
DOCUMENT_COLUMNS = [c for c in names("documents") if c != "coded_at"]
ACTOR_COLUMNS = names("actors")
PLACE_COLUMNS = names("places")
TIMEX_COLUMNS = names("timexes")
EVENT_COLUMNS = names("events")
QUOTE_COLUMNS = names("quotes")
MERGED_COLUMNS = names("merged_events")
SOURCE_COLUMNS = names("event_sources")
assert all(c in EVENT_COLUMNS for c in merge.LOCATION_COLUMNS)


def ddl(sql_type: dict[str, str], lookup_indexes: bool = True) -> list[str]:
    """CREATE statements for a database whose type names are ``sql_type`` (text, int, ...).

    Without ``lookup_indexes`` only ``documents`` gets its primary key (the exactly-once
    guard) and no table another index: a database whose planner scans for the store's
    lookups anyway (DuckDB: its IN lists and joins are scans and hash joins) would only
    pay for the indexes at every insert and every checkpoint, a cost that grows with the
    store (docs/format.md, "Writing in bulk")."""
    out = []
    for table, columns in COLUMNS.items():
        cells = []
        for name, kind in columns:
            cell = f"{name} {sql_type[kind]}"
            if name in _NOT_NULL:
                cell += " NOT NULL"
            if name == "coded_at":
                cell += " DEFAULT CURRENT_TIMESTAMP"
            cells.append(cell)
        if lookup_indexes or table == "documents":
            cells.append(f"PRIMARY KEY ({_PRIMARY[table]})")
        out.append(f"CREATE TABLE IF NOT EXISTS {table} ({', '.join(cells)})")
    if lookup_indexes:
        out += [f"CREATE INDEX IF NOT EXISTS {name} ON {table} ({cols})" for name, table, cols in _INDEXES]
    return out
