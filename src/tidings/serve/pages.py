"""Pages of the events list, and what a frozen store lets the server keep between requests.

A DuckDB file opened read-only admits no writer while the server holds it
(``Connection.frozen``), so what one request worked out stays true for the next. For such a
store the server keeps, in memory and bounded (least recently used out first): each filter's
count; for each filter and sort, the ids in that order as far as a request has asked, read a
step further than asked so that the next pages come free; and each event's record as JSON.
A store that can change meanwhile (PostgreSQL) is asked every time.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from .. import queries
from ..store import Store

K = TypeVar("K")
V = TypeVar("V")

#: the ids of a filter and sort are read in steps of this many: the first page reads ten pages' worth
ORDER_STEP = 500
#: a page deeper than this is read as asked and not kept (an offset can be anything up to 10^9)
ORDER_DEPTH = 20_000


class LRU(Generic[K, V]):
    """A bounded map, safe across the server's threads, that drops what was used least recently;
    each value weighs ``weigh(value)`` against ``capacity``."""

    def __init__(self, capacity: int, weigh: Callable[[V], int] = lambda v: 1) -> None:
        self.capacity, self._weigh = capacity, weigh
        self._items: OrderedDict[K, V] = OrderedDict()
        self._weight = 0
        self._lock = threading.Lock()

    def get(self, key: K) -> V | None:
        with self._lock:
            value = self._items.get(key)
            if value is not None:
                self._items.move_to_end(key)
            return value

    def put(self, key: K, value: V) -> None:
        weight = self._weigh(value)
        if weight > self.capacity:
            return
        with self._lock:
            old = self._items.pop(key, None)
            if old is not None:
                self._weight -= self._weigh(old)
            self._items[key] = value
            self._weight += weight
            while self._weight > self.capacity:
                _, dropped = self._items.popitem(last=False)
                self._weight -= self._weigh(dropped)

    def __len__(self) -> int:
        return len(self._items)


Render = Callable[[Store, list[dict[str, Any]]], list[bytes]]


class EventPages:
    """Pages of stored (or merged) events under a filter: the query functions' answers, kept
    across requests where the store is ``frozen``."""

    def __init__(self, frozen: bool, max_ids: int = 300_000, max_records: int = 20_000) -> None:
        self.frozen = frozen
        self.totals: LRU[tuple[Any, ...], int] = LRU(10_000)
        self.orders: LRU[tuple[Any, ...], list[str]] = LRU(max_ids, len)
        self.records: LRU[tuple[bool, str], bytes] = LRU(max_records)

    def page(self, store: Store, merged: bool, sort: str, limit: int, offset: int, filters: dict[str, Any],
             render: Render) -> tuple[list[bytes], int]:
        """One page of records, each rendered by ``render`` (rows to JSON), and the filter's total."""
        queries.check_sort(sort, merged)  # refused whether or not a page is read
        if not self.frozen:
            total = queries.count_events(store, merged, **filters)
            ids = queries.event_ids(store, merged, sort, limit, offset, **filters) if offset < total else []
            return render(store, queries.events_by_id(store, ids, merged)), total
        ids, total = self._ids(store, merged, sort, limit, offset, filters)
        return self._records(store, merged, ids, render), total

    def _ids(self, store: Store, merged: bool, sort: str, limit: int, offset: int, filters: dict[str, Any]
             ) -> tuple[list[str], int]:
        """A page's ids and the filter's total, from what is kept where it can be."""
        counted = (merged, *sorted(filters.items()))
        total = self.totals.get(counted)
        end = offset + limit
        if end > ORDER_DEPTH:
            if total is None:
                total = self._count(store, merged, filters, counted)
            return (queries.event_ids(store, merged, sort, limit, offset, **filters) if offset < total else []), total
        key = (merged, sort, *counted[1:])
        order = self.orders.get(key)
        if order is None or len(order) < min(end, total if total is not None else end):
            # the order up to the next step: reading 500 ids sorted costs little more than 50
            upto = -(-end // ORDER_STEP) * ORDER_STEP
            order = queries.event_ids(store, merged, sort, upto if total is None else min(upto, total), 0,
                                      **filters)
            self.orders.put(key, order)
            if total is None and len(order) < upto:  # the filter's every event: no need to count them
                total = len(order)
                self.totals.put(counted, total)
        if total is None:
            total = self._count(store, merged, filters, counted)
        return order[offset:end], total

    def _count(self, store: Store, merged: bool, filters: dict[str, Any], key: tuple[Any, ...]) -> int:
        total = queries.count_events(store, merged, **filters)
        self.totals.put(key, total)
        return total

    def _records(self, store: Store, merged: bool, ids: list[str], render: Render) -> list[bytes]:
        if not self.frozen:
            return render(store, queries.events_by_id(store, ids, merged))
        found = {i: r for i in ids if (r := self.records.get((merged, i))) is not None}
        missing = [i for i in ids if i not in found]
        if missing:
            rows = queries.events_by_id(store, missing, merged)
            for row, record in zip(rows, render(store, rows)):
                found[row["id"]] = record
                self.records.put((merged, row["id"]), record)
        return [found[i] for i in ids if i in found]
