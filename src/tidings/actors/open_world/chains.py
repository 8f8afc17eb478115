"""Later mentions of an open-world person: by surname ('Alden said', cue ``surname``), all
of them with what any told (the chain), and the gender of the first 'he' or 'she' after."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ...records import Actor, Place
from .. import coref
from ..tables import Tables, cameo_code
from .mentions import surname as last_name
from .people import later_mention
from .vocabulary import POSSESSIVE_END, TEXT_CUES


def surnames(tables: Tables, text: str, mentions: list[Actor], people: list[Actor], places: Sequence[Place]
              ) -> list[Actor]:
    """Later mentions of an open-world person by surname, whatever the NER called them ('Alden
    said' after 'Edward Alden, a senior fellow'): the same actor, cue ``surname``. Not after
    another first name ('Ruth Alden' is someone else)."""
    full = {}
    for p in people:
        if p.name and " " in p.name and last_name(p.name)[:1].isupper():
            full.setdefault(last_name(p.name), p)
    added = []
    taken = [(m.start, m.end) for m in mentions]
    for surname, person in full.items():
        # a place that is only the surname of a person named in full ('Alden') is that person
        near = taken + [(p.start, p.end) for p in places if p.text != surname]
        for m in re.finditer(rf"\b{re.escape(surname)}\b(?![-’'][a-rt-z])", text):
            if m.start() < person.end or any(s < m.end() and m.start() < e for s, e in near):
                continue
            before = text[max(0, m.start() - 20):m.start()].split()
            if before and before[-1][:1].isupper() and before[-1][-1] not in ".!?:;,\"”’)" \
                    and not (before[-1].rstrip(".") in tables.titles
                                                             or before[-1] in tables.person_titles):
                continue
            added.append(later_mention(tables, text, replace(person, text=surname, start=m.start(), end=m.end(), cue="surname"),
                              mentions, places))
            taken.append(m.span())
            near.append(m.span())
    return sorted(mentions + added, key=lambda a: a.start)


def chains(mentions: list[Actor]) -> list[Actor]:
    """Every mention of an open-world person gets what any of them told: 'Maria Butina' in the
    headline is the 'Maria Butina, a 29-year-old Russian citizen' of the body."""
    def bare(name: str | None) -> str:
        return POSSESSIVE_END.sub("", name or "")  # "Ruth Kelly's" is Ruth Kelly

    def surname(m: Actor) -> str:
        return last_name(bare(m.name)) if m.name else ""

    people = [m for m in mentions if m.kind == "person" and m.id is None and m.name]
    # one full name per surname ('Mr Clarke' is the 'Charles Clarke' the text names), when only one is named
    full: dict[str, set[str]] = {}
    for m in people:
        if " " in (m.name or ""):
            full.setdefault(surname(m), set()).add(bare(m.name))
    # what the text says at one mention ('Soleimani, Iran's top general') outweighs the story's
    # country another took for want of it ('General Qassem Soleimani' in a US story); with no
    # such mention, the first full mention decides for all (a later 'Mr Sidhu says' guesses no
    # country the full 'Waheguru Pal Sidhu, an expert at New York University' did not give)
    def named_in_full(m: Actor) -> bool:
        return " " in (m.name or "") and bare(m.text) == bare(m.name)

    told: dict[str, Actor] = {}
    for m in people:
        key = surname(m)
        if len(full.get(key, ())) > 1:
            continue
        if key not in told or (m.cue in TEXT_CUES and m.country and told[key].cue not in TEXT_CUES) or (
                told[key].cue not in TEXT_CUES and not named_in_full(told[key]) and named_in_full(m)):
            told[key] = m
    out = []
    for m in mentions:
        best = told.get(surname(m)) if m in people else None
        if best is None or best is m or (m.cue in TEXT_CUES and m.country):
            out.append(m)
        elif best.country is None:  # the person named in full has no country: no guess for this mention either
            out.append(replace(m, country=None, code=cameo_code(None, m.sector), cue=None))
        else:
            sector = m.sector or best.sector
            out.append(replace(m, name=bare(best.name) if " " in (best.name or "") else m.name, country=best.country,
                               sector=sector, code=cameo_code(best.country, sector),
                               cue="surname" if m.text != best.name else best.cue, gender=m.gender or best.gender))
    return out


def genders(text: str, mentions: list[Actor]) -> list[Actor]:
    """A person the tables do not know takes the gender of the first 'he' or 'she' after
    one of its mentions, before any other person is named: 'Sarah Jones, a teacher, said
    she ...'. Every mention of that person gets it."""
    people = [m for m in mentions if m.kind == "person"]
    told: dict[str, str] = {}
    for i, p in enumerate(people):
        if p.id is not None or p.gender or not p.name or p.name in told:
            continue
        stop = people[i + 1].start if i + 1 < len(people) else len(text)
        m = coref.PRONOUN.search(text, p.end, min(stop, p.end + 300))
        if m:
            told[p.name] = coref.PERSONAL_PRONOUNS[m.group().lower()]
    return [replace(m, gender=told[m.name]) if m.kind == "person" and m.id is None and not m.gender
            and m.name in told else m for m in mentions]
