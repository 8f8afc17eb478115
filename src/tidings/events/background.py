"""Background history: an act the text dates well before its article was published is told as
the story's past context ('Hamas, which won elections in 2006 and took full control in 2007',
'eleven years since terrorists attacked the United States on September 11, 2001'), not as news;
it codes no event. The limit (``background_days`` in data/lexicon/modifiers.yaml) leaves the
weeks and months a story recounts ('the offensive Israel launched on Nov. 14') to be coded."""

from __future__ import annotations

import calendar
import re
from datetime import date

from spacy.tokens import Token

from ..records import TimeValue

# '2007', '2007-06', '2007-06-14' (a week, a decade, a range or a reference says nothing here)
_ISO = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def last_day(value: str) -> date | None:
    """The last day a normalized date can mean: '2007' -> 2007-12-31, '2007-06' -> 2007-06-30."""
    m = _ISO.fullmatch(value)
    if m is None:
        return None
    year, month, day = int(m[1]), int(m[2] or 12), m[3]
    if not 1 <= month <= 12:
        return None
    try:
        return date(year, month, int(day) if day else calendar.monthrange(year, month)[1])
    except ValueError:
        return None


def first_day(value: str) -> date | None:
    """The first day of a normalized date: '2012-11-21', '2012-11' -> 2012-11-01."""
    m = _ISO.fullmatch(value)
    if m is None:
        return None
    try:
        return date(int(m[1]), int(m[2] or 1), int(m[3] or 1))
    except ValueError:
        return None


def is_background(when: TimeValue | None, published: TimeValue | None, days: int) -> bool:
    """Whether an act the text dates ``when`` ended more than ``days`` before ``published``."""
    if when is None or published is None or when.source != "text" or days <= 0:
        return False
    end, pub = last_day(when.value), first_day(published.value)
    return end is not None and pub is not None and (pub - end).days > days


def told_in_passing(trigger: Token) -> bool:
    """Whether the act is told in a clause that describes something else: a relative clause
    ('Hamas, which won elections in 2006 and took full control in 2007'), a 'when' clause of a
    noun ('in 2005, when Israel withdrew from the Gaza Strip') or a 'since' clause ('eleven years
    since terrorists attacked the United States'). An act the story itself recounts, however
    long ago ('the largest purge took place in 1986 when Reagan booted 55 officials', 'Bush's
    administration kicked 50 officials out'), is an event with its date."""
    tok = _clause(trigger)
    if tok.head.i == tok.i:
        return False
    if tok.dep_ == "relcl":
        return True
    marks = {c.lower_ for c in tok.children if c.dep_ in ("mark", "advmod")}
    if tok.dep_ == "advcl" and "since" in marks:
        return True
    return tok.dep_ in ("advcl", "acl") and "when" in marks and tok.head.pos_ in ("NOUN", "PROPN", "NUM")


def when_clause_head(trigger: Token) -> Token | None:
    """The word a 'when' clause tells the time of: 'established in 2005, when Israel withdrew'
    ('2005'), 'Hamas, which took power when it won the elections in 2006'; None for any other trigger."""
    tok = _clause(trigger)
    if tok.dep_ not in ("advcl", "relcl") or tok.head.i == tok.i:
        return None
    if not any(c.dep_ == "advmod" and c.lower_ == "when" for c in tok.children):
        return None
    return tok.head


def _clause(trigger: Token) -> Token:
    """The head of the clause the trigger's act is told in: 'when Hamas seized power and
    started attacking' ('seized')."""
    tok = trigger
    while tok.dep_ in ("conj", "xcomp") and tok.head.i != tok.i:
        tok = tok.head
    return tok
