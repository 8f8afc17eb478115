"""Pronouns as doers and targets: which of the people told before 'he' can stand for, and
whose side 'we' in a quotation is. A pronoun the text leaves open stays unresolved: a wrong
doer is worse than none."""

from __future__ import annotations

import re

from ...actors import coref
from ...records import Actor

# What may stand between two people joined as one plural subject: 'and', a comma, and the
# capitalised titles of the second ('President Bush and British Prime Minister Tony Blair').
JOINED = re.compile(r"\s*(,\s*and|,|and|&)\s+(?:[A-Z][\w.'’-]*\s+){0,5}$")
# Cues of a country guessed from the story rather than told of the person (actors.open_world).
GUESSED = {"document", "outlet"}


def singular_candidates(mentions: list[Actor], text: str, before: int, speaker: Actor | None = None) -> list[Actor]:
    """The mentions before ``before`` that 'he' or 'she' may stand for: not a person joined to
    another as one plural subject ('Bush and Blair praised Qaddafi because he disposed of ...':
    the pair is 'they', so 'he' is Qaddafi; a comma joins only within such a list, 'Bush,
    Blair and Chirac', not 'In a tribute to Mr. Stevens, Mr. Obama said'), nor the speaker of
    the direct quotation it is in (``speaker``: who speaks is 'I' there, not 'he')."""
    told = [m for m in mentions if m.end <= before and not (
        speaker is not None and m.kind == "person" and m.start == speaker.start)]
    people = [k for k, m in enumerate(told) if m.kind == "person"]
    links = []  # (a, b, joined by a word rather than a bare comma)
    for a, b in zip(people, people[1:]):
        first, second = told[a], told[b]
        joined = JOINED.fullmatch(text, first.end, second.start) if first.end <= second.start else None
        links.append((a, b, joined.group(1) if joined else None))
    paired: set[int] = set()
    listed = False  # whether the link after this one belongs to a list that ends in 'and'
    for a, b, how in reversed(links):
        if how is None:
            listed = False
        elif how != "," or listed:
            paired.update((a, b))
            listed = True
        else:
            listed = False
    return [m for k, m in enumerate(told) if k not in paired]


def speakers_side(speaker: Actor | None) -> Actor | None:
    """The speaker whose side 'we' in a quotation is, when the text tells the speaker's country:
    one guessed from the story ('says Mr. Shurrab, a web developer in Gaza City' in a story
    told mostly of Israel) is no ground to make 'we' a state."""
    if speaker is None or not speaker.country or speaker.cue in GUESSED:
        return None
    return speaker


def is_personal(word: str) -> bool:
    return word.lower() in coref.PERSONAL_PRONOUNS
