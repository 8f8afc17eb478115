"""A cluster on Ray: batches coded by Ray actors, written by the driver.

Each actor is a ``Coder`` that loads the spaCy model and the tables once in its own
process and codes lists of documents (never a spaCy object in the object store: spaCy issue
#13506). The driver reads the input, deals each batch out in chunks over the actors, keeps
two chunks per actor in flight, and writes each batch once its chunks are back, in the order
it was read, one transaction each: the store stays the only place that decides what is
stored, as with one process. ``address`` joins a running cluster (``"auto"``, or
``ray://head:10001``); without it a local Ray is started with ``workers`` CPUs. See
docs/scale.md.
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


def chunks_of(batch_size: int, workers: int) -> int:
    """Documents per Ray call: a batch is split over the actors, so that a batch takes the
    time of its share, not of the slowest whole batch, and the input's last batch keeps every
    actor busy; no fewer than ``MIN_CHUNK`` (each call has its overhead, and spaCy's pipe its
    batch)."""
    return max(MIN_CHUNK, -(-batch_size // workers))


MIN_CHUNK = 8


def code_into(settings: Settings, store: Store, docs: Iterable[Document], workers: int,
              address: str | None = None, recode: bool = False) -> Iterator[tuple[Document, bool]]:
    """Code documents into ``store`` exactly once with ``workers`` Ray actors; yields
    (document, skipped) like ``Pipeline.code_into``.

    Each batch is cut into chunks dealt to the actors in turn (each actor queues its calls);
    enough batches are in flight that every actor has two chunks queued, so none waits for
    the driver, which writes each batch whole, in the order read, once all its chunks are back."""
    ray = start(workers, address)
    remote = ray.remote(num_cpus=1)(Coder)
    coders = [remote.remote(settings) for _ in range(workers)]
    size = chunks_of(settings.batch_size, workers)
    in_flight = max(2, -(-2 * workers * size // settings.batch_size))
    window = Window(Planner(store, recode).batches(docs, settings.batch_size), in_flight)
    turns = count()  # chunks go to the actors in turn

    def submit(batch: list[Document]) -> list[tuple[list[Document], Any]]:
        parts = [batch[i:i + size] for i in range(0, len(batch), size)]
        return [(part, coders[next(turns) % workers].code.remote(part)) for part in parts]

    try:
        while True:
            for d in window.top_up(submit):
                yield d, True
            if not window.inflight:
                return
            coded: list[Document] = []
            for part, ref in window.inflight.popleft():
                try:
                    coded += ray.get(ref)
                except Exception as exc:  # noqa: BLE001 - an actor that died fails its chunk, not the run
                    coded += fail(part, f"the Ray actor coding this batch failed ({type(exc).__name__}: {exc})")
            write_batch(store, coded)
            for d in coded:
                yield d, False
    finally:
        for c in coders:
            ray.kill(c)
