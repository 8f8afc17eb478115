"""Sense rules: when a trigger word is used in a sense that is no political event (the
exclusions of data/lexicon/senses.yaml), and when a capitalized event noun is a name."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from functools import cache
from typing import Any

from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Token

from .. import data
from ..lexicon import Sense


# stands in a phrase's words for a head that is a number: 'More than 200,000 filled Tahrir Square
# to protest' (senses.yaml may list it in a word class)
NUMBER = "#number"
# stands for a doer who is no one in particular: 'any Palestinian who negotiates', 'whoever
# attacks us', 'Who attacked our country?'
ANYONE = "#anyone"
# stands for a head that is a people named for its country: 'Egyptians protest over presidential
# powers' is a crowd in the street, as 'protesters' are
NATIONALS = "#nationals"


@cache
def _groups() -> frozenset[str]:
    """The words of the organization table's names ('Hamas', 'Taliban', 'Qaeda'): a group named
    before an act ('the Hamas attack') is its doer, not its place."""
    return frozenset(w.lower() for r in data.read_tsv("actors/organizations.tsv")
                     for name in [r["name"], *data.split_list(r["names"])]
                     for w in name.lstrip("~").split() if w[:1].isupper() and len(w) > 2)


@cache
def _nationals() -> frozenset[str]:
    """The plural demonyms of the country table ('Egyptians', 'Iranians')."""
    return frozenset(w.lower() for r in data.read_tsv("actors/countries.tsv")
                     for w in data.split_list(r["adjectives"]) if w.endswith("s") and w[:1].isupper())


# a clause on a noun says what it does, not what it is
CLAUSES = ("acl", "relcl")


def words_of(tok: Token | None, skip: Token | None = None) -> set[str]:
    """Lemmas and forms of a phrase (less the clause ``skip`` heads and the clauses on its
    head: 'soldiers demanding pay' are no market), and ``NUMBER`` for a phrase that is only
    a count."""
    if tok is None:
        return set()
    skipped = {i for c in ([skip] if skip is not None else []) + [c for c in tok.children if c.dep_ in CLAUSES]
               for i in range(c.left_edge.i, c.right_edge.i + 1)}
    words = {w for t in tok.subtree if t.i not in skipped for w in (t.lemma_.lower(), t.lower_)}
    if _count(tok) >= 100:  # a crowd, not 'the two' leaders nor 'one' rocket
        words.add(NUMBER)
    if tok.lower_ in _nationals():
        words.add(NATIONALS)
    if tok.lower_ in ("anyone", "anybody", "whoever", "whomever", "who") or \
            any(c.dep_ == "det" and c.lower_ in ("any", "whichever") for c in tok.children):
        words.add(ANYONE)  # the head itself, not a word of a clause in it ('militants who had any ties')
    return words


def _count(tok: Token) -> float:
    """The number a numeral head says ('200,000', '200.000'), 0 for any other word."""
    if not (tok.like_num or tok.pos_ == "NUM"):
        return 0
    digits = tok.text.replace(",", "").replace(".", "")
    return float(digits) if digits.isdigit() else 0


def _bare_name(tok: Token | None) -> bool:
    """A proper name and nothing else: 'Spain', 'New Zealand'."""
    return tok is not None and tok.pos_ == "PROPN" and all(t.pos_ in ("PROPN", "DET") for t in tok.subtree)


def in_name(tok: Token) -> bool:
    """A capitalized event noun in running text is part of a name ('Government of National
    Accord', 'Arab Spring'); in a headline ('Israeli Strike Kills 5') capitals say nothing."""
    if tok.pos_ != "PROPN":
        return False
    words = [t for t in tok.sent if t.is_alpha and len(t) > 3]
    return sum(t.text[0].isupper() for t in words) < 0.6 * len(words)


# the sentence last asked about: its document, start, end and words
_LAST_SENTENCE: list = [None, 0, 0, frozenset()]


def sentence_words(trigger: Token) -> frozenset[str]:
    """Lemmas and forms of the trigger's sentence. Remembered for the last sentence asked
    about: the coder asks for each trigger of a sentence in turn."""
    held = _LAST_SENTENCE
    if held[0] is not trigger.doc or not held[1] <= trigger.i < held[2]:
        sent = trigger.sent
        held[:] = [trigger.doc, sent.start, sent.end, _words(trigger.doc, sent.start, sent.end)]
    return held[3]


# the string store the ids below are of; string id -> the lemma lower-cased, -> the form
_STORE: list[Any] = [None]
_LEMMAS: dict[int, str] = {}
_FORMS: dict[int, str] = {}


def _words(doc: Doc, start: int, end: int) -> frozenset[str]:
    """Each word's ``lemma_.lower()`` and ``lower_``, read from the parse's arrays."""
    strings = doc.vocab.strings
    if _STORE[0] is not strings:  # another vocabulary: its ids may name other strings
        _STORE[0] = strings
        _LEMMAS.clear()
        _FORMS.clear()
    # the sentence's own rows, each distinct id looked up once (a sentence repeats its words)
    lemmas, lowers = doc.to_array([LEMMA, LOWER]).reshape(-1, 2)[start:end].T.tolist()
    words = set()
    for lemma in set(lemmas):
        word = _LEMMAS.get(lemma)
        if word is None:
            word = _LEMMAS[lemma] = strings[lemma].lower()
        words.add(word)
    for lower in set(lowers):
        form = _FORMS.get(lower)
        if form is None:
            form = _FORMS[lower] = strings[lower]
        words.add(form)
    return frozenset(words)


def sense_of(senses: list[Sense], trigger: Token, subject: Token | None, obj: Token | None) -> Sense | None:
    """The non-political sense (senses.yaml) the trigger is used in, if any: 'China Mine Blast
    Kills 56' (a disaster), 'shares rallied' (markets), 'Spain beat France in the final' (sport).
    For a noun trigger, ``subject`` is the noun itself: its modifiers tell its sense. Where
    several senses hold, what each takes away is taken away ('the company blocked an account'
    is no online blockade (12, 19) and no freezing of assets either)."""
    found: Sense | None = None
    for sense in _senses(senses, trigger, subject, obj):
        if not sense.roots:
            return sense
        found = sense if found is None else replace(found, roots=found.roots | sense.roots)
    return found


def _senses(senses: list[Sense], trigger: Token, subject: Token | None, obj: Token | None) -> Iterator[Sense]:
    lemma = trigger.lemma_.lower()
    if subject is not None and trigger.dep_ == "relcl" and trigger.head.i != trigger.i and \
            (subject.lower_ in ("who", "that", "which") or subject.i == trigger.head.i):
        # "NPR's Dina Temple-Raston, who spoke with American officials": the noun, not the clause
        subj_words = words_of(trigger.head, skip=trigger)
    elif subject is trigger:  # a noun's own modifiers, not what it is done to ('murder of his daughter')
        subj_words = {w for c in trigger.lefts for w in words_of(c)}
    else:
        subj_words = words_of(subject)
    if subject is None and trigger.pos_ in ("VERB", "AUX"):
        # a passive's doer is its agent: 'Parliament had been dissolved by the courts'
        subj_words = {w for c in trigger.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"
                      for w in words_of(g)}
    context: frozenset[str] | None = None
    words = (lemma, trigger.lower_) + ((obj.lemma_.lower(), obj.lower_) if obj is not None else ())
    got: dict[str, Any] = {}  # what several senses ask of the object: found once

    def once(key: str, make: Callable[[], Any]) -> Any:
        if key not in got:
            got[key] = make()
        return got[key]

    for sense in _taking(senses, words):
        if obj is not None and sense.subject and sense.triggers and subject is not trigger and \
                (sense.takes(obj.lemma_.lower()) or sense.takes(obj.lower_)) and \
                once("modifiers", lambda: {w for c in obj.lefts for w in words_of(c)}) & sense.subject:
            yield sense  # 'launch a political attack': the event noun a verb carries out has the sense
            continue
        if not (sense.takes(lemma) or sense.takes(trigger.lower_)):
            continue
        if sense.present and not _of_trigger(trigger, None, _simple_present):
            continue
        if sense.subject and subj_words & sense.subject and not subj_words & sense.unless:
            yield sense
            continue
        if sense.context:
            if context is None:
                context = sentence_words(trigger)
            if context & sense.context:
                yield sense
                continue
        if sense.pairs and once("pair", lambda: _bare_name(subject) and _bare_name(obj)):
            yield sense
            continue
        if sense.object and once("objects", lambda: _objects(trigger, obj)) & sense.object:
            yield sense
            continue
        if sense.heads and trigger.dep_ in ("compound", "amod") and trigger.head.i != trigger.i and \
                {trigger.head.lemma_.lower(), trigger.head.lower_} & sense.heads:
            yield sense
            continue
        if sense.without and subject is not trigger and not _of_trigger(trigger, sense.without, _has_any):
            yield sense
            continue
        if sense.having and _of_trigger(trigger, sense.having, _has_all_of_any):
            if context is None:
                context = sentence_words(trigger)
            if not context & sense.unless:  # with `having`, `unless` names words of the sentence
                yield sense  # 'fired rockets into Israel', unless 'into the Sea of Japan'
                continue
        if sense.governors:
            if context is None:
                context = sentence_words(trigger)
            # a governor names a word by its lemma ('dobj:demand'), a word of the trigger's own
            # sentence: where the sentence has none of them, none governs it
            if not _governor_words(sense.governors).isdisjoint(context) and \
                    _of_trigger(trigger, sense.governors, _governed):
                if sense.unless and context & sense.unless:
                    continue  # with `governors`, `unless` names words of the sentence too
                yield sense
                continue
        if sense.as_noun and subject is trigger and not _of_trigger(trigger, sense.without, _has_any):
            yield sense  # a noun that names a state: 'Israel's occupation' (but 'the occupation of Afghanistan')
            continue
        if sense.within and subject is trigger and _named_by_place(trigger, sense.within):
            yield sense


# the trigger last asked about (its parse and position) and what was found of it: sense_of
# is asked of one trigger with each object its verb may have, and many senses ask the same
_TRIGGER: list = [None, -1, {}]


def _of_trigger(trigger: Token, key: Any, test: Callable[[Token, Any], bool]) -> bool:
    """``test(trigger, key)`` (``_has``, ``_governed``: facts of the trigger alone), found once."""
    held = _TRIGGER
    if held[0] is not trigger.doc or held[1] != trigger.i:
        held[:] = [trigger.doc, trigger.i, {}]
    facts = held[2]
    if (test, key) not in facts:
        facts[test, key] = test(trigger, key)
    return facts[test, key]


_GOVERNOR_WORDS: dict[frozenset[str], frozenset[str]] = {}


def _governor_words(governors: frozenset[str]) -> frozenset[str]:
    """The lemmas the governors name: 'demand' of 'dobj:demand', 'rather' of 'than:rather'."""
    words = _GOVERNOR_WORDS.get(governors)
    if words is None:
        words = _GOVERNOR_WORDS[governors] = frozenset(g.rpartition(":")[2] for g in governors)
    return words


def _has_once(trigger: Token, dependent: str) -> bool:
    return _of_trigger(trigger, dependent, _has)


def _has_any(trigger: Token, dependents: frozenset[str]) -> bool:
    """Whether the trigger has any of the dependents (a sense's ``without``)."""
    return any(_has_once(trigger, d) for d in dependents)


def _has_all_of_any(trigger: Token, paths: frozenset[str]) -> bool:
    """Whether the trigger has all parts of any of the paths ('dobj+oprd': a sense's ``having``)."""
    return any(all(_has_once(trigger, part) for part in _parts(d)) for d in paths)


@cache
def _parts(path: str) -> tuple[str, ...]:
    return tuple(path.split("+"))


def _simple_present(verb: Token, _: object = None) -> bool:
    """A verb told in the simple present, as a standing policy or state is: 'Syria hosts
    Russia's only naval base', 'we do not ban blasphemy' (not 'did not', 'will', 'is banning'
    nor a headline's present, which tells news)."""
    tag = verb.tag_
    if tag not in ("VBZ", "VBP", "VB"):
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not (not auxes if tag != "VB" else len(auxes) == 1 and auxes[0].lower_ in ("do", "does")):
        return False
    # 'Syria Hosts Talks': a headline (its words read last: most verbs are no simple present)
    sent = verb.sent
    return not (sent.start == 0 and verb.doc[0].is_title and sum(t.is_title for t in sent) > len(sent) / 2)


def _named_by_place(noun: Token, within: frozenset[str]) -> bool:
    """'calls for more protests after the Libya attack', 'Report on Libya attack cites failures':
    an act told in passing (the object of one of ``within``) whose only modifier that could name a
    doer is a proper name before it names where it was, not who did it; 'the Israeli attack',
    'Hamas's attack', 'the Hamas attack' (a group of the actor tables), 'the attack by militants'
    and 'the attack on the consulate' say more."""
    # or what is said of it ('US officials knew Libya attack was terrorism', 'the Libya assault may
    # have been a planned terror operation'), or the object of a verb `within` names as 'dobj:discuss'
    talked_of = (noun.dep_ == "nsubj" and noun.head.lemma_ == "be") or \
        (noun.dep_ in ("dobj", "obj") and f"dobj:{noun.head.lemma_.lower()}" in within)
    if not talked_of and (noun.dep_ != "pobj" or noun.head.lower_ not in within):
        return False
    names = [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    if not names or any(t.lower_ in _groups() for c in names for t in c.subtree):
        return False
    if any(c.dep_ == "poss" or (c.dep_ == "amod" and c.text[:1].isupper()) for c in noun.children):
        return False
    return not any(c.dep_ in ("prep", "agent") and c.lower_ in ("by", "on", "against", "from") for c in noun.children)


# senses list -> (its members when indexed, senses for every trigger, trigger word -> positions)
# and the senses found for each tuple of words)
_INDEXED: dict[int, tuple[tuple[Sense, ...], list[int], dict[str, list[int]], dict[tuple[str, ...], list[Sense]]]] = {}


def _taking(senses: list[Sense], words: tuple[str, ...]) -> list[Sense]:
    """The senses, in their order, that take any of ``words`` (the trigger's lemma and form,
    the object's): every test of ``sense_of``'s loop starts with one of those, so the others
    would be passed over; looked up by word, not tried one by one."""
    indexed = _INDEXED.get(id(senses))
    if indexed is None or indexed[0] != tuple(senses):
        every = [i for i, s in enumerate(senses) if s.triggers is None]
        by_word: dict[str, list[int]] = {}
        for i, s in enumerate(senses):
            for w in s.triggers or ():
                by_word.setdefault(w, []).append(i)
        indexed = _INDEXED[id(senses)] = (tuple(senses), every, by_word, {})
    _, every, by_word, memo = indexed
    taking = memo.get(words)
    if taking is None:
        if len(memo) > 100_000:  # a bound on a long run's distinct trigger-object pairs
            memo.clear()
        found = set(every).union(*(by_word.get(w, ()) for w in words))
        taking = memo[words] = [senses[i] for i in sorted(found)]
    return taking


def _governed(trigger: Token, governors: frozenset[str]) -> bool:
    """Whether a word the sense names governs the trigger: a noun asked for ('calls for her
    resignation', 'demanded his release' as 'dobj:demand'), a verb told, asked or stopped
    ('told Petraeus to resign', 'asked Brennan to resign', 'stop deporting'), or what a thing says
    ('a placard praising Islam's prophet' as 'acl:placard'), through conjuncts ('to roll back the
    decree -- or resign')."""
    tok = trigger
    # 'roll back the decree -- or resign' is as asked as 'roll back'; 'to stop assassinating
    # Hamas leaders and to ease the blockade' is a second act of its own
    while tok.dep_ == "conj" and tok.head.i != tok.i and not _infinitive(tok):
        tok = tok.head
    head = tok.head
    if head.i == tok.i:
        return False
    if tok.dep_ in ("advcl", "xcomp", "ccomp") and _infinitive(tok) and \
            any(a.pos_ == "ADJ" and f"acomp:{_lemma(a)}" in governors
                for a in [head, *(c for c in head.children if c.dep_ == "acomp")]):
        # 'it was never too early for the government to condemn attacks', 'could make it harder
        # for U.S. ships to fight': a deed judged due or made hard
        return True
    if tok.dep_ == "ccomp" and f"ccomp:{_lemma(head)}" in governors:
        return True  # 'would have preferred that Israel's military stage a ground invasion'
    if tok.dep_ in ("advcl", "acl") and _infinitive(tok) and head.dep_ in ("ccomp", "xcomp", "advcl", "conj") and \
            _governed(head, governors):
        return True  # '... stage a ground invasion to destroy the rockets': the aim of an act not done
    if tok.dep_ in ("pobj", "pcomp") and head.dep_ == "prep" and head.head.i != head.i and \
            f"{head.lower_}:{_lemma(head.head)}" in governors:
        # 'the possibility of removing all U.S. troops' ('of:possibility'), 'akin to his state
        # launching an attack' ('to:akin')
        return True
    if tok.dep_ == "advcl" and _infinitive(tok) and f"advcl:{_lemma(head)}" in governors:
        return True  # 'introduced bills to prohibit any agency from using drones' ('advcl:introduce')
    if tok.dep_ in ("csubj", "csubjpass") and f"subj:{_lemma(head)}" in governors:
        return True  # 'why allowing offensive speech is preferable' ('subj:be'): a deed in general
    if tok.pos_ in ("NOUN", "PROPN"):
        if tok.dep_ == "pobj" and head.lower_ == "for" and head.head.i != head.i:
            return _lemma(head.head) in governors
        if tok.dep_ not in ("dobj", "obj"):
            return False
        # the object of a verb only where the sense says so ('dobj:demand'): the inquiry a
        # minister ordered may be the act itself; but what an act asked for is done to is
        # asked for too ('asking him to launch direct talks')
        return f"dobj:{_lemma(head)}" in governors or (head.pos_ == "VERB" and _governed(head, governors))
    if tok.dep_ == "pcomp" and head.lower_ == "for" and head.head.i != head.i:
        return _lemma(head.head) in governors  # 'called for ending aid'
    noun_clause = tok.dep_ in ("acl", "relcl") or (tok.dep_ == "advcl" and head.pos_ == "NOUN")  # a misparsed acl
    if _infinitive(tok) and any(c.dep_ == "mark" and c.lower_ == "for" for c in tok.children):
        # 'a window for negotiators to agree': what an opening is for, the clause told of the
        # noun or of the verb that has it ('create a window for negotiators to agree')
        nouns = [head] if head.pos_ in ("NOUN", "PROPN") else \
            [c for c in head.children if c.dep_ in ("dobj", "obj", "attr", "nsubj") and c.pos_ == "NOUN"]
        if any(f"for:{_lemma(n)}" in governors for n in nouns):
            return True
    if noun_clause and f"acl:{_lemma(head)}" in governors:
        return True  # 'a placard praising the prophet', 'a video that mocked Islam' ('acl:placard')
    if noun_clause and tok.tag_ == "VBN" and head.dep_ == "pobj" and head.head.dep_ == "prep" and \
            head.head.head.i != head.head.i and f"{head.head.lower_}:{_lemma(head.head.head)}" in governors:
        return True  # 'the number of ships attacked by Somali pirates' ('of:number'): what a count counts
    if tok.dep_ == "ccomp" or noun_clause:
        # 'asked Brennan to resign', 'it is time for Assad to step down': an infinitive; not what
        # was told ('"Syria is fighting ISIS," Trump told') nor 'at the time Israel invaded'
        return _lemma(head) in governors and _infinitive(tok)
    # 'preferable to trying to ban objectionable speech': what a governed act tries or means to do is governed too
    return tok.dep_ == "xcomp" and (_lemma(head) in governors or (head.pos_ == "VERB" and _governed(head, governors)))


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def _objects(trigger: Token, obj: Token | None) -> set[str]:
    """Head words of what a verb is done to: its object and the objects of its prepositions
    ('engaged in misconduct')."""
    heads = [obj] if obj is not None and obj is not trigger else []
    # a part of what follows 'of': 'shot down 20 of the rockets'
    heads += [g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "of"
              for g in c.children if g.dep_ == "pobj"]
    heads += [g for c in trigger.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    heads += [g for c in trigger.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]  # 'met by strikes'
    heads += [c for c in trigger.children if c.dep_ == "xcomp"]  # 'declined to comment
    # whom the thing done is done with: 'held a conference call with reporters'
    heads += [g for c in (obj.children if obj is not None and obj is not trigger else ())
              if c.dep_ == "prep" and c.lower_ in ("with", "to") for g in c.children if g.dep_ == "pobj"]
    words = {w for h in heads for w in (h.lemma_.lower(), h.lower_)}
    # with the modifier next to the head: 'the Guantanamo Bay prison camp' is a 'prison camp',
    # 'No one from the agency' 'no one'
    words |= {f"{m.lower_} {h.lemma_.lower()}" for h in heads for m in h.lefts
              if m.dep_ in ("compound", "amod", "det") and m.i == h.i - 1}
    return words


def _has(trigger: Token, dependent: str) -> bool:
    """Whether the trigger has a dependent of this kind: 'xcomp' ('told them to leave'),
    'prep:for' ('asked for help'), 'ccomp:that' ('asked that the chairman testify'), 'advcl:say'
    (its lemma: 'attacked the government, saying'), '*:guilty' (any dependent: 'pleaded guilty'),
    a tag as '#VBD' (any case; 'ccomp:#VBD': a clause told in the past, 'insisted that the visit was'),
    a path down, step by step: 'prep>pobj:speech' ('attacked him in a speech'), and words
    one of which will do: 'aux:may|might'. (In senses.yaml, 'dobj+oprd' asks for both.)"""
    deps, words, rest = _dependent(dependent)
    for c in trigger.children:
        if deps is not None and c.dep_ not in deps:
            continue
        if words and c.lower_ not in words and c.lemma_.lower() not in words and f"#{c.tag_.lower()}" not in words and \
                not any(g.dep_ == "mark" and g.lower_ in words for g in c.children):
            continue
        if not rest or _has(c, rest):
            return True
    return False


@cache
def _dependent(dependent: str) -> tuple[frozenset[str] | None, frozenset[str], str]:
    """A dependent of senses.yaml read once: its relations (None for '*'), words, and the path below."""
    step, _, rest = dependent.partition(">")
    dep, _, word = step.partition(":")
    words = frozenset(word.split("|")) if word else frozenset()
    return (None if dep == "*" else frozenset(dep.split("|"))), words, rest
