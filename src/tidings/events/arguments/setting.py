"""People of a place: an actor the text gives a sector but no country takes the country
of the place the act happens in, the dateline's, or the story's; the setting itself."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from itertools import accumulate

from spacy.tokens import Token

from ...actors import Word
from ...actors.open_world.setting import caption_at, rival_country, whose_not_where
from ...records import Actor, Place
from ..memory import DocState
from ..syntax import is_quantity
from .common import Finder, unknown_country
from .phrases import past_wire_dash

# Mentions that name a country itself, not one of its people abroad: what a story is about.
STORY_KINDS = {"country", "adjective", "capital", "region"}
# Modifiers of people of many countries ('world leaders', 'foreign diplomats'): none of them is the setting's.
MANY_COUNTRIES = {"world", "international", "foreign", "global", "western", "multinational", "allied"}
# The sectors of a state's own side, whose violence is not done to its own people by default.
STATE_SECTORS = {None, "GOV", "MIL"}
# Heads of a group whose sector its modifier tells: 'a militant organisation', 'an armed group'.
GROUP_HEADS = {"group", "organisation", "organization", "movement", "faction", "cell", "network", "outfit", "band",
               "gang", "militia"}
# What after a place's name makes it a reference point: 'the Cameroon border', 'Ankara-based'.
REFERENCE_AFTER = re.compile(r"(?:-based\b|\s+border\b|\s+frontier\b)", re.I)
# What before a place's name makes it where an act was aimed: 'into southern Israel', 'at Sderot'.
AIMED_BEFORE = re.compile(r"\b(?:into|at|toward|towards|against)\s+(?:the\s+)?(?:[a-z]+\s+)?$")
# Prepositions before a place's name that tell it is where something is or happened ('in Ivory Coast').
PLACE_PREPOSITION = re.compile(r"\b(?:in|at|near|across|throughout|inside|outside|around|into)\s+(?:the\s+)?$", re.I)


class Setting(Finder):
    """The country of people the text ties to none (a mixin of ``EventCoder``)."""

    def _unnamed(self, state: DocState, tok: Token, other: Actor | None, victims: bool = False,
                 person: bool = False, addressed: bool = False) -> list[Actor]:
        """People the text ties to no country ('Police have arrested a man', 'freed two
        soldiers', 'killed 50 militiamen in a Baghdad suburb') are of the place the act
        happens in, else of the story's dateline, else of the other side (an act with one
        country named is a domestic one), else of the country the story is about. Where
        nothing gives one, the actor keeps its sector with an unknown country ('Gunmen
        abducted a contractor': ``---INS``, docs/format.md): the act is not dropped."""
        if tok.pos_ not in ("NOUN", "NUM", "PROPN"):
            return []
        words = self._np_words(tok)
        if any(w.role == "modifier" and w.lower in MANY_COUNTRIES for w in words):
            return []  # 'world leaders', 'foreign diplomats': of many countries, of no one's in particular
        sector = self.resolver.sector_of(words) or self._kind_of_group(tok)
        # the victims of violence may be counted with no word for who they are ('injures six GIs')
        counted = victims and any(c.dep_ == "nummod" for c in tok.children)
        # whoever is arrested, deported or abducted is a person ('arrested the alleged ringleader')
        someone = person and tok.pos_ == "NOUN"
        if sector is None and not is_quantity(tok) and not counted and not someone:
            return []
        country = None
        if other is None and (tok.lower_ in self.resolver.remote_forces
                              or tok.lemma_.lower() in self.resolver.remote_forces):
            # 'Warplanes bombed sites in Gaza City': not of the place struck, of the story's other side
            return [self._from_afar(state, tok, sector or "MIL")]
        if victims and other is not None:
            # 'launching hundreds of rockets at Israel, killing three people': the victims are
            # where the fire was aimed
            lo, hi = self._offset + tok.sent.start_char, self._offset + tok.sent.end_char
            aimed = {p.country for p in settings(state) if lo <= p.start < hi and aimed_at(state.doc.text, p)
                     and not any(m.start < p.end and p.start < m.end and m.country != p.country
                                 for m in state.mentions)}  # ('at Hamas' is no German town)
            country = aimed.pop() if len(aimed) == 1 and other.country not in aimed else None
        poss = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
        if country is None and poss is not None and sector is not None:
            # "ordered his prime minister to lead a delegation", 'urge its leaders': of the one the
            # pronoun stands for, in an object first the clause's own subject where it can be
            subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None) \
                if tok.dep_ in ("dobj", "obj", "dative") and poss.lower_ in ("his", "her", "its", "their") else None
            bound = [a for a in (self._actors(state, subj) if subj is not None else [])
                     if poss.lower_ == "their" or (poss.lower_ == "its") == (a.kind != "person" and a.sector is None)]
            owner = next(iter(bound), None) or next(iter(self._actors(state, poss)), None)
            country = owner.country if owner is not None and owner.country else None
        if country is None and addressed and other is not None and other.country and \
                not any(c.dep_ == "poss" for c in tok.children):  # ('urge its leaders': whose, told)
            # 'Israel declared an emergency, instructing people to stay near shelters': told to
            # people its words place nowhere, the doer's own (not the dateline's, 'GAZA CITY')
            lo, hi = self._offset + tok.left_edge.idx, self._offset + tok.right_edge.idx + len(tok.right_edge.text)
            if not any(lo <= p.start < hi for p in state.doc.places):
                country = other.country
        country = country or self._setting(state, tok, sentence=other is None, doer=other is None)
        if country is None and other is not None and self._sentence_countries(state, tok) == {other.country}:
            country = other.country  # 'Protesters clash with police in Sydney': met where the doer acts
        if country is None and other is not None:
            # 'sent CIA teams into Libya to investigate the rebel forces': where the doer's act was aimed
            lo, hi = self._offset + tok.sent.start_char, self._offset + tok.sent.end_char
            aimed = {p.country for p in settings(state) if lo <= p.start < hi and aimed_at(state.doc.text, p)
                     and not any(m.start < p.end and p.start < m.end and m.country != p.country
                                 for m in state.mentions)}  # ('at Hamas' is no German town)
            country = aimed.pop() if len(aimed) == 1 and other.country not in aimed else None
        if country is None and other is not None:
            # 'Israel kills 5 in strike at Hamas activist': the group the sentence names beside
            # the doer; with none, the doer's own country (a domestic act)
            # the story's setting, where its places name one country most ('anti-communist forces
            # trained by the United States' in a story set in Afghanistan)
            lo, hi = self._offset + tok.sent.start_char, self._offset + tok.sent.end_char
            country = next((m.country for m in state.mentions if lo <= m.start < hi and m.country
                            and m.kind == "organization" and m.country != other.country), None)
            # a state's violence in a story set somewhere falls on its own people only where the
            # text says so: the sentence's own place ('Marines killed two gunmen in Helmand'),
            # else the other of the two countries the story is set in ('Israel's military would
            # destroy the militants' rockets' in a story of Israel and Gaza), else the story's
            abroad = victims and other.sector in STATE_SECTORS and bool(settings(state))
            if country is None and abroad:
                here = self._sentence_countries(state, tok)
                country = here.pop() if len(here) == 1 and other.country not in here else \
                    rival_country(Counter(p.country for p in settings(state)), other.country)
            country = country or dominant_country(state, least=2) or (None if abroad else other.country)
        if country is None:
            country = self._story_country(state, tok)
        first, last = past_wire_dash(tok), tok
        start = self._offset + first.idx
        text = self._text[start:self._offset + last.idx + len(last.text)]
        if country is None:
            return [unknown_country(text, start, sector or "CVL")]
        return [self.resolver.of_country(country, text, start, sector or "CVL")]

    def _from_afar(self, state: DocState, tok: Token, sector: str) -> Actor:
        """A doer that strikes from afar ('Warplanes', 'Drones', 'Artillery'): of the country the
        story names most beside the place struck (its own sentence first: 'Israeli aircraft
        struck ... Warplanes bombed sites in Gaza City' is Israel), else of no country told."""
        struck = self._setting(state, tok, sentence=True, doer=False)
        lo, hi = self._offset + tok.sent.start_char, self._offset + tok.sent.end_char
        counts = Counter(m.country for m in state.mentions if m.country and m.country != struck
                         and m.kind in STORY_KINDS | {"person", "institution", "group"})
        here = Counter(m.country for m in state.mentions if m.country and m.country != struck and lo <= m.start < hi
                       and m.kind in STORY_KINDS | {"person", "institution", "group"})
        country = None
        for tally in (here, counts):
            top = tally.most_common(2)
            if top and (len(top) == 1 or top[0][1] > top[1][1]):
                country = top[0][0]
                break
        first, last = past_wire_dash(tok), tok
        start = self._offset + first.idx
        text = self._text[start:self._offset + last.idx + len(last.text)]
        if country is None:
            return unknown_country(text, start, sector)
        return self.resolver.of_country(country, text, start, sector)

    def _sentence_countries(self, state: DocState, tok: Token, doer: bool = False) -> set[str | None]:
        """The countries of the places the token's sentence names as settings (for a ``doer``,
        not those its act is aimed at)."""
        lo, hi = self._offset + tok.sent.start_char, self._offset + tok.sent.end_char
        return {p.country for p in settings(state) if lo <= p.start < hi and not (doer and aimed_at(state.doc.text, p))}

    def _kind_of_group(self, tok: Token) -> str | None:
        """'a militant organisation', 'an armed group', 'a rebel movement': a group's sector is
        what its modifier says it is."""
        if tok.lemma_.lower() not in GROUP_HEADS:
            return None
        for c in tok.children:
            if c.dep_ in ("amod", "compound") and c.i < tok.i:
                at = self._offset + c.idx
                sector = self.resolver.sector_of([Word(self._text[at:at + len(c.text)], c.lower_, at,
                                                       at + len(c.text), "head")])
                if sector is not None:
                    return sector
        return None

    def _of_setting(self, state: DocState, verb: Token) -> list[Actor]:
        """The country of the place an act happened in (its clause's, the sentence's one
        country, the dateline's, else the story's), standing for whoever did it there."""
        assert state.when_where is not None
        place = state.when_where.place_of(verb)
        country = place.country if place is not None and place.country else \
            self._setting(state, verb) or self._story_country(state, verb)
        lo, hi = self._offset + verb.sent.start_char, self._offset + verb.sent.end_char
        return self._country_named(state, country, place, (lo, hi))

    def _country_named(self, state: DocState, country: str | None, place: Place | None = None,
                       sentence: tuple[int, int] | None = None) -> list[Actor]:
        """``country`` as an actor, told by the words that give it: the place, the dateline
        or the story's first mention of it; one in the act's ``sentence`` first ('BEIJING -
        Beijing accused a Chinese-American arrested for spying': the sentence's Beijing)."""
        if country is None:
            return []
        named = [place] if place is not None and place.country == country else []
        dateline = state.doc.dateline
        named += [dateline] if dateline is not None and dateline.country == country else []
        named += [m for m in state.mentions if m.country == country]
        if not named:
            return []
        if sentence is not None:
            named.sort(key=lambda n: not sentence[0] <= n.start < sentence[1])
        return [self.resolver.of_country(country, named[0].text, named[0].start, None)]

    def _story_country(self, state: DocState, tok: Token, other: str | None = None) -> str | None:
        """The country the story is about: the one its places name most, else the one its
        other sentences name most ('Iraq: 26 killed' over 'Suicide bombers killed ...'; the
        sentence's own mentions are the act's sides, not its setting); not ``other`` (the
        act's other side: 'WASHINGTON - ... the U.S.-led invasion' of Iraq)."""
        country = dominant_country(state, other)
        if country is not None:
            return country
        lo, hi = self._offset + tok.sent.start_char, self._offset + tok.sent.end_char
        counts = Counter(m.country for m in state.mentions  # ('the U.S. Embassy' is whose, not where)
                         if m.country and m.country != other and m.kind in STORY_KINDS and not lo <= m.start < hi
                         and not whose_not_where(state.doc.text, m.start, m.end))
        top = counts.most_common(2)
        if not top or (len(top) > 1 and top[0][1] == top[1][1]):
            return None
        return top[0][0]

    def _setting(self, state: DocState, tok: Token, sentence: bool = True, doer: bool = False) -> str | None:
        """The country an act happens in: its clause's place, else (for a doer, with
        ``sentence``) the one country the sentence's places are in ('Protesters stormed the
        embassy in Cairo'), else the dateline's. A target looks to the doer's side before
        the sentence ('Britain charged eight terror suspects ... alert in US' are British).
        A ``doer`` is of the place its own phrase names ('Militants in Gaza'), and not of the
        place its act is aimed at ('fired rockets into southern Israel')."""
        assert state.when_where is not None
        text = state.doc.text
        if doer:
            spans = [(self._offset + g.left_edge.idx, self._offset + g.right_edge.idx + len(g.right_edge.text))
                     for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "from")
                     for g in c.children if g.dep_ == "pobj"]
            own = next((p for p in state.doc.places for lo, hi in spans if lo <= p.start < hi and p.country
                        and not reference_place(text, p)), None)
            if own is not None:
                return own.country
        place = state.when_where.place_of(tok)
        if place is not None and place.country and not reference_place(text, place) and \
                not (doer and aimed_at(text, place)):
            return place.country
        countries = self._sentence_countries(state, tok, doer)
        if sentence and len(countries) == 1:
            return countries.pop()
        caption = caption_at(state.doc.captions, self._offset + tok.idx)
        if caption is not None:
            # 'The U.S. Consulate in Benghazi is set on fire. Armed gunmen attacked the compound
            here = {p.country for p in settings(state)
                    if caption.start <= p.start < caption.end and not (doer and aimed_at(text, p))}
            if len(here) == 1:
                return here.pop()
        dateline = state.doc.dateline
        return dateline.country if dateline is not None else None


def dominant_country(state: DocState, other: str | None = None, least: int = 1) -> str | None:
    """The country the story is set in: the one its places are in most often (at least
    ``least`` times), when one is named more often than any other (actor mentions do not
    count: a story about protests at the US embassy names the US most); not ``other``."""
    counts = Counter(p.country for p in settings(state) if p.country != other)
    top = counts.most_common(2)
    if not top or top[0][1] < least or (len(top) > 1 and top[0][1] == top[1][1]):
        return None
    return top[0][0]


# the document state last asked about, its mentions and places (and their counts), and its settings
_SETTINGS: list = [None, None, None, 0, 0, []]


def settings(state: DocState) -> list[Place]:
    """The places a document names as settings: with a country, and where a place is also an
    actor mention, told after a preposition of place ('in Ivory Coast'; 'the U.S. Embassy'
    names who was stormed, not where). Found once per document: every argument asks."""
    held = _SETTINGS
    if held[0] is not state or held[1] is not state.mentions or held[2] is not state.doc.places or \
            held[3] != len(state.mentions) or held[4] != len(state.doc.places):
        held[:] = [state, state.mentions, state.doc.places, len(state.mentions), len(state.doc.places),
                   _settings(state)]
    return list(held[5])


def _settings(state: DocState) -> list[Place]:
    text = state.doc.text
    # mentions by start with the furthest end so far: a place overlaps one of them when
    # one that starts before its end reaches past its start (a bisection, not a scan of all)
    actors = sorted((m.start, m.end) for m in state.mentions if m.kind != "capital")
    starts = [a for a, _ in actors]
    reach = list(accumulate((b for _, b in actors), max))

    def overlaps(p: Place) -> bool:
        k = bisect_left(starts, p.end)
        return k > 0 and reach[k - 1] > p.start

    return [p for p in state.doc.places if p.country and not reference_place(text, p) and (
        not overlaps(p) or PLACE_PREPOSITION.search(text, max(0, p.start - 12), p.start))]


def aimed_at(text: str, place: Place) -> bool:
    """A place named as where something was aimed: 'into southern Israel', 'at the town'."""
    return bool(AIMED_BEFORE.search(text, max(0, place.start - 30), place.start))


def reference_place(text: str, place: Place) -> bool:
    """A place named to tell where something else is or is from, not where an act happened:
    'near the Cameroon border', 'the Ankara-based company', 'the U.S. Embassy', a slogan's
    'Death to America'."""
    return bool(REFERENCE_AFTER.match(text, place.end)) or whose_not_where(text, place.start, place.end)
