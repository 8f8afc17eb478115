"""The publication date, when the metadata and the dateline give none, inferred from the
text: the latest explicit date bounds it from below, and the anchors in
``data/timex/anchors.yaml`` ('Democratic presidential nominee Joe Biden', 'the upcoming
November presidential election') narrow it down."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from .. import data
from ..records import TimeValue

@dataclass(frozen=True)
class Anchor:
    """A phrase that only fits some periods: 'Democratic presidential nominee Joe Biden'."""

    pattern: re.Pattern[str]
    periods: tuple[tuple[date, date], ...]
    note: str


def _periods(spec: dict) -> tuple[tuple[date, date], ...]:
    if "every" in spec:  # a recurring window: US presidential election years, Jan 1 to election day
        step, first, last = spec["every"], spec["first"], spec["last"]
        start_md, end_md = spec["window"]
        return tuple((date.fromisoformat(f"{y}-{start_md}"), date.fromisoformat(f"{y}-{end_md}"))
                     for y in range(first, last + 1, step))
    return tuple((date.fromisoformat(str(a)), date.fromisoformat(str(b)) if b else date.max) for a, b in spec["periods"])


@cache
def anchors() -> tuple[Anchor, ...]:
    return tuple(Anchor(re.compile(a["pattern"]), _periods(a), a.get("note", ""))
                 for a in data.read_yaml("timex/anchors.yaml")["anchors"])


def infer_published(text: str) -> TimeValue | None:
    """A publication date read from the content: not before its latest explicit date, and
    inside the periods its anchors allow. Year precision at best; None when unknown."""
    from . import find  # the finder reads dates; this reads the finder's

    dates = [t for t in find(text) if t.precision == "day" and t.value]
    low = max((date.fromisoformat(t.value) for t in dates), default=None)  # type: ignore[arg-type]
    windows: list[tuple[date, date]] = [(low or date.min, date.max)]
    used = []
    for a in anchors():
        if not a.pattern.search(text):
            continue
        narrowed = [(max(s, ps), min(e, pe)) for s, e in windows for ps, pe in a.periods if max(s, ps) <= min(e, pe)]
        if narrowed:
            windows, used = narrowed, [*used, a.note]
    years = {y for s, e in windows for y in range(s.year, min(e.year, 9000) + 1)} if windows else set()
    if len(years) == 1:
        (year,) = years
        return TimeValue(str(year), "year", "; ".join(used) or "latest date in the text", "inferred")
    if low is not None:
        return TimeValue(str(low.year), "year", "latest date in the text", "inferred")
    return None
