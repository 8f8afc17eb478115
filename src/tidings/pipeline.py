"""The one place that composes the stages into the pipeline.

ingest -> actors (mentions), timex (dates), geo (places), quotes -> nlp (parse the sentences that can hold an event)
-> events. Documents flow through in batches so spaCy parses many at once.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from . import actors, codebook, events, geo, ingest, lexicon, nlp, quotes, timex
from .records import Document, TimeValue
from .settings import Settings
from .scale.plan import Planner
from .store import Store
from .version import PIPELINE_VERSION

__all__ = ["PIPELINE_VERSION", "Pipeline"]



@dataclass
class Pipeline:
    settings: Settings

    def __post_init__(self) -> None:
        self.nlp = nlp.load(self.settings.model)
        self.lexicon = lexicon.load()
        self.codebook = codebook.load()
        self.resolver = actors.load(self.settings.actors_file)
        self.coder = events.EventCoder(self.lexicon, self.codebook, self.resolver)

    def read(self, paths: Iterable[str | Path]) -> Iterator[Document]:
        return ingest.read(paths, max_chars=self.settings.max_chars)

    def run(self, docs: Iterable[Document]) -> Iterator[Document]:
        """Code documents in batches; failed documents pass through with their status."""
        it = iter(docs)
        while batch := list(islice(it, self.settings.batch_size)):
            yield from self.code_batch(batch)

    def code_batch(self, batch: list[Document]) -> list[Document]:
        chunks: list[events.Chunk] = []
        ready = [doc for doc in batch if doc.ok]
        for doc, ents in zip(ready, nlp.entities(self.nlp, [d.text for d in ready], self.settings.batch_size)):
            doc.entities = ents
        for i, doc in enumerate(batch):
            if not doc.ok:
                continue
            if doc.published is None:
                doc.published = timex.infer_published(doc.text)
            doc.actors = self.resolver.find(doc.text, doc.published.value if doc.published else None)
            doc.timexes = timex.find(doc.text, doc.published, doc.entities)
            countries = frozenset(a.country for a in doc.actors if a.country)
            doc.places = geo.find(doc.text, countries)
            doc.dateline = geo.dateline(doc.text, countries)
            if doc.dateline is not None:  # 'KABUL, Afghanistan -' says where the story is set, not who acts
                doc.actors = [a for a in doc.actors if not doc.dateline.start <= a.start < doc.dateline.end]
            doc.actors = self.resolver.open_world(doc.text, doc.entities, doc.actors, doc.places, doc.dateline)
            doc.quotes = quotes.find(doc)
            chunks.extend(events.candidate_chunks(doc, i, self.lexicon, self.resolver.sector_words))
        parsed: dict[int, list] = {}
        for sdoc, chunk in self.nlp.pipe(((c.text, c) for c in chunks), as_tuples=True,
                                         batch_size=self.settings.batch_size):
            parsed.setdefault(chunk.doc_index, []).append((chunk, sdoc))
        for i, doc in enumerate(batch):
            if doc.ok:
                try:
                    doc.events = self.coder.code(doc, parsed.get(i, []))
                except Exception as exc:  # a coder bug must not stop the batch: the document says so
                    doc.status, doc.error = "coder_error", f"{type(exc).__name__}: {exc}"
                    doc.events = []
        return batch

    def code_into(self, store: Store, docs: Iterable[Document], recode: bool = False
                  ) -> Iterator[tuple[Document, bool]]:
        """Code documents into ``store`` exactly once; yields (document, skipped).

        A document whose key is stored already is skipped (with ``recode``, only when the
        current pipeline version coded it). Each batch is written in one transaction, so a
        run killed at any point resumes with the next run, losing and doubling nothing.
        ``tidings.scale`` runs the same loop with the coding in other processes."""
        planner = Planner(store, recode)
        it = iter(docs)
        while batch := list(islice(it, self.settings.batch_size)):
            todo, skipped = planner.split(batch)
            for d in skipped:
                yield d, True
            coded = self.code_batch(todo)
            store.write(coded, PIPELINE_VERSION)
            for d in coded:
                yield d, False

    def code_paths(self, paths: Iterable[str | Path]) -> Iterator[Document]:
        return self.run(self.read(paths))

    def code_text(self, text: str, doc_id: str = "text", *, published: TimeValue | None = None,
                  verbatim: bool = False) -> Document:
        """Code one piece of text: the shortest way to try tidings from Python. ``verbatim``
        keeps the text as given (no boilerplate removal), so spans are offsets into ``text``."""
        doc = ingest.from_text(doc_id, text, published=published, max_chars=self.settings.max_chars,
                               verbatim=verbatim)
        return self.code_batch([doc])[0]

    def code_texts(self, texts: Iterable[tuple[str, str]], *, verbatim: bool = False) -> Iterator[Document]:
        """Code (doc_id, text) pairs in batches; ``verbatim`` as in ``code_text``."""
        return self.run(ingest.from_text(i, t, max_chars=self.settings.max_chars, verbatim=verbatim)
                        for i, t in texts)
