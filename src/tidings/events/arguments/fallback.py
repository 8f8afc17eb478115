"""Where the recipient of an act is told when its entry's own paths find no one: a general
order of places per kind of act (the verb's and its object's prepositions, the object's own
words, the object of the infinitive that says what the act is for), the same for every entry
of a root, so a new verb needs no list of its own."""

from __future__ import annotations

from spacy.tokens import Token

from ...lexicon import Entry
from ...records import Actor
from ..memory import DocState
from ..syntax import same_actor
from .common import AUTHORED_ROOTS, JUDGED_ACTS, VIOLENT_ROOTS, Finder

# The prepositions that tell whom an act of a root was done to, tried in this order: 'gave
# information to the Indian government', 'flew medicine into Afghanistan', 'a battle against
# the remnants', 'held talks with the minister', 'imposed curbs on'. 'with' only for acts done
# together (a fight 'with' rebels may be beside them).
RECIPIENT_PREPS = {
    "01": ("to", "with", "on", "against"), "02": ("to", "on"), "03": ("to", "with", "for"),
    "04": ("with",), "05": ("with", "to", "for"), "06": ("with", "to"), "07": ("to", "for", "into"),
    "08": ("to", "with", "on", "for"), "09": ("into", "against", "on"), "10": ("on", "to", "from"),
    "11": ("against", "on", "to"), "12": ("to", "with", "from"), "13": ("against", "to", "on"),
    "14": ("against", "outside"), "15": ("against", "on", "toward", "towards"), "16": ("to", "on", "with", "against"),
    "17": ("against", "on"), "18": ("against", "on", "at", "toward", "towards"),
    "19": ("against", "on", "at", "into"), "20": ("against", "on"),
}
# What the act is done for, an infinitive under the verb or its object ('provided assistance to
# support Syrian refugees', 'lent $1 billion to aid the country's recovery'): its object is the
# one helped (not for an intent, 03: 'agreed to instruct the World Bank' says what is intended).
PURPOSE_ROOTS = {"05", "06", "07", "08"}
# Prepositions that tell whom an act of force was aimed at ('the attack on the consulate').
AIMED_AT = {"on", "against", "at", "toward", "towards", "into"}


class Fallback(Finder):
    """The general places a recipient is told in (a mixin of ``EventCoder``)."""

    def _fallback_target(self, state: DocState, verb: Token, obj: Token | None, entry: Entry,
                         source: Actor | None) -> list[Actor]:
        """The first actor in the general places of the act's root, not the doer itself."""
        own = source.country if source is not None and entry.cameo[:2] not in VIOLENT_ROOTS else None
        for tok in self._recipient_slots(verb, obj, entry):
            if self._is_time(state, tok) or self._doer_s_own(state, tok, source):  # type: ignore[attr-defined]
                continue
            # found by these general places, an actor of the doer's own country is, but for
            # violence, more often the doer's own ('Chirac signs accords to increase French
            # investment') than the one the act was done to
            found = [a for a in (self._actors(state, tok) or self._at_place(state, tok, source)  # type: ignore[attr-defined]
                                 or self._place_told_before(state, tok, source)  # type: ignore[attr-defined]
                                 or self._owner_told_before(state, tok, source)
                                 or (self._author(state, tok, source)  # type: ignore[attr-defined]
                                     if entry.cameo[:2] in AUTHORED_ROOTS else [])
                                 or self._named_within(state, tok, source,  # type: ignore[attr-defined]
                                                       entry.cameo[:2] in JUDGED_ACTS))
                     if (source is None or not same_actor(a, source)) and (not own or a.country != own)]
            if found:
                return found
        return []

    def _owner_told_before(self, state: DocState, tok: Token, source: Actor | None) -> list[Actor]:
        """'to aid the country's recovery': a definite place noun owning the object stands for
        the place told before it."""
        return next((f for c in tok.children if c.dep_ == "poss"
                     if (f := self._place_told_before(state, c, source))), [])  # type: ignore[attr-defined]

    def _recipient_slots(self, verb: Token, obj: Token | None, entry: Entry) -> list[Token]:
        root = entry.cameo[:2]
        preps = RECIPIENT_PREPS.get(root, ())
        holders = [h for h in (verb, obj) if h is not None]
        slots: list[Token] = []
        # 'condemned the attack on the U.S. Consulate', 'praised the strikes against Hamas': whom
        # the act judged was done to is no one the judging is aimed at
        # (nor is it when the object is talk of the act: 'criticized discussion of a strike against Iran')
        acts = [obj, *(g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                       for g in c.children if g.dep_ == "pobj")] if obj is not None else []
        victims = root in JUDGED_ACTS and any(self._names_an_act(t) for t in acts)
        for word in preps:
            for holder in holders:
                if holder is obj and victims and word in AIMED_AT:
                    continue
                slots += [self._through_partitive(g) for c in holder.children  # type: ignore[attr-defined]
                          if c.dep_ == "prep" and c.lower_ == word for g in c.children if g.dep_ == "pobj"]
        if obj is not None and root not in VIOLENT_ROOTS and any(t.startswith("dobj") for t in entry.target):
            slots.append(obj)  # its own words: 'criticism of the Maltese government's handling'
        if root in PURPOSE_ROOTS:
            for holder in holders:
                for x in holder.children:
                    if x.dep_ in ("xcomp", "advcl", "acl") and any(a.dep_ == "aux" and a.lower_ == "to"
                                                                    for a in x.children):
                        slots += [g for g in x.children if g.dep_ in ("dobj", "obj")]
        seen: set[int] = set()
        return [t for t in slots if not (t.i in seen or seen.add(t.i))]  # type: ignore[func-returns-value]
