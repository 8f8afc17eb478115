"""Headlines: a title-cased headline re-cased as a sentence would print it, for the parser.

spaCy's tagger reads 'Rebels Free Troops' or 'Blast Kills 56' as a chain of proper nouns: no
verb, no subject, no object. Re-cased ('Rebels free troops', 'Blast kills 56') it parses as
the sentence it is. A word keeps its capital only on the document's own evidence that it is
a name: the body prints it with a capital inside a sentence, it is a word of a named entity
of the body, or it is inside an actor or a place found in the headline (the actor tables,
the gazetteer) and the body does not print it in lower case. Function words
(data/headline/recase.yaml) are lowercased always, wire credits ('(Reuters)') never.

Re-casing changes no character's offset: the parser reads the re-cased text, every span
still points into the document's text, and records take their words from that text.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span, Token

from . import data
from .records import Document

# A word printed with a capital that a re-casing may lower: 'Kills', 'Shi'ite', "Iraq's";
# not 'US', 'NATO' or '56' (all capitals, acronyms: kept). Hyphenated parts are words of
# their own ('Test-Fires').
CAPITALISED = re.compile(r"(?<![\w'’])[A-Z][a-z][\w'’]*")
# A capital inside a sentence of the body, after a lower-case word or a comma: a name.
MID_SENTENCE_CAPITAL = re.compile(r"(?<=[a-z,;] )[A-Z][\w'’]*")
LOWER_WORD = re.compile(r"(?<![\w'’])[a-z][\w'’]*")
POSSESSIVE = re.compile(r"['’]s?$")
TRAILING_PARENS = re.compile(r"\(([^()]*)\)\s*$")


@dataclass(frozen=True)
class Rules:
    lower: frozenset[str]  # function words, lowercased always
    credits: frozenset[str]  # wire credits in a trailing parenthesis, kept as printed


@cache
def rules() -> Rules:
    spec = data.read_yaml("headline/recase.yaml")
    return Rules(frozenset(w.lower() for w in spec["lower"]), frozenset(c.lower() for c in spec["credits"]))


def end(text: str) -> int:
    """Where the headline ends: the first paragraph of a text with more than one, else 0
    (a text of one paragraph is a story, not a headline)."""
    cut = text.find("\n\n")
    return cut if cut > 0 else 0


def title_cased(headline: str) -> bool:
    """Whether a headline capitalises most of its words ('China Mine Blast Kills 56')."""
    words = headline.split()
    return len(words) > 1 and sum(w[:1].isupper() for w in words) > 0.6 * len(words)


def _key(word: str) -> str:
    return POSSESSIVE.sub("", word)


def recase(text: str, keep: Iterable[tuple[int, int]] = (), names: Iterable[str] = ()) -> str:
    """``text`` with its title-cased headline in sentence case, the same length; any other
    text as it is. ``keep`` are spans in the headline of actors and places found there
    (capitals kept unless the body prints the word in lower case only), ``names`` words of
    the body's named entities (kept)."""
    cut = end(text)
    if not cut or not title_cased(text[:cut]):
        return text
    body = text[cut:]
    capitals = {_key(w) for w in MID_SENTENCE_CAPITAL.findall(body)}
    lowers = {_key(w) for w in LOWER_WORD.findall(body)}
    named = {_key(w) for name in names for w in CAPITALISED.findall(name)}
    spans = list(keep)
    r = rules()
    credit = TRAILING_PARENS.search(text, 0, cut)
    if credit is not None and credit.group(1).strip().lower() in r.credits:
        spans.append((credit.start(), credit.end()))
        cut = credit.start()
    chars = list(text)
    for m in CAPITALISED.finditer(text, 0, cut):
        word, key = m.group(), _key(m.group())
        if m.start() == 0:
            continue  # a sentence begins with a capital
        if key.lower() not in r.lower:
            if key in capitals or key in named:
                continue
            if any(a <= m.start() < b for a, b in spans) and key.lower() not in lowers:
                continue
        lower = word.lower()
        if len(lower) == len(word):  # ('İ' lowers to two characters: then it stays)
            chars[m.start():m.end()] = lower
    return "".join(chars)


def for_parser(doc: Document, text: str) -> str:
    """What the parser reads of ``text``, a chunk that begins the document: its headline
    re-cased on the evidence of ``doc`` (its actors and places in the headline, its entities
    of the body), the rest as it is."""
    cut = end(doc.text)
    if not cut or not doc.text.startswith(text):
        return text
    keep = [(m.start, m.end) for m in doc.actors if m.start < cut] + \
           [(p.start, p.end) for p in doc.places if p.start < cut]
    names = [e.text for e in doc.entities if e.start >= cut]
    return recase(doc.text, keep, names)[:len(text)]


# --- headline grammar: what the parser misreads of a headline, set right -----------------

NOMINAL = ("NOUN", "PROPN", "PRON")
SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj", "expl")
# the key of a parse's user_data that marks a headline: the end (token index) of its sentence
HEADLINE = "tidings_headline_end"
# a word the parser reads as a subject or an object is one: 'Chad rebels free aid workers'
MISREAD_NOT = ("nsubj", "nsubjpass", "dobj", "pobj", "poss", "appos", "conj")
CLAUSE_BREAKS = {",", ";", ":", "--", "-", "–", "—"}


def repair(sdoc: Doc, verbs: Container[str], nouns: Container[str] = (),
           names: Iterable[tuple[int, int]] = ()) -> Doc:
    """The parse of a headline, read by headline grammar where the parser reads it as prose.

    - 'Turkey to expel Syrian diplomats', 'Squadron to be deployed': the noun before a main
      clause's infinitive is its subject (the status reads the infinitive as still to come);
      the parser makes it a modifier of the verb or the verb a clause of the noun.
    - 'U.S. seeking NATO help': a gerund on the headline's noun is its verb, 'is' left out;
      the parser makes it a clause of the noun ('the U.S. that is seeking').
    - 'Rebels free troops', 'Hostage-taker snubs rescue team': a headline with no verb at all
      whose word between a noun and what follows is a verb of the lexicon (``verbs``, by
      lemma) has that word for its verb; the tagger took it for an adjective or a noun. Between
      two actors (``names``, character spans of the actors found in the headline) it is the
      verb whatever the parser made of it: 'Short attacks US over tsunami aid'.
    - "Iraq's government in talks with Sunni leaders", 'Sudan in row with Chad': with no verb,
      the noun the headline opens with is in the act its event noun (``nouns``) names: the
      noun's owner, as in 'the government's talks with Sunni leaders'.

    Only the headline's first sentence is read; the tokens' words and offsets stay. The parse
    is marked a headline's, so that its present tense reads as a past act (``tells_past``)."""
    sent = next(iter(sdoc.sents), None)
    if sent is None:
        return sdoc
    sdoc.user_data[HEADLINE] = sent.end
    _infinitive_subject(sent)
    _progressive(sent)
    _misread_verb(sent, verbs, {t.i for a, b in names for t in sent if a <= t.idx < b})
    _in_the_act(sent, nouns)
    return sdoc


def tells_past(verb: Token) -> bool:
    """Whether a verb in the present tense tells a past act: a headline's does ('Israeli Army
    Kills 5 Palestinians' tells a killing done; 'U.S. Is Seeking Help' an act going on)."""
    return verb.i < verb.doc.user_data.get(HEADLINE, 0)


def _infinitive_subject(sent: Span) -> None:
    for verb in sent:
        to = next((c for c in verb.children if c.dep_ == "aux" and c.tag_ == "TO" and c.i < verb.i), None)
        if to is None or verb.tag_ not in ("VB", "VBN") or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
            continue
        noun = sent.doc[to.i - 1] if to.i > sent.start else None
        while noun is not None and noun.head.i != noun.i and noun.head.i < to.i and noun.head.pos_ in NOMINAL:
            noun = noun.head  # 'German leader': the phrase's head
        if noun is None or noun.pos_ not in NOMINAL or noun.left_edge.i != sent.start or noun.i >= to.i:
            continue
        if verb.head.i == noun.i and noun.dep_ == "ROOT":  # 'German leader to arrive' (relcl of the noun)
            verb.head, verb.dep_ = verb, "ROOT"
        elif not (verb.dep_ == "ROOT" and noun.head.i == verb.i):  # 'Turkey (npadvmod) to expel'
            continue
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        noun.head, noun.dep_ = verb, "nsubjpass" if passive else "nsubj"
        return


def _progressive(sent: Span) -> None:
    root = sent.root
    if root.pos_ not in NOMINAL or root.left_edge.i != sent.start:
        return
    verb = next((c for c in root.rights if c.dep_ == "acl" and c.tag_ == "VBG"
                 and not any(g.dep_ in ("aux", "auxpass", *SUBJECT_DEPS) for g in c.children)), None)
    if verb is None or any(t.i < verb.i and t.i > root.i and t.pos_ in ("VERB", "AUX") for t in sent):
        return
    verb.head, verb.dep_ = verb, "ROOT"
    root.head, root.dep_ = verb, "nsubj"
    for c in [c for c in root.rights if c.i > verb.i]:  # what follows the verb is the verb's
        c.head = verb
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if len(objects) == 2 and objects[1].i == objects[0].right_edge.i + 1:
        objects[0].head, objects[0].dep_ = objects[1], "compound"  # 'seeking NATO help': one object


def _in_the_act(sent: Span, nouns: Container[str]) -> None:
    root = sent.root
    if root.pos_ not in ("NOUN", "PROPN") or root.left_edge.i != sent.start or \
            any(t.pos_ in ("VERB", "AUX") for t in sent):
        return
    prep = next((c for c in root.rights if c.dep_ == "prep" and c.lower_ == "in"), None)
    act = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
    if act is None or (act.lemma_.lower() not in nouns and act.lower_ not in nouns) or \
            any(c.dep_ == "poss" for c in act.children):
        return
    act.head, act.dep_ = act, "ROOT"
    root.head, root.dep_ = act, "poss"
    prep.head, prep.dep_ = act, "dep"


def _misread_verb(sent: Span, verbs: Container[str], named: Container[int] = ()) -> None:
    doc = sent.doc
    # the first clause, up to a break: 'Rebels free troops, talks resume' has a verb after it
    cut = next((t.i for t in sent if t.text in CLAUSE_BREAKS and t.tag_ != "HYPH"), sent.end)
    # an infinitive is no verb of the headline's own: 'Delegates Urge Cleric to Pull Out' has
    # its verb misread before it, with the one urged between the verb and the 'to'
    tos = [c.i for i in range(sent.start, cut) if _infinitive(doc[i]) for c in doc[i].children if c.tag_ == "TO"]
    if any(doc[i].tag_.startswith(("VB", "MD")) and not _infinitive(doc[i]) for i in range(sent.start, cut)):
        return
    for tok in doc[sent.start + 1:min(tos) - 1 if tos else cut - 1]:
        first = tok.i  # 'test-fires': the verb's prefix is part of it
        while first - 2 > sent.start and doc[first - 1].tag_ == "HYPH":
            first -= 2
        before, after = doc[first - 1], doc[tok.i + 1]
        between = before.i in named and after.i in named and tok.i not in named
        if tok.tag_ not in ("NN", "NNS", "JJ", "NNP") or (tok.dep_ in MISREAD_NOT and not between) or \
                (before.pos_ not in ("NOUN", "PROPN") and not between) or \
                after.pos_ not in ("NOUN", "PROPN", "NUM", "ADJ", "DET", "ADP", "PRON"):
            continue
        lemma = _verb_lemma(tok, verbs)
        if lemma is None:
            continue
        _make_verb(sent, tok, lemma, first, cut, named)
        return


def _infinitive(tok: Token) -> bool:
    return tok.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "TO" and c.i < tok.i for c in tok.children)


def _verb_lemma(tok: Token, verbs: Container[str]) -> str | None:
    word = tok.lower_
    for lemma in (tok.lemma_.lower(), word, word[:-1] if word.endswith("s") else None,
                  word[:-2] if word.endswith("es") else None):
        if lemma and lemma in verbs:
            return lemma
    return None


def _make_verb(sent: Span, verb: Token, lemma: str, first: int, cut: int, named: Container[int] = ()) -> None:
    """Re-tree ``sent`` around ``verb`` (its prefix from ``first``, 'test-'): the phrase before
    it is its subject, what follows its object and modifiers ('Rebels free troops in Congo')."""
    doc = sent.doc
    left = range(sent.start, first)
    # the object runs to the first clause break: 'Rebels free troops, talks in doubt'
    right, rest = range(verb.i + 1, cut), range(cut, sent.end)
    roots = {part: [doc[i] for i in part if doc[i].head.i not in part or doc[i].head.i == i]
             for part in (left, right, rest)}
    subject = next((t for t in reversed(roots[left]) if t.pos_ in NOMINAL or t.i in named), None)
    if subject is None:
        return
    plural = verb.lower_.endswith("s") and verb.lower_ != lemma
    verb.head, verb.dep_ = verb, "ROOT"
    verb.pos_, verb.tag_, verb.lemma_ = "VERB", "VBZ" if plural else "VBP", lemma
    for i in range(first, verb.i):
        doc[i].head, doc[i].dep_ = verb, "punct" if doc[i].tag_ == "HYPH" else "advmod"
    subject.head, subject.dep_ = verb, "nsubj"
    for t in roots[left]:
        if t.i != subject.i:
            t.head = subject
    has_object = False
    for t in roots[right]:
        t.head = verb
        if t.pos_ in ("NOUN", "PROPN", "NUM", "PRON") and not has_object:
            t.dep_, has_object = "dobj", True
        elif t.pos_ == "ADP":
            t.dep_ = "prep"
        elif _infinitive(t):  # 'urge cleric to pull out': what the object is to do
            t.dep_ = "xcomp"
        elif t.pos_ == "PUNCT":
            t.dep_ = "punct"
    for t in roots[rest]:  # after the break a clause of its own, or a verb of the same doer ('..., kill army chief')
        shares = t.pos_ == "VERB" and not any(c.dep_ in SUBJECT_DEPS for c in t.children)
        t.head, t.dep_ = verb, "punct" if t.pos_ == "PUNCT" else "conj" if shares else "parataxis"
