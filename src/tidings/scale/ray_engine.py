"""A cluster on Ray: batches coded by Ray actors, written by the driver.

Each actor is a ``Coder`` that loads the spaCy model and the tables once in its own
process and codes whole batches (never a spaCy object in the object store: spaCy issue
#13506). The driver reads the input, keeps at most ``2 * workers`` batches in flight, and
writes each batch as it returns, in the order it was read, one transaction each: the store
stays the only place that decides what is stored, as with one process. ``address`` joins a
running cluster (``"auto"``, or ``ray://head:10001``); without it a local Ray is started
with ``workers`` CPUs. See docs/scale.md.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import count
from typing import Any

from ..records import Document
from ..settings import Settings
from ..store import Store
from .plan import Planner, Window, fail, write_batch


class Coder:
    """One Ray actor's pipeline."""

    def __init__(self, settings: Settings) -> None:
        from ..pipeline import Pipeline  # in the actor's process: the driver never loads spaCy

        self.pipeline = Pipeline(settings)

    def code(self, batch: list[Document]) -> list[Document]:
        return self.pipeline.code_batch(batch)


def start(workers: int, address: str | None = None) -> Any:
    """Connect to Ray (or start a local one with ``workers`` CPUs) and return the module."""
    import ray

    if not ray.is_initialized():
        if address:
            ray.init(address=address, log_to_driver=False)
        else:
            ray.init(num_cpus=workers, include_dashboard=False, log_to_driver=False)
    return ray


def code_into(settings: Settings, store: Store, docs: Iterable[Document], workers: int,
              address: str | None = None, recode: bool = False) -> Iterator[tuple[Document, bool]]:
    """Code documents into ``store`` exactly once with ``workers`` Ray actors; yields
    (document, skipped) like ``Pipeline.code_into``."""
    ray = start(workers, address)
    remote = ray.remote(num_cpus=1)(Coder)
    coders = [remote.remote(settings) for _ in range(workers)]
    window = Window(Planner(store, recode).batches(docs, settings.batch_size), 2 * workers)
    turns = count()  # batches go to the actors in turn
    try:
        while True:
            for d in window.top_up(lambda b: (b, coders[next(turns) % workers].code.remote(b))):
                yield d, True
            if not window.inflight:
                return
            todo, ref = window.inflight.popleft()
            try:
                coded = ray.get(ref)
            except Exception as exc:  # noqa: BLE001 - an actor that died fails its batch, not the run
                coded = fail(todo, f"the Ray actor coding this batch failed ({type(exc).__name__}: {exc})")
            write_batch(store, coded)
            for d in coded:
                yield d, False
    finally:
        for c in coders:
            ray.kill(c)
