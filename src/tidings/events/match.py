"""Lexicon matching: which entry a trigger verb codes to, given its object, particles,
prepositions, theme, complement and subject, unless it is used in a non-political sense."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Token

from ..lexicon import Entry, Lexicon, Modifiers, context_fits
from .memory import DocState
from .senses import sense_of, words_of
from .syntax import CONTAINERS, is_passive, is_quantity


TIME_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
              "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
              "day", "night", "morning", "afternoon", "evening", "weekend", "week", "month", "year", "date",
              "occasion", "eve", "anniversary", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec."}


# particles a preposition may hang on in the parse ('walked out of', 'pulled back from')
PARTICLES = {"out", "away", "back", "off", "up", "down"}


class Matcher:
    """Trigger -> lexicon entry (a mixin of ``EventCoder``)."""

    mods: Modifiers
    lexicon: Lexicon
    _subject: Callable[..., Token | None]  # argument finding's doer of a verb
    # the verb and object being matched, and what ``_once`` computed of them
    _facts: tuple[Token | None, Token | None, dict[object, Any]] = (None, None, {})

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

    def _best_entry(self, state: DocState, verb: Token, obj: Token | None, entries: list[Entry],
                    passive: bool | None = None) -> Entry | None:
        # the doer as argument finding reads it: 'Insurgents continued to strike' is the insurgents'
        subject = None if (is_passive(verb) if passive is None else passive) else self._subject(verb, False)
        quantity = obj is not None and is_quantity(obj)
        fitting = [e for e in self._phrase_fits(entries, verb, obj) if self._matches(e, verb, obj, subject)]
        if not fitting and not (quantity and any(frame.entry in entries for frame in state.memory)):
            return None  # no entry fits: no need to ask in what sense the verb is used (most triggers)
        sense = sense_of(self.lexicon.senses, verb, subject, obj)
        if quantity:
            # 'France and Germany only expelled four each': the pattern of the acts told before,
            # unless the verb is used in another sense ('shot down 20 of the rockets')
            for frame in reversed(state.memory):
                if frame.entry in entries and not (sense is not None and sense.removes(frame.entry)):
                    return frame.entry
        best, best_score = None, -1
        for e in fitting:
            if sense is not None and sense.removes(e):
                continue
            # a phrase matched ('hit out at') or a longer object named ('food aid' over 'aid')
            score = e.specificity + 2 * self._as_phrase(e, verb, obj) + self._named_fully(e, verb, obj)
            if score > best_score:
                best, best_score = e, score
        return best

    def _phrase_fits(self, entries: list[Entry], verb: Token, obj: Token | None) -> list[Entry]:
        """The entries whose verb or phrase the words near the verb can be (``_matches``' first
        test, read from an index of the entries by lemma, so most are not tried one by one)."""
        fits = []
        for e, particles in _by_lemma(entries, verb.lemma_.lower()):
            if not particles:
                continue
            if None not in particles:
                if not any(self._fits(p, verb, obj) for p in particles if p is not None):
                    continue
            fits.append(e)
        return fits

    def _matches(self, e: Entry, verb: Token, obj: Token | None, subject: Token | None = None) -> bool:
        # a phrase's other words ('crack down on', 'lay down arms') hang on the verb
        particles = _particles(e).get(verb.lemma_.lower())
        if not particles or (None not in particles and not any(
                self._fits(p, verb, obj) for p in particles if p is not None)):
            return False
        obj_words = self._once(verb, obj, "object", _words_of_object)
        if e.object and not (obj_words & e.object) and not (e.names and _names_someone(obj)):
            return False
        if e.object_not and obj is not None and obj.lemma_.lower() in e.object_not:
            return False
        preps = self._once(verb, obj, "preps", self._preps)
        if e.prep and not (preps.keys() & e.prep):
            return False
        if e.prep_object and not (self._once(verb, obj, "prep_object", self._prep_objects) & e.prep_object):
            return False
        if e.theme and not (self._once(verb, obj, "themes", self._themes) & e.theme):
            return False
        if e.complement and not (self._once(verb, obj, "complements", self._complements) & e.complement):
            return False
        if not context_fits(e, verb):
            return False
        if e.subject or e.subject_not:
            words = self._once(verb, obj, ("subject", id(subject)), lambda v, o: words_of(subject))
            if e.subject and not (words & e.subject):
                return False
            if e.subject_not and words & e.subject_not:
                return False
        return True

    def _once(self, verb: Token, obj: Token | None, key: object,
              make: Callable[[Token, Token | None], Any]) -> Any:
        """A fact about a verb and its object that every entry of the verb asks for
        (``_near``, ``_preps``, ...): computed once while the same two are matched."""
        held = self._facts
        if held[0] is not verb or held[1] is not obj:
            held = self._facts = (verb, obj, {})
        if key not in held[2]:
            held[2][key] = make(verb, obj)
        return held[2][key]

    def _prep_objects(self, verb: Token, obj: Token | None) -> set[str]:
        preps = self._once(verb, obj, "preps", self._preps).values()
        return {t.lemma_.lower() for p in preps for t in p.subtree} | {t.lower_ for p in preps for t in p.subtree}

    def _themes(self, verb: Token, obj: Token | None) -> set[str]:
        # 'demanded the release of', 'called for the release of': what is asked for
        heads = [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ in ("pobj", "pcomp")]
        heads += [g for h in [obj, *heads] if h is not None for c in h.children
                  if c.dep_ == "prep" and c.lower_ in ("of", "to", "on") for g in c.children if g.dep_ == "pobj"]
        return self._once(verb, obj, "object", _words_of_object) | \
            {w for g in heads for w in self._object_words(g)}

    @staticmethod
    def _complements(verb: Token, obj: Token | None) -> set[str]:
        return {t.lemma_.lower() for c in verb.children if c.dep_ in ("oprd", "acomp", "xcomp", "ccomp", "attr")
                for t in c.subtree}

    @staticmethod
    def _near(verb: Token, obj: Token | None) -> set[str]:
        """The words a phrase's particles may be: the verb's particles and prepositions and
        the object's head ('lay down arms')."""
        # a preposition of time is no particle: 'called King Salman on Saturday' is no 'call on',
        # 'who turned 60 on Wednesday' no 'turn on'
        near = {c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod", "prep")
                and not (c.dep_ == "prep" and any(g.lower_ in TIME_WORDS for g in c.children))}
        # a preposition on a particle: 'walked out of the talks' ('of' hangs on 'out')
        for c in verb.children:
            if c.dep_ in ("prt", "advmod", "prep") and c.lower_ in PARTICLES:
                near |= {g.lower_ for g in c.children if g.dep_ == "prep"}
        # an adjective the phrase ends in: 'set the hostages free' (parsed a complement), 'let
        # free activists' (parsed the object's modifier, right after the verb)
        near |= {c.lower_ for c in verb.children if c.pos_ == "ADJ" and c.dep_ in ("oprd", "acomp", "advcl", "xcomp", "ccomp")}
        near |= {m.lower_ for o in (obj, *(c for c in verb.children if c.dep_ in ("dobj", "obj"))) if o is not None
                 for m in o.children if m.dep_ == "amod" and m.i == verb.i + 1}
        return near | ({obj.lower_, obj.lemma_.lower()} if obj is not None else set())

    @staticmethod
    def _via(verb: Token, obj: Token | None) -> dict[str, set[str]]:
        """The words of each preposition's object, with its compounds, by preposition: a phrase
        may end in them after that preposition ('took him into custody', 'put Morsi on trial',
        'placed him under house arrest'), never without it ('ran from riot police' is no 'run riot')."""
        via: dict[str, set[str]] = {}
        for c in verb.children:
            if c.dep_ == "prep" and not any(g.lower_ in TIME_WORDS for g in c.children):
                for g in c.children:
                    if g.dep_ == "pobj":
                        via.setdefault(c.lower_, set()).update(
                            {g.lower_, g.lemma_.lower()} | {m.lower_ for m in g.children if m.dep_ == "compound"})
        return via

    def _fits(self, words: frozenset[str] | set[str], verb: Token, obj: Token | None) -> bool:
        """Whether a phrase's other words hang on the verb (``_near``), the last of them
        perhaps as the object of one of the phrase's prepositions (``_via``)."""
        rest = words - self._once(verb, obj, "near", self._near)
        if not rest:
            return True
        return any(prep in words and rest <= held for prep, held in self._once(verb, obj, "via", self._via).items())

    def _as_phrase(self, e: Entry, verb: Token, obj: Token | None) -> bool:
        """Whether the verb matched one of the entry's phrases ('hit out at'), which is
        more specific than the bare verb ('hit')."""
        lemma = verb.lemma_.lower()
        return any(v == lemma and p is not None and self._fits(set(p.split()), verb, obj) for v, p in e.verbs)

    def _named_fully(self, e: Entry, verb: Token, obj: Token | None) -> bool:
        """Whether the entry names the object or theme with its modifier ('sanctions relief')."""
        words = self._once(verb, obj, "named", self._nameable)
        return any(" " in w for w in words & (e.object | e.theme))

    def _nameable(self, verb: Token, obj: Token | None) -> set[str]:
        return self._once(verb, obj, "object", _words_of_object) | {
            w for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"
            for w in self._object_words(g)}

    @staticmethod
    def _object_words(obj: Token | None) -> set[str]:
        if obj is None:
            return set()
        words = {obj.lemma_.lower(), obj.lower_}
        mods = [c for c in obj.lefts if c.dep_ in ("compound", "amod")]
        if obj.i > 1 and obj.nbor(-1).lower_ in ("-", "–") and obj.nbor(-1).whitespace_ == "":
            # 'cease-fire', 'bomb-laden': a hyphenated word the tokenizer split, named as printed
            words.add(obj.doc[obj.i - 2:obj.i + 1].text.lower())
        if mods:
            words.add(" ".join(t.lower_ for t in [*mods, obj]))
            words.add(f"{mods[-1].lower_} {obj.lower_}")
            words.update(m.lower_ for m in mods if m.dep_ == "compound")
        # a name of the form 'state of emergency', 'lifting of sanctions': head + 'of' + its object
        of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        inner = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        if inner is not None:
            words.add(f"{obj.lower_} of {inner.lower_}")
            words.add(f"{obj.lemma_.lower()} of {inner.lemma_.lower()}")
            if obj.lower_ in CONTAINERS:  # 'allegations of torture': what the allegations are of
                words.update(w for w in Matcher._object_words(inner) if " of " not in w)
        return words

    @staticmethod
    def _preps(verb: Token, obj: Token | None) -> dict[str, Token]:
        preps: dict[str, Token] = {}
        # a preposition on a particle counts as the verb's: 'walked out of the talks'
        on_particles = [c for c in verb.children if c.dep_ in ("prt", "advmod", "prep") and c.lower_ in PARTICLES]
        for holder in (obj, verb, *on_particles):
            if holder is None:
                continue
            for c in holder.children:
                if c.dep_ in ("prep", "dative", "agent", "prt") and c.lower_ not in preps and \
                        not (c.dep_ == "prep" and any(g.lower_ in TIME_WORDS for g in c.children)):
                    preps[c.lower_] = c
        return preps


# entry id -> (the entry, verb lemma -> the words of its phrases' particles, None for the bare verb)
_PARTICLES: dict[int, tuple[Entry, dict[str, list[frozenset[str] | None]]]] = {}


def _particles(e: Entry) -> dict[str, list[frozenset[str] | None]]:
    """An entry's verbs, by lemma, with the particle words each of its phrases asks for."""
    held = _PARTICLES.get(id(e))
    if held is None or held[0] is not e:
        by_verb: dict[str, list[frozenset[str] | None]] = {}
        for v, p in e.verbs:
            by_verb.setdefault(v, []).append(None if p is None else frozenset(p.split()))
        held = _PARTICLES[id(e)] = (e, by_verb)
    return held[1]


# (id of an entry list, a verb lemma) -> (the list, each entry with its particle words for the lemma)
_BY_LEMMA: dict[tuple[int, str], tuple[list[Entry], list[tuple[Entry, list[frozenset[str] | None] | None]]]] = {}


def _by_lemma(entries: list[Entry], lemma: str) -> list[tuple[Entry, list[frozenset[str] | None] | None]]:
    held = _BY_LEMMA.get((id(entries), lemma))
    if held is None or held[0] is not entries:
        if len(_BY_LEMMA) > 100_000:  # a bound on a long run's distinct lemmas
            _BY_LEMMA.clear()
        held = _BY_LEMMA[id(entries), lemma] = (entries, [(e, _particles(e).get(lemma)) for e in entries])
    return held[1]


def _words_of_object(verb: Token, obj: Token | None) -> set[str]:
    return Matcher._object_words(obj)


PERSONAL = {"him", "her", "them", "us", "me"}


def _names_someone(obj: Token | None) -> bool:
    """A proper name or a personal pronoun as the direct object of an active verb: 'freed Razan
    Ghazzawi', 'pardoned him'; not the subject of a passive ('Stuxnet had been released') nor
    a noun a participle qualifies ('... in Benghazi released Tuesday')."""
    return obj is not None and obj.dep_ in ("dobj", "obj") and (obj.pos_ == "PROPN" or obj.lower_ in PERSONAL)
