"""Timex: find temporal expressions and normalize them against the publication date, as
TIMEX3 does (DATE, TIME, DURATION, SET).

A regular grammar for the dates of English news (``points``: calendar dates and periods;
``extents``: times of day, durations, sets, 'now' and 'recently'), plus the NER's DATE and
TIME entities that no rule reads, kept with an unknown value so the mention is not lost.
The grammar runs in microseconds per article and does the same thing every time.

Values are ISO at their precision: ``2018-03-26`` (day), ``2018-W13`` (week), ``2018-03``
(month), ``2018`` (year), ``1980s`` (decade) and ``START/END`` (range, also quarters and
seasons); a duration's, set's or reference's value is its TIMEX3 value (``P3M``, ``P1W``,
``PRESENT_REF``) with precision ``duration``, ``set`` or ``reference``, and dates no event.
``timex3`` holds the TIMEX3 value where it differs ('2009-Q3', '2010-03-02TMO').
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import prefilter
from ..records import Entity, TimeValue
from .calendar import anchor_of, interval
from .extents import RULES as EXTENT_RULES
from .points import RULES as POINT_RULES
from .published import infer_published
from .rules import Context, Groups, Rule

__all__ = ["find", "interval", "anchor_of", "infer_published", "RULES", "POINT_PRECISIONS"]

#: the precisions of values that can date an event
POINT_PRECISIONS = frozenset({"day", "week", "month", "year", "decade", "range", "on_or_before"})
# clock times first (they hold a weekday), then points, then durations and the rest
RULES: list[Rule] = [*EXTENT_RULES[:4], *POINT_RULES, *EXTENT_RULES[4:]]
# what each rule's matches must contain: a text without it is not searched by that rule
_NEEDS = [prefilter.needs(rule.pattern) for rule in RULES]

# A clause told in the future: 'on Monday' in it is the coming Monday.
FUTURE = re.compile(r"\b(?:will|shall|won't|should|would|'ll|’ll|(?:is|are|was|were|be)\s+(?:\w+\s+)?(?:due|expected|"
                    r"set|scheduled|going|poised|planning|slated)\s+(?:to|for|on)|(?:plans?|intends?|expects?|aims?)\s+to|"
                    r"upcoming)\b", re.I)
# What ends the clause a date belongs to, for the tense: 'announced Friday that it will give'
CLAUSE_BREAK = re.compile(r"[,;:()\n]|\s[-–—]\s|\b(?:that|which|who|when|after|before|because|but|while|although|"
                          r"whereas|said|says)\b|[.!?](?:\s|$)")
# NER dates that are not times: ages, anniversaries as names, counts of years in a name
NOT_TIME = re.compile(r"-year-old|\byears?\s+old\b|\baged?\b|^[\d.,]+$", re.I)


def find(text: str, published: TimeValue | None = None, entities: Sequence[Entity] = ()) -> list[TimeValue]:
    """Temporal expressions in ``text`` with their spans, normalized against ``published``.

    Expressions that cannot be read without an anchor ('last Monday' in an undated text)
    are left out rather than guessed; a DATE or TIME the NER found that no rule reads is
    kept with an unknown TIMEX3 value ('XXXX-XX-XX')."""
    anchor, precision = anchor_of(published)
    taken: list[tuple[int, int]] = []
    found: list[TimeValue] = []
    low = prefilter.folded(text)
    for rule, need in zip(RULES, _NEEDS):
        if not need.may_match(text, low):
            continue
        for m in rule.pattern.finditer(text):
            s, e = m.span("core") if "core" in rule.pattern.groupindex and m.group("core") else m.span()
            if s == e or any(s < te and ts < e for ts, te in taken):
                continue
            future = rule.tensed and bool(FUTURE.search(_clause_before(text, s, e)))
            read = rule.read(Groups(m), Context(anchor, precision, future))
            taken.append((s, e))  # read or not, a longer rule's match is not re-read by a shorter one
            if read is None:
                continue
            found.append(TimeValue(read.value, read.precision, text[s:e], "text", s, e, read.type,
                                   read.timex3 if read.timex3 != read.value else None))
    for ent in entities:
        if ent.label not in ("DATE", "TIME") or any(ent.start < te and ts < ent.end for ts, te in taken):
            continue
        if NOT_TIME.search(ent.text):
            continue
        unknown = "XXXX-XX-XX" if ent.label == "DATE" else "XXXX-XX-XXTXX:XX"
        found.append(TimeValue(unknown, "unknown", ent.text, "text", ent.start, ent.end, ent.label))
    found.sort(key=lambda t: t.start or 0)
    return found


def _clause_before(text: str, start: int, end: int) -> str:
    """The clause around a match, between the breaks before and after it: where a future
    cue for it would be."""
    lo = max(0, start - 300)
    left = max((m.end() for m in CLAUSE_BREAK.finditer(text, lo, start)), default=lo)
    right = next((m.start() for m in CLAUSE_BREAK.finditer(text, end, end + 300)), min(len(text), end + 300))
    return text[left:right]
