"""Coreference within a document: the person a pronoun stands for, the government a
definite title stands for, the countries 'the two countries' are."""

from __future__ import annotations

import re

from ..records import Actor

# Personal pronouns that stand for a person told before, by gender (people.tsv `gender`).
PERSONAL_PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
# 'we' and 'our' in a quotation are the speaker's side.
FIRST_PLURAL = {"we", "us", "our"}
PRONOUN = re.compile(r"\b(?:[Hh]e|[Hh]im|[Hh]is|[Ss]he|[Hh]er)\b")
SENTENCE_START = re.compile(r"(?:^|(?<=[.!?])[\"”’']?\s+|\n\n)(?=[\"“‘']?[A-Z0-9])")


def antecedent(text: str, before: list[Actor], gender: str) -> Actor | None:
    """The person 'he' or 'she' stands for: the nearest sentence that names a person of that
    gender, or one whose gender nothing told (a person the tables do not know), and in it
    the first of that gender, else the first of unknown gender, as the subject comes first
    ('Mr Trump told the WSJ ... rather than removing President Assad. He told ...' is Trump).
    The nearest compatible person, not the most famous: in 'Hillary Clinton spoke. Sarah
    Jones said she ...', she is Jones. ``before`` are the mentions before the pronoun, in
    text order."""
    people = [a for a in before if a.kind == "person" and (a.gender == gender or (a.gender is None and a.id is None))]
    if not people:
        return None
    last = people[-1]
    s_start = max((m.start() for m in SENTENCE_START.finditer(text, 0, last.start + 1)), default=0)
    nearest = [a for a in people if a.start >= s_start]
    return next((a for a in nearest if a.gender == gender), nearest[0])


def leading_person(mentions: list[Actor], before: int) -> Actor | None:
    """The first leader of the country most of the government's people named before
    ``before`` belong to: the government a text is about so far."""
    counts: dict[str, int] = {}
    first: dict[str, Actor] = {}
    for m in mentions:
        if m.start >= before:
            break
        if m.kind == "person" and m.sector == "GOV" and m.country:
            counts[m.country] = counts.get(m.country, 0) + 1
            first.setdefault(m.country, m)
    if not counts:
        return None
    return first[max(counts, key=counts.__getitem__)]
