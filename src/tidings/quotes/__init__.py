"""Quotes: who said what. Direct quotations in every quote style, mixed quotes (a quoted
piece inside reported speech), indirect speech, their speakers, cue verbs and channels, and
scare quotes told apart as fragments.

Works on the text, the actor mentions and the named entities, without a parse, so it costs
little. One module per concern: ``marks`` pairs quotation marks (across paragraphs),
``direct`` reads a quotation's attribution, ``indirect`` reported clauses, ``speakers`` who
a speaker phrase names (a table's actor, a named entity, a role noun, a pronoun's
antecedent, or an actor built from the text), ``cues`` the data of
``data/quotes/cues.yaml``.
"""

from __future__ import annotations

from bisect import bisect_right

from ..records import Document, Quote
from . import direct, indirect
from .cues import WORD, Cues, cues, masked
from .marks import quotations
from .speakers import Speakers, open_actor

__all__ = ["find", "containing", "open_actor", "cues"]


def find(doc: Document, acts: bool = False) -> list[Quote]:
    """The quotations and reported speech of a document (``doc.actors`` and ``doc.entities``
    must hold its mentions and named entities), in text order. With ``acts``, speech acts and
    stances too (kind ``act``: 'called for new tariffs', 'wants to triple the program'), as
    attribution corpora such as PolNeAR count them; docs/annotation.md item 8 counts them as no
    quotes, and ``containing`` passes them by."""
    c = cues()
    text, view = doc.text, masked(doc.text)
    spans = quotations(text)
    starts = [s for s, _, _ in spans]
    speakers = Speakers(doc, c)

    def inside_quote(at: int) -> bool:
        i = bisect_right(starts, at) - 1
        return i >= 0 and spans[i][0] <= at < spans[i][1]

    # direct speech first, so its speakers are antecedents for the reported speech after it
    found: list[Quote] = []
    previous: Quote | None = None
    attributions = []
    for start, end, closed in spans:
        a = direct.attribute(c, speakers, view, start, end, closed) or \
            direct.attribute_before(c, speakers, view, start)
        attributions.append(a)
    reported = indirect.find(text, view, c, speakers, inside_quote, acts=acts)
    said = [r for r in reported if r.kind == "act"]  # apart: they host no quotation and carry none on
    reported = [r for r in reported if r.kind != "act"]
    # a reported clause holding a quotation is a mixed quote, unless the quotation is all of
    # it ('He said, "..."': then the quotation is the record)
    holds = [r for r in reported if any(r.start <= s and e <= r.end + 1 for s, e, _ in spans)]
    dropped = {id(r) for r in holds if _outside_words(text, r.start, r.end, spans) < 3}
    reported = [r for r in reported if id(r) not in dropped]
    mixed = [r for r in holds if id(r) not in dropped]
    headline_end = text.find("\n\n")
    for (start, end, closed), a in zip(spans, attributions):
        # reported speech goes on in the quotations after it, not from the headline into the body
        told = [r for r in reported if r.end < start and r not in mixed and not r.end <= headline_end < start]
        if told and told[-1].speaker is not None and (previous is None or told[-1].end > previous.end):
            previous = Quote(id="", doc_id=doc.doc_id, text="", start=told[-1].start, end=told[-1].end,
                             speaker=told[-1].speaker, cue=told[-1].cue)  # reported speech goes on in quotes
        host = min((r for r in mixed if r.start <= start and end <= r.end + 1), key=lambda r: r.end - r.start,
                   default=None)  # the innermost: 'According to the report, one official claimed that ...
        speaker, cue, window = (a.speaker, a.cue, a.window) if a else (None, None, "")
        if host is None and speaker is None and previous is not None and direct.continues(text, previous.end, start) \
                and not direct.is_fragment(text, start, end, closed, previous.speaker, inside=True):
            speaker, cue = previous.speaker, previous.cue
        fragment = direct.is_fragment(text, start, end, closed, speaker)
        if host is not None:
            # its words are told by the mixed quote around it
            speaker, cue, fragment = host.speaker, host.cue, True
        if speaker is None:
            fragment = True  # nobody says it: a headline's or a narrative's quoted words
        s_start, s_end = direct.sentence_around(view, start, end)
        around = text[s_start:start] + " " + text[end:s_end]
        quote = Quote(id=direct.quote_id(doc, start, end), doc_id=doc.doc_id, text=text[start:end], start=start,
                      end=end, speaker=speaker, cue=cue, channel=_channel(c, around),
                      status=_status(c, window or around), fragment=fragment)
        found.append(quote)
        if not fragment:
            previous = quote
    for start, end, speaker in direct.transcript(speakers, view):
        if not any(q.start == start and q.end == end for q in found):
            found.append(Quote(id=direct.quote_id(doc, start, end), doc_id=doc.doc_id, text=text[start:end],
                               start=start, end=end, speaker=speaker, cue=":"))
    for r in reported + said:
        kind = "mixed" if r in mixed else r.kind
        lead = text[max(0, r.cue_start - 80):r.cue_start + len(r.cue) + 1]
        found.append(Quote(id=direct.quote_id(doc, r.start, r.end), doc_id=doc.doc_id, text=text[r.start:r.end],
                           start=r.start, end=r.end, speaker=r.speaker, cue=r.cue,
                           channel=_channel(c, text[max(0, r.cue_start - 80):r.end + 1]),
                           status=_status(c, lead), fragment=False, kind=kind))
    found.sort(key=lambda q: (q.start, q.end))
    return found


def containing(quotes: list[Quote], at: int) -> Quote | None:
    """The quotation or reported speech (not a fragment) that character offset ``at`` sits in,
    if any: the innermost, so a direct quote wins over the reported clause around it. Not a
    speech act's or a stance's attribution (kind act: 'urged residents to stay indoors', 'wants
    to double the number of schools'): what it takes is the outlet's account of what was done or
    held, not the speaker's words, so it makes no event in it reported (docs/annotation.md item 8)
    and no 'we' in it the speaker's."""
    inside = [q for q in quotes if not q.fragment and q.kind != "act" and q.start <= at < q.end]
    return min(inside, key=lambda q: q.end - q.start, default=None)


def _outside_words(text: str, start: int, end: int, spans: list[tuple[int, int, bool]]) -> int:
    chars = list(text[start:end])
    for s, e, _ in spans:
        for i in range(max(s - 1, start), min(e + 1, end)):
            chars[i - start] = " "
    return len(WORD.findall("".join(chars)))


def _channel(c: Cues, text: str) -> str | None:
    for rx in c.channels:
        m = rx.search(text)
        if m:
            return m.group("channel").strip()
    return None


def _status(c: Cues, window: str) -> str:
    low = window.lower()
    words = set(WORD.findall(low)) if low.isascii() else {w.lower() for w in WORD.findall(window)}
    for word, status in c.hedges.items():
        if " " in word and word in low or word in words:
            return status
    return "asserted"

