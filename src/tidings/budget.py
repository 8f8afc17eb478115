"""The per-document budget: caps on what one document may cost (settings.Settings).

Memory and time spent on a document grow with its sentences (parsing), its events
(coding, storing) and its events in one merge key (the merge compares those pairwise).
Each is checked where it is cheap to know: sentences before anything is parsed, events
and merge candidates once the document is coded. A document over a cap is refused with
status ``over_budget`` and a message naming the cap and how to raise it.
"""

from __future__ import annotations

from collections import Counter

from .events import split_sentences
from .records import Document
from .settings import Settings

STATUS = "over_budget"


def sentences(text: str) -> int:
    """How many sentences the coder would see in ``text`` (its own splitter, no parse)."""
    return sum(1 for para in text.split("\n\n") for _ in split_sentences(para, 0))


def _over(what: str, n: int, cap: int, option: str, env: str) -> str:
    return (f"{n:,} {what}, over the budget of {cap:,} per document; raise it with {option} "
            f"or {env} if the document is meant to be this long")


def check_text(doc: Document, settings: Settings) -> str | None:
    """Why ``doc`` is over budget before it is parsed, or None."""
    if len(doc.text) > settings.max_chars:
        return _over("characters", len(doc.text), settings.max_chars, "--max-chars", "TIDINGS_MAX_CHARS")
    n = sentences(doc.text)
    if n > settings.max_sentences:
        return _over("sentences", n, settings.max_sentences, "--max-sentences", "TIDINGS_MAX_SENTENCES")
    return None


def check_events(doc: Document, settings: Settings) -> str | None:
    """Why coded ``doc`` is over budget, or None."""
    if len(doc.events) > settings.max_events:
        return _over("events", len(doc.events), settings.max_events, "--max-events", "TIDINGS_MAX_EVENTS")
    keys: Counter[str] = Counter()
    for e in doc.events:  # the store's merge key (merge.merge_key), by CAMEO root and by PLOVER type
        dyad = f"{e.source.country or e.source.code or ''}|" + \
            (f"{e.target.country or e.target.code or ''}" if e.target else "")
        keys[f"{dyad}|cameo:{e.cameo.root}"] += 1
        keys[f"{dyad}|plover:{e.plover.type}"] += 1
    most = max(keys.values(), default=0)
    if most > settings.max_merge_candidates:
        return _over("events in one merge key (same dyad and kind of act)", most, settings.max_merge_candidates,
                     "--max-merge-candidates", "TIDINGS_MAX_MERGE_CANDIDATES")
    return None


def refuse(doc: Document, message: str) -> None:
    """Mark ``doc`` over budget: nothing of it is kept but its status and message. Like any
    document refused at ingest it is then known by where it came from, not by its text, so
    a run with a raised budget codes it."""
    doc.status, doc.error, doc.text, doc._key = STATUS, message, "", None
    doc.entities, doc.actors, doc.timexes, doc.places, doc.quotes, doc.events = [], [], [], [], [], []
    doc.dateline = None
