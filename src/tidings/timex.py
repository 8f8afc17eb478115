"""Timex: find temporal expressions and normalize them against the publication date.

A small regular grammar for the dates of English news rather than a general date
parser: dateparser and dateutil read one string that is known to be a date, while
here the job is to find the expressions in running text, keep their spans, and read
'last Monday', 'on Monday' (past or coming, by the clause's tense), 'the next three
months' and 'in 1986' relative to an anchor, with a precision. The grammar is a page
of patterns, runs in microseconds per article and does the same thing every time.

Values are ISO at their precision: ``2018-03-26`` (day), ``2018-W13`` (week),
``2018-03`` (month), ``2018`` (year), ``1980s`` (decade) and ``START/END`` (range).
The publication date, when the metadata and the dateline give none, is inferred from
the text (``infer_published``): the latest explicit date bounds it from below, and the
anchors in ``data/timex/anchors.yaml`` ('Democratic presidential nominee Joe Biden',
'the upcoming November presidential election') narrow it down.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from . import data
from .records import TimeValue

MONTHS = ("january february march april may june july august september october november december").split()
WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
NUMBERS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve".split())} | {"a": 1, "an": 1}

_MONTH = (r"(?P<month>Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?"
          r"|Sep(?:t(?:ember)?)?\.?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)")
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[6-9]|20)\d\d)"
_WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"
_NUM = r"(?P<n>\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several)"
_UNIT = r"(?P<unit>day|week|month|year)s?"
# Words before a bare year or month that make it a time ('in 1986', 'since March'), not a count or a name.
_TIME_PREP = r"(?:[Ii]n|[Ss]ince|[Bb]y|[Dd]uring|[Uu]ntil|[Ff]rom|[Bb]efore|[Aa]fter|[Ee]arly|[Ll]ate|[Mm]id-?|[Tt]hrough|[Oo]f)"
# A clause told in the future: 'on Monday' in it is the coming Monday.
FUTURE = re.compile(r"\b(?:will|shall|won't|'ll|’ll|(?:is|are|was|were)\s+(?:\w+\s+)?(?:due|expected|set|scheduled|"
                    r"going|poised|planning|slated)\s+to|plans?\s+to|intends?\s+to)\b", re.I)
SENTENCE = re.compile(r"[^.!?\n]*(?:[.!?]+|\n|$)")


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    read: Callable[[re.Match[str], date | None, str, bool], tuple[str, str] | None]


# The readings that depend on the clause's tense ('on Monday', '20 March'): only for these
# is the sentence around a match searched for a future cue.
TENSED = {"day_month", "month", "weekday"}


def _month(m: re.Match[str]) -> int:
    return next(i for i, name in enumerate(MONTHS, 1) if name.startswith(m["month"].lower().rstrip(".")[:3]))


def _ymd(y: int, mo: int, d: int) -> date | None:
    try:
        return date(y, mo, d)
    except ValueError:
        return None


def _full_date(m: re.Match[str], anchor: date | None, precision: str, future: bool) -> tuple[str, str] | None:
    found = _ymd(int(m["year"]), _month(m), int(m["day"]))
    return (found.isoformat(), "day") if found else None


def _day_month(m: re.Match[str], anchor: date | None, precision: str, future: bool) -> tuple[str, str] | None:
    """'20 March', 'March 20': the year of the anchor, or the one before (past) or after (future)."""
    if anchor is None or precision == "none":
        return None
    found = _ymd(anchor.year, _month(m), int(m["day"]))
    if found is None:
        return None
    if not future and found > anchor + timedelta(days=1):
        found = _ymd(anchor.year - 1, found.month, found.day)
    elif future and found < anchor:
        found = _ymd(anchor.year + 1, found.month, found.day)
    return (found.isoformat(), "day") if found else None


def _month_year(m: re.Match[str], anchor: date | None, precision: str, future: bool) -> tuple[str, str] | None:
    return f"{int(m['year']):04d}-{_month(m):02d}", "month"


def _bare_month(m: re.Match[str], anchor: date | None, precision: str, future: bool) -> tuple[str, str] | None:
    if anchor is None or precision == "year":
        return None
    month, year = _month(m), anchor.year
    if not future and month > anchor.month:
        year -= 1
    elif future and month < anchor.month:
        year += 1
    return f"{year:04d}-{month:02d}", "month"


def _year(m: re.Match[str], anchor: date | None, precision: str, future: bool) -> tuple[str, str] | None:
    return m["year"], "year"


def _decade(m: re.Match[str], anchor: date | None, precision: str, future: bool) -> tuple[str, str] | None:
    return m["decade"] + "s", "decade"


def _iso_week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def _relative_day(m: re.Match[str], anchor: date | None, precision: str, future: bool) -> tuple[str, str] | None:
    if anchor is None or precision != "day":
        return None
    word = m["word"].lower()
    shift = -1 if word.startswith("yesterday") or word == "last night" else 1 if word.startswith("tomorrow") else 0
    return (anchor + timedelta(days=shift)).isoformat(), "day"


def _weekday(m: re.Match[str], anchor: date | None, precision: str, future: bool) -> tuple[str, str] | None:
    """'last Monday' is the Monday before the anchor day; 'next Monday' the one after;
    'on Monday' the latest Monday up to the anchor, or in a future clause the coming one."""
    if anchor is None or precision != "day":
        return None
    target = WEEKDAYS.index(m["weekday"].lower())
    back = (anchor.weekday() - target) % 7
    ahead = (target - anchor.weekday()) % 7
    which = (m["which"] or "").lower()
    if which == "last":
        found = anchor - timedelta(days=back or 7)
    elif which == "next":
        found = anchor + timedelta(days=ahead or 7)
    elif which == "this":
        found = anchor + timedelta(days=target - anchor.weekday())
    else:
        found = anchor + timedelta(days=ahead) if future else anchor - timedelta(days=back)
    return found.isoformat(), "day"


def _shift_months(d: date, months: int) -> date:
    y, mo = divmod(d.month - 1 + months, 12)
    return date(d.year + y, mo + 1, min(d.day, 28) if d.day > 28 else d.day)


def _relative_unit(m: re.Match[str], anchor: date | None, precision: str, future: bool) -> tuple[str, str] | None:
    """'last week', 'this month', 'next year', 'earlier this year'."""
    if anchor is None:
        return None
    unit, step = m["unit"].lower(), {"last": -1, "past": -1, "this": 0, "next": 1, "coming": 1}[m["which"].lower()]
    if unit == "year":
        return str(anchor.year + step), "year"
    if precision == "year":
        return None
    if unit == "month":
        return _shift_months(anchor, step).strftime("%Y-%m"), "month"
    if precision != "day":
        return None
    if unit == "week":
        return _iso_week(anchor + timedelta(weeks=step)), "week"
    return None


def _count(word: str) -> int:
    n = word.lower()
    if n.isdigit():
        return int(n)
    return NUMBERS.get(n, 8)  # 'a few', 'several': read as up to eight


def _shift(anchor: date, unit: str, n: int) -> date:
    if unit == "day":
        return anchor + timedelta(days=n)
    if unit == "week":
        return anchor + timedelta(weeks=n)
    if unit == "month":
        return _shift_months(anchor, n)
    return _shift_months(anchor, 12 * n)


def _ago(m: re.Match[str], anchor: date | None, precision: str, future: bool) -> tuple[str, str] | None:
    """'three days ago', 'two years ago': a point at the unit's precision."""
    if anchor is None:
        return None
    unit = m["unit"].lower()
    if precision != "day" and unit != "year":
        return None
    found = _shift(anchor, unit, -_count(m["n"]))
    return {"day": (found.isoformat(), "day"), "week": (_iso_week(found), "week"),
            "month": (found.strftime("%Y-%m"), "month"), "year": (str(found.year), "year")}[unit]


def _iso(m: re.Match[str], anchor: date | None, precision: str, future: bool) -> tuple[str, str] | None:
    found = _ymd(int(m["year"]), int(m["mnum"]), int(m["day"]))
    return (found.isoformat(), "day") if found else None


def _range(m: re.Match[str], anchor: date | None, precision: str, future: bool) -> tuple[str, str] | None:
    """'the next three months', 'within weeks', 'in the coming days': a range from the anchor."""
    n, unit = m["n"] or m["n2"], m["unit"] or m["unit2"]
    if anchor is None or precision != "day":
        return None
    end = _shift(anchor, unit.lower(), _count(n) if n else 8)
    return f"{anchor.isoformat()}/{end.isoformat()}", "range"


RULES = [
    Rule("date", re.compile(rf"\b(?:{_WEEKDAY},?\s+)?(?:the\s+)?{_DAY}(?:\s+of)?\s+{_MONTH},?\s+{_YEAR}\b"), _full_date),
    Rule("date", re.compile(rf"\b(?:{_WEEKDAY},?\s+)?{_MONTH}\s+{_DAY},?\s+{_YEAR}\b"), _full_date),
    Rule("date", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)\b"), _iso),
    Rule("day_month", re.compile(rf"\b(?:{_WEEKDAY},?\s+)?{_DAY}\s+(?:of\s+)?{_MONTH}(?![\w-])"), _day_month),
    Rule("day_month", re.compile(rf"\b(?:{_WEEKDAY},?\s+)?{_MONTH}\s+{_DAY}(?![\w,]*\s*\d{{4}})(?!\d)\b"), _day_month),
    Rule("month_year", re.compile(rf"\b{_MONTH},?\s+{_YEAR}\b"), _month_year),
    Rule("month", re.compile(rf"\b{_TIME_PREP}\s+(?P<core>{_MONTH})(?!\s*['’]s)(?![\w-])"), _bare_month),
    Rule("decade", re.compile(r"\b(?:the\s+)?(?P<decade>(?:1[6-9]|20)\d0)s\b"), _decade),
    Rule("year", re.compile(rf"\b{_TIME_PREP}\s+(?P<core>{_YEAR})(?![\w,.]?\d)(?!\s*(?:per|percent|%|people|troops))"), _year),
    Rule("relative_day", re.compile(r"\b(?P<word>yesterday|today|tomorrow|tonight|last night|this (?:morning|afternoon|"
                                    r"evening))(?:\s+(?:morning|afternoon|evening))?\b", re.I), _relative_day),
    # not a paper's name: 'The Sunday Telegraph', 'Monday Night Football'
    Rule("weekday", re.compile(rf"(?<!The )\b(?:(?P<which>last|next|this|[Oo]n)\s+)?{_WEEKDAY}{_PART}\b(?!\s+[A-Z])"),
         _weekday),
    Rule("relative_unit", re.compile(r"\b(?:earlier\s+|later\s+)?(?P<which>last|past|this|next|coming)\s+"
                                     r"(?P<unit>week|month|year)\b", re.I), _relative_unit),
    Rule("ago", re.compile(rf"\b{_NUM}\s+{_UNIT}\s+ago\b", re.I), _ago),
    # two alternatives, so the second's groups are named apart
    Rule("range", re.compile(
        rf"\b(?:(?:in|over|during)\s+)?the\s+(?:next|coming)\s+(?:{_NUM}\s+)?{_UNIT}\b"
        rf"|\bwithin\s+(?:(?:the\s+)?(?:next\s+)?{_NUM.replace('?P<n>', '?P<n2>')}\s+)?"
        rf"{_UNIT.replace('?P<unit>', '?P<unit2>')}\b", re.I), _range),
]


def interval(value: str | None, precision: str | None) -> tuple[date, date] | None:
    """The days a normalized value covers, first and last; None when it cannot be read.
    ``on_or_before`` covers everything up to the end of its value."""
    if not value:
        return None
    try:
        if "/" in value:
            a, b = value.split("/", 1)
            return date.fromisoformat(a), date.fromisoformat(b)
        if "-W" in value:
            y, w = value.split("-W")
            first = date.fromisocalendar(int(y), int(w), 1)
            span = (first, first + timedelta(days=6))
        elif value.endswith("s"):
            span = (date(int(value[:4]), 1, 1), date(int(value[:4]) + 9, 12, 31))
        elif len(value) == 4:
            span = (date(int(value), 1, 1), date(int(value), 12, 31))
        elif len(value) == 7:
            first = date(int(value[:4]), int(value[5:7]), 1)
            span = (first, _shift_months(first, 1) - timedelta(days=1))
        else:
            day = date.fromisoformat(value[:10])
            span = (day, day)
    except ValueError:
        return None
    return (date.min, span[1]) if precision == "on_or_before" else span


def anchor_of(published: TimeValue | None) -> tuple[date | None, str]:
    """The date relative expressions are read against, and how precise it is."""
    if published is None or not published.value:
        return None, "none"
    v = published.value
    if published.precision == "day" and len(v) >= 10:
        return date.fromisoformat(v[:10]), "day"
    if len(v) >= 7:
        return date(int(v[:4]), int(v[5:7]), 15), "month"
    return date(int(v[:4]), 7, 1), "year"


def find(text: str, published: TimeValue | None = None) -> list[TimeValue]:
    """Temporal expressions in ``text`` with their spans, normalized against ``published``.

    Expressions that cannot be read without an anchor ('last Monday' in an undated
    text) are left out rather than guessed."""
    anchor, precision = anchor_of(published)
    taken: list[tuple[int, int]] = []
    found: list[TimeValue] = []
    for rule in RULES:
        for m in rule.pattern.finditer(text):
            s, e = m.span("core") if "core" in rule.pattern.groupindex else m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            future = rule.name in TENSED and bool(FUTURE.search(_sentence_around(text, s, e)))
            read = rule.read(m, anchor, precision, future)
            taken.append((s, e))  # read or not, a longer rule's match is not re-read by a shorter one
            if read is None:
                continue
            value, prec = read
            found.append(TimeValue(value, prec, text[s:e], "text", s, e))
    found.sort(key=lambda t: t.start or 0)
    return found


def _sentence_around(text: str, start: int, end: int) -> str:
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    right_dot = text.find(". ", end)
    right_nl = text.find("\n", end)
    right = min(x for x in (right_dot, right_nl, len(text)) if x >= 0)
    return text[left:right]


# --- publication date, when metadata and dateline are silent -------------------------------

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
