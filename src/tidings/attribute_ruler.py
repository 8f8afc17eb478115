"""The matches of spaCy's attribute ruler, found by table look-up.

The attribute ruler of spaCy's English pipelines (the tag map and the morph rules: 'TAG
NN' -> POS NOUN, "'s" tagged VBZ -> lemma 'be') holds some 180 patterns of one or two
tokens. spaCy's Matcher tries every pattern at every token, which costs as much as the
parser. ``RuleMatcher`` indexes the patterns by the value of one attribute each and
checks only those a token's value selects, returning the very matches the Matcher
returns (the ruler sorts them and sets the attributes as before). A pattern it cannot
read (an operator, an attribute it does not know) leaves the ruler's own Matcher in
place: nothing changes but the speed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, NORM, ORTH, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc

# Attributes read as they are stored on a token (string hashes; a flag as 0 or 1).
ATTRS = {"ORTH": ORTH, "TEXT": ORTH, "LOWER": LOWER, "NORM": NORM, "TAG": TAG, "DEP": DEP, "LEMMA": LEMMA,
         "IS_SPACE": IS_SPACE}
# One predicate: (column, kind, value); kind is "eq", "in", "not_in" or "regex".
Check = tuple[int, str, object]
# how many distinct tokens' matches are remembered before the memory starts again
SEEN_MAX = 500_000


class Unreadable(ValueError):
    """A pattern this matcher does not read: the Matcher stays."""


class RuleMatcher:
    """Stands in for an attribute ruler's Matcher: ``matcher(doc, allow_missing=True,
    as_spans=False)`` gives the same (key, start, end) matches; anything else is the
    Matcher's (``get``, ``add`` and the rest)."""

    def __init__(self, matcher: Matcher, keys: Iterable[int]) -> None:
        self.matcher = matcher
        self.vocab = matcher.vocab
        self.stale = False  # patterns were added or removed since: the Matcher matches
        self.columns: list[int] = []
        # by column, a token's value there -> the patterns anchored on it
        self.index: dict[int, dict[int, list[tuple[int, list[list[Check]]]]]] = {}
        self.unanchored: list[tuple[int, list[list[Check]]]] = []
        for key in keys:
            for pattern in matcher.get(key)[1]:
                self._add(key, pattern)
        self.index_items = list(self.index.items())
        # a token's values (as the columns hold them) -> what starts there (``_at``)
        self.seen: dict[tuple[int, ...], tuple] = {}

    def __getattr__(self, name: str):
        return getattr(self.matcher, name)

    def add(self, key, patterns, **kwargs) -> None:
        """A pattern added later goes to the Matcher, which then does all the matching."""
        self.stale = True
        self.matcher.add(key, patterns, **kwargs)

    def remove(self, key) -> None:
        self.stale = True
        self.matcher.remove(key)

    def __len__(self) -> int:
        return len(self.matcher)

    def _column(self, attr: int) -> int:
        if attr not in self.columns:
            self.columns.append(attr)
        return self.columns.index(attr)

    def _add(self, key: int, pattern: list[dict]) -> None:
        if not 1 <= len(pattern) <= 2:
            raise Unreadable(f"a pattern of {len(pattern)} tokens")
        tokens = [self._checks(spec) for spec in pattern]
        anchor = next(((col, kind, value) for col, kind, value in tokens[0] if kind in ("eq", "in")), None)
        if anchor is None:
            self.unanchored.append((key, tokens))
            return
        col, kind, value = anchor
        table = self.index.setdefault(col, {})
        for v in ([value] if kind == "eq" else sorted(value)):
            table.setdefault(v, []).append((key, tokens))

    def _checks(self, spec: dict) -> list[Check]:
        checks = []
        for name, value in spec.items():
            if name not in ATTRS:
                raise Unreadable(f"attribute {name}")
            col = self._column(ATTRS[name])
            if isinstance(value, bool):
                checks.append((col, "eq", int(value)))
            elif isinstance(value, str):
                checks.append((col, "eq", self.vocab.strings.add(value)))
            elif isinstance(value, dict) and len(value) == 1 and "REGEX" in value:
                checks.append((col, "regex", re.compile(value["REGEX"])))
            elif isinstance(value, dict) and len(value) == 1 and ("IN" in value or "NOT_IN" in value):
                op = "IN" if "IN" in value else "NOT_IN"
                if not all(isinstance(v, str) for v in value[op]):
                    raise Unreadable(f"{name} {op} of other than strings")
                checks.append((col, op.lower(), frozenset(self.vocab.strings.add(v) for v in value[op])))
            else:
                raise Unreadable(f"{name}: {value!r}")
        return checks

    @staticmethod
    def _fits(checks: list[Check], row: list[int], strings) -> bool:
        for col, kind, value in checks:
            v = row[col]
            if kind == "eq":
                if v != value:
                    return False
            elif kind == "in":
                if v not in value:  # type: ignore[operator]
                    return False
            elif kind == "not_in":
                if v in value:  # type: ignore[operator]
                    return False
            elif not value.search(strings[v]):  # type: ignore[union-attr]
                return False
        return True

    def _at(self, row: list[int], strings) -> tuple[tuple[int, ...], tuple[tuple[int, list[Check]], ...]]:
        """What a token of these values starts: the keys of the one-token patterns it
        matches, and the two-token patterns whose first token it matches (with the checks
        left for the next token)."""
        singles, pairs = [], []
        candidates = [entry for col, table in self.index_items for entry in table.get(row[col], ())]
        for key, tokens in candidates + self.unanchored:
            if self._fits(tokens[0], row, strings):
                if len(tokens) == 1:
                    singles.append(key)
                else:
                    pairs.append((key, tokens[1]))
        return tuple(singles), tuple(pairs)

    def __call__(self, doc: Doc, *, as_spans: bool = False, allow_missing: bool = False,
                 with_alignments: bool = False):
        if as_spans or with_alignments or not allow_missing or self.stale:
            return self.matcher(doc, as_spans=as_spans, allow_missing=allow_missing,
                                with_alignments=with_alignments)
        if not len(doc):
            return []
        rows = doc.to_array(self.columns).tolist()
        n = len(rows)
        found: set[tuple[int, int, int]] = set()
        fits, strings, seen = self._fits, doc.vocab.strings, self.seen
        if len(seen) > SEEN_MAX:
            seen.clear()
        for i, row in enumerate(rows):
            values = tuple(row)
            here = seen.get(values)
            if here is None:
                here = seen[values] = self._at(row, strings)
            singles, pairs = here
            for key in singles:
                found.add((key, i, i + 1))
            if pairs and i + 1 < n:
                after = rows[i + 1]
                for key, second in pairs:
                    if fits(second, after, strings):
                        found.add((key, i, i + 2))
        return list(found)


def speed_up(nlp: Language) -> None:
    """Give the pipeline's attribute ruler (if any) a RuleMatcher, where it reads every pattern."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe("attribute_ruler")
    if not isinstance(getattr(ruler, "matcher", None), Matcher):
        return
    keys = [nlp.vocab.strings[str(i)] for i in range(len(ruler.attrs))]
    try:
        ruler.matcher = RuleMatcher(ruler.matcher, keys)
    except Unreadable:
        pass
