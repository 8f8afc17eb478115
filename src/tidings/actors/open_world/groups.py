"""A country word right before a sector noun: 'Kenyan police', 'Russian troops', 'the
Nigerian Senate', one mention of that country's sector (cue ``name``)."""

from __future__ import annotations

import re

from ...records import Actor
from ..tables import Tables, cameo_code
from .vocabulary import GROUP_KIND


# Nouns after a sector word that make it a modifier: 'a Somali militant group', 'Kenyan police chief'.
GROUP_HEADS = {"group", "groups", "movement", "organisation", "organization", "leader", "leaders", "chief", "chiefs",
               "commander", "commanders", "official", "officials", "spokesman", "spokeswoman", "source", "sources",
               "unit", "units", "camp", "base", "head", "minister", "ministry", "network", "cell", "faction"}
# What joins country words that modify one noun together: 'US and Iraqi forces', 'British, French and German troops'.
COORDINATOR = re.compile(r"\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+")
# The kinds of mention that name a country in such a run ('US', 'Iraqi').
COORDINATED_KINDS = ("adjective", "country")


def country_groups(tables: Tables, text: str, mentions: list[Actor]) -> list[Actor]:
    """'Kenyan police', 'Russian troops': a country word right before a sector noun is that
    country's sector, one mention (cue ``name``) that takes the country word's place. Country
    words coordinated before it ('US and Iraqi forces', 'British and French troops') are as
    many actors of the same sector, one per country, each from its own word to the noun."""
    out = []
    starts = {m.start for m in mentions}
    by_start = {m.start: m for m in mentions}
    for m in mentions:
        if m.kind != "adjective" or not m.country or text[max(0, m.start - 5):m.start].lower().endswith(
                ("anti-", "pro-")):
            continue
        body = by_start.get(m.end + 1) if text[m.end:m.end + 1] == " " else None
        if body is not None and body.kind == "institution" and body.country != m.country:
            # 'the Nigerian Senate': the institution of the country named, not the one the tables list
            out.append(Actor(text=text[m.start:body.end], start=m.start, end=body.end,
                             name=m.name, id=m.country, country=m.country, sector=body.sector,
                             code=cameo_code(m.country, body.sector), kind=GROUP_KIND, cue="name"))
            continue
        s = tables.sector_words.match(text, m.end + 1) if text[m.end:m.end + 1] == " " else None
        if s is None or s.end() in starts or (s.end() < len(text) and (text[s.end()].isalnum() or text[s.end()] == "-")):
            continue
        follow = re.match(r"\s+([A-Za-z]+)", text[s.end():])
        if follow and (follow.group(1)[0].isupper() and follow.group(1) not in ("The", "A", "An", "In", "On")
                       or follow.group(1) in GROUP_HEADS or tables.sector_words.fullmatch(follow.group(1))):
            continue  # 'Kenyan police chief X', 'a Somali militant group': the noun is not the head
        sector = tables.sectors.get(s.group().lower()) or tables.sectors.get(s.group().lower().rstrip("s"))
        if sector is None:
            continue
        for c in [*_coordinated_before(text, mentions, m), m]:
            out.append(Actor(text=text[c.start:s.end()], start=c.start, end=s.end(), name=c.name, id=c.country,
                             country=c.country, sector=sector, code=cameo_code(c.country, sector), kind=GROUP_KIND,
                             cue="name"))
    return out


def _coordinated_before(text: str, mentions: list[Actor], last: Actor) -> list[Actor]:
    """The country words joined to ``last`` before it ('US and' of 'US and Iraqi forces'),
    left to right; none of ``last``'s own country, none after 'anti-' or 'pro-'."""
    run: list[Actor] = []
    at = last
    for m in sorted((m for m in mentions if m.end <= last.start), key=lambda m: m.end, reverse=True):
        if m.end > at.start:
            continue
        if not COORDINATOR.fullmatch(text, m.end, at.start):
            break
        if m.kind not in COORDINATED_KINDS or not m.country or \
                text[max(0, m.start - 5):m.start].lower().endswith(("anti-", "pro-")):
            break
        run.insert(0, m)
        at = m
    out: list[Actor] = []
    for m in run:  # one per country: 'US and American forces' is one
        if m.country != last.country and all(m.country != o.country for o in out):
            out.append(m)
    return out
