"""PostgreSQL: a server many readers and writers share; bulk writes through COPY."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .base import Connection, quoted_path


class Postgres(Connection):
    sql_type = {**Connection.sql_type, "double": "DOUBLE PRECISION"}

    def __init__(self, url: str, read_only: bool = False) -> None:
        import psycopg

        self.read_only = read_only
        # autocommit: transactions are the store's own BEGIN ... COMMIT
        self.con = psycopg.connect(url, autocommit=True)
        if read_only:
            self.con.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        cur = self.con.cursor()
        cur.execute(sql.replace("?", "%s"), list(params) or None)
        return cur

    def insert(self, table: str, columns: list[str], kinds: dict[str, str], rows: list[list[Any]]) -> None:
        if not rows:
            return
        with self.con.cursor() as cur, cur.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)

    def copy_to(self, sql: str, columns: list[tuple[str, str]], path: Path, fmt: str) -> None:
        csv_path = path if fmt == "csv" else Path(f"{path}.csv")
        try:
            with open(csv_path, "wb") as fh, self.con.cursor() as cur, \
                    cur.copy(f"COPY ({sql}) TO STDOUT (FORMAT csv, HEADER)") as copy:
                for chunk in copy:
                    fh.write(chunk)
            if fmt == "parquet":
                _csv_to_parquet(csv_path, columns, path)
        finally:
            if csv_path != path and os.path.exists(csv_path):
                os.remove(csv_path)


def _csv_to_parquet(csv_path: Path, columns: list[tuple[str, str]], out: Path) -> None:
    """PostgreSQL writes no Parquet: its CSV goes through an in-memory DuckDB, typed by the schema."""
    import duckdb

    from .duckdb import DuckDB

    types = ", ".join(f"'{c}': '{DuckDB.sql_type[k]}'" for c, k in columns)
    con = duckdb.connect()
    try:
        con.execute(f"COPY (SELECT * FROM read_csv({quoted_path(csv_path)}, header = true, columns = {{{types}}})) "
                    f"TO {quoted_path(out)} (FORMAT parquet)")
    finally:
        con.close()
