"""Which documents of a batch to code: the one decision every engine shares."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import Any

from ..records import Document
from ..store import Store
from ..version import PIPELINE_VERSION


class Planner:
    """Splits batches into what to code and what is stored already (with ``recode``: stored
    by this pipeline version) or taken earlier in this run, so a document that appears twice
    is coded once even while its first batch is still being coded elsewhere."""

    def __init__(self, store: Store, recode: bool = False) -> None:
        self.store = store
        self.recode = recode
        self.taken: set[str] = set()

    def batches(self, docs: Iterable[Document], size: int) -> Iterator[tuple[list[Document], list[Document]]]:
        """The input read ``size`` documents at a time, each batch split as ``split`` does."""
        it = iter(docs)
        while batch := list(islice(it, size)):
            yield self.split(batch)

    def split(self, batch: Iterable[Document]) -> tuple[list[Document], list[Document]]:
        batch = list(batch)
        known = self.store.known(d.key for d in batch)
        todo, skipped = [], []
        for d in batch:
            stored = d.key in known and (not self.recode or known[d.key] == PIPELINE_VERSION)
            if stored or d.key in self.taken:
                skipped.append(d)
            else:
                self.taken.add(d.key)
                todo.append(d)
        return todo, skipped


class Window:
    """The batches in flight, at most ``size``, topped up from a planner's feed: what bounds
    a parallel run's memory whatever the input size."""

    def __init__(self, feed: Iterator[tuple[list[Document], list[Document]]], size: int) -> None:
        self.feed, self.size = feed, size
        self.inflight: deque[Any] = deque()
        self.exhausted = False

    def top_up(self, submit: Callable[[list[Document]], Any]) -> Iterator[Document]:
        """Read and hand out batches (``submit`` returns the in-flight entry) until the window
        is full or the input ends; yields the documents skipped as stored."""
        while not self.exhausted and len(self.inflight) < self.size:
            split = next(self.feed, None)
            if split is None:
                self.exhausted = True
                break
            todo, skipped = split
            yield from skipped
            if todo:
                self.inflight.append(submit(todo))


def fail(batch: list[Document], message: str) -> list[Document]:
    """A batch that could not be coded (its worker died, or it raised): each document says
    so, and the run goes on."""
    for d in batch:
        d.status, d.error, d.events = "worker_error", message, []
    return batch


def write_batch(store: Store, coded: list[Document]) -> None:
    """Write a coded batch in one transaction; when the store refuses it, each document
    alone, so that a document the store cannot take is kept as its status (``store_error``)
    and message and the run goes on. A store that refuses a bare status is broken: that raises."""
    try:
        store.write(coded, PIPELINE_VERSION)
        return
    except Exception:
        if len(coded) == 1 and not coded[0].ok:
            raise
    for d in coded:
        try:
            store.write([d], PIPELINE_VERSION)
        except Exception as exc:
            if not d.ok:
                raise
            d.status = "store_error"
            d.error = (f"the store refused this document: {type(exc).__name__}: {exc}"[:500]
                       + "; the batch went on (please report this with the document)")
            d.text, d._key = "", None  # keep only the status, which the store takes
            d.entities, d.actors, d.timexes, d.places, d.quotes, d.events = [], [], [], [], [], []
            store.write([d], PIPELINE_VERSION)
