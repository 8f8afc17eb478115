"""Calendar arithmetic shared by the readers: ISO weeks, month shifts, number words, and
the days a normalized value covers."""

from __future__ import annotations

from datetime import date, timedelta

from ..records import TimeValue

MONTHS = ("january february march april may june july august september october november december").split()
WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
_UNITS_0_19 = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
               "sixteen seventeen eighteen nineteen").split()
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
NUMBERS = {w: i for i, w in enumerate(_UNITS_0_19)} | _TENS | {"a": 1, "an": 1, "single": 1, "hundred": 100}
#: counts that give no number: a TIMEX3 value writes them X ('several years' is PXY)
VAGUE = {"a few", "few", "several", "some", "many", "a couple of", "couple of", "numerous", "the past few"}


def number(word: str | None) -> float | None:
    """'12', 'twelve', 'twenty-five', 'two and a half', 'a'; None for a vague count."""
    if word is None:
        return None
    w = word.lower().replace("-", " ").strip()
    half = 0.0
    if w.endswith(" and a half"):
        w, half = w[: -len(" and a half")], 0.5
    if w.replace(".", "", 1).isdigit():
        return float(w) + half
    parts = w.split()
    if parts and all(p in NUMBERS for p in parts):
        return float(sum(NUMBERS[p] for p in parts)) + half
    return None


def ymd(y: int, mo: int, d: int) -> date | None:
    try:
        return date(y, mo, d)
    except ValueError:
        return None


def iso_week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def shift_months(d: date, months: int) -> date:
    y, mo = divmod(d.month - 1 + months, 12)
    return date(d.year + y, mo + 1, min(d.day, 28) if d.day > 28 else d.day)


def shift(anchor: date, unit: str, n: int) -> date:
    if unit == "day":
        return anchor + timedelta(days=n)
    if unit == "week":
        return anchor + timedelta(weeks=n)
    if unit == "month":
        return shift_months(anchor, n)
    return shift_months(anchor, 12 * n)


def month_end(first: date) -> date:
    return shift_months(first, 1) - timedelta(days=1)


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
            first = date.fromisocalendar(int(y), int(w[:2]), 1)
            span = (first, first + timedelta(days=6))
        elif value.endswith("s"):
            span = (date(int(value[:4]), 1, 1), date(int(value[:4]) + 9, 12, 31))
        elif len(value) == 4:
            span = (date(int(value), 1, 1), date(int(value), 12, 31))
        elif len(value) == 7:
            first = date(int(value[:4]), int(value[5:7]), 1)
            span = (first, month_end(first))
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
    try:
        if published.precision == "day" and len(v) >= 10:
            return date.fromisoformat(v[:10]), "day"
        if len(v) >= 7:
            return date(int(v[:4]), int(v[5:7]), 15), "month"
        return date(int(v[:4]), 7, 1), "year"
    except ValueError:  # an impossible publication date anchors nothing
        return None, "none"
