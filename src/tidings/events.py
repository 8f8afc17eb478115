"""Events: code who did what to whom from the dependency parse, in CAMEO and PLOVER.

The coder reads each parsed sentence that holds a lexicon trigger, finds the
trigger's source and target arguments (active and passive clauses, relative
clauses, control verbs, coordination, nominalizations) and asks the actors
stage to resolve them. A small discourse memory per document fills arguments a
sentence leaves implicit: 'France and Germany only expelled four each' borrows
the target of the expulsions told before, and 'called the expulsions
unfortunate' targets whoever expelled.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from . import numbers, quotes
from .actors import ActorResolver, Word
from .attach import SentenceMentions, tense
from .codebook import Codebook
from .lexicon import Entry, Lexicon, has_trigger
from .records import Actor, Document, Event, Place, Quantity, Span, TimeValue
from .status import StatusReader

SUBJECTS = {"nsubj", "csubj"}
NP_LEFT = {"compound", "amod", "poss", "nmod", "det", "nummod", "quantmod", "case", "npadvmod", "prt"}
QUANTITY_WORDS = {"each", "some", "many", "several", "all", "both", "others", "more", "few", "dozens", "hundreds"}
# Heads that count what follows 'of': 'dozens of Russian diplomats', 'two dozen of them'.
COUNT_NOUNS = {"dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "million", "millions", "scores"}
RELATIVE = {"who", "which", "that", "whom"}
# Verbs that carry a nominal event: 'launched an attack on', 'carried out a bombing'.
SUPPORT_VERBS = {"launch", "carry", "conduct", "stage", "mount", "order", "make", "begin", "step", "wage", "claim"}
ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "st", "gen", "sen", "gov", "lt", "col", "sgt", "rep", "jan", "feb", "mar",
                 "apr", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs", "inc", "corp", "co", "jr", "sr", "u.s",
                 "u.k", "u.n", "e.u", "a.m", "p.m", "prof", "capt", "maj", "adm", "rev"}
GOVERNMENT_WORDS = re.compile(r"\b(?:administration|government|president|regime)\b", re.I)
# What follows a dateline's place up to the story: ' (Reuters) - ', ', AUGUST 17: ', ' -- '.
DATELINE_END = re.compile(r"[^\n]{0,40}?(?:\s--?\s|\s[-–—]\s|:\s)")
SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9])")


@dataclass
class Chunk:
    """A run of sentences of one document, handed to spaCy together."""

    doc_index: int
    start: int  # character offset in the document's text
    text: str


@dataclass
class Frame:
    """One coded (or partly coded) act, kept in the document's discourse memory."""

    entry: Entry
    cameo: str
    source: Actor | None
    target: Actor | None
    trigger: Token
    date: TimeValue | None = None
    place: Place | None = None


@dataclass
class DocState:
    doc: Document
    mentions: list[Actor]
    memory: list[Frame] = field(default_factory=list)
    events: dict[tuple, Event] = field(default_factory=dict)
    when_where: SentenceMentions | None = None  # the dates and places of the sentence being coded


def split_sentences(text: str, offset: int = 0) -> Iterator[tuple[int, int]]:
    """Rough sentence spans for the trigger filter; spaCy's parse sets the real ones."""
    start = 0
    for m in SENTENCE_END.finditer(text):
        before = text[start:m.start() + 1].split()
        last = before[-1].lower().rstrip(".") if before else ""
        if last in ABBREVIATIONS or (len(last) == 1 and last.isalpha()) or re.fullmatch(r"(?:[a-z]\.)+[a-z]", last):
            continue
        yield offset + start, offset + m.end()
        start = m.end()
    if start < len(text):
        yield offset + start, offset + len(text)


def candidate_chunks(doc: Document, doc_index: int, lexicon: Lexicon,
                     unnamed: re.Pattern[str] | None = None) -> list[Chunk]:
    """The parts of a document worth parsing: runs of sentences that hold a trigger and an
    actor (``doc.actors`` must hold the actor mentions, sorted). In a story with a dateline,
    a sector noun ``unnamed`` finds ('police', 'troops') is an actor too: of the dateline's country.

    Most sentences of news hold no event verb; skipping them is where the coder wins
    its speed over running the full spaCy pipeline on every sentence.
    """
    chunks: list[Chunk] = []
    offset = 0
    starts = [m.start for m in doc.actors]
    # the dateline is not part of the first sentence: 'KABUL (Reuters) - ' would be its subject
    lead = DATELINE_END.match(doc.text, doc.dateline.end) if doc.dateline is not None else None
    body_start = lead.end() if lead is not None else 0
    for para in doc.text.split("\n\n"):
        run_start = run_end = None
        for s, e in split_sentences(para, offset):
            if s < body_start < e:
                s = body_start
            # An event needs an actor: a name from the tables, or a definite government noun
            # ('this administration') the resolver reads from the document's context.
            k = bisect_left(starts, s)
            named = (k < len(starts) and starts[k] < e) or \
                (doc.dateline is not None and unnamed is not None and bool(unnamed.search(doc.text, s, e)))
            if (named or GOVERNMENT_WORDS.search(doc.text, s, e)) and has_trigger(doc.text[s:e], lexicon):
                if run_start is None:
                    run_start = s
                run_end = e
            elif run_start is not None:
                chunks.append(Chunk(doc_index, run_start, doc.text[run_start:run_end].rstrip()))
                run_start = None
        if run_start is not None:
            chunks.append(Chunk(doc_index, run_start, doc.text[run_start:run_end].rstrip()))
        offset += len(para) + 2
    return chunks


class EventCoder:
    """Codes events in parsed sentences with a lexicon, a code book and an actor resolver."""

    def __init__(self, lexicon: Lexicon, codebook: Codebook, resolver: ActorResolver,
                 status: StatusReader | None = None) -> None:
        self.lexicon = lexicon
        self.codebook = codebook
        self.resolver = resolver
        self.status = status or StatusReader()
        self.mods = lexicon.modifiers
        self._offset = 0

    # --- entry point ----------------------------------------------------------------

    def code(self, doc: Document, parsed: list[tuple[Chunk, SpacySpan]]) -> list[Event]:
        """Events of one document from its parsed chunks (in text order)."""
        state = DocState(doc, doc.actors)
        for chunk, sdoc in parsed:
            self._offset = chunk.start  # token offsets are relative to the chunk
            for sent in sdoc.sents:
                self._code_sentence(state, chunk, sent)
        return list(state.events.values())

    def _code_sentence(self, state: DocState, chunk: Chunk, sent: SpacySpan) -> None:
        # Verbs are matched first so that a noun a verb pattern uses ('imposed sanctions')
        # is not coded again; events are then coded in text order, so the discourse memory
        # sees 'a suicide bombing' before 'claimed responsibility for the bombing'.
        state.when_where = SentenceMentions(sent, chunk.start, state.doc.timexes, state.doc.places, self._is_event_noun)
        plans: dict[int, tuple[Entry, Token | None, bool]] = {}
        consumed: set[int] = set()
        for tok in sent:
            if tok.pos_ in ("VERB", "AUX") or (tok.tag_.startswith("VB") and tok.pos_ != "NOUN"):
                entries = self.lexicon.by_verb.get(tok.lemma_.lower())
                if not entries:
                    continue
                passive = _is_passive(tok)
                obj = self._object(tok, passive)
                entry = self._best_entry(state, tok, obj, entries)
                if entry is None:
                    continue
                plans[tok.i] = (entry, obj, passive)
                if obj is not None and entry.object:
                    consumed.update(t.i for t in obj.subtree if t.i == obj.i or t.lower_ in entry.object)
                if entry.credits:
                    credited = self._by_path(tok, obj, f"prep:{entry.credits}")
                    if credited is not None:
                        consumed.add(credited.i)
        for tok in sent:
            if tok.i in plans:
                self._code_verb(state, chunk, sent, tok, *plans[tok.i])
            elif tok.pos_ in ("NOUN", "PROPN") and tok.i not in consumed:
                entries = self.lexicon.by_noun.get(tok.lemma_.lower()) or self.lexicon.by_noun.get(tok.lower_)
                if entries:
                    self._code_noun(state, chunk, sent, tok, entries)

    def _is_event_noun(self, tok: Token) -> bool:
        return tok.pos_ in ("NOUN", "PROPN") and (tok.lemma_.lower() in self.lexicon.by_noun
                                                  or tok.lower_ in self.lexicon.by_noun)

    # --- verbs ---------------------------------------------------------------------

    def _code_verb(self, state: DocState, chunk: Chunk, sent: SpacySpan, verb: Token, entry: Entry,
                   obj: Token | None, passive: bool) -> None:
        cameo = entry.cameo
        governor = verb.head if verb.dep_ in ("xcomp", "ccomp") and verb.head.i != verb.i else None
        if governor is not None and governor.pos_ == "VERB":
            glemma = governor.lemma_.lower()
            if glemma in self.mods.intent and entry.intent:
                cameo = entry.intent
            elif glemma == "agree" or (glemma in self.mods.intent and int(entry.cameo[:2]) <= 9):
                cameo = "030"  # 'agreed to instruct the World Bank': an intent to cooperate
            elif glemma in self.mods.threat:
                cameo = entry.threat or "130"
            elif glemma in self.mods.request and verb.dep_ == "xcomp" and \
                    any(c.dep_ in ("dobj", "obj") for c in governor.children):
                return  # 'urged Nato to withdraw': the appeal is the event, coded on its own
        if entry.credits:
            self._code_credited(state, chunk, sent, verb, obj, entry)
            return
        sources = self._sources(state, verb, passive)
        targets = self._targets(state, verb, obj, passive, entry, sources[0] if sources else None)
        if entry.military and cameo == entry.cameo and sources and self._is_state(sources[0]):
            cameo = entry.military  # 'U.S. forces killed 50 militiamen': fighting, not a murder
        self._emit(state, chunk, sent, entry, cameo, verb, sources, targets, quantity=self._quantity(obj))

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
        if obj is not None and _is_quantity(obj):
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

    # --- arguments -----------------------------------------------------------------

    def _sources(self, state: DocState, verb: Token, passive: bool) -> list[Actor]:
        subj = self._subject(verb, passive)
        if subj is None:
            return []
        return self._actors(state, subj) or self._unnamed(state, subj, None)

    def _subject(self, verb: Token, passive: bool, depth: int = 0) -> Token | None:
        """The doer of a verb, through passives, relative clauses, control and coordination."""
        if passive:
            agent = next((c for c in verb.children if c.dep_ == "agent"), None)
            if agent is not None:
                return next((c for c in agent.children if c.dep_ == "pobj"), None)
            return None
        subj = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
        if subj is not None:
            if subj.lower_ in RELATIVE and verb.dep_ == "relcl":
                return verb.head
            return subj
        if depth > 3:
            return None
        head = verb.head
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
            return self._subject(head, _is_passive(head), depth + 1)
        if verb.dep_ in ("conj", "advcl", "xcomp", "ccomp", "pcomp") and head.pos_ in ("VERB", "AUX"):
            return self._subject(head, _is_passive(head), depth + 1)
        if verb.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN"):
            poss = next((c for c in head.children if c.dep_ == "poss"), None)  # "Trump's decision to expel"
            if poss is not None:
                return poss
            if head.dep_ in ("dobj", "pobj") and head.head.pos_ == "VERB":
                return self._subject(head.head, _is_passive(head.head), depth + 1)
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
                    return self._subject(anc, _is_passive(anc), depth + 1)
                if anc.head.i == anc.i:
                    break
                anc = anc.head
        return None

    def _targets(self, state: DocState, verb: Token, obj: Token | None, passive: bool, entry: Entry,
                 source: Actor | None) -> list[Actor]:
        unnamed: list[Actor] = []
        for spec in entry.target:
            tok = self._by_path(verb, obj, spec)
            if tok is None:
                continue
            found = self._actors(state, tok) or self._from_memory(state, tok, entry) or self._at_place(state, tok)
            if found:
                return found
            unnamed = unnamed or self._unnamed(state, tok, source)
        return unnamed

    def _at_place(self, state: DocState, tok: Token) -> list[Actor]:
        """A place as a target stands for its country: 'intended to visit Najaf' is Iraq."""
        at = self._offset + tok.idx
        place = next((p for p in state.doc.places if p.start <= at < p.end and p.country), None)
        if place is None:
            return []
        return [self.resolver.of_country(place.country, place.text, place.start, None)]

    @staticmethod
    def _is_state(actor: Actor) -> bool:
        """A state or its forces and leaders, not its police or its people."""
        return actor.country is not None and actor.kind in ("country", "person", "institution") and \
            actor.sector in (None, "GOV", "MIL")

    def _unnamed(self, state: DocState, tok: Token, other: Actor | None) -> list[Actor]:
        """People the text ties to no country ('Police have arrested a man', 'freed two
        soldiers', 'killed 50 militiamen in a Baghdad suburb') are of the place the act
        happens in, else of the story's dateline, else of the other side: an act with one
        country named is a domestic one."""
        if tok.pos_ not in ("NOUN", "NUM", "PROPN"):
            return []
        words = self._np_words(tok)
        sector = self.resolver.sector_of(words)
        if sector is None and not _is_quantity(tok):
            return []
        assert state.when_where is not None
        place = state.when_where.place_of(tok)
        dateline = state.doc.dateline
        country = (place.country if place is not None else None) or (dateline.country if dateline is not None else None)
        if country is None and other is not None:
            # 'Israel kills 5 in strike at Hamas activist': the group the sentence names beside
            # the doer; with none, the doer's own country (a domestic act)
            lo, hi = self._offset + tok.sent.start_char, self._offset + tok.sent.end_char
            country = next((m.country for m in state.mentions if lo <= m.start < hi and m.country
                            and m.kind == "organization" and m.country != other.country), other.country)
        if country is None:
            return []
        first, last = tok.left_edge, tok
        text = tok.doc.text[first.idx:last.idx + len(last.text)]
        return [self.resolver.of_country(country, text, self._offset + first.idx, sector or "CVL")]

    def _by_path(self, verb: Token, obj: Token | None, spec: str) -> Token | None:
        if spec == "dobj":
            return obj
        if spec in ("iobj", "dative"):
            return next((c for c in verb.children if c.dep_ in ("iobj", "dative") and c.pos_ != "ADP"), None)
        if spec == "xcomp>dobj":
            x = next((c for c in verb.children if c.dep_ == "xcomp"), None)
            return next((c for c in x.children if c.dep_ == "dobj"), None) if x is not None else None
        holders = [verb, obj] if not spec.startswith("dobj>") else [obj]
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
        if tok.lemma_.lower() in ("country", "nation") and any(c.lower_ in ("the", "both") for c in tok.children):
            count = next((numbers.value(c.text) for c in tok.children if c.dep_ == "nummod"), None)
            if count in (2, 3):  # 'accused the two countries of misleading him'
                first = min(t.idx for t in tok.subtree if t.i <= tok.i)
                phrase = tok.doc.text[first:tok.idx + len(tok.text)]
                return self.resolver.group(state.mentions, phrase, self._offset + first, int(count))
        heads = [tok, *[c for c in tok.conjuncts if c.i > tok.i]]
        found = []
        for h in heads:
            actor = self.resolver.resolve(self._np_words(h), state.mentions)
            if actor is not None:
                actor.text = state.doc.text[actor.start:actor.end]  # exactly as printed
                found.append(actor)
        return found

    def _np_words(self, head: Token) -> list[Word]:
        """The core of a noun phrase: its head, left modifiers and appositions; 'of' for
        partitive heads. Relative clauses and other attachments stay out."""
        words: list[Word] = []

        def add(tok: Token, role: str) -> None:
            words.append(Word(tok.text, tok.lower_, self._offset + tok.idx,
                              self._offset + tok.idx + len(tok.text), role))

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
            elif c.dep_ == "prep" and c.lower_ == "in" and head.pos_ == "NOUN" and \
                    self.resolver.sector_of([words[0]]) is not None:
                # 'rebels in Syria', 'police in Burundi's capital': the place gives the country
                pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if pobj is not None:
                    words.extend(Word(w.text, w.lower, w.start, w.end, "location") for w in self._np_words(pobj)
                                 if w.role != "head" or pobj.pos_ == "PROPN")
        words.sort(key=lambda w: w.start)
        return words

    def _from_memory(self, state: DocState, tok: Token, entry: Entry) -> list[Actor]:
        """Arguments left implicit, filled from what the document told before.

        'expelled four each' (a bare quantity): the target of the last event of the same kind.
        'called the expulsions unfortunate' (an event noun): whoever did that event.
        """
        lemma = tok.lemma_.lower()
        if _is_quantity(tok):
            for frame in reversed(state.memory):
                if frame.entry.id == entry.id and frame.target is not None:
                    return [frame.target]
            return []
        sector = self.resolver.sector_of(self._np_words(tok))
        if sector and tok.pos_ == "NOUN":
            # '55 officials' expelled, after Russian spies were: the same side, its own sector
            for frame in reversed(state.memory):
                if frame.entry.id == entry.id and frame.target is not None and frame.target.country:
                    return [self.resolver.relabel(frame.target, tok.text, self._offset + tok.idx, sector)]
            return []
        nouns = self.lexicon.by_noun.get(lemma) or self.lexicon.by_noun.get(tok.lower_)
        if nouns and any(c.lower_ in ("the", "these", "this", "those") for c in tok.children):
            ids = {e.id for e in nouns}
            for frame in reversed(state.memory):
                if frame.entry.id in ids and frame.source is not None:
                    return [frame.source]
        return []

    # --- nominal events ------------------------------------------------------------

    def _noun_entry(self, noun: Token, entries: list[Entry]) -> Entry | None:
        mods = [c.lower_ for c in noun.lefts if c.dep_ in ("compound", "amod")]
        best, best_len = None, 0
        for e in entries:
            for words in e.nouns:
                if words[-1] not in (noun.lemma_.lower(), noun.lower_):
                    continue
                if len(words) > 1 and list(words[:-1]) != mods[-(len(words) - 1):]:
                    continue
                if len(words) > best_len:
                    best, best_len = e, len(words)
        return best

    def _code_noun(self, state: DocState, chunk: Chunk, sent: SpacySpan, noun: Token, entries: list[Entry],
                   source_override: list[Actor] | None = None) -> None:
        entry = self._noun_entry(noun, entries)
        if entry is None:
            return
        sources = source_override if source_override is not None else self._noun_sources(state, noun, entry)
        targets: list[Actor] = []
        for spec in entry.noun_target:
            tok = self._by_path(noun, None, spec)
            if tok is not None:
                targets = self._actors(state, tok)
                if targets:
                    break
        if not targets and noun.dep_ in ("dobj", "obj") and noun.head.lemma_.lower() in self.mods.survive:
            # 'A senior Hamas leader survived an Israeli assassination attempt': the survivor was its target
            survivor = next((c for c in noun.head.children if c.dep_ in SUBJECTS), None)
            targets = self._actors(state, survivor) if survivor is not None else []
        definite = any(c.lower_ in ("the", "this", "these", "that") for c in noun.children)
        told: Frame | None = None
        if definite:
            for frame in reversed(state.memory):  # 'the bombing' told before: same act
                if frame.entry.id == entry.id or frame.cameo[:2] == entry.cameo[:2]:
                    told = frame
                    targets = targets or ([frame.target] if frame.target else [])
                    sources = sources or ([frame.source] if frame.source else [])
                    break
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        counted = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        self._emit(state, chunk, sent, entry, entry.cameo, noun, sources, targets, told,
                   quantity=self._quantity(self._through_partitive(counted) if counted is not None else None))

    def _noun_sources(self, state: DocState, noun: Token, entry: Entry) -> list[Actor]:
        holders = [noun]
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is not None:  # 'expulsion of dozens of diplomats from the US': 'from' may sit lower
            pobj = next((g for g in of.children if g.dep_ == "pobj"), None)
            if pobj is not None:
                holders.append(pobj)
        for spec in entry.source:
            for holder in holders:
                tok = self._by_path(holder, None, spec)
                if tok is not None:
                    found = self._actors(state, tok)
                    if found:
                        return found
        for c in noun.lefts:  # 'a Russian attack', 'US sanctions': the modifier is the doer
            if c.dep_ in ("amod", "compound", "nmod"):
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
        if noun.dep_ in ("dobj",) and noun.head.lemma_.lower() in SUPPORT_VERBS:
            subj = self._subject(noun.head, _is_passive(noun.head))
            if subj is not None:
                return self._actors(state, subj)
        return []

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
        return Quantity(sdoc.text[first:end], self._offset + first, self._offset + end,
                        numbers.value(sdoc.text[first:count.idx + len(count.text)]))

    # --- output ------------------------------------------------------------------

    def _emit(self, state: DocState, chunk: Chunk, sent: SpacySpan, entry: Entry, cameo: str, trigger: Token,
              sources: list[Actor], targets: list[Actor], told: Frame | None = None,
              quantity: Quantity | None = None) -> None:
        """Record the act in the memory and emit an event per source-target pair; ``told`` is
        the same act told before ('the bombing'), whose date and place it shares."""
        date, place = self._when_where(state, trigger, [*sources, *targets])
        if told is not None:
            date = date if date is not None and date.source == "text" else told.date or date
            place = place or (told.place if told.entry.id == entry.id else None)
        state.memory.append(Frame(entry, cameo, sources[0] if sources else None,
                                  targets[0] if targets else None, trigger, date, place))
        if date is not None and date.source == "text":
            # who they were then: Reagan in 1986 was President, and the Russians Soviet
            sources = [self.resolver.at_date(a, date.value) for a in sources]
            targets = [self.resolver.at_date(a, date.value) for a in targets]
        if not sources:
            return
        if not targets and entry.domestic and sources and sources[0].country:
            # 'Restive Maldives eases curfew': the act is done to the source's own people
            targets = [self.resolver.of_country(sources[0].country, sources[0].text, sources[0].start, "CVL")]
        if not targets and entry.reciprocal and len(sources) > 1:
            pairs = [(a, b) for a in sources for b in sources if a is not b]
        else:
            pairs = [(s, t) for s in sources for t in (targets or [None])]
        code = self.codebook.cameo[cameo]
        ptype = entry.type if cameo == entry.cameo and entry.type else code.plover_type
        requires = entry.requires_target
        if requires is None:
            requires = True if not ptype else self.codebook.plover[ptype].requires_recipient or ptype in (
                "ACCUSE", "REQUEST", "REJECT", "THREATEN", "SUPPORT", "CONSULT", "AGREE")
        doc = state.doc
        claim = self.status.read(trigger, chunk.start, doc.quotes)
        reported_by = claim.quote.speaker if claim.quote is not None else None
        if claim.reporter is not None:
            reported_by = next(iter(self._actors(state, claim.reporter)), reported_by)
        ev_start = chunk.start + sent.start_char
        ev_end = chunk.start + sent.end_char
        trig_start = chunk.start + trigger.idx
        for source, target in pairs:
            if target is None and requires:
                continue
            if target is not None and _same_actor(source, target):
                continue
            key = (cameo, source.code, target.code if target else None, trig_start)
            if key in state.events:
                continue
            mode = entry.mode if cameo == entry.cameo else None
            plover = self.codebook.plover_record(cameo, ptype, mode)
            eid = hashlib.sha1(f"{doc.key}|{trig_start}|{cameo}|{source.code}|{source.start}|"
                               f"{target.code if target else ''}|{target.start if target else ''}".encode()).hexdigest()[:16]
            state.events[key] = Event(
                id=eid, doc_id=doc.doc_id, evidence=Span(ev_start, ev_end, doc.text[ev_start:ev_end]),
                source=source, target=target, cameo=self.codebook.cameo_record(cameo), plover=plover,
                trigger=Span(trig_start, trig_start + len(trigger.text), trigger.text), pattern=entry.id,
                date=date, location=place, status=claim.settle(source, cameo, reported_by), status_cue=claim.cue,
                reported_by=reported_by, quantity=quantity,
                caption=any(c.start <= ev_start < c.end for c in doc.captions))


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
        if place is not None and any(a.start < place.end and place.start < a.end for a in actors):
            place = None
        return date, place


def _is_quantity(tok: Token) -> bool:
    """'four', 'four each', 'some': a count standing for things named before."""
    return tok.pos_ == "NUM" or tok.lemma_.lower() in QUANTITY_WORDS or \
        (tok.pos_ == "PRON" and any(c.pos_ == "NUM" for c in tok.children))


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def _same_actor(a: Actor, b: Actor) -> bool:
    if a.id and b.id and a.kind == b.kind == "person":
        return a.id == b.id
    return a.code == b.code and a.country == b.country
