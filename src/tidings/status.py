"""Status: how sure the report is of each event.

An event is ``asserted`` when the outlet states it, ``reported`` when it is told on
someone's word ('according to', 'The Independent reported', inside a quotation),
``alleged`` ('allegedly', 'the alleged use of', 'accused Russia of perpetrating'),
``denied`` ('Russia denied attacking'), ``negated`` ('did not expel'),
``hypothetical`` ('if the US attacks', 'the US may withdraw'), ``future`` ('will
withdraw', 'plans to forge', 'is expected to fly') or a ``question``.

The reader walks the dependency parse up from the event's trigger: the verbs of its own
clause carry negation, modals and 'will'; the clauses above it carry denial, allegation
and attribution. The words are data: ``data/status/cues.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from . import data
from .quotes import containing
from .records import Actor, Quote, Span

STATUSES = ["asserted", "reported", "alleged", "denied", "negated", "hypothetical", "future", "question"]
# Edges that stay inside the trigger's clause: its head noun, the verb it is the object of,
# the control verb of an infinitive ('expected to fly'), a coordinated verb.
CLAUSE_INTERNAL = {"xcomp", "dobj", "obj", "pobj", "prep", "pcomp", "compound", "amod", "nmod", "poss", "acl",
                   "conj", "appos", "npadvmod", "attr", "oprd", "acomp", "nsubj", "nsubjpass", "dative", "agent"}
# Edges to a clause above: what someone said, denied or alleged.
CLAUSE_BOUNDARY = {"ccomp", "parataxis", "advcl", "relcl", "csubj"}
# CAMEO roots of verbal acts: when the one who says it is the one who does it, saying is doing
# ('Mr Trump said he hoped to meet Mr Putin' asserts Trump's intent).
VERBAL_ROOTS = {"01", "02", "03", "04", "05", "10", "11", "12", "13"}


@dataclass(frozen=True)
class Cues:
    order: tuple[str, ...]
    negation: frozenset[str]
    deny_verbs: frozenset[str]
    reject_verbs: frozenset[str]
    claim_nouns: frozenset[str]
    question_marks: frozenset[str]
    question_adverbs: frozenset[str]
    condition_marks: frozenset[str]
    hypothetical_aux: frozenset[str]
    hypothetical_adjectives: frozenset[str]
    future_aux: frozenset[str]
    future_verbs: frozenset[str]
    future_nouns: frozenset[str]
    future_adjectives: frozenset[str]
    allege_adverbs: frozenset[str]
    allege_adjectives: frozenset[str]
    allege_verbs: frozenset[str]
    report_adverbs: frozenset[str]
    report_preps: frozenset[str]
    report_verbs: frozenset[str]
    carrying_verbs: frozenset[str]
    saying_nouns: frozenset[str]


@cache
def cues() -> Cues:
    spec = data.read_yaml("status/cues.yaml")
    unknown = set(spec["order"]) - set(STATUSES)
    if unknown:
        raise ValueError(f"status/cues.yaml: unknown statuses in order: {sorted(unknown)}")
    return Cues(order=tuple(spec["order"]),
                **{k: frozenset(str(w).lower() for w in spec[k]) for k in Cues.__dataclass_fields__ if k != "order"})


@dataclass
class Claim:
    """What the text says about whether an event happened: its ``status``, the word that
    set it (``cue``), and who the event is told by: the speaker of the quotation it sits in,
    or the subject of the verb of saying above it (``reporter``, a token to resolve)."""

    status: str = "asserted"
    cue: Span | None = None
    quote: Quote | None = None
    reporter: Token | None = None

    def settle(self, source: Actor, cameo: str, reported_by: Actor | None) -> str:
        """The status for an event of ``source``: a report by the actor who did a verbal act
        is the act itself, not a report of it."""
        # the second: 'the Taliban claimed responsibility for the bombing'
        own_word = (self.status == "reported" and cameo[:2] in VERBAL_ROOTS) or self.status == "alleged"
        if own_word and reported_by is not None and _same(reported_by, source):
            return "asserted"
        return self.status


class StatusReader:
    """Reads an event's status from the parse around its trigger."""

    def __init__(self, c: Cues | None = None) -> None:
        self.c = c or cues()

    def read(self, trigger: Token, offset: int, quotes: list[Quote]) -> Claim:
        """The claim an event triggered by ``trigger`` is told with; ``offset`` places the
        parse in the document, ``quotes`` are the document's quotations."""
        own = _own_clause(trigger)
        above = _above(trigger)
        at = offset + trigger.idx
        quote = containing(quotes, at)
        for status in self.c.order:
            hit = getattr(self, f"_{status}")(trigger, own, above)
            if hit is not None:
                cue, reporter = hit
                span = Span(offset + cue.idx, offset + cue.idx + len(cue.text), cue.text) if cue is not None else None
                return Claim(status, span, quote, reporter)
        # a quotation is its speaker's word: what it tells is reported
        return Claim("reported" if quote is not None else "asserted", None, quote)

    # --- one method per status: (cue token, reporter token) or None --------------------------

    def _negated(self, trigger: Token, own: list[Token], above: list[tuple[Token, str]]):
        heads = [trigger, *_control_heads(trigger)]
        # 'will not rearm or use the Sinai to attack Israelis': a verb joined by 'or' with no
        # subject of its own shares the first one's negation
        heads += [t.head for t in heads if t.dep_ == "conj" and t.head.i != t.i and _child(t.head, "cc", _OR) is not None
                  and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)]
        for tok in heads:
            for ch in tok.children:
                if (ch.dep_ == "neg" or (ch.dep_ == "det" and tok.pos_ in ("NOUN", "PROPN"))) and \
                        ch.lower_ in self.c.negation:
                    return ch, None
        for ch in trigger.children:  # 'Neither main city was struck', 'Israel struck no targets'
            if ch.dep_ in ("nsubjpass", "dobj", "obj"):
                det = _child(ch, "det", self.c.negation)
                if det is not None:
                    return det, None
        held = _held_by_noun(trigger)
        if held is not None and held.lemma_.lower() not in self.c.saying_nouns:
            # 'showed no signs of backing down', 'has no plans to withdraw' (not 'made no mention of')
            det = _child(held, "det", self.c.negation)
            if det is not None:
                return det, None
        carrier = _carrier(trigger, self.c.carrying_verbs)
        if carrier is not None:  # 'the United States did not take part in arms shipments'
            neg = _child(carrier, "neg", self.c.negation)
            if neg is not None:
                return neg, None
        return None

    def _denied(self, trigger: Token, own: list[Token], above: list[tuple[Token, str]]):
        for tok, via in above:
            lemma = tok.lemma_.lower()
            if lemma in self.c.deny_verbs and via not in ("nsubj", "nsubjpass"):
                return tok, _subject(tok)
            if lemma in self.c.claim_nouns and tok.head.lemma_.lower() in self.c.reject_verbs | self.c.deny_verbs:
                return tok.head, _subject(tok.head)
        return None

    def _question(self, trigger: Token, own: list[Token], above: list[tuple[Token, str]]):
        asked = True  # an infinitive asked about covers what it is done to, not what it is for
        for tok in own:
            mark = _child(tok, "mark", self.c.question_marks)
            if mark is not None:
                return mark, None
            if asked and tok.pos_ in ("VERB", "AUX") and _child(tok, "aux", frozenset({"to"})) is not None:
                adv = _child(tok, "advmod", self.c.question_adverbs)  # 'decide when to launch an invasion'
                if adv is not None:
                    return adv, None
            asked = asked and tok.dep_ not in ("prep", "pcomp", "pobj")
        sent, doc = trigger.sent, trigger.doc  # (read from the end: the sentence's last words come first)
        end = next((t for t in (doc[i] for i in range(sent.end - 1, sent.start - 1, -1))
                    if not t.is_quote and t.dep_ == "punct"), None)
        # the question must be the trigger's clause's or one above it: not the one a witness
        # quotes ('witnesses say an officer slapped Bouazizi and he cried out, "Why ...?"')
        if end is not None and end.text == "?" and end.head.i in {t.i for t in own} | {t.i for t, _ in above}:
            return end, None
        return None

    def _hypothetical(self, trigger: Token, own: list[Token], above: list[tuple[Token, str]]):
        for tok in own:
            mark = _child(tok, "mark", self.c.condition_marks)  # 'if the US attacks'
            if mark is not None:
                return mark, None
            inverted = _inverted_condition(tok)  # 'should Israeli forces launch a ground invasion'
            if inverted is not None:
                return inverted, None
            for ch in tok.children:  # '(if the US attacks) we end up fighting Russia'
                if ch.dep_ == "advcl" and _child(ch, "mark", self.c.condition_marks) is not None:
                    return _child(ch, "mark", self.c.condition_marks), None
            if tok.pos_ in ("VERB", "AUX"):
                aux = _child(tok, "aux", self.c.hypothetical_aux)
                if aux is not None:
                    return aux, None
            elif tok.pos_ == "NOUN":
                # 'the possible use of chemical weapons', 'helicopters for possible use in slaughtering'
                adj = _child(tok, "amod", self.c.hypothetical_adjectives)
                if adj is not None:
                    return adj, None
        return None

    def _future(self, trigger: Token, own: list[Token], above: list[tuple[Token, str]]):
        c = self.c
        for tok in own:
            aux = _child(tok, "aux", c.future_aux)
            if aux is None and _bare_participle(tok):
                # 'Obama will leave for Asia next week, embarking on a four-day trip': a participle
                # with no subject of its own is told at its verb's time
                aux = _child(tok.head, "aux", c.future_aux)
            if aux is not None:
                return aux, None
            to = _child(tok, "aux", frozenset({"to"}))
            if to is not None and (tok.dep_ == "ROOT" or (tok.dep_ in ("acl", "relcl") and tok.head.dep_ == "ROOT"
                                                          and tok.head.pos_ in ("NOUN", "PROPN"))):
                return to, None  # a headline's infinitive: 'Squadron to be deployed', 'German leader to arrive'
            if tok.dep_ in ("xcomp", "acl") and tok.head is not tok:
                head = tok.head
                lemma = head.lemma_.lower()
                if head.pos_ in ("VERB", "AUX") and lemma in c.future_verbs and \
                        (lemma != "go" or head.tag_ == "VBG"):  # 'is going to attack', not 'went to meet'
                    return head, None
                if head.pos_ == "NOUN" and lemma in c.future_nouns:  # 'plans to forge an alliance'
                    return head, None
                if head.pos_ == "ADJ" and lemma in c.future_adjectives:  # 'is due to visit'
                    return head, None
        return None

    def _alleged(self, trigger: Token, own: list[Token], above: list[tuple[Token, str]]):
        c = self.c
        adv = _hedge(trigger, above, c.allege_adverbs)
        if adv is not None:
            return adv, None
        for tok in own:
            if tok.pos_ in ("NOUN", "PROPN"):
                adj = _child(tok, "amod", c.allege_adjectives)  # 'the alleged use of a nerve agent'
                if adj is not None:
                    return adj, None
        for tok, via in above:
            # 'accused Russia of perpetrating war crimes', 'blame Russia for the poisoning',
            # 'alleged that ...': what one actor lays at another's door
            if tok.lemma_.lower() in c.allege_verbs and tok.pos_ == "VERB" and via in ("prep:of", "prep:for", "ccomp",
                                                                                       "oprd", "acomp"):
                return tok, _subject(tok)
        return None

    def _reported(self, trigger: Token, own: list[Token], above: list[tuple[Token, str]]):
        c = self.c
        adv = _hedge(trigger, above, c.report_adverbs)
        if adv is not None:
            return adv, None
        root = trigger.sent.root
        for tok in [*own, root]:
            prep = _child(tok, "prep", c.report_preps)  # 'according to the report', 'Per The Telegraph'
            if prep is None and tok.i == root.i:
                prep = next((t for t in root.sent[:2] if t.lower_ in c.report_preps), None)
            if prep is not None:
                return prep, None
        crossed = False
        for tok, via in above:
            crossed = crossed or via in ("ccomp", "parataxis") or (via == "xcomp" and _passive(tok))
            if crossed and tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in c.report_verbs:
                # 'G8 ministers are believed to have agreed': the believers are not the ministers
                return tok, None if _passive(tok) else _subject(tok)
        for tok in own:  # 'Russian jets bombed the town, the ministry said'
            for ch in tok.children:
                if ch.dep_ == "parataxis" and ch.lemma_.lower() in c.report_verbs:
                    return ch, _subject(ch)
        return None


def _own_clause(trigger: Token) -> list[Token]:
    """The trigger and the words above it in its own clause."""
    found = [trigger]
    tok = trigger
    for _ in range(8):
        if tok.head.i == tok.i or tok.dep_ not in CLAUSE_INTERNAL:
            break
        if tok.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            break  # 'X did not meet Y but called Z': the second verb is a clause of its own
        tok = tok.head
        found.append(tok)
    return found


def _above(trigger: Token) -> list[tuple[Token, str]]:
    """Every word above the trigger to the root, with the edge the walk came up by
    (``prep:of`` for a preposition)."""
    found = []
    tok = trigger
    for _ in range(16):
        if tok.head.i == tok.i:
            break
        found.append((tok.head, tok.dep_ if tok.dep_ != "prep" else f"prep:{tok.lower_}"))
        tok = tok.head
    return found


def _hedge(trigger: Token, above: list[tuple[Token, str]], adverbs: frozenset[str]) -> Token | None:
    """The first of ``adverbs`` ('allegedly', 'reportedly') that covers the trigger."""
    return next((adv for tok in _hedged(trigger, above) if (adv := _child(tok, "advmod", adverbs)) is not None), None)


def _hedged(trigger: Token, above: list[tuple[Token, str]]) -> list[Token]:
    """The words whose hedge ('allegedly', 'reportedly') covers the trigger: itself, and the
    verbs it is a clausal complement of ('reportedly plans to attack', 'allegedly said that
    ...', 'allegedly said of the push to expel'); not a verb it is only a circumstance of ('reportedly stalled over the expulsion',
    'after learning that France expelled four, allegedly accused')."""
    found = [trigger]
    below = trigger
    for tok, via in above:
        # 'allegedly said of the push to expel': what was said is about the push; an infinitive
        # the parser hangs on the verb as a clause of its own ('said ... to expel') is too
        infinitive = via == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in below.children) and \
            not any(c.dep_ == "mark" for c in below.children)
        if via not in ("ccomp", "xcomp", "parataxis", "acl", "pobj", "prep:of") and not infinitive:
            break
        found.append(tok)
        below = tok
    return found


def _carrier(noun: Token, verbs: frozenset[str]) -> Token | None:
    """The verb that carries out an event noun: 'did not launch a ground offensive', 'did not
    take part in arms shipments'."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.head.i == noun.i:
        return None
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.i != head.i:
        head = head.head
    elif noun.dep_ not in ("dobj", "obj"):
        return None
    return head if head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in verbs else None


def _held_by_noun(trigger: Token) -> Token | None:
    """The noun an act hangs on by 'of' or as its infinitive: 'signs of backing down', 'plans to
    withdraw', 'evidence of a protest'."""
    head = trigger.head
    if head.i == trigger.i:
        return None
    if trigger.dep_ in ("pobj", "pcomp") and head.dep_ == "prep" and head.lower_ == "of" and head.head.i != head.i:
        noun = head.head
    elif trigger.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children):
        noun = head
    else:
        return None
    return noun if noun.pos_ in ("NOUN", "PROPN") else None


def _inverted_condition(verb: Token) -> Token | None:
    """'should Israeli forces launch an invasion', 'had Israel struck': a modal before the
    subject opens a condition (not a question, which ends in '?')."""
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    aux = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ in ("should", "had", "were")), None)
    if subj is None or aux is None or aux.i > subj.i or verb.dep_ not in ("advcl", "ccomp", "conj"):
        return None
    return aux


def _control_heads(tok: Token) -> list[Token]:
    """'does not plan to attack': the verbs an infinitive's doing hangs on; and the act an
    infinitive of purpose is the aim of ('has not yet deployed to crack down on opposition
    forces': what it was not deployed for was not done either)."""
    heads = []
    while (tok.dep_ == "xcomp" or (tok.dep_ == "advcl" and _purpose(tok))) and tok.head.i != tok.i and len(heads) < 3:
        tok = tok.head
        heads.append(tok)
    return heads


_OR = frozenset({"or", "nor"})


def _bare_participle(verb: Token) -> bool:
    """A present participle hung on a verb as a clause of its own, with no subject nor mark:
    'will leave ..., embarking on a trip'."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX") \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children)


def _purpose(verb: Token) -> bool:
    """An infinitive with no mark of its own ('deployed to crack down'), whose head is a verb."""
    return verb.head.pos_ in ("VERB", "AUX") and _child(verb, "aux", frozenset({"to"})) is not None and \
        not any(c.dep_ == "mark" for c in verb.children)


def _child(tok: Token, dep: str, words: frozenset[str]) -> Token | None:
    return next((c for c in tok.children if c.dep_ == dep and c.lower_ in words), None)


def _subject(verb: Token) -> Token | None:
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.lower_ in ("who", "that", "which") and verb.dep_ == "relcl":
        return verb.head
    return subj


def _passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def _same(a: Actor, b: Actor) -> bool:
    if {a.kind, b.kind} == {"country", "person"}:
        # 'Putin said Russia is ready to contribute': a government's leader speaks for the country
        person, country = (a, b) if a.kind == "person" else (b, a)
        return person.sector == "GOV" and country.sector is None and person.country == country.country is not None
    if a.id and b.id:
        return a.id == b.id
    return a.code == b.code and a.country == b.country
