"""Which parts of a document are worth parsing: runs of sentences that hold a trigger and an actor."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from .. import data, headline
from ..headline import title_cased  # noqa: F401  (read by arguments)
from ..lexicon import Lexicon, has_trigger
from ..records import Document

ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "st", "gen", "sen", "gov", "lt", "col", "sgt", "rep", "jan", "feb", "mar",
                 "apr", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs", "inc", "corp", "co", "jr", "sr", "u.s",
                 "u.k", "u.n", "e.u", "a.m", "p.m", "prof", "capt", "maj", "adm", "rev"}
# What follows a dateline's place up to the story: ' (Reuters) - ', ', AUGUST 17: ', ' -- '.
DATELINE_END = re.compile(r"[^\n]{0,40}?(?:\s--?\s|\s[-–—]\s|:\s)")
# A wire's credit before the story ('AFP - Georgian and South Ossetian forces ...', 'Canadian Press -
# VANCOUVER (CP) - ...'): a name of outlets.tsv, a dash, the story.
CREDIT = r"\s*(?:The\s+)?({names})(?:\s*\([^)\n]{{1,20}}\))?\s+--?\s+"
SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9])")


@dataclass
class Chunk:
    """A run of sentences of one document, handed to spaCy together. ``text`` is what the
    parser reads: the document's text, except that a title-cased headline is read in
    sentence case ('Rebels Free Troops' as 'Rebels free troops'); it has the same length,
    so offsets hold, and records take their words from the document's text."""

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


@cache
def _credit() -> re.Pattern[str]:
    names = sorted((r["name"] for r in data.read_tsv("actors/outlets.tsv")), key=len, reverse=True)
    return re.compile(CREDIT.format(names="|".join(re.escape(n) for n in names)))


def _after_credit(text: str) -> int:
    """Where the story begins after a wire's credit that opens the first paragraph of the body
    (the one after the headline, or the text itself): 0 where there is none."""
    start = text.find("\n\n") + 2 if "\n\n" in text[:400] else 0
    found = _credit().match(text, start)
    return found.end() if found is not None and text[found.end():found.end() + 1].isupper() else 0


def candidate_chunks(doc: Document, doc_index: int, lexicon: Lexicon) -> list[Chunk]:
    """The parts of a document worth parsing: runs of sentences that hold a trigger word.

    No actor from the tables is required: a doer the tables do not know ('gunmen',
    'a suicide bomber') still makes an event, of the country the text gives or of none.
    Most sentences of news hold no event word; skipping them is where the coder wins
    its speed over running the full spaCy pipeline on every sentence.
    """
    chunks: list[Chunk] = []
    offset = 0
    # the dateline is not part of the first sentence: 'KABUL (Reuters) - ' would be its subject
    lead = DATELINE_END.match(doc.text, doc.dateline.end) if doc.dateline is not None else None
    body_start = lead.end() if lead is not None else _after_credit(doc.text)
    for para in doc.text.split("\n\n"):
        run_start = run_end = None
        for s, e in split_sentences(para, offset):
            if s < body_start < e:
                s = body_start
            if has_trigger(doc.text[s:e], lexicon):
                if run_start is None:
                    run_start = s
                run_end = e
            elif run_start is not None:
                chunks.append(Chunk(doc_index, run_start, doc.text[run_start:run_end].rstrip()))
                run_start = None
        if run_start is not None:
            chunks.append(Chunk(doc_index, run_start, doc.text[run_start:run_end].rstrip()))
        offset += len(para) + 2
    if chunks and chunks[0].start == 0:  # the headline hook: a title-cased headline is parsed re-cased
        chunks[0].text = headline.for_parser(doc, chunks[0].text)
    return chunks
