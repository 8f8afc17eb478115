"""What a reader returns, and the shape of a rule: a pattern and the reader of its matches."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import re


@dataclass(frozen=True, slots=True)
class Reading:
    """A matched expression, normalized: ``value``/``precision`` as tidings dates events
    (a point or a range of days), ``type`` and ``timex3`` as TIMEX3 writes it."""

    value: str
    precision: str
    type: str = "DATE"
    timex3: str | None = None


@dataclass(frozen=True, slots=True)
class Context:
    anchor: date | None  # the publication date relative expressions are read against
    precision: str  # how precise the anchor is: day, month, year or none
    future: bool  # the clause is told in the future ('will meet on Monday')


class Groups:
    """A match's named groups, None for a group the rule's pattern does not have, so one
    reader serves patterns that name different parts ('14:48 UTC' has no 'ampm')."""

    __slots__ = ("_groups",)

    def __init__(self, m: re.Match[str]) -> None:
        self._groups = m.groupdict()

    def __getitem__(self, name: str) -> str | None:
        return self._groups.get(name)

    def groupdict(self) -> dict[str, str | None]:
        return self._groups


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    read: Callable[[Groups, Context], Reading | None]
    #: whether the reading depends on the clause's tense ('on Monday', '20 March'): only
    #: for these is the sentence around a match searched for a future cue
    tensed: bool = False
