"""Times of day, durations, sets and reference words (TIMEX3 TIME, DURATION, SET and the
PRESENT_REF/PAST_REF/FUTURE_REF dates): '14:48 UTC', 'six straight days', 'the next three
months', 'a 12-year', 'weekly', 'now', 'recently', 'in the near term'.

A duration dates no event: its ``value`` is its TIMEX3 value and its precision
``duration``, ``set`` or ``reference``, which the attach stage passes over. A range told
from the anchor ('within the next six months') keeps the days it covers as its value."""

from __future__ import annotations

import re
from datetime import date, timedelta

from .calendar import VAGUE, number, shift
from .points import NUM, weekday_date
from .rules import Context, Groups, Reading, Rule

UNITS = {"second": ("S", True), "minute": ("M", True), "hour": ("H", True), "day": ("D", False),
         "night": ("D", False), "week": ("W", False), "month": ("M", False), "year": ("Y", False),
         "decade": ("DE", False), "century": ("CE", False), "quarter": ("Q", False)}
_UNIT_WORD = r"(?P<unit>second|minute|hour|day|night|week|month|year|decade|centur(?:y|ie)|quarter)s?"
# a count in words or digits, or a vague one ('several years')
_COUNT = (r"(?P<n>\d{1,4}(?:\.\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|"
          r"four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
          r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a hundred|single|a|an|a few|several|some|many|"
          r"a couple of|couple of|numerous)(?P<half>\s+and\s+a\s+half)?")
_HEDGE = r"(?:(?:almost|nearly|about|around|roughly|some|more\s+than|less\s+than|over|at\s+least|up\s+to|only|just)\s+)?"
_ADJ = r"(?:(?:more|straight|consecutive|successive|trading|business|working|full|long|short|whole|entire)\s+)?"
_TZ = r"(?P<tz>UTC|GMT|Z|EST|EDT|CST|CDT|PST|PDT|CET|CEST|BST|IST|JST)"


def _period(n: float | None, unit: str) -> str:
    """TIMEX3 duration value: 'P3M', 'PT30M', 'PXY', 'P2.5Y', 'P10Y' for a decade."""
    unit = unit.lower().rstrip("s").replace("centurie", "century")
    code, clock = UNITS[unit]
    if code == "DE":
        code, n = "Y", n * 10 if n is not None else None
    elif code == "CE":
        code, n = "Y", n * 100 if n is not None else None
    count = "X" if n is None else (str(int(n)) if float(n).is_integer() else str(n))
    return f"PT{count}{code}" if clock else f"P{count}{code}"


def _count(m: Groups) -> float | None:
    word = (m["n"] or "").lower()
    if word in VAGUE:
        return None
    n = number(word)
    return n + 0.5 if n is not None and m["half"] else n


def _duration(m: Groups, ctx: Context) -> Reading | None:
    if m["unit"].lower().startswith("second") and (m["n"] or "").lower() in ("a", "an", "single"):
        return None  # 'a second consecutive day': an ordinal
    value = _period(_count(m) if m["n"] else None, m["unit"])
    return Reading(value, "duration", "DURATION", value)


def _vague_duration(m: Groups, ctx: Context) -> Reading | None:
    value = _period(None, m["unit"])
    return Reading(value, "duration", "DURATION", value)


def _range(m: Groups, ctx: Context) -> Reading | None:
    """'the next three months', 'within weeks', 'in the coming days': a span of the given
    length from the anchor (TIMEX3: the DURATION P3M); its days date what it scopes."""
    n = _count(m) if m["n"] else None
    unit = m["unit"].lower().rstrip("s")
    period = _period(n if m["n"] else (None if unit != "day" else None), unit)
    if ctx.anchor is None or ctx.precision != "day" or unit not in ("day", "week", "month", "year"):
        return Reading(period, "duration", "DURATION", period)
    end = shift(ctx.anchor, unit, int(n) if n else 8)
    return Reading(f"{ctx.anchor.isoformat()}/{end.isoformat()}", "range", "DURATION", period)


def _set(m: Groups, ctx: Context) -> Reading | None:
    word = (m["word"] or "").lower()
    unit = {"annual": "year", "annually": "year", "yearly": "year", "weekly": "week", "daily": "day",
            "nightly": "day", "monthly": "month", "hourly": "hour", "quarterly": "quarter"}.get(word)
    n = 1.0
    if unit is None:
        unit = m["unit"].lower().rstrip("s")
        n = _count(m) if m["n"] else 1.0
    value = _period(n, unit)
    return Reading(value, "set", "SET", value)


def _clock(m: Groups, ctx: Context) -> Reading | None:
    """'14:48 UTC', '6:40 p.m.', '0800 GMT', '16:00 UTC today', '12:00 UTC Monday'."""
    hour, minute = int(m["h"]), int(m["m"] or 0)
    ampm = (m["ampm"] or "").lower().replace(".", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return None
    day: date | None = None
    if ctx.anchor is not None and ctx.precision == "day":
        word = (m["day"] or "today").lower()
        if word in ("today", "tonight"):
            day = ctx.anchor
        elif word == "yesterday":
            day = ctx.anchor - timedelta(days=1)
        elif word == "tomorrow":
            day = ctx.anchor + timedelta(days=1)
        else:
            day = weekday_date(word, "", ctx.anchor, ctx.future)
    zone = "Z" if (m["tz"] or "").upper() in ("UTC", "GMT", "Z") else ""
    clock = f"T{hour:02d}:{minute:02d}{zone}"
    if day is None:
        return Reading(f"XXXX-XX-XX{clock}", "time", "TIME")
    return Reading(day.isoformat(), "day", "TIME", day.isoformat() + clock)


def _reference(kind: str):
    def read(m: Groups, ctx: Context) -> Reading | None:
        return Reading(kind, "reference", "DATE", kind)
    return read


_DAYWORD = r"(?:\s+(?:on\s+)?(?P<day>today|tonight|yesterday|tomorrow|Monday|Tuesday|Wednesday|Thursday|Friday|" \
           r"Saturday|Sunday))?"

RULES = [
    Rule("clock", re.compile(rf"\b(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?:\s*(?P<ampm>[ap]\.?m\.?))?"
                             rf"(?:\s*\(?{_TZ}(?:\s*[+-]\s*\d{{1,2}})?\)?)?{_DAYWORD}(?![\w:.]\d)"), _clock, True),
    # '6.40 pm', '10.30 GMT': a stop between the hour and minutes only with a clock word after
    Rule("clock", re.compile(rf"\b(?P<h>[01]?\d|2[0-3])\.(?P<m>[0-5]\d)\s*(?:(?P<ampm>[ap]\.?m\.?)|{_TZ})"
                             rf"{_DAYWORD}(?![\w:.]\d)"), _clock, True),
    Rule("clock", re.compile(rf"\b(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)\s*(?:hours?\s+)?{_TZ}{_DAYWORD}\b"), _clock, True),
    Rule("clock", re.compile(rf"\b(?P<h>1[0-2]|[1-9])(?P<m>)\s*(?P<ampm>[ap]\.m\.|[ap]m\b)(?:\s*\(?{_TZ}\)?)?{_DAYWORD}"),
         _clock, True),
    # two alternatives, so the second's groups are named apart
    Rule("range", re.compile(
        rf"\b(?:(?:in|over|during|for)\s+)?the\s+(?:next|coming)\s+(?:{NUM}\s+)?(?P<unit>day|week|month|year)s?\b"
        rf"|\bwithin\s+(?:(?:the\s+)?(?:next\s+)?{NUM.replace('?P<n>', '?P<n2>')}\s+)?"
        rf"(?P<unit2>day|week|month|year)s?\b", re.I),
        lambda m, ctx: _range(_Merged(m), ctx)),
    Rule("duration", re.compile(
        rf"\b(?:(?:the|its|their|a|an)\s+)?(?:(?:past|last|previous|first|final|next|coming)\s+)?{_HEDGE}{_COUNT}\s+"
        rf"{_ADJ}{_UNIT_WORD}\b(?!\s+(?:ago|old|later|earlier)\b)(?![-']old)", re.I), _duration),
    Rule("duration", re.compile(rf"\b{_COUNT}-{_UNIT_WORD}(?:-long)?\b(?!-old)(?!\s+old\b)", re.I), _duration),
    Rule("duration", re.compile(r"\b(?:(?:for|over|in|within|during)\s+(?:the\s+)?(?:past\s+|last\s+)?|recent\s+|the past\s+)"
                                r"(?P<core>(?P<unit>minute|hour|day|week|month|year|decade)s)\b(?!\s+ago\b)", re.I),
         _vague_duration),
    Rule("duration", re.compile(r"\b(?P<core>(?P<unit>decade|year)s-long)\b|\b(?P<unit2>decade)s\b(?![-\s]old)", re.I),
         lambda m, ctx: _vague_duration(_Merged(m), ctx)),
    Rule("duration", re.compile(r"\bthe\s+(?:past|last)\s+(?P<unit>decade|century)\b", re.I),
         lambda m, ctx: _duration(_Merged(m, n="one"), ctx)),
    Rule("set", re.compile(r"\b(?P<word>annual(?:ly)?|yearly|weekly|daily|nightly|monthly|hourly|quarterly)\b"
                           r"(?!\s+(?:Mail|News|Telegraph|Star|Express|Show|Beast|Standard|Planet)\b)"), _set),
    Rule("set", re.compile(rf"\b(?:every|each|per)\s+(?:{_COUNT}\s+)?{_UNIT_WORD}\b", re.I), _set),
    Rule("set", re.compile(r"(?<=\d)(?:\s+\w+){0,2}?\s+(?P<core>a\s+(?P<unit>day|week|month|year))\b(?!\s+(?:ago|earlier|later))",
                           re.I), _set),
    Rule("reference", re.compile(r"\b(?:right\s+)?now\b(?![-–])|\bcurrently\b|\bat\s+present\b|\bpresently\b|"
                                 r"\bnowadays\b|\bfor\s+the\s+time\s+being\b|\bthese\s+days\b", re.I),
         _reference("PRESENT_REF")),
    Rule("reference", re.compile(r"\bcurrent\b(?=\s+(?:\w+\s+)?(?:circumstances|conditions|situation|state|crisis|"
                                 r"climate|environment|level|levels|period|quarter|year|market|economic|downturn|"
                                 r"recession|government|administration|leadership|regime|president|policy))", re.I),
         _reference("PRESENT_REF")),
    Rule("reference", re.compile(r"\b(?:(?:more|most|very|until|only)\s+)?recently\b|\brecent\b(?!\s+(?:years|months|"
                                 r"weeks|days)\b)|\b(?:in|into)\s+the\s+past\b(?!\s+(?:few|\d|\w+\s+(?:years|months|"
                                 r"weeks|days)))", re.I), _reference("PAST_REF")),
    Rule("reference", re.compile(r"\b(?:in\s+)?the\s+(?:near\s+|distant\s+|foreseeable\s+)?future\b|\b(?:very\s+)?soon\b"
                                 r"(?![-–])|\bin\s+the\s+(?:near|short|long|medium)\s+term\b|\b(?:short|long|near)-term\b"
                                 r"(?=\s+(?:outlook|future|prospects|goal|plan))|\blater\s+in\s+the\s+day\b", re.I),
         _reference("FUTURE_REF")),
]


class _Merged:
    """A match whose alternatives name their groups apart ('n' and 'n2'), read as one; a
    group can also be given ('the past decade' counts one)."""

    def __init__(self, m: Groups, **given: str) -> None:
        self._m, self._given = m, given

    def __getitem__(self, name: str) -> str | None:
        if name in self._given:
            return self._given[name]
        groups = self._m.groupdict()
        return groups.get(name) or groups.get(name + "2")

    def groupdict(self) -> dict[str, str | None]:
        return {k: self[k] for k in ("n", "unit", "half")}
