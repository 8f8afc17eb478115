"""DuckDB, the embedded default: one file, one writing process at a time."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import duckdb

from .base import Connection, StoreBusy, StoreNotFound, quoted_path


CHECKPOINT_MB = 32  # write-ahead log a writer lets grow before it checkpoints


class DuckDB(Connection):
    # DuckDB answers the store's IN lists and joins with scans and hash joins whatever the
    # indexes (an ART index serves a constant point lookup only), while every primary key
    # and index is paid at each insert and rewritten at each checkpoint, at a cost that grows
    # with the table: a store of 20,000 articles wrote a third slower per batch than a new one
    lookup_indexes = False

    def __init__(self, path: str, read_only: bool = False) -> None:
        self.read_only = self.frozen = read_only
        self.sole_writer = not read_only
        if read_only and not os.path.exists(path):
            raise StoreNotFound(f"no database at {path}: pass the --db that `tidings code` wrote to "
                                "(or code into it first)")
        try:
            self.con = duckdb.connect(path, read_only=read_only)
        except duckdb.IOException as exc:
            if "lock" in str(exc).lower():
                # DuckDB lets one process open a file for writing and no other process meanwhile
                raise StoreBusy(f"{path} is open for writing by another process (DuckDB allows no readers "
                                "meanwhile): wait for it to finish, or query a copy made before it started; "
                                "use a postgresql:// store to read while coding") from exc
            raise
        if not read_only:
            # A checkpoint writes what the log holds as new row groups and, by default, then
            # "vacuums": it merges adjacent row groups that fit in fewer, rewriting them. A
            # store grows by a batch at a time, so each checkpoint leaves a small row group
            # that merges with the one before, two by two: every few checkpoints the whole of
            # `documents` (the texts) was rewritten, a cost that doubled with the store (at
            # 20,000 articles a third of a tenth's writes). Without vacuum a checkpoint writes
            # only what is new, whatever the store's size. What vacuum would reclaim, rows
            # deleted from a row group, stays until the store is copied (the merge rewrites
            # only the merged events that changed, so a store of new documents deletes little).
            self.con.execute("SET max_vacuum_tasks = 0")
            # a checkpoint now costs what the log holds, so a small log spreads them evenly
            # over a run and bounds the memory the log's data holds until then
            self.con.execute(f"SET checkpoint_threshold = '{CHECKPOINT_MB}MB'")

    def for_requests(self) -> None:
        # DuckDB splits a query over its threads (the database's, shared by every connection of
        # this process); under concurrent requests that only adds scheduling, each request's
        # own thread runs its query with the GIL released
        self.con.execute("SET threads = 1")

    def insert(self, table: str, columns: list[str], kinds: dict[str, str], rows: list[list[Any]]) -> None:
        # one statement per batch: each column goes in as one typed list, unnested side by side
        if not rows:
            return
        cells = ", ".join(f"unnest(?::{self.sql_type[kinds[c]]}[])" for c in columns)
        self.con.execute(f"INSERT INTO {table} ({', '.join(columns)}) SELECT {cells}",
                         [list(col) for col in zip(*rows)])

    def copy_to(self, sql: str, columns: list[tuple[str, str]], path: Path, fmt: str) -> None:
        options = "FORMAT parquet" if fmt == "parquet" else "FORMAT csv, HEADER"
        self.con.execute(f"COPY ({sql}) TO {quoted_path(path)} ({options})")
