"""Scale: code on every core of a machine, or on a Ray cluster, with one writer.

Every engine feeds the same loop: the driver reads documents in batches, asks the store
which of them are stored already (``Planner``), hands the rest to coders, and writes each
coded batch in one transaction as it comes back. Coders never touch the store, so the
exactly-once contract of one process holds unchanged: a document is stored by the one
transaction that writes its batch, a killed run resumes where the store ends, and no
batch is coded twice in a run. Engines differ only in where ``code_batch`` runs:

- ``local``: in this process (``Pipeline.code_into``);
- ``workers``: in N worker processes of this machine, each loading the model and the
  tables once (``workers.code_into``);
- ``ray``: in N Ray actors on a cluster, or on a local one (``ray_engine.code_into``).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from itertools import chain, islice

from ..records import Document
from ..settings import Settings
from ..store import Store
from .plan import Planner

__all__ = ["ENGINES", "Planner", "code_into"]

ENGINES = ("local", "ray")


def code_into(settings: Settings, store: Store, docs: Iterable[Document], *, engine: str = "local",
              workers: int | None = None, address: str | None = None, recode: bool = False
              ) -> Iterator[tuple[Document, bool]]:
    """Code documents into ``store`` exactly once; yields (document, skipped).

    ``engine`` ``local`` codes on this machine with ``workers`` processes (default: its
    cores; 1 codes in this process, as does an input of one batch when ``workers`` is not
    given, since starting workers would cost more than it saves); ``ray`` with ``workers``
    Ray actors, on the cluster at ``address`` or a local one."""
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}: use one of {', '.join(ENGINES)}")
    n = workers or os.cpu_count() or 1
    it = iter(docs)
    head = list(islice(it, settings.batch_size + 1))
    stream = chain(head, it)
    if engine == "ray":
        from . import ray_engine

        yield from ray_engine.code_into(settings, store, stream, n, address, recode)
    elif n == 1 or (workers is None and len(head) <= settings.batch_size):
        from ..pipeline import Pipeline

        yield from Pipeline(settings).code_into(store, stream, recode)
    else:
        from . import workers as pool

        yield from pool.code_into(settings, store, stream, n, recode)
