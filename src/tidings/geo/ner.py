"""Toponym candidates from the statistical NER (doc.entities): GPE, LOC and FAC spans.

The NER finds what no table lists ('Rapides Parish', 'Hutcheson Road'); the gazetteer
says where it is. A span is trimmed to the name ('the Middle East' -> 'Middle East',
"Ankara's" -> 'Ankara'); a demonym or adjective is an actor's word, not a place
('Kenyan', 'French'); a seat of government that speaks or owns is the government
('Washington said', "Moscow's alleged use"); so is a country in the possessive ("France's
far-right", "Russia's ambassador": an owner, not where anything happens). A name the
gazetteer lacks is kept when its last word says what kind of place it is ('Main Street',
'Cedar Creek') or a locative word comes before it ('in Qatraneh').
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from ..records import Entity
from .cues import Mention, local_life, qualifier
from .gazetteer import Gazetteer, norm

LABELS = {"GPE", "LOC", "FAC"}
# other entities a toponym sits inside ('CBC Toronto', 'the University of Manitoba', 'Team Alberta')
HOSTS = {"ORG", "EVENT", "NORP", "PERSON"}
# of those, a name is a place only when it is a country or a first-order division, or a city
# this big (a small town's name inside an organization's is mostly a person's or a word)
HOSTED_CITY = 100_000
WORD = re.compile(r"[A-Z][\w'’.\-]*(?:\s+(?:of\s+|de\s+)?[A-Z][\w'’.\-]*)*")
LEAD = re.compile(r"^(?:the|The|THE)\s+")
OWNS = re.compile(r"['’]s\s")  # "France's far-right", "Russia's ambassador": the country as an owner
RESIDENT = re.compile(r"(?:,\s*\d{1,3},)?\s+of\s+(?P<name>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?=[,.;\s])")
LOCATIVE = re.compile(r"\b(?:in|at|near|from|of|outside|to|into)\s+$")
TAIL = re.compile(r"(?:['’]s|['’]|[.,;:]+)$")
# Where a word is capitalised for its place in the text, not as a name: a line's or a sentence's start.
OPENS = re.compile(r"(?:^|\n|[.!?][\"”’]?\s+)\s*$")
# A common noun after it: 'Media caption', 'Media playback' ('Kiev residents' is a big city's, kept).
LOWER_NEXT = re.compile(r" [a-z]")


@cache
def _acts(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?:['’]s\s+(?!\d)[a-z]|\s+(?:" + "|".join(map(re.escape, words)) + r")\b)")


def mentions(text: str, entities: Iterable[Entity], g: Gazetteer) -> list[Mention]:
    heads = set(g.rules["place_heads"])
    acts = _acts(tuple(g.rules["government_verbs"]))
    found = []
    for e in entities:
        if e.label in HOSTS:
            found.extend(_hosted(text, e, g))
            continue
        if e.label not in LABELS:
            continue
        s, end = e.start, e.end
        lead = LEAD.match(text, s, end)
        if lead:
            s = lead.end()
        while True:
            tail = TAIL.search(text, s, end)
            if tail is None or tail.start() == s or (tail.group(0) == "." and g.candidates(text[s:end])) or (
                    tail.group(0) == "." and text[s:end].split()[-1] in heads):  # 'Memphis St.'
                break
            end = tail.start()
        street = street_after(g, text, norm(text[s:end]), end)
        if street and e.label == "GPE":  # '2517 Memphis St.': the NER's town is the street's first word
            found.append(Mention(s, street, norm(text[s:street]), cue="FAC"))
            continue
        name = norm(text[s:end])
        if name.isupper() and len(name) > 4 and not g.candidates(name):
            name = name.title()  # 'WASHINGTON' in a dateline or headline
        if not name or not name[0].isupper() or name in g.adjectives or name.lower() in g.rules["compass"]:
            continue
        if name in g.metonyms and acts.match(text, end) or name in g.countries and OWNS.match(text, end):
            continue
        known = bool(g.candidates(name))
        words = name.split()
        if known and len(words) == 1 and OPENS.search(text, max(0, s - 4), s) and LOWER_NEXT.match(text, end) \
                and not _strong(g, name) and not qualifier(g, text, end, name):
            continue  # 'Media caption X': a word that opens a line before a noun, not the small town it names
        compass = words[0].lower() in g.rules["compass"] and len(words) > 1
        if not known and compass and g.candidates(" ".join(words[1:])):
            # 'Northeast Georgia', 'North Texas': the place named, a part of it meant
            cut = len(text[s:end]) - len(text[s:end].split(maxsplit=1)[1])
            s, name, known = s + cut, " ".join(words[1:]), True
        if not known and len(words) > 1 and words[-1] not in heads:
            # 'West Virginia State Police', 'Metro Nashville': the places inside the name
            found.extend(_hosted(text, Entity(name, s, end, "ORG"), g))
            continue
        if not known and e.label != "GPE" and words[-1] not in heads:
            continue
        if not known and words[-1] not in heads and not (LOCATIVE.search(text, max(0, s - 12), s) or "." not in name
                                                          and qualifier(g, text, end, name)):
            continue  # a name nothing knows and nothing marks as a place: mostly the NER's slip
        found.append(Mention(s, end, name, cue=e.label))
    return found


@cache
def _street_after(heads: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r" (?:" + "|".join(map(re.escape, heads)) + r")(?![\w])")


def street_after(g: Gazetteer, text: str, name: str, end: int) -> int | None:
    """Where the street ends whose name a town's begins at ``end``: 'Memphis| St.', 'Augusta| Road'
    (a state's or a country's name begins other things: 'Florida Highway Patrol')."""
    if name in g.states or name in g.countries:
        return None
    m = _street_after(tuple(g.rules["street_heads"])).match(text, end)
    return m.end() if m else None


def _strong(g: Gazetteer, name: str) -> bool:
    return any(c.feature in ("country", "admin1", "admin2") or c.feature == "city" and c.primary and
               c.population >= HOSTED_CITY for c in g.candidates(name))


def acts_after(text: str, end: int, g: Gazetteer) -> bool:
    """Whether the seat of government ending at ``end`` acts or owns: 'Washington said'."""
    return bool(_acts(tuple(g.rules["government_verbs"])).match(text, end))


def _county(g: Gazetteer, name: str) -> bool:
    return any(c.feature == "admin2" for c in g.candidates(name))


def residents(text: str, entities: Iterable[Entity], g: Gazetteer) -> list[Mention]:
    """The town a named person is 'of': 'James Tauber of Nelson', 'Raquel Henry, 19, of
    Alexandria' (local news's way to say where someone lives)."""
    found = []
    for e in entities:
        if e.label != "PERSON":
            continue
        m = RESIDENT.match(text, e.end)
        if m is None:
            continue
        name = norm(m.group("name"))
        if any(c.feature in ("city", "admin2") for c in g.candidates(name)) and name not in g.rules["not_places"]:
            found.append(Mention(m.start("name"), m.end("name"), name))
    return found


def _hosted(text: str, e: Entity, g: Gazetteer) -> list[Mention]:
    """Toponyms inside another entity: every word run that is a country, a state or province
    or a big city; of a person's name, only a whole name that is a country ('Tunisia')."""
    name = norm(text[e.start:e.end])
    person = e.label == "PERSON"
    if person:
        words = name.split()
        if len(words) > 1 and words[-1] in g.rules["street_heads"]:
            return [Mention(e.start, e.end, name, cue="FAC")]  # 'Freeman Drive'
        if name in g.countries and name not in g.adjectives and name not in g.states:
            return [Mention(e.start, e.end, name, cue="GPE")]  # 'Tunisia'
    out = []
    for m in WORD.finditer(text, e.start, e.end):
        words = m.group(0).split()
        i = 0
        while i < len(words):  # the longest strong name from each word on
            for n in range(len(words) - i, 0, -1):
                cand = " ".join(words[i:i + n]).rstrip(".,'’")
                cand = cand[:-2] if cand.endswith(("'s", "’s")) else cand
                at = text.find(cand, m.start() if not out else out[-1].end, m.end())
                # in a person's name only a county or a town of local life: 'Rapides Parish Fire',
                # 'Alexandria Police'; never 'Georgia' of 'Georgia Stevens'
                strong = _county(g, cand) if person else _strong(g, cand)
                if cand not in g.adjectives and cand not in g.rules["not_places"] and at >= 0 and (
                        strong or local_life(g, text, cand, at + len(cand))):
                    start = at
                    if start >= 0:
                        out.append(Mention(start, start + len(cand), norm(cand), cue="GPE"))
                    i += n - 1
                    break
            i += 1
    return out
