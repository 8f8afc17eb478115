"""Which parts of a document are worth parsing: runs of sentences that hold a trigger and an actor."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass

from ..lexicon import Lexicon, has_trigger
from ..records import Document

ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "st", "gen", "sen", "gov", "lt", "col", "sgt", "rep", "jan", "feb", "mar",
                 "apr", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs", "inc", "corp", "co", "jr", "sr", "u.s",
                 "u.k", "u.n", "e.u", "a.m", "p.m", "prof", "capt", "maj", "adm", "rev"}
GOVERNMENT_WORDS = re.compile(r"\b(?:administration|government|president|regime)\b", re.I)
# What follows a dateline's place up to the story: ' (Reuters) - ', ', AUGUST 17: ', ' -- '.
DATELINE_END = re.compile(r"[^\n]{0,40}?(?:\s--?\s|\s[-–—]\s|:\s)")
SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9])")


@dataclass
class Chunk:
    """A run of sentences of one document, handed to spaCy together."""

    doc_index: int
    start: int  # character offset in the document's text
    text: str


def split_sentences(text: str, offset: int = 0) -> Iterator[tuple[int, int]]:
    """Rough sentence spans for the trigger filter; spaCy's parse sets the real ones."""
    start = 0
    for m in SENTENCE_END.finditer(text):
        before = text[start:m.start() + 1].split()
        last = before[-1].lower().rstrip(".") if before else ""
        if last in ABBREVIATIONS or (len(last) == 1 and last.isalpha()) or re.fullmatch(r"(?:[a-z]\.)+[a-z]", last):
            continue
        yield offset + start, offset + m.end()
        start = m.end()
    if start < len(text):
        yield offset + start, offset + len(text)


def candidate_chunks(doc: Document, doc_index: int, lexicon: Lexicon,
                     unnamed: re.Pattern[str] | None = None) -> list[Chunk]:
    """The parts of a document worth parsing: runs of sentences that hold a trigger and an
    actor (``doc.actors`` must hold the actor mentions, sorted). In a story with a dateline,
    a sector noun ``unnamed`` finds ('police', 'troops') is an actor too: of the dateline's country.

    Most sentences of news hold no event verb; skipping them is where the coder wins
    its speed over running the full spaCy pipeline on every sentence.
    """
    chunks: list[Chunk] = []
    offset = 0
    starts = [m.start for m in doc.actors]
    # the dateline is not part of the first sentence: 'KABUL (Reuters) - ' would be its subject
    lead = DATELINE_END.match(doc.text, doc.dateline.end) if doc.dateline is not None else None
    body_start = lead.end() if lead is not None else 0
    for para in doc.text.split("\n\n"):
        run_start = run_end = None
        for s, e in split_sentences(para, offset):
            if s < body_start < e:
                s = body_start
            # An event needs an actor: a name from the tables, or a definite government noun
            # ('this administration') the resolver reads from the document's context.
            k = bisect_left(starts, s)
            named = (k < len(starts) and starts[k] < e) or \
                (doc.dateline is not None and unnamed is not None and bool(unnamed.search(doc.text, s, e)))
            if (named or GOVERNMENT_WORDS.search(doc.text, s, e)) and has_trigger(doc.text[s:e], lexicon):
                if run_start is None:
                    run_start = s
                run_end = e
            elif run_start is not None:
                chunks.append(Chunk(doc_index, run_start, doc.text[run_start:run_end].rstrip()))
                run_start = None
        if run_start is not None:
            chunks.append(Chunk(doc_index, run_start, doc.text[run_start:run_end].rstrip()))
        offset += len(para) + 2
    return chunks
