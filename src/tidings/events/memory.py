"""Discourse memory: the acts a document told before, which fill what a sentence leaves implicit."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from ..actors import ActorResolver
from ..attach import SentenceMentions
from ..lexicon import Entry, Lexicon
from ..records import Actor, Document, Event, Place, TimeValue
from .syntax import is_quantity

@dataclass
class Frame:
    """One coded (or partly coded) act, kept in the document's discourse memory."""

    entry: Entry
    cameo: str
    source: Actor | None
    target: Actor | None
    trigger: Token
    date: TimeValue | None = None
    place: Place | None = None


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
                if frame.entry.id == entry.id and frame.target is not None:
                    return [frame.target]
            return []
        sector = self.resolver.sector_of(self._np_words(tok))
        at = self._offset + tok.idx
        if sector and tok.pos_ == "NOUN":
            # '55 officials' expelled, after Russian spies were: the same side, its own sector
            for frame in reversed(state.memory):
                if frame.entry.id == entry.id and frame.target is not None and frame.target.country:
                    return [self.resolver.relabel(frame.target, self._text[at:at + len(tok.text)], at, sector)]
            return []
        nouns = self.lexicon.by_noun.get(lemma) or self.lexicon.by_noun.get(tok.lower_)
        if nouns and any(c.lower_ in ("the", "these", "this", "those") for c in tok.children):
            ids = {e.id for e in nouns}
            for frame in reversed(state.memory):
                if frame.entry.id in ids and frame.source is not None:
                    return [frame.source]
        return []
