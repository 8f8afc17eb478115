"""Store: documents, actor mentions, events, quotes and merged events (schema in docs/format.md).

DuckDB is the embedded default; ``postgresql://`` URLs use a PostgreSQL server with
the same schema and behaviour. A document is stored once, under ``doc_key``, the
hash of its normalized text, so the same article fed twice, under any name, is
coded once. Each batch of documents is written in one transaction: a run killed
halfway leaves whole batches behind and the next run codes the rest.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from . import merge
from .records import Document, Event, Place, Quote, TimeValue

_SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    doc_key VARCHAR PRIMARY KEY,
    doc_id VARCHAR NOT NULL,
    path VARCHAR, url VARCHAR, title VARCHAR, outlet VARCHAR, byline VARCHAR,
    published VARCHAR, published_precision VARCHAR, published_text VARCHAR, published_source VARCHAR,
    status VARCHAR NOT NULL,
    error VARCHAR,
    text VARCHAR,
    captions VARCHAR,
    pipeline_version VARCHAR,
    coded_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
);
CREATE TABLE IF NOT EXISTS actors (
    doc_key VARCHAR NOT NULL, mention INTEGER NOT NULL,
    text VARCHAR, start_char INTEGER, end_char INTEGER,
    name VARCHAR, entity_id VARCHAR, country VARCHAR, sector VARCHAR, code VARCHAR, kind VARCHAR, role VARCHAR,
    PRIMARY KEY (doc_key, mention)
);
CREATE TABLE IF NOT EXISTS events (
    id VARCHAR PRIMARY KEY,
    doc_key VARCHAR NOT NULL,
    doc_id VARCHAR NOT NULL,
    evidence_start INTEGER, evidence_end INTEGER, evidence_text VARCHAR,
    source_text VARCHAR, source_name VARCHAR, source_id VARCHAR, source_country VARCHAR,
    source_sector VARCHAR, source_code VARCHAR, source_start INTEGER, source_end INTEGER,
    target_text VARCHAR, target_name VARCHAR, target_id VARCHAR, target_country VARCHAR,
    target_sector VARCHAR, target_code VARCHAR, target_start INTEGER, target_end INTEGER,
    cameo_code VARCHAR, cameo_root VARCHAR, cameo_name VARCHAR, goldstein {double}, quad_class INTEGER,
    plover_type VARCHAR, plover_mode VARCHAR, plover_context VARCHAR,
    date VARCHAR, date_precision VARCHAR, date_text VARCHAR, date_source VARCHAR,
    date_start INTEGER, date_end INTEGER,
    location_name VARCHAR, location_country VARCHAR, location_admin1 VARCHAR,
    location_lat {double}, location_lon {double}, location_feature VARCHAR, location_id VARCHAR,
    location_text VARCHAR, location_start INTEGER, location_end INTEGER,
    status VARCHAR, status_cue_text VARCHAR, status_cue_start INTEGER, status_cue_end INTEGER,
    reported_by_text VARCHAR, reported_by_name VARCHAR, reported_by_id VARCHAR, reported_by_country VARCHAR,
    reported_by_sector VARCHAR, reported_by_code VARCHAR, reported_by_start INTEGER, reported_by_end INTEGER,
    quantity_text VARCHAR, quantity_value {double}, quantity_start INTEGER, quantity_end INTEGER,
    trigger_text VARCHAR, trigger_start INTEGER, trigger_end INTEGER,
    pattern VARCHAR,
    caption BOOLEAN,
    source_role VARCHAR, target_role VARCHAR, reported_by_role VARCHAR
);
CREATE INDEX IF NOT EXISTS events_doc ON events (doc_key);
CREATE INDEX IF NOT EXISTS events_dyad ON events (source_country, target_country);
CREATE TABLE IF NOT EXISTS places (
    doc_key VARCHAR NOT NULL, mention INTEGER NOT NULL,
    text VARCHAR, start_char INTEGER, end_char INTEGER,
    name VARCHAR, country VARCHAR, admin1 VARCHAR, lat {double}, lon {double}, feature VARCHAR, place_id VARCHAR,
    PRIMARY KEY (doc_key, mention)
);
CREATE TABLE IF NOT EXISTS quotes (
    id VARCHAR PRIMARY KEY,
    doc_key VARCHAR NOT NULL,
    doc_id VARCHAR NOT NULL,
    text VARCHAR, start_char INTEGER, end_char INTEGER,
    speaker_text VARCHAR, speaker_name VARCHAR, speaker_country VARCHAR, speaker_code VARCHAR,
    cue VARCHAR, channel VARCHAR, status VARCHAR, fragment BOOLEAN, kind VARCHAR
);
CREATE TABLE IF NOT EXISTS merged_events (
    id VARCHAR PRIMARY KEY,
    merge_key VARCHAR NOT NULL,
    source_code VARCHAR, source_name VARCHAR, source_country VARCHAR,
    target_code VARCHAR, target_name VARCHAR, target_country VARCHAR,
    cameo_code VARCHAR, cameo_root VARCHAR, cameo_name VARCHAR, goldstein {double}, quad_class INTEGER,
    plover_type VARCHAR, date VARCHAR, date_precision VARCHAR, status VARCHAR,
    location_name VARCHAR, location_country VARCHAR, location_admin1 VARCHAR,
    location_lat {double}, location_lon {double}, location_feature VARCHAR, location_id VARCHAR,
    evidence_text VARCHAR, first_doc_id VARCHAR, url VARCHAR,
    n_sources INTEGER, n_mentions INTEGER
);
CREATE INDEX IF NOT EXISTS merged_key ON merged_events (merge_key);
CREATE TABLE IF NOT EXISTS event_sources (
    merged_id VARCHAR NOT NULL,
    event_id VARCHAR NOT NULL,
    doc_key VARCHAR NOT NULL,
    doc_id VARCHAR NOT NULL,
    PRIMARY KEY (merged_id, event_id)
);
"""

TABLES = ["documents", "actors", "places", "events", "quotes", "merged_events", "event_sources"]
# Raised when a table changes; a database made by another schema is refused with a message.
SCHEMA_VERSION = "3"

DOCUMENT_COLUMNS = ["doc_key", "doc_id", "path", "url", "title", "outlet", "byline", "published",
                    "published_precision", "published_text", "published_source", "status", "error", "text",
                    "captions", "pipeline_version"]
ACTOR_COLUMNS = ["doc_key", "mention", "text", "start_char", "end_char", "name", "entity_id", "country", "sector",
                 "code", "kind", "role"]
EVENT_COLUMNS = [
    "id", "doc_key", "doc_id", "evidence_start", "evidence_end", "evidence_text",
    "source_text", "source_name", "source_id", "source_country", "source_sector", "source_code", "source_start",
    "source_end", "target_text", "target_name", "target_id", "target_country", "target_sector", "target_code",
    "target_start", "target_end", "cameo_code", "cameo_root", "cameo_name", "goldstein", "quad_class",
    "plover_type", "plover_mode", "plover_context", "date", "date_precision", "date_text", "date_source",
    "date_start", "date_end", *merge.LOCATION_COLUMNS, "location_text", "location_start",
    "location_end", "status", "status_cue_text", "status_cue_start", "status_cue_end",
    "reported_by_text", "reported_by_name", "reported_by_id", "reported_by_country", "reported_by_sector",
    "reported_by_code", "reported_by_start", "reported_by_end",
    "quantity_text", "quantity_value", "quantity_start", "quantity_end",
    "trigger_text", "trigger_start", "trigger_end", "pattern", "caption",
    "source_role", "target_role", "reported_by_role",
]
PLACE_COLUMNS = ["doc_key", "mention", "text", "start_char", "end_char", "name", "country", "admin1", "lat", "lon",
                 "feature", "place_id"]
QUOTE_COLUMNS = ["id", "doc_key", "doc_id", "text", "start_char", "end_char", "speaker_text", "speaker_name",
                 "speaker_country", "speaker_code", "cue", "channel", "status", "fragment", "kind"]
MERGED_COLUMNS = ["id", "merge_key", "source_code", "source_name", "source_country", "target_code", "target_name",
                  "target_country", "cameo_code", "cameo_root", "cameo_name", "goldstein", "quad_class",
                  "plover_type", "date", "date_precision", "status", *merge.LOCATION_COLUMNS,
                  "evidence_text", "first_doc_id",
                  "url", "n_sources", "n_mentions"]


def _actor_row(actor) -> list[Any]:
    if actor is None:
        return [None] * 8
    return [actor.text, actor.name, actor.id, actor.country, actor.sector, actor.code, actor.start, actor.end]


def _date_cells(d: TimeValue | None) -> list[Any]:
    return [d.value, d.precision, d.text, d.source, d.start, d.end] if d else [None] * 6


def _place_cells(p: Place | None) -> list[Any]:
    return [p.name, p.country, p.admin1, p.lat, p.lon, p.feature, p.id, p.text, p.start, p.end] if p else [None] * 10


def place_row(p: Place, mention: int, doc_key: str) -> list[Any]:
    return [doc_key, mention, p.text, p.start, p.end, p.name, p.country, p.admin1, p.lat, p.lon, p.feature, p.id]


def location_json(row: dict[str, Any]) -> dict[str, Any] | None:
    """The location columns of an event or merged-event row as the JSONL ``location`` object."""
    if not row.get("location_name"):
        return None
    found = {c.removeprefix("location_"): row.get(c) for c in merge.LOCATION_COLUMNS}
    if "location_start" in row:
        found.update(text=row["location_text"], start=row["location_start"], end=row["location_end"])
    return found


def event_row(e: Event, doc_key: str) -> list[Any]:
    return [
        e.id, doc_key, e.doc_id, e.evidence.start, e.evidence.end, e.evidence.text,
        *_actor_row(e.source), *_actor_row(e.target),
        e.cameo.code, e.cameo.root, e.cameo.name, e.cameo.goldstein, e.cameo.quad_class,
        e.plover.type, e.plover.mode, ";".join(e.plover.context) or None,
        *_date_cells(e.date), *_place_cells(e.location), e.status,
        *([e.status_cue.text, e.status_cue.start, e.status_cue.end] if e.status_cue else [None] * 3),
        *_actor_row(e.reported_by),
        *([e.quantity.text, e.quantity.value, e.quantity.start, e.quantity.end] if e.quantity else [None] * 4),
        e.trigger.text, e.trigger.start, e.trigger.end, e.pattern, e.caption,
        *(a.role if a else None for a in (e.source, e.target, e.reported_by)),
    ]


def document_row(d: Document, version: str) -> list[Any]:
    p = d.published
    return [d.key, d.doc_id, d.path, d.url, d.title, d.outlet, d.byline, p.value if p else None,
            p.precision if p else None, p.text if p else None, p.source if p else None, d.status, d.error,
            d.text or None, json.dumps([[c.start, c.end] for c in d.captions]), version]


def quote_row(q: Quote, doc: Document) -> list[Any]:
    s = q.speaker
    return [q.id, doc.key, doc.doc_id, q.text, q.start, q.end, s.text if s else None, s.name if s else None,
            s.country if s else None, s.code if s else None, q.cue, q.channel, q.status, q.fragment, q.kind]


def actor_json(prefix: str, row: dict[str, Any]) -> dict[str, Any] | None:
    if row.get(f"{prefix}_code") is None and row.get(f"{prefix}_text") is None:
        return None
    return {k: row.get(f"{prefix}_{k}") for k in ("text", "name", "id", "country", "sector", "code", "role", "start",
                                                  "end")}


def event_json(row: dict[str, Any]) -> dict[str, Any]:
    """A stored event row in the shape of the JSONL ``event`` record (docs/format.md)."""
    return {
        "record": "event", "id": row["id"], "doc_id": row["doc_id"],
        "evidence": {"text": row["evidence_text"], "start": row["evidence_start"], "end": row["evidence_end"]},
        "source": actor_json("source", row), "target": actor_json("target", row),
        "cameo": {"code": row["cameo_code"], "root": row["cameo_root"], "name": row["cameo_name"],
                  "goldstein": row["goldstein"], "quad_class": row["quad_class"]},
        "plover": {"type": row["plover_type"], "mode": row["plover_mode"],
                   "context": row["plover_context"].split(";") if row["plover_context"] else []},
        "date": {"value": row["date"], "precision": row["date_precision"], "text": row["date_text"],
                 "source": row["date_source"], "start": row["date_start"], "end": row["date_end"]}
        if row["date"] else None,
        "location": location_json(row),
        "status": row["status"],
        "status_cue": {"text": row["status_cue_text"], "start": row["status_cue_start"],
                       "end": row["status_cue_end"]} if row.get("status_cue_text") else None,
        "reported_by": actor_json("reported_by", row),
        "quantity": {"text": row["quantity_text"], "value": row["quantity_value"], "start": row["quantity_start"],
                     "end": row["quantity_end"]} if row.get("quantity_text") else None,
        "trigger": {"text": row["trigger_text"], "start": row["trigger_start"], "end": row["trigger_end"]},
        "pattern": row["pattern"], "caption": bool(row["caption"]),
    }


class _Connection:
    """What the store needs of a database: statements with ``?`` parameters and transactions."""

    double = "DOUBLE"
    con: Any

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self.con.execute(sql, list(params))

    def executemany(self, sql: str, rows: list[list[Any]]) -> None:
        if not rows:
            return
        head, sep, values = sql.partition(" VALUES ")
        if not sep:
            self.con.executemany(sql, rows)
            return
        # DuckDB runs executemany one row at a time: an INSERT of many rows is one statement
        for i in range(0, len(rows), 200):
            chunk = rows[i:i + 200]
            self.con.execute(f"{head} VALUES {', '.join([values] * len(chunk))}", [v for r in chunk for v in r])

    def begin(self) -> None:
        self.execute("BEGIN")

    def commit(self) -> None:
        self.execute("COMMIT")

    def rollback(self) -> None:
        self.execute("ROLLBACK")

    def close(self) -> None:
        self.con.close()


class _DuckDB(_Connection):
    def __init__(self, path: str) -> None:
        import duckdb

        self.con = duckdb.connect(path)


class _Postgres(_Connection):
    double = "DOUBLE PRECISION"

    def __init__(self, url: str) -> None:
        import psycopg

        # autocommit: transactions are the store's own BEGIN ... COMMIT
        self.con = psycopg.connect(url, autocommit=True)

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        cur = self.con.cursor()
        cur.execute(sql.replace("?", "%s"), list(params) or None)
        return cur

    def executemany(self, sql: str, rows: list[list[Any]]) -> None:
        if rows:
            with self.con.cursor() as cur:
                cur.executemany(sql.replace("?", "%s"), rows)


def _insert(table: str, columns: list[str]) -> str:
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"


class SchemaMismatch(RuntimeError):
    pass


class Store:
    """The database of coded documents: DuckDB file (default) or ``postgresql://`` URL."""

    def __init__(self, path: str | Path = "tidings.duckdb", merge_rule: merge.Rule | None = None) -> None:
        self.path = str(path)
        self.db = _Postgres(self.path) if self.path.startswith(("postgresql://", "postgres://")) else _DuckDB(self.path)
        self.rule = merge_rule or merge.load_rule()
        self.db.execute("CREATE TABLE IF NOT EXISTS tidings_meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
        found = self.query("SELECT value FROM tidings_meta WHERE key = 'schema_version'")
        has_tables = self.query("SELECT count(*) AS n FROM information_schema.tables WHERE table_name = 'documents'")
        version = found[0]["value"] if found else ("1" if has_tables[0]["n"] else None)
        if version not in (None, SCHEMA_VERSION):
            self.db.close()
            raise SchemaMismatch(f"{self.path} holds tidings schema {version}; this tidings writes schema "
                                 f"{SCHEMA_VERSION}. Code into a new database (or delete this one and re-run).")
        for statement in _SCHEMA.format(double=self.db.double).split(";"):
            if statement.strip():
                self.db.execute(statement)
        if version is None:
            self.db.execute("INSERT INTO tidings_meta VALUES ('schema_version', ?)", [SCHEMA_VERSION])

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- writing ----------------------------------------------------------------------

    def known(self, keys: Iterable[str]) -> dict[str, str | None]:
        """Which of these document keys are stored, with the pipeline version that coded them."""
        keys = list(dict.fromkeys(keys))
        found: dict[str, str | None] = {}
        for i in range(0, len(keys), 500):
            part = keys[i:i + 500]
            rows = self.query(f"SELECT doc_key, pipeline_version, status FROM documents WHERE doc_key IN "
                              f"({', '.join('?' * len(part))})", part)
            found.update({r["doc_key"]: r["pipeline_version"] for r in rows})
        return found

    def write(self, docs: Iterable[Document], version: str) -> None:
        """Store these documents with everything found in them, all or nothing.

        A document already stored under the same key is replaced, with its mentions,
        events and quotes; the merged events of every dyad touched are rebuilt in the
        same transaction, so the tables always agree."""
        docs = list({d.key: d for d in docs}.values())
        if not docs:
            return
        keys = [[d.key] for d in docs]
        db = self.db
        db.begin()
        try:
            old = self._merge_keys_of(keys)
            for table in ("events", "actors", "places", "quotes", "documents"):
                db.executemany(f"DELETE FROM {table} WHERE doc_key = ?", keys)
            db.executemany(_insert("documents", DOCUMENT_COLUMNS), [document_row(d, version) for d in docs])
            db.executemany(_insert("actors", ACTOR_COLUMNS),
                           [[d.key, i, a.text, a.start, a.end, a.name, a.id, a.country, a.sector, a.code, a.kind, a.role]
                            for d in docs for i, a in enumerate(d.actors)])
            db.executemany(_insert("places", PLACE_COLUMNS),
                           [place_row(p, i, d.key) for d in docs for i, p in enumerate(d.places)])
            db.executemany(_insert("events", EVENT_COLUMNS), [event_row(e, d.key) for d in docs for e in d.events])
            db.executemany(_insert("quotes", QUOTE_COLUMNS),
                           [quote_row(q, d) for d in docs for q in d.quotes])
            touched = old | {merge.merge_key(self.rule, dict(zip(EVENT_COLUMNS, event_row(e, d.key))))
                             for d in docs for e in d.events}
            self._remerge(touched)
            db.commit()
        except BaseException:
            db.rollback()
            raise

    def _merge_keys_of(self, keys: list[list[str]]) -> set[str]:
        """The merge keys these documents' stored events belong to."""
        flat = [k for (k,) in keys]
        return {r["merge_key"] for r in self.query(
            "SELECT DISTINCT m.merge_key FROM merged_events m JOIN event_sources s ON s.merged_id = m.id "
            f"WHERE s.doc_key IN ({', '.join('?' * len(flat))})", flat)}

    def _remerge(self, merge_keys: set[str]) -> None:
        """Rebuild the merged events of these merge keys from the events table."""
        for mkey in sorted(merge_keys):
            ids = [r["id"] for r in self.query("SELECT id FROM merged_events WHERE merge_key = ?", [mkey])]
            self.db.executemany("DELETE FROM event_sources WHERE merged_id = ?", [[i] for i in ids])
            self.db.execute("DELETE FROM merged_events WHERE merge_key = ?", [mkey])
            source, target, kind = mkey.split("|")
            col = "plover_type" if self.rule.by == "plover" else "cameo_root"
            rows = self.query(
                "SELECT e.*, d.url AS doc_url, d.published AS doc_published FROM events e "
                "JOIN documents d ON d.doc_key = e.doc_key "
                f"WHERE coalesce(e.source_country, e.source_code, '') = ? "
                f"AND coalesce(e.target_country, e.target_code, '') = ? AND coalesce(e.{col}, '') = ? "
                "ORDER BY e.id", [source, target, kind])
            for cluster in merge.cluster(self.rule, rows):
                m = merge.merged_record(mkey, cluster)
                self.db.execute(_insert("merged_events", MERGED_COLUMNS), [m[c] for c in MERGED_COLUMNS])
                self.db.executemany(_insert("event_sources", ["merged_id", "event_id", "doc_key", "doc_id"]),
                                    [[m["id"], r["id"], r["doc_key"], r["doc_id"]] for r in cluster])

    # --- reading ----------------------------------------------------------------------

    def query(self, sql: str, params: Sequence[Any] | None = None) -> list[dict[str, Any]]:
        cur = self.db.execute(sql, params or [])
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row)) for row in cur.fetchall()]

    def document(self, doc_id: str) -> dict[str, Any] | None:
        """A document by its id or key; the latest coded when one id names several texts."""
        rows = self.query("SELECT * FROM documents WHERE doc_id = ? OR doc_key = ? ORDER BY coded_at DESC",
                          [doc_id, doc_id])
        return rows[0] if rows else None

    def events(self, doc_id: str | None = None, **filters: Any) -> list[dict[str, Any]]:
        """Stored events, filtered as `tidings events` does (see ``event_filter``)."""
        if doc_id is not None:
            filters["doc"] = doc_id
        where, params = event_filter(**filters)
        return self.query(f"SELECT e.* FROM events e {where} ORDER BY e.doc_id, e.evidence_start, e.trigger_start",
                          params)

    def merged(self, **filters: Any) -> list[dict[str, Any]]:
        where, params = event_filter(prefix="m", **filters)
        return self.query(f"SELECT m.* FROM merged_events m {where} ORDER BY m.date, m.id", params)

    def mentions_of(self, merged_id: str) -> list[dict[str, Any]]:
        return self.query("SELECT * FROM event_sources WHERE merged_id = ? ORDER BY doc_id, event_id", [merged_id])

    def quotes(self, speaker: str | None = None, fragments: bool = False) -> list[dict[str, Any]]:
        """Stored quotations in text order; ``speaker`` matches the speaker's name or code."""
        clauses, params = ([] if fragments else ["NOT fragment"]), []
        if speaker:
            clauses.append("(lower(speaker_name) LIKE ? OR speaker_code LIKE ?)")
            params += [f"%{speaker.lower()}%", f"{speaker.upper()}%"]
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        return self.query(f"SELECT * FROM quotes {where} ORDER BY doc_id, start_char", params)

    def places(self, country: str | None = None) -> list[dict[str, Any]]:
        """Places with the events located there and the mentions naming them, most events first."""
        where, params = ("WHERE country = ?", [country]) if country else ("", [])
        return self.query(
            "SELECT p.name, p.country, p.admin1, p.feature, p.lat, p.lon, coalesce(e.events, 0) AS events, "
            "p.mentions, p.documents FROM (SELECT place_id, name, country, admin1, feature, min(lat) AS lat, "
            f"min(lon) AS lon, count(*) AS mentions, count(DISTINCT doc_key) AS documents FROM places {where} "
            "GROUP BY place_id, name, country, admin1, feature) p LEFT JOIN (SELECT location_id, count(*) AS events "
            "FROM events WHERE location_id IS NOT NULL GROUP BY location_id) e ON e.location_id = p.place_id "
            "ORDER BY events DESC, p.mentions DESC, p.name", params)

    def actors(self, country: str | None = None, kind: str | None = None) -> list[dict[str, Any]]:
        """The actors the stored documents name: one row per entity, country, sector and role
        (a person's role on each document's date), with mentions and documents, most named first."""
        clauses, params = [], []
        if country:
            clauses.append("country = ?")
            params.append(country.upper())
        if kind:
            clauses.append("kind = ?")
            params.append(kind)
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        return self.query(
            "SELECT name, kind, country, sector, code, role, count(*) AS mentions, count(DISTINCT doc_key) AS documents, "
            f"min(text) AS example FROM actors {where} GROUP BY name, kind, country, sector, code, role "
            "ORDER BY mentions DESC, name", params)

    def counts(self) -> dict[str, int]:
        return {t: self.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}

    def status(self) -> list[dict[str, Any]]:
        return self.query("SELECT status, count(*) AS documents, min(doc_id) AS example, min(error) AS message "
                          "FROM documents GROUP BY status ORDER BY documents DESC, status")


def event_filter(prefix: str = "e", doc: str | None = None, source: str | None = None, target: str | None = None,
                 type: str | None = None, root: str | None = None, status: str | None = None,  # noqa: A002
                 since: str | None = None, until: str | None = None, text: str | None = None
                 ) -> tuple[str, list[Any]]:
    """A WHERE clause for event queries. Actor filters take a country or a code prefix
    ('RUS', 'RUSGOV'); dates compare the event date as ISO text, so '2018' covers the year."""
    clauses: list[str] = []
    params: list[Any] = []
    p = prefix
    if doc is not None and p == "e":
        clauses.append("(e.doc_id = ? OR e.doc_key = ?)")
        params += [doc, doc]
    for side, value in (("source", source), ("target", target)):
        if value:
            clauses.append(f"({p}.{side}_country = ? OR {p}.{side}_code LIKE ?)")
            params += [value.upper(), value.upper() + "%"]
    if type:
        clauses.append(f"{p}.plover_type = ?")
        params.append(type.upper())
    if root:
        clauses.append(f"{p}.cameo_root = ?")
        params.append(root.zfill(2))
    if status:
        clauses.append(f"{p}.status = ?")
        params.append(status)
    if since:
        clauses.append(f"{p}.date >= ?")
        params.append(since)
    if until:
        clauses.append(f"substr({p}.date, 1, {len(until)}) <= ?")
        params.append(until)
    if text:
        clauses.append(f"lower({p}.evidence_text) LIKE ?")
        params.append(f"%{text.lower()}%")
    return ("WHERE " + " AND ".join(clauses) if clauses else ""), params
