"""What the argument finders share: the roots of violence, the unknown country, the
attributes of the coder they are mixed into."""

from __future__ import annotations

from spacy.tokens import Token

from ...actors import ActorResolver
from ...lexicon import Lexicon, Modifiers
from ...records import Actor

# Roots of violence (coerce, assault, fight, mass violence): their doers may be told by the act alone.
VIOLENT_ROOTS = {"17", "18", "19", "20"}
# Roots of acts answering what another made ('rejected a proposal made by India', 'bowed to
# pressure from the Arab League', 'criticized the plan put forward by the opposition'): aimed at
# its author.
AUTHORED_ROOTS = {"08", "11", "12"}
# Roots of asking another to act (appeals, demands): whom it asks is the act's target ('call for
# the administration to provide', 'his demand that the United States commit').
ASKING_ROOTS = {"02", "10"}
# Roots of acts that judge another act (praise 05, disapproval 11): aimed at its doer, not at
# whom it was done to.
JUDGED_ACTS = {"05", "11"}
# the country part of an actor code when the text gives none (GDELT's blank)
UNKNOWN_COUNTRY = "---"
REFLEXIVE = {"himself", "herself", "themselves", "itself", "oneself"}


class Finder:
    """The coder's state an argument finder reads (the mixins of ``EventCoder`` share it)."""

    lexicon: Lexicon
    mods: Modifiers
    resolver: ActorResolver
    _offset: int
    _text: str

    def _names_an_act(self, tok: Token) -> bool:
        """A noun the lexicon has an act for in some sense ('strike', 'killing', 'attack')."""
        return tok.pos_ == "NOUN" and bool(self.lexicon.by_noun.get(tok.lemma_.lower())
                                           or self.lexicon.by_noun.get(tok.lower_))


def unknown_country(text: str, start: int, sector: str | None) -> Actor:
    """An actor the text names by its sector alone, with no country to be had: code ``---`` + sector."""
    return Actor(text=text, start=start, end=start + len(text), country=None, sector=sector,
                 code=UNKNOWN_COUNTRY + (sector or ""), kind="sector-only")

