"""Discourse memory: the acts a document told before, which fill what a sentence leaves implicit."""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import dataclass, field

from spacy.tokens import Token

from ..actors import ActorResolver
from ..attach import SentenceMentions
from ..lexicon import Entry, Lexicon
from ..records import Actor, Document, Event, Place, TimeValue
from .syntax import is_quantity

# 'no one fired', 'no Republican lawmakers have threatened', 'neither side', 'few senators rushed
# to defend' (but 'a few senators'): nobody did it
NO_ONE = re.compile(r"^(?:no|none|nobody|neither|no-one|few)\b", re.I)


# Sectors that serve where they are: 'police' after protesters stormed the U.S. embassy are
# the country's police, not the embassy's side (a count of them is no side told before).
OF_THE_PLACE = {"COP"}

# how far before its sentence the doer of a passive act of violence may be told
CARRIED = 300


def names_doer(actor: Actor, start: int, end: int, carried: bool = False, text: str | None = None) -> bool:
    """Whether the text between ``start`` and ``end`` (the act's sentence) names the actor as
    someone who did something: 'no one' or 'no lawmakers' did nothing, and an actor the
    memory brings from an earlier sentence is a guess ('at the time of the attack'), except
    for victims with no agent and an act told again (``carried``), who take a doer of known
    country told just before ('Israeli troops raided the camp. Three Palestinians were
    killed.'; 'the attempted murder of a Russian ex-spy ... blame Russia for the poisoning').
    ``text`` is the document's, for the word before the mention."""
    if NO_ONE.match(actor.text) or (text is not None and NO_ONE.match(text[max(0, actor.start - 3):actor.start])):
        return False  # 'no one fired', 'no Egyptian soldiers fired
    if carried:
        return start - CARRIED <= actor.start < end and bool(actor.country)
    return start <= actor.start < end


DEFINITE = re.compile(r"^(?:the|this|that|these|those)\s", re.I)


def retold_act(actor: Actor, event_nouns: Container[str], places: list[Place]) -> bool:
    """'the assault that killed Ambassador Stevens', 'The fighting killed 166 Palestinians': a
    definite act as the doer of violence is an act told before, its doer not given here; its
    own words may give its owner ('the Israeli airstrike'), but not where it was ('The Tel
    Aviv bus bombing' is no Israeli's)."""
    words = list(re.finditer(r"\S+", actor.text))
    if not DEFINITE.match(actor.text) or len(words) < 2:
        return False
    head = words[-1].group().lower()
    if head not in event_nouns and head.removesuffix("s") not in event_nouns:
        return False
    for w in words[1:]:
        at = actor.start + w.start()
        if w.group()[:1].isupper() and not any(p.start <= at < p.end for p in places):
            return False
    return True


@dataclass
class Frame:
    """One coded (or partly coded) act, kept in the document's discourse memory. ``targets``
    are all its targets ('struck Gaza and the West Bank'), ``target`` the first."""

    entry: Entry
    cameo: str
    source: Actor | None
    target: Actor | None
    trigger: Token
    date: TimeValue | None = None
    place: Place | None = None
    targets: list[Actor] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.targets and self.target is not None:
            self.targets = [self.target]

    def aimed_at(self, countries: Container[str | None]) -> bool:
        """Whether one of its targets is of one of ``countries``."""
        return any(t.country in countries for t in self.targets)


@dataclass
class DocState:
    doc: Document
    mentions: list[Actor]
    memory: list[Frame] = field(default_factory=list)
    events: dict[tuple, Event] = field(default_factory=dict)
    when_where: SentenceMentions | None = None  # the dates and places of the sentence being coded
    told: set[str] = field(default_factory=set)  # the sentences coded so far, as written

    def first_telling(self, sentence: str) -> bool:
        """Whether the document tells this sentence for the first time: a caption printed
        under every photo, a teaser repeated before each section, a paragraph an outlet ran
        twice tells its events once."""
        key = " ".join(sentence.split())
        if len(key) < 20:
            return True  # 'He said.': too short to be the same telling
        if key in self.told:
            return False
        self.told.add(key)
        return True


class Memory:
    """Arguments filled from the document's memory (a mixin of ``EventCoder``)."""

    lexicon: Lexicon
    resolver: ActorResolver
    _offset: int
    _text: str

    def _from_memory(self, state: DocState, tok: Token, entry: Entry) -> list[Actor]:
        """Arguments left implicit, filled from what the document told before.

        'expelled four each' (a bare quantity): the target of the last event of the same kind.
        'called the expulsions unfortunate' (an event noun): whoever did that event.
        """
        lemma = tok.lemma_.lower()
        if is_quantity(tok):
            for frame in reversed(state.memory):
                if frame.entry.id == entry.id and frame.targets:
                    return list(frame.targets)  # 'expelled four each' of every side expelled before
            return []
        sector = self.resolver.sector_of(self._np_words(tok))
        at = self._offset + tok.idx
        if sector and tok.pos_ == "NOUN" and sector not in OF_THE_PLACE:
            # '55 officials' expelled, after Russian spies were: the same side, its own sector
            for frame in reversed(state.memory):
                sides = list({t.country: t for t in frame.targets if t.country}.values()) \
                    if frame.entry.id == entry.id else []
                if sides:
                    return [self.resolver.relabel(t, self._text[at:at + len(tok.text)], at, sector) for t in sides]
            return []
        nouns = self.lexicon.by_noun.get(lemma) or self.lexicon.by_noun.get(tok.lower_)
        if nouns and any(c.lower_ in ("the", "these", "this", "those") for c in tok.children):
            ids = {e.id for e in nouns}
            for frame in reversed(state.memory):
                if frame.entry.id in ids and frame.source is not None:
                    return [frame.source]
        return []
