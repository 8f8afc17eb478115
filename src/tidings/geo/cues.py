"""Toponyms a text marks as places by its wording, found with the gazetteer's names alone.

A capitalized name is a place where the text uses it as one (rules in
``data/geo/gazetteer.yaml``): after a locative word ('in Salisbury', 'at Trump Tower'),
introduced by its kind ('the UK town of Salisbury', 'the capital Kabul'), qualified
('Seattle, Washington', 'Helsinki, Finland') or listed with a place ('in Washington and
New York'). So 'Washington' the government or 'White House Press Secretary' are not.
A kind phrase or qualifier also says which country or state the place is in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..prefilter import folded
from .gazetteer import Entry, Gazetteer, load, norm

# a run of capitalized words on one line ('Bagram Airfield', 'Stratford upon Avon')
NAME = re.compile(r"[A-Z][\w'’.\-]*(?: +(?:(?:of|de|del|al|el|la|le|upon|on|the) +)?[A-Z][\w'’.\-]*)*")
LIST = re.compile(r"^(?:,\s*|\s+)(?:(?:and|or)\s+)?(?:the\s+)?$")
# a dateline in capitals opening a text or a paragraph, or right after a headline's sentence:
# 'MANSFIELD — The City Council', 'INNISFAIL - Nine-year-old', 'ALEXANDRIA, La. -- '
# or after the byline's date ('March 15, 2009 NEWARK --'); 'BEIRUT:' as some papers print it
CAPS_DATELINE = re.compile(r"(?:^|(?<=\n)|(?<=[.!?]\s)|(?<=\d{4}\s))\s*(?P<place>[A-Z][A-Z'’.\-]+(?:\s[A-Z][A-Z'’.\-]+)*)"
                           r"(?=(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?\s*(?:\([A-Za-z ]+\)\s*)?(?:(?:—|–|--?)\s|:\s))")
# a town after a street address: 'of 1935 Orchard St., Alexandria'
ADDRESS = re.compile(r"\b\d+\s+(?:[A-Z][\w.]*\s+){1,3}(?:St|Street|Ave|Avenue|Road|Rd|Drive|Dr|Lane|Ln|Blvd|Way|Court|"
                     r"Ct|Highway|Hwy)\.?,\s+$")
# what a name needs no context to be: a country, a state or province, a county, a continent,
# a sea or a region ('Texas', 'Henry County', 'the Caucasus')
ALONE = ("country", "admin1", "admin2", "continent", "ocean", "sea", "region")
# counties named together: 'Eastland and Callahan counties', 'Becker, Clay, Otter Tail and Wilkin
# counties', 'Otter Tail/Grant counties'; each is '<name> County'
_PART = r"[A-Z][\w'’.\-]*(?: [A-Z][\w'’.\-]*)?"
COUNTIES = re.compile(rf"(?:{_PART}(?:,\s+(?:and\s+)?|\s+(?:and|or)\s+|\s*/\s*))+{_PART}\s+(?P<kind>counties|parishes)\b")
PART = re.compile(_PART)
# a lawmaker's party and home: 'Rep. Nick Rahall, D-W. Va.', '(R-Elbow Lake)'
PARTY = re.compile(r"(?<![\w-])[DRI]-(?P<name>[A-Z][\w'’.]*(?: [A-Z][\w'’.]*){0,2})")
# a city this big with no namesake in the state a qualifier names is not that state's
BIG_ELSEWHERE = 100_000
QUALIFIER = re.compile(r",\s*(?P<q>(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})")


@dataclass
class Mention:
    """A toponym candidate: its span, the name to look up, and what its context fixes."""

    start: int
    end: int
    name: str
    country: str | None = None  # the country a qualifier or kind phrase puts it in
    state: str | None = None  # the US state a qualifier puts it in
    entry: Entry | None = None  # fixed by the text (a facility)
    cue: str = "table"  # table, qualifier, facility, or the NER label
    not_kinds: tuple[str, ...] = ()  # what its wording says it is not: 'the city of Turkey' is no country


@cache
def _contexts() -> tuple[re.Pattern[str], re.Pattern[str]]:
    r = load().rules
    words = sorted(r["locative"], key=len, reverse=True)
    mod = "|".join([*(rf"[a-z]+{s}" for s in r["modifier_suffixes"]), *map(re.escape, r["modifiers"])])
    locative = re.compile(
        rf"(?:^|(?<!according)[\s(])(?:{'|'.join(map(re.escape, words))})\s+(?:the\s+)?(?:(?:{mod})\s+){{0,3}}$", re.I)
    kinds = "|".join(map(re.escape, sorted(r["kinds"], key=len, reverse=True)))
    compass = "|".join(map(re.escape, r["compass"]))
    # 'the UK town of ', 'British city of ', 'north of the capital ', 'the capital ', "Yemen's
    # capital, " (a capital's name follows its comma; other kinds' rarely: 'in the city, Smith said')
    kind = re.compile(
        rf"(?:(?P<qual>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s+)?(?:(?:{kinds})\s+(?:of\s+)?|capital,\s+)$"
        rf"|(?:{compass})\s+of\s+(?:the\s+)?(?:(?:{kinds})\s+(?:of\s+)?)?$", re.I)
    return locative, kind


@cache
def _kind_ends() -> tuple[str, ...]:
    """The words a kind phrase ends in, before its name ('the UK town of ', 'the capital ')."""
    return tuple(sorted({"of", "the", *(k.split()[-1].lower() for k in load().rules["kinds"])}))


def _kind_before(kind: re.Pattern[str], before: str) -> re.Match[str] | None:
    """``kind.search(before)``, not tried where the text before the name cannot end in a kind
    phrase (a space, then one of its last words): the search is slow, the test is not."""
    tail = before.rstrip()
    if len(tail) == len(before) or not folded(tail.removesuffix(",")).endswith(_kind_ends()):
        return None
    return kind.search(before)


def qualifier(g: Gazetteer, text: str, end: int, name: str) -> Mention | None:
    """The state or country that qualifies the name ending at ``end``: 'Vienna, Virginia',
    'Alexandria, La.', 'Helsinki, Finland'; a mention of its own that fixes the first."""
    q = QUALIFIER.match(text, end)
    if q is None:
        return None
    raw = q.group("q")
    start = q.start("q") + (4 if raw.startswith("the ") else 0)
    words = norm(raw).removeprefix("the ").split()
    # the qualifier may run on into the sentence: 'TBILISI, Georgia Georgian President'
    for n in range(len(words), 0, -1):
        cand = " ".join(words[:n])
        form = cand if cand in g.states or cand in g.countries else cand.rstrip(".")  # 'Calif.', 'Finland.'
        state = g.states.get(form) if form not in g.adjectives else None
        country = g.countries.get(form) if form not in g.adjectives else None
        if state and country:  # 'Georgia': the state where the place is one of its towns, else the country
            if any(c.country == "USA" and c.admin1 == state for c in g.candidates(name)):
                country = None
            else:
                state = None
        if state and name in g.countries and not any(c.admin1 == state for c in g.candidates(name)):
            state = None  # 'Israel, Georgia' are two countries; 'Palestine, Texas' is a town
        if state and not any(c.country == "USA" and c.admin1 == state for c in g.candidates(name)) and (
                re.match(r"['’]s\s", text[start + len(form):start + len(form) + 3])
                or any(c.population >= BIG_ELSEWHERE for c in g.candidates(name))):
            # 'the province of Herat, Washington's envoy said': no qualifier, the next name in a list
            state = None
        if state:
            return Mention(start, start + len(form), form, "USA", state, cue="qualifier")
        if country and name in g.countries:
            return None
        if country and country != g.countries.get(name):
            return Mention(start, start + len(form), form, country, cue="qualifier")
        # a province or state abroad, as printed: 'Churchill, Man.', 'Gatineau, Que.', 'Bendigo,
        # Victoria', where the place is one of its towns
        for printed in (cand, form):
            div = next((c for c in g.candidates(printed) if c.feature == "admin1" and c.country != "USA"
                        and c.admin1), None)
            if div and any(c.country == div.country and c.admin1 == div.admin1 and c.feature == "city"
                           for c in g.candidates(name)):
                return Mention(start, start + len(printed), printed, div.country, div.admin1, cue="qualifier")
    return None


def after_locative(text: str, start: int) -> bool:
    """Whether the wording just before ``start`` puts what follows as a place ('in', 'near the')."""
    return bool(_contexts()[0].search(text, max(0, start - 60), start))


def find(text: str, g: Gazetteer) -> list[Mention]:
    """Toponyms in ``text`` that its wording marks as places."""
    loc, kind = _contexts()
    found: list[Mention] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return not any(s < te and ts < e for ts, te in taken)

    for m in g.facilities.finditer(text):  # type: ignore[union-attr]
        if loc.search(text, max(0, m.start() - 60), m.start()) and free(*m.span()):
            entry = g.candidates(m.group(0))[0]
            found.append(Mention(m.start(), m.end(), entry.name, entry=entry, cue="facility"))
            taken.append(m.span())
    for m in COUNTIES.finditer(text):
        head = "County" if m.group("kind") == "counties" else "Parish"
        for part in PART.finditer(text, m.start(), m.start("kind")):
            words = part.group(0).split()
            for n in range(len(words), 0, -1):  # 'The Becker': the name is its last words
                name = norm(" ".join(words[-n:])) + " " + head
                if g.candidates(name) and free(part.end() - len(" ".join(words[-n:])), part.end()):
                    start = part.end() - len(" ".join(words[-n:]))
                    found.append(Mention(start, part.end(), name, cue="counties"))
                    taken.append((start, part.end()))
                    break
    for m in PARTY.finditer(text):
        hit = _longest(g, text, m.start("name"), m.end("name"))
        if hit is not None and free(m.start("name"), hit[0]):
            found.append(Mention(m.start("name"), hit[0], hit[1], cue="party"))
            taken.append((m.start("name"), hit[0]))
    for m in CAPS_DATELINE.finditer(text):
        name = norm(m.group("place")).title()
        if len(name) > 2 and g.candidates(name) and free(*m.span("place")):
            q = qualifier(g, text, m.end("place"), name)
            found.append(Mention(m.start("place"), m.end("place"), name, q.country if q else None,
                                 q.state if q else None))
            taken.append(m.span("place"))
            if q:
                found.append(q)
                taken.append((q.start, q.end))
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
            runs_on = end < m.end() and text[end] == " " and \
                text[end + 1:m.end()].split()[0].rstrip(".,") not in g.rules["not_places"]  # 'in Gaza Strip Wednesday'
            if runs_on and name not in g.countries:
                # the name runs on: 'Vladimir Putin', 'Washington Post' are not Vladimir or Washington
                s = end
                while s < m.end() and not text[s].isalnum():
                    s += 1
                continue
            if s > m.start() and _tail_of_a_name(g, text[m.start():s], name):
                s = end  # 'City Hall', 'Fithian House': a town's name ending another name is not the town
                continue
            before = text[max(0, s - 60):s]
            km = _kind_before(kind, before)
            # 'in Washington and New York': a place coordinated with a place is one too
            listed = bool(found) and bool(LIST.match(text[found[-1].end:s]))
            context = listed or bool(loc.search(before)) or km is not None or local_life(g, text, name, end) \
                or bool(ADDRESS.search(before)) \
                or _named_alone(g, text, name, end)
            want = None
            if km is not None and km.group("qual"):
                want = g.countries.get(norm(km.group("qual")).removeprefix("the ").strip())
            q = qualifier(g, text, end, name)
            if (context or q) and free(s, q.end if q else end):
                mention = Mention(s, end, name, want)
                if q:
                    mention.country, mention.state = q.country, q.state
                found.append(mention)
                taken.append((s, end))
                if q:
                    found.append(q)
                    taken.append((q.start, q.end))
            s = q.end if q else end
            while s < m.end() and not text[s].isalnum():  # past the run's full stop or comma
                s += 1
    found.sort(key=lambda p: p.start)
    return found


# what only a town is: 'the city of Turkey', '400 S. Locust St., Lebanon', 'Galen Miller, 52, of
# Palestine' (a senator 'of Florida' is the state's; a president 'of Russia' the country's)
TOWN_KIND = re.compile(r"\b(?:town|city|village|suburb|township|borough|hamlet|community)\s+of\s+(?:the\s+)?$", re.I)
RESIDENT = re.compile(r",\s*\d{1,3},\s+of\s+")
NOT_TOWNS = ("country", "admin1", "continent", "region", "sea", "ocean")


def not_kinds(g: Gazetteer, text: str, m: Mention, people: list) -> tuple[str, ...]:
    """The kinds of place the wording around a mention rules out: a town's kind phrase, a
    street address or a person of some age 'of' it leave only towns; a country's name with a word of a
    town's life after it ('a Lebanon woman', 'Jordan High School': a country's would be
    'Lebanese', 'Jordanian') is a town of that name."""
    before = text[max(0, m.start - 60):m.start]
    if TOWN_KIND.search(before) or ADDRESS.search(before) or any(
            RESIDENT.fullmatch(text, p.end, m.start) for p in people if p.end < m.start):
        return NOT_TOWNS
    if m.name in g.countries and m.name not in g.adjectives:
        nxt = text[m.end:m.end + 20].split(maxsplit=1)
        if nxt and nxt[0].rstrip(".,;:'’s") in g.rules["town_nouns"]:
            return ("country",)
    return ()


# what follows a word of a name that is no town's: 'Pack 174', 'Section 2AA', 'Stevens & Wilkinson'
NOT_TOWN_AFTER = re.compile(r"\s*(?:\d|&)")
THE_ALONE = re.compile(r"[.,;:!?)]|['’]s\s|$")
HAMLET = 1000


def a_word_of_another_name(g: Gazetteer, text: str, m: Mention, surnames: set[str]) -> bool:
    """Whether a name that only towns bear is a word of some other name here: the surname of
    one of the story's people ('Elizabeth Fairfield ... Fairfield's defense team'), a word a
    number or a partner's name follows ('Pack 174', 'Stevens & Wilkinson'), or one after 'the'."""
    if m.country or m.state or m.entry is not None or m.cue in ("qualifier", "counties"):
        return False
    cands = g.candidates(m.name)
    if not cands or any(c.feature != "city" for c in cands) or local_life(g, text, m.name, m.end):
        return False  # 'Sochi Mayor', 'Dublin City Council': the town, whatever the NER took for a name
    # the wording's own cue ('in Fairfield') outweighs a namesake; the NER's guess does not
    if m.name in surnames and m.cue != "table" or NOT_TOWN_AFTER.match(text, m.end):
        return True
    # a town is no 'the' thing standing alone ('told the Telegraph.', 'an e-mail sent to the
    # Register,'), nor a hamlet after 'the' ('a report from The Telegraph covered'): that is a
    # paper's or a building's name; 'the Cincinnati suburb' is the town
    if text[max(0, m.start - 4):m.start].lower() != "the " or m.name.split()[-1] in g.rules["place_heads"]:
        return False  # 'the Red River' is a river, whatever hamlet bears its name
    return bool(THE_ALONE.match(text, m.end)) or max(c.population for c in cands) < HAMLET


def _tail_of_a_name(g: Gazetteer, head: str, name: str) -> bool:
    """Whether a town's name is the last word(s) of a longer capitalized name ('City Hall',
    'Fithian House'), not a place named with its part or kind or at a sentence's start ('North
    Texas', 'Greater Boston', 'University of Rochester', 'The Woodlands', 'In Euclid')."""
    words = head.split()
    last = words[-1].lower() if words else ""
    if not words or last in g.rules["compass"] or last in g.rules["locative"] or words[-1] in g.rules["name_heads"] \
            or last.endswith("."):  # 'on Sunday. Grovetown police': a new sentence
        return False
    return all(c.feature == "city" for c in g.candidates(name))


def _longest(g: Gazetteer, text: str, start: int, limit: int) -> tuple[int, str] | None:
    """The longest gazetteer name starting at ``start``, ending on a word boundary."""
    ends = []  # the spaces after ``start`` and ``limit`` itself, found by str.find, not char by char
    if start < limit:
        i = text.find(" ", start + 1, limit)
        while i >= 0:
            ends.append(i)
            i = text.find(" ", i + 1, limit)
        ends.append(limit)
    for end in reversed(ends):
        name = norm(text[start:end].rstrip(".,'’"))
        if g.candidates(name) and name not in g.rules["not_places"]:
            return start + len(text[start:end].rstrip(".,'’")), name
        if "." in name and g.candidates(name + "."):  # 'S.C.', 'W. Va.': the full stop is the name's
            return start + len(name) + 1, name + "."
    return None


def local_life(g: Gazetteer, text: str, name: str, end: int) -> bool:
    """A known town followed by a word of local life: 'Roselle police', 'Aleppo Mayor'."""
    nxt = text[end:end + 20].split(maxsplit=1)
    return bool(nxt) and nxt[0].rstrip(".,;:'’s") in g.rules["local_nouns"] and any(
        c.feature in ("city", "admin2") for c in g.candidates(name))


def _named_alone(g: Gazetteer, text: str, name: str, end: int) -> bool:
    """A name that is a place wherever it stands, unless it stands for a government
    ('Washington said') or owns something as a country does ("Russia's ambassador")."""
    if name in g.rules["not_places"] or name in g.adjectives or not any(
            c.feature in ALONE for c in g.candidates(name)):
        return False
    after = text[end:end + 30]
    if re.match(r"['’]s\s", after) and name in g.countries:
        return False
    verb = after.split(maxsplit=1)
    return not (name in g.metonyms and verb and verb[0] in g.rules["government_verbs"])
