"""The one place that composes the stages into the pipeline.

ingest -> actors (mentions), timex (dates), geo (places), quotes -> nlp (parse the sentences that can hold an event)
-> events. Documents flow through in batches so spaCy parses many at once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from . import actors, budget, codebook, events, geo, headline, ingest, lexicon, nlp, quotes, timex
from .records import Document, TimeValue
from .settings import Settings
from .scale.plan import Planner, write_batch
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

    def read(self, paths: Iterable[str | Path], skipped: list[Path] | None = None) -> Iterator[Document]:
        return ingest.read(paths, max_chars=self.settings.max_chars, skipped=skipped)

    def run(self, docs: Iterable[Document]) -> Iterator[Document]:
        """Code documents in batches; failed documents pass through with their status."""
        it = iter(docs)
        while batch := list(islice(it, self.settings.batch_size)):
            yield from self.code_batch(batch)

    def code_batch(self, batch: list[Document]) -> list[Document]:
        """Code a batch of documents. Whatever one document raises, in any stage, becomes that
        document's status (``<stage>_error``) and message; the others are coded as if alone."""
        chunks: list[events.Chunk] = []
        for doc in batch:
            if doc.ok and (over := budget.check_text(doc, self.settings)):
                budget.refuse(doc, over)
        ready = [doc for doc in batch if doc.ok]
        for doc, ents in zip(ready, self._per_document("nlp", ready, lambda docs: nlp.entities(
                self.nlp, [d.text for d in docs], self.settings.batch_size))):
            doc.entities = ents or []
        for i, doc in enumerate(batch):
            if doc.ok:
                try:
                    chunks.extend(self._annotate(doc, i))
                except _StageFailed as failure:
                    _fail(doc, failure.stage, failure.cause)
        parsed = self._parse(chunks, batch)
        for i, doc in enumerate(batch):
            if doc.ok:
                try:
                    doc.events = self.coder.code(doc, parsed.get(i, []))
                except Exception as exc:  # a coder bug must not stop the batch: the document says so
                    _fail(doc, "coder", exc)
                    doc.events = []
                    continue
                if over := budget.check_events(doc, self.settings):
                    budget.refuse(doc, over)
        return batch

    def _annotate(self, doc: Document, i: int) -> list[events.Chunk]:
        """Mentions, dates, places and quotes of one document; the chunks worth parsing."""
        stage = "timex"
        try:
            if doc.published is None:
                doc.published = timex.infer_published(doc.text)
            stage = "actors"
            doc.actors = self.resolver.find(doc.text, doc.published.value if doc.published else None)
            stage = "timex"
            doc.timexes = timex.find(doc.text, doc.published, doc.entities)
            stage = "geo"
            countries = frozenset(a.country for a in doc.actors if a.country)
            bodies = [(a.start, a.end) for a in doc.actors if a.kind == "organization"]
            doc.places = geo.find(doc.text, countries, doc.entities, bodies)
            doc.dateline = geo.dateline(doc.text, countries)
            if doc.dateline is not None:  # 'KABUL, Afghanistan -' says where the story is set, not who acts
                doc.actors = [a for a in doc.actors if not doc.dateline.start <= a.start < doc.dateline.end]
            stage = "actors"
            doc.actors = self.resolver.open_world(doc.text, doc.entities, doc.actors, doc.places, doc.dateline,
                                                  doc.outlet)
            stage = "quotes"
            doc.quotes = quotes.find(doc, acts=self.settings.attributions == "all")
            stage = "coder"
            return events.candidate_chunks(doc, i, self.lexicon)
        except Exception as exc:
            raise _StageFailed(stage, exc) from exc

    def _parse(self, chunks: list[events.Chunk], batch: list[Document]) -> dict[int, list]:
        """spaCy parses of the chunks, by document; a document whose chunk spaCy refuses fails alone."""
        def pipe(part: list[events.Chunk]) -> dict[int, list]:
            out: dict[int, list] = {}
            for sdoc, chunk in nlp.parse(self.nlp, ((c.text, c) for c in part), self.settings.batch_size):
                doc = batch[chunk.doc_index]
                if chunk.start == 0 and (cut := headline.end(doc.text)):  # the headline hook
                    headline.repair(sdoc, self.lexicon.by_verb, self.lexicon.by_noun,
                                    [(a.start, a.end) for a in doc.actors if a.end <= cut])
                out.setdefault(chunk.doc_index, []).append((chunk, sdoc))
            return out

        try:
            return pipe(chunks)
        except Exception:  # find the document that broke the batch: parse each on its own
            parsed: dict[int, list] = {}
            for i, doc in enumerate(batch):
                own = [c for c in chunks if c.doc_index == i]
                if own and doc.ok:
                    try:
                        parsed.update(pipe(own))
                    except Exception as exc:
                        _fail(doc, "nlp", exc)
            return parsed

    def _per_document(self, stage: str, docs: list[Document], run: Callable[[list[Document]], Iterable]) -> list:
        """``run`` over the documents at once; when that raises, over each alone, so that only
        the document that raises fails (its result is None)."""
        try:
            return list(run(docs))
        except Exception:
            results = []
            for doc in docs:
                try:
                    results.extend(run([doc]))
                except Exception as exc:
                    _fail(doc, stage, exc)
                    results.append(None)
            return results

    def code_into(self, store: Store, docs: Iterable[Document], recode: bool = False
                  ) -> Iterator[tuple[Document, bool]]:
        """Code documents into ``store`` exactly once; yields (document, skipped) in input order,
        each batch once it is committed.

        A document whose key is stored already is skipped (with ``recode``, only when the
        current pipeline version coded it). Each batch is written in one transaction, so a
        run killed at any point resumes with the next run, losing and doubling nothing.
        ``tidings.scale`` runs the same loop with the coding in other processes. Each batch's
        documents are yielded in input order once it is committed."""
        planner = Planner(store, recode)
        it = iter(docs)
        while batch := list(islice(it, self.settings.batch_size)):
            todo, skipped = planner.split(batch)
            write_batch(store, self.code_batch(todo))
            skipped_ids = {id(d) for d in skipped}
            for d in batch:
                yield d, id(d) in skipped_ids

    def code_paths(self, paths: Iterable[str | Path], skipped: list[Path] | None = None) -> Iterator[Document]:
        return self.run(self.read(paths, skipped))

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


def _fail(doc: Document, stage: str, exc: Exception) -> None:
    """``doc`` failed in ``stage``: its status says where, its message what was raised."""
    doc.status = f"{stage}_error"
    doc.error = (f"{stage} failed on this document: {type(exc).__name__}: {exc}"[:500]
                 + "; the batch went on (please report this with the document)")


class _StageFailed(Exception):
    def __init__(self, stage: str, cause: Exception) -> None:
        super().__init__(stage)
        self.stage, self.cause = stage, cause
