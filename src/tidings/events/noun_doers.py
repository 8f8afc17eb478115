"""Doers of acts a noun names that the noun's own words do not give, but the clause around
it does: 'the attack was claimed by the Taliban', 'Israel responded with air strikes',
'Iraq's government in talks with Sunni leaders', 'announced a sharp increase in aid'."""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import Entry
from ..records import Actor
from .memory import DocState
from .syntax import ANSWERING, DOING, RESPONDING, SUBJECTS, is_passive


class NounDoers:
    """Rules of ``Nominal`` for a doer told by the clause (a mixin of ``EventCoder``)."""

    def _told_doer(self, state: DocState, noun: Token, entry: Entry) -> list[Actor]:
        return self._passive_doer(state, noun) or self._responder(state, noun) or \
            self._party_in(state, noun, entry) or self._answerable(state, noun)

    def _crowd(self, state: DocState, noun: Token, entry: Entry) -> list[Actor]:
        """'days of anti-French demonstrations in Abidjan', 'protests in Hong Kong': a protest
        told with no doer is the people's, of the country where it is held (the place its
        own phrase names, else the sentence's or the dateline's); none where no place says."""
        if entry.cameo[:3] not in ("141", "145") or any(c.dep_ == "poss" for c in noun.children):
            return []
        country = self._setting(state, noun, doer=True)
        return [self.resolver.of_country(country, noun.text, self._offset + noun.idx, "CVL")] if country else []

    def _by_subject(self, state: DocState, subj: Token | None) -> list[Actor]:
        if subj is None:
            return []
        return self._actors(state, subj) or self._unnamed(state, subj, None) or self._unlisted(state, subj)

    def _passive_doer(self, state: DocState, noun: Token) -> list[Actor]:
        """'The attack was claimed by the Taliban', 'the raid was carried out by special
        forces', 'the strikes were ordered by the president': the passive's agent did the act."""
        verb = noun.head
        if noun.dep_ != "nsubjpass" or verb.lemma_.lower() not in DOING:
            return []
        agent = next((g for a in verb.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"), None)
        return self._by_subject(state, agent)

    def _responder(self, state: DocState, noun: Token) -> list[Actor]:
        """'Israel responded with air strikes', 'the army retaliated with shelling': what one
        answers with is one's own act (not 'was met with protests': a passive answer is another's)."""
        if noun.dep_ != "pobj" or noun.head.lower_ != "with":
            return []
        verb = noun.head.head
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in RESPONDING or is_passive(verb):
            return []
        return self._by_subject(state, next((c for c in verb.children if c.dep_ in SUBJECTS), None))

    def _answerable(self, state: DocState, noun: Token) -> list[Actor]:
        """'The Taliban were responsible for the bombing', 'Hamas is to blame for the attacks',
        'Hamas was behind the rocket attacks', 'the group behind the kidnapping': who answers
        for an act, or stands behind it, did it (as the sentence tells it: the status says whose word)."""
        if noun.dep_ != "pobj":
            return []
        prep = noun.head
        word = prep.head
        if prep.lower_ == "for" and word.lemma_.lower() in ANSWERING:
            if word.dep_ in ("acomp", "xcomp"):  # 'were responsible for', 'is to blame for'
                return self._by_subject(state, next((c for c in word.head.children if c.dep_ in SUBJECTS), None))
            if word.dep_ == "amod" and word.head.pos_ in ("NOUN", "PROPN") and word.head.i < word.i:
                return self._by_subject(state, word.head)  # 'the militants responsible for the attack'
            return []
        if prep.lower_ != "behind":
            return []
        if word.lemma_ == "be":
            return self._by_subject(state, next((c for c in word.children if c.dep_ in SUBJECTS), None))
        if word.pos_ in ("NOUN", "PROPN") and word.i < prep.i and not self._is_event_noun(word):
            return self._by_subject(state, word)  # 'the man behind the bombing'
        return []

    def _party_in(self, state: DocState, noun: Token, entry: Entry) -> list[Actor]:
        """'Iraq's Government in Talks with Sunni Leaders', 'the army, in talks with the
        Taliban, agreed to a truce': who is in talks (a meeting, negotiations) is a side of
        them. Consultations only: 'died in clashes with rebels' tells a victim, not a side."""
        if entry.cameo[:2] != "04" or noun.dep_ != "pobj" or noun.head.lower_ != "in":
            return []
        head = noun.head.head
        if head.pos_ in ("NOUN", "PROPN") and head.i < noun.i:
            return self._actors(state, head)
        if head.pos_ == "VERB" and not is_passive(head):
            return self._by_subject(state, next((c for c in head.children if c.dep_ in SUBJECTS), None))
        return []


def against_modifier(tok: Token) -> bool:
    """'anti-French demonstrations', 'anti-American protests': a modifier that names whom
    the act is against, not who does it."""
    doc = tok.doc
    if tok.lower_.startswith("anti-"):
        return True
    return tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ == "anti"
