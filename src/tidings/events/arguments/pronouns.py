"""Pronouns as doers and targets: which of the people told before 'he' can stand for, and
whose side 'we' in a quotation is. A pronoun the text leaves open stays unresolved: a wrong
doer is worse than none."""

from __future__ import annotations

import re

from ...actors import coref
from ...records import Actor

# What may stand between two people joined as one plural subject: 'and', a comma, and the
# capitalised titles of the second ('President Bush and British Prime Minister Tony Blair').
JOINED = re.compile(r"\s*(?:,\s*and|,|and|&)\s+(?:[A-Z][\w.'’-]*\s+){0,5}$")
# Cues of a country guessed from the story rather than told of the person (actors.open_world).
GUESSED = {"document", "outlet"}


def singular_candidates(mentions: list[Actor], text: str, before: int) -> list[Actor]:
    """The mentions before ``before`` that 'he' or 'she' may stand for: not a person joined to
    another by 'and' ('Bush and Blair praised Qaddafi because he disposed of ...': the pair
    is 'they', so 'he' is Qaddafi)."""
    told = [m for m in mentions if m.end <= before]
    people = [k for k, m in enumerate(told) if m.kind == "person"]
    paired: set[int] = set()
    for a, b in zip(people, people[1:]):
        first, second = told[a], told[b]
        if first.end <= second.start and JOINED.fullmatch(text, first.end, second.start):
            paired.update((a, b))
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
