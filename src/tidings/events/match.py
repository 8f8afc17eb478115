"""Lexicon matching: which entry a trigger verb codes to, given its object, particles,
prepositions, complement and subject."""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import Entry, Modifiers
from .memory import DocState
from .syntax import SUBJECTS, is_quantity


class Matcher:
    """Trigger -> lexicon entry (a mixin of ``EventCoder``)."""

    mods: Modifiers

    def _object(self, verb: Token, passive: bool) -> Token | None:
        deps = ("nsubjpass",) if passive else ("dobj", "obj")
        for c in verb.children:
            if c.dep_ in deps:
                return self._through_partitive(c)
        if not passive:
            for c in verb.children:
                if c.dep_ == "nummod" and c.i > verb.i:  # 'Israel Kills 5 in ...': a misparsed object
                    return c
            for c in verb.children:  # 'suggested meeting Putin': the gerund is the object
                if c.dep_ == "xcomp" and c.pos_ == "NOUN":
                    return c
            # 'claimed responsibility for the bombing ... wounded': a noun right after the verb
            # parsed as the subject of a clause below it is the verb's object
            nxt = verb.nbor() if verb.i + 1 < len(verb.doc) else None
            if nxt is not None and nxt.pos_ == "NOUN" and nxt.dep_ == "nsubj" and nxt.head.head.i == verb.i:
                return nxt
        return None

    def _through_partitive(self, tok: Token) -> Token:
        """'dozens of Russian diplomats' -> 'diplomats'."""
        seen = 0
        while tok.lemma_.lower() in self.mods.partitive and seen < 3:
            of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            if pobj is None:
                break
            tok, seen = pobj, seen + 1
        return tok

    def _best_entry(self, state: DocState, verb: Token, obj: Token | None, entries: list[Entry]) -> Entry | None:
        if obj is not None and is_quantity(obj):
            # 'France and Germany only expelled four each': the pattern of the acts told before
            for frame in reversed(state.memory):
                if frame.entry in entries:
                    return frame.entry
        best, best_score = None, -1
        for e in entries:
            if not self._matches(e, verb, obj):
                continue
            if e.specificity > best_score:
                best, best_score = e, e.specificity
        return best

    def _matches(self, e: Entry, verb: Token, obj: Token | None) -> bool:
        lemma = verb.lemma_.lower()
        particles = {c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod", "prep")}
        if not any(v == lemma and (p is None or p in particles or (obj is not None and p == obj.lower_))
                   for v, p in e.verbs):
            return False
        if any(v == lemma and p is not None for v, p in e.verbs) and \
                not any(v == lemma and (p is None or p in particles) for v, p in e.verbs):
            return False
        obj_words = self._object_words(obj)
        if e.object and not (obj_words & e.object):
            return False
        if e.object_not and obj is not None and obj.lemma_.lower() in e.object_not:
            return False
        preps = self._preps(verb, obj)
        if e.prep and not (set(preps) & e.prep):
            return False
        if e.prep_object:
            lemmas = {t.lemma_.lower() for p in preps.values() for t in p.subtree} | \
                     {t.lower_ for p in preps.values() for t in p.subtree}
            if not (lemmas & e.prep_object):
                return False
        if e.complement:
            comps = {t.lemma_.lower() for c in verb.children if c.dep_ in ("oprd", "acomp", "xcomp", "ccomp", "attr")
                     for t in c.subtree}
            if not (comps & e.complement):
                return False
        if e.subject:
            subj = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
            if subj is None or not ({t.lemma_.lower() for t in subj.subtree} & e.subject):
                return False
        return True

    @staticmethod
    def _object_words(obj: Token | None) -> set[str]:
        if obj is None:
            return set()
        words = {obj.lemma_.lower(), obj.lower_}
        mods = [c for c in obj.lefts if c.dep_ in ("compound", "amod")]
        if mods:
            words.add(" ".join(t.lower_ for t in [*mods, obj]))
            words.add(f"{mods[-1].lower_} {obj.lower_}")
            words.update(m.lower_ for m in mods if m.dep_ == "compound")
        return words

    @staticmethod
    def _preps(verb: Token, obj: Token | None) -> dict[str, Token]:
        preps: dict[str, Token] = {}
        for holder in (obj, verb):
            if holder is None:
                continue
            for c in holder.children:
                if c.dep_ in ("prep", "dative", "agent", "prt") and c.lower_ not in preps:
                    preps[c.lower_] = c
        return preps
