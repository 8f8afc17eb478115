"""Open-world actors: the people, organizations and groups no table names.

The NER's PERSON and ORG entities, and country words followed by a sector noun ('Kenyan
police'), become actors with what the text itself says of them, each with the ``cue``
that gave its country:

- ``title``: a country word and title before the name ('Kenyan Interior Minister X',
  "Kenya's police chief X", 'the Nigerian envoy, X');
- ``appositive``: a phrase set off after the name ('X, Kenya's interior minister,',
  'Al-Shabaab, a Somali militant group,') or an affiliation ('X of the Nigerian Senate');
- ``name``: the name's own words ('the Nigerian Senate', 'Kenyan police');
- ``place``: where it is based or acts ('the Nairobi-based group', 'police in Nairobi');
- ``legislature``, ``regime``: a role noun the text ties to a body ('other lawmakers' of the
  Congress named before, 'the regime' of the ruler named before; ``roles``);
- ``dateline``, ``document``: for an institution with a generic name ('the Interior
  Ministry', 'the Supreme Court') only, the dateline's country, else the country the
  document names most; a person or a distinctive name gets no country from these, as the
  text does not say it.

Later mentions of a person by surname ('Alden'), or with an honorific ('Mr Alden'), are
the same actor (cue ``surname``); tables stay first: an entity overlapping a table name is
left to the tables.

One module per concern: ``names`` (which entities are names), ``titles`` and
``appositives`` (what the words before and after a name say), ``people``,
``organizations``, ``groups`` and ``roles`` (the actors), ``chains`` (later mentions of a person),
``setting`` (the story's country, for what the text does not say), ``mentions``,
``vocabulary`` and ``sentences`` (what they share).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...records import Actor, Entity, Place
from ..tables import Tables, title_cased_headline, title_cased_lines
from .chains import chains, genders, surnames
from .groups import country_groups
from .mentions import is_unlisted
from .names import GLUED, NOT_ACTORS, NOT_A_NAME, NOT_BODIES, possessor, single_word_name, trim
from .organizations import named_with_country, organization_at
from .people import HONORIFIC_BEFORE, enriched, person_at
from .roles import role_groups
from .setting import Setting
from .vocabulary import GROUP_KIND, generic_words

__all__ = ["GROUP_KIND", "find"]

# After a person's name, a thing named for the person: 'the Leahy laws', 'the Magnitsky Act'.
NAMED_FOR = re.compile(r"['’]?\s+(?:laws?|Act|[Aa]mendment|[Dd]octrine|[Pp]rize|[Aa]ward|Center|Centre|Foundation"
                       r"|Institute|Library|School|University|Airport|Bridge|Street|Avenue)\b")
# A facility's name is a place's, not an actor's: 'Andersen Air Force Base', 'Bagram Airfield'.
FACILITY = re.compile(r"\s(?:Base|Airbase|Air Station|Airport|Airfield|Barracks)$")
# A ship's prefix: 'USS Sampson', 'HMS Duncan'.
SHIP = re.compile(r"(?:USS|HMS|USNS|HMAS|HMCS|INS)\s")
# An article before a title and name makes them a modifier: 'a General Motors board member'.
INDEFINITE_BEFORE = re.compile(r"\b(?:a|an|A|An)\s+$")


def find(tables: Tables, text: str, entities: Sequence[Entity], found: Sequence[Actor],
         places: Sequence[Place] = (), dateline: Place | None = None, outlet: str | None = None) -> list[Actor]:
    """``found`` (the tables' mentions, sorted) with the open-world actors added, sorted.

    Country words the open-world names absorb ('Nigerian' in 'the Nigerian Senate') are
    replaced by the longer mention."""
    generic = generic_words()
    setting = Setting.of(dateline.country if dateline is not None else None, found, tables.outlet_country(outlet), text)
    mentions = list(found)
    people: list[Actor] = []  # open-world people so far, for their surnames
    headline_end = title_cased_headline(text)
    names = [text[e.start:e.end] for e in entities]
    subheads = title_cased_lines(text)

    def in_subhead(at: int) -> bool:
        return any(s <= at < e for s, e in subheads)

    after_headline = {text[e.start:e.end] for e in entities if e.start > headline_end and not in_subhead(e.start)}
    # organizations first, so that a person's appositive can lean on them ('a member of the House Intelligence Committee')
    for ent in sorted(entities, key=lambda e: (e.label != "ORG", e.start)):
        if ent.label not in ("PERSON", "ORG"):
            continue
        start, end = trim(text, ent.start, ent.end)
        name = text[start:end]
        if end <= start or NOT_A_NAME.search(name) or NOT_ACTORS.match(name) or name.isupper() and len(name) > 5:
            continue
        if (start < headline_end or in_subhead(start)) and name not in after_headline:
            continue  # a title-cased headline is no evidence of a name ('Venezuelans Flood Polls')
        if any(p.start < end and start < p.end for p in places) or \
                (dateline is not None and dateline.start < end and start < dateline.end):
            continue  # a place the NER took for an organization ('Katmandu', 'Abu Ghraib')
        if not name[:1].isupper() or GLUED.search(name):
            continue  # 'michael schmidt', 'Rod RosensteinDemocrats': no name as printed
        if ent.label == "ORG" and (FACILITY.search(name) or NOT_BODIES.match(name)):
            continue  # 'took off from Andersen Air Force Base': a place; 'Air Force One': a thing; no actor
        if ent.label == "PERSON" and (NAMED_FOR.match(text, end) or SHIP.match(name)):
            continue  # 'the Leahy laws', 'the Carter Center', 'USS Sampson': named for a person, no person
        label = ent.label
        first = name.split()[0]
        rest_words = name.split()[1:]
        if label == "ORG" and rest_words and first.rstrip(".").lower() in tables.person_titles \
                and not any(w.lower() in generic for w in rest_words) \
                and not INDEFINITE_BEFORE.search(text, max(0, start - 4), start):
            # 'General Petraeus' is a person; 'a General Motors board member' names a company
            label, start = "PERSON", start + len(first) + 1
            name = text[start:end]
        if " " not in name and not single_word_name(tables, text, label, name, start, names, people + mentions):
            continue
        inner = [m for m in mentions if m.start < end and start < m.end]
        if label == "PERSON":
            if inner and not all(is_unlisted(m) for m in inner):
                continue  # the tables know it, or a country word was read as a name
            if inner:  # found by its title ('Chief Minister Peter Caruana'): what follows may add the country
                actor = enriched(tables, text, inner[0], mentions, places, setting, people)
            else:
                actor = person_at(tables, text, start, end, mentions, people, places, setting)
            if actor is None:
                continue
            mentions = [m for m in mentions if m not in inner]
            people.append(actor)
        else:
            actor = organization_at(tables, text, start, end, inner, mentions, places, generic, setting)
            if actor is None:
                continue
            mentions = [m for m in mentions if m not in inner]
        mentions.append(actor)
        mentions.sort(key=lambda a: a.start)
    # a person the title pass found by an honorific that the NER did not call a name ('said Mr Kilroy-Silk'):
    # what the text around says of him, else the story's country, as for the NER's
    mentions = [enriched(tables, text, m, mentions, places, setting, people)
                if is_unlisted(m) and m.country is None and m.cue is None
                and HONORIFIC_BEFORE.search(text, max(0, m.start - 6), m.start) else m for m in mentions]
    mentions = named_with_country(text, mentions)
    mentions = chains(surnames(tables, text, mentions, people, places))
    groups = country_groups(tables, text, mentions)
    mentions = [m for m in mentions if not any(g.start <= m.start and m.end <= g.end for g in groups)]
    mentions = sorted(mentions + groups, key=lambda a: a.start)
    mentions = sorted(mentions + role_groups(tables, text, mentions), key=lambda a: a.start)
    return genders(text, [possessor(text, m) for m in mentions])
