"""Store: documents and events in DuckDB, the embedded default (schema in docs/format.md).

Re-coding a document replaces its rows in one transaction, so running the same
input twice never doubles anything.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import duckdb

from .records import Document, Event

SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    doc_id VARCHAR PRIMARY KEY,
    title VARCHAR,
    published VARCHAR,
    published_precision VARCHAR,
    published_text VARCHAR,
    published_source VARCHAR,
    url VARCHAR,
    outlet VARCHAR,
    byline VARCHAR,
    path VARCHAR,
    status VARCHAR NOT NULL,
    error VARCHAR,
    text VARCHAR,
    captions VARCHAR,              -- JSON list of [start, end] caption spans
    pipeline_version VARCHAR,
    coded_at TIMESTAMP DEFAULT current_timestamp
);
CREATE TABLE IF NOT EXISTS events (
    id VARCHAR PRIMARY KEY,
    doc_id VARCHAR NOT NULL,
    evidence_start INTEGER, evidence_end INTEGER, evidence_text VARCHAR,
    source_text VARCHAR, source_name VARCHAR, source_id VARCHAR, source_country VARCHAR,
    source_sector VARCHAR, source_code VARCHAR, source_start INTEGER, source_end INTEGER,
    target_text VARCHAR, target_name VARCHAR, target_id VARCHAR, target_country VARCHAR,
    target_sector VARCHAR, target_code VARCHAR, target_start INTEGER, target_end INTEGER,
    cameo_code VARCHAR, cameo_root VARCHAR, cameo_name VARCHAR, goldstein DOUBLE, quad_class INTEGER,
    plover_type VARCHAR, plover_mode VARCHAR, plover_context VARCHAR,
    date VARCHAR, date_precision VARCHAR, date_text VARCHAR,
    location VARCHAR,
    status VARCHAR,
    trigger_text VARCHAR, trigger_start INTEGER, trigger_end INTEGER,
    pattern VARCHAR,
    caption BOOLEAN
);
CREATE INDEX IF NOT EXISTS events_doc ON events (doc_id);
"""

EVENT_COLUMNS = [
    "id", "doc_id", "evidence_start", "evidence_end", "evidence_text",
    "source_text", "source_name", "source_id", "source_country", "source_sector", "source_code", "source_start",
    "source_end", "target_text", "target_name", "target_id", "target_country", "target_sector", "target_code",
    "target_start", "target_end", "cameo_code", "cameo_root", "cameo_name", "goldstein", "quad_class",
    "plover_type", "plover_mode", "plover_context", "date", "date_precision", "date_text", "location", "status",
    "trigger_text", "trigger_start", "trigger_end", "pattern", "caption",
]
DOCUMENT_COLUMNS = ["doc_id", "title", "published", "published_precision", "published_text", "published_source",
                    "url", "outlet", "byline", "path", "status", "error", "text", "captions", "pipeline_version"]


def _actor_row(actor) -> list[Any]:
    if actor is None:
        return [None] * 8
    return [actor.text, actor.name, actor.id, actor.country, actor.sector, actor.code, actor.start, actor.end]


def event_row(e: Event) -> list[Any]:
    return [
        e.id, e.doc_id, e.evidence.start, e.evidence.end, e.evidence.text,
        *_actor_row(e.source), *_actor_row(e.target),
        e.cameo.code, e.cameo.root, e.cameo.name, e.cameo.goldstein, e.cameo.quad_class,
        e.plover.type, e.plover.mode, ";".join(e.plover.context) or None,
        e.date.value if e.date else None, e.date.precision if e.date else None, e.date.text if e.date else None,
        json.dumps(e.location) if e.location else None, e.status,
        e.trigger.text, e.trigger.start, e.trigger.end, e.pattern, e.caption,
    ]


def document_row(d: Document, version: str) -> list[Any]:
    p = d.published
    return [d.doc_id, d.title, p.value if p else None, p.precision if p else None, p.text if p else None,
            p.source if p else None, d.url, d.outlet, d.byline, d.path, d.status, d.error, d.text,
            json.dumps([[c.start, c.end] for c in d.captions]), version]


class Store:
    """A DuckDB database of coded documents and events."""

    def __init__(self, path: str | Path = "tidings.duckdb") -> None:
        self.path = str(path)
        self.con = duckdb.connect(self.path)
        self.con.execute(SCHEMA)

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def write(self, docs: Iterable[Document], version: str) -> None:
        """Replace these documents and their events, all or nothing."""
        docs = list(docs)
        if not docs:
            return
        ids = [[d.doc_id] for d in docs]
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            con.executemany("DELETE FROM events WHERE doc_id = ?", ids)
            con.executemany("DELETE FROM documents WHERE doc_id = ?", ids)
            con.executemany(f"INSERT INTO documents ({', '.join(DOCUMENT_COLUMNS)}) VALUES "
                            f"({', '.join('?' * len(DOCUMENT_COLUMNS))})",
                            [document_row(d, version) for d in docs])
            rows = [event_row(e) for d in docs for e in d.events]
            if rows:
                con.executemany(f"INSERT INTO events ({', '.join(EVENT_COLUMNS)}) VALUES "
                                f"({', '.join('?' * len(EVENT_COLUMNS))})", rows)
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise

    def query(self, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
        cur = self.con.execute(sql, params or [])
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row)) for row in cur.fetchall()]

    def document(self, doc_id: str) -> dict[str, Any] | None:
        rows = self.query("SELECT * FROM documents WHERE doc_id = ?", [doc_id])
        return rows[0] if rows else None

    def events(self, doc_id: str | None = None) -> list[dict[str, Any]]:
        if doc_id is None:
            return self.query("SELECT * FROM events ORDER BY doc_id, evidence_start, trigger_start")
        return self.query("SELECT * FROM events WHERE doc_id = ? ORDER BY evidence_start, trigger_start", [doc_id])

    def counts(self) -> dict[str, int]:
        return {t: self.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("documents", "events")}
