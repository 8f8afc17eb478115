"""Which of the NER's entities are names as printed: the span without 'the', a possessive
or punctuation; no dates, credits or words run together by markup; one word only when the
text shows it is a name ('Mr Alden', 'ANC'); a name the tables' title pass read through a
possessive ("Mr Kilroy-Silk's Buckinghamshire home") is the possessor's."""

from __future__ import annotations

import re
from dataclasses import replace

from ...records import Actor
from ..tables import Tables
from .mentions import known_person, surname
from .vocabulary import generic_words


# What the NER calls an entity but is not an actor.
NOT_ACTORS = re.compile(r"^(?:[^A-Za-z]*|.*\d.*|(?:[A-Z][a-z]+day|January|February|March|April|May|June|July"
                        r"|August|September|October|November|December))$")
# Names of things, not of bodies: a numbered vehicle or series ('Air Force One', 'Marine One'; not the
# 'Group of Eight'), an address a leader gives ('the State of the Union', 'State of the Nation').
NOT_BODIES = re.compile(r"^(?:.*(?<!\bof)\s(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)|State of the\s.*)$")
# Where a name the NER found is not one: a credit line ('AFP - India', 'State Department Handout/EPA'), a
# headline's colon.
NOT_A_NAME = re.compile(r"\n| - |[():;/]|\b(?:Replay|Videos?|Photos?|Caption|WATCH|WATCHED|Playback)\b")
# Words run together by a page's markup: 'Donald John TrumpFederal judge halts ...'.
GLUED = re.compile(r"[a-z]{3,}[A-Z]")


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """The entity without a leading 'the', a possessive or trailing punctuation."""
    span = text[start:end]
    if span[:4].lower() == "the ":
        start += 4
    m = re.search(r"['’]s\s", text[start:end])
    if m:  # "Mr Kilroy-Silk's Buckinghamshire home": the name is the possessor
        end = start + m.start()
    m = re.search(r"\s+(?:of|and|the|for|in)$", text[start:end])
    if m:  # 'Philippe of' (of Belgium): the name without the word after it
        end = start + m.start()
    span = text[start:end]
    m = re.search(r"(?:['’]s?|[.,;:])+$", span)
    if m and not re.search(r"\b[A-Z]\.$", span):  # 'U.S.' keeps its period
        end = start + m.start()
    return start, end


def single_word_name(tables: Tables, text: str, label: str, name: str, start: int, names: list[str],
                      people: list[Actor]) -> bool:
    """Whether one word the NER calls a name is one: a person's surname told before or after a
    title or honorific ('Alden', 'Mr Alden'); an organization's acronym ('ANC') or a name the
    text repeats ('Google ... Google'). A capitalised word that opens a sentence ('Doubt',
    'Kidnappers') needs more."""
    if label == "PERSON":
        before = text[max(0, start - 25):start].split()
        # a title must be printed as one ('President Kent', 'Mr Kent'; not "the official Kent house")
        return any(p.name and surname(p.name) == name for p in people) or known_person(people, [name], start) \
            is not None or bool(before) and before[-1][:1].isupper() \
            and (before[-1].rstrip(".") in tables.titles or before[-1] in tables.person_titles
                 or before[-1].lower() in tables.person_titles)
    if name.lower() in tables.sectors and generic_words().get(name.lower()) != "head":
        return False  # 'Migrants walk on a rocky beach': a common noun opening a caption ('the Army' is a body)
    return (name.isupper() and len(name) >= 2) or names.count(name) >= 2


def possessor(text: str, m: Actor) -> Actor:
    """A person the tables' title pass read through a possessive ("Mr Kilroy-Silk's
    Buckinghamshire home"): the name is the possessor's."""
    cut = re.search(r"['’]s\s", m.text) if m.kind == "person" and m.id is None else None
    if cut is None:
        return m
    name = m.text[:cut.start()]
    return replace(m, text=name, end=m.start + len(name), name=name if m.name == m.text else m.name)
