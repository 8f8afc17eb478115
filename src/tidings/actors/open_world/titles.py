"""What the words right before a name say of it: 'Kenyan Interior Minister X', "Kenya's
police chief X", 'the Nigerian envoy, X' (cue ``title``), or an outlet's possessive ("the
BBC's Paul Adams": a journalist)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...records import Actor, Place
from ..tables import TOKEN, Tables, _key
from .sentences import sentence_start
from .vocabulary import (COUNTRY_KINDS, GROUP_KIND, POSSESSIVE_BEFORE, body_country, carried_country, has_title,
                         is_topic, is_topic_mention, national_title, sector_of)


# Before a name, the title's words run back to one of these (or to punctuation).
TITLE_STOP = {"said", "says", "told", "and", "or", "but", "by", "with", "from", "to", "for", "as", "that", "when",
              "while", "after", "before", "on", "in", "at", "of", "according", "met", "between", "than", "including",
              "caption", "copyright", "image", "images", "photo", "video",  # 'Media caption X:' is no title
              "month", "week", "year", "today", "yesterday", "earlier", "later"}  # '... last month, X'
# 'last' and 'next' end a title only before a time ('last Tuesday X'); 'the country's last president, X' is one.
TIME_AFTER = {"last", "next"}
TIMES = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
         "april", "may", "june", "july", "august", "september", "october", "november", "december", "spring",
         "summer", "autumn", "fall", "winter", "weekend", "night", "time", "season", "term"}
# A possessive pronoun in a title stands for a body or a person named before it: "Ukraine fired its top
# prosecutor, X", "Trump and his lawyer X".
POSSESSIVE_PRONOUNS = {"its": "body", "their": "body", "his": "person", "her": "person",
                       "country's": "country", "country’s": "country", "nation's": "country", "nation’s": "country"}
# A state's envoy to an international body is the state's: 'UN Ambassador Nikki Haley'.
STATE_ENVOYS = {"ambassador", "ambassadors", "representative", "delegate"}
# Words before a title that say where, not whose: 'commander in Afghanistan Gen. X'.
PREPOSITIONS = {"in", "at", "to", "on", "for", "of", "from", "with", "by", "between"}
# Offices named with what they head: "the head of Iran's Revolutionary Guard", 'the chief of Pakistan's army'.
OFFICE_OF = {"head", "chief", "commander", "leader", "director", "chairman", "chairwoman", "chair", "president",
             "minister", "secretary", "spokesman", "spokeswoman", "spokesperson", "founder"}
# A description opening a sentence and set off by a comma before a rank and a name: "The head of Iran's
# Revolutionary Guard, Gen. X", "Its top commander, Gen. X".
DESCRIPTION_OPENS = re.compile(r"\s*[\"“‘']?(?:The|A|An|Its|Their|His|Her)\s[^,;:]*$")
# A possessive name before a name: "CNN's State of the Union", "Fox News' Special Report".
OWNER_BEFORE = re.compile(r"(?P<owner>[A-Z][\w&.]*(?:\s[A-Z][\w&.]*){0,3})(?:['’]s|(?<=s)['’])\s+$")


def outlet_before(tables: Tables, text: str, start: int) -> bool:
    """Whether a news outlet's possessive comes right before ``start`` ("CNN's", "Fox News'")."""
    m = OWNER_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return False
    words = TOKEN.findall(m.group("owner"))
    return any((e := tables.names.get(_key(words[i:]))) is not None and e.kind == "outlet" for i in range(len(words)))


def title_before(tables: Tables, text: str, start: int, mentions: list[Actor], places: Sequence[Place]
                  ) -> tuple[str | None, str | None, str | None, str | None, bool]:
    """Country, sector, cue and gender from the words right before a name ('Kenyan Interior
    Minister', "Kenya's police chief", 'the Nigerian envoy,'), and whether they are a formal
    title ('Treasury Secretary')."""
    if outlet_before(tables, text, start):
        return None, "MED", None, None, False  # "the BBC's Paul Adams": the outlet's journalist
    line_start = sentence_start(text, start)
    words = list(re.finditer(r"[\w.'’-]+|[,:;“”(\[]", text[line_start:start]))
    title: list[re.Match[str]] = []
    stop, stop_at = "", line_start
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        token = w.group()
        if token in '”"' or token == "“" and "”" in text[line_start + w.end():start]:
            continue  # 'the Nigerian would-be “underwear bomber” X': a quoted word of the title
        if token in ':;“([':
            stop, stop_at = token, line_start + w.start()
            break  # 'the Battle of Mogadishu: “Defense Secretary X': a colon or an open quote ends the title
        if token == "," and not title:
            continue  # 'the Nigerian envoy, X'
        if token == "of" and title and i and words[i - 1].group().lower() in OFFICE_OF and len(title) < 6 \
                and title[0].group()[:1].isupper() and (text[line_start + title[-1].end():start].strip() != ","
                                                        or DESCRIPTION_OPENS.match(text, line_start,
                                                                                   line_start + title[-1].end())):
            # "the head of Iran's Revolutionary Guard, X": the office's 'of' is the title's (not 'his secretary of
            # state'; not a clause's end before the comma, 'when Mandela became President of South Africa, Castro')
            title.insert(0, w)
            continue
        if token == "," or token.lower() in TITLE_STOP or len(title) >= 6 + ("of" in (t.group() for t in title)) or (
                token.lower() in TIME_AFTER and (not title or title[0].group().lower() in TIMES)):
            stop, stop_at = token.lower(), line_start + w.start()
            break
        title.insert(0, w)
    if stop == "," and title and all(t.group().lower() in tables.person_titles for t in title) \
            and DESCRIPTION_OPENS.match(text, line_start, stop_at):
        # "The head of Iran's Revolutionary Guard, Gen. Mohammad Ali Jafari": a rank alone before the name, and
        # before it the description set off by a comma says whose he is
        described = title_before(tables, text, stop_at, mentions, places)
        if described[0] is not None:
            return described[0], described[1] or sector_of(tables, [t.group().lower() for t in title]), \
                described[2], described[3], True
    if len(title) >= 2 and title[-1].group().islower() and not has_title(tables, [title[-1].group()]) \
            and title[-1].group() not in tables.sectors \
            and any(m.kind == "person" and m.end == line_start + title[-2].end() for m in mentions):
        return None, None, None, None, False  # 'Vice President Joe Biden phoned Yanukovych': a verb, no title
    # 'Sen. Jeff Flake', 'Treasury Secretary Steven Mnuchin' (the abbreviation's stop is no sentence's end)
    national = national_title(tables, text, max(text.rfind("\n", 0, start), start - 60, 0), start, at_end=True)
    if not title:
        return (None, None, None, None, False) if national is None else (national[0], national[1], "title", None, True)
    span_start = line_start + title[0].start()
    first = next((m for m in mentions if m.start == span_start), None)
    if stop in PREPOSITIONS - {"of", "by", "from"} and not (first is not None and first.kind in ("adjective", "person")):
        # 'commander in Afghanistan Gen. X': where, not whose (but 'talks with Iranian Foreign Minister X',
        # 'between Trump campaign advisor X')
        span_start = line_start + title[1].start() if len(title) > 1 else start
    # 'gov.', 'sen.': an abbreviated title keeps its period
    lowered = [w if (w := t.group().lower()) in tables.person_titles else w.rstrip(".") for t in title]
    sector = sector_of(tables, lowered)
    gender = next((tables.person_titles[t]["gender"] for t in lowered
                   if t in tables.person_titles and tables.person_titles[t]["gender"]), None)
    # the country word, body, person ('Trump adviser X') or place ('Boston Police Commissioner X') of the title
    envoy = any(w in STATE_ENVOYS for w in lowered)
    # a body whose name the title's run cut at its 'of' ('Department of Homeland Security (DHS) acting Secretary X')
    carrier = next((m for m in reversed(mentions) if span_start < m.end and m.end <= start
                    and (span_start <= m.start or m.kind in ("institution", "organization"))
                    and (m.country or not envoy and body_country(text, m)) and not is_topic_mention(text, m)),
                   None)
    if carrier is not None and carrier.kind in ("organization", "institution"):
        # 'Egyptian Islamic Jihad member X': a people's word before a body's name says whose branch it is
        carrier = next((m for m in mentions if m.kind == "adjective" and m.country and span_start <= m.start
                        and m.end < carrier.start and not text[m.end:carrier.start].strip()), carrier)
    if carrier is None:
        carrier = _antecedent(text, line_start, title, mentions)
    where = next((p for p in places if span_start <= p.start and p.end <= start and p.country
                  and not is_topic(text, p.start, p.end)), None)  # not 'Paris attack suspect X'
    named = carrier if carrier is not None and carrier.kind in COUNTRY_KINDS else where if carrier is None else None
    if national is not None and named is not None and " " not in text[named.end:start].strip(" ."):
        # 'U.S. Rep. Michael McCaul': the country's word (or place) right before an office its press names so
        return named.country, sector or national[1], "title", gender, True

    office_of = any(a in OFFICE_OF and b == "of" for a, b in zip(lowered, lowered[1:]))
    titled = sector is not None or gender is not None or has_title(tables, lowered) or office_of or (
        carrier is not None and carrier.kind in COUNTRY_KINDS and POSSESSIVE_BEFORE.fullmatch(text, carrier.end, start)
        is not None)  # "Egypt's Morsi"
    # a title as printed before a name: 'Treasury Secretary', 'Mayor' (not 'the charity's director')
    formal = titled and any(t.group()[:1].isupper() and w in tables.person_titles for t, w in zip(title[-2:], lowered[-2:]))
    if carrier is None and where is None and national is not None:
        return national[0], sector or national[1], "title", gender, True
    if carrier is None and where is None or not titled:
        return None, sector, None, gender, formal
    if carrier is None or (where is not None and where.start > carrier.start):
        return where.country, sector, "title", gender, formal
    own = carrier.sector if carrier.kind in ("organization", "institution", GROUP_KIND) else None
    return carried_country(carrier), sector or own, "title", gender, formal


def _antecedent(text: str, line_start: int, title: list[re.Match[str]], mentions: list[Actor]) -> Actor | None:
    """What a possessive pronoun in a title stands for: the last body (for 'its', 'their') or
    person ('his', 'her') of known country named before it in the sentence, or in the one
    before when the pronoun starts its own."""
    pronoun = next((t for t in title if t.group().lower() in POSSESSIVE_PRONOUNS), None)
    if pronoun is None:
        return None
    at = line_start + pronoun.start()
    kind = POSSESSIVE_PRONOUNS[pronoun.group().lower()]
    person = kind == "person"
    if kind == "country":  # "the country's European-affairs minister": the country the paragraph named last
        line_start = max(text.rfind("\n\n", 0, at), 0)
        return next((m for m in reversed(mentions) if line_start <= m.start and m.end <= at and m.country
                     and m.kind in ("country", "adjective") and not is_topic_mention(text, m)), None)
    if not text[line_start:at].strip(" \"“‘'"):  # 'Iran ... . Its Foreign Minister, Javad Zarif, said': the sentence before
        line_start = sentence_start(text, max(0, line_start - 2))
    return next((m for m in reversed(mentions) if line_start <= m.start and m.end <= at
                 and (m.country or body_country(text, m))
                 and (m.kind == "person") == person and not is_topic_mention(text, m)), None)
