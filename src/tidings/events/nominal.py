"""Nominal events: 'a Russian attack', 'US sanctions', and the acts a verb credits to its
subject ('claimed responsibility for the bombing')."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ..lexicon import Entry, Lexicon, Modifiers, context_fits, noun_head
from ..records import Actor
from .chunks import Chunk
from .memory import DocState, Frame
from .senses import in_name, sense_of
from .arguments import VIOLENT_ROOTS, dominant_country, settings
from .arguments.common import ASKING_ROOTS, unknown_country
from .noun_doers import NounDoers, against_modifier
from .syntax import DOING, GROWTH, PRESSING_ON, RECEIVING, SUBJECTS, SUPPORT_VERBS, TAKING_PART, is_passive


class Nominal(NounDoers):
    """Events a noun names (a mixin of ``EventCoder``)."""

    lexicon: Lexicon
    mods: Modifiers

    def _noun_entry(self, noun: Token, entries: list[Entry]) -> Entry | None:
        # asked of one noun many times (its sentence's places and dates, its verb, its own
        # coding): answered once per document, by the noun's position and its entries
        if _NOUN_ENTRIES[0] is not noun.doc:
            _NOUN_ENTRIES[0], _NOUN_ENTRIES[1] = noun.doc, {}
        held = _NOUN_ENTRIES[1].get((noun.i, id(entries)))
        if held is None or held[0] is not self or held[1] is not entries:
            held = _NOUN_ENTRIES[1][noun.i, id(entries)] = (self, entries, self._noun_entry_of(noun, entries))
        return held[2]

    def _noun_entry_of(self, noun: Token, entries: list[Entry]) -> Entry | None:
        if in_name(noun):
            return None
        mods = tuple(c.lower_ for c in noun.lefts if c.dep_ in ("compound", "amod"))
        # the modifiers a pattern's words before the head may be: none, or the last k of them
        befores = [(), *(mods[-k:] for k in range(1, len(mods) + 1))]
        fitting: list[tuple[Entry, int]] = []  # each entry that fits, with its longest pattern that does
        for e, by_before in _headed(entries, (noun.lemma_.lower(), noun.lower_)):
            if not context_fits(e, noun):
                continue  # ('the deployment of 800 soldiers to Mali on a peacekeeping mission')
            longest = 0
            for before in befores:
                held = by_before.get(before)
                if held is not None:
                    bare, with_of = held
                    longest = max(longest, bare, *(n for after, n in with_of if _of_names(noun, after)))
            if longest:
                fitting.append((e, longest))
        if not fitting:
            return None  # no pattern fits: no need to ask in what sense the noun is used
        sense = sense_of(self.lexicon.senses, noun, noun, None)  # 'China Mine Blast Kills 56': a disaster
        best, best_len = None, 0
        for e, longest in fitting:
            if not (sense is not None and sense.removes(e)) and longest > best_len:
                best, best_len = e, longest
        return best

    def _code_noun(self, state: DocState, chunk: Chunk, sent: SpacySpan, noun: Token, entries: list[Entry],
                   source_override: list[Actor] | None = None) -> None:
        entry = self._noun_entry(noun, entries)
        if entry is None or self._named_by_head(noun):
            return
        if "self" in entry.source and _of_object(noun) is None:
            return  # 'the kidnappers in Baghdad' are people; 'the kidnappers of two engineers' tell the act
        sources = source_override if source_override is not None else self._noun_sources(state, noun, entry)
        targets: list[Actor] = []
        slots: list[Token] = []
        # 'the suspension of aid to Egypt': the named act's own 'to' holds its target
        named = _of_object(noun) if any(noun_head(w) < len(w) - 1 for w in entry.nouns) else None
        for spec in entry.noun_target:
            tok = self._by_path(noun, named, spec)
            if tok is not None:
                slots.append(tok)
                targets = self._actors(state, tok)
                if targets:
                    break
        if not targets:  # 'anti-French demonstrations': against whom the modifier names
            targets = next((found for c in noun.lefts if c.dep_ in ("amod", "compound", "nmod") and
                            against_modifier(c) and (found := self._actors(state, c))), [])
        carried = _carried_noun(noun)
        if not targets and noun.dep_ == "pobj" and noun.head.lower_ == "in" and carried.i == noun.head.head.i:
            # 'a sharp increase in aid to Myanmar': the rise may hold the 'to'
            for spec in entry.noun_target:
                tok = self._by_path(carried, None, spec) if spec.startswith("prep:") else None
                if tok is not None and tok.i != noun.i and not noun.i <= tok.i <= noun.right_edge.i:
                    slots.append(tok)
                    targets = self._actors(state, tok)
                    if targets:
                        break
        if not targets and carried.dep_ in ("dobj", "obj") and carried.head.lemma_.lower() in SUPPORT_VERBS:
            # 'imposed a fine on the party', 'launched an attack on Kabul': the support verb may hold the 'on'
            for spec in entry.noun_target:
                tok = self._by_path(carried.head, None, spec) if spec.startswith("prep:") else None
                if tok is not None and tok.i != noun.i:
                    slots.append(tok)
                    targets = self._actors(state, tok)
                    if targets:
                        break
        if not targets and noun.dep_ in ("dobj", "obj") and noun.head.lemma_.lower() in RECEIVING and sources and \
                (_given_by(noun) is not None or any(c.dep_ == "prep" and c.lower_ == "from" for c in noun.children)):
            # 'Haiti received aid from Japan', 'Iran faces criticism from the UN': given to the subject
            receiver = next((c for c in noun.head.children if c.dep_ in SUBJECTS), None)
            targets = self._actors(state, receiver) if receiver is not None else []
        if not targets and carried.dep_ in ("dobj", "obj") and carried.head.lemma_.lower() in self.mods.survive and \
                (carried is noun or carried.lemma_.lower() in self.mods.spells):
            # 'A senior Hamas leader survived an Israeli assassination attempt', 'Iraq suffered years
            # of UN sanctions': the survivor, the sufferer was its target
            survivor = next((c for c in carried.head.children if c.dep_ in SUBJECTS), None)
            targets = self._actors(state, survivor) if survivor is not None else []
        each_way = False
        between = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "between"), None)
        if between is not None and not sources:
            # 'dialogue between China and France', 'talks between the two rivals': each with the other
            sides = [a for g in between.children if g.dep_ == "pobj" for a in self._actors(state, g)]
            if len(sides) == 1 and (entry.reciprocal or entry.cameo[:2] == "19"):  # acts with two sides
                sides += self._other_side(state, between, sides[0], entry.cameo[:2] in VIOLENT_ROOTS)
            if len(sides) > 1:
                sources, targets, each_way = sides, [], True
        definite = any(c.lower_ in ("the", "this", "these", "that") for c in noun.children)
        told: Frame | None = None
        placed = entry.cameo[:2] in VIOLENT_ROOTS and any(
            c.dep_ in ("compound", "amod", "nmod") and self._where_not_who(state, c) for c in noun.lefts)
        if definite and not each_way and not placed:  # 'the Iraq war' is named for itself, not told before
            for frame in reversed(state.memory):  # 'the bombing' told before: same act
                if frame.source is not None and any(t.country == frame.source.country for t in targets):
                    continue  # 'the rocket attacks on Israeli cities' are no attacks told before by Israel
                if sources and sources[0].country and frame.aimed_at({sources[0].country}) and \
                        frame.source is not None and frame.source.country != sources[0].country:
                    # 'militant groups are behind the rocket attacks' after Israel's strikes on them: another act
                    continue
                if frame.entry.id == entry.id or frame.cameo[:2] == entry.cameo[:2]:
                    told = frame
                    targets = targets or list(frame.targets)
                    sources = sources or ([frame.source] if frame.source else [])
                    break
        if not targets and entry.cameo[:2] in ASKING_ROOTS:
            # 'his demand that the United States commit to elections': the one asked to act
            targets = self._asked_to_act(state, noun, sources[0] if sources else None)
        if not targets and slots and not each_way:
            # 'an investigation into the death of a Palestinian man', 'the arrest of a journalist'
            other = sources[0] if sources else None
            targets = next((found for tok in slots if (found := self._unnamed(state, tok, other)
                                                       or self._at_place(state, tok, other))), []) or \
                self._open_target(state, slots, other, entry)
        if not targets and sources and entry.cameo[:3] == "045":
            targets = self._mediated(state, noun, sources[0])  # 'a mediation effort between Qatar and its neighbours'
        if not targets and sources and placed and sources[0].country:
            # "Israel's Gaza offensive", 'a Russian Idlib offensive': an act of violence named
            # for where it is done is done to that place's country, when it is not the doer's own
            targets = next((self._country_named(state, p.country, p) for c in noun.lefts
                            if c.dep_ in ("compound", "amod", "nmod") and self._where_not_who(state, c)
                            for p in state.doc.places if p.start <= self._offset + c.idx < p.end
                            and p.country and p.country != sources[0].country), [])
        headline = chunk.start == 0 and sent.start == 0 and "\n\n" in state.doc.text  # title case misparses
        if not targets and sources and entry.cameo[:2] in VIOLENT_ROOTS and sources[0].country and not headline \
                and self._told_by_modifier(noun, sources[0]):
            # 'the U.S.-led invasion last year' in a story about Iraq: the country the story is about
            targets = self._country_named(state, self._story_country(state, noun, sources[0].country))
        if not targets and sources and not each_way and not told and not headline and \
                not any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in noun.lefts):
            # 'pressed on with their offensive in Idlib' (not 'the Iraq war': a name before it may be
            # either side; nor a title-case headline's noun, often a verb misread: 'Short attacks US')
            targets = self._fought_in(state, noun, entry, sources[0])
        if not targets and sources and entry.cameo[:2] in VIOLENT_ROOTS and sources[0].country and not headline \
                and not placed and (any(c.dep_ == "poss" for c in noun.children) or (told is not None and not any(
                    c.dep_ in ("compound", "amod", "nmod") for c in noun.lefts))):
            # "Israel's offensive", 'With its attacks, Israel is ...', 'since the offensive started'
            # (told before with no one it struck; not 'the Iraq war', named for itself): where no
            # place is told, against the country the story is about
            country = self._story_country(state, noun, sources[0].country)
            targets = self._country_named(state, country, next((p for p in settings(state) if p.country == country), None))
        if not targets and entry.cameo[:2] == "16" and sources and self._named_by_modifier(noun, sources[0]):
            # 'the Cuba embargo', 'his opposition to Iranian sanctions', 'U.S. sanctions': a country
            # before the word is its target as often as its imposer, and with no one else told,
            # the text does not say which
            return
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        counted = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        self._emit(state, chunk, sent, entry, entry.cameo, noun, sources, targets, told,
                   quantity=self._quantity(self._through_partitive(counted) if counted is not None else None),
                   each_way=each_way)

    def _named_by_head(self, noun: Token) -> bool:
        """'a suspension of aid', 'the lifting of sanctions': the noun is a word of the act its
        head names (a pattern with 'of' after the head), not an act of its own."""
        head = noun.head
        if noun.dep_ != "pobj" or noun.head.lower_ != "of" or head.head.pos_ != "NOUN":
            return False
        head = head.head
        entries = self.lexicon.by_noun.get(head.lemma_.lower()) or self.lexicon.by_noun.get(head.lower_)
        named = self._noun_entry(head, entries) if entries else None
        forms = (noun.lemma_.lower(), noun.lower_)
        return named is not None and any(noun_head(w) < len(w) - 1 and w[-1] in forms for w in named.nouns)

    def _noun_sources(self, state: DocState, noun: Token, entry: Entry) -> list[Actor]:
        holders = [noun]
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is not None:  # 'expulsion of dozens of diplomats from the US': 'from' may sit lower
            pobj = next((g for g in of.children if g.dep_ == "pobj"), None)
            if pobj is not None:
                holders.append(pobj)
        for spec in entry.source:
            if spec == "poss" and self._owner_is_patient(state, noun, of):
                continue
            if spec == "self":  # 'the kidnappers of two Chinese engineers': the noun names its doers
                found = self._actors(state, noun) or self._unnamed(state, noun, None) or self._unlisted(state, noun)
                if found:
                    return found
                continue
            for holder in holders:
                if holder is not noun and spec in ("poss", "compound", "amod"):
                    continue  # 'the assassination of Hamas' top commander': whose commander, not whose act
                tok = self._by_path(holder, None, spec)
                if tok is not None:
                    found = self._actors(state, tok)
                    if found:
                        return found
            if spec == "poss" and _shares_possessor(noun):
                # "Yangon's human rights record and detention of Aung San Suu Kyi": the first
                # conjunct's owner owns the second, which has no determiner of its own
                found = self._actors(state, next(c for c in noun.head.children if c.dep_ == "poss"))
                if found:
                    return found
        for c in noun.children:  # 'a siege called by Maoist insurgents', 'a strike led by the union'
            if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in DOING:
                agent = next((g for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"), None)
                found = self._actors(state, agent) or self._unnamed(state, agent, None) if agent is not None else []
                if found:
                    return found
        given = _given_by(noun)
        if given is not None:  # 'received aid from Japan': the 'from' hangs on the verb
            found = self._actors(state, given)
            if found:
                return found
        violent = entry.cameo[:2] in VIOLENT_ROOTS
        for c in noun.lefts:  # 'a Russian attack', 'US sanctions': the modifier is the doer
            if c.dep_ in ("amod", "compound", "nmod") and not against_modifier(c):
                if violent and self._where_not_who(state, c, entry.cameo[:2] == "18"):
                    continue
                found = self._actors(state, c)
                if found:
                    return found
        if noun.dep_ == "pobj" and noun.head.lower_ == "in":  # "Moscow's use of a nerve agent in the murder"
            anc = noun.head.head
            for _ in range(4):
                if anc.pos_ not in ("NOUN", "ADP") or anc.head.i == anc.i:
                    break
                if anc.lemma_.lower() in self.mods.instrument:
                    owner = next((c for c in anc.children if c.dep_ == "poss"), None)
                    if owner is not None:
                        return self._actors(state, owner)
                    break
                anc = anc.head
        if noun.dep_ == "pobj" and noun.head.lower_ == "with" and noun.head.head.lemma_.lower() in PRESSING_ON:
            # 'pushed on with their offensive', 'pressed ahead with the talks': the subject's own act
            verb = noun.head.head
            subj = self._subject(verb, is_passive(verb))
            if subj is not None:
                return self._actors(state, subj) or self._unnamed(state, subj, None) or self._unlisted(state, subj)
        if noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.lemma_.lower() in TAKING_PART:
            # 'the government is engaged in talks with', 'Iran took part in the exercises'
            verb = noun.head.head
            subj = next((c for c in verb.children if c.dep_ in (*SUBJECTS, "nsubjpass")), None)
            if subj is not None:
                return self._actors(state, subj) or self._unnamed(state, subj, None) or self._unlisted(state, subj)
        carried = _carried_noun(noun)
        if carried.dep_ in ("dobj",) and carried.head.lemma_.lower() in SUPPORT_VERBS:
            subj = self._subject(carried.head, is_passive(carried.head))
            if subj is not None:
                # 'Police have opened an investigation', 'a court in Lyon ordered an inquiry'
                return self._actors(state, subj) or self._unnamed(state, subj, None) or self._unlisted(state, subj)
        return self._clause_doer(state, noun, entry) or self._told_doer(state, noun, entry) or \
            self._group_modifier(state, noun) or self._crowd(state, noun, entry)

    def _group_modifier(self, state: DocState, noun: Token) -> list[Actor]:
        """'an opposition boycott', 'alleged government attacks on civilians': a word for a body
        that acts (modifiers.yaml ``doer_sectors``) before the noun is its doer though no table
        knows it, of the country where it acts. Not the one it is done to: 'embassy bombing',
        'child rape charges', 'hostage-taking', and no owner of an act done to people ('envoy murder')."""
        if noun.lemma_.lower() in self.mods.patient_nouns:
            return []
        for c in noun.lefts:
            if c.dep_ not in ("amod", "compound", "nmod") or c.pos_ not in ("NOUN", "PROPN") or in_name(c):
                continue
            sector = self.resolver.sectors.get(c.lower_) or self.resolver.sectors.get(c.lemma_.lower())
            if sector is not None and sector.lower() in self.mods.doer_sectors:  # (the loader lowercases)
                country = self._setting(state, c, doer=True) or self._story_country(state, c)
                start = self._offset + c.idx
                return [self.resolver.of_country(country, c.text, start, sector) if country
                        else unknown_country(c.text, start, sector)]
        return []

    def _other_side(self, state: DocState, between: Token, side: Actor, violent: bool) -> list[Actor]:
        """'talks between Darfur rebels and the Sudanese government': a side no table knows,
        named by its kind, is of the place its own words name, else of the other side's
        country (talks within a country; not the dateline's, where the talks are held); in
        fighting ('clashes between US forces and Shia militiamen across Iraq'), of where it
        is fought, else of the country the story is about, not the other side's."""
        for part in (p for g in between.children if g.dep_ == "pobj" for p in (g, *g.conjuncts)):
            at = self._offset + part.idx
            sector = self.resolver.sector_of(self._np_words(part))
            if sector is None or any(a.start <= at < a.end for a in (side, *state.mentions)):
                continue
            lo, hi = self._offset + part.left_edge.idx, self._offset + part.idx + len(part.text)
            country = next((p.country for p in state.doc.places if lo <= p.start < hi and p.country), None)
            if country is None:
                country = (self._setting(state, part, doer=True) or self._story_country(state, part, side.country)) \
                    if violent else side.country
            if violent and country == side.country:
                continue  # fighting within one country is told by its sides' own words
            start = self._offset + part.left_edge.idx
            text = self._text[start:hi]
            return [self.resolver.of_country(country, text, start, sector) if country
                    else unknown_country(text, start, sector)]
        return []

    def _told_by_modifier(self, noun: Token, actor: Actor) -> bool:
        """Whether an adjective before the noun names its doer ('the U.S.-led invasion', 'an
        Israeli offensive'; not 'the Iraq war', where a name before the noun may be either side)."""
        for c in noun.lefts:
            if c.dep_ == "amod":
                lo = self._offset + c.left_edge.idx
                hi = self._offset + c.right_edge.idx + len(c.right_edge.text)
                if lo <= actor.start < hi:
                    return True
        return False

    def _named_by_modifier(self, noun: Token, actor: Actor) -> bool:
        """Whether a country (no body, no person) is told only by a word before the noun."""
        if actor.kind != "country":
            return False
        return any(c.dep_ in ("amod", "compound", "nmod") and
                   self._offset + c.left_edge.idx <= actor.start < self._offset + c.right_edge.idx + len(c.right_edge.text)
                   for c in noun.lefts)

    def _owner_is_patient(self, state: DocState, noun: Token, of: Token | None) -> bool:
        """'Stevens' murder', 'his arrest': a person owning an act done to people is its victim."""
        if of is not None or noun.lemma_.lower() not in self.mods.patient_nouns:
            return False
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is None:
            return False
        at = self._offset + owner.idx  # the parse has no NER of its own: the document's entities say who is a person
        return owner.pos_ == "PRON" or any(e.start <= at < e.end and e.label == "PERSON" for e in state.doc.entities)

    def _where_not_who(self, state: DocState, modifier: Token, unconventional: bool = False) -> bool:
        """'the Benghazi attack', 'a Tel Aviv bus bombing', 'Kabul blast': a city, a region or a
        capital naming an act of violence is where it happened, not who did it ('US strikes' and
        'a Russian attack' keep their doer). A country's name before a bombing, a blast or an
        assassination (CAMEO 18, ``unconventional``: not what states' forces do) is where too
        ('Pakistan Blast', 'Iraq Bombings')."""
        if modifier.pos_ != "PROPN" or modifier.tag_ == "JJ":
            return False
        at = self._offset + modifier.idx
        # ... nor the country the story is set in ('the Libya attack' in a story of the Benghazi consulate)
        return any(p.start <= at < p.end and (p.feature != "country" or unconventional or
                                               p.country == dominant_country(state)) for p in state.doc.places) or \
            any(m.start <= at < m.end and m.kind in ("capital", "region") for m in state.mentions)

    def _code_credited(self, state: DocState, chunk: Chunk, sent: SpacySpan, verb: Token, obj: Token | None,
                       entry: Entry) -> None:
        """'The Taliban claimed responsibility for the bombing': the bombing is the Taliban's."""
        tok = self._by_path(verb, obj, f"prep:{entry.credits}")
        if tok is None:
            return
        entries = self.lexicon.by_noun.get(tok.lemma_.lower()) or self.lexicon.by_noun.get(tok.lower_)
        sources = self._sources(state, verb, False)
        if entries and sources:
            self._code_noun(state, chunk, sent, tok, entries, source_override=sources)


def _carried_noun(noun: Token) -> Token:
    """The noun phrase a support verb would take that holds the event noun: the noun itself,
    or the head it modifies or names with 'of' ('launched a mediation effort', 'issued an
    arrest warrant', 'announced a suspension of aid'), or a rise in it ('announced a sharp
    increase in aid')."""
    for _ in range(2):
        if noun.dep_ == "compound" and noun.head.pos_ == "NOUN":
            noun = noun.head
        elif noun.dep_ == "pobj" and noun.head.lower_ in ("of", "for") and noun.head.head.pos_ == "NOUN" and \
                noun.head.head.dep_ in ("dobj", "compound", "pobj") and \
                not (noun.head.head.dep_ == "pobj" and any(c.dep_ == "poss" for c in noun.head.head.children)):
            # (not through a phrase with an owner of its own: 'his criticism of the administration's
            # handling of the attack' holds no attack of his)
            noun = noun.head.head
        elif noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.lower_ in GROWTH and \
                noun.head.head.dep_ in ("dobj", "compound", "pobj"):
            noun = noun.head.head
        else:
            break
    return noun


def _shares_possessor(noun: Token) -> bool:
    """Whether a noun joined to another ('record and detention') has no determiner or owner
    of its own and its first conjunct has an owner."""
    return noun.dep_ == "conj" and noun.head.pos_ == "NOUN" and \
        not any(c.dep_ in ("det", "poss") for c in noun.children) and \
        any(c.dep_ == "poss" for c in noun.head.children)


def _given_by(noun: Token) -> Token | None:
    """Who gives what a receiving verb's object names: the verb's 'from' ('received aid from
    Japan'); None for a noun that is no such object."""
    verb = noun.head
    if noun.dep_ not in ("dobj", "obj") or verb.lemma_.lower() not in RECEIVING:
        return None
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"), None)
    return next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None


# the document last coded, and (noun's index, id of its entries) -> (coder, entries, the entry it names)
_NOUN_ENTRIES: list = [None, {}]
# (id of an entry list, the noun's forms) -> (the list, its entries with a noun pattern headed
# by one of the forms, each with those patterns by the words before the head)
_HEADS: dict[tuple[int, tuple[str, ...]], tuple[list[Entry], list[tuple[Entry, dict]]]] = {}


def _headed(entries: list[Entry], forms: tuple[str, ...]) -> list[tuple[Entry, dict]]:
    """The entries, in their order, that have noun patterns headed by one of ``forms``, each
    with those patterns indexed by their words before the head: words before -> (the length
    of the longest with no 'of' phrase after the head, (words after 'of', length) of the
    others). Indexed once per entry list and forms, not read pattern by pattern per noun."""
    held = _HEADS.get((id(entries), forms))
    if held is None or held[0] is not entries:
        if len(_HEADS) > 100_000:  # a bound on a long run's distinct noun forms
            _HEADS.clear()
        found = []
        for e in entries:
            by_before: dict[tuple[str, ...], tuple[int, list[tuple[tuple[str, ...], int]]]] = {}
            for words in e.nouns:
                at = noun_head(words)
                if words[at] not in forms:
                    continue
                before, after = words[:at], words[at + 2:]
                bare, with_of = by_before.get(before, (0, []))
                if after:
                    with_of.append((after, len(words)))
                else:
                    bare = max(bare, len(words))
                by_before[before] = (bare, with_of)
            if by_before:
                found.append((e, by_before))
        held = _HEADS[id(entries), forms] = (entries, found)
    return held[1]


def _of_object(noun: Token) -> Token | None:
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None


def _of_names(noun: Token, words: tuple[str, ...]) -> bool:
    """Whether the noun's 'of' names ``words`` ('suspension' + 'of aid', 'of military aid')."""
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for g in c.children:
                if g.dep_ == "pobj" and words[-1] in (g.lemma_.lower(), g.lower_):
                    mods = [m.lower_ for m in g.lefts if m.dep_ in ("compound", "amod")]
                    return len(words) == 1 or list(words[:-1]) == mods[-(len(words) - 1):]
    return False
