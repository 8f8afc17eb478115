"""Open-world people: a PERSON entity becomes an actor when something says who it is (a
title, an honorific, an appositive), with the country its text gives, else, for an official
or a person the story follows, the story's."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from ...records import Actor, Place
from ..tables import TOKEN, Tables, _key, cameo_code
from .appositives import appositive, description_topics, is_affiliated, what_follows
from .mentions import countryless_body_before, known_person, surname
from .names import trim
from .sentences import ABBREVIATIONS, sentence_around, sentence_start
from .setting import Setting
from .titles import title_before
from .vocabulary import COUNTRY_KINDS, PUBLIC_SECTORS, TEXT_CUES, is_topic, is_topic_mention


HONORIFIC_BEFORE = re.compile(r"(?P<hon>Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady)\.?\s+$")
FIRST_NAME_HONORIFICS = {"Sir", "Dame"}
# A publication's noun before a name: 'French newspaper Nice Matin'.
PUBLICATION_BEFORE = re.compile(r"\b(?:newspaper|paper|daily|weekly|magazine|tabloid|broadcaster|channel|website|"
                                r"news agency|agency|network|station)\s+$")
# A credit or a byline before a name: '(Photo: Robert Deutsch, USA TODAY)', 'By Tara McKelvey, White House reporter'.
CREDIT_BEFORE = re.compile(r"(?:\b(?:Photo|Photos|Photograph|Image|Video|Graphic|Illustration)s?(?:\s+by)?:?\s+|"
                           r"\b(?:photos?|photographs?|images?|pictures?):\s+|"  # '(Reuters photos: Andrew Yates)'
                           r"(?:^|\n)\s*By\s+|\b(?:[Rr]eporting|[Ww]riting|[Ee]diting)\s+by\s+)$")
# Where a person speaks or acts, right after the name: 'X told reporters in Athens', 'X, speaking in Kabul,'.
ACTS_IN = re.compile(r",?\s+(?:said|says|told (?:reporters|journalists|a news conference|a press conference|parliament)|"
                     r"speaking|spoke|addressing (?:reporters|journalists)|(?:said|told reporters|speaking) at a (?:news|press) "
                     r"conference)\s+in\s+")
# The sectors of a government's officials, whose country the sentences around them name (GOV), not those of
# officers, who often serve abroad ('Gen. X' in a paragraph on Iraq).
LOCAL_SECTORS = {"GOV"}
# The offices of a government's heads, ministers and spokesmen, which the US's press names with a country word or
# not at all for its own (its officials are 'Secretary', 'adviser', 'director'): 'Foreign Minister X'.
OFFICE_ABROAD = re.compile(r"\b(?:[Mm]inist(?:er|ry)|[Pp]resident|[Ss]pokes(?:man|woman|person)|[Pp]remier|[Kk]ing|[Pp]rince"
                           r"|[Pp]rime [Mm]inister)\b[^,;:.]*$")
CAPITALISED = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}")
# A body's own office opening a sentence, before a name: 'Executive director', 'Its spokesman', 'The group's founder'.
BODY_OFFICE = re.compile(r"\s*(?:(?:The|Its|Their|The group['’]s|The organi[sz]ation['’]s)\s+)?(?:[Ee]xecutive\s+|[Dd]eputy\s+)?"
                         r"(?:[Dd]irector|[Pp]resident|[Cc]hair(?:man|woman)?|[Ss]pokes(?:man|woman|person)|[Ff]ounder"
                         r"|[Cc]hief [Ee]xecutive|[Ss]ecretary[- ][Gg]eneral)\s+")
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
    earlier = earlier_person(people, name, hon.group("hon") if hon else None)
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
        country, cue = story_country(tables, text, start, end, mentions, places, setting, sector)
    return Actor(text=text[start:end], start=start, end=end, name=name, id=None, country=country, sector=sector,
                 code=cameo_code(country, sector), kind="person", gender=gender or title_gender or None,
                 cue=cue if country else None)


def earlier_person(people: list[Actor], name: str, honorific: str | None) -> Actor | None:
    """The person named before that a name is a back-reference to: 'Alden', 'Mr Alden',
    'Edward Alden' again; 'Sir Kim' after 'Sir Kim Darroch' (a knight goes by his first name)."""
    words = name.split()
    return next((p for p in reversed(people) if p.name and (p.name == name or (
        len(words) == 1 and surname(p.name) == words[0]) or (
        len(words) == 1 and honorific in FIRST_NAME_HONORIFICS and " " in p.name and p.name.split()[0] == words[0]))),
        None)


def enriched(tables: Tables, text: str, person: Actor, mentions: list[Actor], places: Sequence[Place],
              setting: Setting, people: Sequence[Actor] = ()) -> Actor:
    """A person the tables' title pass found ('Treasury Secretary Steven Mnuchin'), with the
    country the rest of the text gives where the title's own country word gave none."""
    start, end = trim(text, person.start, person.end)  # "Speaker Bercow's": the name without the possessive
    if (start, end) != (person.start, person.end):
        person = replace(person, text=text[start:end], start=start, end=end,
                         name=" ".join(text[start:end].split()) if person.name == person.text else person.name)
    known = known_person(mentions, (person.name or "").split(), person.start)
    if known is not None:  # 'Mrs. Clinton' after 'Hillary Clinton'
        return replace(known, text=person.text, start=person.start, end=person.end, cue="surname")
    hon = HONORIFIC_BEFORE.search(text, max(0, person.start - 6), person.start)
    if hon is not None and hon.group("hon") in FIRST_NAME_HONORIFICS and person.name and " " not in person.name:
        earlier = earlier_person(list(people), person.name, hon.group("hon"))
        if earlier is not None:  # 'Sir Kim' after 'Sir Kim Darroch'
            return later_mention(tables, text, replace(earlier, text=person.text, start=person.start, end=person.end,
                                                       cue="surname"), mentions, places)
    if person.country is not None:
        return person
    country, sector, cue, _, formal = title_before(tables, text, person.start, mentions, places)
    if country is None:
        country, sector, cue = what_follows(tables, text, person.end, mentions, places)
    sector = person.sector or sector
    if country is None and (formal and sector in PUBLIC_SECTORS or in_story(text, person.start, sector)):
        country, cue = story_country(tables, text, person.start, person.end, mentions, places, setting, sector)
    if country is None:
        return person
    return replace(person, country=country, sector=sector, code=cameo_code(country, sector), cue=cue)


def story_country(tables: Tables, text: str, start: int, end: int, mentions: list[Actor], places: Sequence[Place],
                  setting: Setting, sector: str | None = None) -> tuple[str | None, str | None]:
    """The country (and cue) of a person whose own words give none, from where the story
    stands: the place the person speaks or acts in ('Defense Minister X told reporters in
    Athens', cue ``place``), else the setting's (dateline, story, outlet). None where the text
    ties the person to a body of no known country ('a senior fellow at the Brookings
    Institution'), or where the story's country is what the person's description is about
    ('X, an architect of the Iran nuclear deal' in a story on Iran)."""
    if is_affiliated(tables, text, end, mentions) or countryless_body_before(text, start, mentions):
        return None, None
    body = body_just_named(text, start, mentions)
    if body is not None:  # 'The Geneva-based NGO U.N. Watch slammed the outcome. Executive director X called ...'
        return (body.country, "title") if body.country else (None, None)
    m = ACTS_IN.match(text, end)
    m = m and CAPITALISED.match(text, m.end())
    if m is not None:  # a country or its capital ('in Athens'), where few officials of other states speak
        words = TOKEN.findall(m.group())
        where = next((e for n in range(len(words), 0, -1) if (e := tables.names.get(_key(words[:n]))) is not None),
                     None)
        if where is not None and where.kind in ("country", "capital") and where.country:
            return where.country, "place"
    local = sector in LOCAL_SECTORS and OFFICE_ABROAD.search(text, max(sentence_start(text, start), start - 60), start) \
        and local_country(text, start, end, mentions, places)
    country, cue = (local, "document") if local else setting.country()
    if country is not None and country in description_topics(tables, text, start, end, mentions):
        return None, None
    return country, cue


def local_country(text: str, start: int, end: int, mentions: Sequence[Actor], places: Sequence[Place]) -> str | None:
    """The country the sentence of a name and the one before it name most, twice at least and
    more than any other ('What did the North Koreans say? ... North Korean officials contradicted
    Mr Trump ... Foreign Minister Ri Yong-ho said'): where a government's official with no country
    word serves, nearer than the story's."""
    window = sentence_start(text, max(0, sentence_start(text, start) - 2))
    stop = sentence_start(text, start) + len(sentence_around(text, start, end))
    counts = Counter(m.country for m in mentions if window <= m.start and m.end <= stop and m.country
                     and m.kind in COUNTRY_KINDS and not is_topic_mention(text, m))
    counts.update(p.country for p in places if window <= p.start and p.end <= stop and p.country
                  and not any(m.start <= p.start < m.end for m in mentions) and not is_topic(text, p.start, p.end))
    (top, n), (_, second) = (counts.most_common(2) + [(None, 0), (None, 0)])[:2]
    return top if n >= 2 and n > second else None


def body_just_named(text: str, start: int, mentions: list[Actor]) -> Actor | None:
    """The organization the sentence before names, when this one opens with one of a body's
    own offices and the name ('Executive director X', 'Its spokesman X'): its officer."""
    at = sentence_start(text, start)
    if not BODY_OFFICE.fullmatch(text, at, start):
        return None
    before = sentence_start(text, max(0, at - 2))
    return next((m for m in reversed(mentions) if before <= m.start and m.end <= at
                 and m.kind in ("organization", "institution")), None)


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
    country: not a journalist, a byline or a credit ('CNN's X, Y and Z contributed'), nor a
    suspect."""
    if sector in ("MED", "CRM"):
        # a journalist; a suspect, whose story is often set where he is a foreigner ('Paris attack suspect X' in
        # Brussels, 'the New York truck attack suspect, an immigrant from Uzbekistan')
        return False
    line = text[max(text.rfind("\n", 0, start), 0):text.find("\n", start) if "\n" in text[start:] else len(text)]
    return not re.search(r"\bcontributed\b|^\s*By\b|\b(?:reporting|writing|editing|compiled|produced) by\b"
                         r"|\b(?:reporter|correspondent|editor|journalist|columnist)\b", line, re.I)
