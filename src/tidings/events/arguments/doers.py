"""Doers: the subject of a verb through passives, relative clauses, control and
coordination; a weapon or an attack standing for its owner."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ...actors.open_world.setting import same_telling
from ...lexicon import Entry
from ...records import Actor, Place
from ..memory import DocState
from ..syntax import RELATIVE, SUBJECTS, is_passive, ordering_verb, reduced_passive
from .common import VIOLENT_ROOTS, Finder
from .phrases import WIRE_DASHES

# Auxiliaries the parser may leave as a verb of their own, cut off from their participle.
AUXILIARIES = {"have", "be", "will", "would", "can", "could", "may", "might", "should", "must"}
# Acts of sending people out of a country (CAMEO 161 expel diplomats, 166 expel an
# organization or its workers, 174 deport): told in the passive, the country they are sent
# out of did it ('were expelled from North Korea').
EXPULSIONS = ("161", "166", "174")
# Adjectives that say their subject did the act their 'of' names: 'guilty of violating the truce'.
GUILTY = {"guilty", "culpable"}


class Doers(Finder):
    """Who did an act (a mixin of ``EventCoder``)."""

    def _sources(self, state: DocState, verb: Token, passive: bool, entry: Entry | None = None) -> list[Actor]:
        violent = entry is not None and entry.cameo[:2] in VIOLENT_ROOTS
        fired = violent or (entry is not None and entry.cameo[:2] == "15")  # 'missiles fired from'
        orderer = ordering_verb(verb) if passive else None
        if orderer is not None:
            return self._sources(state, orderer, is_passive(orderer))  # 'the judge ordered them jailed'
        subj = self._subject(verb, passive)
        if subj is None and fired:
            # '1,456 rockets were fired from Gaza into Israel': whoever holds the place it came from
            subj_place = self._launched_from(state, verb)
            if subj_place:
                return subj_place
        if subj is None:
            # 'Three Palestinians were killed': the doer of the violence the story told before
            if passive and violent and not self._in_told_act(verb):
                # ('Six Israelis were killed during the fighting': not by Israel's side)
                victims = {a.country for c in verb.children if c.dep_ == "nsubjpass" for a in self._actors(state, c)}
                frame = next((f for f in reversed(state.memory) if f.cameo[:2] in VIOLENT_ROOTS and f.source
                              and f.source.country not in victims), None)
                if frame is not None and frame.source is not None and not self._elsewhere(state, verb, frame.place) \
                        and same_telling(state.doc.captions, frame.source.start, self._offset + verb.idx):
                    return [frame.source]  # (a photo caption's act is no other caption's, nor the story's)
            if passive and entry is not None and (entry.cameo[:2] == "08" or entry.cameo[:3] in ("173", "181")):
                # 'Chinese engineers kidnapped in Pakistan', 'Ten Turkish hostages freed in Iraq',
                # 'a US citizen was arrested for spying': done by someone of the place it happened in
                return self._of_setting(state, verb)
            if passive and entry is not None and entry.cameo[:3] in EXPULSIONS:
                # 'Two inspectors have been expelled from North Korea', 'was deported from the US':
                # whoever holds the country one is sent out of sent them out
                expeller = self._launched_from(state, verb)
                if expeller:
                    return expeller
            if passive and entry is not None and (entry.cameo[:2] == "15" or entry.cameo[:3] == "074"):
                # 'a US fighter squadron will be deployed in South Korea', 'The Ecowas peacekeepers
                # are being deployed': forces are deployed by their own side
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
            # ('Rockets fired by Hezbollah guerrillas hit northern Israel', the participle parsed as the verb)
            return self._by_instrument(state, subj) or self._agent_of(state, verb) or self._launched_from(state, verb)
        found = self._office_of(state, subj) or self._actors(state, subj) or self._own_country(state, subj) or \
            self._appositive(state, subj) or \
            self._unnamed(state, subj, None) or \
            next((f for c in subj.conjuncts if c.i > subj.i and (f := self._unnamed(state, c, None))), [])
        if found and found[0].country is None and found[0].kind == "sector-only":
            found = self._where_told(state, subj, found)
        if found and not passive:
            found = found + self._split_conjunct(state, verb, subj, found)
        if not found and not violent:
            found = self._meeting_sides(state, subj)  # 'The summit between the EU and China failed to ...'
        if not found and violent:
            # 'Rockets fired from southern Lebanon hit ...' (the weapon parsed as the subject)
            found = self._by_instrument(state, subj) or self._launched_from(state, verb)
        if not found and subj.pos_ == "PRON" and subj.head.dep_ == "ccomp" and subj.head.head.pos_ == "VERB":
            # 'Authorities said they arrested ...', 'a militant leader said he refused to meet
            # ...' (the pronoun the subject of the verb that controls this one): who said it
            reporter = next((c for c in subj.head.head.children if c.dep_ in SUBJECTS), None)
            if reporter is not None and reporter.pos_ in ("NOUN", "PROPN"):
                # 'Clinton has said he will not lift the embargo', 'Action Against Hunger says it is providing'
                found = self._actors(state, reporter) or self._unnamed(state, reporter, None) or \
                    self._unlisted(state, reporter) or (self._named_body(state, reporter) if not violent else [])
        if not found and subj.pos_ == "PRON" and subj.lower_ in ("they", "he", "she") and subj.head.dep_ == "relcl":
            # 'gunmen pose with a Turkish hostage, who they threatened to behead': the pronoun in
            # a clause on the object is the subject of the clause the object is in
            found = self._told_subject(state, subj.head.head, subj)
        if not found and not violent:
            # ('Jurisdiction for Peace ordered an inquiry': a name no table knows; the doer of an
            # attack needs a name the NER finds)
            found = self._unlisted(state, subj) or self._named_body(state, subj)
        return found or self._unlisted(state, subj)

    def _split_conjunct(self, state: DocState, verb: Token, subj: Token, found: list[Actor]) -> list[Actor]:
        """'Putin, left, and Medvedev attended a cabinet meeting' (a caption's 'left' between
        them): a second subject the parser hangs on the verb after an 'and' on the first is
        its conjunct, a doer too."""
        second = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > subj.i and c.i < verb.i), None)
        between = subj.doc[subj.i + 1:second.left_edge.i] if second is not None else ()
        if second is None or not any(t.dep_ == "cc" and t.lower_ == "and" for t in between):
            return []
        return [a for a in self._actors(state, second) if not any(a.start == f.start for f in found)]

    def _meeting_sides(self, state: DocState, subj: Token) -> list[Actor]:
        """'The summit between the EU and China failed to reach agreement', 'talks between the
        two Koreas broke down': a meeting as the subject stands for the sides it is between."""
        between = next((c for c in subj.children if c.dep_ == "prep" and c.lower_ == "between"), None)
        if between is None or subj.pos_ != "NOUN" or not {subj.lower_, subj.lemma_.lower()} & self.mods.meetings:
            return []
        return [a for g in between.children if g.dep_ == "pobj" for a in self._actors(state, g)]

    def _told_subject(self, state: DocState, noun: Token, pronoun: Token) -> list[Actor]:
        """The subject of the clause ``noun`` is in, when ``pronoun`` can stand for it ('they'
        for people, 'he' or 'she' for one person)."""
        clause = noun.head
        while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
            clause = clause.head
        subj = next((c for c in clause.children if c.dep_ == "nsubj"), None) if clause.pos_ in ("VERB", "AUX") else None
        if subj is None or subj.pos_ not in ("NOUN", "PROPN") or \
                (pronoun.lower_ == "they") != (subj.tag_ in ("NNS", "NNPS") or bool(subj.conjuncts)):
            return []
        return self._actors(state, subj) or self._unnamed(state, subj, None)

    def _where_told(self, state: DocState, subj: Token, found: list[Actor]) -> list[Actor]:
        """'in Pakistan, where political leaders have condemned the strikes': people the text
        ties to no country, told in a clause of a place ('where'), are of that place."""
        clause = subj.head
        if clause.dep_ != "relcl" or not any(c.lower_ == "where" for c in clause.children):
            return found
        at = self._offset + clause.head.idx
        place = next((p for p in state.doc.places if p.start <= at < p.end and p.country), None)
        if place is None:
            return found
        return [self.resolver.of_country(place.country, a.text, a.start, a.sector) for a in found]

    def _own_country(self, state: DocState, subj: Token) -> list[Actor]:
        """'Putin said his country will not lift the ban': the country of whoever 'his' or
        'their' stands for."""
        if subj.lemma_.lower() not in ("country", "nation"):
            return []
        poss = next((c for c in subj.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
        owner = next(iter(self._actors(state, poss)), None) if poss is not None else None
        if owner is None or not owner.country:
            return []
        start = self._offset + poss.idx
        return [self.resolver.of_country(owner.country, self._text[start:self._offset + subj.idx + len(subj.text)],
                                         start, None)]

    def _two_sides(self, verb: Token, passive: bool, found: list[Actor]) -> list[Actor]:
        """'Sunni and Shiite gunmen clashed': coordinated modifiers of one head are the two
        sides of a reciprocal act (each with the other) even where the tables give both one
        code; each keeps its own words ('Sunni', 'Shiite gunmen')."""
        subj = self._subject(verb, passive) if len(found) == 1 else None
        if subj is None:
            return found
        mod = next((c for c in subj.children if c.i < subj.i and c.dep_ in ("amod", "nmod", "compound")
                    and any(g.dep_ == "conj" for g in c.children)), None)
        members = [mod, *mod.conjuncts] if mod is not None else []
        if len({m.lower_ for m in members}) < 2:
            return found
        sides = []
        for k, m in enumerate(members):
            start = self._offset + m.idx
            last = subj if k == len(members) - 1 else m
            end = self._offset + last.idx + len(last.text)
            sides.append(replace(found[0], text=self._text[start:end], start=start, end=end))
        return sides

    def _elsewhere(self, state: DocState, verb: Token, told: Place | None) -> bool:
        """'protesters assaulted the embassy compound in Cairo or anyone was killed in Libya': a
        passive act placed in another country than the act told before is not that act's doing."""
        assert state.when_where is not None
        place = state.when_where.place_of(verb)
        return place is not None and told is not None and bool(place.country) and bool(told.country) and \
            place.country != told.country

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
        for c in tok.children:
            # 'The missiles fired by the Israeli military struck ...', 'a bomb planted by
            # militants': whoever the participle's agent names fired or planted it
            found = self._agent_of(state, c) if c.dep_ == "acl" and c.tag_ == "VBN" else []
            if found:
                return found
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

    def _agent_of(self, state: DocState, verb: Token) -> list[Actor]:
        """Who the 'by' of a participle names: 'fired by the Israeli military'."""
        agent = next((g for a in verb.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"), None)
        if agent is None:
            return []
        return self._actors(state, agent) or self._unnamed(state, agent, None) or self._unlisted(state, agent)

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
        subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
        subj = subjects[0] if subjects else None
        if len(subjects) > 1 and _dateline_subject(subjects[0]):
            subj = subjects[1]  # 'WASHINGTON (AP) - President Donald Trump granted', 'Cebu City--Police have started'
        if subj is not None:
            if subj.lower_ in RELATIVE and verb.dep_ == "relcl":
                return verb.head
            return subj
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        if agent is not None:  # 'forces supplied and trained by the United States': a participle's agent
            return next((c for c in agent.children if c.dep_ == "pobj"), None)
        if depth > 3:
            return None
        stranded = _stranded_auxiliary(verb)
        if stranded is not None:
            return stranded
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
                         and t.head.pos_ not in ("VERB", "AUX")), None) or _fronted_name(verb) or _opening_acronym(verb)
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
        if verb.dep_ == "acl" and verb.tag_ == "VBD" and head.dep_ == "ROOT" and head.pos_ in ("NOUN", "PROPN") and \
                head.i < verb.i:
            # 'A delegation of the Muslim League here on Thursday called on ...': a finite verb
            # the parser hung on the noun it made the root is that noun's act
            return head
        if verb.dep_ == "conj" and head.dep_ == "ROOT" and head.pos_ in ("NOUN", "PROPN") and head.i < verb.i:
            # 'Israeli soldiers on Saturday shot and killed', parsed with the noun as the root and
            # the verb its conjunct: the noun is who did it
            return head
        if verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBZ", "VBP"):
            # 'Israeli jets struck Gaza on Sunday and Hamas fired rockets': the parser may hang the
            # second clause's subject on the first's last noun; told right before the verb, after
            # 'and', it is this clause's own
            before = verb.doc[verb.i - 1] if verb.i > verb.sent.start else None
            if before is not None and before.pos_ in ("NOUN", "PROPN") and before.head.i != verb.i and \
                    before.dep_ in ("conj", "pobj", "dobj") and before.left_edge.i > verb.sent.start and \
                    verb.doc[before.left_edge.i - 1].lower_ in ("and", "but", "while"):
                return before
        if verb.dep_ == "conj" and head.pos_ == "VERB" and is_passive(head) and not any(
                c.dep_ == "agent" for c in head.children):
            # 'A delegation was delayed but still intended to visit Najaf': who it was done to
            # did the active act beside it
            patient = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
            if patient is not None:
                return patient
        if verb.tag_ == "VBG" and _listed_after_colon(verb):
            return None  # 'Hamas has gotten what it wanted: "opening border crossings, ending ..."'
        if verb.dep_ in ("conj", "advcl", "xcomp", "ccomp", "pcomp") and head.pos_ in ("VERB", "AUX"):
            return self._subject(head, is_passive(head), depth + 1)
        if verb.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN"):
            poss = next((c for c in head.children if c.dep_ == "poss"), None)  # "Trump's decision to expel"
            if poss is not None and poss.pos_ == "PRON" and head.dep_ in ("dobj", "obj") and \
                    head.head.lemma_.lower() in self.mods.own_stance:
                # 'The Nigerian Air Force reiterated its commitment to support the police', 'Iran
                # announced its decision to resume talks': one restating a stance restates its own
                own = self._subject(head.head, is_passive(head.head), depth + 1)
                if own is not None and own.pos_ in ("NOUN", "PROPN"):
                    return own
            if poss is not None:
                return poss
            if head.dep_ in ("dobj", "pobj") and head.head.pos_ == "VERB" and not self._reacts_to(head.head, head):
                # ('The senators backed the proposal to compel Iran': the proposal's act, not theirs)
                return self._subject(head.head, is_passive(head.head), depth + 1)
            if head.dep_ == "pobj" and head.head.lower_ in ("in", "as") and head.head.head.pos_ == "VERB" and \
                    any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
                # 'attackers set off a bomb in a failed effort to kill Karzai's running mate', 'sent
                # CIA teams into Libya in a rush to investigate the rebels': the clause's doer aims it
                aim = head.head.head
                return self._subject(aim, is_passive(aim), depth + 1)
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
                if anc.pos_ == "ADP" and anc.lower_ in ("of", "for") and \
                        anc.head.lemma_.lower() in self.mods.accusation and anc.head.pos_ == "VERB":
                    # 'accused North Korea of miscalculation by refusing to resume talks'
                    accused = next((c for c in anc.head.children if c.dep_ in ("dobj", "obj")), None)
                    if accused is not None:
                        return accused
                if anc.lower_ in GUILTY and anc.head.pos_ in ("AUX", "VERB"):
                    # 'the rebels were guilty of violating the ceasefire', 'a court found the two
                    # men guilty of killing a journalist': who is guilty did it, not who found so
                    own = next((c for c in anc.children if c.dep_ in ("nsubj", "nsubjpass")), None) or \
                        next((c for c in anc.head.children if c.dep_ in ("dobj", "obj", "nsubjpass") and c.i < anc.i), None)
                    return own if own is not None else self._subject(anc.head, is_passive(anc.head), depth + 1)
                if anc.head.i == anc.i:
                    break
                anc = anc.head
        return None

    @staticmethod
    def _is_state(actor: Actor) -> bool:
        """A state or its forces and leaders, not its police or its people."""
        return actor.country is not None and actor.kind in ("country", "person", "institution") and \
            actor.sector in (None, "GOV", "MIL")



def _fronted_name(verb: Token) -> Token | None:
    """'On a visit to Zimbabwe, South African President Cyril Ramaphosa voiced ...', 'In
    cooperation with partners, USAID provided ...': after an opening phrase set off by a
    comma, the name right before a root with no subject is its subject, whatever the parser
    hung it on (a conjunct of 'Zimbabwe', an adverb)."""
    before = verb.doc[verb.i - 1] if verb.i > verb.sent.start else None
    if before is None or before.head.i == verb.i and before.dep_ in SUBJECTS:
        return None
    if not (before.pos_ == "PROPN" or (before.text.isupper() and len(before.text) > 1 and before.is_alpha)):
        return None
    first = min((t.i for t in before.subtree), default=before.i)
    while first < before.i and verb.doc[first].dep_ in ("cc", "punct"):
        first += 1  # (a conjunct's subtree starts after its 'and' or comma)
    return before if first > verb.sent.start and verb.doc[first - 1].text == "," and \
        any(t.i < first and t.dep_ == "prep" for t in verb.doc[verb.sent.start:first]) else None


def _opening_acronym(verb: Token) -> Token | None:
    """'USAID had announced a suspension of aid', 'UNICEF has delivered vaccines': an acronym
    opening the sentence, tagged as an adverb or a modifier of a root with no subject, right
    before its auxiliaries, is its subject."""
    first = verb.doc[verb.sent.start]
    if not (first.is_upper and first.is_alpha and len(first.text) > 1) or first.head.i != verb.i or \
            first.dep_ not in ("advmod", "npadvmod", "dep", "nmod", "compound", "intj"):
        return None
    between = verb.doc[first.i + 1:verb.i]
    return first if all(t.dep_ in ("aux", "neg", "advmod") and t.head.i == verb.i for t in between) else None


def _dateline_subject(subj: Token) -> bool:
    """A wire's dateline parsed as a verb's first subject beside its real one: a place in
    capitals ('WASHINGTON (AP)') or a phrase a dash ends ('Cebu City--Police')."""
    after = subj.doc[subj.right_edge.i + 1] if subj.right_edge.i + 1 < len(subj.doc) else None
    dashed = subj.right_edge.text in WIRE_DASHES or (after is not None and after.text in WIRE_DASHES)
    return subj.left_edge.i == subj.sent.start and (dashed or (subj.text.isupper() and len(subj.text) > 3))


def _stranded_auxiliary(verb: Token) -> Token | None:
    """'in Pakistan where political leaders have almost universally -- at least in public --
    condemned the strikes': a participle with no subject, told after an auxiliary the parser
    made a verb of its own with the subject and nothing else ('have' <- 'leaders'), is that
    auxiliary's: its subject is the participle's doer, not the subject of the clause the
    participle was hung on ('Hadi said')."""
    if verb.tag_ not in ("VBN", "VBD", "VB") or verb.dep_ not in ("ccomp", "conj", "advcl", "dep"):
        return None
    for t in reversed(verb.doc[max(verb.sent.start, verb.i - 10):verb.i]):
        if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in AUXILIARIES and t.head.i != verb.i and \
                (verb.tag_ != "VBD" or t.lemma_.lower() in ("have", "be")):  # ('have condemned' tagged a past)
            subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            bare = not any(c.dep_ in ("dobj", "obj", "attr", "acomp", "xcomp", "ccomp", "prep", "oprd", "dative")
                           for c in t.children)
            return subj if subj is not None and bare and subj.i < t.i else None
        if t.pos_ in ("VERB", "AUX", "NOUN", "PROPN", "PRON") and t.dep_ not in ("pobj",):
            return None  # something of a clause between: no auxiliary left stranded
    return None


def _listed_after_colon(verb: Token) -> bool:
    """A gerund of a list set off by a colon ('what it wanted: "providing ..., opening border
    crossings"'): things named, not the acts of the clause it hangs on."""
    top = verb
    while top.dep_ == "conj" and top.head.tag_ == "VBG" and top.head.i < top.i:
        top = top.head
    if top.dep_ not in ("advcl", "appos", "dep", "conj") or top.head.i > top.i:
        return False
    return any(t.text == ":" for t in top.doc[top.head.i + 1:top.i])


def elliptic_patient(verb: Token) -> Token | None:
    """'Thirteen people were killed and another 32 wounded', 'Innocent people have been killed
    or injured': a participle coordinated with a passive, with no auxiliary of its own, is
    passive too; who it was done to is its own parsed subject, else the first one's (never the
    doer of the second: the victims injured did not injure anyone)."""
    if verb.tag_ != "VBN" or verb.dep_ != "conj" or not is_passive(verb.head) or \
            any(c.dep_ in ("aux", "auxpass", "dobj", "obj") for c in verb.children):
        return None
    own = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if own is not None or any(c.dep_ in ("xcomp", "ccomp", "agent") for c in verb.children):
        return own  # ('was delayed but still intended to visit Najaf': an act of its own)
    return next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)


def shared_patient(verb: Token, headline: bool) -> Token | None:
    """'anti-communist forces supplied and trained by the United States': a participle
    coordinated with one that modifies a noun is done to that noun as well."""
    if verb.tag_ != "VBN" or verb.dep_ != "conj" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    return reduced_passive(verb.head, headline)


