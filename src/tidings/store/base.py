"""What the store needs of a database: statements with ``?`` parameters, bulk inserts,
transactions and ``COPY (query) TO file``. DuckDB and PostgreSQL implement it."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any


class StoreError(RuntimeError):
    """A store that cannot be opened or used; the message says what to do."""


class SchemaMismatch(StoreError):
    pass


class StoreNotFound(StoreError):
    pass


class StoreBusy(StoreError):
    pass


class Connection:
    #: the database's names for the schema's column kinds
    sql_type: dict[str, str] = {"text": "VARCHAR", "int": "INTEGER", "double": "DOUBLE", "bool": "BOOLEAN",
                                "timestamp": "TIMESTAMP"}
    read_only: bool = False
    #: whether the store's lookups (by document key and id, by merge block) are served by
    #: indexes on this database, so the schema declares them (schema.ddl)
    lookup_indexes: bool = True
    con: Any

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self.con.execute(sql, list(params))

    def insert(self, table: str, columns: list[str], kinds: dict[str, str], rows: list[list[Any]]) -> None:
        """Append ``rows`` to ``table`` through the database's bulk path."""
        raise NotImplementedError

    def copy_to(self, sql: str, columns: list[tuple[str, str]], path: Path, fmt: str) -> None:
        """Write the result of ``sql`` (columns with their kinds) to ``path`` as csv or parquet."""
        raise NotImplementedError

    #: no other process can change the database while this connection is open (a DuckDB file
    #: opened read-only: DuckDB then admits no writer), so what was counted stays counted
    frozen: bool = False

    def for_requests(self) -> None:
        """Many small queries at once (a server's): each on its own thread, none split across
        threads. Nothing to do where the database does not split queries."""

    def begin(self) -> None:
        self.execute("BEGIN")

    def commit(self) -> None:
        self.execute("COMMIT")

    def rollback(self) -> None:
        self.execute("ROLLBACK")

    def close(self) -> None:
        self.con.close()


def quoted_path(path: Path | str) -> str:
    """A file name as an SQL string literal."""
    return "'" + str(path).replace("'", "''") + "'"
