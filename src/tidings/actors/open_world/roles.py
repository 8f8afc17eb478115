"""Groups named by a role noun alone that the text still ties to one country: members of a
legislature ('other lawmakers', 'the senators') are of the legislature the text names near
them (the Senate, Congress, a senator's 'R-Ariz.'), not of the place their act is about
(cue ``legislature``); 'the regime' is the government the text calls a regime ('the regime
of Syrian President Bashar al-Assad', later 'the regime'; cue ``regime``).

A role noun no such cue ties to a country is left to the event coder, which gives it the
place it acts in, the dateline or the story (events/arguments/setting.py)."""

from __future__ import annotations

import re
from bisect import bisect_left

from ...records import Actor
from ..tables import Tables, cameo_code
from .vocabulary import GROUP_KIND, generic_words

# A US legislator's party and state: 'Rep. Dana Rohrabacher, R-Calif.', 'Sen. John McCain (R-Ariz.)'.
PARTY_STATE = re.compile(r"\b[RDI]-[A-Z][A-Za-z]{1,4}\.?(?=[\s,;)])")
# Words before a role noun that make its people of many countries or of none the text names.
NOT_ONE_COUNTRY = {"foreign", "world", "international", "western", "european", "arab", "visiting", "global",
                   "allied", "regional", "state", "local", "provincial"}
# What after a role noun gives its own place ('lawmakers in Baghdad'): the coder reads that place.
OWN_PLACE = re.compile(r"\s+(?:in|from|of)\s+(?:the\s+)?[A-Z]")
# A regime told by whose it is: 'the regime of Syrian President Bashar al-Assad', 'the regime in Damascus'.
REGIME_OF = re.compile(r"\bregime\s+(?:of|in)\s+(?:the\s+)?")
# 'the regime', 'that regime', "the country's regime": a regime the text named before.
DEFINITE_REGIME = re.compile(r"\b(?:the|that|this)\s+(?:\w+\s+)?regime\b", re.I)
# A possessor or name before 'regime': "Assad's regime", 'the Assad regime', 'the Syrian regime'.
REGIME_AFTER = re.compile(r"(?:['’]s)?\s+regime\b")


def role_groups(tables: Tables, text: str, mentions: list[Actor]) -> list[Actor]:
    """The legislators and regimes among the text's bare role nouns, each one mention (the
    noun's own word) with the country its legislature or its regime is of."""
    return _legislators(tables, text, mentions) + _regimes(tables, text, mentions)


def _legislators(tables: Tables, text: str, mentions: list[Actor]) -> list[Actor]:
    """'other lawmakers', 'the senators': of the legislature named nearest before them (in
    the text before, else after): a legislature or a legislator the tables know, a country
    word before a legislator noun ('U.S. senators', 'Iraqi lawmakers'), a US party and state
    ('R-Calif.'). None named, none guessed here."""
    bodies = generic_words()
    words = {w for w, s in tables.sectors.items() if s == "LEG" and w not in bodies and " " not in w}
    anchors: list[tuple[int, str]] = [(m.start, m.country) for m in mentions if m.sector == "LEG" and m.country
                                      and (m.cue in (None, "table", "name") or m.kind != "person")]
    anchors += [(m.start(), "USA") for m in PARTY_STATE.finditer(text)]
    ends = {m.end: m for m in mentions if m.country}
    bare: list[tuple[int, int]] = []
    for w in tables.sector_words.finditer(text):
        if w.group().lower() not in words or w.group()[:1].isupper() and not w.group().endswith("s"):
            continue  # 'Senator Smith' is a title; 'Senators', 'MPs' and 'lawmakers' are people
        before = ends.get(w.start() - 1) if text[w.start() - 1:w.start()] == " " else None
        if before is not None:
            anchors.append((before.start, before.country))  # 'U.S. senators': a legislature named
            continue
        if any(m.start <= w.start() < m.end for m in mentions) or OWN_PLACE.match(text, w.end()):
            continue
        prev = re.search(r"(\w+)\W*$", text[max(0, w.start() - 20):w.start()])
        if prev and prev.group(1).lower() in NOT_ONE_COUNTRY:
            continue
        bare.append((w.start(), w.end()))
    return [_group(tables, text, s, e, country, "LEG", "legislature") for s, e in bare
            if (country := _nearest(sorted(anchors), s)) is not None]


def _regimes(tables: Tables, text: str, mentions: list[Actor]) -> list[Actor]:
    """'the regime of Syrian President Bashar al-Assad': of its ruler's country; a later 'the
    regime' is of the last regime named so before ("Assad's regime", 'the Syrian regime')."""
    by_start = sorted((m for m in mentions if m.country), key=lambda m: m.start)
    starts = [m.start for m in by_start]
    named: list[tuple[int, str]] = []
    out: list[Actor] = []
    for m in REGIME_OF.finditer(text):
        k = bisect_left(starts, m.end())
        if k < len(by_start) and by_start[k].start == m.end():
            named.append((m.start(), by_start[k].country))
            out.append(_group(tables, text, m.start(), m.start() + len("regime"), by_start[k].country, "GOV", "regime"))
    for m in by_start:
        if REGIME_AFTER.match(text, m.end):
            named.append((m.start, m.country))
    named.sort()
    taken = {a.start for a in out}
    for m in DEFINITE_REGIME.finditer(text):
        start = m.end() - len("regime")
        if start in taken or any(x.start <= start < x.end for x in mentions) or \
                any(x.end <= start and text[x.end:start].strip(" ’'s") == "" for x in mentions):
            continue
        country = _nearest(named, start, after=False)
        if country is not None:
            out.append(_group(tables, text, start, start + len("regime"), country, "GOV", "regime"))
    return out


def _nearest(anchors: list[tuple[int, str]], at: int, after: bool = True) -> str | None:
    """The country of the anchor nearest before ``at``, else (with ``after``) the first after."""
    k = bisect_left(anchors, (at, ""))
    if k > 0:
        return anchors[k - 1][1]
    return anchors[k][1] if after and k < len(anchors) else None


def _group(tables: Tables, text: str, start: int, end: int, country: str, sector: str, cue: str) -> Actor:
    return Actor(text=text[start:end], start=start, end=end, name=tables.country_names.get(country), id=country, country=country, sector=sector,
                 code=cameo_code(country, sector), kind=GROUP_KIND, cue=cue)
