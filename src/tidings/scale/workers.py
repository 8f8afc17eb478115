"""All cores of one machine: batches coded in worker processes, written by this one.

Each worker process loads the model and the tables once (the pool's initializer) and codes
whole batches; documents travel as records, never as spaCy objects. The driver keeps at
most ``2 * workers`` batches in flight, so memory stays bounded whatever the input size,
and writes the batches back in the order it read them, one transaction each.
"""

from __future__ import annotations

import multiprocessing as mp
import signal
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from ..records import Document
from ..settings import Settings
from ..store import Store
from .plan import Planner, Window, fail, write_batch

_pipeline = None  # the worker process's own pipeline, loaded once by the initializer


def _start(settings: Settings) -> None:
    global _pipeline
    # Ctrl-C reaches the whole process group: the driver decides (tidings code stops once
    # the batches in flight are stored), so a worker goes on coding its batch
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    from ..pipeline import Pipeline  # loads spaCy: only the workers need it

    _pipeline = Pipeline(settings)


def _code(batch: list[Document]) -> list[Document]:
    assert _pipeline is not None, "worker started without its pipeline"
    return _pipeline.code_batch(batch)


def _pool(settings: Settings, workers: int) -> ProcessPoolExecutor:
    # spawn, not fork: a forked child would share the driver's open database connection
    return ProcessPoolExecutor(workers, mp_context=mp.get_context("spawn"), initializer=_start,
                               initargs=(settings,))


def _succeeded(future: Future) -> bool:
    return future.done() and not future.cancelled() and future.exception() is None


def code_into(settings: Settings, store: Store, docs: Iterable[Document], workers: int,
              recode: bool = False) -> Iterator[tuple[Document, bool]]:
    """Code documents into ``store`` exactly once with ``workers`` processes; yields
    (document, skipped) like ``Pipeline.code_into``."""
    window = Window(Planner(store, recode).batches(docs, settings.batch_size), 2 * workers)
    pool = _pool(settings, workers)  # entries in flight: (batch, future, retried)
    try:
        while True:
            for d in window.top_up(lambda b: (b, pool.submit(_code, b), False)):
                yield d, True
            if not window.inflight:
                return
            todo, future, retried = window.inflight.popleft()
            try:
                coded = future.result()
            except BrokenProcessPool as exc:
                # a worker died (killed, out of memory): every batch in flight is lost with the
                # pool; code them again in a new one, and give up on a batch that breaks it twice
                pool.shutdown(wait=False, cancel_futures=True)
                pool = _pool(settings, workers)
                window.inflight = deque((b, f if _succeeded(f) else pool.submit(_code, b), r)
                                       for b, f, r in window.inflight)
                if not retried:
                    window.inflight.appendleft((todo, pool.submit(_code, todo), True))
                    continue
                coded = fail(todo, f"the worker coding this batch died twice ({type(exc).__name__}: {exc})")
            except Exception as exc:  # noqa: BLE001 - a batch that cannot be coded fails its documents, not the run
                coded = fail(todo, f"coding this batch failed ({type(exc).__name__}: {exc})")
            write_batch(store, coded)
            for d in coded:
                yield d, False
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
