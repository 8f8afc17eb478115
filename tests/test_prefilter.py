"""The prefilter's strings: what every match of a pattern contains, so a text without them
need not be searched."""

import re

from tidings import prefilter, timex


def test_a_pattern_needs_its_fixed_words():
    need = prefilter.needs(re.compile(r"\b(?P<n>\d+|a few)\s+(?:day|week)s?\s+ago\b", re.I))
    assert set(need.sets) == {("ago",), ("day", "week")}
    text = "The talks collapsed two weeks ago in Geneva."
    assert need.may_match(text, prefilter.folded(text))
    text = "The talks collapsed last week in Geneva."
    assert not need.may_match(text, prefilter.folded(text))


def test_case_matters_only_where_the_pattern_says():
    need = prefilter.needs(re.compile(r"\bMonday\b"))
    assert not need.may_match("monday", "monday")
    need = prefilter.needs(re.compile(r"\bmonday\b", re.I))
    assert need.may_match("MONDAY", prefilter.folded("MONDAY"))


def test_an_optional_part_is_not_needed():
    need = prefilter.needs(re.compile(r"(?:last\s+)?year"))
    assert need.sets == (("year",),)
    assert prefilter.needs(re.compile(r"\w+")).sets is None


def test_the_folded_text_holds_what_ignorecase_matches():
    # every character outside ASCII that an ASCII letter matches under IGNORECASE is folded
    letter = re.compile("[a-z]", re.I)
    others = [chr(c) for c in range(0x80, 0x110000) if letter.fullmatch(chr(c))]
    assert all(re.fullmatch(prefilter.folded(c), c, re.I) for c in others)
    assert sorted(others) == sorted(prefilter._FOLD)
    assert prefilter.folded("\u212aiev") == "kiev"


def test_no_timex_rule_is_skipped_on_a_text_it_matches():
    text = ("KABUL, Afghanistan - Three weeks ago, on Monday, March 5, 2018, at 10:30 a.m. the council "
            "met for the first time in a decade; it meets every year in the spring, and will meet again next week.")
    low = prefilter.folded(text)
    for rule, need in zip(timex.RULES, timex._NEEDS):
        if rule.pattern.search(text):
            assert need.may_match(text, low), rule.name


def test_a_trie_alternation_matches_as_the_list_longest_first():
    words = ["senate", "senator", "senators", "sen", "mp", "mps", "police", "police officers"]
    plain = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(words, key=len, reverse=True))) + r")\b", re.I)
    trie = re.compile(r"\b" + prefilter.alternation(words, ignorecase=True) + r"\b", re.I)
    text = ("Senators and MPs met police officers; the Senate, a senator and the police said MPS "
            "sent senatorial aides.")
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_a_trie_alternation_lets_a_space_be_any_white_space():
    forms = ["said", "said that", "called for", "called"]
    cue = re.compile(r"\b" + prefilter.alternation(forms, space=r"\s+") + r"\b")
    assert cue.search("She called  for calm").group() == "called  for"
    assert cue.search("He said\nthat it would").group() == "said\nthat"
