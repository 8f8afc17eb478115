"""Quotation marks paired into quotations (quotes/marks.py) and where a speaker before a
quotation is looked for (quotes/direct.py), on the marks news prints."""

import re

from tidings.quotes.cues import cues
from tidings.quotes.marks import quotations


def inside(text: str) -> list[str]:
    return [text[s:e] for s, e, _ in quotations(text)]


def test_curly_straight_and_guillemet_quotations_are_paired():
    text = 'He said: “We will go.” She said "no" twice. «Never», wrote the paper.'
    assert inside(text) == ["We will go.", "no", "Never"]


def test_an_apostrophe_is_no_quotation_but_single_quotes_are():
    text = "The minister's aides called it 'a mistake' on Monday, and it wasn't."
    assert inside(text) == ["a mistake"]


def test_an_unclosed_quotation_runs_on_into_the_next_quoted_paragraph():
    text = '“We will not leave,\n\n“and we will not give up,” he said.'
    assert [closed for _, _, closed in quotations(text)] == [True]
    assert inside(text) == [text[1:text.index("”")]]


def test_a_reversed_mark_opens_a_line_and_a_spaced_straight_mark_closes():
    assert inside("”Fear. I am truly afraid,” she said.") == ["Fear. I am truly afraid,"]
    assert inside('It was a "foolish " move.') == ["foolish"]


def test_every_form_of_the_speaker_before_a_quotation_ends_in_a_colon_or_comma():
    # direct.attribute searches only the text that so ends; a new form must end so too
    alternatives, depth, start, pattern = [], 0, 0, cues().before.pattern
    for i, ch in enumerate(pattern):
        if ch == "\\":
            continue
        escaped = i > 0 and pattern[i - 1] == "\\"
        if ch in "([" and not escaped:
            depth += 1
        elif ch in ")]" and not escaped:
            depth -= 1
        elif ch == "|" and depth == 0 and not escaped:
            alternatives.append(pattern[start:i])
            start = i + 1
    alternatives.append(pattern[start:])
    assert len(alternatives) == 4
    assert all(re.search(r"(?:\[:,\]|:)\\s\*\$$", a) for a in alternatives)
