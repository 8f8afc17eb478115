"""Which place a name means, from the gazetteer's priors and the document's other places.

Each candidate scores its population (log10), its kind (a country, continent, sea or region
is what a bare name most often means, then a US state), being the place's own name and
not an alternate one, and being a national capital. Then the document speaks: a place in
a country or US state the document names elsewhere (its unambiguous places, its
qualifiers, its dateline) gains, so 'Paris' in a story about Texas towns is Paris, Texas
and 'Georgia' next to Atlanta is the state; a town whose county the story names too gains
most ('Paris and Henry County': Paris, Tennessee), and so does a town near the story's other
towns. A name said again is one piece of evidence, and a name a qualifier placed once is that
place wherever the story names it. Countries of the document's actors count
less than its places: 'London' in a story with Canadians is still England's.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from .cues import Mention
from .gazetteer import Entry, Gazetteer

KIND = {"facility": 5.0, "country": 3.0, "continent": 3.0, "ocean": 3.0, "sea": 3.0, "region": 2.5,
        "admin1": 1.5, "admin2": 0.5, "city": 0.0}
PRIMARY, CAPITAL = 3.0, 1.0
IN_COUNTRY, IN_STATE, ACTOR_COUNTRY = 2.5, 2.0, 1.0
# a place is an anchor of the document's context when no reading in another country comes close
ANCHOR_MARGIN = 1.5
# short of anchors, a country or state where several of the document's names have a fair
# reading (within SUPPORT_GAP of their best) is likely the story's: Athens, Gainesville and
# Oglethorpe are all towns in Georgia
SUPPORT_GAP, SUPPORTED_BY, SUPPORT, TIE = 2.0, 2, 1.5, 0.2
# a town with other towns the document names around it (in the 3x3 one-degree cells about it:
# Alexandria near Brandon and Kensington, Minnesota) gains NEAR for each, up to NEAR_MOST
NEAR, NEAR_MOST, NEAR_CANDIDATES = 1.0, 3, 25
# a town with its county named too ('Paris and Henry County': Paris, Tennessee), and the county
IN_COUNTY = 3.0
LOCAL = ("city", "admin2", "facility")


@dataclass
class Context:
    """Countries and US states (or other first-order divisions) the document places itself in."""

    countries: Counter = field(default_factory=Counter)
    states: Counter = field(default_factory=Counter)
    actors: frozenset[str] = frozenset()
    fair_countries: Counter = field(default_factory=Counter)  # mentions with a fair reading there
    fair_states: Counter = field(default_factory=Counter)

    def add(self, country: str | None, state: str | None, n: int = 1) -> None:
        if country:
            self.countries[country] += n
            if state:
                self.states[(country, state)] += n


def candidates(g: Gazetteer, m: Mention) -> list[Entry]:
    if m.entry is not None:
        return [m.entry]
    cands = g.candidates(m.name)
    if m.not_kinds:
        cands = [c for c in cands if c.feature not in m.not_kinds] or cands
    if m.cue == "qualifier":  # 'Virginia' in 'Vienna, Virginia' is the state itself
        return [c for c in cands if c.country == m.country and (c.feature == "admin1" if m.state else c.feature == "country")] or cands[:1]
    if m.country:
        cands = [c for c in cands if c.country == m.country] or ([] if m.state else cands)
    if m.state:
        cands = [c for c in cands if c.admin1 == m.state and c.feature in ("city", "admin2")]
    # a bare state name is the state, unless a big city bears it ('in New York', 'in Washington')
    big = g.rules["city_over_state_population"]
    states = {c.country for c in cands if c.feature == "admin1"}
    if states:
        cities = [c for c in cands if c.feature == "city" and c.country in states]
        if any(c.population >= big and c.country == "USA" for c in cities):
            cands = [c for c in cands if not (c.feature == "admin1" and c.country == "USA")]
        else:
            cands = [c for c in cands if c not in cities]
    return cands


def prior(c: Entry) -> float:
    return math.log10(max(c.population, 1)) + KIND.get(c.feature, 0.0) + PRIMARY * c.primary + CAPITAL * c.capital


def score(c: Entry, ctx: Context, own: tuple[str | None, str | None] = (None, None),
          fair: tuple[set, set] = (set(), set()), near: dict | None = None, county: set | None = None) -> float:
    s = prior(c)
    if near:
        s += NEAR * min(near.get(id(c), 0), NEAR_MOST)
    if county and id(c) in county:
        s += IN_COUNTY
    if c.country:
        # the document's other places: this mention's own first reading does not vouch for itself
        n = ctx.countries[c.country] - (own[0] == c.country)
        f = ctx.fair_countries[c.country] - (c.country in fair[0])
        s += IN_COUNTRY if n > 0 else SUPPORT if f >= SUPPORTED_BY else 0.0
        s += ACTOR_COUNTRY * (c.country in ctx.actors)
        if c.admin1 and c.feature in ("city", "admin2"):
            at = (c.country, c.admin1)
            k = ctx.states[at] - (own == at)
            f = ctx.fair_states[at] - (at in fair[1])
            s += IN_STATE if k > 0 else SUPPORT if f >= SUPPORTED_BY else 0.0
            s += TIE * min(max(f, 0), 5)  # of two states equally likely, the one more names fit
    return s


def best(cands: list[Entry], ctx: Context, own: tuple[str | None, str | None] = (None, None),
         fair: tuple[set, set] = (set(), set()), near: dict | None = None,
         county: set | None = None) -> tuple[Entry | None, float]:
    """The best candidate, and its lead over the best one in another country."""
    if not cands:
        return None, 0.0
    scored = sorted(((score(c, ctx, own, fair, near, county), i, c) for i, c in enumerate(cands)), key=lambda t: (-t[0], t[1]))
    top_score, _, top = scored[0]
    rival = next((s for s, _, c in scored[1:] if c.country != top.country), None)
    return top, (top_score - rival) if rival is not None else math.inf


def resolve(g: Gazetteer, mentions: list[Mention], actors: frozenset[str] = frozenset(),
            setting: Entry | None = None) -> list[Entry | None]:
    """The entry each mention names (None where the gazetteer has none), in two passes: each
    alone, then each again in the context the unambiguous ones give."""
    ctx = Context(actors=actors)
    if setting is not None:
        ctx.add(setting.country, setting.admin1, 2)
    cands = [candidates(g, m) for m in mentions]
    gave: list[tuple[str | None, str | None]] = []  # what each mention added to the context
    said: set[tuple[str, str | None, str | None]] = set()
    fairs: list[tuple[set, set]] = []
    seen: dict[str, tuple[set, set]] = {}
    for m, cs in zip(mentions, cands):
        top, margin = best(cs, Context(actors=actors))
        fair: tuple[set, set] = (set(), set())
        if m.name in seen:  # a name said again is one piece of evidence, not several
            fair = seen[m.name]
        elif cs and m.entry is None:
            top_prior = max(prior(c) for c in cs)
            for c in cs:
                if prior(c) >= top_prior - SUPPORT_GAP and c.country:
                    fair[0].add(c.country)
                    if c.admin1:
                        fair[1].add((c.country, c.admin1))
        if m.name not in seen:
            ctx.fair_countries.update(fair[0])
            ctx.fair_states.update(fair[1])
            seen[m.name] = fair
        fairs.append(fair)
        own: tuple[str | None, str | None] = (None, None)
        if m.country:  # a qualifier or kind phrase says so
            own = (m.country, m.state)
        elif top is not None and margin >= ANCHOR_MARGIN and top.feature != "facility":
            # the state too, where no reading in another state comes close ('Walker County' is
            # in Alabama, Georgia and Texas: it says the country, not the state)
            state_rival = max((prior(c) for c in cs if c.country == top.country and c.admin1 != top.admin1),
                              default=-math.inf)
            sure = top.feature != "country" and prior(top) - state_rival >= ANCHOR_MARGIN
            own = (top.country, top.admin1 if sure else None)
        if (m.name, *own) not in said:  # a name said again vouches once, not once a mention
            said.add((m.name, *own))
            ctx.add(*own)
        gave.append(own)
    near = neighbours(mentions, cands)
    county = with_county(mentions, cands)
    found = [best(cs, ctx, own, fair, near, county)[0] for cs, own, fair in zip(cands, gave, fairs)]
    # one sense per story: a name its qualifier placed once ('Palestine, Texas') is that place
    # wherever else the story names it bare
    placed = {m.name: e for m, e in zip(mentions, found) if m.country and m.cue != "qualifier" and e is not None}
    return [placed.get(m.name, e) if not m.country and m.cue != "qualifier" else e for m, e in zip(mentions, found)]


def with_county(mentions: list[Mention], cands: list[list[Entry]]) -> set[int]:
    """The town candidates (by id) whose county the document names as well, and those counties:
    of the sixteen Parises and the thirty Henry Counties, the one pair where the town lies in
    the county."""
    counties: dict[tuple, set[str]] = defaultdict(set)  # (state, county) -> names of county mentions
    towns: dict[tuple, set[str]] = defaultdict(set)
    for m, cs in zip(mentions, cands):
        for c in cs:
            if c.county and c.country == "USA":
                (counties if c.feature == "admin2" else towns)[(c.admin1, c.county)].add(m.name)
    pairs = {k for k in counties.keys() & towns.keys() if towns[k] - counties[k]}
    return {id(c) for cs in cands for c in cs if c.county and c.country == "USA" and (c.admin1, c.county) in pairs}


def neighbours(mentions: list[Mention], cands: list[list[Entry]]) -> dict[int, int]:
    """For each local candidate (by id), how many of the document's other names have a
    local reading within about one degree of it."""
    by_name: dict[str, list[Entry]] = {}
    for m, cs in zip(mentions, cands):
        if m.entry is None and m.name not in by_name:
            local = [c for c in cs if c.feature in LOCAL and c.lat is not None]
            by_name[m.name] = sorted(local, key=prior, reverse=True)[:NEAR_CANDIDATES]
    if len(by_name) < 2:
        return {}
    cells: dict[tuple[int, int], set[int]] = defaultdict(set)
    for i, cs in enumerate(by_name.values()):
        for c in cs:
            cells[(math.floor(c.lat), math.floor(c.lon))].add(i)  # type: ignore[arg-type]
    found: dict[int, int] = {}
    for i, cs in enumerate(by_name.values()):
        for c in cs:
            y, x = math.floor(c.lat), math.floor(c.lon)  # type: ignore[arg-type]
            others = set().union(*(cells.get((y + dy, x + dx), ()) for dy in (-1, 0, 1) for dx in (-1, 0, 1)))
            found[id(c)] = len(others - {i})
    return found
