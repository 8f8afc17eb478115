"""Where the sentence around a mention begins and ends, past the periods of abbreviations
('California Gov. Arnold Schwarzenegger', 'U.S.')."""

from __future__ import annotations

import re


# Abbreviations whose period ends no sentence: 'Gov. X', 'Sen. X', 'Lt. Col. X'.
ABBREVIATIONS = {"Mr", "Mrs", "Ms", "Dr", "Gov", "Sen", "Sens", "Rep", "Reps", "Gen", "Lt", "Col", "Maj", "Capt", "Sgt",
                 "Adm", "Cmdr", "Prof", "St", "Jr", "Sr", "Rev", "Hon", "Amb", "Pres", "Supt", "Insp", "Cpl", "Pvt"}


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence (or line) around ``text[start:end]``."""
    stop = re.compile(r"[.!?][\"”’]?\s|\n").search(text, end)
    return text[sentence_start(text, start):stop.start() + 1 if stop else len(text)]


def sentence_start(text: str, start: int) -> int:
    """Where the sentence (or line) holding ``start`` begins: after the last '. ' that ends a
    sentence, not an abbreviation's ('California Gov. Arnold Schwarzenegger', 'U.S.', 'D.')."""
    floor = max(text.rfind("\n", 0, start), 0)
    at = text.rfind(". ", floor, start)
    while at > floor:
        word = text[max(text.rfind(" ", floor, at) + 1, floor):at]
        if word.rstrip(".") not in ABBREVIATIONS and "." not in word and not (len(word) == 1 and word.isupper()):
            return at + 1
        at = text.rfind(". ", floor, at)
    return floor
