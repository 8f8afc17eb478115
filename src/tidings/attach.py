"""Attach: which date and which place belong to an event, and the tense of its clause.

The timex and geo stages find date and place mentions in the whole text; this
module reads one parsed sentence and gives each event the mentions of its own
clause. A mention belongs to the first verb (or event noun) above it in the
dependency tree: 'closed the consulate in Seattle, Washington last Monday' gives
both to 'closed'; 'a 20 March call in which Mr Trump congratulated ...' gives the
call's date to the act its relative clause tells; 'the purge took place in 1986
when ... booted 55 officials' gives the year to the purge and to the 'when' clause.
Conjoined verbs share a date ('expelled dozens of diplomats and closed ... last
Monday'), not a place.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from . import headline
from .records import Place, TimeValue

CLAUSE = ("VERB", "AUX")
PLACE_DEPS = {"pobj", "appos", "conj", "npadvmod", "dobj"}
# Prepositions that do not say where: 'aggression towards Russia', 'a war against Iraq'.
NOT_WHERE = {"towards", "toward", "against", "with", "for", "about", "over", "like", "than"}
FUTURE_AUX = {"will", "'ll", "’ll", "shall", "wo", "sha"}
POINTS = {"day", "week", "month", "year", "decade", "range", "on_or_before"}
PAST_AUX = {"has", "have", "had", "'ve", "’ve", "'d", "was", "were"}


@dataclass(slots=True)
class Mention:
    item: TimeValue | Place
    path: list[int]  # token indices from the mention's head up to the first clause (or event noun) above it


class SentenceMentions:
    """The date and place mentions of one parsed sentence, each with its way up the tree."""

    def __init__(self, sent: SpacySpan, offset: int, dates: Sequence[TimeValue], places: Sequence[Place],
                 is_event_noun: Callable[[Token], bool]) -> None:
        self.sent = sent
        self._stop = is_event_noun
        self._starts: list[int] | None = None
        start, end = offset + sent.start_char, offset + sent.end_char
        # a duration, a set, 'now' or an unread NER date says how long or how often, not when
        self.dates = [m for t in dates if t.start is not None and start <= t.start < end and t.precision in POINTS
                      if (m := self._mention(t, t.start - offset, (t.end or t.start) - offset))]
        self.places = [m for p in places if start <= p.start < end
                       if (m := self._mention(p, p.start - offset, p.end - offset, PLACE_DEPS))]

    def _mention(self, item: TimeValue | Place, s: int, e: int, deps: set[str] | None = None) -> Mention | None:
        if self._starts is None:  # the words' offsets, read once per sentence (they only grow)
            self._starts = [t.idx for t in self.sent]
        first = self.sent.start
        doc = self.sent.doc
        toks = [doc[first + k] for k in range(bisect_left(self._starts, s), bisect_left(self._starts, e))]
        if not toks:
            return None
        head = next((t for t in toks if not (s <= t.head.idx < e) or t.head.i == t.i), toks[0])
        if deps is not None and (head.dep_ not in deps or (head.dep_ == "pobj" and head.head.lower_ in NOT_WHERE)):
            return None  # 'US military base': a modifier, not where it happened
        path, tok = [], head
        while tok.head.i != tok.i:
            tok = tok.head
            path.append(tok.i)
            if tok.pos_ in CLAUSE or self._stop(tok):
                break
        return Mention(item, path)

    def _own(self, mentions: list[Mention], tok: Token) -> list[Mention]:
        return [m for m in mentions if m.path and m.path[-1] == tok.i]

    def _under(self, mentions: list[Mention], tok: Token) -> list[Mention]:
        return [m for m in mentions if tok.i in m.path]

    @staticmethod
    def _nearest(mentions: list[Mention], anchor: int) -> TimeValue | Place | None:
        if not mentions:
            return None
        return min(mentions, key=lambda m: (len(m.path), abs(m.path[0] - anchor) if m.path else 0)).item

    def _lookup(self, mentions: list[Mention], trigger: Token, share_conj: bool) -> TimeValue | Place | None:
        own = self._own(mentions, trigger)
        if not own and trigger.pos_ in CLAUSE:
            # 'boycotted a meeting in Brussels': the object's place is the act's
            objects = {c.i for c in trigger.children if c.dep_ in ("dobj", "obj")}
            own = [m for m in mentions if m.path and m.path[-1] in objects]
        if not own and share_conj:
            for c in trigger.conjuncts:
                own = own or self._own(mentions, c)
        if not own and trigger.dep_ in ("relcl", "acl") and trigger.pos_ in CLAUSE:
            own = [m for m in self._under(mentions, trigger.head) if trigger.i not in m.path]
        if not own and trigger.dep_ == "advcl" and any(c.lower_ in ("when", "as") for c in trigger.children):
            own = self._own(mentions, trigger.head)
        if not own and trigger.pos_ not in CLAUSE:
            verb = governing_verb(trigger)  # 'the purge took place in 1986', 'killed yesterday in a bombing'
            if verb is not None:
                own = self._own(mentions, verb)
        return self._nearest(own, trigger.i)

    def date_of(self, trigger: Token) -> TimeValue | None:
        found = self._lookup(self.dates, trigger, share_conj=True)
        return found if isinstance(found, TimeValue) else None

    def place_of(self, trigger: Token) -> Place | None:
        found = self._lookup(self.places, trigger, share_conj=False)
        return found if isinstance(found, Place) else None


def governing_verb(tok: Token) -> Token | None:
    """The verb of the clause a token sits in (the token itself when it is one)."""
    for _ in range(12):
        if tok.pos_ in CLAUSE:
            return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def tense(trigger: Token) -> str | None:
    """'past', 'present' or 'future' of the clause that tells the act, or None (a headline
    noun phrase). Infinitives take the tense of the clause above them ('the decision to
    expel' in 'blamed the delay on the decision to expel')."""
    verb = governing_verb(trigger)
    for _ in range(6):
        if verb is None:
            return None
        aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
        if aux & FUTURE_AUX or ("going" in aux and any(c.lower_ == "to" for c in verb.children)):
            return "future"
        if verb.tag_ == "VBD" or aux & PAST_AUX or any(c.tag_ == "VBD" for c in verb.children
                                                         if c.dep_ in ("aux", "auxpass")):
            return "past"
        if verb.tag_ in ("VBZ", "VBP", "VB") and not aux and headline.tells_past(verb):
            return "past"  # a headline's present: 'Israeli Army Kills 5 Palestinians' (headline.py)
        if verb.tag_ in ("VBZ", "VBP") or aux & {"is", "are", "am", "'s", "'re"}:
            return "present"
        if verb.tag_ == "VBN" and verb.dep_ in ("acl", "relcl"):
            return "past"  # 'the diplomats expelled last week'
        if verb.head.i == verb.i:
            return None
        verb = governing_verb(verb.head)
    return None
