"""A cheap test that a regular expression cannot match a text: the literal strings one of
which every match must contain, read off the compiled pattern ('\\s+ago\\b' needs 'ago').

A stage that runs many patterns over a whole article skips each pattern whose needed
strings the article lacks: a substring test is far cheaper than the regex engine trying
every position. The test is exact in one direction only, which is the one that matters:
when it says no, the pattern has no match; when it says maybe, the pattern runs as before.
"""

from __future__ import annotations

import re
from re import _parser as sre  # the parse tree the compiler itself reads

__all__ = ["Needs", "needs", "folded"]

_MAX_STRINGS = 48  # a longer list of alternatives costs more to test than it saves
_MAX_SETS = 3
# The characters other than ASCII ones that an ASCII letter matches under re.IGNORECASE,
# as the ASCII letter (tests/test_prefilter.py checks the list against re itself).
_FOLD = {"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"}
_FOLD_TABLE = str.maketrans(_FOLD)


def folded(text: str) -> str:
    """``text`` as an IGNORECASE pattern's lowercase ASCII literals are looked up in."""
    if not text.isascii() and any(c in text for c in _FOLD):
        text = text.translate(_FOLD_TABLE)
    return text.lower()


class Needs:
    """What a match of a pattern contains: one string of each of ``sets`` (None: nothing known)."""

    __slots__ = ("sets", "ignorecase")

    def __init__(self, sets: tuple[tuple[str, ...], ...] | None, ignorecase: bool) -> None:
        self.sets, self.ignorecase = sets, ignorecase

    def may_match(self, text: str, low: str) -> bool:
        """Whether the pattern can match ``text`` (``low`` is ``folded(text)``)."""
        if self.sets is None:
            return True
        hay = low if self.ignorecase else text
        return all(any(s in hay for s in strings) for strings in self.sets)


def needs(pattern: re.Pattern[str]) -> Needs:
    ignorecase = bool(pattern.flags & re.IGNORECASE)
    found = _usable(_seq(sre.parse(pattern.pattern, pattern.flags).data, ignorecase))
    found = sorted(found, key=_rank, reverse=True)[:_MAX_SETS]
    return Needs(tuple(tuple(sorted(_minimal(o))) for o in found) or None, ignorecase)


def _usable(options: list[set[str]]) -> list[set[str]]:
    return [o for o in options if o and all(o) and len(o) <= _MAX_STRINGS]


def _rank(strings: set[str]) -> tuple[int, int]:
    """Longer strings are rarer; fewer alternatives are tested sooner."""
    return min(map(len, strings)), -len(strings)


def _minimal(strings: set[str]) -> set[str]:
    """A string holding another is found whenever that one is."""
    return {s for s in strings if not any(t != s and t in s for t in strings)}


def _literal(code: int, ignorecase: bool) -> str | None:
    c = chr(code)
    if ignorecase:
        if not c.isascii():
            return None  # its other cases are not worth reasoning about here
        return c.lower()
    return c


def _exact(item, ignorecase: bool) -> set[str] | None:
    """The strings an item matches when they are few and fixed ('a', '(?:said|says)')."""
    op, av = item
    if op is sre.LITERAL:
        c = _literal(av, ignorecase)
        return {c} if c is not None else None
    if op is sre.IN:
        out = set()
        for o, a in av:
            if o is not sre.LITERAL or (c := _literal(a, ignorecase)) is None:
                return None
            out.add(c)
        return out
    if op is sre.SUBPATTERN:
        group, add_flags, del_flags, body = av
        if add_flags or del_flags:
            return None
        return _exact_seq(body.data, ignorecase)
    if op is sre.BRANCH:
        out = set()
        for alt in av[1]:
            e = _exact_seq(alt.data, ignorecase)
            if e is None:
                return None
            out |= e
        return out
    return None


def _exact_seq(items, ignorecase: bool) -> set[str] | None:
    out = {""}
    for item in items:
        e = _exact(item, ignorecase)
        if e is None or len(out) * len(e) > _MAX_STRINGS:
            return None
        out = {a + b for a in out for b in e}
    return out


def _need(item, ignorecase: bool) -> list[set[str]]:
    """Sets of strings: every match of the item contains one string of each."""
    op, av = item
    if op is sre.SUBPATTERN:
        group, add_flags, del_flags, body = av
        return [] if add_flags or del_flags else _seq(body.data, ignorecase)
    if op is sre.BRANCH:  # one string of the best set of each alternative
        out: set[str] = set()
        for alt in av[1]:
            options = _usable(_seq(alt.data, ignorecase))
            if not options:
                return []
            out |= max(options, key=_rank)
        return [out]
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        lo, hi, body = av
        return _seq(body.data, ignorecase) if lo >= 1 else []
    if op is sre.ATOMIC_GROUP:
        return _seq(av.data, ignorecase)
    e = _exact(item, ignorecase)
    return [e] if e is not None else []


def _seq(items, ignorecase: bool) -> list[set[str]]:
    """What a sequence needs: each run of fixed strings in it, and each item's needs."""
    options: list[set[str]] = []
    run = {""}
    for item in list(items) + [None]:
        e = _exact(item, ignorecase) if item is not None else None
        if e is not None and len(run) * len(e) <= _MAX_STRINGS:
            run = {a + b for a in run for b in e}
            continue
        if run != {""}:
            options.append(run)
        run = {""} if e is None else e
        if item is not None and e is None:
            options.extend(_need(item, ignorecase))
    return _usable(options)


def alternation(words: list[str], ignorecase: bool = False, space: str | None = None) -> str:
    r"""The regex alternation of ``words``, longest first, as a trie: '(?:sen(?:ators?|ate))'
    matches what 'senators|senator|senate' matches, preferring the longer word as that does,
    but the engine tries each letter once rather than every word at each position. With
    ``space`` (r'\s+'), a space in a word is written so."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in (w.lower() if ignorecase else w):
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here
    return _branches(trie, space)


def _branches(node: dict, space: str | None) -> str:
    # longer continuations first, the word ending here last: the longest word wins, as in
    # an alternation sorted longest first
    alts = [(space if ch == " " and space else re.escape(ch)) + _branches(child, space)
            for ch, child in sorted(node.items()) if ch]
    if "" in node:
        alts.append("")
    if len(alts) == 1:
        return alts[0]
    return "(?:" + "|".join(alts) + ")"
