"""Doers of an act a noun names that the clause around it tells: a visit or a deployment
told as when or what for the clause's act happened, and the act someone is arrested or
charged in."""

from __future__ import annotations

from spacy.tokens import Token

from ...lexicon import Entry
from ...records import Actor
from ..memory import DocState
from ..syntax import TAKING_PART, is_passive
from .common import Finder

# Acts done to the doer of another act: arrested (173), charged (112), convicted (116), sued (115) in it.
CHARGED_WITH = {"173", "112", "116", "115"}


class Clauses(Finder):
    """Doers of a noun's act told by its clause (a mixin of ``EventCoder``)."""

    def _clause_doer(self, state: DocState, noun: Token, entry: Entry) -> list[Actor]:
        """The doer of an act a noun names that its clause tells: 'Rumsfeld declared ... during
        a visit to Iraq', 'F-15E fighters will fly to South Korea for temporary deployment' (a
        visit, talks or a deployment told as when or what for the clause's act happened are its
        subject's own); 'Police arrested a man in the kidnapping of a girl' (who is arrested,
        charged or convicted in an act is told as its doer); 'expressed its rejection and
        condemnation' (a noun coordinated with an act shares its doer)."""
        if noun.dep_ == "conj" and noun.head.pos_ == "NOUN" and noun.head.i < noun.i and self._is_event_noun(noun.head):
            # 'expressed its total rejection and strong condemnation of the declaration': one doer for both
            return self._noun_sources(state, noun.head, entry)
        charged = self._charged_in(noun)
        if charged is not None:
            return self._actors(state, charged) or self._unnamed(state, charged, None, person=True)
        if noun.dep_ != "pobj" or noun.head.head.pos_ not in ("VERB", "AUX"):
            return []
        prep, verb = noun.head.lower_, noun.head.head
        if not (entry.cameo[:2] == "04" and prep in ("during", "on", "at", "for") or
                entry.cameo[:2] == "15" and prep == "for"):
            return []
        subj = self._subject(verb, is_passive(verb))
        found = (self._actors(state, subj) or self._unnamed(state, subj, None) or self._unlisted(state, subj)) \
            if subj is not None else []
        # ('Morsi hit his head during a visit to Cairo': a trip at home tells no visit of his)
        to = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
        home = {p.country for t in to for p in state.doc.places if p.start <= self._offset + t.idx < p.end}
        return [] if found and found[0].country in home else found

    def _charged_in(self, noun: Token) -> Token | None:
        """Who is arrested, charged, convicted or sued in the act a noun names ('Police arrested
        a man in the kidnapping of a girl', 'two men were charged in the killing', 'Kiev accused
        Moscow of an invasion'): its doer, as the charge has it (the act is alleged)."""
        if noun.pos_ not in ("NOUN", "PROPN"):
            return None
        top = noun
        while top.dep_ in ("conj", "nmod", "compound") and top.head.pos_ == "NOUN" and top.head.i != top.i:
            top = top.head  # 'in the kidnapping and sexual assault of a girl'
        if top.dep_ != "pobj" or top.head.lower_ not in ("in", "for", "over", "of"):
            return None
        verb, held = top.head.head, None
        if top.head.lower_ == "of" and verb.pos_ != "VERB":
            return None  # 'accused Moscow of an invasion', not 'arrested a victim of the attack'
        if verb.pos_ == "NOUN" and verb.dep_ in ("dobj", "nsubjpass") and verb.head.pos_ == "VERB":
            held, verb = verb, verb.head  # 'arrested a man in the kidnapping': the parser may hang it on the man
        if verb.pos_ != "VERB" or verb.lemma_.lower() in TAKING_PART or not any(e.cameo[:3] in CHARGED_WITH
                                          for e in self.lexicon.by_verb.get(verb.lemma_.lower()) or []):
            return None
        return held or next((c for c in verb.children if c.dep_ == ("nsubjpass" if is_passive(verb) else "dobj")), None)
