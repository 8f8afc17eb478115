"""Quotation marks paired into quotations, per paragraph, in every quote style news prints."""

from __future__ import annotations

import re
from collections.abc import Iterator

OPEN_DOUBLE, CLOSE_DOUBLE = "“\"«", "”\"»"


def quotations(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, closed) of each quotation's inside. A paragraph that opens a quotation and
    does not close it goes on into the next paragraph when that one opens with a quotation
    mark (news prints a long quote so): the two are one quotation."""
    from .cues import double_marks  # '\'\'' printed for '"'

    text = double_marks(text)
    spans = list(_paired(text))
    merged: list[tuple[int, int, bool]] = []
    for start, end, closed in spans:
        if merged and not merged[-1][2] and _opens_next_paragraph(text, merged[-1][1], start):
            merged[-1] = (merged[-1][0], end, closed)
        else:
            merged.append((start, end, closed))
    return merged


def _opens_next_paragraph(text: str, prev_end: int, start: int) -> bool:
    between = text[prev_end:start - 1]
    return between.strip() == "" and between.count("\n") >= 1 and text[start - 1] in OPEN_DOUBLE


# the characters a scan stops at: every other one is passed over by the regular expression
_MARKS = {OPEN_DOUBLE: re.compile("[" + re.escape(OPEN_DOUBLE + "”") + "]"), "‘'": re.compile("[‘']")}
_CLOSERS = {CLOSE_DOUBLE: re.compile("[" + re.escape(CLOSE_DOUBLE) + "]"), "’'": re.compile("[’']")}


def _paired(text: str) -> Iterator[tuple[int, int, bool]]:
    """Double quotes first, single ones (‘ ’ and ') only outside them."""
    offset = 0
    for para in text.split("\n\n"):
        taken: list[tuple[int, int]] = []
        for opens, closes in ((OPEN_DOUBLE, CLOSE_DOUBLE), ("‘'", "’'")):
            marks, closers = _MARKS[opens], _CLOSERS[closes]
            n = len(para)
            found = marks.search(para)
            while found is not None:
                i = found.start()
                ch = para[i]
                # a paragraph or line may open with a reversed mark ('”Fear. I am truly afraid')
                starts_line = i == 0 or para[i - 1] == "\n"
                if (ch in opens or (opens == OPEN_DOUBLE and ch == "”" and starts_line)) and \
                        (i == 0 or not para[i - 1].isalnum()) and \
                        not any(s <= i < e for s, e in taken) and i + 1 < n and not para[i + 1].isspace():
                    j = _closer(para, i + 1, closes, closers)
                    closed = j < n
                    if opens != OPEN_DOUBLE and not closed:
                        found = marks.search(para, i + 1)  # an apostrophe, not a quotation
                        continue
                    taken.append((i, j + 1))
                    end = j
                    while end > i + 1 and para[end - 1].isspace():  # '"foolish " move'
                        end -= 1
                    yield offset + i + 1, offset + end, closed
                    found = marks.search(para, j + 1)
                else:
                    found = marks.search(para, i + 1)
        offset += len(para) + 2


def _closer(para: str, j: int, closes: str, closers: re.Pattern[str]) -> int:
    """Where the quotation opened before ``j`` closes: the first closing mark from ``j`` on
    that no letter follows and no space precedes (but a straight closer's), else the end."""
    n = len(para)
    while (m := closers.search(para, j)) is not None:
        j = m.start()
        if (j + 1 == n or not para[j + 1].isalnum()) and (not para[j - 1].isspace() or _straight_closer(para, j)):
            return j
        j += 1
    return n


def _straight_closer(para: str, j: int) -> bool:
    """A straight '"' with a space before it closes a quotation when it cannot open one: a
    space or punctuation follows ('the "foolish " move', as some wires print it)."""
    return para[j] == '"' and (j + 1 == len(para) or para[j + 1] in " \t.,;:!?)")
