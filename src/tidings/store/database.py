"""The Store: write coded documents a batch at a time, merge their events, answer queries."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from .. import merge, queries
from ..records import Document
from . import rows as R
from .base import Connection, SchemaMismatch, StoreNotFound
from .blocks import BlockMemory
from .filters import event_filter
from .schema import (DOCUMENT_COLUMNS, DOCUMENT_TABLES, EVENT_COLUMNS, MERGED_COLUMNS, SCHEMA_VERSION,
                     SOURCE_COLUMNS, TABLES, ddl, kinds, migration, names)

_CHUNK = 500  # parameters per IN list


def _connect(path: str, read_only: bool) -> Connection:
    if path.startswith(("postgresql://", "postgres://")):
        from .postgres import Postgres

        return Postgres(path, read_only)
    from .duckdb import DuckDB

    return DuckDB(path, read_only)


def _chunks(values: list[Any]) -> Iterable[list[Any]]:
    for i in range(0, len(values), _CHUNK):
        yield values[i:i + _CHUNK]


def _marks(values: Sequence[Any]) -> str:
    return ", ".join("?" * len(values))


class Store:
    """The database of coded documents: DuckDB file (default) or ``postgresql://`` URL.

    ``read_only`` opens an existing store for queries and exports: a path with no database
    is refused (StoreNotFound) instead of created, and nothing can be written."""

    def __init__(self, path: str | Path = "tidings.duckdb", merge_rule: merge.Rule | None = None, *,
                 read_only: bool = False) -> None:
        self.path = str(path)
        self.read_only = read_only
        self.db = _connect(self.path, read_only)
        self._rule = merge_rule
        self._memory: BlockMemory | None = None
        try:
            self._check_schema()
            if self.db.sole_writer:
                self._memory = BlockMemory(complete=not self.query("SELECT 1 FROM merged_events LIMIT 1"),
                                           stamp=self._stamp())
        except BaseException:
            self.db.close()
            raise

    def _check_schema(self) -> None:
        has = {r["table_name"] for r in self.query(
            "SELECT table_name FROM information_schema.tables WHERE table_name IN ('tidings_meta', 'documents')")}
        version = None
        if "tidings_meta" in has:
            found = self.query("SELECT value FROM tidings_meta WHERE key = 'schema_version'")
            version = found[0]["value"] if found else None
        if version is None and "documents" in has:
            version = "1"
        upgrade = migration(version, self.db.sql_type) if version not in (None, SCHEMA_VERSION) else None
        if upgrade is not None and self.read_only:
            raise SchemaMismatch(f"{self.path} holds tidings schema {version}; this tidings reads schema "
                                 f"{SCHEMA_VERSION}. Open it once for writing (`tidings code --db ...`) to upgrade it.")
        if upgrade is not None:  # an older store that this schema adds columns to, or merges anew
            statements, remerge = upgrade
            self.db.begin()
            for statement in statements:
                self.db.execute(statement)
            if remerge:
                self._merge_all()
            self.db.execute("UPDATE tidings_meta SET value = ? WHERE key = 'schema_version'", [SCHEMA_VERSION])
            self.db.commit()
            version = SCHEMA_VERSION
        if version not in (None, SCHEMA_VERSION):
            raise SchemaMismatch(f"{self.path} holds tidings schema {version}; this tidings writes schema "
                                 f"{SCHEMA_VERSION}. Code into a new database (or delete this one and re-run).")
        if self.read_only:
            if version is None:
                raise StoreNotFound(f"{self.path} holds no tidings store: pass the --db that `tidings code` "
                                    "wrote to")
            return
        self.db.execute("CREATE TABLE IF NOT EXISTS tidings_meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
        for statement in ddl(self.db.sql_type, self.db.lookup_indexes):
            self.db.execute(statement)
        if version is None:
            self.db.execute("INSERT INTO tidings_meta VALUES ('schema_version', ?)", [SCHEMA_VERSION])

    @property
    def rule(self) -> merge.Rule:
        if self._rule is None:  # read only when writing: queries need no merge rule
            self._rule = merge.load_rule()
        return self._rule

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- writing ----------------------------------------------------------------------

    def known(self, keys: Iterable[str]) -> dict[str, str | None]:
        """Which of these document keys are stored, with the pipeline version that coded them."""
        found: dict[str, str | None] = {}
        for part in _chunks(list(dict.fromkeys(keys))):
            rows = self.query(f"SELECT doc_key, pipeline_version FROM documents WHERE doc_key IN ({_marks(part)})",
                              part)
            found.update({r["doc_key"]: r["pipeline_version"] for r in rows})
        return found

    def write(self, docs: Iterable[Document], version: str) -> None:
        """Store these documents with everything found in them, all or nothing.

        A document is named by its ``doc_id``: a text stored under the same id before (an
        older version of the article) is replaced, rows and merge contributions, as is a
        document stored under the same key. The merged events the old and the new events
        take part in are rebuilt in the same transaction, so the tables always agree."""
        by_id: dict[str, Document] = {}
        for d in {d.key: d for d in docs}.values():
            by_id[d.doc_id] = d  # two texts under one id in a batch: the later one is the document
        docs = list(by_id.values())
        if not docs:
            return
        db, memory = self.db, self._memory
        db.begin()
        try:
            if memory is not None:
                # the write count tells whether anyone else wrote since this writer's last batch
                stamp = self._stamp()
                if stamp != memory.stamp:
                    memory.forget()
                memory.stamp = stamp
            # what the batch replaces, looked up by its own keys and ids: a batch of new
            # documents (the usual one) deletes nothing and reads no stored block for it
            gone = self._stored_of(docs)
            touched = self._blocks_of(gone) if gone else set()
            for table in DOCUMENT_TABLES if gone else []:
                for part in _chunks(gone):
                    db.execute(f"DELETE FROM {table} WHERE doc_key IN ({_marks(part)})", part)
            new_events = []
            for d in docs:
                for e in d.events:
                    row = dict(zip(EVENT_COLUMNS, R.event_row(e, d.key)))
                    row["merge_key"] = merge.merge_key(self.rule, row)
                    row.update(doc_url=d.url, doc_published=d.published.value if d.published else None)
                    new_events.append(row)
            self._insert("documents", [R.document_row(d, version) for d in docs], DOCUMENT_COLUMNS)
            self._insert("actors", [R.actor_row(a, i, d) for d in docs for i, a in enumerate(d.actors)])
            self._insert("places", [R.place_row(p, i, d) for d in docs for i, p in enumerate(d.places)])
            self._insert("timexes", [R.timex_row(t, i, d) for d in docs for i, t in enumerate(d.timexes)])
            self._insert("events", [[r[c] for c in EVENT_COLUMNS] for r in new_events])
            self._insert("quotes", [R.quote_row(q, d) for d in docs for q in d.quotes])
            merged = self._remerge(new_events, touched)
            if memory is not None:
                stamp = str(int(memory.stamp or 0) + 1)
                db.execute("UPDATE tidings_meta SET value = ? WHERE key = 'writes'" if memory.stamp is not None
                           else "INSERT INTO tidings_meta VALUES ('writes', ?)", [stamp])
            db.commit()
        except BaseException:
            db.rollback()
            if memory is not None:
                memory.forget()
            raise
        if memory is not None:
            memory.stamp = stamp
            memory.remember(merged)

    def _stamp(self) -> str | None:
        found = self.query("SELECT value FROM tidings_meta WHERE key = 'writes'")
        return found[0]["value"] if found else None

    def _insert(self, table: str, rows: list[list[Any]], columns: list[str] | None = None) -> None:
        self.db.insert(table, columns or names(table), kinds(table), rows)

    def _stored_of(self, docs: list[Document]) -> list[str]:
        """The keys of the stored documents these replace: the same text (a recode) or an
        older text under the same id."""
        out: list[str] = []
        for part in _chunks(docs):
            keys, ids = [d.key for d in part], [d.doc_id for d in part]
            out += [r["doc_key"] for r in self.query(
                f"SELECT doc_key FROM documents WHERE doc_key IN ({_marks(keys)}) OR doc_id IN ({_marks(ids)})",
                keys + ids)]
        return list(dict.fromkeys(out))

    def _blocks_of(self, doc_keys: list[str]) -> set[str]:
        """The merge blocks these documents' stored events were clustered in."""
        found: set[str] = set()
        for part in _chunks(doc_keys):
            found |= {r["merge_block"] for r in self.query(
                "SELECT DISTINCT m.merge_block FROM event_sources s JOIN merged_events m ON m.id = s.merged_id "
                f"WHERE s.doc_key IN ({_marks(part)})", part)}
        return found

    def _merge_all(self) -> None:
        """Every stored event merged again, by this tidings' merge (a schema upgrade)."""
        events = self.query("SELECT e.*, d.url AS doc_url, d.published AS doc_published FROM events e "
                            "JOIN documents d ON d.doc_key = e.doc_key")
        self.db.execute("DELETE FROM event_sources")
        self.db.execute("DELETE FROM merged_events")
        self._remerge(events, set())

    def _remerge(self, new_events: list[dict[str, Any]], touched: set[str]
                 ) -> dict[str, tuple[list[dict[str, Any]], dict[str, frozenset[str]]]]:
        """Merge a batch's events into the store's merged events.

        An event can only be one with events of its own block (merge key and stretch of
        days, ``merge.block_of``). The blocks the batch's events fall in, with those the
        replaced documents took part in, are re-clustered from their events, new and
        stored; nothing else is read or touched. Each block's clusters are a function of
        its events, so the result is the same whatever order the documents came in
        (docs/format.md, "Merge"). The one writer of a DuckDB store reads only the blocks
        it does not hold (``BlockMemory``), and of those it holds rewrites only the merged
        events whose members changed. Returns each block's members and clusters, as written."""
        members: dict[str, dict[str, list[dict[str, Any]]]] = defaultdict(dict)  # block -> id -> row
        for r in new_events:
            members[merge.block_of(self.rule, r)][r["id"]] = r
        blocks = sorted(touched | set(members))
        read = blocks  # blocks whose stored merged events are replaced whole
        was: dict[str, dict[str, frozenset[str]]] = {}  # held blocks: merged id -> event ids, as stored
        if self._memory is not None:  # a replaced document's block is read: its events are gone from it
            held, unknown, _new = self._memory.recall(b for b in blocks if b not in touched)
            for block, rows in held.items():
                for r in rows:
                    members[block].setdefault(r["id"], r)
                was[block] = self._memory.clusters[block]
            read = sorted(touched | set(unknown))
        cells = ", ".join(f"e.{c}" for c in merge.MEMBER_COLUMNS)
        found = []  # of the blocks read, those the store holds
        for part in _chunks(read):
            marks = _marks(part)
            # the narrow look first: a batch's events mostly open blocks the store lacks
            if not self.query(f"SELECT 1 FROM merged_events WHERE merge_block IN ({marks}) LIMIT 1", part):
                continue
            found += part
            for r in self.query(
                    f"SELECT {cells}, d.url AS doc_url, d.published AS doc_published, m.merge_block FROM events e "
                    "JOIN documents d ON d.doc_key = e.doc_key "
                    "JOIN event_sources s ON s.event_id = e.id JOIN merged_events m ON m.id = s.merged_id "
                    f"WHERE m.merge_block IN ({marks})", part):
                members[r.pop("merge_block")].setdefault(r["id"], r)
        merged, sources, gone = [], [], []
        written: dict[str, tuple[list[dict[str, Any]], dict[str, frozenset[str]]]] = {}
        for block in blocks:
            rows, before, now = list(members.get(block, {}).values()), was.get(block, {}), {}
            for cluster in merge.cluster(self.rule, rows):
                m = merge.merged_record(cluster[0]["merge_key"], cluster)
                now[m["id"]] = ids = frozenset(r["id"] for r in cluster)
                if before.get(m["id"]) == ids:
                    continue  # the same members make the same merged event: it stays as stored
                m["merge_block"] = block
                merged.append([m[c] for c in MERGED_COLUMNS])
                sources += [[m["id"], r["id"], r["doc_key"], r["doc_id"]] for r in cluster]
            gone += [mid for mid, ids in before.items() if now.get(mid) != ids]
            written[block] = (rows, now)
        for part in _chunks(found):
            marks = _marks(part)
            self.db.execute("DELETE FROM event_sources WHERE merged_id IN "
                            f"(SELECT id FROM merged_events WHERE merge_block IN ({marks}))", part)
            self.db.execute(f"DELETE FROM merged_events WHERE merge_block IN ({marks})", part)
        for part in _chunks(gone):
            self.db.execute(f"DELETE FROM event_sources WHERE merged_id IN ({_marks(part)})", part)
            self.db.execute(f"DELETE FROM merged_events WHERE id IN ({_marks(part)})", part)
        self._insert("merged_events", merged)
        self._insert("event_sources", sources, SOURCE_COLUMNS)
        return written

    # --- reading ----------------------------------------------------------------------

    def query(self, sql: str, params: Sequence[Any] | None = None) -> list[dict[str, Any]]:
        cur = self.db.execute(sql, params or [])
        names_ = [d[0] for d in cur.description]
        return [dict(zip(names_, row)) for row in cur.fetchall()]

    def document(self, doc_id: str) -> dict[str, Any] | None:
        """A document by its id or key."""
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
        return self.mentions_of_each([merged_id]).get(merged_id, [])

    def mentions_of_each(self, merged_ids: Sequence[str]) -> dict[str, list[dict[str, Any]]]:
        """The events each of these merged events merges, by merged id: one query per 500, not
        one per merged event (a page or a download of merged events)."""
        found: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for part in _chunks(list(dict.fromkeys(merged_ids))):
            for r in self.query(f"SELECT * FROM event_sources WHERE merged_id IN ({_marks(part)}) "
                                "ORDER BY merged_id, doc_id, event_id", part):
                found[r["merged_id"]].append(r)
        return dict(found)

    def quotes(self, speaker: str | None = None, fragments: bool = False) -> list[dict[str, Any]]:
        """Stored quotations in text order; ``speaker`` matches the speaker's name or code."""
        clauses, params = ([] if fragments else ["NOT fragment"]), []
        if speaker:
            name_sql, name_params = queries.contains_clause("speaker_name", speaker)
            code_sql, code_params = queries.prefix_clause("speaker_code", speaker.upper())
            clauses.append(f"({name_sql} OR {code_sql})")
            params += [*name_params, *code_params]
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        return self.query(f"SELECT * FROM quotes {where} ORDER BY doc_id, start_char", params)

    def places(self, country: str | None = None) -> list[dict[str, Any]]:
        """Places with the events located there and the mentions naming them, most events first."""
        where, params = ("WHERE country = ?", [country.upper()]) if country else ("", [])
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
            "ORDER BY mentions DESC, name, code, kind, role", params)  # a total order: pages never overlap

    def counts(self) -> dict[str, int]:
        return {t: self.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}

    def status(self) -> list[dict[str, Any]]:
        return self.query("SELECT status, count(*) AS documents, min(doc_id) AS example, min(error) AS message "
                          "FROM documents GROUP BY status ORDER BY documents DESC, status")


def open_store(path: str | Path, *, read_only: bool = False, merge_rule: merge.Rule | None = None) -> Store:
    """A store to write into (created when missing), or with ``read_only`` one that exists."""
    return Store(path, merge_rule, read_only=read_only)
