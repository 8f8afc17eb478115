"""The words of titles and names and what they say: the sector a title names ('interior
minister' GOV), the offices only one country's press names so ('Sen.'), the generic words
an institution's name is made of ('the Interior Ministry'), and when a country word is not
its bearer's own ('a China expert', 'ambassador to China')."""

from __future__ import annotations

import re

from ... import data
from ...records import Actor
from ..tables import TOKEN, Tables


# Table mentions that carry a country into a phrase ('Kenyan', "Kenya's", 'Nairobi').
COUNTRY_KINDS = ("country", "adjective", "capital", "region")
GROUP_KIND = "group"
# The cues that read a country from the text around a mention, not from the story's setting.
TEXT_CUES = {"title", "appositive", "name", "place"}
PUBLIC_SECTORS = {"GOV", "LEG", "JUD", "COP", "MIL", "SPY"}  # a country's sector named by a phrase, 'Kenyan police'
# Words before a title that make one with it: 'Major General', 'Deputy Director'.
TITLE_MODIFIERS = {"major", "lieutenant", "brigadier", "deputy", "vice", "assistant", "acting", "chief", "senior", "lt",
                   "rear", "first", "second"}
POSSESSIVE_END = re.compile(r"['’]s?$")
POSSESSIVE_BEFORE = re.compile(r"['’]s\s+(?:the\s+)?")
# A capitalised word right before a mention: the mention is the tail of a longer name.
TAIL_OF_NAME = re.compile(r"[A-Z][\w.'’-]*\s+$")
# 'ambassador to China', 'talks with Iran', 'sanctions on Russia': the country is another's.
TOPIC_BEFORE = re.compile(r"\b(?:to|on|about|against|towards?|over)\s+(?:the\s+)?$")
TOPIC_AFTER = re.compile(r"(?:-|\s+)(?:[Ww]ar|[Ww]ars|expert|experts|analyst|analysts|specialist|specialists|scholar|scholars|watcher|watchers"
                         r"|hand|correspondent|researcher|researchers|historian|policy|desk|program|programme"
                         # 'Japan Chair at CSIS', "the department's North Korea lead" (not 'a U.S. lead negotiator')
                         r"|[Cc]hair|lead(?!\s+(?:negotiator|investigator|prosecutor|attorney|counsel|author|official|diplomat)s?\b))\b"
                         # 'US-Japan relations': a relation's side is no one's country
                         r"|-[A-Z]")
# A people's word and a hyphen before another: 'Lebanese-' of 'a Lebanese-Nigerian billionaire'.
NATIONALITY_BEFORE = re.compile(r"(?<![\w-])[A-Z][a-z]+(?:an|ese|i|ish|ch|ic)-$")
# 'the Iran nuclear deal', 'the entire Russia collusion hoax', 'Paris attack suspect': a country's or a place's
# name before such a noun says what it is about or where it happened, not who someone is (an adjective says
# who did it: 'the British inquiry', 'an Iranian attack')
THING_AFTER = re.compile(r"(?:\s+[a-z][\w-]*){0,2}?\s+(?:deal|deals|agreement|accord|talks|negotiations|investigation|probe"
                         r"|inquiry|collusion|hoax|scandal|crisis|conflict|sanctions|relations|dossier|file|issue"
                         r"|attack|attacks|bombing|bombings|shooting|shootings|massacre|blast|crash|killings|manhunt"
                         r"|invasion|occupation|strike|strikes|airstrikes)\b")


def carried_country(m: Actor) -> str | None:
    """The country a mention carries into a title or appositive, or the code of the
    international body it names ('U.N.': UNO, whose official is the body's, not a state's)."""
    if m.country:
        return m.country
    return m.code[:3] if m.kind == "organization" and m.sector == "IGO" and m.code else None


def body_country(text: str, m: Actor) -> str | None:
    """The code of the international body a mention names ('U.N.': UNO), for its officials;
    not when the mention is the tail of a longer name ('Security Council' of 'the National
    Security Council')."""
    if m.country or not carried_country(m) or TAIL_OF_NAME.search(text, max(0, m.start - 30), m.start):
        return None
    return carried_country(m)


def is_topic(text: str, start: int, end: int, adjective: bool = False) -> bool:
    """Whether a country word (or place) is what someone works on or is sent to, not their own:
    'a China expert', 'ambassador to China', 'anti-French', 'pro-Russian', 'the Iran deal'."""
    if adjective and NATIONALITY_BEFORE.search(text, max(0, start - 20), start) and not THING_AFTER.match(text, end):
        # 'a Lebanese-Nigerian billionaire', 'Iranian-American journalist X': the nationality is the last
        # (not 'the Israeli-Palestinian conflict', a relation)
        return False
    before = text[max(0, start - 12):start].lower()
    after = TOPIC_AFTER.match(text, end) or (None if adjective else THING_AFTER.match(text, end))
    # 'anti-French', 'the Inter-American Dialogue': a compound's part is no one's country
    return before.endswith("-") or bool(TOPIC_BEFORE.search(before)) or bool(after)


def is_topic_mention(text: str, m: Actor) -> bool:
    """``is_topic`` for a mention: an adjective ('the British inquiry') says whose, not what about; a
    body's name before 'analyst' or 'expert' says where one works ('a former CIA analyst')."""
    if m.kind in ("institution", "organization"):
        return bool(TOPIC_BEFORE.search(text[max(0, m.start - 12):m.start].lower()))
    return is_topic(text, m.start, m.end, adjective=m.kind == "adjective")


def has_title(tables: Tables, lowered: list[str]) -> bool:
    return any(t in tables.person_titles or t in tables.titles for t in lowered)


def all_title_words(tables: Tables, name: str) -> bool:
    """Whether every word of a name is a title's ('Major General', 'Deputy Director')."""
    words = [w.lower().rstrip(".") for w in name.split()]
    return bool(words) and words[-1] in tables.person_titles and all(
        w in tables.person_titles or w in TITLE_MODIFIERS for w in words)


def sector_of(tables: Tables, lowered: list[str]) -> str | None:
    """The sector the last sector word (or two) of a title names: 'interior minister' GOV."""
    for i in range(len(lowered) - 1, -1, -1):
        two = f"{lowered[i - 1]} {lowered[i]}" if i else None
        sector = (tables.sectors.get(two) if two else None) or tables.sectors.get(lowered[i])
        if sector:
            return sector
    return None


def national_title(tables: Tables, text: str, start: int, end: int, at_end: bool = False) -> tuple[str, str | None] | None:
    """The country and sector of an office only one country's press names so (Sen., Treasury
    Secretary: data/actors/national_titles.tsv) in ``text[start:end]``; with ``at_end``, only
    one that ends right before ``end`` (the name it introduces)."""
    for m in tables.national_title.finditer(text, start, end):
        if not at_end or not text[m.end():end].strip(" ,"):
            return tables.national_titles[" ".join(m.group().lower().split())]
    return None


_GENERIC: dict[str, str] | None = None


def generic_words() -> dict[str, str]:
    """The words an institution's generic name is made of, as head or modifier
    (data/actors/institution_words.tsv)."""
    global _GENERIC
    if _GENERIC is None:
        _GENERIC = {r["word"].lower(): r["part"] for r in data.read_tsv("actors/institution_words.tsv")}
    return _GENERIC


def is_generic(name: str) -> bool:
    """Whether a name is an institution's generic one ('the National Security Council', 'the
    Interior Ministry'): only the words of institution_words.tsv, ending in a head."""
    return generic_name([w.lower() for w in TOKEN.findall(name)])


def generic_name(lowered: list[str]) -> bool:
    """Whether the lower-case words of a name are an institution's generic one: only the words
    of institution_words.tsv (and 'of', 'and', 'for', 'the'), ending in a head ('the Interior
    Ministry') or with a head before its 'of' ('the Office of the Inspector General', 'the
    Ministry of Foreign Affairs')."""
    words = lowered[1:] if lowered[:1] == ["the"] else lowered
    core = [w for w in words if w not in ("of", "and", "for", "the")]
    generic = generic_words()
    if not core or not all(w in generic for w in core):
        return False
    return generic.get(core[-1]) == "head" or (words[1:2] == ["of"] and generic.get(words[0]) == "head")
