"""Groups named by a role noun alone that the text still ties to one country: members of a
legislature ('other lawmakers', 'the senators') are of the legislature the text names near
them (the Senate, Congress, a senator's 'R-Ariz.'), not of the place their act is about
(cue ``legislature``); 'the regime' is the government the text calls a regime ('the regime
of Syrian President Bashar al-Assad', later 'the regime'; cue ``regime``); 'the militants',
'the militant group' are the armed group named last before (cue ``group``).

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
# The sectors of armed groups, and the heads that name one by its kind: 'the militant group'.
ARMED = {"INS", "REB"}
GROUP_NOUNS = {"group", "organization", "organisation", "movement", "faction", "outfit"}
# Modifiers that make a group armed without a sector of their own ('the armed group').
ARMED_WORDS = {"armed", "islamist", "radical", "hardline", "hard-line", "jihadist", "terrorist", "terror"}
# 'the militants', 'the militant group', 'these rebels': a definite phrase of an armed group's kind.
DEFINITE_ARMED = re.compile(r"\b(?:[Tt]he|[Tt]hese|[Tt]hose)((?:\s+[a-z-]+){1,3})")
# How far back a bare 'the group' looks for the armed group it stands for.
GROUP_REACH = 400


def role_groups(tables: Tables, text: str, mentions: list[Actor]) -> list[Actor]:
    """The legislators, regimes and armed groups among the text's bare role nouns, each one
    mention (the noun, with an armed group's kind words) of the country its legislature,
    regime or group is of."""
    return _legislators(tables, text, mentions) + _regimes(tables, text, mentions) + \
        _armed_groups(tables, text, mentions)


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


def _armed_groups(tables: Tables, text: str, mentions: list[Actor]) -> list[Actor]:
    """'the militants', 'the militant group', 'the rebels': a definite phrase of an armed
    group's kind is the armed group named last before it ('Hamas ... after the militant group
    seized the territory'), of that group's country (cue ``group``); a bare 'the group' only
    just after one is named."""
    groups = sorted((m for m in mentions if m.kind == "organization" and m.sector in ARMED and m.country),
                    key=lambda m: m.start)
    if not groups:
        return []
    starts = [g.start for g in groups]
    out: list[Actor] = []
    for m in DEFINITE_ARMED.finditer(text):
        words = [(w.group(), m.start(1) + w.start()) for w in re.finditer(r"[a-z-]+", m.group(1))]
        at = next((i for i, (w, _) in enumerate(words) if w in GROUP_NOUNS or tables.sectors.get(w) in ARMED
                   and not (i + 1 < len(words) and words[i + 1][0] in GROUP_NOUNS)), None)
        if at is None:
            continue
        head, start = words[at]
        armed = [w for w, _ in words[:at] if tables.sectors.get(w) in ARMED or w in ARMED_WORDS]
        sector = tables.sectors.get(head) if head not in GROUP_NOUNS else \
            next((tables.sectors.get(w) for w in reversed(armed) if tables.sectors.get(w)), None)
        if any(x.start <= start < x.end for x in mentions):
            continue
        k = bisect_left(starts, start)
        if k == 0:
            continue
        group = groups[k - 1]
        if head in GROUP_NOUNS and not armed and start - group.end > GROUP_REACH:
            continue
        out.append(_group(tables, text, words[0][1], start + len(head), group.country,
                          sector or group.sector or "INS", "group"))
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
