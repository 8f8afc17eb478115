"""Targets: the recipient of an act by the paths its lexicon entry gives, and what
stands for one when no table knows it (a place, a party the object names, a name the NER gives)."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Token

from ...lexicon import Entry
from ...records import Actor
from ..memory import CARRIED, DocState
from ..syntax import is_passive, same_actor
from .common import ASKING_ROOTS, AUTHORED_ROOTS, JUDGED_ACTS, REFLEXIVE, VIOLENT_ROOTS, Finder
from .setting import PLACE_PREPOSITION, reference_place, settings

# Roots whose recipient slot more often holds a medium or a place than a party ('told the
# Journal', 'met in Geneva', 'warships passed through the English Channel'): a name no table
# knows there is no actor.
OPEN_TARGET_NOT = {"01", "02", "04", "10", "15"}
# Acts done to people, whatever the word for them: arrest (173), deport (174), abduct (181).
DONE_TO_PEOPLE = {"173", "174", "181"}
# What a noun phrase's own words hang on: its modifiers and its prepositional attachments.
WITHIN = {"poss", "compound", "amod", "nmod", "appos", "pobj", "conj"}
WITHIN_PREPS = {"of", "by", "into", "against"}
# Prepositions that tell where a weapon was aimed: 'fired rockets into Israel', 'at the town'.
AIMED_AT = {"at", "into", "on", "against", "toward", "towards"}
# Roots of acts about another act ('condemned the attacks', 'demanded an end to the raids'):
# aimed at whoever did that act.
ABOUT_ACTS = {"02", "05", "10", "11", "12", "13", "14"}
# Roots whose slot may hold an audience: a statement, an appeal or a meeting 'with reporters'.
AUDIENCE_ROOTS = {"01", "02", "04"}
# Nouns for a kind of place that, definite, stand for a place named before ('the territory').
PLACE_NOUNS = {"country", "nation", "territory", "enclave", "strip", "region", "province", "island", "kingdom", "republic", "emirate"}
# Where a march or a rally goes ('toward the U.S. Consulate', 'outside the embassy').
PROTESTED_AT = {"toward", "towards", "outside", "at", "on", "to", "against", "near"}
DAY_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
             "tonight", "weekend"}
# What lies between an actor and the head of the phrase it modifies: 'U.S.| consulate |compound'.
TOLD_HEAD = re.compile(r"(?:\s+[A-Za-z-]+){0,2}\s+")
# 'a visit to Iraq', 'flew to Beijing': where a trip went is whom it was a visit to
TRAVEL_TO = re.compile(r"\bto\s+(?:the\s+)?$", re.I)


class Targets(Finder):
    """To whom an act was done (a mixin of ``EventCoder``)."""

    def _targets(self, state: DocState, verb: Token, obj: Token | None, passive: bool, entry: Entry,
                 source: Actor | None) -> list[Actor]:
        unnamed: list[Actor] = []
        slots: list[Token] = []
        if obj is not None:
            # 'condemned the attack on the U.S. Consulate' told before: aimed at the attackers
            found = self._doer_of_told_act(state, obj, entry, source)
            if found:
                return found
        for spec in entry.target:
            tok = _said_of(verb, entry.complement) if spec == "clause>nsubj" else self._by_path(verb, obj, spec)
            if tok is None or self._is_time(state, tok):
                continue  # 'launched attacks on Georgia in 2008', 'on Thursday': a date is no one done to
            if tok.pos_ == "PRON" and not self._actors(state, tok):
                tok = _shared_object(verb, tok)  # 'arrested three militants and later freed them'
                tok = _relative_antecedent(tok)  # 'a Turkish hostage, who they threatened to behead'
            if self._doer_s_own(state, tok, source):
                continue  # 'an investigation into its Afghanistan development fund': the UN's fund, not Afghanistan
            slots.append(tok)
            # ('met the President of France': the office's, not the president the story named before)
            found = self._visited_in(state, tok, entry, source) or self._office_of(state, tok) or \
                self._actors(state, tok) or self._from_memory(state, tok, entry) or \
                self._doer_of_told_act(state, tok, entry, source) or \
                (self._author(state, tok, source) if entry.cameo[:2] in AUTHORED_ROOTS else []) or \
                self._at_place(state, tok, source) or \
                self._place_told_before(state, tok, source) or self._named_before(state, tok, source)
            if not found and spec == "dobj":
                # 'accused the government of fraud': the 'of' is the charge, not a part of the government
                raw = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
                found = self._actors(state, raw) if raw is not None and raw.i != tok.i else []
            if found:
                return found
            victims, person = entry.cameo[:2] in VIOLENT_ROOTS, entry.cameo[:3] in DONE_TO_PEOPLE and not entry.object
            # 'killed Abdullah and four other members of his family': the conjunct may tell who
            unnamed = unnamed or next((f for t in (tok, *(c for c in tok.conjuncts if c.i > tok.i))
                                       if (f := self._unnamed(state, t, source, victims=victims, person=person,
                                                              addressed=entry.cameo[:2] in ASKING_ROOTS))), [])
        found = unnamed or (self._asked_to_act(state, verb, source) if entry.cameo[:2] in ASKING_ROOTS else []) or \
            self._fallback_target(state, verb, obj, entry, source) or \
            self._open_target(state, slots, source, entry) or self._party_with(state, obj, source) or \
            self._struck_in(state, slots, entry, source) or self._protested_at(state, verb, entry) or \
            self._party_with(state, verb, source, entry) or self._fought_in(state, verb, entry, source)
        if entry.cameo[:2] in AUDIENCE_ROOTS:
            # 'held a conference call with reporters': the press the text names by its sector alone
            # is an audience, no party
            found = [a for a in found if not (a.sector == "MED" and a.kind in ("country", "sector-only"))]
        return found

    def _doer_s_own(self, state: DocState, tok: Token, source: Actor | None) -> bool:
        """Whether a thing (no people) is the doer's own by its possessive pronoun ('its
        Afghanistan development fund' after 'the United Nations announced'): what its modifiers
        name is where it works, not whom the act was done to."""
        if source is None or tok.pos_ != "NOUN" or self.resolver.sector_of(self._np_words(tok)[-1:]) is not None:
            return False
        owner = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
        if owner is None:
            return False
        found = self._actors(state, owner)
        if not found:
            # one the coreference leaves open, with the doer told before it in its sentence: the doer's
            return self._offset + tok.sent.start_char <= source.start < self._offset + owner.idx
        return any(same_actor(a, source) for a in found)

    def _party_with(self, state: DocState, obj: Token | None, source: Actor | None,
                    entry: Entry | None = None) -> list[Actor]:
        """The other side of what the object names with 'with': 'broke an 18-month ceasefire
        with rebels', 'ended its truce with the government'; or, for a verbal or cooperative act
        (``entry``), of the verb's own 'with': 'discussed those options with Mr. Obama'."""
        if obj is None or obj.pos_ not in (("VERB", "AUX") if entry is not None else ("NOUN", "PROPN")):
            return []
        if entry is not None and not "01" <= entry.cameo[:2] <= "08":
            return []  # 'fought with rebels' may be against them or beside them
        for c in obj.children:
            if c.dep_ == "prep" and c.lower_ == "with":
                pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if pobj is not None:
                    return self._actors(state, pobj) or self._unnamed(state, pobj, source)
        return []

    def _doer_of_told_act(self, state: DocState, tok: Token, entry: Entry, source: Actor | None) -> list[Actor]:
        """An act whose object is another act is aimed at that act's doer: 'condemned attacks by
        militants', and for one told before, 'Palestinian leaders condemned the attacks' (the
        doer of the attacks the story told); not the speaker's own act."""
        if entry.cameo[:2] not in ABOUT_ACTS or tok.pos_ != "NOUN":
            return []
        entries = self.lexicon.by_noun.get(tok.lemma_.lower()) or self.lexicon.by_noun.get(tok.lower_)
        told = self._noun_entry(tok, entries) if entries else None
        if told is None:
            return []
        found = [a for a in self._noun_sources(state, tok, told) if source is None or not same_actor(a, source)]
        if found or not any(c.lower_ in ("the", "these", "this", "those") for c in tok.children) or \
                any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "by") for c in tok.children):
            return found
        # 'the attack on the U.S. Consulate': the one told before on the same side, if it says whom
        struck = {a.country for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "against")
                  for g in c.children if g.dep_ == "pobj" for a in self._actors(state, g)}
        frame = next((f for f in reversed(state.memory) if f.cameo[:2] == told.cameo[:2] and f.source is not None
                      and (not struck or f.aimed_at(struck))), None)
        if frame is None or frame.source is None or (source is not None and same_actor(frame.source, source)):
            return []
        return [frame.source]

    def _place_told_before(self, state: DocState, tok: Token, source: Actor | None) -> list[Actor]:
        """'imposed an embargo on the territory' after 'Hamas took control of Gaza': a definite
        noun for a kind of place stands for the place the text named last before it, in its
        sentence or the one before (another than the doer's own country)."""
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in PLACE_NOUNS or \
                not any(c.lower_ in ("the", "this", "that") for c in tok.children):
            return []
        at = self._offset + tok.idx
        since = self._offset + tok.sent.start_char - CARRIED
        place = next((p for p in sorted(state.doc.places, key=lambda p: -p.start)
                      if since <= p.start < at and p.country and not reference_place(state.doc.text, p)
                      and (source is None or p.country != source.country)), None)
        if place is None:
            return []
        start = self._offset + tok.left_edge.idx
        text = self._text[start:at + len(tok.text)]
        return [self.resolver.of_country(place.country, text, start, None)]

    def _named_before(self, state: DocState, tok: Token, source: Actor | None) -> list[Actor]:
        """'Armed gunmen attacked the compound' after 'the U.S. consulate compound': a definite
        noun with no modifier of its own stands for the phrase of that head the text told
        before it, with an actor right before ('U.S.' + 'consulate compound'): that actor."""
        if tok.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) or \
                any(c.dep_ in ("compound", "amod", "poss", "nmod", "nummod") for c in tok.children):
            return []
        at = self._offset + tok.idx
        text = state.doc.text
        for found in reversed(list(re.finditer(rf"\b{re.escape(tok.text)}\b", text[:self._offset + tok.sent.start_char]))):
            # ('the Iraqi government' may be one mention, head and all)
            told = next((m for m in state.mentions if m.kind != "person" and m.country and (
                (m.end <= found.start() and TOLD_HEAD.fullmatch(text, m.end, found.start())) or
                (m.start < found.start() and m.end == found.end()))), None)
            if told is None:
                continue
            if source is not None and same_actor(told, source):
                return []
            start = self._offset + tok.left_edge.idx
            return [replace(told, text=self._text[start:at + len(tok.text)], start=start, end=at + len(tok.text))]
        return []

    def _fought_in(self, state: DocState, verb: Token, entry: Entry, source: Actor | None) -> list[Actor]:
        """Violence told with no one it struck ('US and Iraqi forces pushed on with their
        offensive southwest of Baghdad') is against the country of the place its clause or its
        sentence names; the dateline or the story is no witness to where it struck."""
        if entry.cameo[:2] not in VIOLENT_ROOTS or entry.cameo[:2] == "17" or source is None or \
                entry.reciprocal or any(c.lower_ in REFLEXIVE for c in verb.children):
            return []  # ('killed himself': no one else was struck)
        assert state.when_where is not None
        place = state.when_where.place_of(verb)
        country = place.country if place is not None and place.country else None
        told = next((c for c in verb.children if c.dep_ in ("dobj", "obj") and self._the_story_s_war(c)), None)
        if country is None and told is not None and source.country:
            # 'Hamdan insisted that Israel started the war': the war the story tells is against
            # the country the story is about (not the doer's own)
            country = self._story_country(state, told, source.country)
            if country is not None:
                return self._country_named(state, country)
        if country is None:
            lo, hi = self._offset + verb.sent.start_char, self._offset + verb.sent.end_char
            here = [p for p in settings(state) if lo <= p.start < hi]
            if len({p.country for p in here}) > 1:
                # 'Israeli troops killed five in the Gaza Strip as it pressed on with its
                # offensive aimed at stopping rockets fired into Israel': not the doer's own land
                here = [p for p in here if p.country != source.country]
            if len({p.country for p in here}) != 1:
                return []
            place = here[0]
        return self._country_named(state, place.country, place)

    def _the_story_s_war(self, tok: Token) -> bool:
        """'the war', 'the offensive': an act of violence the story tells, named definite with
        no one it is against."""
        return tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and \
            not any(c.dep_ == "prep" and c.lower_ in ("on", "against", "with", "in") for c in tok.children) and \
            not any(c.dep_ in ("compound", "amod", "poss", "nmod") for c in tok.children) and self._is_event_noun(tok)

    def _protested_at(self, state: DocState, verb: Token, entry: Entry) -> list[Actor]:
        """Where a protest goes names whom it is against: 'marched toward the U.S. Consulate',
        'rallied outside the embassy of Denmark'."""
        if entry.cameo[:2] != "14":
            return []
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ in PROTESTED_AT:
                pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if pobj is not None:
                    found = self._actors(state, pobj) or self._named_within(state, pobj, None)
                    if found:
                        return found
        return []

    def _inner_target(self, state: DocState, verb: Token, source: Actor | None) -> list[Actor]:
        """Who a refusal or a threat is aimed at: the object of the act refused or threatened
        ('refused to see a council of tribal elders'), its own words only, not its clauses."""
        held = self._held_until(state, verb, source)
        if held:
            return held
        for c in verb.children:
            if c.dep_ != "xcomp" or c.lemma_.lower() in self.lexicon.by_verb:
                continue  # an act the lexicon knows is coded itself, as the refusal or the threat of it
            obj = next((g for g in c.children if g.dep_ in ("dobj", "obj")), None)
            if obj is None:
                # 'has refused to bow to pressure from Washington', 'refused to comply with
                # demands by the union': whoever made what the refused act answers
                found = next((f for p in c.children if p.dep_ == "prep" and p.lower_ in ("to", "with")
                              for g in p.children if g.dep_ == "pobj"
                              if (f := self._author(state, g, source))), [])
                if found:
                    return found
                continue
            obj = self._through_partitive(obj)
            return self._actors(state, obj) or self._named_within(state, obj, source) or \
                self._unnamed(state, obj, source)
        return []

    def _author(self, state: DocState, tok: Token, source: Actor | None) -> list[Actor]:
        """Who made the thing a noun names, by its own words: its owner ('the opposition's
        demands'), its 'from' or 'by' ('pressure from Washington') or the agent of a participle it
        takes ('a proposal made by India'); not the doer itself."""
        if tok.pos_ != "NOUN" or self.resolver.sector_of(self._np_words(tok)[-1:]) is not None:
            return []  # ('attacks on our diplomatic missions': people, not a thing someone made)
        for c in tok.children:
            if c.dep_ == "poss":
                makers = [c]
            elif c.dep_ == "prep" and c.lower_ in ("from", "by"):
                makers = [g for g in c.children if g.dep_ == "pobj"]
            elif c.dep_ == "acl" and c.tag_ == "VBN":
                makers = [g for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
            else:
                continue
            for m in makers:
                found = [a for a in self._actors(state, m) or self._named_within(state, m, source)
                         if source is None or not same_actor(a, source)]
                if found:
                    return found
        return []

    def _asked_to_act(self, state: DocState, head: Token, source: Actor | None) -> list[Actor]:
        """Whom an appeal or a demand asks to act, told as the doer of the act it asks for: 'call
        for the Obama administration to provide more information', 'a demand for Iran to reveal',
        'his demand that the United States commit to holding elections'."""
        asked: list[Token] = []
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ == "for":
                pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                # 'for X' with the infinitive of what X is to do, under the head or under X
                if pobj is not None and any(_infinitive_clause(x) and x.i > pobj.i
                                            for x in (*head.children, *pobj.children)):
                    asked.append(pobj)
            elif c.dep_ in ("acl", "ccomp") and head.pos_ == "NOUN" and c.pos_ in ("VERB", "AUX") and \
                    not _infinitive_clause(c) and any(m.lower_ == "that" for m in c.children if m.i < c.i):
                asked += [g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]
        for tok in asked:
            if tok.pos_ == "PRON" or tok.lemma_.lower() in self.mods.relation_nouns or tok.lower_ in self.mods.relation_nouns:
                continue  # ('demands that the longtime US foe end its nuclear program': not the US)
            found = [a for a in self._actors(state, tok) or self._named_within(state, tok, source)
                     or self._unnamed(state, tok, source) if source is None or not same_actor(a, source)]
            if found:
                return found
        return []

    def _held_until(self, state: DocState, verb: Token, source: Actor | None) -> list[Actor]:
        """'will not lift the embargo until Cuba undertakes reforms', 'will not end the strike
        until the government provides resources', 'threatened to behead him unless the US
        frees prisoners': a refusal or a threat held over whoever its condition asks to act."""
        for v in (verb, verb.head if verb.dep_ == "xcomp" else verb):
            for c in v.children:
                if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("until", "unless", "till")
                                             for m in c.children):
                    subj = self._subject(c, is_passive(c))
                    if subj is None or subj.pos_ == "PRON":
                        continue
                    found = [a for a in self._actors(state, subj) or self._unnamed(state, subj, source)
                             if source is None or not same_actor(a, source)]
                    if found:
                        return found
        return []

    def _mediated(self, state: DocState, noun: Token, source: Actor) -> list[Actor]:
        """The sides a mediation is between: 'a mediation effort between the KIO and the
        military government', 'to resolve the rift between Qatar and other Gulf states'."""
        if noun.dep_ == "compound" and self._is_event_noun(noun.head):
            return []  # 'a mediation effort': coded once, by its head
        for t in noun.subtree:
            if t.dep_ == "prep" and t.lower_ == "between" and t.i > noun.i:
                pobj = next((g for g in t.children if g.dep_ == "pobj"), None)
                found = [a for a in (self._actors(state, pobj) if pobj is not None else [])
                         if not same_actor(a, source)]
                if found:
                    return found
        return []

    def _struck_in(self, state: DocState, slots: list[Token], entry: Entry, source: Actor | None = None
                   ) -> list[Actor]:
        """Violence against what is no actor ('bombed rebel positions', 'attacked vehicles on
        the roads'): an attack on the country it is in, where its clause, its sentence or the
        dateline says which."""
        if entry.cameo[:2] not in VIOLENT_ROOTS:
            return []
        for tok in slots:
            if tok.lemma_.lower() in self.mods.weapons or tok.lower_ in self.mods.weapons:
                # 'militants firing rockets into Israel': what is fired is not what is struck;
                # where it is fired at is
                aimed = [g for h in (tok.head, tok) for c in h.children if c.dep_ == "prep" and c.lower_ in AIMED_AT
                         for g in c.children if g.dep_ == "pobj"]
                found = next((f for g in aimed if (f := self._actors(state, g) or self._at_place(state, g))), [])
                if found:
                    return found
                continue
            if tok.pos_ not in ("NOUN", "PROPN") or tok.lower_ in REFLEXIVE:
                continue
            country = self._setting(state, tok)
            if country is None and source is not None and source.country and self._the_story_s_war(tok):
                country = self._story_country(state, tok, source.country)
            if country is not None:
                start = self._offset + tok.left_edge.idx
                text = self._text[start:self._offset + tok.idx + len(tok.text)]
                return [self.resolver.of_country(country, text, start, None)]
        return []

    def _open_target(self, state: DocState, slots: list[Token], source: Actor | None, entry: Entry) -> list[Actor]:
        """A recipient the tables do not know as a whole: an actor its phrase names ('an
        investigation into the death of a Palestinian man': the Palestinian; 'demands by
        protesters in southern Nepal'), else, for an act done to someone (not words said to
        them: 'told the Wall Street Journal'), a name the NER gives ('pardoned Richard
        Nixon'), of unknown country."""
        judged = entry.cameo[:2] in JUDGED_ACTS
        for tok in slots:
            found = self._named_within(state, tok, source, judged)
            if found:
                return found
        for tok in slots:
            found = self._home_body(state, tok, self._unlisted(state, tok), source)
            # ('met Nawaz Sharif' is a meeting with him; 'told the Journal' no act done to it)
            if found and (entry.cameo[:2] not in OPEN_TARGET_NOT or found[0].kind == "person"):
                return found
        return []

    def _home_body(self, state: DocState, tok: Token, found: list[Actor], source: Actor | None) -> list[Actor]:
        """A body the NER names with no country ('Lawmakers praised the review board'), done to
        by a doer in a sentence that names no country but the doer's: a body of the doer's
        country (a domestic act), not one of an unknown country."""
        if not found or found[0].kind == "person" or found[0].country or source is None or not source.country or \
                not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return found  # (a bare name, 'sanctions on Abkhazia', may be a land of its own)
        lo, hi = self._offset + tok.sent.start_char, self._offset + tok.sent.end_char
        named = {m.country for m in state.mentions if lo <= m.start < hi and m.country} | \
            {p.country for p in state.doc.places if lo <= p.start < hi and p.country}
        if named - {source.country}:
            return found
        body = found[0]
        return [self.resolver.of_country(source.country, body.text, body.start, body.sector)]

    def _named_within(self, state: DocState, tok: Token, other: Actor | None, judged: bool = False) -> list[Actor]:
        """The first actor mention in a noun phrase's own words (its modifiers, and what
        'of', 'by', 'into', 'against' and 'in' attach: not its clauses), other than ``other``."""
        words, todo = [], [(tok, 0)]
        while todo:
            t, depth = todo.pop()
            if t.pos_ == "NOUN" and self._doer_s_own(state, t, other):
                continue  # ('an investigation into its Afghanistan development fund')
            words.append(t)
            if t.lemma_.lower() in self.mods.colonies or t.lower_ in self.mods.colonies:
                continue  # ('the former Portuguese colony': the land, not the power named)
            # an act judged ('criticized the strike against Syria') is aimed at its doer, not at
            # whom it struck
            struck = judged and self._names_an_act(t)
            if depth < 6:  # ('Minister of Foreign Affairs and Expatriates of the Kingdom of Jordan')
                todo.extend((c, depth + 1) for c in t.children if c.dep_ in WITHIN or
                            (c.dep_ == "prep" and c.lower_ in WITHIN_PREPS and not (struck and c.lower_ in AIMED_AT)))
        spans = [(self._offset + t.idx, self._offset + t.idx + len(t.text)) for t in words]
        for m in state.mentions:
            if m.kind != "capital" and any(m.start <= a < m.end for a, _ in spans) and \
                    (other is None or m.country != other.country or m.code != other.code):
                return [replace(m)]
        return []

    def _at_place(self, state: DocState, tok: Token, source: Actor | None = None) -> list[Actor]:
        """A place as a target stands for its country: 'intended to visit Najaf' is Iraq. A
        place in the doer's own country stands for its people ('Syrian artillery shelled
        Idlib', 'granted autonomy to Aceh'), so the act is not taken for a self-event."""
        at = self._offset + tok.idx
        place = next((p for p in state.doc.places if p.start <= at < p.end and p.country), None)
        if place is None:
            return []
        own = source is not None and source.country == place.country and place.feature != "country"
        return [self.resolver.of_country(place.country, place.text, place.start, "CVL" if own else None)]

    def _visited_in(self, state: DocState, tok: Token, entry: Entry, source: Actor | None) -> list[Actor]:
        """'visited a Syrian refugee camp in Jordan': a visit is to the country its site is in,
        whoever the site is named for."""
        if entry.cameo[:3] != "042" or tok.pos_ != "NOUN":
            return []
        if any(a.sector for a in self._actors(state, tok)):
            return []  # 'visited the Israeli parliament in Jerusalem': a body, visited as such
        # (the parser may hang the 'in' on the verb: 'visited a school in Berlin')
        preps = [*tok.children, *(tok.head.children if tok.dep_ in ("dobj", "obj") else ())]
        for c in preps:
            if c.dep_ == "prep" and c.lower_ in ("in", "near"):
                found = next((a for g in c.children if g.dep_ == "pobj" for a in self._at_place(state, g, source)), None)
                if found is not None and (source is None or found.country != source.country):
                    return [found]  # (a site at home is no visit abroad: 'arrives at a ceremony in New York')
        return []

    def _hosts(self, state: DocState, verb: Token, source: Actor) -> list[Actor]:
        """Who a meeting or an accord abroad is with when the text names no one: the country
        it happened in ('Chirac, in Beijing, signs accords', 'chairs a meeting in Ethiopia')."""
        assert state.when_where is not None
        place = state.when_where.place_of(verb)
        if place is None:
            # 'Putin is making a visit to Turkey. Mr. Putin is expected to sign several agreements':
            # with the hosts of the visit the doer was told to make just before
            since = self._offset + verb.sent.start_char - CARRIED
            visit = next((f for f in reversed(state.memory) if f.cameo[:3] == "042" and f.source is not None
                          and f.target is not None and f.target.country and f.target.country != source.country
                          and f.source.country == source.country and f.source.start >= since), None)
            return [visit.target] if visit is not None and visit.target is not None else []
        if not place.country or not source.country or place.country == source.country or \
                not (PLACE_PREPOSITION.search(state.doc.text, max(0, place.start - 12), place.start) or
                     TRAVEL_TO.search(state.doc.text, max(0, place.start - 12), place.start)):
            return []
        return self._country_named(state, place.country, place)

    def _is_time(self, state: DocState, tok: Token) -> bool:
        """Whether the word is part of a date or a time the text gives ('in 2008', 'on Thursday')."""
        if tok.lower_ in DAY_WORDS:
            return True  # a weekday with no publication date to resolve it is a time all the same
        at = self._offset + tok.idx
        return any(t.start is not None and t.end is not None and t.start <= at < t.end for t in state.doc.timexes)

    def _by_path(self, verb: Token, obj: Token | None, spec: str) -> Token | None:
        if spec == "dobj":
            return obj
        if spec in ("iobj", "dative"):
            return next((c for c in verb.children if c.dep_ in ("iobj", "dative") and c.pos_ != "ADP"), None)
        if spec == "ccomp>nsubj":  # 'demanded that the prime minister resign': the one told to act
            # a clause in the subjunctive ('that he resign'), not a statement ('insists that Taiwan is')
            # (the tagger calls the subjunctive after a singular subject VBP: 'that the government end')
            # (nor the past of a verb whose past is its base, 'demanding the administration cut off aid')
            x = next((c for c in verb.children if c.dep_ == "ccomp" and (c.tag_ not in ("VBZ", "VBD", "VBP") or (
                c.tag_ == "VBP" and any(g.dep_ == "nsubj" and g.tag_ in ("NN", "NNP") for g in c.children)) or (
                c.tag_ == "VBD" and c.lower_ == c.lemma_.lower() and not any(g.dep_ == "aux" for g in c.children)))),
                None)
            return next((c for c in x.children if c.dep_ in ("nsubj", "nsubjpass")), None) if x is not None else None
        if spec.startswith("within>prep:"):
            # 'gave 352 million euros to promote development in Ethiopia', 'aid for those affected in
            # Yemen': where in the act's own words (not its doer's) the one it is for is
            word, doer = spec[12:], self._subject(verb, False)
            skip = {t.i for t in doer.subtree} if doer is not None and doer.i != verb.i else set()
            return next((g for t in verb.subtree if t.i not in skip and t.dep_ == "prep" and t.lower_ == word
                         for g in t.children if g.dep_ == "pobj"), None)
        if spec.startswith("prep:") and ">" in spec:
            # 'agreed to a deal with Turkey', 'signed up to Britain's plan': a step through the
            # object of the verb's preposition
            first, _, rest = spec.partition(">")
            inner = self._by_path(verb, obj, first)
            return self._by_path(inner, None, rest) if inner is not None else None
        if spec == "xcomp>dobj":
            x = next((c for c in verb.children if c.dep_ == "xcomp"), None)
            return next((c for c in x.children if c.dep_ == "dobj"), None) if x is not None else None
        holders = [verb, obj] if not spec.startswith("dobj>") else [obj]
        if spec.startswith("dobj>") and obj is not None:
            # '500 million euros in aid to Sudan', 'a package of aid to': the object's measure
            holders += [g for c in obj.children if c.dep_ == "prep" and c.lower_ in ("in", "of", "to", "from")
                        for g in c.children if g.dep_ == "pobj"]
            if spec == "dobj>prep:by":
                # 'rejected a proposal made by India', 'an appeal filed by his lawyers': the agent
                # of a participle the object takes is its author, as 'a proposal by India'
                holders += [c for c in obj.children if c.dep_ == "acl" and c.tag_ == "VBN"]
        spec = spec.removeprefix("dobj>")
        for holder in holders:
            if holder is None:
                continue
            if spec.startswith("prep:"):
                word = spec[5:]
                for c in holder.children:
                    if c.dep_ in ("prep", "dative", "agent", "prt") and c.lower_ == word:
                        pobj = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
                        if pobj is None:
                            # 'pulled its troops out of Iraq': the place hangs on 'of' under 'out'
                            # (or, with 'out' a particle, on the verb)
                            inner = next((g for g in (*c.children, *holder.children)
                                          if g.dep_ == "prep" and g.lower_ == "of"), None)
                            pobj = next((g for g in inner.children if g.dep_ == "pobj"), None) if inner is not None else None
                        if pobj is not None:
                            return self._through_partitive(pobj)
            elif spec in ("poss", "compound", "amod"):
                for c in holder.children:
                    if c.dep_ == spec:
                        return c
        return None


def _infinitive_clause(tok: Token) -> bool:
    """A clause of a verb in the infinitive: 'to provide', 'to avoid provocative actions'."""
    return tok.dep_ in ("acl", "advcl", "xcomp", "relcl", "ccomp") and \
        any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _said_of(verb: Token, predicates: frozenset[str]) -> Token | None:
    """'the Afghan government said Taliban militants were responsible': the subject of a clause
    the verb reports whose predicate (not any word of it) is one of the entry's complement words,
    unless the clause denies it ('said it was not responsible')."""
    for c in verb.children:
        if c.dep_ == "ccomp" and not any(g.dep_ == "neg" for g in c.children):
            said = [c, *(g for g in c.children if g.dep_ in ("acomp", "attr", "xcomp"))]  # 'found the regime guilty'
            if any(g.lemma_.lower() in predicates or g.lower_ in predicates for g in said):
                return next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")), None)
    return None


def _shared_object(verb: Token, pronoun: Token) -> Token:
    """The noun an object pronoun of a coordinated verb stands for: the first verb's own object
    ('arrested three militants and later freed them'), else the pronoun itself."""
    if pronoun.lower_ not in ("them", "him", "her") or pronoun.head.i != verb.i or verb.dep_ != "conj":
        return pronoun
    first = next((c for c in verb.head.children if c.dep_ in ("dobj", "obj") and c.pos_ in ("NOUN", "PROPN")), None)
    return first if first is not None and first.i < verb.i else pronoun


def _relative_antecedent(pronoun: Token) -> Token:
    """The noun a relative pronoun object stands for ('a Turkish hostage, who they threatened
    to behead': the hostage), else the pronoun itself."""
    if pronoun.lower_ not in ("who", "whom", "which", "that") or pronoun.dep_ not in ("dobj", "obj"):
        return pronoun
    clause = pronoun.head
    while clause.dep_ == "xcomp" and clause.head.i != clause.i:
        clause = clause.head
    return clause.head if clause.dep_ == "relcl" and clause.head.pos_ in ("NOUN", "PROPN") else pronoun
