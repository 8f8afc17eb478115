"""What the one writer of a store remembers of the merge blocks it wrote.

A batch re-clusters the blocks its events fall in from their stored events. Read from the
database, that is a join over the whole events table at every batch (DuckDB scans it), a
cost that grows with the store. A writer that is the only one (a DuckDB file admits one
writing process) and that has seen the store from empty knows every block: a block it
never wrote is new, and one it wrote it holds in memory, so a batch reads nothing. What it
cannot know (blocks stored before it opened the store, blocks it let go to bound its
memory, anything written by another connection) it reads from the database as before.
It also keeps each held block's clusters as written (merged id -> event ids), so a batch
rewrites only the merged events whose members changed: most of a block it re-clusters are
as they were, and a row deleted and written again is work at the delete, at the insert and
at the checkpoint, and space the store keeps.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable
from typing import Any

from ..merge import MEMBER_COLUMNS

MEMBER_KEYS = [*MEMBER_COLUMNS, "doc_url", "doc_published"]
LIMIT = 100_000  # member rows held at most (~1.5 KB each); the least recently merged blocks go first


class BlockMemory:
    def __init__(self, complete: bool, stamp: str | None, limit: int | None = None) -> None:
        self.members: OrderedDict[str, list[tuple[Any, ...]]] = OrderedDict()  # block -> member rows
        self.clusters: dict[str, dict[str, frozenset[str]]] = {}  # block -> merged id -> event ids
        self.rows = 0
        self.seen: set[str] = set()  # every block written since the memory began
        self.complete = complete  # it began on an empty store: a block not seen is not stored
        self.stamp = stamp  # the store's write count it last saw (tidings_meta 'writes')
        self.limit = LIMIT if limit is None else limit

    def forget(self) -> None:
        """Someone else wrote: from now on every block is read from the database."""
        self.members.clear()
        self.clusters.clear()
        self.rows, self.complete = 0, False
        self.seen.clear()

    def recall(self, blocks: Iterable[str]) -> tuple[dict[str, list[dict[str, Any]]], list[str], list[str]]:
        """For these blocks: the members of those held (their clusters in ``clusters``), the
        blocks to read from the database, and those known to be new."""
        held: dict[str, list[dict[str, Any]]] = {}
        unknown, new = [], []
        for block in blocks:
            if block in self.members:
                self.members.move_to_end(block)
                held[block] = [dict(zip(MEMBER_KEYS, row)) for row in self.members[block]]
            elif self.complete and block not in self.seen:
                new.append(block)
            else:
                unknown.append(block)
        return held, unknown, new

    def remember(self, blocks: dict[str, tuple[list[dict[str, Any]], dict[str, frozenset[str]]]]) -> None:
        """The members and clusters of blocks just written (as committed)."""
        for block, (rows, clusters) in blocks.items():
            self.rows -= len(self.members.pop(block, ()))
            self.members[block] = [tuple(r.get(k) for k in MEMBER_KEYS) for r in rows]
            self.clusters[block] = clusters
            self.rows += len(rows)
            self.seen.add(block)
        while self.rows > self.limit and self.members:
            block, rows = self.members.popitem(last=False)
            del self.clusters[block]
            self.rows -= len(rows)
