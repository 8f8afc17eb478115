"""The place of a wire story's dateline: 'KABUL (Reuters) -', 'SANTA MARIA, Calif. -'."""

from __future__ import annotations

import re

from ..records import Place
from .cues import Mention
from .gazetteer import Entry, Gazetteer, load, norm
from .resolve import Context, best, candidates

# A wire dateline opens the body: 'KABUL (Reuters) -', 'NAJAF, Iraq -', 'Canadian Press -
# LANGLEY, B.C. (CP) -', 'LONDON, AUGUST 17:'. The place is in capitals; a country may follow.
DATELINE = re.compile(r"(?:[A-Z][\w ]{1,30} - )?(?P<place>[A-Z][A-Z.'’-]{2,}(?: [A-Z][A-Z.'’-]+)*)"
                      r"(?:,\s*(?P<qual>[A-Z][\w.]*(?: [A-Z][a-z.]+)?))?(?=\s*(?:\(|,|:|\s-|\s[A-Z]|$))")


def place(e: Entry, text: str, start: int, end: int) -> Place:
    return Place(text=text[start:end], start=start, end=end, name=e.name, country=e.country, admin1=e.admin1,
                 lat=e.lat, lon=e.lon, feature=e.feature, id=e.id)


def _choose(g: Gazetteer, name: str, country: str | None, state: str | None, actors: frozenset[str]) -> Entry | None:
    return best(candidates(g, Mention(0, 0, name, country, state)), Context(actors=actors))[0]


def dateline(text: str, countries: frozenset[str] = frozenset()) -> Place | None:
    """The place of a wire story's dateline, where the body opens with one: the setting of
    the story, whose country unnamed actors ('police', 'a man') are taken to belong to."""
    body = text.find("\n\n")
    start = body + 2 if body >= 0 else 0
    m = DATELINE.match(text, start)
    if m is None:
        return None
    g = load()
    end = m.end()
    qual = norm(m.group("qual") or "").rstrip(".")
    if " " in qual and not (g.states.get(qual) or g.countries.get(qual)):
        # 'TBILISI, Georgia Georgian President ...': the qualifier is the one word
        first = qual.split()[0]
        if g.states.get(first) or g.countries.get(first):
            qual, end = first, m.start("qual") + len(m.group("qual").split()[0])
    state, country = g.states.get(qual), g.countries.get(qual)
    name = norm(m.group("place")).title()
    # 'ATLANTA, Georgia' is the state, 'TBILISI, Georgia' the country: the place decides
    entry = _choose(g, name, "USA", state, countries) if state else None
    if entry is None and (country or not state):
        entry = _choose(g, name, country, None, countries)
    want = country if country and (not state or country in countries) else ("USA" if state else None)
    if entry is not None:
        return place(entry, text, m.start("place"), end)
    if want is not None:
        return Place(text=text[m.start("place"):end], start=m.start("place"), end=end, name=qual,
                     country=want, feature="country")
    return None
