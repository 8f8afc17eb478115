"""Noun phrases as actors: the actor(s) a phrase names, coordinated modifiers of one
head, a phrase's core words, and the count it gives."""

from __future__ import annotations

from spacy.tokens import Token

from ... import numbers, quotes
from ...actors import Word
from ...records import Actor, Quantity
from ..memory import DocState
from ..syntax import COUNT_NOUNS, NP_LEFT, RELATIVE, SUBJECTS, SUPPORT_VERBS, is_passive, same_actor
from .common import Finder
from .pronouns import is_personal, singular_candidates, speakers_side

WIRE_DASHES = {"-", "--", "–", "—"}
# Roots of verbs that react to another's act ('condemned their attacks'): its 'their' is not the subject.
REACTIONS = {"02", "05", "10", "11", "12", "13", "14", "16"}
# Participles whose modifier names a third party to the act ('an Egyptian-brokered truce').
THIRD_PARTY = {"broker", "mediate", "sponsor", "back", "host", "fund", "finance", "arm", "support", "supervise",
               "monitor", "facilitate", "arrange"}
# Conjunctions of a clause told beside the main one, by its doer: 'killed five as it pressed on'.
CLAUSE_OF_TIME = {"as", "while", "when", "whilst"}


# personal pronouns as objects: never the subject of their own clause (a reflexive would be)
OBJECT_PRONOUNS = {"him", "her", "them"}


class Phrases(Finder):
    """The actors of a noun phrase (a mixin of ``EventCoder``)."""

    def _actors(self, state: DocState, tok: Token) -> list[Actor]:
        """The actor(s) a noun phrase names; coordinated phrases give one each."""
        if tok.pos_ == "PRON" and tok.lower_ not in RELATIVE:
            at = self._offset + tok.idx
            quote = quotes.containing(state.doc.quotes, at)
            told = singular_candidates(state.mentions, state.doc.text, at, quote.speaker if quote is not None and
                                       quote.kind == "direct" else None) if is_personal(tok.text) else state.mentions
            subj = next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")), None) \
                if tok.dep_ in ("dobj", "obj", "dative", "iobj") and tok.lower_ in OBJECT_PRONOUNS else None
            if subj is not None:
                # 'al-Sisi pardoned him': an object pronoun is not its own clause's subject ('himself'
                # is), though it may be one the subject's words after its head name ('Critics of
                # Morsi accused him')
                lo = self._offset + subj.left_edge.idx
                hi = self._offset + subj.idx + len(subj.text)
                who = {m.id or m.name for m in told if lo <= m.start < hi and m.kind == "person"}
                told = [m for m in told if not lo <= m.start < hi
                        and not (m.kind == "person" and (m.id or m.name) in who)]
            actor = self.resolver.pronoun(state.doc.text, told, tok.text, at,
                                          speakers_side(quote.speaker) if quote is not None else None)
            if actor is None and tok.dep_ == "poss" and tok.lower_ in ("its", "their"):
                return self._bound_possessor(state, tok)
            if actor is None and tok.dep_ in SUBJECTS and tok.lower_ in ("it", "they"):
                return self._main_clause_doer(state, tok)
            return [actor] if actor is not None else []
        if tok.lower_ in RELATIVE and tok.dep_ in SUBJECTS and tok.head.dep_ == "relcl":
            tok = tok.head.head
        if tok.dep_ == "amod" and tok.tag_ == "VBN" and tok.lemma_.lower() in THIRD_PARTY:
            return []  # 'an Egyptian-brokered truce', 'a US-backed offensive': who brokered it, not whose act it is
        if tok.lemma_.lower() in ("country", "nation") and any(c.lower_ in ("the", "both") for c in tok.children):
            count = next((numbers.value(c.text) for c in tok.children if c.dep_ == "nummod"), None)
            if count in (2, 3):  # 'accused the two countries of misleading him'
                first = min(t.idx for t in tok.subtree if t.i <= tok.i)
                phrase = self._text[self._offset + first:self._offset + tok.idx + len(tok.text)]
                return self.resolver.group(state.mentions, phrase, self._offset + first, int(count))
        heads = [tok, *[c for c in tok.conjuncts if c.i > tok.i]]
        found = []
        for h in heads:
            shared = self._shared_head(state, h)
            if shared:
                found.extend(shared)
                continue
            if h.lemma_.lower() in self.mods.colonies or h.lower_ in self.mods.colonies:
                continue  # 'the capital of the former Portuguese colony': not Portugal's
            actor = self.resolver.resolve(self._np_words(h), state.mentions)
            if actor is not None:
                actor.text = state.doc.text[actor.start:actor.end]  # exactly as printed
                found.append(actor)
        return found

    def _bound_possessor(self, state: DocState, pronoun: Token) -> list[Actor]:
        """'The United States completed its withdrawal', 'Israel pressed on with its offensive':
        'its' before an act that the clause's verb carries on (not one it reacts to: 'condemned
        their attacks') is the clause's subject."""
        noun = pronoun.head
        if noun.pos_ != "NOUN" or not self._is_event_noun(noun):
            return []
        verb = noun.head if noun.dep_ in ("dobj", "obj", "pobj") else None
        while verb is not None and verb.pos_ == "ADP" and verb.head.i != verb.i:
            verb = verb.head  # 'pressed on with their offensive'
        if verb is None or verb.pos_ not in ("VERB", "AUX"):
            return []
        if self._reacts_to(verb, noun):
            return []
        subj = self._subject(verb, is_passive(verb))
        if subj is None or subj.pos_ == "PRON":
            return []
        return self._actors(state, subj) or self._unnamed(state, subj, None)

    def _reacts_to(self, verb: Token, noun: Token) -> bool:
        """Whether a verb reacts to what its object names ('condemned their attacks', 'backed the
        proposal to compel Iran') rather than carrying it out ('launched its offensive'); a
        reaction's entry for other objects does not count ('reiterated its demand' is no
        'reiterated its support')."""
        if verb.lemma_.lower() in SUPPORT_VERBS:
            return False
        forms = {noun.lower_, noun.lemma_.lower()}
        return any(e.cameo[:2] in REACTIONS and not e.prep and
                   (not e.object or bool(forms & {o.split()[-1] for o in e.object}))
                   for e in self.lexicon.by_verb.get(verb.lemma_.lower()) or [])

    def _main_clause_doer(self, state: DocState, pronoun: Token) -> list[Actor]:
        """'Israeli troops killed five Palestinians as it pressed on with its offensive': a
        pronoun the coreference leaves open, subject of a clause of time or manner ('as',
        'while', 'when') hung on a main clause, stands for that clause's named subject."""
        verb = pronoun.head
        if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in CLAUSE_OF_TIME for c in verb.children):
            return []
        main = verb.head
        subj = self._subject(main, is_passive(main)) if main.pos_ in ("VERB", "AUX") else None
        if subj is None or subj.pos_ == "PRON" or subj.i > pronoun.i:
            return []
        return self._actors(state, subj) or self._unnamed(state, subj, None)

    def _shared_head(self, state: DocState, head: Token) -> list[Actor]:
        """'US and Iraqi forces', 'Chinese and Taiwanese leaders': coordinated modifiers of one
        head name one actor each, with the head's sector; none when fewer than two differ."""
        if head.pos_ not in ("NOUN", "PROPN"):
            return []
        mod = next((c for c in head.children if c.i < head.i and c.dep_ in ("amod", "nmod", "compound", "poss")
                    and any(g.dep_ == "conj" for g in c.children)), None)
        if mod is None:
            return []
        members = [mod, *mod.conjuncts]
        out = {t.i for m in members for t in m.subtree} | {g.i for g in mod.subtree if g.dep_ in ("cc", "punct")}
        words = self._np_words(head)
        base = [w for w in words if not any(self._offset + t.idx == w.start for t in head.doc if t.i in out)]
        owns = []
        for m in members:
            inner = {t.i for c in m.children if c.dep_ in ("conj", "cc", "punct") for t in c.subtree}
            owns.append([t for t in m.subtree if t.i not in inner])
        found: list[Actor] = []
        for k, own in enumerate(owns):
            mine = [Word(self._text[self._offset + t.idx:self._offset + t.idx + len(t.text)], t.lower_,
                         self._offset + t.idx, self._offset + t.idx + len(t.text), "modifier") for t in own]
            # a mention over another member's words ('Iraqi forces' in 'US and Iraqi forces') is not this one's
            others = [self._offset + t.idx for j, o in enumerate(owns) if j != k for t in o]
            mine_at = {w.start for w in mine}
            mentions = [x for x in state.mentions if x.start in mine_at or not any(x.start <= a < x.end for a in others)]
            actor = self.resolver.resolve(sorted(base + mine, key=lambda w: w.start), mentions)
            if actor is not None and not any(same_actor(actor, a) for a in found):
                actor.text = state.doc.text[actor.start:actor.end]
                found.append(actor)
        return found if len(found) > 1 else []

    def _np_words(self, head: Token) -> list[Word]:
        """The core of a noun phrase: its head, left modifiers and appositions; 'of' for
        partitive heads. Relative clauses and other attachments stay out."""
        words: list[Word] = []

        def add(tok: Token, role: str) -> None:
            at = self._offset + tok.idx
            words.append(Word(self._text[at:at + len(tok.text)], tok.lower_, at, at + len(tok.text), role))

        add(head, "head")
        # 'an Iranian-backed Shiite militia', 'the UN-backed government': its backer, not its country
        backer: set[int] = set()
        for c in head.children:
            if c.dep_ == "amod" and c.tag_ == "VBN" and c.lemma_.lower() in THIRD_PARTY and c.i < head.i:
                backer.update(t.i for t in c.subtree)
                hyphen = c.doc[c.i - 1] if c.i > 0 else None
                if hyphen is not None and hyphen.text == "-" and not hyphen.whitespace_ and hyphen.i > 0:
                    backer.update((hyphen.i, hyphen.i - 1))
        for c in head.children:
            if c.i in backer:
                continue
            if c.dep_ in NP_LEFT and c.i < head.i:
                for t in c.subtree:
                    if t.i not in backer:
                        add(t, "modifier")
            elif c.dep_ == "appos":
                # 'Boris Johnson, the Foreign Secretary': the apposition's own words, not its
                # attachments ('Bagram Airfield, north of the capital Kabul')
                add(c, "apposition")
                for m in c.lefts:
                    for t in m.subtree:
                        add(t, "apposition")
            elif c.dep_ == "prep" and c.lower_ == "of" and head.lemma_.lower() in self.mods.partitive:
                pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if pobj is not None:
                    words.extend(self._np_words(pobj))
            elif c.dep_ == "prep" and c.lower_ in ("in", "from") and head.pos_ == "NOUN" and \
                    self.resolver.sector_of([words[0]]) is not None:
                # 'rebels in Syria', 'police in Burundi's capital', 'a delegation from Gaza': the
                # place gives the country
                pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if pobj is not None:
                    words.extend(Word(w.text, w.lower, w.start, w.end, "location") for w in self._np_words(pobj)
                                 if w.role != "head" or pobj.pos_ == "PROPN")
        words.sort(key=lambda w: w.start)
        # a wire's lead parsed into the phrase ('AFP - Islamist rebels', 'KHARTOUM (Reuters) -
        # Sudan's government'): the phrase starts after its dash
        dash = max((k for k, w in enumerate(words) if w.text in WIRE_DASHES and w.start < head.idx + self._offset
                    and self._text[w.start - 1:w.start].isspace() and self._text[w.end:w.end + 1].isspace()),
                   default=None)
        return words[dash + 1:] if dash is not None else words

    def _quantity(self, tok: Token | None) -> Quantity | None:
        """How many the event's object counts: '60 Russian diplomats', 'four each', 'dozens
        of Russian diplomats' (``tok`` is the counted noun, past any partitive)."""
        if tok is None:
            return None
        top = tok
        while top.dep_ == "pobj" and top.head.lower_ == "of" and top.head.head.lemma_.lower() in self.mods.partitive:
            top = top.head.head
        count: Token | None = None
        if top.pos_ == "NUM" or top.lower_ in COUNT_NOUNS:
            count = top
        else:
            count = next((c for c in top.children if c.dep_ == "nummod"), None)
        if count is None:
            return None
        sdoc = tok.doc
        first = sdoc[count.left_edge.i].idx
        last = count.right_edge if count is tok else tok  # 'four each' is its own object
        end = last.idx + len(last.text)
        o = self._offset
        return Quantity(self._text[o + first:o + end], o + first, o + end,
                        numbers.value(self._text[o + first:o + count.idx + len(count.text)]))


def past_wire_dash(tok: Token) -> Token:
    """The first word of a noun phrase, past a wire's lead the parser hung on it ('AFP - ')."""
    first = tok.left_edge
    for t in tok.doc[tok.left_edge.i:tok.i]:
        if t.text in WIRE_DASHES and t.whitespace_ and t.i > 0 and t.doc[t.i - 1].whitespace_:
            first = t.doc[t.i + 1]
    return first
