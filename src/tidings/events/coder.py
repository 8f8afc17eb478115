"""The event coder: composes lexicon matching, argument finding, nominal events and the
discourse memory into events, one per source-target pair."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from dataclasses import replace

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ..actors import ActorResolver
from ..attach import SentenceMentions, governing_verb, tense
from ..codebook import Codebook
from ..lexicon import Entry, Lexicon
from ..records import Actor, Document, Event, Place, Quantity, Span, TimeValue
from ..status import StatusReader
from .background import is_background, told_in_passing, when_clause_head
from .arguments import (REFLEXIVE, UNKNOWN_COUNTRY, VIOLENT_ROOTS, Arguments, elliptic_patient, settings,
                        shared_patient)
from . import candidates, lend
from .chunks import Chunk
from .demands import Demands
from .match import Matcher
from .memory import DocState, Frame, Memory, names_doer, retold_act
from .nominal import Nominal
from .syntax import (PRESSING_ON, SUBJECTS, SUPPORT_VERBS, is_passive, ordered_participle, reduced_passive,
                     refusing_negation, reported_will, same_actor)


# PLOVER types of cooperation: told as still to come, they are AGREE.
COOPERATION = {"CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"}
# PLOVER types of material conflict that, announced as still to come ('will extend the curfew',
# 'will withdraw its peacekeepers unless'), are the warning PLOVER codes THREATEN
COERCION = {"SANCTION", "COERCE", "ASSAULT", "PROTEST"}
# Prepositions of what an act is about, not whom it is done with or to.
TOPICS = {"on", "about", "over", "regarding", "concerning"}
# CAMEO roots whose acts need no recipient: statements, appeals, intents (to do something),
# investigations ('opened an investigation into the business dealings'), demands (of an act:
# 'demanded the release of a lawyer'), accusations, refusals.
NO_RECIPIENT_ROOTS = {"01", "02", "03", "09", "10", "11", "12"}
# The dependencies of a verb that tells an act of its own clause: a sentence's verb, a reported
# or joined one, an infinitive of another verb ('will begin handing weapons over')
CLAUSE_VERB = {"ROOT", "conj", "ccomp", "xcomp", "advcl", "parataxis"}
# CAMEO roots of what two sides settle between them (intents, cooperation, yielding: a truce):
# two parts of one state told as the two sides ('South Ossetian and Georgian officials agreed on
# a ceasefire') do it with each other
AGREEMENTS = {"03", "05", "06", "08"}
# CAMEO codes of holding or freeing someone (arrest, detain; release persons), and the sectors of
# the political actors a state holds or frees at home when no other place is told
HELD_OR_FREED = ("173", "0841")
POLITICAL_SECTORS = {"OPP", "REL", "REB", "INS", "GOV", "LEG", "JUD"}
# Acts both sides do with each other, one event each way (docs/annotation.md, item 4): negotiate
# (046), sign a formal agreement (057), cooperate economically (061).
MUTUAL = {"046", "057", "061"}


class EventCoder(Matcher, Arguments, Nominal, Demands, Memory):
    """Codes events in parsed sentences with a lexicon, a code book and an actor resolver."""

    def __init__(self, lexicon: Lexicon, codebook: Codebook, resolver: ActorResolver,
                 status: StatusReader | None = None) -> None:
        self.lexicon = lexicon
        self.codebook = codebook
        self.resolver = resolver
        self.status = status or StatusReader()
        self.mods = lexicon.modifiers
        # the event nouns that name an act, not its doers ('the bombing' may be an act told
        # before; 'the kidnappers' are people)
        self._act_nouns = {w for w, es in lexicon.by_noun.items() if not all("self" in e.source for e in es)}
        self._offset = 0
        self._text = ""  # the document's text: records print its words, not the parser's
        self._parsed_text = ""  # the text of the chunk being coded, as parsed
        self._marks: list[int] = []  # its words' candidates.marks
        self._lemmas: dict[int, frozenset[str]] = {}  # the lemmas of each coded act's trigger and object, by offset
        self._pending: list[tuple] = []  # headline acts short of a side, waiting for the lead to tell it
        self._before: tuple[int, int] = (0, 0)  # the span of the sentence before the one being coded

    # --- entry point ----------------------------------------------------------------

    def code(self, doc: Document, parsed: list[tuple[Chunk, SpacySpan]]) -> list[Event]:
        """Events of one document from its parsed chunks (in text order)."""
        state = DocState(doc, doc.actors)
        self._text = doc.text
        self._lemmas, self._pending, self._before = {}, [], (0, 0)
        for chunk, sdoc in parsed:
            self._offset = chunk.start  # token offsets are relative to the chunk
            # the text spaCy parsed (its tokenizer keeps every character): a sentence's words are
            # sliced from it, not joined anew from its tokens as ``Span.text`` does
            self._parsed_text = chunk.text
            self._marks = candidates.marks(sdoc, self.lexicon)  # the words the sentence loops look at
            for sent in sdoc.sents:
                self._code_sentence(state, chunk, sent)
                self._before = (chunk.start + sent.start_char, chunk.start + sent.end_char)
        self._code_pending(state)
        return list(state.events.values())

    def _code_sentence(self, state: DocState, chunk: Chunk, sent: SpacySpan) -> None:
        # Verbs are matched first so that a noun a verb pattern uses ('imposed sanctions')
        # is not coded again; events are then coded in text order, so the discourse memory
        # sees 'a suicide bombing' before 'claimed responsibility for the bombing'.
        if not state.first_telling(self._parsed_text[sent.start_char:sent.end_char]):
            return
        state.when_where = SentenceMentions(sent, chunk.start, state.doc.timexes, state.doc.places, self._is_event_noun)
        plans: dict[int, tuple[Entry, Token | None, bool]] = {}
        consumed: set[int] = set()
        headline = chunk.start == 0 and sent.start == 0 and "\n\n" in state.doc.text
        for tok in candidates.marked(sent, self._marks, candidates.VERB_TRIGGER):
            if tok.pos_ in ("VERB", "AUX") or (tok.tag_.startswith("VB") and tok.pos_ != "NOUN"):
                entries = self.lexicon.by_verb.get(tok.lemma_.lower())
                if not entries:
                    continue
                patient = reduced_passive(tok, headline) or shared_patient(tok, headline)
                entry = None
                if patient is not None:
                    # 'Charity chief kidnapped in Iraq': what is done to the noun, told without 'was'
                    passive, obj = True, self._through_partitive(patient)
                    entry = self._best_entry(state, tok, obj, entries, passive=True)
                    if entry is not None and "dobj" not in entry.target and ordered_participle(tok) is None:
                        entry = None  # an act with no one done to: 'Bouteflika resigned'
                if entry is None:
                    elliptic = elliptic_patient(tok)
                    passive = is_passive(tok) or elliptic is not None
                    obj = self._through_partitive(elliptic) if elliptic is not None else self._object(tok, passive)
                    entry = self._best_entry(state, tok, obj, entries, passive=True if elliptic is not None else None)
                if entry is None:
                    continue
                below = (*tok.children, *(g for c in tok.children if c.dep_ in ("dobj", "obj") for g in c.children))
                if entry.cameo[:2] == "10" and any(ordered_participle(c) is not None
                                                   and c.lemma_.lower() in self.lexicon.by_verb for c in below):
                    continue  # 'ordered nine ex-members of the government jailed': the act ordered is the event
                if entry.cameo[:2] == "10" and tok.lemma_.lower() in SUPPORT_VERBS and \
                        not (entry.object or entry.theme) and obj is not None and self._is_event_noun(obj):
                    continue  # 'ordered an investigation': the act ordered is the event, its noun coded below
                if tok.lemma_.lower() in PRESSING_ON and any(
                        c.dep_ == "prep" and c.lower_ == "with" and any(g.dep_ == "pobj" and self._is_event_noun(g)
                                                                         for g in c.children) for c in tok.children):
                    continue  # 'pushed on with their offensive': the offensive is the act, coded as a noun
                plans[tok.i] = (entry, obj, passive)
                if entry.cameo[:2] in VIOLENT_ROOTS and not passive:
                    # 'a U.S. airstrike killed 24 soldiers': the act the noun names is the one the
                    # verb tells, coded once, by the verb, with its victims
                    consumed.update(c.i for c in tok.children if c.dep_ in SUBJECTS and self._is_event_noun(c))
                if obj is not None and entry.object:
                    consumed.update(t.i for t in obj.subtree if t.i == obj.i or t.lower_ in entry.object)
                if entry.credits:
                    credited = self._by_path(tok, obj, f"prep:{entry.credits}")
                    if credited is not None:
                        consumed.add(credited.i)
        for tok in candidates.marked(sent, self._marks, candidates.VERB_TRIGGER | candidates.CLAUSE
                                     | candidates.NOUN_TRIGGER):
            if tok.pos_ in ("VERB", "AUX") and self._code_demand(state, chunk, sent, tok,
                                                                 plans[tok.i][0] if tok.i in plans else None):
                continue  # 'Russia says Israel must end its attacks': the demand, not the attacks ended
            if tok.i in plans:
                self._code_verb(state, chunk, sent, tok, *plans[tok.i])
            elif tok.pos_ in ("NOUN", "PROPN") and tok.i not in consumed:
                entries = self.lexicon.by_noun.get(tok.lemma_.lower()) or self.lexicon.by_noun.get(tok.lower_)
                if entries:
                    self._code_noun(state, chunk, sent, tok, entries)

    def _is_event_noun(self, tok: Token) -> bool:
        if tok.pos_ not in ("NOUN", "PROPN"):
            return False
        entries = self.lexicon.by_noun.get(tok.lemma_.lower()) or self.lexicon.by_noun.get(tok.lower_)
        # 'conference' alone is no event though 'video conference' is
        return bool(entries) and self._noun_entry(tok, entries) is not None

    # --- verbs ---------------------------------------------------------------------

    def _code_verb(self, state: DocState, chunk: Chunk, sent: SpacySpan, verb: Token, entry: Entry,
                   obj: Token | None, passive: bool) -> None:
        cameo = entry.cameo
        refused: Token | None = None  # the refusing verb or negation: the act is refused, not done
        threatener: Token | None = None  # 'Iran warned that its missiles can hit Israel': the warning verb
        # 'promised to stop the raids and to ease the blockade': a conjunct with no subject of
        # its own is governed by its first conjunct's governor
        first = _first_conjunct(verb)
        governor = first.head if first.dep_ in ("xcomp", "ccomp") and first.head.i != first.i else None
        if _wished_with(verb, self.mods):
            return  # 'Hamas wants Israel to halt all attacks and lift restrictions': the second is wished too
        if governor is not None and (governor.pos_ == "VERB" or governor.lower_ in self.mods.ready):
            glemma = "agree" if governor.lower_ in self.mods.ready else governor.lemma_.lower()  # 'is willing to withdraw'
            if glemma in self.mods.intent | self.mods.wishes and glemma != "agree" and (
                    any(c.dep_ in ("dobj", "obj") for c in governor.children) or (
                        glemma in self.mods.wishes and _infinitive_with_subject(first))):
                # 'Hamas wants Israel to halt its attacks' (the one wished to act parsed as the object,
                # or as the infinitive's subject): a wish of another's act, no intent of Israel's
                return
            if glemma in self.mods.vows and int(entry.cameo[:2]) >= 13:
                cameo = entry.threat or "130"  # 'vowed to retaliate against Israel': a threat, not an attack
            elif glemma in self.mods.intent and entry.intent:
                cameo = entry.intent
            elif glemma == "agree" or (glemma in self.mods.intent and int(entry.cameo[:2]) <= 9):
                cameo = "030"  # 'agreed to instruct the World Bank': an intent to cooperate
            elif glemma in self.mods.threat:
                # 'threatened to shell Bagram': a threat of violence is one of military force (138)
                cameo = entry.threat or ("138" if entry.cameo[:2] in VIOLENT_ROOTS else "130")
                threatener = governor if verb.dep_ == "ccomp" else None
            elif glemma in self.mods.request and (
                    (verb.dep_ == "xcomp" and (is_passive(governor) or any(c.dep_ in ("dobj", "obj")
                                                                         for c in governor.children)))
                    or (any(c.dep_ in SUBJECTS for c in verb.children) and
                        any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children))):
                # 'urged Nato to withdraw', 'were urged to quit', 'asked Mr Clapper to resign' (the
                # one asked parsed as the infinitive's subject): the appeal is the event, coded on its own
                return
            elif glemma in self.mods.refuses and verb.dep_ == "xcomp" and self.mods.refusal_of(cameo):
                # 'refused to release the sailors': the refusal of that act (1243), with its target
                cameo, refused = self.mods.refusal_of(cameo), governor
            elif glemma in self.mods.refusal:
                return  # 'failed to arm the rebels': not done; a refusal is coded on its own
        if refused is None and cameo == entry.cameo and self.mods.refusal_of(cameo):
            refused = refusing_negation(verb, self.mods.refusal_aux)  # 'will not lift the embargo'
            if refused is not None:
                cameo = self.mods.refusal_of(cameo) or cameo
        if _asked_for(verb, self.mods.request, self.mods.appeal_nouns):
            return  # 'called for ending aid', 'advice to pull its personnel': asked for, not done
        aim = verb.head if verb.dep_ == "acl" and verb.head.dep_ in ("dobj", "obj") else None
        if aim is not None and aim.head.lemma_.lower() in self.mods.request | self.mods.intent | self.mods.wishes and \
                any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return  # 'Nepal seeks talks to end the blockade': the aim of what is sought has not happened
        if entry.credits:
            self._code_credited(state, chunk, sent, verb, obj, entry)
            return
        sources = self._sources(state, verb, passive, entry)
        if threatener is not None:
            # the threat is the warner's, whatever the clause names as the weapon or the doer
            sources = self._sources(state, threatener, is_passive(threatener)) or sources
        targets = self._targets(state, verb, obj, passive, entry, sources[0] if sources else None)
        if not targets and threatener is not None:
            place = self._by_path(verb, None, "within>prep:in")  # 'can hit anywhere in Israel'
            targets = (self._actors(state, place) or self._at_place(state, place, sources[0] if sources else None)) \
                if place is not None else []
        if not targets and entry.reciprocal:
            sources = self._two_sides(verb, passive, sources)  # 'Sunni and Shiite gunmen clashed'
        if not targets and cameo[:2] == "03" and not (entry.reciprocal and len(sources) > 1):
            targets = self._committed_to(state, verb)
        if not targets and cameo[:2] in ("12", "13"):
            # 'refused to meet a council of tribal elders', 'threatened to expel the envoys'
            targets = self._inner_target(state, verb, sources[0] if sources else None)
        if not targets and (cameo[:2] == "04" or cameo[:3] == "057") and sources and \
                not (entry.reciprocal and len(sources) > 1):
            targets = self._hosts(state, verb, sources[0])
        if not targets and obj is not None and obj.lower_ in REFLEXIVE and entry.target[:1] == ("dobj",):
            return  # 'the bomber killed himself': no one else was done to
        if entry.military and cameo == entry.cameo and sources and self._is_state(sources[0]):
            cameo = entry.military  # 'U.S. forces killed 50 militiamen': fighting, not a murder
        # a refusal's word is the refusing verb ('refused'), a negated cooperation's its own verb
        trigger = refused if refused is not None and refused.pos_ == "VERB" else verb
        self._emit(state, chunk, sent, entry, cameo, trigger, sources, targets, quantity=self._quantity(obj),
                   stance=refused if refused is not None else threatener)  # a threat made is asserted

    def _toll_of(self, state: DocState, chunk: Chunk, verb: Token, cameo: str, source: Actor,
                 target: Actor | None) -> bool:
        """Whether a violent verb is a participle telling the toll of an act of violence its
        clause has coded, by the same doer on the same side ('bombed the city, killing 10',
        'rammed a car into a convoy, killing four soldiers and wounding 30'): that act's own
        outcome, not another act (but 'bombing their positions and killing the nine French
        soldiers' struck another side)."""
        if target is None or cameo[:2] not in VIOLENT_ROOTS or verb.lemma_.lower() not in self.mods.toll or \
                verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "conj"):
            return False
        head = verb.head
        while head.dep_ == "conj" and head.tag_ == "VBG" and head.head.i != head.i:
            head = head.head  # ('killing four soldiers and wounding 30': the first participle's act)
        if head.pos_ != "VERB" or head.i == verb.i:
            return False
        if head.tag_ == "VBG" and head.dep_ == "advcl":
            head = head.head
        at = chunk.start + head.idx
        # (a clause that told no one struck leaves the toll to tell whom: 'flew 1,500 airstrikes,
        # killing 161 Palestinians')
        if not any(e.trigger.start == at and e.cameo.root in VIOLENT_ROOTS and e.target is not None
                   and e.source.country == source.country and e.target.country == target.country
                   for e in state.events.values()):
            return False
        # the act now tells its toll too: a headline's 'Seven killed' is the lead's attack
        self._lemmas[at] = self._lemmas.get(at, frozenset()) | {verb.lemma_.lower()}
        return True

    def _committed_to(self, state: DocState, verb: Token) -> list[Actor]:
        """Who an intent is for, from the act it commits to: 'agreed to allow access of United
        Nations aid workers' (the UN), 'agrees to end an uprising in the holy Iraqi city of
        Najaf' (a domestic act: Iraq)."""
        for c in verb.children:
            if not (c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "to")):
                continue
            # ('allow UN aid workers expanded access': the parser may make the one let in a subject);
            # not what the act is about ('agreed to speak to the committees about Libya')
            topic = {t.i for p in c.subtree if p.dep_ == "prep" and p.lower_ in TOPICS for t in p.subtree}
            for t in c.subtree:
                if t.i != c.i and t.i not in topic and t.pos_ in ("NOUN", "PROPN") and \
                        t.dep_ in ("dobj", "pobj", "dative", "compound", "nmod", "nsubj", "nsubjpass"):
                    found = self._actors(state, t)
                    if found:
                        return found
            lo, hi = self._offset + c.left_edge.idx, self._offset + c.right_edge.idx + len(c.right_edge.text)
            about = [(self._offset + t.idx, self._offset + t.idx + len(t.text)) for t in c.subtree if t.i in topic]
            place = next((p for p in state.doc.places if lo <= p.start < hi and p.country
                          and not any(a <= p.start < b for a, b in about)), None)
            if place is not None:
                return [self.resolver.of_country(place.country, place.text, place.start, None)]
        return []

    # --- output ------------------------------------------------------------------

    def _emit(self, state: DocState, chunk: Chunk, sent: SpacySpan, entry: Entry, cameo: str, trigger: Token,
              sources: list[Actor], targets: list[Actor], told: Frame | None = None,
              quantity: Quantity | None = None, each_way: bool = False, stance: Token | None = None,
              lent: Event | None = None, pend: bool = True) -> None:
        """Record the act in the memory and emit an event per source-target pair; ``told`` is
        the same act told before ('the bombing'), whose date and place it shares; ``stance``
        the word that makes the act a stance taken now, a refusal ('refused to', 'will not')
        or a demand ('must'): told as done, not negated, hypothetical or still to come.
        ``lent``: the lead's telling of a headline's act, which gave it the side it lacked
        (``lend``): one act, told where and when the lead tells it; ``pend``: a headline act
        short of a side waits for the lead (``_code_pending``)."""
        # a side the tables give no code ('met Bin Laden', a correspondent the text quotes) is
        # of an unknown country: '---' and its sector, never no code (docs/format.md)
        sources = [a if a is None else _coded(a) for a in sources]
        targets = [_coded(a) for a in targets]
        # a town visited is where the visit happened ('intended to visit Najaf'; a country
        # visited is whom the visit is to)
        date, place = self._when_where(state, trigger, [*sources, *targets] if cameo[:3] != "042" else
                                       [*sources, *(t for t in targets if not _a_town(state, t))])
        if lent is not None:
            date, place = lent.date or date, lent.location
        if cameo == "044":
            # 'will meet Merkel at a dinner in Berlin': a side's own land is no third place
            spans = [(chunk.start + c.left_edge.idx, chunk.start + c.right_edge.idx + len(c.right_edge.text))
                     for c in trigger.children if c.dep_ == "prep" and c.lower_ in ("in", "at")]
            sides = {a.country for a in [*sources, *targets] if a.country}
            if any(lo <= p.start < hi and p.country in sides for p in state.doc.places for lo, hi in spans):
                cameo = "040"
        if told is not None:
            date = date if date is not None and date.source == "text" else told.date or date
            # an act told again is where it was told to be, or where its own phrase says ('the
            # Geneva talks'): not what else its sentence names ('The Downing Street talks covered
            # a range of topics ahead of an EU summit in Brussels')
            lo = chunk.start + trigger.left_edge.idx
            hi = chunk.start + trigger.right_edge.idx + len(trigger.right_edge.text)
            place = place if place is not None and lo <= place.start < hi else None
            place = place or (told.place if told.entry.id == entry.id else None)
        state.memory.append(Frame(entry, cameo, sources[0] if sources else None,
                                  targets[0] if targets else None, trigger, date, place, list(targets)))
        if self._background(state, trigger, date):
            return  # 'Hamas, which took full control in 2007': past context, remembered but not coded
        if date is not None and date.source == "text":
            # who they were then: Reagan in 1986 was President, and the Russians Soviet
            sources = [self.resolver.at_date(a, date.value) for a in sources]
            targets = [self.resolver.at_date(a, date.value) for a in targets]
        # the doer must be one the sentence gives (docs/annotation.md rule 2): one the memory
        # fills in ('at the time of the attack') is a guess, save for victims with no agent and
        # an act told again ('the poisoning') right after it was told
        carried = told is not None or (cameo[:2] in VIOLENT_ROOTS and is_passive(trigger))
        if lent is None:
            sources = [a for a in sources if names_doer(a, chunk.start + sent.start_char, chunk.start + sent.end_char,
                                                    carried, self._text)
                       and not retold_act(a, self._act_nouns, state.doc.places) and not self._is_victim(a, trigger)]
        headline = chunk.start == 0 and sent.start == 0 and "\n\n" in state.doc.text
        args = (chunk, sent, entry, cameo, trigger, sources, targets, told, quantity, each_way, stance)
        waits = headline and lent is None and pend
        if not sources and lent is None:
            sources = self._doer_told_before(state, chunk, sent, cameo, trigger, targets)
        if not sources and lent is None and not (waits and _verb(trigger)):
            sources = self._own_state(state, chunk, sent, cameo, targets)
        if not sources:
            if waits and _verb(trigger):
                self._pending.append((args, state.when_where))  # 'Five killed in Kashmir car explosion'
            return
        if not targets and entry.domestic and sources and sources[0].country:
            # 'Restive Maldives eases curfew': the act is done to the source's own people
            targets = [self.resolver.of_country(sources[0].country, sources[0].text, sources[0].start, entry.domestic)]
        each_other = not targets and (entry.reciprocal or each_way) and len(sources) > 1
        # the two sides told as the subject of the act ('South Ossetian and Georgian officials
        # agreed on ceasefire'), not a phrase the act qualifies ('Guard and Reserve troops called up');
        # also any act the text says they did to 'each other' ('Georgian and South Ossetian forces
        # accused each other')
        together = each_other and (cameo[:2] in AGREEMENTS or _to_each_other(trigger)) and trigger.tag_ != "VBN" and \
            any(c.dep_ == "nsubj" for c in trigger.children)
        if each_other:
            pairs = [(a, b) for a in sources for b in sources if a is not b]
        else:
            pairs = [(s, t) for s in sources for t in (targets or [None])]
            if cameo[:3] in MUTUAL or (entry.reciprocal and cameo[:2] == "04" and self._negotiation_held(trigger)):
                # negotiating, holding talks, signing an agreement, cooperating: each side does it
                # with the other ('resumed talks with rebels'; a meeting held is the host's)
                pairs += [(t, s) for s, t in pairs if t is not None]
        code = self.codebook.cameo[cameo]
        ptype = entry.type if cameo == entry.cameo and entry.type else code.plover_type
        requires = entry.requires_target
        if requires is None:
            # PLOVER lets force posture, protests, coercion and violence go without a recipient.
            # A statement (CAMEO 01), an appeal (02), an accusation (11) or a refusal (12) may
            # have none too ('Russia has refused to join'), but only told as its clause's own
            # verb with its own subject: elsewhere a verbal act with no one it is addressed to
            # is, more often than not, some other sense of the word ('told the Journal')
            requires = not ptype or self.codebook.plover[ptype].requires_recipient or ptype in (
                "ACCUSE", "REQUEST", "REJECT", "THREATEN", "SUPPORT", "CONSULT", "AGREE")
            # (and a threat of force, as the force itself: 'North Korea has threatened to shell the
            # propaganda loudspeakers the South set up')
            alone = _stands_alone(trigger) or (cameo[:3] == "138" and trigger.dep_ == "xcomp" and _stands_alone(trigger.head))
            if requires and (cameo[:2] in NO_RECIPIENT_ROOTS or cameo[:3] == "138") and alone and \
                    (cameo[:2] != "03" or _commits_to_act(trigger)) and (cameo[:2] not in ("09", "10") or _demands_act(trigger)) and \
                    any(m.start <= sources[0].start < m.end or (  # ('The United States government')
                        sources[0].start < m.start < sources[0].end and
                        state.doc.text[sources[0].start:m.start].strip().lower() == "the") for m in state.mentions):
                requires = False  # ... and by a doer the text names ('an aide blamed the delay' is too vague)
        if requires and not targets and waits and \
                not ((entry.reciprocal or each_way) and len(sources) > 1):
            self._pending.append((args, state.when_where))  # 'Sudan peace talks resume': with whom, the lead says
            return
        doc = state.doc
        claim = self.status.read(trigger, chunk.start, doc.quotes)
        reported_by = claim.quote.speaker if claim.quote is not None else None
        if claim.reporter is not None:
            reported_by = next(iter(self._actors(state, claim.reporter)), reported_by)
        ev_start = chunk.start + sent.start_char
        ev_end = chunk.start + sent.end_char
        trig_start = chunk.start + trigger.idx
        self._lemmas[trig_start] = frozenset([trigger.lemma_.lower()] + [
            c.lemma_.lower() for c in trigger.children if c.dep_ in ("dobj", "obj", "nsubjpass")])
        for source, target in pairs:
            if target is None and (requires or (_unknown(source) and (cameo[:2] not in VIOLENT_ROOTS
                                                                      or source.sector is None))):
                continue  # 'an aide blamed the delay', 'if Hurricane Charley had struck': no country, no one done to
            if target is not None and same_actor(source, target) and not (
                    (cameo[:2] in VIOLENT_ROOTS or cameo[:3] in MUTUAL or (
                        _told_apart(source, target, self.resolver.sectors) and not _a_town(state, source) and not _a_town(state, target))
                     or (together and source.text.lower() != target.text.lower()))
                    and _apart(source, target)):
                # a self-event; but mutinous soldiers killing their army's chief is violence within,
                # a government negotiating with its country's leaders a negotiation all the same,
                # and 'South Ossetian and Georgian officials agreed on a ceasefire' two sides
                # agreeing with each other (docs/annotation.md, item 4)
                continue
            if self._toll_of(state, chunk, trigger, cameo, source, target):
                continue  # 'US jets bombed Fallujah, killing at least 10 people': one act, told with its toll
            # (each side's, where both have one code: 'Iraq's government in talks with Sunni leaders')
            key = (cameo, source.code, target.code if target else None, trig_start) + \
                ((source.start,) if together or (target is not None and target.code == source.code
                                                 and (source, target) in pairs and (target, source) in pairs) else ())
            if key in state.events:
                continue
            mode = entry.mode if cameo == entry.cameo else None
            status = claim.settle(source, cameo, reported_by)
            if stance is not None and status in ("negated", "future", "hypothetical"):
                status = "asserted"
            if status in ("asserted", "reported") and self._charged_in(trigger) is not None:
                status = "alleged"  # 'arrested a man in the kidnapping': his act, as the charge has it
            if status == "hypothetical" and reported_will(trigger):
                status = "future"  # a reported 'would' ('said it would free') is the 'will' of what it reports
            later = status == "future"
            if later and ptype in COOPERATION:
                # PLOVER codes cooperation still to come ('will meet', 'will release') as AGREE;
                # the CAMEO code stays the act's own, with status future (docs/annotation.md)
                plover = self.codebook.plover_record(cameo, "AGREE", None)
            elif later and ptype in COERCION:
                plover = self.codebook.plover_record(cameo, "THREATEN", None)
            else:
                plover = self.codebook.plover_record(cameo, ptype, mode)
            eid = hashlib.sha1(f"{doc.key}|{trig_start}|{cameo}|{source.code}|{source.start}|"
                               f"{target.code if target else ''}|{target.start if target else ''}".encode()).hexdigest()[:16]
            state.events[key] = Event(
                id=eid, doc_id=doc.doc_id, evidence=Span(ev_start, ev_end, doc.text[ev_start:ev_end]),
                source=source, target=target, cameo=self.codebook.cameo_record(cameo), plover=plover,
                trigger=Span(trig_start, trig_start + len(trigger.text), doc.text[trig_start:trig_start + len(trigger.text)]), pattern=entry.id,
                date=date, location=place, status=status, status_cue=claim.cue,
                reported_by=reported_by, quantity=quantity,
                caption=any(c.start <= ev_start < c.end for c in doc.captions))
            if stance is not None and stance.pos_ == "VERB":
                # 'refused to release the sailors' told as 1243 to the British: the refusing
                # verb's own bare 'refused' (120, no one refused) is the same act, less said
                at = chunk.start + stance.idx
                for k in [k for k, e in state.events.items() if e.trigger.start == at and e.target is None
                          and k != key]:
                    del state.events[k]


    def _negotiation_held(self, trigger: Token) -> bool:
        """Whether a verb's object is a noun of negotiation (one the lexicon codes 046): talks
        resumed, held or opened with someone are negotiated by both sides."""
        for c in trigger.children:
            if c.dep_ in ("dobj", "obj"):
                entries = self.lexicon.by_noun.get(c.lemma_.lower()) or self.lexicon.by_noun.get(c.lower_) or []
                return any(e.cameo[:3] in MUTUAL for e in entries)
        return False

    def _doer_told_before(self, state: DocState, chunk: Chunk, sent: SpacySpan, cameo: str, trigger: Token,
                          targets: list[Actor]) -> list[Actor]:
        """The doer of an act whose sentence names none it can take, where the same act was
        just told with its doer: in the headline, for a sentence of the lead ('Militia to hand
        weapons to Iraq police' / 'they will begin handing weapons over to Iraqi police'), or
        in the sentence before."""
        if not _verb(trigger) or is_passive(trigger) or trigger.dep_ not in CLAUSE_VERB or (
                trigger.tag_ == "VBN" and not any(c.dep_ == "aux" for c in trigger.children)):
            # a passive's doer is the doers' to find ('five Palestinians killed'); a noun's, or a
            # verb's that qualifies a noun ('the decision to destroy'), may be no one's
            return []
        head, lead_end = lend.lead(state.doc.text)
        at = chunk.start + sent.start_char
        spans = [(0, head)] if head and head < at < lead_end else []
        if self._before[1] <= at and self._before != (0, 0) and self._before[0] >= head:
            spans.append(self._before)
        for span in spans:
            told = lend.telling(state.events.values(), self._lemmas, span, cameo, trigger.lemma_.lower(), [], targets)
            if told is not None:
                return [told.source]
        return []

    def _own_state(self, state: DocState, chunk: Chunk, sent: SpacySpan, cameo: str, targets: list[Actor]) -> list[Actor]:
        """Who held or freed a political actor the text gives no captor or releaser for, in a
        sentence that names no place of another country ('Sadr aide freed as Iraq seeks
        pre-election calm', 'the detention of democracy icon Aung San Suu Kyi'): the state of the
        country it happened in, which with no other place told is the actor's own (docs/format.md)."""
        if not cameo.startswith(HELD_OR_FREED) or len(targets) != 1:
            return []
        target = targets[0]
        country = target.country
        if not country or target.sector not in POLITICAL_SECTORS:
            return []
        lo, hi = chunk.start + sent.start_char, chunk.start + sent.end_char
        dateline = state.doc.dateline
        if any(lo <= p.start < hi and p.country != country for p in settings(state)) or \
                (dateline is not None and dateline.country not in (None, country)):
            return []
        # the story names the country itself ('Iraq', 'Myanmar'), not only as the one held ('the
        # arrest of Margaret Thatcher's son' in a story of coups in Africa names no British state)
        named = [m for m in state.mentions if m.country == country and m.kind in ("country", "adjective", "capital")
                 and not target.start <= m.start < target.end]
        if not named:
            return []
        named.sort(key=lambda m: not lo <= m.start < hi)  # the sentence's own mention of the country first
        return [self.resolver.of_country(country, named[0].text, named[0].start, None)]

    def _code_pending(self, state: DocState) -> None:
        """Headline acts short of a doer or of a recipient, with the side the lead's telling of
        the same act gives ('Five killed, 30 hurt in Kashmir car explosion': the suicide bomber
        of the lead's 'rammed a car ... in Kashmir, killing four soldiers')."""
        head, lead_end = lend.lead(state.doc.text)
        lend.rename_kinds(state.events, self._lemmas, head, lead_end, state.mentions)
        for args, when_where in self._pending:
            chunk, sent, entry, cameo, trigger, sources, targets, told, quantity, each_way, stance = args
            event = lend.telling(state.events.values(), self._lemmas, (head, lead_end), cameo,
                                 trigger.lemma_.lower(), sources, targets)
            if any(e.trigger.start < head and e.cameo.code[:2] == cameo[:2] for e in state.events.values()):
                continue  # ('Putin heads for Turkey in landmark visit': one act, told by 'heads')
            state.when_where, self._offset, self._parsed_text = when_where, chunk.start, chunk.text
            if event is None:  # no telling in the lead: as any other sentence's act
                self._emit(state, chunk, sent, entry, cameo, trigger, sources, targets, told, quantity, each_way,
                           stance, pend=False)
                continue
            if sources and not targets and event.target is not None and cameo[:3] not in MUTUAL and \
                    any(same_actor(s, event.target) for s in sources):
                continue  # ('US Envoy Murder Plot' lent the envoy as its target): the lead tells another reading
            sources = sources or [event.source]
            targets = targets or ([event.target] if event.target is not None else [])
            self._emit(state, chunk, sent, entry, cameo, trigger, sources, targets, told, quantity, each_way, stance,
                       lent=event)

    def _is_victim(self, actor: Actor, trigger: Token) -> bool:
        """'three other Americans killed in an attack': the noun a bare past participle (no
        auxiliary) of a clause below another qualifies or has as subject is who it was done
        to, never its doer."""
        if trigger.tag_ != "VBN" or trigger.dep_ not in ("acl", "advcl") or \
                any(c.dep_ in ("aux", "auxpass") for c in trigger.children):
            return False
        nouns = [trigger.head] if trigger.dep_ == "acl" else []
        nouns += [c for c in trigger.children if c.dep_ in SUBJECTS]
        return any(actor.start <= self._offset + t.idx < actor.end or
                   any(actor.start <= self._offset + c.idx < actor.end for c in t.conjuncts) for t in nouns)

    def _background(self, state: DocState, trigger: Token, date: TimeValue | None) -> bool:
        """Whether the act is told in passing (a relative, 'when' or 'since' clause) and dated, by
        its own clause or by what its 'when' clause tells the time of, well before its article was
        published: background history (events/background.py)."""
        days, published = self.mods.background_days, state.doc.published
        if not days or published is None or not told_in_passing(trigger):
            return False
        if date is None or date.source != "text":
            head = when_clause_head(trigger)
            verb = governing_verb(head) if head is not None else None
            if verb is not None:
                assert state.when_where is not None
                date = state.when_where.date_of(verb)
        return is_background(date, published, days)

    @staticmethod
    def _when_where(state: DocState, trigger: Token, actors: list[Actor]) -> tuple[TimeValue | None, Place | None]:
        """The date and place of the trigger's clause; an act told in the past with no date of
        its own happened on or before the day its article was published. A place that is one
        of the act's actors ('demand assurances from US') is not where it happened."""
        assert state.when_where is not None
        date = state.when_where.date_of(trigger)
        published = state.doc.published
        if date is None and published is not None and tense(trigger) == "past":
            date = TimeValue(published.value, "on_or_before", None, "publication")
        place = state.when_where.place_of(trigger)
        if place is None and not any(c.dep_ in ("dobj", "obj") for c in trigger.children):
            # 'agrees to end an uprising in Najaf': where the act committed to happens (not where
            # another is urged to act: 'Delegates Urge Cleric to Pull Out of Najaf')
            inner = next((c for c in trigger.children if c.dep_ == "xcomp"), None)
            place = state.when_where.place_of(inner) if inner is not None else None
        if place is not None and any(a.start < place.end and place.start < a.end for a in actors):
            place = None
        return date, place


def _verb(trigger: Token) -> bool:
    return trigger.pos_ in ("VERB", "AUX") or trigger.tag_.startswith("VB")


def _stands_alone(trigger: Token) -> bool:
    """Whether a trigger tells an act by itself: the verb of a main or reported clause with a
    subject of its own ('Russia has refused to join', 'Iran said it rejects'), not a verb
    inside another act ('agrees to tell', 'troops called up') or a noun."""
    if not (trigger.pos_ in ("VERB", "AUX") or trigger.tag_.startswith("VB")):
        return False
    if trigger.dep_ not in ("ROOT", "conj", "ccomp"):
        return False
    if any(c.dep_ in ("dobj", "obj") and (c.pos_ == "PRON" or c.lower_ in ("other", "another"))
           for c in trigger.children):
        return False  # 'accused each other', 'rejected it': a recipient the text gives but no actor stands for
    return any(c.dep_ in SUBJECTS for c in trigger.children)


def _to_each_other(trigger: Token) -> bool:
    """Whether the act's object is 'each other' or 'one another'."""
    return any(c.dep_ in ("dobj", "obj", "pobj", "prep") and " ".join(w.lower_ for w in c.subtree)
               .endswith(("each other", "one another")) for c in trigger.children)


def _told_apart(a: Actor, b: Actor, sectors: Mapping[str, str]) -> bool:
    """Two actors of one code the text names in words of their own, one of them a person,
    neither a pronoun nor a country's bare name ('Iceland's president refused a request from the
    prime minister', 'Syrian authorities freed blogger Razan Ghazzawi'): two parts of one state."""
    def bare(x: Actor) -> bool:  # 'Iceland', 'Icelandic': the country itself
        return x.kind in ("adjective", "capital") or (x.kind == "country" and x.sector is None)

    def head(x: Actor) -> str:  # the last word of its phrase: 'president', 'minister', 'administration'
        words = re.findall(r"[A-Za-z][\w-]*", x.text.replace("'s", "").replace("’s", ""))
        return words[-1].lower() if words else ""

    def office(x: Actor) -> bool:
        # a body of the state by its name ('the Federal Aviation Administration', not 'a State
        # Department email') or one office in it by its word ('the prime minister', not a class
        # of people, 'school leaders')
        last = re.findall(r"[A-Za-z][\w-]*", x.text)[-1:] or [""]
        return x.sector in ("GOV", "JUD", "LEG") and (
            last[0][:1].isupper() if x.kind == "institution" else
            x.kind != "organization" and not head(x).endswith("s") and head(x) in sectors)

    # two bodies or offices of a state's civil side, each named by a head word of its own ('the
    # Department of Transportation' and 'the Federal Aviation Administration', 'Iceland's
    # president' and 'the prime minister'), or two people the text ties to no country ('leaders
    # of the opposition Workers' Party' and 'the prime minister'): two parts of one state as well
    offices = (office(a) and office(b) or _unknown(a) and _unknown(b)) and head(a) != head(b)
    return not bare(a) and not bare(b) and ("person" in (a.kind, b.kind) or offices) and \
        a.text.lower() != b.text.lower() and \
        not any(w in ("he", "she", "it", "they", "his", "her", "its", "their", "him", "them")
                for w in (a.text.lower(), b.text.lower()))


def _apart(a: Actor, b: Actor) -> bool:
    """Two mentions of the same code that the text tells apart: neither a person named twice
    nor one phrase inside the other ('Mutinous soldiers' and 'the commander of Guinea-Bissau's
    armed forces')."""
    if a.kind == "person" and b.kind == "person":
        return False
    return a.end <= b.start or b.end <= a.start


def _asked_for(verb: Token, request: frozenset[str], appeal_nouns: frozenset[str]) -> bool:
    """An act only asked for: the gerund of 'called for ending foreign aid', the infinitive of
    'advice to pull its personnel' or 'calls to resign'."""
    head = verb.head
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ == "for" and head.head.i != head.i:
        asker = head.head
        return asker.lemma_.lower() in request | appeal_nouns
    to = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if verb.dep_ == "acl" and head.pos_ == "NOUN" and to:
        return head.lemma_.lower() in appeal_nouns
    if verb.dep_ in ("acl", "ccomp") and head.pos_ == "NOUN" and head.lemma_.lower() in appeal_nouns and \
            any(c.lower_ == "that" and c.i < verb.i for c in verb.children) and any(c.dep_ in SUBJECTS for c in verb.children):
        return True  # "Islamabad's demand that Washington apologize": asked of Washington, not done
    if verb.dep_ == "ccomp" and head.pos_ == "VERB" and head.lemma_.lower() in request | appeal_nouns and \
            verb.tag_ in ("VB", "VBD", "VBP") and verb.lower_ == verb.lemma_.lower() and \
            any(c.dep_ in SUBJECTS for c in verb.children) and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return True  # 'a resolution demanding the administration cut off all military aid': the base form, asked for
    if verb.dep_ in ("advcl", "xcomp") and to and head.lemma_.lower() in request | appeal_nouns and \
            any(c.dep_ == "prep" and c.lower_ == "for" and c.i < verb.i for c in head.children):
        return True  # 'called for the administration to provide more information'
    return False


def _a_town(state: DocState, actor: Actor) -> bool:
    """Whether an actor stands for a place below a country ('Najaf' for Iraq)."""
    return any(p.start == actor.start and p.feature != "country" for p in state.doc.places)


def _unknown(actor: Actor) -> bool:
    """An actor of no known country or international body ('---INS')."""
    return (actor.code or UNKNOWN_COUNTRY).startswith(UNKNOWN_COUNTRY)


def _demands_act(trigger: Token) -> bool:
    """'demanded the release of a lawyer', 'opened an investigation': a demand or an inquiry
    of what it names, not 'insists that Taiwan is a Chinese province' (a claim) nor
    'questioned why the administration used Rice' (a doubt)."""
    return any(c.dep_ in ("dobj", "obj", "xcomp") for c in trigger.children)


def _commits_to_act(trigger: Token) -> bool:
    """'agreed to lay down their weapons', 'agreed to a ceasefire': an intent with the act it
    commits to, not 'agreed that the levels were too low'."""
    return any(c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "to") for c in trigger.children)


def _first_conjunct(verb: Token) -> Token:
    """The first of the verbs that ``verb`` is joined to with no subject of its own."""
    first = verb
    while first.dep_ == "conj" and first.head.i != first.i and not any(c.dep_ in SUBJECTS for c in first.children):
        first = first.head
    if first is not verb and _infinitive(verb) and not _infinitive(first) and first.dep_ == "xcomp" \
            and _infinitive(first.head):
        # 'to stop assassinating leaders and to ease the blockade': the parser joins 'to ease' to
        # the gerund; its 'to' makes it the infinitive's ('to stop') conjunct
        first = first.head
    return first


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _wished_with(verb: Token, mods) -> bool:
    """A verb joined, with no subject of its own, to an act that is wished, asked of someone or
    not done ('wants Israel to halt all attacks and lift restrictions', 'urged Nato to withdraw
    and disband', 'failed to arm and train the rebels'): it shares that act's governor."""
    first = _first_conjunct(verb)
    if first is verb or first.dep_ not in ("xcomp", "ccomp") or first.head.pos_ != "VERB":
        return False
    glemma = first.head.lemma_.lower()
    if glemma in mods.refusal:
        return first.dep_ == "xcomp"
    # another's act: the one asked or wished parsed as the object or as the infinitive's subject
    others = any(c.dep_ in ("dobj", "obj") for c in first.head.children) or _infinitive_with_subject(first)
    return glemma in mods.intent | mods.wishes | mods.request and others


def _coded(actor: Actor) -> Actor:
    """The actor, with the unknown country's code ('---' and its sector) where it has none."""
    return actor if actor.code else replace(actor, code=UNKNOWN_COUNTRY + (actor.sector or ""))


def _infinitive_with_subject(verb: Token) -> bool:
    """'wants Israel to halt', 'asked Mr Clapper to resign', the one asked or wished parsed as the
    infinitive's own subject: the act is that one's, not the governing verb's subject's."""
    return any(c.dep_ in SUBJECTS for c in verb.children) and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)

