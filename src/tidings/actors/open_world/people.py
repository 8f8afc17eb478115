"""Open-world people: a PERSON entity becomes an actor when something says who it is (a
title, an honorific, an appositive), with the country its text gives, else, for an official
or a person the story follows, the story's."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ...records import Actor, Place
from ..tables import Tables, cameo_code
from .appositives import appositive, is_affiliated, what_follows
from .mentions import countryless_body_before, known_person
from .names import trim
from .sentences import ABBREVIATIONS, sentence_around
from .setting import Setting
from .titles import title_before
from .vocabulary import PUBLIC_SECTORS, TEXT_CUES


HONORIFIC_BEFORE = re.compile(r"(?P<hon>Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady)\.?\s+$")
# A publication's noun before a name: 'French newspaper Nice Matin'.
PUBLICATION_BEFORE = re.compile(r"\b(?:newspaper|paper|daily|weekly|magazine|tabloid|broadcaster|channel|website|"
                                r"news agency|agency|network|station)\s+$")
# A credit or a byline before a name: '(Photo: Robert Deutsch, USA TODAY)', 'By Tara McKelvey, White House reporter'.
CREDIT_BEFORE = re.compile(r"(?:\b(?:Photo|Photos|Photograph|Image|Video|Graphic|Illustration)s?(?:\s+by)?:?\s+|"
                           r"(?:^|\n)\s*By\s+|\b(?:[Rr]eporting|[Ww]riting|[Ee]diting)\s+by\s+)$")
# A sentence that credits the staff who reported: "CNN's X, Y and Z contributed to this report".
CREDIT_LINE = re.compile(r"\bcontributed (?:to (?:this|the) (?:report|story|article)|reporting)\b|^\W*Contributors?:|"
                         r"\b[Aa]dditional reporting by\b|\b[Ww]ith assistance (?:by|from)\b")


def person_at(tables: Tables, text: str, start: int, end: int, mentions: list[Actor], people: list[Actor],
            places: Sequence[Place], setting: Setting) -> Actor | None:
    name = " ".join(text[start:end].split())
    words = name.split()
    if len(words) == 1 and words[0] in tables.titles:
        return None
    if words[-1].rstrip(".") in ABBREVIATIONS:
        return None  # 'Army Lt.': a title cut from its name
    if PUBLICATION_BEFORE.search(text, max(0, start - 40), start) or CREDIT_BEFORE.search(text, max(0, start - 40), start) \
            or CREDIT_LINE.search(sentence_around(text, start, end)):
        return None  # 'French newspaper Nice Matin', '(Photo: Robert Deutsch, USA TODAY)', 'By Tara McKelvey'
    hon = HONORIFIC_BEFORE.search(text, max(0, start - 6), start)
    gender = tables.person_titles.get(hon.group("hon"), {}).get("gender") if hon else None
    known = known_person(mentions, words, start)
    if known is not None:  # 'Kim' after 'North Korean leader Kim Jong-un': the person the tables know
        return replace(known, text=text[start:end], start=start, end=end, cue="surname")
    # a back-reference: 'Alden', 'Mr Alden', 'Edward Alden' again
    earlier = next((p for p in reversed(people) if p.name and (p.name == name or (
        len(words) == 1 and p.name.split()[-1] == words[0]))), None)
    if earlier is not None and (earlier.country or len(words) == 1):
        return later_mention(tables, text, replace(earlier, text=text[start:end], start=start, end=end,
                                          cue="surname" if earlier.name != name else earlier.cue,
                                          gender=earlier.gender or gender or None), mentions, places)
    country, sector, cue, title_gender, formal = title_before(tables, text, start, mentions, places)
    if country is None:
        country, sector2, cue = what_follows(tables, text, end, mentions, places)
        sector = sector or sector2
    elif sector is None:
        sector = what_follows(tables, text, end, mentions, places)[1]
    if not (hon or country or sector or title_gender or formal or appositive(tables, text, end)):
        return None  # a bare name: nothing says who it is ('Michael Phelps won'), no actor
    if country is None and (formal and sector in PUBLIC_SECTORS or in_story(text, start, sector)):
        # 'Mayor Bill de Blasio', 'Attorney General Eric Holder', a person the story follows: the story's country
        country, cue = setting.country(is_affiliated(tables, text, end, mentions)
                                       or countryless_body_before(text, start, mentions))
    return Actor(text=text[start:end], start=start, end=end, name=name, id=None, country=country, sector=sector,
                 code=cameo_code(country, sector), kind="person", gender=gender or title_gender or None,
                 cue=cue if country else None)


def enriched(tables: Tables, text: str, person: Actor, mentions: list[Actor], places: Sequence[Place],
              setting: Setting) -> Actor:
    """A person the tables' title pass found ('Treasury Secretary Steven Mnuchin'), with the
    country the rest of the text gives where the title's own country word gave none."""
    start, end = trim(text, person.start, person.end)  # "Speaker Bercow's": the name without the possessive
    if (start, end) != (person.start, person.end):
        person = replace(person, text=text[start:end], start=start, end=end,
                         name=" ".join(text[start:end].split()) if person.name == person.text else person.name)
    known = known_person(mentions, (person.name or "").split(), person.start)
    if known is not None:  # 'Mrs. Clinton' after 'Hillary Clinton'
        return replace(known, text=person.text, start=person.start, end=person.end, cue="surname")
    if person.country is not None:
        return person
    country, sector, cue, _, formal = title_before(tables, text, person.start, mentions, places)
    if country is None:
        country, sector, cue = what_follows(tables, text, person.end, mentions, places)
    sector = person.sector or sector
    if country is None and (formal and sector in PUBLIC_SECTORS or in_story(text, person.start, sector)):
        country, cue = setting.country(is_affiliated(tables, text, person.end, mentions)
                                       or countryless_body_before(text, person.start, mentions))
    if country is None:
        return person
    return replace(person, country=country, sector=sector, code=cameo_code(country, sector), cue=cue)


def later_mention(tables: Tables, text: str, again: Actor, mentions: list[Actor], places: Sequence[Place]) -> Actor:
    """A later mention of a person with the country its own title or appositive gives, if
    any ('Soleimani, Iran's top general'): the chains (``chains``) weigh it against the rest."""
    country, sector, cue, _, _ = title_before(tables, text, again.start, mentions, places)
    if country is None:
        country, sector, cue = what_follows(tables, text, again.end, mentions, places)
    if country is None or country == again.country and again.cue in TEXT_CUES:
        return again
    sector = again.sector or sector
    return replace(again, country=country, sector=sector, code=cameo_code(country, sector), cue=cue)


def in_story(text: str, start: int, sector: str | None) -> bool:
    """Whether a person nothing else places is one the story is about, who takes the story's
    country: not a journalist, a byline or a credit ('CNN's X, Y and Z contributed')."""
    if sector == "MED":
        return False
    line = text[max(text.rfind("\n", 0, start), 0):text.find("\n", start) if "\n" in text[start:] else len(text)]
    return not re.search(r"\bcontributed\b|^\s*By\b|\b(?:reporting|writing|editing|compiled|produced) by\b"
                         r"|\b(?:reporter|correspondent|editor|journalist|columnist)\b", line, re.I)
