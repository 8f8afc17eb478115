"""Points and periods on the calendar (TIMEX3 DATE): '20 March 2018', 'last Monday',
'in 1986', 'the 1980s', 'the third quarter of this year', 'last September', 'this weekend'.

A small regular grammar for the dates of English news: the job is to find expressions in
running text, keep their spans and read them relative to an anchor with a precision."""

from __future__ import annotations

import re
from datetime import date, timedelta

from .calendar import MONTHS, WEEKDAYS, iso_week, month_end, number, shift, shift_months, ymd
from .rules import Context, Groups, Reading, Rule

_MONTH = (r"(?P<month>Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?"
          r"|Sep(?:t(?:ember)?)?\.?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)")
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[6-9]|20)\d\d)"
_WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_PART = r"(?:\s+(?P<part>morning|afternoon|evening|night))?"
NUM = (r"(?P<n>\d{1,3}(?:\.\d)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
       r"thirty|forty|fifty|a few|several)")
_UNIT = r"(?P<unit>day|week|month|year)s?"
# Words before a bare year or month that make it a time ('in 1986', 'since March'), not a count or a name.
_TIME_PREP = (r"(?:[Ii]n|[Ss]ince|[Bb]y|[Dd]uring|[Uu]ntil|[Ff]rom|[Bb]efore|[Aa]fter|[Ee]arly|[Ll]ate|[Mm]id-?|"
              r"[Tt]hrough|[Oo]f|[Bb]etween|[Aa]nd|[Tt]o|[Ff]or|[Ss]ummer|[Ww]inter|[Ss]pring|[Aa]utumn|[Ff]all)")
PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI"}
SEASONS = {"spring": ("SP", 3), "summer": ("SU", 6), "autumn": ("FA", 9), "fall": ("FA", 9), "winter": ("WI", 12)}
ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}


def month_of(m: Groups) -> int:
    return next(i for i, name in enumerate(MONTHS, 1) if name.startswith(m["month"].lower().rstrip(".")[:3]))


def _day(d: date | None) -> Reading | None:
    return Reading(d.isoformat(), "day") if d else None


def _with_part(found: date, part: str | None) -> Reading:
    """'Thursday night' dates the event to the day; TIMEX3 writes it as a TIME of that day."""
    if part is None:
        return Reading(found.isoformat(), "day")
    return Reading(found.isoformat(), "day", "TIME", f"{found.isoformat()}T{PARTS[part.lower()]}")


def _full_date(m: Groups, ctx: Context) -> Reading | None:
    return _day(ymd(int(m["year"]), month_of(m), int(m["day"])))


def _iso(m: Groups, ctx: Context) -> Reading | None:
    return _day(ymd(int(m["year"]), int(m["mnum"]), int(m["day"])))


def _numeric(m: Groups, ctx: Context) -> Reading | None:
    """'7/8/07' in US order, month first; a two-digit year is of this century or the last."""
    year = int(m["y"])
    if year < 100:
        year += 2000 if year <= (ctx.anchor.year % 100 if ctx.anchor else 30) else 1900
    return _day(ymd(year, int(m["mo"]), int(m["d"])))


def nearest_year(anchor: date, month: int, day: int | None, future: bool) -> int:
    """The year of a date told without one: in a future clause the next occurrence; else the
    latest one up to the anchor, unless that is over ten months back while the coming one is
    within two (a schedule: 'on June 3' told in May)."""
    this = ymd(anchor.year, month, day or 1) or date(anchor.year, month, 1)
    if future:
        return anchor.year + 1 if this < anchor - timedelta(days=1 if day else 31) else anchor.year
    if this <= anchor + timedelta(days=1 if day else 0):
        return anchor.year
    return anchor.year if (this - anchor).days <= 60 else anchor.year - 1


def _day_month(m: Groups, ctx: Context) -> Reading | None:
    """'20 March', 'March 20': the year of the anchor, or the one before (past) or after (future)."""
    if ctx.anchor is None or ctx.precision == "none":
        return None
    month, day = month_of(m), int(m["day"])
    return _day(ymd(nearest_year(ctx.anchor, month, day, ctx.future), month, day))


def _month_year(m: Groups, ctx: Context) -> Reading | None:
    return Reading(f"{int(m['year']):04d}-{month_of(m):02d}", "month")


def _bare_month(m: Groups, ctx: Context) -> Reading | None:
    if ctx.anchor is None or ctx.precision == "year":
        return None
    month, which = month_of(m), (m["which"] or "").lower()
    if which == "last":
        year = ctx.anchor.year if month < ctx.anchor.month else ctx.anchor.year - 1
    elif which == "next":
        year = ctx.anchor.year if month > ctx.anchor.month else ctx.anchor.year + 1
    elif which == "this":
        year = ctx.anchor.year
    else:
        year = nearest_year(ctx.anchor, month, None, ctx.future)
    return Reading(f"{year:04d}-{month:02d}", "month")


def _year(m: Groups, ctx: Context) -> Reading | None:
    return Reading(m["year"], "year")


def _short_year(m: Groups, ctx: Context) -> Reading | None:
    """"'82": the last century unless that is over 80 years before the anchor."""
    yy = int(m["yy"])
    now = ctx.anchor.year if ctx.anchor else 2020
    year = 2000 + yy if 2000 + yy <= now + 1 else 1900 + yy
    return Reading(str(year), "year")


def _decade(m: Groups, ctx: Context) -> Reading | None:
    digits = m["decade"]
    if len(digits) == 2:  # 'the 80s'
        digits = ("19" if ctx.anchor is None or int(digits) > ctx.anchor.year % 100 else "20") + digits
    return Reading(digits + "s", "decade", "DATE", digits[:3])


def _relative_day(m: Groups, ctx: Context) -> Reading | None:
    if ctx.anchor is None or ctx.precision != "day":
        return None
    word = m["word"].lower()
    shift_by = -1 if word.startswith("yesterday") or word == "last night" else 1 if word.startswith("tomorrow") else 0
    found = ctx.anchor + timedelta(days=shift_by)
    part = m["part"] or next((p for p in PARTS if word.endswith(p)), None)
    return _with_part(found, part)


def weekday_date(weekday: str, which: str, anchor: date, future: bool) -> date:
    """'last Monday' is the Monday before the anchor day; 'next Monday' the one after;
    'on Monday' the latest Monday up to the anchor, or in a future clause the coming one."""
    target = WEEKDAYS.index(weekday.lower())
    back = (anchor.weekday() - target) % 7
    ahead = (target - anchor.weekday()) % 7
    if which == "last":
        return anchor - timedelta(days=back or 7)
    if which == "next":
        return anchor + timedelta(days=ahead or 7)
    if which == "this":
        return anchor + timedelta(days=target - anchor.weekday())
    return anchor + timedelta(days=ahead) if future else anchor - timedelta(days=back)


def _weekday(m: Groups, ctx: Context) -> Reading | None:
    if ctx.anchor is None or ctx.precision != "day":
        return None
    found = weekday_date(m["weekday"], (m["which"] or "").lower(), ctx.anchor, ctx.future)
    return _with_part(found, m["part"])


def _relative_unit(m: Groups, ctx: Context) -> Reading | None:
    """'last week', 'this month', 'next year', 'earlier this year', 'the previous year'."""
    if ctx.anchor is None:
        return None
    which = m["which"].lower()
    step = {"last": -1, "past": -1, "previous": -1, "this": 0, "current": 0, "same": 0, "next": 1, "coming": 1,
            "following": 1}[which]
    unit = m["unit"].lower()
    if unit == "year":
        return Reading(str(ctx.anchor.year + step), "year")
    if ctx.precision == "year":
        return None
    if unit == "month":
        return Reading(shift_months(ctx.anchor, step).strftime("%Y-%m"), "month")
    if ctx.precision != "day":
        return None
    if unit == "week":
        return Reading(iso_week(ctx.anchor + timedelta(weeks=step)), "week")
    return None


def _ago(m: Groups, ctx: Context) -> Reading | None:
    """'three days ago', 'two years ago': a point at the unit's precision."""
    if ctx.anchor is None:
        return None
    unit = m["unit"].lower()
    if ctx.precision != "day" and unit != "year":
        return None
    n = number(m["n"])
    found = shift(ctx.anchor, unit, -int(n if n is not None else 8))
    return {"day": Reading(found.isoformat(), "day"), "week": Reading(found.isoformat(), "day"),
            "month": Reading(found.strftime("%Y-%m"), "month"), "year": Reading(str(found.year), "year")}[unit]


def _quarter_year(m: Groups, ctx: Context) -> int | None:
    if m["year"]:
        return int(m["year"])
    if ctx.anchor is None:
        return None
    rel = (m["rel"] or "").lower()
    return ctx.anchor.year + {"last": -1, "previous": -1, "next": 1}.get(rel, 0)


def _quarter(m: Groups, ctx: Context) -> Reading | None:
    """'the third quarter of this year', 'fourth-quarter': a quarter (TIMEX3 2009-Q3), dated
    as its months. With no year, the latest quarter up to the anchor's."""
    q = ORDINALS.get((m["ord"] or "").lower()) or (int(m["qn"]) if m["qn"] else None)
    year = _quarter_year(m, ctx)
    if year is None:
        return None
    if q is None:  # 'the last/final quarter': of the year named, else the one before the anchor's
        q = 4 if m["year"] or m["rel"] else ((ctx.anchor.month - 1) // 3 or 4)
        if not (m["year"] or m["rel"]) and q == 4 and ctx.anchor.month <= 3:
            year -= 1
    elif not (m["year"] or m["rel"]) and ctx.anchor is not None and q - ((ctx.anchor.month - 1) // 3 + 1) >= 2 \
            and not ctx.future:
        year -= 1  # 'the fourth quarter' told in spring: last year's
    first = date(year, 3 * q - 2, 1)
    return Reading(f"{first.isoformat()}/{month_end(shift_months(first, 2)).isoformat()}", "range", "DATE",
                   f"{year}-Q{q}")


def _season(m: Groups, ctx: Context) -> Reading | None:
    """'spring', 'last autumn', 'the summer of 2009' (TIMEX3 2009-SP), dated as its three months."""
    code, first_month = SEASONS[m["season"].lower()]
    if m["year"]:
        year = int(m["year"])
    elif ctx.anchor is None or ctx.precision == "none":
        return None
    else:
        year = ctx.anchor.year + {"last": -1, "next": 1}.get((m["which"] or "").lower(), 0)
    first = date(year, first_month, 1)
    return Reading(f"{first.isoformat()}/{month_end(shift_months(first, 2)).isoformat()}", "range", "DATE",
                   f"{year}-{code}")


def _weekend(m: Groups, ctx: Context) -> Reading | None:
    """'this weekend', 'last weekend' (TIMEX3 2010-W04-WE): its Saturday and Sunday."""
    if ctx.anchor is None or ctx.precision != "day":
        return None
    step = {"last": -1, "next": 1}.get(m["which"].lower(), 0)
    day = ctx.anchor + timedelta(weeks=step)
    sat = day + timedelta(days=5 - day.weekday())
    return Reading(f"{sat.isoformat()}/{(sat + timedelta(days=1)).isoformat()}", "range", "DATE",
                   f"{iso_week(day)}-WE")


def _this_day(m: Groups, ctx: Context) -> Reading | None:
    """'ended the day', 'later in the day', 'the same day': the day the story tells, its anchor."""
    if ctx.anchor is None or ctx.precision != "day":
        return None
    return Reading(ctx.anchor.isoformat(), "day")


_QUARTER = (r"\b(?:the\s+)?(?:(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)|last|final|(?:Q(?P<qn>[1-4])))"
            r"(?:[- ]quarter)?(?(qn)|[- ]quarter)(?:\s+(?:of\s+)?(?:{year}|(?:the\s+)?(?P<rel>this|last|next|current|"
            r"previous)\s+(?:fiscal\s+)?year))?\b").format(year=_YEAR)

RULES = [
    Rule("date", re.compile(rf"\b(?:{_WEEKDAY},?\s+)?(?:the\s+)?{_DAY}(?:\s+of)?\s+{_MONTH},?\s+{_YEAR}\b"), _full_date),
    Rule("date", re.compile(rf"\b(?:{_WEEKDAY},?\s+)?{_MONTH}\s+{_DAY},?\s+{_YEAR}\b"), _full_date),
    Rule("date", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)\b"), _iso),
    Rule("date", re.compile(r"(?<![\d/])(?P<mo>1[0-2]|0?[1-9])/(?P<d>[12]\d|3[01]|0?[1-9])/(?P<y>(?:19|20)?\d\d)(?![\d/])"),
         _numeric),
    Rule("quarter", re.compile(_QUARTER), _quarter),
    Rule("day_month", re.compile(rf"\b(?:{_WEEKDAY},?\s+)?{_DAY}\s+(?:of\s+)?{_MONTH}(?![\w-])"), _day_month, True),
    Rule("day_month", re.compile(rf"\b(?:{_WEEKDAY},?\s+)?{_MONTH}\s+{_DAY}(?![\w,]*\s*\d{{4}})(?!\d)\b"), _day_month,
         True),
    Rule("month_year", re.compile(rf"\b{_MONTH},?\s+(?:of\s+)?{_YEAR}\b"), _month_year),
    Rule("season", re.compile(rf"\b(?:(?P<which>last|next|this)\s+|the\s+)?(?P<season>spring|summer|autumn|winter)"
                              rf"(?:\s+(?:of\s+)?{_YEAR})?\b", re.I), _season),
    Rule("weekend", re.compile(r"\b(?P<which>this|last|next|the)\s+weekend\b", re.I), _weekend),
    Rule("month", re.compile(rf"\b(?:{_TIME_PREP}|(?P<which>[Ll]ast|[Nn]ext|[Tt]his))\s*(?P<core>{_MONTH})"
                             rf"(?!\s*['’]s)(?![\w-])(?!\s+\d)"), _bare_month, True),
    # a month named alone, where the name is nothing else ('May' and 'March' are words too)
    Rule("month", re.compile(r"(?<![A-Z][a-z] )\b(?P<month>January|February|April|June|July|August|September|October|"
                             r"November|December)\b(?!\s*['’]s)(?![\w-])(?!\s+\d)"), _bare_month, True),
    Rule("year_part", re.compile(r"\bthe\s+(?:very\s+)?(?:beginning|start|end|middle|rest|remainder|close)\s+of\s+"
                                 r"(?:the|this)\s+(?:fiscal\s+|financial\s+)?year\b", re.I),
         lambda m, ctx: Reading(str(ctx.anchor.year), "year") if ctx.anchor else None),
    Rule("decade", re.compile(r"\b(?:the\s+)?(?:mid-)?(?P<decade>(?:1[6-9]|20)\d0|['’]?[1-9]0)s\b"), _decade),
    Rule("year", re.compile(rf"\b{_TIME_PREP}\s*(?P<core>{_YEAR})(?![\w,.]?\d)(?!\s*(?:per|percent|%|people|troops))"),
         _year),
    # a year naming an edition or an agreement: 'the 2008 Beijing Olympic Games', 'WWDC 2005'
    Rule("year", re.compile(rf"\b(?:[Tt]he|[Aa]|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat|[Ll]ast|[Nn]ext)\s+(?P<core>{_YEAR})\b"
                            rf"(?=\s+[A-Za-z])(?!\s+(?:people|troops|soldiers|votes|points|percent|units|cars|jobs)\b)"),
         _year),
    Rule("year", re.compile(rf"(?<=[A-Z][A-Za-z]{{2}} )(?P<core>{_YEAR})\b(?![,.]?\d)"), _year),
    Rule("short_year", re.compile(r"(?<![\w$£€])['’](?P<yy>\d\d)\b(?!['’])"), _short_year),
    Rule("relative_day", re.compile(r"\b(?P<word>yesterday|today|tomorrow|tonight|last night|this (?:morning|afternoon|"
                                    r"evening))(?:\s+(?P<part>morning|afternoon|evening))?\b", re.I), _relative_day),
    # not a paper's name: 'The Sunday Telegraph', 'Monday Night Football'
    Rule("weekday", re.compile(rf"(?<!The )\b(?:(?P<which>last|next|this|[Oo]n)\s+)?{_WEEKDAY}{_PART}\b(?!\s+[A-Z])"),
         _weekday, True),
    Rule("relative_unit", re.compile(r"\b(?:(?:earlier|later)\s+|the\s+)?(?P<which>last|past|this|next|coming|previous|"
                                     r"current|same|following)\s+(?:fiscal\s+)?(?P<unit>week|month|year)\b"
                                     r"(?!\s+(?:and|or)\b)", re.I), _relative_unit),
    Rule("relative_unit", re.compile(r"\bthe\s+(?P<unit>year)\s+(?P<which>previous|before)\b", re.I),
         lambda m, ctx: Reading(str(ctx.anchor.year - 1), "year") if ctx.anchor else None),
    Rule("ago", re.compile(rf"\b{NUM}\s+{_UNIT}\s+ago\b", re.I), _ago),
    Rule("this_day", re.compile(r"\b(?:end(?:ed|ing|s)?|finish(?:ed|ing)?|start(?:ed|ing)?|close[ds]?|closing|"
                                r"for|in|during|of|on)\s+(?P<core>the\s+(?:same\s+)?day)\b"
                                r"(?!\s+(?:before|after|of|when|that)\b)", re.I), _this_day),
]
