"""Open-world organizations: an ORG entity with its country from its own name ('the
Nigerian Senate'), a possessive ("Iraq's Human Rights Ministry"), an appositive, the place
it is based in or named with, or for a generic institution ('the Interior Ministry') the
story's; a name nothing ties to a country or a public role is no actor."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ...records import Actor, Place
from ..tables import TOKEN, Tables, _key, cameo_code
from .appositives import what_follows
from .sentences import ABBREVIATIONS, sentence_around, sentence_start
from .setting import Setting
from .titles import outlet_before
from .vocabulary import (COUNTRY_KINDS, GROUP_KIND, POSSESSIVE_BEFORE, all_title_words, generic_name, is_topic_mention,
                         sector_of)


# An office's name before 'of': 'Secretary of State', 'Director of National Intelligence'.
TITLE_OF = re.compile(r"\b(?P<title>[A-Z][a-z]+)\s+of\s+(?:the\s+)?$")
BASED = re.compile(r"(?P<place>[A-Z][\w.'’]*(?:\s[A-Z][\w.'’]*)?)-based\s+(?:[\w-]+\s+){0,3}$")
PARTY_SECTOR = "PTY"
# A body named with its country word, in the possessive, before another: "the US Pacific Command's Joint
# Intelligence Center" (after 'US').
OWNER_NAMED_BEFORE = re.compile(r"(?:\s+[A-Z][\w.-]*){1,4}['’]s\s+(?:the\s+)?")
PLACE_AFTER = re.compile(r"\s+(?:in|of)\s+(?:the\s+)?(?:neighbou?ring\s+|nearby\s+)?")


def organization_at(tables: Tables, text: str, start: int, end: int, inner: list[Actor], mentions: list[Actor],
                  places: Sequence[Place], generic: dict[str, str], setting: Setting) -> Actor | None:
    name = " ".join(text[start:end].split())
    if tables.names.get(_key(TOKEN.findall(name))) is not None:
        return None  # a table name, passed over by the tables on purpose (a news outlet, a place)
    if any(m.kind in ("organization", "person", "outlet") for m in inner):
        return None
    follow = re.match(r"\s+([A-Z][a-z]+)", text[end:end + 30])
    if follow and follow.group(1).lower() in tables.person_titles:
        return None  # 'Interior' of 'Interior Minister X': a piece of a title
    if " " in name and name.split()[-1].rstrip(".") in ABBREVIATIONS:
        return None  # 'Navy Capt' of 'said Navy Capt. X': a title cut from its name
    if all_title_words(tables, name) and re.match(r"\s+[A-Z]", text[end:end + 3]):
        return None  # 'Major General' of 'Major General Aviv Kochavi': a title before a name
    office = TITLE_OF.search(text, max(0, start - 30), start)
    if office and office.group("title").lower() in tables.person_titles:
        return None  # 'State' of 'Secretary of State', 'National Intelligence' of 'Director of ...'
    if outlet_before(tables, text, start):
        return None  # "CNN's State of the Union": an outlet's programme, not a body
    words = [w for w in TOKEN.findall(name)]
    lowered = [w.lower() for w in words]
    sector = sector_of(tables, lowered)
    carriers = [m for m in inner if m.kind in COUNTRY_KINDS and m.country
                and not text[max(0, m.start - 1):m.start] == "-"]  # 'anti-French', 'the Inter-American Dialogue'
    located = [m for m in inner if m.kind in COUNTRY_KINDS and m.country and re.search(r"\s(?:in|of)\s$", text[start:m.start])]
    if located and any(m.country != located[-1].country for m in carriers):
        # 'the American University in Cairo', 'the American University of Beirut': the place's
        carriers = [located[-1]]
    elif len({m.country for m in inner if m.kind in COUNTRY_KINDS and m.country}) > 1:
        return None  # 'the Institute for China-America Studies': named for a relation, of neither country
    if inner and not carriers:
        return None  # an institution the tables know ('the Senate', 'Parliament')
    if carriers and all(m.start == start and m.end == end for m in carriers):
        return None  # the name is a country's: the tables' mention stands
    rest = [w for w in lowered if w not in ("of", "and", "for", "the")
            and not any(m.start <= start + name.lower().find(w) < m.end for m in carriers)]
    if carriers and rest and generic.get(rest[-1]) == "head" and all(w in generic for w in rest):
        # 'the Afghan Army', 'the Nigerian Senate': the country's own institution, named for it
        c = carriers[0]
        return Actor(text=text[start:end], start=start, end=end, name=tables.country_names.get(c.country, c.name),
                     id=c.country, country=c.country, sector=sector, code=cameo_code(c.country, sector),
                     kind=GROUP_KIND, cue="name")
    if carriers and carriers[0].kind == "adjective" and not (rest and generic.get(rest[-1]) in ("head", "org")):
        return None  # 'Congolese Tutsi': an adjective and a people, not a body
    if carriers and not all(w[:1].isupper() or w in ("of", "and", "for", "the", "de") for w in words):
        return None  # 'Jailing of HK democrat': a phrase, not a name
    country, cue = (carriers[0].country, "name") if carriers else (None, None)
    if carriers and carriers[0].kind == "adjective":
        where, how = place_of(text, start, end, places)
        if where is not None and where != country:  # 'the American University' in Cairo is Egypt's
            country, cue = where, how
    if country is None and sector not in (None, "BUS", "MED"):  # "Iraq's Human Rights Ministry": the country's own
        # ("the US Pacific Command's Joint Intelligence Center": the body's own)
        owner = next((m for m in mentions if m.kind in COUNTRY_KINDS + ("organization", "institution", GROUP_KIND)
                      and m.country and m.end < start and (POSSESSIVE_BEFORE.fullmatch(text, m.end, start)
                                                           or OWNER_NAMED_BEFORE.fullmatch(text, m.end, start))), None)
        where = next((p for p in places if p.country and p.end < start and POSSESSIVE_BEFORE.fullmatch(text, p.end, start)),
                     None)  # "New York's Port Authority"
        country, cue = (owner.country, "name") if owner is not None else (
            (where.country, "place") if where is not None else (None, None))
    if country is None:
        country, sector2, cue = what_follows(tables, text, end, mentions, places)
        sector = sector or sector2
    if country is None:
        country, cue = place_of(text, start, end, places)
    if country is None and lowered[-1:] == ["party"]:
        # 'the left-wing Socialist Workers' Party': a party named with no country is one of the country its
        # sentence names, when it names one ("the semi-autonomous Chinese city's residents ... without the
        # Communist Party pre-screening the candidates"), else of the story's (its paragraph's, its dateline's,
        # or the country it names most), not the outlet's
        country, cue = sentence_country(text, start, end, mentions) or setting.country(outlet=False, at=start)
        sector = PARTY_SECTOR
    if country is None and generic_name(lowered):
        # 'the Interior Ministry', 'the Supreme Court', 'the Office of the Inspector General': the institution
        # of the story's country
        country, cue = setting.country()
    if country is None and sector in (None, "BUS", "MED"):
        return None  # a name nothing ties to a country or a public role ('Google Inc'), no actor
    return Actor(text=text[start:end], start=start, end=end, name=name, id=None, country=country, sector=sector,
                 code=cameo_code(country, sector), kind="organization", cue=cue if country else None)


def place_of(text: str, start: int, end: int, places: Sequence[Place]) -> tuple[str | None, str | None]:
    """The country of the place an organization is based in or named with: 'the
    Nairobi-based group', 'the Interior Ministry in Kabul'."""
    line_start = max(text.rfind("\n", 0, start), 0)
    m = BASED.search(text, max(line_start, start - 60), start)
    if m:
        p = next((p for p in places if p.start == m.start("place") and p.country), None)
        if p is not None:
            return p.country, "place"
    m = PLACE_AFTER.match(text, end)
    if m:
        p = next((p for p in places if p.start == m.end() and p.country), None)
        if p is not None:
            return p.country, "place"
    return None, None


def named_with_country(text: str, mentions: Sequence[Actor]) -> list[Actor]:
    """``mentions`` with the country a longer mention of the same name gives where their own
    mention gives none: 'Special Forces' after 'U.S. Special Forces', 'Air Force Space
    Command' after 'the U.S. Space Command' (a national force's unit), cue ``name``."""
    carriers = {m.end: m for m in mentions if m.kind in COUNTRY_KINDS and m.country}
    out = []
    for org in mentions:
        words = org.name.split() if org.kind == "organization" and org.id is None and org.country is None \
            and org.name else []
        country = None
        for k in range(len(words), 1, -1):
            tail = words[-k:]
            if not all(w[:1].isupper() for w in tail):
                break
            for m in re.finditer(rf"(?<=\s){re.escape(' '.join(tail))}\b", text):
                carrier = carriers.get(m.start() - 1)
                if carrier is not None and not is_topic_mention(text, carrier):
                    country = carrier.country
                    break
            if country is not None:
                break
        out.append(org if country is None else
                   replace(org, country=country, code=cameo_code(country, org.sector), cue="name"))
    return out


def sentence_country(text: str, start: int, end: int, mentions: Sequence[Actor]) -> tuple[str, str] | None:
    """The one country the sentence around ``text[start:end]`` names by a country word (and its
    cue, ``document``), when it names exactly one."""
    at = sentence_start(text, start)
    stop = at + len(sentence_around(text, start, end))
    named = {m.country for m in mentions if at <= m.start and m.end <= stop and m.country
             and m.kind in COUNTRY_KINDS and not is_topic_mention(text, m)}
    return (named.pop(), "document") if len(named) == 1 else None
