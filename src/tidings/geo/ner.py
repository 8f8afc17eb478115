"""Toponym candidates from the statistical NER (doc.entities): GPE, LOC and FAC spans.

The NER finds what no table lists ('Rapides Parish', 'Hutcheson Road'); the gazetteer
says where it is. A span is trimmed to the name ('the Middle East' -> 'Middle East',
"Ankara's" -> 'Ankara'); a demonym or adjective is an actor's word, not a place
('Kenyan', 'French'); a seat of government that speaks or owns is the government
('Washington said', "Moscow's alleged use"). A name the gazetteer lacks is kept when
its last word says what kind of place it is ('Main Street', 'Cedar Creek').
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from .. import data
from ..records import Entity
from .cues import Mention
from .gazetteer import Gazetteer, norm

LABELS = {"GPE", "LOC", "FAC"}
LEAD = re.compile(r"^(?:the|The|THE)\s+")
TAIL = re.compile(r"(?:['’]s|['’]|[.,;:]+)$")


@cache
def _metonyms() -> frozenset[str]:
    """Capitals and seats that stand for their governments (data/actors/countries.tsv)."""
    return frozenset(n for r in data.read_tsv("actors/countries.tsv") for n in data.split_list(r["capitals"]))


@cache
def _acts(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?:['’]s\s+(?!\d)[a-z]|\s+(?:" + "|".join(map(re.escape, words)) + r")\b)")


def mentions(text: str, entities: Iterable[Entity], g: Gazetteer) -> list[Mention]:
    heads = set(g.rules["place_heads"])
    acts = _acts(tuple(g.rules["government_verbs"]))
    found = []
    for e in entities:
        if e.label not in LABELS:
            continue
        s, end = e.start, e.end
        lead = LEAD.match(text, s, end)
        if lead:
            s = lead.end()
        while True:
            tail = TAIL.search(text, s, end)
            if tail is None or tail.start() == s or (tail.group(0) == "." and g.candidates(text[s:end])):
                break
            end = tail.start()
        name = norm(text[s:end])
        if name.isupper() and len(name) > 4 and not g.candidates(name):
            name = name.title()  # 'WASHINGTON' in a dateline or headline
        if not name or not name[0].isupper() or name in g.adjectives:
            continue
        if name in _metonyms() and acts.match(text, end):
            continue
        known = bool(g.candidates(name))
        words = name.split()
        if not known and len(words) > 1 and words[-1] not in heads:
            # 'West Virginia State Police', 'Texas Department': the place is the name they start with
            for n in range(len(words) - 1, 0, -1):
                if g.candidates(" ".join(words[:n])) and " ".join(words[:n]) not in g.rules["not_places"]:
                    name, end, known = " ".join(words[:n]), s + len(" ".join(text[s:end].split()[:n])), True
                    break
        if not known and e.label != "GPE" and words[-1] not in heads:
            continue
        found.append(Mention(s, end, name, cue=e.label))
    return found
