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
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

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
