"""What follows a name: an appositive ('X, a senior fellow at the Council on Foreign
Relations,' 'X, Kenya's interior minister') or an affiliation ('X of the Nigerian Senate',
'John McCain of Arizona'), cue ``appositive``."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...records import Actor, Place
from ..tables import Tables
from .mentions import possessive_person, short_body
from .sentences import sentence_start
from .vocabulary import (COUNTRY_KINDS, GROUP_KIND, TITLE_MODIFIERS, body_country, is_generic, is_topic,
                         is_topic_mention, national_title, sector_of)


# An appositive after a name: ', a senior fellow at X,' ', Kenya's interior minister.'
# A body's own office before its name: 'the leader of the Public and Commercial Services Union',
# 'the director of the Carnegie Moscow Center': the sector is the body's, not a government's.
OFFICE_AT_BODY = re.compile(r"\b(?:[Hh]ead|[Cc]hief|[Ll]eader|[Dd]irector(?: [Gg]eneral)?|[Cc]hair(?:man|woman)?|[Pp]resident"
                            r"|[Ff]ounder|[Ss]ecretary[- ][Gg]eneral|[Gg]eneral [Ss]ecretary)\s+(?:of|at)\s+(?:the\s+)?(?=[A-Z])")
APPOSITIVE = re.compile(r"(?:\s?,\s+|\s+(?:is|was)\s+(?=(?:a|an|the)\s))"
                        r"(?P<app>(?:a|an|the|its|his|her|one|former|then|now|longtime|veteran|top|acting|deputy|senior"
                        r"|previously|formerly|currently|also|once|[A-Z][\w.'’-]*"
                        r"|[a-z][\w-]*(?:\s+[a-z][\w-]*)?(?=\s+(?:of|for|at|to)\s))(?:\b|(?<=\.))"
                        # (a body's acronym in brackets goes on: 'executive director of the ... Center (NPEC) in Washington')
                        r"(?:(?<![A-Za-z])[A-Z]\.|\([A-Z][A-Za-z]{1,9}\)|[^,.;:()\"“”\n]){0,130}?)"
                        r"(?=\s*(?:[,.;:)\"”\n]|$|\s(?:said|says|told|warned|warns|added|noted|claimed|insisted"
                        r"|announced|argued|wrote|who|which|and\s+(?:a|the)\b)))")
# A relative clause that says what someone is or was, after a name: ', who served as special U.S. envoy'.
WHO_WAS = re.compile(r"\s?,\s+who\s+(?:(?:is|was|has been|had been|became)\s+(?=(?:a|an|the|then|once|formerly)\s)"
                     r"|(?:serves|served|has served|had served)\s+as\s+)(?P<app>(?:(?<![A-Za-z])[A-Z]\.|[^,.;:()\"“”\n]){3,130}?)(?=\s*(?:[,.;:)\"”\n]|$|\s(?:said|says|told|and)\b))")
# The lower-case words an appositive starts with; any other must be a title ('chairman of').
APPOSITIVE_STARTS = {"a", "an", "the", "its", "his", "her", "one", "former", "then", "now", "longtime", "veteran", "top",
                     "acting", "deputy", "senior", "previously", "formerly", "currently", "also", "once"}
# Words an appositive does not start with: 'X, said ...', 'X, But'.
NOT_APPOSITIVE = {"said", "says", "told", "But", "And", "He", "She", "It", "They", "We", "I", "This", "That",
                  "Mr", "Mrs", "Ms", "In", "On", "At", "If", "When", "As"}
# A US politician's party and state: 'Susan Collins, R-Maine', 'Steny Hoyer, D-Md.'.
US_PARTY_STATE = re.compile(r",?\s+\(?[RDI]-[A-Z][a-zA-Z.]+")
# A US politician described by party: 'Texas Republican', 'a Democrat from Ohio'.
US_PARTY = re.compile(r"\b(?:Democrat|Republican)\b(?!\s+(?:Party|Guard|Army))")
AFFILIATION = re.compile(r"\s+(?:of|from)\s+(?:the\s+)?")
# An appositive's tie to a body: 'a fellow at the Brookings Institution', 'president of the Inter-American Dialogue'.
# ('at the conservative Heritage Foundation')
AFFILIATED = re.compile(r"\b(?:at|of|with|for)\s+(?:the\s+)?(?:(?:conservative|liberal|progressive|libertarian|centrist"
                        r"|(?:non-?|bi)partisan|independent|nonprofit|non-profit|private|influential|prestigious"
                        r"|left-leaning|right-leaning)\s+)?(?P<body>[A-Z][\w.'’-]*(?:\s+(?:of|for|on|and|the|[A-Z][\w.'’-]*)){0,6})")
# Before a place in an appositive that says where someone is from or works: 'a teacher from Ohio'.
PLACE_BEFORE = re.compile(r"\b(?:from|in|of|at|near)\s+(?:the\s+)?$")
NAME_GOES_ON = re.compile(r"\s+[A-Z][a-z]")
NAME_OF_BEFORE = re.compile(r"\b(?:University|Institute|Center|Centre|School|Academy|College|Council|Foundation"
                            r"|Society|Association|Committee|Commission|Museum)\s+(?:of|for)\s+(?:the\s+)?$")
NAME_BEFORE = re.compile(r"(?P<word>[A-Z][\w.'’-]*)\s+$")
ARTICLES = {"the", "a", "an"}
# The sectors of a country's own forces: their officers at a body serve the country ('a campus police officer at MIT').
FORCES = {"COP", "MIL"}
# After 'the' and a place, a noun the place modifies: 'the suspect in the New York City truck attack' names
# where the attack was, not where the suspect is from.
NOUN_AFTER = re.compile(r"\s+(?!(?:and|or|who|which|where|when|in|on|at|since|for|to|with|as)\b)[a-z]")
# Words in an appositive after which a country is what someone studies: 'a researcher at the Foundation for
# Defense of Democracies specializing in the inner workings of the Iranian regime'.
STUDIES = re.compile(r"\b(?:speciali[sz]\w*|focus\w*|stud(?:y|ies|ying)|researching|covering|works? on|writes? on)\b")
# Where a state's diplomat or officer is posted is not his country: 'X, who became the top diplomat in Libya'.
POSTED_IN = re.compile(r"\b(?:diplomat|ambassador|envoy|consul|commander|general|correspondent|attaché|troops|forces"
                       r"|combatant|veteran|soldier|officer|served|fought|deployed)"
                       r"\s+(?:[\w-]+\s+){0,2}?(?:in|to|at)\s+(?:the\s+)?$")
# A state's envoy to an international body is the state's: 'X, the U.N. ambassador'.
STATE_ENVOY = re.compile(r"\b(?:ambassador|representative|delegate|envoy to)\b", re.I)
# Words before a body in an appositive that make it what someone works on: 'an expert on multilateral and U.N.
# diplomacy', 'a critic of the U.N.'.
BODY_AS_TOPIC = re.compile(r"\b(?:on|about|to|towards?|against|over|critic|critics|expert|analyst|specialist|scholar)\b")


def appositive(tables: Tables, text: str, end: int) -> re.Match[str] | None:
    m = APPOSITIVE.match(text, end)
    if m is None:
        # 'Former Ambassador Joseph DeTrani, who served as special U.S. envoy to six-party talks'
        return WHO_WAS.match(text, end)
    if m.group("app").split()[0] in NOT_APPOSITIVE:
        return None
    first, *rest = m.group("app").split()
    if first[:1].islower() and first not in APPOSITIVE_STARTS and first not in tables.sectors \
            and first not in tables.person_titles and not (rest and rest[0] in tables.person_titles):
        # ('X, executive director of the ...': a title of two words is one)
        return None  # 'X, chairman of the inquiry' is one; 'X, who', 'X, according to' are not
    return m


def what_follows(tables: Tables, text: str, end: int, mentions: list[Actor], places: Sequence[Place]
           ) -> tuple[str | None, str | None, str | None]:
    """Country, sector and cue from what follows a name: an appositive ('X, a senior fellow at
    the Council on Foreign Relations,' 'X, Kenya's interior minister') or an affiliation
    ('X of the Nigerian Senate')."""
    if US_PARTY_STATE.match(text, end):
        return "USA", "LEG", "appositive"
    m = appositive(tables, text, end)
    if m:
        s, e = m.span("app")
        office = OFFICE_AT_BODY.search(m.group("app"))
        # the office of a body the words after it name: its sector is what they give, if anything
        told = m.group("app")[office.end():] if office else m.group("app")
        words = [w.lower().rstrip(".") for w in re.findall(r"[\w.'’-]+", told)]
        sector = sector_of(tables, words)
        inside = own_country_words(tables, text, s, e, mentions)
        body = next((a for a in mentions if s <= a.start and a.end <= e and body_country(text, a)
                     and not STATE_ENVOY.search(m.group("app")) and not BODY_AS_TOPIC.search(text, s, a.start)
                     and not is_topic_mention(text, a)), None)
        if body is not None and (not inside or body.start < inside[0].start):
            # 'X, U.N. special rapporteur for human rights in Iran': the body's official, not Iran's
            return body_country(text, body), sector, "appositive"
        if inside:
            a = inside[0]
            return a.country, sector or (a.sector if a.kind in ("organization", "institution") else None), "appositive"
        if any(s <= a.start and a.end <= e and a.kind == "outlet" for a in mentions):
            return None, "MED", None  # 'Sebastian Usher, BBC World Service': the outlet's journalist
        boss = possessive_person(text, s, e, mentions)
        if boss is not None:  # 'X, Trump's lawyer', 'X, the chairman of Clinton's campaign'
            return boss.country, sector, "appositive"
        if US_PARTY.search(m.group("app")):  # 'Ted Cruz, Texas Republican', 'Martha McSally, an Arizona Republican'
            return "USA", sector, "appositive"
        national = national_title(tables, text, s, e)
        if national is not None:  # 'X, a former undersecretary of state for arms control'
            return national[0], sector or national[1], "appositive"
        short = short_body(text, s, e, mentions, tables.sectors)
        if short is not None:  # 'Mullah Sangeen, the Haqqani commander', the 'Haqqani network' named before
            return short.country, sector, "appositive"
        where = next((p for p in places if s <= p.start and p.end <= e and p.country
                      and PLACE_BEFORE.search(text, max(0, p.start - 12), p.start)
                      and not NAME_GOES_ON.match(text, p.end)  # 'at the Washington Institute': a name's word
                      and not (text[max(0, p.start - 4):p.start] == "the " and NOUN_AFTER.match(text, p.end))
                      and not is_topic(text, p.start, p.end)
                      and not POSTED_IN.search(text, max(s, p.start - 60), p.start)), None)
        if where is not None:  # 'X, a teacher from Ohio'
            return where.country, sector, "appositive"
        head = body_headed(text, m.end(), mentions)
        if head is not None:  # 'X, an anthropologist who heads the France-based Center for ...'
            return head.country, sector, "appositive"
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


# A relative clause that ties a person to the body he heads or works for: 'who heads the France-based Center'.
HEADS = re.compile(r"\s*,?\s+who\s+(?:heads|headed|leads|led|runs|ran|directs|directed|founded|co-founded|chairs|chaired"
                   r"|works\s+(?:for|at)|worked\s+(?:for|at))\s+(?:the\s+|an?\s+)?")


def body_headed(text: str, end: int, mentions: list[Actor]) -> Actor | None:
    """The body of a country the text tells that a relative clause after ``end`` says the
    person heads or works for ('who heads the France-based Center for ...'): not one whose
    country is itself a guess from the story."""
    m = HEADS.match(text, end)
    if m is None:
        return None
    return next((a for a in mentions if m.end() <= a.start <= m.end() + 25 and a.country
                 and a.kind in ("organization", "institution", GROUP_KIND) and a.cue not in ("document", "dateline", "outlet")
                 and not re.search(r"[,.;]", text[m.end():a.start])), None)


def own_country_words(tables: Tables, text: str, start: int, end: int, mentions: list[Actor]) -> list[Actor]:
    """The mentions of known country in ``text[start:end]`` (an appositive) that can be its
    bearer's: not a person, not a topic ('an architect of the Iran nuclear deal'), not a
    word inside a longer name ('president of the National Iranian American Council')."""
    return [a for a in mentions if start <= a.start and a.end <= end and a.country and a.kind != "person"
            and not is_topic_mention(text, a) and not inside_a_name(tables, text, a)
            and not STUDIES.search(text, start, a.start) and not POSTED_IN.search(text, max(start, a.start - 60), a.start)]


def inside_a_name(tables: Tables, text: str, m: Actor) -> bool:
    """Whether a country word stands inside a capitalised name that goes on after it, after a
    capitalised word that is no title ('the National Iranian American Council'; not 'the
    Nigerian Senate', which the tables or the organizations stage read as the country's)."""
    if NAME_OF_BEFORE.search(text, max(0, m.start - 40), m.start) and NAME_GOES_ON.match(text, m.end):
        return True  # 'a professor at the University of North Korean Studies in Seoul'
    before = NAME_BEFORE.search(text, max(0, m.start - 30), m.start)
    return before is not None and NAME_GOES_ON.match(text, m.end) is not None and \
        before.group("word").lower() not in ARTICLES and before.group("word").lower().rstrip(".") not in \
        tables.person_titles and before.group("word").lower() not in TITLE_MODIFIERS


def description_topics(tables: Tables, text: str, start: int, end: int, mentions: list[Actor]) -> set[str]:
    """The countries a person's own description names as its topic: the title before the name
    ('Iran expert X') and the appositive after it ('X, an architect of the Iran nuclear
    deal'). The story's country is no guess for such a person when it is one of them."""
    # the title: the words right before the name, back to a comma or a quotation mark ('Iran expert X')
    spans = [(max(sentence_start(text, start), *(text.rfind(c, 0, start) + 1 for c in ',"“”')), start)]
    m = appositive(tables, text, end)
    if m is not None:
        spans.append(m.span("app"))
    return {a.country for a in mentions for s, e in spans if a.country and s <= a.start and a.end <= e
            and a.kind in COUNTRY_KINDS and (is_topic_mention(text, a) or STUDIES.search(text, s, a.start))}


def is_affiliated(tables: Tables, text: str, end: int, mentions: list[Actor]) -> bool:
    """Whether the appositive after a name ties the person to an organization the tables do
    not place ('X, a senior associate at the Washington Office on Latin America', 'X,
    president of the Inter-American Dialogue'). A public servant of one ('a campus police
    officer at MIT') is no such tie: the police and the courts are the country's own."""
    m = appositive(tables, text, end)
    if m is None:
        return False
    body = AFFILIATED.search(m.group("app"))
    if body is None or is_generic(body.group("body")) or body.group("body").split()[-1] == "Party":
        # 'an Army officer with the National Security Council': the state's own body; 'a spokesman for the
        # Freedom and Justice Party': a party is one of the story's country (organizations.py)
        return False
    if sector_of(tables, [w.lower().rstrip(".") for w in re.findall(r"[\w.'’-]+", m.group("app")[:body.start()])]) \
            in FORCES:
        return False
    # any mention of known country in it ties the person to that country's world, even a topic or a
    # person ('an Iran scholar at the Council on Foreign Relations', 'an attorney for the Trump Organization');
    # not a word of a longer name ('the National Iranian American Council')
    return not any(m.start("app") <= a.start < m.end("app") and a.country and not inside_a_name(tables, text, a)
                   and not STUDIES.search(text, m.start("app"), a.start) for a in mentions)
