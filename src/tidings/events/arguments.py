"""Argument finding: the source and target actors of a trigger, through passives, relative
clauses, control, coordination and partitives; people the text ties to no country."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import replace
from itertools import accumulate

from spacy.tokens import Token

from .. import numbers, quotes
from ..actors import ActorResolver, Word
from ..lexicon import Entry, Lexicon, Modifiers
from ..records import Actor, Place, Quantity
from .chunks import title_cased
from .memory import DocState
from .syntax import COUNT_NOUNS, NP_LEFT, RELATIVE, SUBJECTS, is_passive, is_quantity, reduced_passive, same_actor

# Roots of violence (coerce, assault, fight, mass violence): their doers may be told by the act alone.
VIOLENT_ROOTS = {"17", "18", "19", "20"}
# Roots whose recipient slot more often holds a medium or a place than a party ('told the
# Journal', 'met in Geneva', 'warships passed through the English Channel'): a name no table
# knows there is no actor.
OPEN_TARGET_NOT = {"01", "02", "04", "10", "15"}
# Acts done to people, whatever the word for them: arrest (173), deport (174), abduct (181).
DONE_TO_PEOPLE = {"173", "174", "181"}
# Mentions that name a country itself, not one of its people abroad: what a story is about.
STORY_KINDS = {"country", "adjective", "capital", "region"}
# What a noun phrase's own words hang on: its modifiers and its prepositional attachments.
WITHIN = {"poss", "compound", "amod", "nmod", "appos", "pobj", "conj"}
WITHIN_PREPS = {"of", "by", "into", "against"}
# NER labels of names that can do a political act
NAMED_DOERS = {"PERSON", "ORG", "NORP"}
UNKNOWN_COUNTRY = "---"
REFLEXIVE = {"himself", "herself", "themselves", "itself", "oneself"}
WIRE_DASHES = {"-", "--", "–", "—"}
# Modifiers of people of many countries ('world leaders', 'foreign diplomats'): none of them is the setting's.
MANY_COUNTRIES = {"world", "international", "foreign", "global", "western", "multinational", "allied"}
# Participles whose modifier names a third party to the act ('an Egyptian-brokered truce').
THIRD_PARTY = {"broker", "mediate", "sponsor", "back", "host", "fund", "finance", "arm", "support", "supervise",
               "monitor", "facilitate", "arrange"}
# Heads of a group whose sector its modifier tells: 'a militant organisation', 'an armed group'.
GROUP_HEADS = {"group", "organisation", "organization", "movement", "faction", "cell", "network", "outfit", "band",
               "gang", "militia"}
# Prepositions that tell where a weapon was aimed: 'fired rockets into Israel', 'at the town'.
AIMED_AT = {"at", "into", "on", "against", "toward", "towards"}
# What after a place's name makes it a reference point: 'the Cameroon border', 'Ankara-based'.
REFERENCE_AFTER = re.compile(r"(?:-based\b|\s+border\b|\s+frontier\b)", re.I)
# 'a visit to Iraq', 'flew to Beijing': where a trip went is whom it was a visit to
TRAVEL_TO = re.compile(r"\bto\s+(?:the\s+)?$", re.I)
PLACE_PREPOSITION = re.compile(r"\b(?:in|at|near|across|throughout|inside|outside|around|into)\s+(?:the\s+)?$", re.I)  # the country part of an actor code when the text gives none (GDELT's blank)


class Arguments:
    """Sources, targets and counts of an act (a mixin of ``EventCoder``)."""

    lexicon: Lexicon
    mods: Modifiers
    resolver: ActorResolver
    _offset: int
    _text: str

    def _sources(self, state: DocState, verb: Token, passive: bool, entry: Entry | None = None) -> list[Actor]:
        violent = entry is not None and entry.cameo[:2] in VIOLENT_ROOTS
        fired = violent or (entry is not None and entry.cameo[:2] == "15")  # 'missiles fired from'
        subj = self._subject(verb, passive)
        if subj is None and fired:
            # '1,456 rockets were fired from Gaza into Israel': whoever holds the place it came from
            subj_place = self._launched_from(state, verb)
            if subj_place:
                return subj_place
        if subj is None:
            # 'Three Palestinians were killed': the doer of the violence the story told before
            if passive and violent and not self._in_told_act(verb):
                frame = next((f for f in reversed(state.memory) if f.cameo[:2] in VIOLENT_ROOTS and f.source), None)
                if frame is not None and frame.source is not None:
                    return [frame.source]
            if passive and entry is not None and (entry.cameo[:2] == "08" or entry.cameo[:3] in ("173", "181")):
                # 'Chinese engineers kidnapped in Pakistan', 'Ten Turkish hostages freed in Iraq',
                # 'a US citizen was arrested for spying': done by someone of the place it happened in
                return self._of_setting(state, verb)
            if passive and entry is not None and entry.cameo[:2] == "15":
                # 'a US fighter squadron will be deployed in South Korea': forces are deployed by their own side
                patient = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
                if patient is None and verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
                    patient = verb.head
                return self._actors(state, patient) if patient is not None else []
            return []
        if violent and subj.pos_ == "NUM" and not any(c.dep_ == "prep" for c in subj.children):
            # 'another 32 wounded', 'one that injured five soldiers': a bare count as the subject
            # stands for victims or for weapons told before, never for who did it
            return []
        # 'a suicide bomber' is a doer; so are 'tribal elders ... and local officials' (the first
        # conjunct told by no sector)
        if violent and self._is_instrument(subj):
            # 'Baghdad car bombs kill 11': a weapon or an attack as the subject is no actor its
            # modifiers name ('Baghdad' is where); only an owner the text gives did it
            return self._by_instrument(state, subj) or self._launched_from(state, verb)
        found = self._actors(state, subj) or self._unnamed(state, subj, None) or \
            next((f for c in subj.conjuncts if c.i > subj.i and (f := self._unnamed(state, c, None))), [])
        if not found and violent:
            # 'Rockets fired from southern Lebanon hit ...' (the weapon parsed as the subject)
            found = self._by_instrument(state, subj) or self._launched_from(state, verb)
        if not found and subj.pos_ == "PRON" and verb.dep_ == "ccomp" and verb.head.pos_ == "VERB":
            # 'Authorities said they arrested ...': the pronoun is who said it
            reporter = next((c for c in verb.head.children if c.dep_ in SUBJECTS), None)
            if reporter is not None and reporter.pos_ in ("NOUN", "PROPN"):
                found = self._actors(state, reporter) or self._unnamed(state, reporter, None)
        return found or self._unlisted(state, subj)

    def _unlisted(self, state: DocState, tok: Token) -> list[Actor]:
        """A doer the NER names but no table knows ('Mayor Dayton King', 'the Tis Hazari
        court'): an actor of unknown country, with the sector its head word gives."""
        if tok.pos_ not in ("NOUN", "PROPN"):
            return []
        at = self._offset + tok.idx
        entity = next((e for e in state.doc.entities if e.start <= at < e.end and e.label in NAMED_DOERS), None)
        if entity is None or (entity.label == "PERSON" and " " not in entity.text.strip()):
            return []  # a surname alone no table knows is no one we can tell
        headline_end = self._text.find("\n\n")
        if entity.start < headline_end and title_cased(self._text[:headline_end]):
            return []  # the NER misreads title case: 'Jackson Squares Off With Prosecutor'
        return [unknown_country(entity.text, entity.start, self.resolver.sector_of(self._np_words(tok)))]

    def _in_told_act(self, verb: Token) -> bool:
        """'five Palestinians were killed in the explosion': the act is the one the noun tells,
        coded there, not a second one with the doer told before."""
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "during", "by"):
                pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if pobj is not None and (pobj.lemma_.lower() in self.lexicon.by_noun or pobj.lower_ in self.lexicon.by_noun):
                    return True
        return False

    def _by_instrument(self, state: DocState, tok: Token) -> list[Actor]:
        """'A Russian airstrike killed ...', 'rockets fired from Gaza hit Sderot': an act of
        violence or a weapon as the subject of a violent verb stands for the owner the text
        gives it. With none ('Two car bombs killed 10 Iraqis', 'an explosion on a bus injured
        ten') the doer is not told, and the act is not coded (docs/annotation.md, rule 2): the
        place it happened in, or the media that reported it, did not do it."""
        launched = [a for c in tok.children if c.dep_ == "acl" for a in self._launched_from(state, c)]
        if launched:
            return launched
        entries = self.lexicon.by_noun.get(tok.lemma_.lower()) or self.lexicon.by_noun.get(tok.lower_)
        entry = self._noun_entry(tok, entries) if entries else None
        owner = self._noun_sources(state, tok, entry) if entry is not None and entry.cameo[:2] in VIOLENT_ROOTS else []
        if owner:
            return owner
        for c in tok.lefts:  # 'Syrian artillery', 'US drones': the nationality owns the weapon
            if c.dep_ in ("amod", "compound", "nmod", "poss") and not self._where_not_who(state, c):
                found = self._actors(state, c)
                if found:
                    return found
        # 'Rebel attacks hit Baghdad', 'insurgent bombs': the modifier names the doer's sector
        return next((found for c in tok.lefts if c.dep_ in ("amod", "compound") and c.pos_ in ("NOUN", "ADJ", "PROPN")
                     if (found := self._unnamed(state, c, None))), [])

    def _is_time(self, state: DocState, tok: Token) -> bool:
        """Whether the word is part of a date or a time the text gives ('in 2008', 'on Thursday')."""
        at = self._offset + tok.idx
        return any(t.start is not None and t.end is not None and t.start <= at < t.end for t in state.doc.timexes)

    def _is_instrument(self, tok: Token) -> bool:
        """A weapon ('car bombs', 'rockets') or an act of violence ('an airstrike') as a word."""
        if tok.pos_ not in ("NOUN", "PROPN"):
            return False
        lemma = tok.lemma_.lower()
        if lemma in self.mods.weapons or tok.lower_ in self.mods.weapons:
            return True
        entries = self.lexicon.by_noun.get(lemma) or self.lexicon.by_noun.get(tok.lower_)
        entry = self._noun_entry(tok, entries) if entries else None
        return entry is not None and entry.cameo[:2] in VIOLENT_ROOTS

    def _launched_from(self, state: DocState, verb: Token) -> list[Actor]:
        """'fired from Gaza', 'launched from southern Lebanon': the country of the place a
        weapon was fired from, standing for whoever holds it."""
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ == "from":
                pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if pobj is None:
                    continue
                lo, hi = self._offset + pobj.left_edge.idx, self._offset + pobj.idx + len(pobj.text)
                place = next((p for p in state.doc.places if lo <= p.start < hi and p.country), None)
                if place is not None:
                    return [self.resolver.of_country(place.country, place.text, place.start, None)]
        return []

    def _subject(self, verb: Token, passive: bool, depth: int = 0) -> Token | None:
        """The doer of a verb, through passives, relative clauses, control and coordination."""
        if passive:
            # 'captured by Colombian troops' (a headline's participle: 'by' may be parsed a preposition)
            agent = next((c for c in verb.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")), None)
            if agent is None:
                # 'five soldiers were killed and 12 wounded by Taliban fighters': one agent for both
                # (the parser may hang the second participle on its count: '12' <- 'wounded')
                others = [*verb.conjuncts, *(a for v in verb.conjuncts for a in v.children if a.dep_ == "acl")]
                agent = next((c for v in others if v.tag_ == "VBN" for c in v.children if c.dep_ == "agent"), None)
            if agent is not None:
                return next((c for c in agent.children if c.dep_ == "pobj"), None)
            return None
        subj = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
        if subj is not None:
            if subj.lower_ in RELATIVE and verb.dep_ == "relcl":
                return verb.head
            return subj
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        if agent is not None:  # 'forces supplied and trained by the United States': a participle's agent
            return next((c for c in agent.children if c.dep_ == "pobj"), None)
        if depth > 3:
            return None
        head = verb.head
        if verb.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN") and head.i < verb.i:
            if verb.tag_ == "VBG" and head.dep_ != "pobj" and (
                    head.dep_ not in ("dobj", "obj") or self.resolver.sector_of(self._np_words(head)) is not None):
                # 'Mutinous soldiers demanding pay', 'stop militants firing rockets': the people the
                # participle tells of do it (not 'watch for people spying', a kind of act looked
                # out for, nor 'signed a letter advising Obama', whose signer advises)
                return head
        if verb.dep_ in ("acl", "relcl") and head.pos_ in ("NOUN", "PROPN") and head.i < verb.i:
            if head.dep_ == "ROOT" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and \
                    not any(c.dep_ == "poss" for c in head.children):
                return head  # a headline's 'German leader to arrive in China': the noun will do it
        if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ in ("for", "of") and \
                head.head.pos_ == "NOUN" and head.head.lemma_.lower() not in self.mods.accusation:
            owner = next((c for c in head.head.children if c.dep_ == "poss"), None)
            if owner is not None:  # "the administration's rationale for invading Iraq"
                return owner
        if head.i == verb.i:
            # a root with no subject is often a mis-parse ("Marie Le Pen, the leader of France's
            # ..., praised"): take a subject the parser hung on a non-verb before it
            return next((t for t in verb.sent if t.i < verb.i and t.dep_ in SUBJECTS
                         and t.head.pos_ not in ("VERB", "AUX")), None)
        if verb.dep_ == "xcomp" and head.pos_ == "VERB":
            raised = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
            if raised is not None:  # 'Mr Johnson is expected to fly': the passive's subject
                return raised
            if head.lemma_.lower() in self.mods.object_control:
                obj = next((c for c in head.children if c.dep_ in ("dobj", "obj")), None)
                if obj is not None:
                    return obj
            return self._subject(head, is_passive(head), depth + 1)
        if verb.dep_ == "xcomp" and head.pos_ == "ADJ" and head.head.i != head.i:
            return self._subject(head.head, is_passive(head.head), depth + 1)  # 'Egypt is willing to withdraw'
        if verb.dep_ in ("conj", "advcl", "xcomp", "ccomp", "pcomp") and head.pos_ in ("VERB", "AUX"):
            return self._subject(head, is_passive(head), depth + 1)
        if verb.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN"):
            poss = next((c for c in head.children if c.dep_ == "poss"), None)  # "Trump's decision to expel"
            if poss is not None:
                return poss
            if head.dep_ in ("dobj", "pobj") and head.head.pos_ == "VERB":
                return self._subject(head.head, is_passive(head.head), depth + 1)
        if verb.dep_ == "pcomp" and verb.head.lower_ in ("of", "for") and \
                verb.head.head.lemma_.lower() in self.mods.accusation:
            # 'accused China of jailing one of their members': the accused did it
            accused = next((c for c in verb.head.head.children if c.dep_ in ("dobj", "obj")), None)
            if accused is not None:
                return accused
        if verb.dep_ == "pcomp":  # 'such as supplying missiles': the subject of the clause it belongs to
            anc = verb.head
            for _ in range(4):
                if anc.pos_ == "VERB":
                    return self._subject(anc, is_passive(anc), depth + 1)
                if anc.head.i == anc.i:
                    break
                anc = anc.head
        return None

    def _targets(self, state: DocState, verb: Token, obj: Token | None, passive: bool, entry: Entry,
                 source: Actor | None) -> list[Actor]:
        unnamed: list[Actor] = []
        slots: list[Token] = []
        for spec in entry.target:
            tok = self._by_path(verb, obj, spec)
            if tok is None or self._is_time(state, tok):
                continue  # 'launched attacks on Georgia in 2008', 'on Thursday': a date is no one done to
            slots.append(tok)
            found = self._actors(state, tok) or self._from_memory(state, tok, entry) or self._at_place(state, tok, source)
            if not found and spec == "dobj":
                # 'accused the government of fraud': the 'of' is the charge, not a part of the government
                raw = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
                found = self._actors(state, raw) if raw is not None and raw.i != tok.i else []
            if found:
                return found
            victims, person = entry.cameo[:2] in VIOLENT_ROOTS, entry.cameo[:3] in DONE_TO_PEOPLE and not entry.object
            # 'killed Abdullah and four other members of his family': the conjunct may tell who
            unnamed = unnamed or next((f for t in (tok, *(c for c in tok.conjuncts if c.i > tok.i))
                                       if (f := self._unnamed(state, t, source, victims=victims, person=person))), [])
        return unnamed or self._open_target(state, slots, source, entry) or self._party_with(state, obj, source) or \
            self._struck_in(state, slots, entry)

    def _party_with(self, state: DocState, obj: Token | None, source: Actor | None) -> list[Actor]:
        """The other side of what the object names with 'with': 'broke an 18-month ceasefire
        with rebels', 'ended its truce with the government'."""
        if obj is None or obj.pos_ not in ("NOUN", "PROPN"):
            return []
        for c in obj.children:
            if c.dep_ == "prep" and c.lower_ == "with":
                pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if pobj is not None:
                    return self._actors(state, pobj) or self._unnamed(state, pobj, source)
        return []

    def _inner_target(self, state: DocState, verb: Token, source: Actor | None) -> list[Actor]:
        """Who a refusal or a threat is aimed at: the object of the act refused or threatened
        ('refused to see a council of tribal elders'), its own words only, not its clauses."""
        for c in verb.children:
            if c.dep_ != "xcomp" or c.lemma_.lower() in self.lexicon.by_verb:
                continue  # an act the lexicon knows is coded itself, as the refusal or the threat of it
            obj = next((g for g in c.children if g.dep_ in ("dobj", "obj")), None)
            if obj is None:
                continue
            obj = self._through_partitive(obj)
            return self._actors(state, obj) or self._named_within(state, obj, source) or \
                self._unnamed(state, obj, source)
        return []

    def _struck_in(self, state: DocState, slots: list[Token], entry: Entry) -> list[Actor]:
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
        for tok in slots:
            found = self._named_within(state, tok, source)
            if found:
                return found
        if entry.cameo[:2] in OPEN_TARGET_NOT:
            return []
        for tok in slots:
            found = self._unlisted(state, tok)
            if found:
                return found
        return []

    def _named_within(self, state: DocState, tok: Token, other: Actor | None) -> list[Actor]:
        """The first actor mention in a noun phrase's own words (its modifiers, and what
        'of', 'by', 'into', 'against' and 'in' attach: not its clauses), other than ``other``."""
        words, todo = [], [(tok, 0)]
        while todo:
            t, depth = todo.pop()
            words.append(t)
            if depth < 4:
                todo.extend((c, depth + 1) for c in t.children if c.dep_ in WITHIN or
                            (c.dep_ == "prep" and c.lower_ in WITHIN_PREPS))
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

    @staticmethod
    def _is_state(actor: Actor) -> bool:
        """A state or its forces and leaders, not its police or its people."""
        return actor.country is not None and actor.kind in ("country", "person", "institution") and \
            actor.sector in (None, "GOV", "MIL")

    def _unnamed(self, state: DocState, tok: Token, other: Actor | None, victims: bool = False,
                 person: bool = False) -> list[Actor]:
        """People the text ties to no country ('Police have arrested a man', 'freed two
        soldiers', 'killed 50 militiamen in a Baghdad suburb') are of the place the act
        happens in, else of the story's dateline, else of the other side (an act with one
        country named is a domestic one), else of the country the story is about. Where
        nothing gives one, the actor keeps its sector with an unknown country ('Gunmen
        abducted a contractor': ``---INS``, docs/format.md): the act is not dropped."""
        if tok.pos_ not in ("NOUN", "NUM", "PROPN"):
            return []
        words = self._np_words(tok)
        if any(w.role == "modifier" and w.lower in MANY_COUNTRIES for w in words):
            return []  # 'world leaders', 'foreign diplomats': of many countries, of no one's in particular
        sector = self.resolver.sector_of(words) or self._kind_of_group(tok)
        # the victims of violence may be counted with no word for who they are ('injures six GIs')
        counted = victims and any(c.dep_ == "nummod" for c in tok.children)
        # whoever is arrested, deported or abducted is a person ('arrested the alleged ringleader')
        someone = person and tok.pos_ == "NOUN"
        if sector is None and not is_quantity(tok) and not counted and not someone:
            return []
        country = self._setting(state, tok, sentence=other is None)
        if country is None and other is not None:
            # 'Israel kills 5 in strike at Hamas activist': the group the sentence names beside
            # the doer; with none, the doer's own country (a domestic act)
            # the story's setting, where its places name one country most ('anti-communist forces
            # trained by the United States' in a story set in Afghanistan)
            lo, hi = self._offset + tok.sent.start_char, self._offset + tok.sent.end_char
            country = next((m.country for m in state.mentions if lo <= m.start < hi and m.country
                            and m.kind == "organization" and m.country != other.country), None) or \
                dominant_country(state, least=2) or other.country
        if country is None:
            country = self._story_country(state, tok)
        first, last = _past_wire_dash(tok), tok
        start = self._offset + first.idx
        text = self._text[start:self._offset + last.idx + len(last.text)]
        if country is None:
            return [unknown_country(text, start, sector or "CVL")]
        return [self.resolver.of_country(country, text, start, sector or "CVL")]

    def _kind_of_group(self, tok: Token) -> str | None:
        """'a militant organisation', 'an armed group', 'a rebel movement': a group's sector is
        what its modifier says it is."""
        if tok.lemma_.lower() not in GROUP_HEADS:
            return None
        for c in tok.children:
            if c.dep_ in ("amod", "compound") and c.i < tok.i:
                at = self._offset + c.idx
                sector = self.resolver.sector_of([Word(self._text[at:at + len(c.text)], c.lower_, at,
                                                       at + len(c.text), "head")])
                if sector is not None:
                    return sector
        return None

    def _hosts(self, state: DocState, verb: Token, source: Actor) -> list[Actor]:
        """Who a meeting or an accord abroad is with when the text names no one: the country
        it happened in ('Chirac, in Beijing, signs accords', 'chairs a meeting in Ethiopia')."""
        assert state.when_where is not None
        place = state.when_where.place_of(verb)
        if place is None or not place.country or not source.country or place.country == source.country or \
                not (PLACE_PREPOSITION.search(state.doc.text, max(0, place.start - 12), place.start) or
                     TRAVEL_TO.search(state.doc.text, max(0, place.start - 12), place.start)):
            return []
        return self._country_named(state, place.country, place)

    def _of_setting(self, state: DocState, verb: Token) -> list[Actor]:
        """The country of the place an act happened in (its clause's, the sentence's one
        country, the dateline's, else the story's), standing for whoever did it there."""
        assert state.when_where is not None
        place = state.when_where.place_of(verb)
        country = place.country if place is not None and place.country else \
            self._setting(state, verb) or self._story_country(state, verb)
        lo, hi = self._offset + verb.sent.start_char, self._offset + verb.sent.end_char
        return self._country_named(state, country, place, (lo, hi))

    def _country_named(self, state: DocState, country: str | None, place: Place | None = None,
                       sentence: tuple[int, int] | None = None) -> list[Actor]:
        """``country`` as an actor, told by the words that give it: the place, the dateline
        or the story's first mention of it; one in the act's ``sentence`` first ('BEIJING -
        Beijing accused a Chinese-American arrested for spying': the sentence's Beijing)."""
        if country is None:
            return []
        named = [place] if place is not None and place.country == country else []
        dateline = state.doc.dateline
        named += [dateline] if dateline is not None and dateline.country == country else []
        named += [m for m in state.mentions if m.country == country]
        if not named:
            return []
        if sentence is not None:
            named.sort(key=lambda n: not sentence[0] <= n.start < sentence[1])
        return [self.resolver.of_country(country, named[0].text, named[0].start, None)]

    def _story_country(self, state: DocState, tok: Token, other: str | None = None) -> str | None:
        """The country the story is about: the one its places name most, else the one its
        other sentences name most ('Iraq: 26 killed' over 'Suicide bombers killed ...'; the
        sentence's own mentions are the act's sides, not its setting); not ``other`` (the
        act's other side: 'WASHINGTON - ... the U.S.-led invasion' of Iraq)."""
        country = dominant_country(state, other)
        if country is not None:
            return country
        lo, hi = self._offset + tok.sent.start_char, self._offset + tok.sent.end_char
        counts = Counter(m.country for m in state.mentions
                         if m.country and m.country != other and m.kind in STORY_KINDS and not lo <= m.start < hi)
        top = counts.most_common(2)
        if not top or (len(top) > 1 and top[0][1] == top[1][1]):
            return None
        return top[0][0]

    def _setting(self, state: DocState, tok: Token, sentence: bool = True) -> str | None:
        """The country an act happens in: its clause's place, else (for a doer, with
        ``sentence``) the one country the sentence's places are in ('Protesters stormed the
        embassy in Cairo'), else the dateline's. A target looks to the doer's side before
        the sentence ('Britain charged eight terror suspects ... alert in US' are British)."""
        assert state.when_where is not None
        place = state.when_where.place_of(tok)
        if place is not None and place.country and not reference_place(state.doc.text, place):
            return place.country
        lo, hi = self._offset + tok.sent.start_char, self._offset + tok.sent.end_char
        countries = {p.country for p in settings(state) if lo <= p.start < hi}
        if sentence and len(countries) == 1:
            return countries.pop()
        dateline = state.doc.dateline
        return dateline.country if dateline is not None else None

    def _by_path(self, verb: Token, obj: Token | None, spec: str) -> Token | None:
        if spec == "dobj":
            return obj
        if spec in ("iobj", "dative"):
            return next((c for c in verb.children if c.dep_ in ("iobj", "dative") and c.pos_ != "ADP"), None)
        if spec == "ccomp>nsubj":  # 'demanded that the prime minister resign': the one told to act
            # a clause in the subjunctive ('that he resign'), not a statement ('insists that Taiwan is')
            x = next((c for c in verb.children if c.dep_ == "ccomp" and c.tag_ not in ("VBZ", "VBD", "VBP")), None)
            return next((c for c in x.children if c.dep_ in ("nsubj", "nsubjpass")), None) if x is not None else None
        if spec.startswith("within>prep:"):
            # 'gave 352 million euros to promote development in Ethiopia', 'aid for those affected in
            # Yemen': where in the act's own words (not its doer's) the one it is for is
            word, doer = spec[12:], self._subject(verb, False)
            skip = {t.i for t in doer.subtree} if doer is not None and doer.i != verb.i else set()
            return next((g for t in verb.subtree if t.i not in skip and t.dep_ == "prep" and t.lower_ == word
                         for g in t.children if g.dep_ == "pobj"), None)
        if spec == "xcomp>dobj":
            x = next((c for c in verb.children if c.dep_ == "xcomp"), None)
            return next((c for c in x.children if c.dep_ == "dobj"), None) if x is not None else None
        holders = [verb, obj] if not spec.startswith("dobj>") else [obj]
        if spec.startswith("dobj>") and obj is not None:
            # '500 million euros in aid to Sudan', 'a package of aid to': the object's measure
            holders += [g for c in obj.children if c.dep_ == "prep" and c.lower_ in ("in", "of", "to", "from")
                        for g in c.children if g.dep_ == "pobj"]
        spec = spec.removeprefix("dobj>")
        for holder in holders:
            if holder is None:
                continue
            if spec.startswith("prep:"):
                word = spec[5:]
                for c in holder.children:
                    if c.dep_ in ("prep", "dative", "agent") and c.lower_ == word:
                        pobj = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
                        if pobj is not None:
                            return self._through_partitive(pobj)
            elif spec in ("poss", "compound", "amod"):
                for c in holder.children:
                    if c.dep_ == spec:
                        return c
        return None

    def _actors(self, state: DocState, tok: Token) -> list[Actor]:
        """The actor(s) a noun phrase names; coordinated phrases give one each."""
        if tok.pos_ == "PRON" and tok.lower_ not in RELATIVE:
            at = self._offset + tok.idx
            quote = quotes.containing(state.doc.quotes, at)
            actor = self.resolver.pronoun(state.doc.text, state.mentions, tok.text, at,
                                          quote.speaker if quote is not None else None)
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
            actor = self.resolver.resolve(self._np_words(h), state.mentions)
            if actor is not None:
                actor.text = state.doc.text[actor.start:actor.end]  # exactly as printed
                found.append(actor)
        return found

    def _shared_head(self, state: DocState, head: Token) -> list[Actor]:
        """'US and Iraqi forces', 'Chinese and Taiwanese leaders': coordinated modifiers of one
        head name one actor each, with the head's sector; none when fewer than two differ."""
        if head.pos_ not in ("NOUN", "PROPN"):
            return []
        mod = next((c for c in head.children if c.i < head.i and c.dep_ in ("amod", "nmod", "compound")
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
        for c in head.children:
            if c.dep_ in NP_LEFT and c.i < head.i:
                for t in c.subtree:
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


def unknown_country(text: str, start: int, sector: str | None) -> Actor:
    """An actor the text names by its sector alone, with no country to be had: code ``---`` + sector."""
    return Actor(text=text, start=start, end=start + len(text), country=None, sector=sector,
                 code=UNKNOWN_COUNTRY + (sector or ""), kind="sector-only")


def dominant_country(state: DocState, other: str | None = None, least: int = 1) -> str | None:
    """The country the story is set in: the one its places are in most often (at least
    ``least`` times), when one is named more often than any other (actor mentions do not
    count: a story about protests at the US embassy names the US most); not ``other``."""
    counts = Counter(p.country for p in settings(state) if p.country != other)
    top = counts.most_common(2)
    if not top or top[0][1] < least or (len(top) > 1 and top[0][1] == top[1][1]):
        return None
    return top[0][0]


def settings(state: DocState) -> list[Place]:
    """The places a document names as settings: with a country, and where a place is also an
    actor mention, told after a preposition of place ('in Ivory Coast'; 'the U.S. Embassy'
    names who was stormed, not where)."""
    text = state.doc.text
    # mentions by start with the furthest end so far: a place overlaps one of them when
    # one that starts before its end reaches past its start (a bisection, not a scan of all)
    actors = sorted((m.start, m.end) for m in state.mentions if m.kind != "capital")
    starts = [a for a, _ in actors]
    reach = list(accumulate((b for _, b in actors), max))

    def overlaps(p: Place) -> bool:
        k = bisect_left(starts, p.end)
        return k > 0 and reach[k - 1] > p.start

    return [p for p in state.doc.places if p.country and not reference_place(text, p) and (
        not overlaps(p) or PLACE_PREPOSITION.search(text, max(0, p.start - 12), p.start))]


def reference_place(text: str, place: Place) -> bool:
    """A place named to tell where something else is or is from, not where an act happened:
    'near the Cameroon border', 'the Ankara-based company'."""
    return bool(REFERENCE_AFTER.match(text, place.end))


def elliptic_patient(verb: Token) -> Token | None:
    """'Thirteen people were killed and another 32 wounded': a participle coordinated with a
    passive, with no auxiliary of its own, is passive too; its parsed subject is who it was done to."""
    if verb.tag_ != "VBN" or verb.dep_ != "conj" or not is_passive(verb.head) or \
            any(c.dep_ in ("aux", "auxpass", "dobj", "obj") for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def shared_patient(verb: Token, headline: bool) -> Token | None:
    """'anti-communist forces supplied and trained by the United States': a participle
    coordinated with one that modifies a noun is done to that noun as well."""
    if verb.tag_ != "VBN" or verb.dep_ != "conj" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    return reduced_passive(verb.head, headline)


def _past_wire_dash(tok: Token) -> Token:
    """The first word of a noun phrase, past a wire's lead the parser hung on it ('AFP - ')."""
    first = tok.left_edge
    for t in tok.doc[tok.left_edge.i:tok.i]:
        if t.text in WIRE_DASHES and t.whitespace_ and t.i > 0 and t.doc[t.i - 1].whitespace_:
            first = t.doc[t.i + 1]
    return first
