"""The actor tables of data/actors/ (format in docs/data.md), loaded once: every name a
country, capital, region, institution, organization, outlet or person goes by, the roles
people held and when, the titles that come before a name, and the states since gone."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from .. import data
from ..prefilter import alternation
from ..lexicon import load as load_lexicon

# A capitalised word of a name, or an initial: 'Peter', 'Caruana', 'E.', "O'Neill".
NAME_WORD = r"(?:[A-Z]\.|[A-Z][\w'’-]*[a-z][\w'’-]*)"
# Words of names: 'U.S', 'al-Qaeda', "N'Djamena"; a possessive 's stays outside.
TOKEN = re.compile(r"[^\W_]+(?:[-.][^\W_]+|['’](?![sS]\b)[^\W_]+)*")


@dataclass(frozen=True)
class Entity:
    id: str
    name: str
    kind: str  # country, capital, region, institution, organization, person, adjective, outlet
    country: str | None
    sector: str | None
    code: str | None  # code prefix: country or international code
    gated: bool = False  # '~' in the tables: a surname needs a title or a full mention, a party its country
    gender: str | None = None  # a person's 'f' or 'm' (people.tsv), for 'she' and 'he'
    after_the: bool = False  # a region named with 'the' ('the Rock'): only after 'the'


@dataclass(frozen=True)
class Role:
    """A role a person held: 'Prime Minister' of GBR from 2016-07-13 to 2019-07-24."""

    title: str
    country: str
    sector: str
    start: date
    end: date | None  # None: still held

    def held_on(self, on: date) -> bool:
        return self.start <= on and (self.end is None or on <= self.end)



def _key(words: list[str]) -> tuple[str, ...]:
    return tuple(w.rstrip(".") for w in words)


def day(value: str | None, last: bool = False) -> date | None:
    """The first (or ``last``) day an ISO value at any precision covers: '2018-03-26',
    '2024-10', '1986', '2016-11-14/2017-01-09'."""
    if not value:
        return None
    m = re.match(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$", value.split("/")[-1 if last else 0])
    if not m:
        return None
    y = int(m.group(1))
    mo = int(m.group(2) or (12 if last else 1))
    d = int(m.group(3) or (calendar.monthrange(y, mo)[1] if last else 1))
    return date(y, mo, d)


def cameo_code(prefix: str | None, sector: str | None) -> str | None:
    """A CAMEO actor code: the country (or international) prefix, then the sector."""
    if not prefix:
        return None
    if sector and not prefix.endswith(sector):
        return prefix + sector
    return prefix


def title_cased_headline(text: str) -> int:
    """The end of the headline when it capitalises most of its words ('Georgian President
    Calls For ...'), else 0."""
    end = text.find("\n\n")
    words = text[:end].split() if end > 0 else []
    return end if words and sum(w[:1].isupper() for w in words) > 0.6 * len(words) else 0


# A line of a live blog's updates that heads what follows: 'Update at 2:15 p.m. ET. Seems Quiet, So Far:'.
SUBHEAD = re.compile(r"^[^\n]{1,160}:[\"”’']?[ \t]*$", re.M)


def title_cased_lines(text: str) -> list[tuple[int, int]]:
    """The spans of the lines after the headline that head a part of the story and capitalise
    most of their words, as a headline does ('Israeli Official Says Most Of Those Killed In
    Gaza "Deserved It":'): no evidence of a name, as a title-cased headline is none."""
    spans = []
    for m in SUBHEAD.finditer(text):
        words = m.group().split()
        # (title case ends on a capital: 'So Far:'; 'From Istanbul, NPR's Peter Kenyon reports:' brings a report)
        if len(words) <= 16 and sum(w.lstrip("\"“‘'")[:1].isupper() for w in words) > 0.6 * len(words) \
                and words[-1].lstrip("\"“‘'")[:1].isupper():
            spans.append(m.span())
    return spans


# The small words an acronym passes over: 'FBI' is the Federal Bureau of Investigation.
ACRONYM_SKIPS = {"of", "the", "and", "for", "on", "in"}


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.split(r"[\s-]+", name) if w and w.lower() not in ACRONYM_SKIPS).upper()


def institution_name(row: dict[str, str], rows: list[dict[str, str]]) -> str:
    """The name an institution goes by whichever form the text uses: the row's `name`, else the
    listed formal form of the same country's body: 'Department of Homeland Security' for
    'Homeland Security Department', 'Federal Communications Commission' for 'FCC' and 'F.C.C.';
    else the text itself."""
    if row.get("name"):
        return row["name"]
    text = row["text"]
    same = [r["text"] for r in rows if r["country"] == row["country"] and r["text"] != text and not r.get("name")]
    m = re.fullmatch(r"(.+) Department", text)
    if m:  # 'Justice Department': 'Department of Justice', 'Treasury Department': 'Department of the Treasury'
        formal = next((t for t in same if t in (f"Department of {m.group(1)}", f"Department of the {m.group(1)}")), None)
        if formal:
            return formal
    letters = text.replace(".", "")
    if re.fullmatch(r"[A-Z]{2,6}", letters):  # an acronym: the listed long form it abbreviates
        formal = next((t for t in same if " " in t and _initials(t) == letters), None)
        if formal:
            return formal
    return text


class Tables:
    """Every name in the actor tables, the roles and titles: what the resolver knows."""

    def __init__(self, actors_file: Path | None = None) -> None:
        self.names: dict[tuple[str, ...], Entity] = {}
        self.country_names: dict[str, str] = {}
        self.sectors: dict[str, str] = {r["text"]: r["sector"] for r in data.read_tsv("actors/sectors.tsv")}
        self.titles = load_lexicon().modifiers.titles
        # the sector nouns as words of a text: 'Police have arrested a man' names an actor
        # (as a trie: the longest word wins, as in the alternation sorted longest first)
        self.sector_words = re.compile(r"\b" + alternation(list(self.sectors), ignorecase=True) + r"\b", re.I)
        for r in data.read_tsv("actors/countries.tsv"):
            code = r["code"]
            self.country_names[code] = r["name"]
            country = Entity(code, r["name"], "country", code, None, code)
            for name in [r["name"], *data.split_list(r["names"])]:
                self._add(name, country)
                if name.lower().startswith("the "):
                    self._add(name[4:], country)
            adjective = Entity(code, r["name"], "adjective", code, None, code)
            for adj in data.split_list(r["adjectives"]):
                self._add(adj, adjective)
            capital = Entity(code, r["name"], "capital", code, "GOV", code)
            for cap in data.split_list(r["capitals"]):
                self._add(cap, capital)
            for region in data.split_list(r["regions"]):
                # 'the Rock' only after 'the': Gibraltar, not any Rock
                self._add(region.removeprefix("the "),
                          Entity(code, r["name"], "region", code, None, code, after_the=region.startswith("the ")))
        rows = list(data.read_tsv("actors/institutions.tsv"))
        for r in rows:
            name = institution_name(r, rows)
            self._add(r["text"], Entity(name, name, "institution", r["country"], r["sector"], r["country"]))
        for r in data.read_tsv("actors/organizations.tsv"):
            org = Entity(r["id"], r["name"].lstrip("~"), "organization", r["country"] or None, r["sector"] or None,
                         r["code"])
            for name in [r["name"], *data.split_list(r["names"])]:
                # '~Labour': a name parties of several countries share, only where the country is named
                self._add(name.lstrip("~"), replace(org, gated=name.startswith("~")))
        self.outlet_homes: dict[str, str] = {}
        for r in data.read_tsv("actors/outlets.tsv"):
            # a wire or a world broadcaster ('Reuters', 'Al Jazeera') reports every country: its home is no cue
            self.outlet_homes[r["name"].lower()] = r["country"] if r.get("reach") != "world" else ""
            if r.get("in_text") != "no":
                # matched only to be passed over: 'Canadian Press' is not Canada
                self._add(r["name"], Entity(r["name"], r["name"], "outlet", r["country"], "MED", r["country"]))
        self._outlet_name = re.compile(r"\b(?:" + "|".join(
            re.escape(n) for n in sorted(self.outlet_homes, key=len, reverse=True)) + r")\b", re.I)
        self.people: dict[str, Entity] = {}
        for source in ["actors/people.tsv", *([actors_file] if actors_file else [])]:
            seen: set[str] = set()
            for r in data.read_tsv(source):
                if r["id"] in seen:
                    raise ValueError(f"{source}: person {r['id']!r} is listed twice")
                seen.add(r["id"])
                self._add_person(r)
        self.roles: dict[str, list[Role]] = {}
        for r in data.read_tsv("actors/roles.tsv"):
            start = day(r["start"])
            if r["person"] not in self.people or start is None:
                raise ValueError(f"actors/roles.tsv: unknown person or bad date in {r}")
            self.roles.setdefault(r["person"], []).append(
                Role(r["role"], r["country"], r["sector"], start, day(r["end"], last=True)))
        # the roles a title names, for 'the Prime Minister' and 'the Russian leader'
        self.titles_held = {role.title.lower() for roles in self.roles.values() for role in roles}
        self.adjectives = {k: e.country for k, e in self.names.items() if e.kind == "adjective"}
        self.name_words = {w for key in self.names for w in key}
        held = "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in sorted(self.titles_held, key=len, reverse=True))
        self.headline_title = re.compile(rf"(?:\b(?P<adj>[A-Z][a-z]+)\s+)?\b(?P<title>(?i:{held}|leader)|PM)\b")
        # nouns that make a capital or region before them a place: "San Juan's international airport"
        places = list(data.read_tsv("actors/place_nouns.tsv"))
        between = r"(?:\s+(?!(?:the|a|an|of|to|in|on|for|and|or|at|by|with)\b)[\w-]+){0,2}?"
        self.place_after = re.compile(
            r"(?P<pos>['’]s)?" + between + r"\s+(?i:(?P<both>"
            + alternation([r["noun"] for r in places if r["after"] == "both"], space=r"\s+")
            + r")|(?P<mod>" + alternation([r["noun"] for r in places if r["after"] == "modifier"], space=r"\s+")
            + r"))\b(?!-)")
        # forces that strike from afar ('Warplanes bombed sites in Gaza City'): not of the place they hit
        self.remote_forces = {r["noun"] for r in data.read_tsv("actors/remote_forces.tsv")}
        # the last words of a place's name: a person's name before one names the place ('Sadr City', 'Kennedy Airport')
        self.place_heads = {*data.read_yaml("geo/gazetteer.yaml")["place_heads"], "City", "Town"}
        self.history = [(r["code"], day(r["until"], last=True), set(data.split_list(r["successors"])))
                        for r in data.read_tsv("actors/history.tsv")]
        # offices one country's press gives its own officials: 'Sen.', 'Treasury Secretary' (USA)
        self.national_titles = {r["title"].lower(): (r["country"], r["sector"] or None)
                                for r in data.read_tsv("actors/national_titles.tsv")}
        spelled = sorted(self.national_titles, key=len, reverse=True)
        self.national_title = re.compile(
            r"(?<![\w.])(?:" + "|".join(re.escape(r["title"]) for r in data.read_tsv("actors/national_titles.tsv")
                                        if r["title"].endswith(".")) + "|(?i:"
            + "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in spelled if not t.endswith(".")) + r")\b)")
        self.person_titles = {r["title"] if r["kind"] == "honorific" else r["title"].lower(): r
                              for r in data.read_tsv("actors/titles.tsv")}
        titles = sorted(self.person_titles, key=len, reverse=True)
        honorifics = "|".join(re.escape(t) for t in titles if self.person_titles[t]["kind"] == "honorific")
        offices = "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in titles
                           if self.person_titles[t]["kind"] == "office")
        # a title, then a name: 'Chief Minister Peter Caruana', 'Ambassador to the US Anatoly
        # Antonov', "Spain's director general for Europe, Jose Maria Pons", 'Ms Short'
        self.unlisted = re.compile(
            rf"(?:\b(?P<hon>{honorifics})|\b(?i:(?P<office>{offices})))"
            rf"(?:\s+(?:to|for|at)\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?,?)?"
            rf"\s+(?P<name>{NAME_WORD}(?:\s+{NAME_WORD}){{0,3}})\b")

    def outlet_country(self, outlet: str | None) -> str | None:
        """The home country of the outlet a document names as its publisher ('BBC News',
        'CNN (Web News)', 'New York Times - News'), from outlets.tsv; None when not listed."""
        m = self._outlet_name.search(outlet) if outlet else None
        return (self.outlet_homes[m.group().lower()] or None) if m else None

    def _add(self, name: str, entity: Entity) -> None:
        key = _key(TOKEN.findall(name))
        if key and key not in self.names:
            self.names[key] = entity

    def _add_person(self, r: dict[str, str]) -> None:
        full = Entity(r["id"], r["name"], "person", r["country"] or None, r["sector"] or None, r["country"] or None,
                      gender=r.get("gender") or None)
        self.names[_key(TOKEN.findall(r["name"]))] = full
        self.people[full.id] = full
        for alias in data.split_list(r.get("names", "")):
            ent = replace(full, gated=alias.startswith("~"))
            key = _key(TOKEN.findall(alias.lstrip("~")))
            if key not in self.names or self.names[key].kind == "person":
                self.names[key] = ent
