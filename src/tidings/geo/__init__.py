"""Geo: find the places a text names and put them on the map.

Candidates come two ways: the statistical NER's GPE, LOC and FAC spans and the big places
inside its other entities ('CBC Toronto': ``ner``), and names the text marks as places by
its wording ('in Salisbury', 'the UK town of Salisbury', 'Seattle, Washington', 'Roselle
police', a country or county anywhere: ``cues``); a name used as a place is that place
wherever else the story names it. The gazetteer (``gazetteer``: GeoNames
places of 500+ people, countries, US states and counties, continents, seas and regions)
gives each name's readings, and the document decides among them (``resolve``): a
qualifier or kind phrase fixes the country or state; otherwise population, kind and
the countries and states the document's other places name. A wire dateline is the
story's setting (``dateline``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from ..records import Entity, Place
from . import cues, ner
from .dateline import dateline, place
from .gazetteer import Entry, Gazetteer, load
from .resolve import candidates, resolve

__all__ = ["Entry", "Gazetteer", "dateline", "find", "load"]


def find(text: str, countries: frozenset[str] = frozenset(), entities: Iterable[Entity] = (),
         bodies: Iterable[tuple[int, int]] = ()) -> list[Place]:
    """Places named in ``text``, resolved. ``countries`` are the ISO3 codes of the document's
    actors (a weak hint); ``entities`` the NER's entities of the whole text (doc.entities);
    ``bodies`` the spans of organizations the actor tables name, which are no places however
    the wording lists them ('Israel, Hamas Continue To Trade Fire': Hamas is no town in Germany)."""
    g = load()
    entities = list(entities)
    people = [e for e in entities if e.label == "PERSON"]
    # a name the wording marks is not a place inside a longer person's name ('Georgia Stevens')
    marked = [m for m in cues.find(text, g)
              if not any(e.start <= m.start and m.end <= e.end and e.end - e.start > m.end - m.start for e in people)]
    mentions = list(marked)
    for m in [*ner.mentions(text, entities, g), *ner.residents(text, entities, g)]:
        if any(m.start < o.end and o.start < m.end for o in marked):
            continue  # the wording's reading already has it, with what the wording says
        q = cues.qualifier(g, text, m.end, m.name)
        if q is not None and not any(q.start < o.end and o.start < q.end for o in mentions):
            m.country, m.state = q.country, q.state
            mentions.append(q)
        mentions.append(m)
    mentions = _dedup(sorted(mentions, key=lambda m: (m.start, -m.end)))
    mentions = _dedup(sorted(mentions + _again(text, mentions, people, g), key=lambda m: (m.start, -m.end)))
    named = set(bodies)  # ... unless the wording puts it as a place ('a summit in Brussels')
    mentions = [m for m in mentions if (m.start, m.end) not in named or cues.after_locative(text, m.start)]
    surnames = {e.text.split()[-1] for e in people if " " in e.text.strip()}
    mentions = [m for m in mentions if not cues.a_word_of_another_name(g, text, m, surnames)]
    for m in mentions:
        if m.entry is None and m.cue != "qualifier":
            m.not_kinds = cues.not_kinds(g, text, m, people)
    _listed_alike(text, mentions, g)
    line = dateline(text, countries)
    setting = Entry(line.name, line.feature, line.country, line.admin1, line.lat, line.lon, line.id or "") \
        if line is not None else None
    found = []
    entries = resolve(g, mentions, countries, setting)
    towns = _towns(entries)
    for m, e in zip(mentions, entries):
        if e is not None and e.approximate and (e.country, e.admin1) in towns:
            # a county with no point of its own: among the story's towns of its state, not at the
            # state's middle (local stories name places near each other)
            e = replace(e, lat=towns[(e.country, e.admin1)][0], lon=towns[(e.country, e.admin1)][1])
        if e is not None:
            found.append(place(e, text, m.start, m.end))
        elif m.cue in ner.LABELS:  # a place the gazetteer lacks: found, not on the map
            found.append(Place(text=text[m.start:m.end], start=m.start, end=m.end, name=m.name,
                               feature=_kind(m.name, g)))
    return found


def _again(text: str, mentions: list[cues.Mention], people: list[Entity], g: Gazetteer) -> list[cues.Mention]:
    """A name the document uses as a place is that place wherever else it stands as a name
    (one sense per story): 'Watertown' in 'Watertown Council' once 'in Watertown' is said;
    not inside a person's name, a government speaking nor a country owning."""
    names = {m.name for m in mentions if m.cue != "qualifier" and len(m.name) > 3 and m.entry is None}
    if not names:
        return []
    taken = [(m.start, m.end) for m in mentions]
    pattern = re.compile(r"(?<![\w.’'-])(?:" + "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
                         + r")(?!\w)")
    found = []
    for m in pattern.finditer(text):
        s, e = m.span()
        if any(s < te and ts < e for ts, te in taken) or any(p.start <= s and e <= p.end for p in people):
            continue
        if m.group(0) in g.metonyms and ner.acts_after(text, e, g):
            continue
        if street := ner.street_after(g, text, m.group(0), e):  # 'Memphis Street': a street, not the town
            found.append(cues.Mention(s, street, text[s:street], cue="FAC"))
            continue
        if re.match(r"['’]s\s", text[e:e + 3]) and (m.group(0) in g.countries or m.group(0) in g.metonyms):
            continue  # "Russia's ambassador", "Moscow's plan": an owner; "Gainesville's supermarket" is the town
        found.append(cues.Mention(s, e, m.group(0), cue="again"))
    return found


LEVELS = ("country", "admin1")


def _listed_alike(text: str, mentions: list[cues.Mention], g: Gazetteer) -> None:
    """Names listed together are of one kind: 'Oregon and Washington laws' are two states,
    'Russia and Georgia' two countries, 'Texas and Georgia' two states."""
    sure = [{c.feature for c in candidates(g, m)} for m in mentions]  # what each is read as
    could = [{c.feature for c in g.candidates(m.name)} for m in mentions]  # what each might be
    for i in range(len(mentions) - 1):
        a, b = mentions[i], mentions[i + 1]
        if not cues.LIST.match(text[a.end:b.start]):
            continue
        for x, y, kx, ky in ((a, b, sure[i], could[i + 1]), (b, a, sure[i + 1], could[i])):
            level = next((k for k in LEVELS if kx == {k}), None)  # x is surely a state, or a country
            if level and level in ky and len(ky) > 1 and y.entry is None and y.cue != "qualifier":
                y.not_kinds = tuple(sorted({*y.not_kinds, *(k for k in ky if k != level)}))


def _towns(entries: list[Entry | None]) -> dict[tuple[str | None, str | None], tuple[float, float]]:
    """The middle of the story's towns in each state."""
    points: dict[tuple[str | None, str | None], list[tuple[float, float]]] = {}
    for e in entries:
        if e is not None and e.feature == "city" and e.lat is not None and e.lon is not None:
            points.setdefault((e.country, e.admin1), []).append((e.lat, e.lon))
    return {k: (round(sum(p[0] for p in v) / len(v), 4), round(sum(p[1] for p in v) / len(v), 4))
            for k, v in points.items()}


def _dedup(mentions: list) -> list:
    out: list = []
    for m in mentions:
        if out and m.start < out[-1].end:
            continue
        out.append(m)
    return out


def _kind(name: str, g: Gazetteer) -> str:
    head = name.split()[-1]
    return g.rules["head_kinds"].get(head, "place")
