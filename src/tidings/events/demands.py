"""Demands told as what another must do: 'Russia says Israel must end its attacks on Syria'
is Russia's demand of Israel (CAMEO 10), 'should' an appeal (02); the act named, when the
lexicon codes it, chooses the subcode (end attacks: 1056, release prisoners: 1053)."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ..actors import ActorResolver
from ..lexicon import Entry, Lexicon, Modifiers
from ..records import Actor
from .chunks import Chunk
from .memory import DocState
from .syntax import SUBJECTS, same_actor

# The entries such a demand is recorded under (events' `pattern`).
DEMAND = Entry(id="c-must", cameo="100")
APPEAL = Entry(id="c-should", cameo="020")


class Demands:
    """'X says Y must do Z' (a mixin of ``EventCoder``)."""

    lexicon: Lexicon
    mods: Modifiers
    resolver: ActorResolver

    def _code_demand(self, state: DocState, chunk: Chunk, sent: SpacySpan, verb: Token,
                     entry: Entry | None) -> bool:
        """Code the demand that ``verb``, a clause with 'must' or 'should' reported by an
        actor, makes of the clause's subject; True when coded (the act itself, only asked
        for, is then not)."""
        if verb.dep_ != "ccomp":  # (asked first: most clauses are no reported one)
            return False
        modal = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ in self.mods.demand_aux), None)
        if modal is None or verb.head.lemma_.lower() not in self.mods.demand_speech:
            return False
        if any(c.dep_ == "neg" for c in verb.children):
            return False  # 'must not attack': a warning more than a demand; left to the act's own coding
        subj = next((c for c in verb.children if c.dep_ in SUBJECTS), None)  # 'must be avoided': of no one
        speaker = next((c for c in verb.head.children if c.dep_ in SUBJECTS), None)
        if subj is None or speaker is None or subj.pos_ == "PRON":
            return False
        sources: list[Actor] = self._actors(state, speaker)  # type: ignore[attr-defined]
        targets: list[Actor] = self._actors(state, subj)  # type: ignore[attr-defined]
        if not sources or not targets or any(same_actor(s, t) for s in sources for t in targets):
            return False  # 'Iran says it must respond': an intent of its own, not a demand
        if any(s.country is not None and s.country == t.country for s in sources for t in targets):
            # 'she will say that Britain must recognise': a call to one's own, more often than not
            # rhetoric; and what the act would be is only asked for, not done ('Al Attiyah said all
            # forces in Yemen must provide support' tells of no support given)
            return True
        table = self.mods.demanded if modal.lower_ == "must" else self.mods.appealed
        base = DEMAND if modal.lower_ == "must" else APPEAL
        cameo = (self.mods.derived(table, entry.cameo) if entry is not None else None) or base.cameo
        self._emit(state, chunk, sent, base, cameo, verb, sources, targets, stance=modal)  # type: ignore[attr-defined]
        return True
