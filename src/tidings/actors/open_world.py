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
- ``dateline``, ``document``: for an institution with a generic name ('the Interior
  Ministry', 'the Supreme Court') only, the dateline's country, else the country the
  document names most; a person or a distinctive name gets no country from these, as the
  text does not say it.

Later mentions of a person by surname ('Alden'), or with an honorific ('Mr Alden'), are
the same actor (cue ``surname``); tables stay first: an entity overlapping a table name is
left to the tables.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from .. import data
from ..records import Actor, Entity, Place
from . import coref
from .tables import TOKEN, Tables, _key, cameo_code, title_cased_headline as _title_cased_headline

# Table mentions that carry a country into a phrase ('Kenyan', "Kenya's", 'Nairobi').
COUNTRY_KINDS = ("country", "adjective", "capital", "region")
# Before a name, the title's words run back to one of these (or to punctuation).
TITLE_STOP = {"said", "says", "told", "and", "or", "but", "by", "with", "from", "to", "for", "as", "that", "when",
              "while", "after", "before", "on", "in", "at", "of", "according", "met", "between", "than", "including"}
# An appositive after a name: ', a senior fellow at X,' ', Kenya's interior minister.'
APPOSITIVE = re.compile(r"(?:\s?,\s+|\s+(?:is|was)\s+(?=(?:a|an|the)\s))"
                        r"(?P<app>(?:a|an|the|its|his|her|one|former|then|now|longtime|veteran|top|acting|deputy|senior|[A-Z][\w.'’-]*"
                        r"|[a-z][\w-]*(?=\s+(?:of|for|at|to)\s))\b(?:(?<![A-Za-z])[A-Z]\.|[^,.;:()\"“”\n]){0,110}?)"
                        r"(?=\s*(?:[,.;:)\"”\n]|$|\s(?:said|says|told|who|which|and\s+(?:a|the)\b)))")
# The lower-case words an appositive starts with; any other must be a title ('chairman of').
APPOSITIVE_STARTS = {"a", "an", "the", "its", "his", "her", "one", "former", "then", "now", "longtime", "veteran", "top",
                     "acting", "deputy", "senior"}
# Words an appositive does not start with: 'X, said ...', 'X, But'.
NOT_APPOSITIVE = {"said", "says", "told", "But", "And", "He", "She", "It", "They", "We", "I", "This", "That",
                  "Mr", "Mrs", "Ms", "In", "On", "At", "If", "When", "As"}
# 'ambassador to China', 'talks with Iran', 'sanctions on Russia': the country is another's.
TOPIC_BEFORE = re.compile(r"\b(?:to|on|about|against|towards?|over)\s+(?:the\s+)?$")
TOPIC_AFTER = re.compile(r"(?:-|\s+)(?:[Ww]ar|[Ww]ars|expert|experts|analyst|analysts|specialist|specialists|scholar|scholars|watcher|watchers"
                         r"|hand|correspondent|researcher|researchers|historian|policy|desk|program|programme)\b")
# A US politician's party and state: 'Susan Collins, R-Maine', 'Steny Hoyer, D-Md.'.
US_PARTY_STATE = re.compile(r",?\s+\(?[RDI]-[A-Z][a-zA-Z.]+")
# A US politician described by party: 'Texas Republican', 'a Democrat from Ohio'.
US_PARTY = re.compile(r"\b(?:Democrat|Republican)\b(?!\s+(?:Party|Guard|Army))")
POSSESSIVE_END = re.compile(r"['’]s?$")
POSSESSIVE_BEFORE = re.compile(r"['’]s\s+(?:the\s+)?")
# An office's name before 'of': 'Secretary of State', 'Director of National Intelligence'.
TITLE_OF = re.compile(r"\b(?P<title>[A-Z][a-z]+)\s+of\s+(?:the\s+)?$")
# A possessive name before a name: "CNN's State of the Union", "Fox News' Special Report".
OWNER_BEFORE = re.compile(r"(?P<owner>[A-Z][\w&.]*(?:\s[A-Z][\w&.]*){0,3})(?:['’]s|(?<=s)['’])\s+$")
AFFILIATION = re.compile(r"\s+(?:of|from)\s+(?:the\s+)?")
BASED = re.compile(r"(?P<place>[A-Z][\w.'’]*(?:\s[A-Z][\w.'’]*)?)-based\s+(?:[\w-]+\s+){0,3}$")
# An appositive's tie to a body: 'a fellow at the Brookings Institution', 'president of the Inter-American Dialogue'.
AFFILIATED = re.compile(r"\b(?:at|of|with|for)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+(?:of|for|on|and|the|[A-Z][\w.'’-]*)){0,6}")
# Before a place in an appositive that says where someone is from or works: 'a teacher from Ohio'.
PLACE_BEFORE = re.compile(r"\b(?:from|in|of|at|near)\s+(?:the\s+)?$")
NAME_GOES_ON = re.compile(r"\s+[A-Z][a-z]")
PLACE_AFTER = re.compile(r"\s+(?:in|of)\s+(?:the\s+)?")
HONORIFIC_BEFORE = re.compile(r"(?P<hon>Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady)\.?\s+$")
# What the NER calls an entity but is not an actor.
NOT_ACTORS = re.compile(r"^(?:[^A-Za-z]*|.*\d.*|(?:[A-Z][a-z]+day|January|February|March|April|May|June|July"
                        r"|August|September|October|November|December))$")
# Nouns after a sector word that make it a modifier: 'a Somali militant group', 'Kenyan police chief'.
GROUP_HEADS = {"group", "groups", "movement", "organisation", "organization", "leader", "leaders", "chief", "chiefs",
               "commander", "commanders", "official", "officials", "spokesman", "spokeswoman", "source", "sources",
               "unit", "units", "camp", "base", "head", "minister", "ministry", "network", "cell", "faction"}
# Where a name the NER found is not one: a credit line ('AFP - India'), a headline's colon.
NOT_A_NAME = re.compile(r"\n| - |[():;]")
# Words run together by a page's markup: 'Donald John TrumpFederal judge halts ...'.
GLUED = re.compile(r"[a-z]{3,}[A-Z]")
GROUP_KIND = "group"
# The sectors of officials, who without a country word are the story's: the state's own.
PREPOSITIONS = {"in", "at", "to", "on", "for", "of", "from", "with", "by", "between"}
# The cues that read a country from the text around a mention, not from the story's setting.
TEXT_CUES = {"title", "appositive", "name", "place"}
PUBLIC_SECTORS = {"GOV", "LEG", "JUD", "COP", "MIL", "SPY"}  # a country's sector named by a phrase, 'Kenyan police'


@dataclass(frozen=True)
class Setting:
    """Where a document stands, for what its text does not say of an actor: the dateline's
    country, the country the story's known actors belong to most, and the home country of
    the outlet that published it (outlets.tsv)."""

    dateline: str | None = None
    story: str | None = None
    outlet: str | None = None

    def country(self, affiliated: bool = False) -> tuple[str | None, str | None]:
        """The country (and its cue) of an official or body the text gives no country: the
        dateline's, else the story's, else the outlet's. A person the text ties to a body of
        no known country ('an insurgency expert at the Brookings Institution') is no official
        of the story's country: the text gives none, and none is guessed."""
        if affiliated:
            return None, None
        if self.dateline:
            return self.dateline, "dateline"
        if self.story:
            return self.story, "document"
        return (self.outlet, "outlet") if self.outlet else (None, None)


def find(tables: Tables, text: str, entities: Sequence[Entity], found: Sequence[Actor],
         places: Sequence[Place] = (), dateline: Place | None = None, outlet: str | None = None) -> list[Actor]:
    """``found`` (the tables' mentions, sorted) with the open-world actors added, sorted.

    Country words the open-world names absorb ('Nigerian' in 'the Nigerian Senate') are
    replaced by the longer mention."""
    generic = _generic_words()
    setting = Setting(dateline.country if dateline is not None else None, _dominant_country(found),
                      tables.outlet_country(outlet))
    mentions = list(found)
    people: list[Actor] = []  # open-world people so far, for their surnames
    headline_end = _title_cased_headline(text)
    names = [text[e.start:e.end] for e in entities]
    # organizations first, so that a person's appositive can lean on them ('a member of the House Intelligence Committee')
    for ent in sorted(entities, key=lambda e: (e.label != "ORG", e.start)):
        if ent.label not in ("PERSON", "ORG"):
            continue
        start, end = _trim(text, ent.start, ent.end)
        name = text[start:end]
        if end <= start or NOT_A_NAME.search(name) or NOT_ACTORS.match(name) or name.isupper() and len(name) > 5:
            continue
        if start < headline_end and not any(e.start > headline_end and text[e.start:e.end] == name for e in entities):
            continue  # a title-cased headline is no evidence of a name ('Venezuelans Flood Polls')
        if any(p.start < end and start < p.end for p in places) or \
                (dateline is not None and dateline.start < end and start < dateline.end):
            continue  # a place the NER took for an organization ('Katmandu', 'Abu Ghraib')
        if not name[:1].isupper() or GLUED.search(name):
            continue  # 'michael schmidt', 'Rod RosensteinDemocrats': no name as printed
        label = ent.label
        first = name.split()[0]
        rest_words = name.split()[1:]
        if label == "ORG" and rest_words and first.rstrip(".").lower() in tables.person_titles \
                and not any(w.lower() in generic for w in rest_words):
            label, start = "PERSON", start + len(first) + 1  # 'General Petraeus' is a person
            name = text[start:end]
        if " " not in name and not _single_word_name(tables, text, label, name, start, names, people + mentions):
            continue
        inner = [m for m in mentions if m.start < end and start < m.end]
        if label == "PERSON":
            if inner and not all(_is_unlisted(m) for m in inner):
                continue  # the tables know it, or a country word was read as a name
            if inner:  # found by its title ('Chief Minister Peter Caruana'): what follows may add the country
                actor = _enriched(tables, text, inner[0], mentions, places, setting)
            else:
                actor = _person(tables, text, start, end, mentions, people, places, setting)
            if actor is None:
                continue
            mentions = [m for m in mentions if m not in inner]
            people.append(actor)
        else:
            actor = _organization(tables, text, start, end, inner, mentions, places, generic, setting)
            if actor is None:
                continue
            mentions = [m for m in mentions if m not in inner]
        mentions.append(actor)
        mentions.sort(key=lambda a: a.start)
    mentions = _chains(_surnames(tables, text, mentions, people, places))
    groups = _groups(tables, text, mentions)
    mentions = [m for m in mentions if not any(g.start <= m.start and m.end <= g.end for g in groups)]
    mentions = sorted(mentions + groups, key=lambda a: a.start)
    return _genders(text, mentions)


def _chains(mentions: list[Actor]) -> list[Actor]:
    """Every mention of an open-world person gets what any of them told: 'Maria Butina' in the
    headline is the 'Maria Butina, a 29-year-old Russian citizen' of the body."""
    def bare(name: str | None) -> str:
        return POSSESSIVE_END.sub("", name or "")  # "Ruth Kelly's" is Ruth Kelly

    def surname(m: Actor) -> str:
        return bare(m.name).split()[-1] if m.name else ""

    people = [m for m in mentions if m.kind == "person" and m.id is None and m.name]
    # one full name per surname ('Mr Clarke' is the 'Charles Clarke' the text names), when only one is named
    full: dict[str, set[str]] = {}
    for m in people:
        if " " in (m.name or ""):
            full.setdefault(surname(m), set()).add(bare(m.name))
    # what the text says at one mention ('Soleimani, Iran's top general') outweighs the story's
    # country another took for want of it ('General Qassem Soleimani' in a US story); with no
    # such mention, the first full mention decides for all (a later 'Mr Sidhu says' guesses no
    # country the full 'Waheguru Pal Sidhu, an expert at New York University' did not give)
    def named_in_full(m: Actor) -> bool:
        return " " in (m.name or "") and bare(m.text) == bare(m.name)

    told: dict[str, Actor] = {}
    for m in people:
        key = surname(m)
        if len(full.get(key, ())) > 1:
            continue
        if key not in told or (m.cue in TEXT_CUES and m.country and told[key].cue not in TEXT_CUES) or (
                told[key].cue not in TEXT_CUES and not named_in_full(told[key]) and named_in_full(m)):
            told[key] = m
    out = []
    for m in mentions:
        best = told.get(surname(m)) if m in people else None
        if best is None or best is m or (m.cue in TEXT_CUES and m.country):
            out.append(m)
        elif best.country is None:  # the person named in full has no country: no guess for this mention either
            out.append(replace(m, country=None, code=cameo_code(None, m.sector), cue=None))
        else:
            sector = m.sector or best.sector
            out.append(replace(m, name=bare(best.name) if " " in (best.name or "") else m.name, country=best.country,
                               sector=sector, code=cameo_code(best.country, sector),
                               cue="surname" if m.text != best.name else best.cue, gender=m.gender or best.gender))
    return out


def _surnames(tables: Tables, text: str, mentions: list[Actor], people: list[Actor], places: Sequence[Place]
              ) -> list[Actor]:
    """Later mentions of an open-world person by surname, whatever the NER called them ('Alden
    said' after 'Edward Alden, a senior fellow'): the same actor, cue ``surname``. Not after
    another first name ('Ruth Alden' is someone else)."""
    full = {}
    for p in people:
        if p.name and " " in p.name and p.name.split()[-1][:1].isupper():
            full.setdefault(p.name.split()[-1], p)
    added = []
    taken = [(m.start, m.end) for m in mentions]
    for surname, person in full.items():
        # a place that is only the surname of a person named in full ('Alden') is that person
        near = taken + [(p.start, p.end) for p in places if p.text != surname]
        for m in re.finditer(rf"\b{re.escape(surname)}\b(?![-’'][a-rt-z])", text):
            if m.start() < person.end or any(s < m.end() and m.start() < e for s, e in near):
                continue
            before = text[max(0, m.start() - 20):m.start()].split()
            if before and before[-1][:1].isupper() and before[-1][-1] not in ".!?:;,\"”’)" \
                    and not (before[-1].rstrip(".") in tables.titles
                                                             or before[-1] in tables.person_titles):
                continue
            added.append(_own(tables, text, replace(person, text=surname, start=m.start(), end=m.end(), cue="surname"),
                              mentions, places))
            taken.append(m.span())
            near.append(m.span())
    return sorted(mentions + added, key=lambda a: a.start)


def _genders(text: str, mentions: list[Actor]) -> list[Actor]:
    """A person the tables do not know takes the gender of the first 'he' or 'she' after
    one of its mentions, before any other person is named: 'Sarah Jones, a teacher, said
    she ...'. Every mention of that person gets it."""
    people = [m for m in mentions if m.kind == "person"]
    told: dict[str, str] = {}
    for i, p in enumerate(people):
        if p.id is not None or p.gender or not p.name or p.name in told:
            continue
        stop = people[i + 1].start if i + 1 < len(people) else len(text)
        m = coref.PRONOUN.search(text, p.end, min(stop, p.end + 300))
        if m:
            told[p.name] = coref.PERSONAL_PRONOUNS[m.group().lower()]
    return [replace(m, gender=told[m.name]) if m.kind == "person" and m.id is None and not m.gender
            and m.name in told else m for m in mentions]


def _enriched(tables: Tables, text: str, person: Actor, mentions: list[Actor], places: Sequence[Place],
              setting: Setting) -> Actor:
    """A person the tables' title pass found ('Treasury Secretary Steven Mnuchin'), with the
    country the rest of the text gives where the title's own country word gave none."""
    start, end = _trim(text, person.start, person.end)  # "Speaker Bercow's": the name without the possessive
    if (start, end) != (person.start, person.end):
        person = replace(person, text=text[start:end], start=start, end=end,
                         name=" ".join(text[start:end].split()) if person.name == person.text else person.name)
    known = _known_person(mentions, (person.name or "").split(), person.start)
    if known is not None:  # 'Mrs. Clinton' after 'Hillary Clinton'
        return replace(known, text=person.text, start=person.start, end=person.end, cue="surname")
    if person.country is not None:
        return person
    country, sector, cue, _, formal = _title_before(tables, text, person.start, mentions, places)
    if country is None:
        country, sector, cue = _after(tables, text, person.end, mentions, places)
    sector = person.sector or sector
    if country is None and (formal and sector in PUBLIC_SECTORS or _in_story(text, person.start, sector)):
        country, cue = setting.country(_affiliated(tables, text, person.end, mentions))
    if country is None:
        return person
    return replace(person, country=country, sector=sector, code=cameo_code(country, sector), cue=cue)


def _single_word_name(tables: Tables, text: str, label: str, name: str, start: int, names: list[str],
                      people: list[Actor]) -> bool:
    """Whether one word the NER calls a name is one: a person's surname told before or after a
    title or honorific ('Alden', 'Mr Alden'); an organization's acronym ('ANC') or a name the
    text repeats ('Google ... Google'). A capitalised word that opens a sentence ('Doubt',
    'Kidnappers') needs more."""
    if label == "PERSON":
        before = text[max(0, start - 25):start].split()
        # a title must be printed as one ('President Kent', 'Mr Kent'; not "the official Kent house")
        return any(p.name and p.name.split()[-1] == name for p in people) or _known_person(people, [name], start) \
            is not None or bool(before) and before[-1][:1].isupper() \
            and (before[-1].rstrip(".") in tables.titles or before[-1] in tables.person_titles
                 or before[-1].lower() in tables.person_titles)
    if name.lower() in tables.sectors and _generic_words().get(name.lower()) != "head":
        return False  # 'Migrants walk on a rocky beach': a common noun opening a caption ('the Army' is a body)
    return (name.isupper() and len(name) >= 2) or names.count(name) >= 2


def _is_unlisted(m: Actor) -> bool:
    """A person the tables do not list, found by a title ('Chief Minister Peter Caruana')."""
    return m.kind == "person" and m.id is None


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """The entity without a leading 'the', a possessive or trailing punctuation."""
    span = text[start:end]
    if span[:4].lower() == "the ":
        start += 4
    m = re.search(r"\s+(?:of|and|the|for|in)$", text[start:end])
    if m:  # 'Philippe of' (of Belgium): the name without the word after it
        end = start + m.start()
    span = text[start:end]
    m = re.search(r"(?:['’]s?|[.,;:])+$", span)
    if m and not re.search(r"\b[A-Z]\.$", span):  # 'U.S.' keeps its period
        end = start + m.start()
    return start, end


def _person(tables: Tables, text: str, start: int, end: int, mentions: list[Actor], people: list[Actor],
            places: Sequence[Place], setting: Setting) -> Actor | None:
    name = " ".join(text[start:end].split())
    words = name.split()
    if len(words) == 1 and words[0] in tables.titles:
        return None
    hon = HONORIFIC_BEFORE.search(text, max(0, start - 6), start)
    gender = tables.person_titles.get(hon.group("hon"), {}).get("gender") if hon else None
    known = _known_person(mentions, words, start)
    if known is not None:  # 'Kim' after 'North Korean leader Kim Jong-un': the person the tables know
        return replace(known, text=text[start:end], start=start, end=end, cue="surname")
    # a back-reference: 'Alden', 'Mr Alden', 'Edward Alden' again
    earlier = next((p for p in reversed(people) if p.name and (p.name == name or (
        len(words) == 1 and p.name.split()[-1] == words[0]))), None)
    if earlier is not None and (earlier.country or len(words) == 1):
        return _own(tables, text, replace(earlier, text=text[start:end], start=start, end=end,
                                          cue="surname" if earlier.name != name else earlier.cue,
                                          gender=earlier.gender or gender or None), mentions, places)
    country, sector, cue, title_gender, formal = _title_before(tables, text, start, mentions, places)
    if country is None:
        country, sector2, cue = _after(tables, text, end, mentions, places)
        sector = sector or sector2
    elif sector is None:
        sector = _after(tables, text, end, mentions, places)[1]
    if not (hon or country or sector or title_gender or _appositive(tables, text, end)):
        return None  # a bare name: nothing says who it is ('Michael Phelps won'), no actor
    if country is None and (formal and sector in PUBLIC_SECTORS or _in_story(text, start, sector)):
        # 'Mayor Bill de Blasio', 'Attorney General Eric Holder', a person the story follows: the story's country
        country, cue = setting.country(_affiliated(tables, text, end, mentions))
    return Actor(text=text[start:end], start=start, end=end, name=name, id=None, country=country, sector=sector,
                 code=cameo_code(country, sector), kind="person", gender=gender or title_gender or None,
                 cue=cue if country else None)


def _affiliated(tables: Tables, text: str, end: int, mentions: list[Actor]) -> bool:
    """Whether the appositive after a name ties the person to an organization the tables do
    not place ('X, a senior associate at the Washington Office on Latin America', 'X,
    president of the Inter-American Dialogue')."""
    m = _appositive(tables, text, end)
    if m is None:
        return False
    return bool(AFFILIATED.search(m.group("app"))) and not any(
        m.start("app") <= a.start < m.end("app") and a.country for a in mentions)


def _own(tables: Tables, text: str, again: Actor, mentions: list[Actor], places: Sequence[Place]) -> Actor:
    """A later mention of a person with the country its own title or appositive gives, if
    any ('Soleimani, Iran's top general'): the chains (``_chains``) weigh it against the rest."""
    country, sector, cue, _, _ = _title_before(tables, text, again.start, mentions, places)
    if country is None:
        country, sector, cue = _after(tables, text, again.end, mentions, places)
    if country is None or country == again.country and again.cue in TEXT_CUES:
        return again
    sector = again.sector or sector
    return replace(again, country=country, sector=sector, code=cameo_code(country, sector), cue=cue)


def _in_story(text: str, start: int, sector: str | None) -> bool:
    """Whether a person nothing else places is one the story is about, who takes the story's
    country: not a journalist, a byline or a credit ('CNN's X, Y and Z contributed')."""
    if sector == "MED":
        return False
    line = text[max(text.rfind("\n", 0, start), 0):text.find("\n", start) if "\n" in text[start:] else len(text)]
    return not re.search(r"\bcontributed\b|^\s*By\b|\b(?:reporting|writing|editing|compiled|produced) by\b"
                         r"|\b(?:reporter|correspondent|editor|journalist|columnist)\b", line, re.I)


def _known_person(mentions: list[Actor], words: list[str], start: int) -> Actor | None:
    """The one person of the tables named before ``start`` whose name has the single word
    ``words`` ('Clinton', 'Moon' of 'Moon Jae-in', 'Kim' of 'Kim Jong-un')."""
    if len(words) != 1:
        return None
    found = {m.id: m for m in mentions if m.kind == "person" and m.id is not None and m.start < start and m.name
             and words[0] in re.split(r"[\s-]+", m.name)}
    return next(iter(found.values())) if len(found) == 1 else None


def _title_before(tables: Tables, text: str, start: int, mentions: list[Actor], places: Sequence[Place]
                  ) -> tuple[str | None, str | None, str | None, str | None, bool]:
    """Country, sector, cue and gender from the words right before a name ('Kenyan Interior
    Minister', "Kenya's police chief", 'the Nigerian envoy,'), and whether they are a formal
    title ('Treasury Secretary')."""
    if _outlet_before(tables, text, start):
        return None, "MED", None, None, False  # "the BBC's Paul Adams": the outlet's journalist
    line_start = max(text.rfind("\n", 0, start), text.rfind(". ", 0, start) + 1, 0)
    words = list(re.finditer(r"[\w.'’-]+|,", text[line_start:start]))
    title: list[re.Match[str]] = []
    stop = ""
    for w in reversed(words):
        token = w.group()
        if token == "," and not title:
            continue  # 'the Nigerian envoy, X'
        if token == "," or token.lower() in TITLE_STOP or len(title) >= 6:
            stop = token.lower()
            break
        title.insert(0, w)
    # 'Sen. Jeff Flake', 'Treasury Secretary Steven Mnuchin' (the abbreviation's stop is no sentence's end)
    national = _national(tables, text, max(text.rfind("\n", 0, start), start - 60, 0), start, at_end=True)
    if not title:
        return (None, None, None, None, False) if national is None else (national[0], national[1], "title", None, True)
    span_start = line_start + title[0].start()
    if stop in PREPOSITIONS:  # 'commander in Afghanistan Gen. X': the country is where, not whose
        span_start = line_start + title[1].start() if len(title) > 1 else start
    lowered = [t.group().lower().rstrip(".") for t in title]
    sector = _sector(tables, lowered)
    gender = next((tables.person_titles[t]["gender"] for t in lowered
                   if t in tables.person_titles and tables.person_titles[t]["gender"]), None)
    # the country word, body, person ('Trump adviser X') or place ('Boston Police Commissioner X') of the title
    carrier = next((m for m in reversed(mentions) if span_start <= m.start and m.end <= start and m.country
                    and not _topic(text, m.start, m.end)), None)
    where = next((p for p in places if span_start <= p.start and p.end <= start and p.country), None)
    titled = sector is not None or gender is not None or _has_title(tables, lowered) or (
        carrier is not None and carrier.kind in COUNTRY_KINDS and POSSESSIVE_BEFORE.fullmatch(text, carrier.end, start)
        is not None)  # "Egypt's Morsi"
    # a title as printed before a name: 'Treasury Secretary', 'Mayor' (not 'the charity's director')
    formal = titled and any(t.group()[:1].isupper() and t.group().lower().rstrip(".") in tables.person_titles
                            for t in title[-2:])
    if carrier is None and where is None and national is not None:
        return national[0], sector or national[1], "title", gender, True
    if carrier is None and where is None or not titled:
        return None, sector, None, gender, formal
    if carrier is None or (where is not None and where.start > carrier.start):
        return where.country, sector, "title", gender, formal
    own = carrier.sector if carrier.kind in ("organization", "institution", GROUP_KIND) else None
    return carrier.country, sector or own, "title", gender, formal


def _national(tables: Tables, text: str, start: int, end: int, at_end: bool = False) -> tuple[str, str | None] | None:
    """The country and sector of an office only one country's press names so (Sen., Treasury
    Secretary: data/actors/national_titles.tsv) in ``text[start:end]``; with ``at_end``, only
    one that ends right before ``end`` (the name it introduces)."""
    for m in tables.national_title.finditer(text, start, end):
        if not at_end or not text[m.end():end].strip(" ,"):
            return tables.national_titles[" ".join(m.group().lower().split())]
    return None


def _topic(text: str, start: int, end: int) -> bool:
    """Whether a country word is what someone works on or is sent to, not their own: 'a China
    expert', 'ambassador to China', 'anti-French', 'pro-Russian'."""
    before = text[max(0, start - 12):start].lower()
    after = TOPIC_AFTER.match(text, end)
    # 'anti-French', 'the Inter-American Dialogue': a compound's part is no one's country
    return before.endswith("-") or bool(TOPIC_BEFORE.search(before)) or bool(after)


def _has_title(tables: Tables, lowered: list[str]) -> bool:
    return any(t in tables.person_titles or t in tables.titles for t in lowered)


def _sector(tables: Tables, lowered: list[str]) -> str | None:
    """The sector the last sector word (or two) of a title names: 'interior minister' GOV."""
    for i in range(len(lowered) - 1, -1, -1):
        two = f"{lowered[i - 1]} {lowered[i]}" if i else None
        sector = (tables.sectors.get(two) if two else None) or tables.sectors.get(lowered[i])
        if sector:
            return sector
    return None


def _appositive(tables: Tables, text: str, end: int) -> re.Match[str] | None:
    m = APPOSITIVE.match(text, end)
    if m is None or m.group("app").split()[0] in NOT_APPOSITIVE:
        return None
    first = m.group("app").split()[0]
    if first[:1].islower() and first not in APPOSITIVE_STARTS and first not in tables.sectors \
            and first not in tables.person_titles:
        return None  # 'X, chairman of the inquiry' is one; 'X, who', 'X, according to' are not
    return m


def _after(tables: Tables, text: str, end: int, mentions: list[Actor], places: Sequence[Place]
           ) -> tuple[str | None, str | None, str | None]:
    """Country, sector and cue from what follows a name: an appositive ('X, a senior fellow at
    the Council on Foreign Relations,' 'X, Kenya's interior minister') or an affiliation
    ('X of the Nigerian Senate')."""
    if US_PARTY_STATE.match(text, end):
        return "USA", "LEG", "appositive"
    m = _appositive(tables, text, end)
    if m:
        s, e = m.span("app")
        words = [w.lower().rstrip(".") for w in re.findall(r"[\w.'’-]+", m.group("app"))]
        sector = _sector(tables, words)
        inside = [a for a in mentions if s <= a.start and a.end <= e and a.country and a.kind != "person"
                  and not _topic(text, a.start, a.end)]
        if inside:
            a = inside[0]
            return a.country, sector or (a.sector if a.kind in ("organization", "institution") else None), "appositive"
        if US_PARTY.search(m.group("app")):  # 'Ted Cruz, Texas Republican', 'Martha McSally, an Arizona Republican'
            return "USA", sector, "appositive"
        national = _national(tables, text, s, e)
        if national is not None:  # 'X, a former undersecretary of state for arms control'
            return national[0], sector or national[1], "appositive"
        where = next((p for p in places if s <= p.start and p.end <= e and p.country
                      and PLACE_BEFORE.search(text, max(0, p.start - 12), p.start)
                      and not NAME_GOES_ON.match(text, p.end)  # 'at the Washington Institute': a name's word
                      and not _topic(text, p.start, p.end)), None)
        if where is not None:  # 'X, a teacher from Ohio'
            return where.country, sector, "appositive"
        return None, sector, None
    m = AFFILIATION.match(text, end)
    if m:
        a = next((a for a in mentions if a.start == m.end() and a.country and a.kind != "person"), None)
        if a is not None:
            return a.country, a.sector if a.kind in ("organization", "institution", GROUP_KIND) else None, "appositive"
        p = next((p for p in places if p.start == m.end() and p.country), None)
        if p is not None:  # 'John McCain of Arizona'
            return p.country, None, "appositive"
    return None, None, None


def _organization(tables: Tables, text: str, start: int, end: int, inner: list[Actor], mentions: list[Actor],
                  places: Sequence[Place], generic: dict[str, str], setting: Setting) -> Actor | None:
    name = " ".join(text[start:end].split())
    if tables.names.get(_key(TOKEN.findall(name))) is not None:
        return None  # a table name, passed over by the tables on purpose (a news outlet, a place)
    if any(m.kind in ("organization", "person", "outlet") for m in inner):
        return None
    follow = re.match(r"\s+([A-Z][a-z]+)", text[end:end + 30])
    if follow and follow.group(1).lower() in tables.person_titles:
        return None  # 'Interior' of 'Interior Minister X': a piece of a title
    office = TITLE_OF.search(text, max(0, start - 30), start)
    if office and office.group("title").lower() in tables.person_titles:
        return None  # 'State' of 'Secretary of State', 'National Intelligence' of 'Director of ...'
    if _outlet_before(tables, text, start):
        return None  # "CNN's State of the Union": an outlet's programme, not a body
    words = [w for w in TOKEN.findall(name)]
    lowered = [w.lower() for w in words]
    sector = _sector(tables, lowered)
    carriers = [m for m in inner if m.kind in COUNTRY_KINDS and m.country
                and not text[max(0, m.start - 1):m.start] == "-"]  # 'anti-French', 'the Inter-American Dialogue'
    if len({m.country for m in inner if m.kind in COUNTRY_KINDS and m.country}) > 1:
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
    if country is None and sector not in (None, "BUS", "MED"):  # "Iraq's Human Rights Ministry": the country's own
        owner = next((m for m in mentions if m.kind in COUNTRY_KINDS and m.country and m.end < start
                      and POSSESSIVE_BEFORE.fullmatch(text, m.end, start)), None)
        country, cue = (owner.country, "name") if owner is not None else (None, None)
    if country is None:
        country, sector2, cue = _after(tables, text, end, mentions, places)
        sector = sector or sector2
    if country is None:
        country, cue = _place_of(text, start, end, places)
    if country is None and lowered and generic.get(lowered[-1]) == "head" \
            and all(w in generic or w in ("of", "and", "for", "the") for w in lowered):
        # 'the Interior Ministry', 'the Supreme Court': the institution of the story's country
        country, cue = setting.country()
    if country is None and sector in (None, "BUS", "MED"):
        return None  # a name nothing ties to a country or a public role ('Google Inc'), no actor
    return Actor(text=text[start:end], start=start, end=end, name=name, id=None, country=country, sector=sector,
                 code=cameo_code(country, sector), kind="organization", cue=cue if country else None)


def _outlet_before(tables: Tables, text: str, start: int) -> bool:
    """Whether a news outlet's possessive comes right before ``start`` ("CNN's", "Fox News'")."""
    m = OWNER_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return False
    words = TOKEN.findall(m.group("owner"))
    return any((e := tables.names.get(_key(words[i:]))) is not None and e.kind == "outlet" for i in range(len(words)))


def _place_of(text: str, start: int, end: int, places: Sequence[Place]) -> tuple[str | None, str | None]:
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


def _groups(tables: Tables, text: str, mentions: list[Actor]) -> list[Actor]:
    """'Kenyan police', 'Russian troops': a country word right before a sector noun is that
    country's sector, one mention (cue ``name``) that takes the country word's place."""
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
        out.append(Actor(text=text[m.start:s.end()], start=m.start, end=s.end(), name=m.name, id=m.country,
                         country=m.country, sector=sector, code=cameo_code(m.country, sector), kind=GROUP_KIND,
                         cue="name"))
    return out


def _dominant_country(found: Sequence[Actor]) -> str | None:
    """The country the document's known actors belong to most, when one leads clearly (at least
    two mentions, half as many again as any other)."""
    counts = Counter(m.country for m in found if m.country)
    if not counts:
        return None
    (top, n), *rest = counts.most_common(2) + [(None, 0)]
    return top if n >= 2 and n > 1.5 * rest[0][1] else None


_GENERIC: dict[str, str] | None = None


def _generic_words() -> dict[str, str]:
    """The words an institution's generic name is made of, as head or modifier
    (data/actors/institution_words.tsv)."""
    global _GENERIC
    if _GENERIC is None:
        _GENERIC = {r["word"].lower(): r["part"] for r in data.read_tsv("actors/institution_words.tsv")}
    return _GENERIC
