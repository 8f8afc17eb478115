"""Where a document stands, for what its text does not say of an actor: the dateline, the
country its known actors belong to most (in the story, else in the paragraph), the outlet's
home country."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from ...records import Actor, Span

# After a country's or place's name, a building of its mission abroad: 'stormed the U.S. Embassy'.
MISSION_AFTER = re.compile(r"\.?\s+(?:embassy|consulate|high\s+commission)\b", re.I)
# Before a country's or place's name, a slogan's words: 'chants of "Death to America"'.
SLOGAN_BEFORE = re.compile(r"\b(?:death|down|glory|victory)\s+(?:to|with)\s+(?:the\s+)?$", re.I)


@dataclass(frozen=True)
class Setting:
    """Where a document stands, for what its text does not say of an actor: the dateline's
    country, the country the story's known actors belong to most, the one the paragraph's
    belong to most (a round-up of elections abroad has no country of its own), and the home
    country of the outlet that published it (outlets.tsv)."""

    dateline: str | None = None
    story: str | None = None
    outlet: str | None = None
    leader: str | None = None  # the country named most, when it leads at all
    named: frozenset[str] = frozenset()  # every country the known actors belong to
    outlet_share: bool = False  # whether the outlet's country is named a third as often as the leader at least
    text: str = ""
    found: Sequence[Actor] = field(default=(), repr=False)

    @classmethod
    def of(cls, dateline: str | None, found: Sequence[Actor], outlet: str | None, text: str = "") -> Setting:
        counts = Counter(m.country for m in found if m.country)
        leader = leading_country(found)
        home = outlet is not None and counts[outlet] > 0 and (leader is None or 3 * counts[outlet] >= counts[leader])
        return cls(dateline, dominant_country(found), outlet, leader, frozenset(counts), home, text, tuple(found))

    def country(self, outlet: bool = True, at: int | None = None) -> tuple[str | None, str | None]:
        """The country (and its cue) of an official or body the text gives no country: the
        dateline's, else the story's, else the outlet's where the story names its country a
        third as often as the country it names most at least, else that country (a British
        paper's story on Mueller's inquiry is about Americans). A party (``outlet=False``,
        ``at``) is first of the country its paragraph names most and never the outlet's: a
        round-up of elections abroad has no country of its own. (For people the paragraph's
        country is a worse guess: an American paper's paragraph on Iraq quotes Americans.)
        Whom no country is guessed for is the caller's to say (people.story_country)."""
        if at is not None and self.text:
            start = self.text.rfind("\n\n", 0, at)
            end = self.text.find("\n\n", at)
            local = leading_country([m for m in self.found if start <= m.start and (end < 0 or m.end <= end)], least=1)
            if local:
                return local, "document"
        if self.dateline:
            return self.dateline, "dateline"
        if self.story:
            return self.story, "document"
        if outlet and self.outlet and (self.outlet_share or self.leader is None):
            return self.outlet, "outlet"
        # an American outlet's story on Hong Kong that names no American: the country it names most
        return (self.leader, "document") if self.leader else (None, None)


def dominant_country(found: Sequence[Actor]) -> str | None:
    """The country the document's known actors belong to most, when one leads clearly (at least
    two mentions, half as many again as any other)."""
    counts = Counter(m.country for m in found if m.country)
    if not counts:
        return None
    (top, n), *rest = counts.most_common(2) + [(None, 0)]
    return top if n >= 2 and n > 1.5 * rest[0][1] else None


def leading_country(found: Sequence[Actor], least: int = 2) -> str | None:
    """The country the known actors belong to most, when it leads at all (``least`` mentions,
    more than any other)."""
    top = Counter(m.country for m in found if m.country).most_common(2) + [(None, 0), (None, 0)]
    return top[0][0] if top[0][1] >= least and top[0][1] > top[1][1] else None


def whose_not_where(text: str, start: int, end: int) -> bool:
    """A country or place named for whose mission a building is ('protesters stormed the U.S.
    Embassy') or in a slogan ('chants of "Death to America"'): it names a target or a cause,
    never where the people at it are or are from (an embassy is its country's only as a target)."""
    return bool(MISSION_AFTER.match(text, end) or SLOGAN_BEFORE.search(text, max(0, start - 16), start))


def caption_at(captions: Sequence[Span], at: int) -> Span | None:
    """The photo caption ``at`` is in: a caption tells its own place and lends it to no other
    part of the text."""
    return next((c for c in captions if c.start <= at < c.end), None)


def same_telling(captions: Sequence[Span], a: int, b: int) -> bool:
    """Whether offsets ``a`` and ``b`` are told in the same part of a document: the same photo
    caption, or both in the story's own text (a caption is a story of its own: 'A policeman,
    injured by protesters, in central Sydney' lends no doer to the next caption's 'Four people
    were killed in Tunis')."""
    return caption_at(captions, a) == caption_at(captions, b)


def rival_country(counts: Counter[str | None], side: str | None) -> str | None:
    """The other of the two countries a story's places name most, when ``side`` is one of
    them and the other is named at least half as often (twice at least): a story of Israel and
    Gaza is Gaza's for Israel's side ('Israel's military would destroy the militants' rockets');
    a story of Syria that names Turkey in passing is no story of Turkey."""
    top = [(c, n) for c, n in counts.most_common(3) if c]
    if len(top) < 2 or side not in (top[0][0], top[1][0]) or (len(top) > 2 and top[2][1] == top[1][1]):
        return None
    other, n = top[1] if top[0][0] == side else top[0]
    return other if n >= 2 and 2 * n >= top[0][1] else None
