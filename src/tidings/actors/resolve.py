"""Finding the tables' names in a text and resolving noun phrases to actors.

``find`` scans a document's text for names (countries and their adjectives, capitals and
institutions standing for governments, organizations, people) and gives people the role
they held on the date; ``resolve`` turns one noun phrase, given as words with their
mentions, into an Actor with country, sector and code ('Russian diplomats' -> RUSGOV).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import cached_property

from ..records import Actor, Entity as NamedEntity, Place
from . import coref, open_world
from .tables import TOKEN, Entity, Role, Tables, _key, cameo_code, day
from .tables import title_cased_headline as _title_cased_headline, title_cased_lines

MAX_NAME_WORDS = 8
# Heads that, definite and with no country, stand for the government a text is about.
DEFINITE_GOVERNMENT = {"administration", "government", "president", "regime", "white house"}
# Words that make a title one held before: 'the former president' is not the government.
FORMER = {"former", "ex", "late", "then"}
# Heads that, definite ('the organisation', 'the alliance'), stand for the body named last.
DEFINITE_ORGANIZATION = {"organisation", "organization", "alliance", "bloc"}
# A birthplace before another country's word: 'the Somali-born U.S. congresswoman' serves the U.S.
BORN_BEFORE_COUNTRY = re.compile(r"-(?:born|raised|educated)\s+(?:U\.S\.|US|U\.K\.|UK|[A-Z][a-z]+)")
# Hyphenated Americans are American: 'a Chinese-American', 'Cuban-Americans'.
HYPHENATED_AMERICAN = re.compile(r"[A-Z][a-z]+-Americans?")
# Titles headlines abbreviate: "Italian PM's transplant confirmed".
ABBREVIATED_TITLES = {"pm": "prime minister"}
# 'the Russian leader': the titles of heads of state and government.
LEADER_TITLES = {"president", "prime minister", "chancellor", "supreme leader", "president-elect"}
# After a title, an office named for it: "the Prime Minister's Office".
NOT_THE_HOLDER = re.compile(r"['’]s\s+[A-Z]")
# Words after a party's name that make it something else: 'Labour Day', 'Labour Minister'.
PARTY_NOT_AFTER = {"Day", "Minister", "Ministry", "Department", "Code", "Office", "Secretary", "Court"}
# After a leader's name, the leader's government: 'the Bush administration', 'the Assad regime'.
LEADER_GOVERNMENT = {"administration", "government", "regime", "cabinet"}
# A definite title: 'the Prime Minister', 'The Defence Secretary', 'the Russian leader'.
TITLE_PHRASE = re.compile(r"\b[Tt]he\s+(?:(?P<adj>[A-Z][\w.]*(?:\s[A-Z][a-z]+)?)\s+)?"
                          r"(?P<title>(?:[Pp]rime [Mm]inister|[Pp]resident(?:-elect)?|[Cc]hancellor|[Ll]eader"
                          r"|[Ff]oreign (?:[Ss]ecretary|[Mm]inister)|[Dd]efen[cs]e (?:[Ss]ecretary|[Mm]inister)"
                          r"|Secretary of State|Home Secretary|Vice President|Supreme Leader))\b(?!\s+(?:of|[A-Z]))")
WORD_RUN = re.compile(r"\S+")
# A first name and a surname, with a particle ('Wanis al-Sharif', 'Hassan bin Ali') or an initial between.
OTHER_FULL_NAME = re.compile(r"\b(?P<first>[A-Z][a-z][\w'’]*)\s+(?:[A-Z]\.\s+)?(?:(?:al|el|bin|ibn|abu|de|van|von)[-\s])?"
                             r"(?P<surname>[A-Z][\w'’]+)\b")
# An honorific and one word, no name after it: 'Mr. Kim said', 'Mrs Ardern'.
HONORED_SURNAME = re.compile(r"\b(?:Mr|Mrs|Ms|Mme)\.?\s+(?P<name>[A-Z][a-z][\w'’]*)\b(?!['’]?\s*-?[A-Z])")
# Two or more capitalised words: the full names a text gives ('Kim Kye gwan', 'Ron Johnson').
OTHER_NAMED = re.compile(r"\b[A-Z][a-z][\w'’]*(?:\s+[A-Z][a-z][\w'’]*)+")
# A middle initial: the 'T.' of 'Mark T. Esper'.
MIDDLE_INITIAL = re.compile(r"[A-Z]\.")
# Words that start a capitalised run without being a name.
NOT_NAMES = {"The", "A", "An", "This", "That", "These", "In", "On", "At", "But", "And", "He", "She", "It", "They",
             "We", "His", "Her", "Their", "Its", "After", "Before", "When", "While", "If", "As", "Monday", "Tuesday",
             "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
# Before a capital or region named as a place, not a government: 'in', 'near', 'northwest of',
# "Burundi's capital,", and the names of a list after one ('in New York, New Jersey and Washington').
LOCATIVE = re.compile(r"(?:\b(?:[Ii]n|[Aa]t|[Nn]ear|[Oo]utside|[Aa]round|[Aa]cross|[Tt]hroughout|[Ii]nside|[Ii]nto|[Ww]ithin"
                      r"|[Bb]etween|(?:north|south|east|west|northeast|northwest|southeast|southwest|outskirts)\s+of)"
                      r"\s+(?:(?:a|an|the)\s+)?(?:(?:central|northern|southern|eastern|western|downtown|greater)\s+)?"
                      r"(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*(?:,\s+|\s+and\s+)(?:(?:a|an|the)\s+)?)*"
                      r"|\bcapital,\s+)$")
# 'in Polish while struggling through his homily in French': an adjective that is a language.
LANGUAGE_BEFORE = re.compile(r"\b(?:in|into|from|speaking|speaks|spoke|speak)\s+$")
LANGUAGE_AFTER = re.compile(r"\s*(?:[.,;:!?)\"”]|$|\s(?:while|but|to|with|as|before|after|at|on|for|during)\b)")
POSSESSIVE = re.compile(r"['’]s\b")
# The mentions that carry a country into a phrase.
CARRIER_KINDS = ("adjective", "country", "capital", "region", "institution", "group", "organization", "person")


@dataclass
class Word:
    """A word of a noun phrase as the events stage sees it."""

    text: str
    lower: str
    start: int
    end: int
    role: str  # head, modifier, apposition, location ("in Syria" after "rebels")


class ActorResolver(Tables):
    """Knows every name in the actor tables; one instance serves a whole run."""

    # --- finding mentions -----------------------------------------------------------

    def find(self, text: str, when: str | None = None) -> list[Actor]:
        """Every name from the tables in ``text``, longest first, left to right; people get
        the role they held on ``when`` (ISO, the publication date), and with a date a
        definite title ('the Prime Minister', 'the Russian leader') names its holder.

        A surname alone ('May', 'Pen') counts only after a title ('Mrs May') or after the
        person's full name earlier in the text, so 'in May' stays a month. A capital right
        after 'City, ' ('Seattle, Washington') is a place, not a government.
        """
        found = self._names(text)
        found = sorted([*found, *self._unlisted(text, found)], key=lambda a: a.start)
        on = day(when)
        if on is not None:
            found = [self.at_date(a, on) for a in found]
        found.extend(self._titles(text, found, on))
        found.extend(self._headline_titles(text, found, on))
        honored = self._honored_leaders(text, found, on)
        if honored:  # the leader, not the unlisted 'Mr. Kim' the honorific found
            found = [a for a in found if not (a.kind == "person" and a.id is None
                                              and any(h.start == a.start and h.end == a.end for h in honored))]
            found.extend(honored)
        found.sort(key=lambda a: a.start)
        return found

    def open_world(self, text: str, entities: Sequence[NamedEntity], found: Sequence[Actor],
                   places: Sequence[Place] = (), dateline: Place | None = None,
                   outlet: str | None = None) -> list[Actor]:
        """``found`` (the tables' mentions) with the people, organizations and groups the
        tables do not know, from the NER's ``entities``, each with the cue for its country
        (see open_world/); ``outlet`` is the publisher's name as the document gives it."""
        return open_world.find(self, text, entities, found, places, dateline, outlet)

    def _tokens(self, text: str) -> list[tuple[str, int, int]]:
        """The words of ``text`` as names are looked up: a compound of names that is no name
        itself splits ('Israeli-Palestinian', 'Gaza-Israel', 'anti-French'), and a country
        word in capitals reads as printed in a sentence ('PAKISTANI troops')."""
        tokens = []
        for m in TOKEN.finditer(text):
            word = m.group(0)
            if "-" in word and word not in self.name_words and not HYPHENATED_AMERICAN.fullmatch(word):
                parts = [(p.group(0), m.start() + p.start(), m.start() + p.end()) for p in re.finditer(r"[^-]+", word)]
                if any(_key([w]) in self.names for w, _, _ in parts):
                    tokens.extend(t for t in parts if t[0][:1].isupper())
                    continue
            if word.isupper() and len(word) > 3 and _key([word]) not in self.names:
                entity = self.names.get(_key([word.title()]))
                if entity is not None and entity.kind in ("country", "adjective"):
                    word = word.title()
            tokens.append((word, m.start(), m.end()))
        return tokens

    @cached_property
    def _longest_name(self) -> dict[str, int]:
        """The most words of a name that starts with a word, by first word: the scan of a text
        looks up no longer run of words, and none from a word no name starts with."""
        longest: dict[str, int] = {}
        for key in self.names:
            if key and len(key) > longest.get(key[0], 0):
                longest[key[0]] = len(key)
        return longest

    def _names(self, text: str) -> list[Actor]:
        tokens = self._tokens(text)
        found: list[Actor] = []
        seen_people: set[str] = set()
        headline_end = max(text.find("\n\n"), 0)
        # a title-cased headline capitalises every word: 'Man Sought $50M From McGreevey'
        title_cased_end = _title_cased_headline(text)
        deferred: list[tuple[Actor, Entity]] = []  # mentions that count if the rest of the text allows
        keys = [t[0].rstrip(".") for t in tokens]  # each word as the names are keyed (_key)
        longest = self._longest_name
        # names must be contiguous: 'Trump Tower' yes, 'Trump. Tower' no; joined[i] counts the
        # words after token i that join it so
        joined = [0] * len(tokens)
        for k in range(len(tokens) - 2, -1, -1):
            if text[tokens[k][2]:tokens[k + 1][1]] in (" ", "-", ". ", "'", "’"):  # "People's Liberation Army"
                joined[k] = joined[k + 1] + 1
        i = 0
        while i < len(tokens):
            hit = None
            # only as many words as the longest name that starts with this one
            for n in range(min(MAX_NAME_WORDS, longest.get(keys[i], 0), len(tokens) - i), 0, -1):
                if n - 1 > joined[i]:
                    continue
                entity = self.names.get(tuple(keys[i:i + n]))
                if entity is not None:
                    hit = (entity, n)
                    break
            if hit is None:
                hit = self._with_initial(tokens, keys, joined, i, text)  # 'Mark T. Esper' is Mark Esper
            if hit is None and HYPHENATED_AMERICAN.fullmatch(tokens[i][0]):
                hit = (self.names[("American",)], 1)  # 'a Chinese-American arrested for spying'
            if hit is None:
                i += 1
                continue
            entity, n = hit
            start, end = tokens[i][1], tokens[i + n - 1][2]
            if "." in tokens[i + n - 1][0] and text[end:end + 1] == ".":
                end += 1  # 'U.S.', 'U.N.': the abbreviation's last period is its own
            following = tokens[i + n][0].lower() if i + n < len(tokens) and text[end:end + 1] == " " else ""
            if (entity.kind == "person" or entity.sector == "PTY") and following in LEADER_GOVERNMENT \
                    and entity.country in self.country_names:
                # 'the Bush administration', 'the Labour government': the government, not the leader or
                # party ('the Annan administration' of the UN is no country's government)
                end = tokens[i + n][2]
                government = self._actor(replace(entity, id=entity.country, name=self.country_names[entity.country],
                                                 kind="country", sector="GOV", code=entity.country),
                                         text[start:end], start, end)
                if entity.gated and entity.kind == "organization":
                    deferred.append((government, entity))
                else:
                    found.append(government)
                i += n + 1
                continue
            if entity.kind == "person" and n == 1 and start >= title_cased_end \
                    and self._other_first_name(entity, tokens, i, start, text):
                i += n  # 'his wife Cherie Blair' is not Tony Blair
                continue
            if entity.kind == "outlet" or not self._accept(entity, tokens, i, n, start, text, seen_people):
                if entity.gated and entity.kind == "person" and start < headline_end:
                    deferred.append((self._actor(entity, text[start:end], start, end), entity))
                i += n
                continue
            if entity.gated and entity.kind == "organization":
                deferred.append((self._actor(entity, text[start:end], start, end), entity))
                i += n
                continue
            if entity.kind == "person":
                seen_people.add(entity.id)
            found.append(self._actor(entity, text[start:end], start, end))
            i += n
        # a surname alone in the headline ('Short attacks US over tsunami aid') is the person
        # the story names in full; a party's shared name ('Labour') needs its country named
        countries = {a.country for a in found}
        found.extend(a for a, e in deferred if (e.id in seen_people if e.kind == "person" else e.country in countries))
        return sorted(found, key=lambda a: a.start)

    def _with_initial(self, tokens: list[tuple[str, int, int]], keys: list[str], joined: list[int], i: int,
                      text: str) -> tuple[Entity, int] | None:
        """A person of the tables named with a middle initial the tables do not print ('Defense
        Secretary Mark T. Esper', 'James N. Mattis'): the entity and the words it takes."""
        if i + 2 >= len(tokens) or not MIDDLE_INITIAL.fullmatch(text, tokens[i + 1][1], tokens[i + 1][2] + 1):
            return None
        for n in range(min(MAX_NAME_WORDS, self._longest_name.get(keys[i], 0), len(tokens) - i - 1), 1, -1):
            if n > joined[i]:
                continue
            entity = self.names.get((keys[i], *keys[i + 2:i + 1 + n]))
            if entity is not None and entity.kind == "person" and not entity.gated:
                return entity, n + 1
        return None

    def _unlisted(self, text: str, found: list[Actor]) -> list[Actor]:
        """People the tables do not know, named with a title: 'Chief Minister Peter Caruana',
        'Britain's Europe Director Dominick Chilcott' (the country before the title is
        theirs), 'Ms Short' (the person named before with that surname, else a person of
        that name). An office needs a first name and a surname, and a title-cased headline
        gives none ('Georgian President Calls for ...')."""
        taken = [(a.start, a.end) for a in found]
        headline_end = text.find("\n\n")
        title_cased = _title_cased_headline(text) > 0
        subheads = title_cased_lines(text)
        people: list[Actor] = []
        for m in self.unlisted.finditer(text):
            parts = list(WORD_RUN.finditer(text, m.start("name"), m.end("name")))
            while parts and parts[0].group().lower() in self.person_titles:  # 'Chief Minister Peter Caruana'
                parts.pop(0)
            while parts and (parts[-1].group() in NOT_NAMES or _key([parts[-1].group()]) in self.names):
                parts.pop()
            words = [p.group() for p in parts]
            if not words or words[0] in NOT_NAMES or _key(words[:1]) in self.names or MIDDLE_INITIAL.fullmatch(words[-1]):
                # (a name cut at its middle initial goes on into a name the tables know: 'Joseph R. Biden')
                continue
            start, end = parts[0].start(), parts[-1].end()
            if any(s < end and start < e for s, e in taken):
                continue
            office = m.group("office")
            if office is not None and (len(words) < 2 or (title_cased and start < headline_end)
                                       or any(s <= start < e for s, e in subheads)):
                continue  # (a live blog's title-cased update line: 'Israeli Official Says Most Of Those ...:')
            title = self.person_titles[m.group("hon") or " ".join(office.lower().split())]
            earlier = next((p for p in people if p.name and p.name.split()[-1] == words[-1]), None)
            if earlier is not None:
                person = replace(earlier, text=text[start:end], start=start, end=end)
            else:
                country = self._country_before(text, found, m.start())
                sector = self.sectors.get(" ".join(office.lower().split())) if office else None
                person = Actor(text=text[start:end], start=start, end=end, name=" ".join(words), country=country,
                               sector=sector, code=cameo_code(country, sector), kind="person",
                               gender=title["gender"] or None, cue="title" if country else None)
            people.append(person)
            taken.append((start, end))
        # 'Fatah hopes Barghouti would ...': a surname in the headline of a person the story names in full
        for person in [p for p in people if p.start > headline_end > 0 and " " in (p.name or "")]:
            surname = (person.name or "").split()[-1]
            for m in re.finditer(rf"\b{re.escape(surname)}\b", text[:headline_end]):
                if not any(s < m.end() and m.start() < e for s, e in taken):
                    people.append(replace(person, text=surname, start=m.start(), end=m.end()))
                    taken.append((m.start(), m.end()))
        return people

    def _country_before(self, text: str, found: list[Actor], at: int) -> str | None:
        """The country of a title: a country word in the same phrase right before it
        ("Britain's Europe Director", 'his Spanish counterpart')."""
        for a in reversed(found):
            if a.end > at:
                continue
            between = text[a.end:at]
            if a.kind in ("country", "adjective", "region") and len(between) <= 30 and re.fullmatch(r"(?:['’]s)?[\w\s-]*", between):
                if re.search(r"\b(?:pro|anti)-$", text[max(0, a.start - 6):a.start], re.I):
                    continue  # "Ukraine's pro-Russian former president": a stance, the country is the one before
                where = re.search(r"(\w+)\s+(?:in|at|to|on|into)\s+(?:the\s+)?$", text[max(0, a.start - 30):a.start])
                if a.kind != "adjective" and where is not None and (
                        where.group(1).lower() in self.person_titles or where.group(1).lower() in self.sectors):
                    return None  # 'the U.S. commander in Afghanistan Gen. X': where he serves, not whose
                return a.country
            break
        return None

    def _accept(self, entity: Entity, tokens: list[tuple[str, int, int]], i: int, n: int, start: int, text: str,
                seen_people: set[str]) -> bool:
        head = start + 4 if text.startswith("the ", start) else start  # 'the White House', 'the Dalai Lama'
        if not text[head:head + 1].isupper() and entity.kind not in ("organization",):
            return False  # 'may', 'chad' in lower case are words, not names
        if entity.gated and entity.kind == "person":
            previous = tokens[i - 1][0] if i else ""
            if entity.id in seen_people:
                return True
            # 'Mr. Sharif' after 'Wanis al-Sharif, Libya's deputy interior minister' is not Nawaz Sharif
            return (previous in self.titles or previous.rstrip(".") in self.titles) \
                and not self._other_full_name(entity, text, tokens[i][0])
        if entity.sector == "PTY" and ((i and tokens[i - 1][0] == "of") or (
                i > 2 and tokens[i - 1][0] == "and" and _of_a_name(tokens[:i - 1]))
                or (i + 1 < len(tokens) and tokens[i + 1][0] in PARTY_NOT_AFTER)):
            # 'Ministry of Labour', 'Ministry of Health and Labour', 'Labour Day': not the party
            # ('Democrats and Republicans' are two)
            return False
        if entity.gated and entity.kind == "organization" and i and text[tokens[i - 1][2]:start] == " " \
                and tokens[i - 1][0][:1].isupper():
            named = self.names.get(_key([tokens[i - 1][0]]))
            if named is None or named.country != entity.country:
                return False  # 'Sweden Democrats', 'Free Democrats': another country's party
        if entity.kind == "person" and i + n < len(tokens) and text[tokens[i + n - 1][2]:tokens[i + n][1]] == " " \
                and tokens[i + n][0] in self.place_heads:
            return False  # "Baghdad's Sadr City district", 'Kennedy Airport': a place named for the person
        if entity.after_the and (i == 0 or tokens[i - 1][0].lower() != "the"):
            return False
        end = tokens[i + n - 1][2]
        if entity.kind in ("capital", "region"):
            # "San Juan's international airport", 'the Paris embassy': places ('a Moscow-based analyst'
            # is still told where he works)
            place = self.place_after.match(text, end)
            if place and (place.group("both") or (place.group("mod") and not place.group("pos"))):
                return False
        if entity.kind in ("capital", "region") and not POSSESSIVE.match(text, end):  # "Washington's envoy" acts
            before = text[max(0, start - 2):start]
            if entity.kind == "capital" and i >= 1 and before == ", " and tokens[i - 1][0][:1].isupper():
                return False  # 'Seattle, Washington': the state, a place
            if LOCATIVE.search(text, max(0, start - 120), start):
                return False  # 'in a Baghdad suburb', 'in the West Bank', "Burundi's capital, Bujumbura": places
        if entity.kind in ("adjective", "country") and BORN_BEFORE_COUNTRY.match(text, end):
            return False  # 'the Somali-born U.S. congresswoman': where she was born, not whom she serves
        if entity.kind == "adjective" and LANGUAGE_BEFORE.search(text, max(0, start - 12), start) \
                and LANGUAGE_AFTER.match(text, end):
            return False  # 'he said "help me" in Polish': a language
        return True

    def _other_full_name(self, entity: Entity, text: str, surname: str) -> bool:
        """Whether the text names in full another person of a table person's surname ('Wanis
        al-Sharif' for Sharif), whom the surname alone then stands for."""
        own = set(re.split(r"[\s-]+", entity.name))
        for m in OTHER_FULL_NAME.finditer(text):
            if m.group("surname") == surname and m.group("first") not in own and m.group("first") not in NOT_NAMES \
                    and m.group("first").rstrip(".") not in self.titles and m.group("first").lower() not in self.person_titles \
                    and _key([m.group("first")]) not in self.names:
                return True
        return False

    def _other_first_name(self, entity: Entity, tokens: list[tuple[str, int, int]], i: int, start: int,
                          text: str) -> bool:
        """Whether a surname alone ('Blair') follows a first name that is not the person's."""
        if i == 0 or text[tokens[i - 1][2]:start] != " ":
            return False
        previous = tokens[i - 1][0]
        before = text[:tokens[i - 1][1]].rstrip(" \"“‘'")
        if not before or before[-1] in ".!?:\n”’":
            return False  # a sentence's first word: 'Although Trump often receives criticism'
        if not previous[:1].isupper() or previous in NOT_NAMES or previous.rstrip(".") in self.titles \
                or previous in self.titles or previous.lower() in self.person_titles or (previous,) in self.names:
            return False
        first = previous.title()  # 'YASSER Arafat'
        return first not in entity.name.split() and _key([first]) not in self.name_words

    def _actor(self, entity: Entity, text: str, start: int, end: int) -> Actor:
        code = entity.code if entity.kind == "organization" else cameo_code(entity.code, entity.sector)
        return Actor(text=text, start=start, end=end, name=entity.name, id=entity.id, country=entity.country,
                     sector=entity.sector, code=code, kind=entity.kind,
                     gender=entity.gender, cue="table")

    # --- roles and states on a date ------------------------------------------------------

    def role_at(self, person: str, on: date) -> Role | None:
        """The role ``person`` held on ``on``; after their last one, that role as 'former'."""
        roles = self.roles.get(person, [])
        held = [r for r in roles if r.held_on(on)]
        if held:
            return held[-1]
        past = [r for r in roles if r.end is not None and r.end < on]
        if past:
            last = max(past, key=lambda r: r.end or r.start)
            return replace(last, title=f"former {last.title}", sector="ELI")
        return None

    def at_date(self, actor: Actor, on: date | str | None) -> Actor:
        """``actor`` as it was on ``on``: a person with the role they held (Trump on
        2016-11-14 is President-elect, May in 2020 a former Prime Minister), a country that was
        part of a state since gone as that state (a Russian diplomat in 1986 is Soviet)."""
        when = day(on) if isinstance(on, str) else on
        if when is None:
            return actor
        if actor.kind == "person" and actor.id in self.roles:
            role = self.role_at(actor.id, when)
            if role is not None:
                # the role's country: Donald Tusk in 2016 spoke for the EU, not Poland
                actor = replace(actor, role=role.title, sector=role.sector, country=role.country,
                                code=cameo_code(role.country, role.sector))
        for code, until, successors in self.history:
            if actor.country in successors and until is not None and when <= until:
                actor = replace(actor, country=code, code=cameo_code(code, actor.sector),
                                name=self.country_names[code] if actor.kind != "person" else actor.name,
                                id=code if actor.kind != "person" else actor.id)
        return actor

    def _titles(self, text: str, found: list[Actor], on: date | None) -> list[Actor]:
        """'the Prime Minister', 'the Russian leader', 'the Defence Secretary': the holder of
        the role on ``on``, among the people named before or of the countries named before.
        With no date, only a person named before who held the role at some time."""
        mentions = []
        for m in TITLE_PHRASE.finditer(text):
            adjective = m.group("adj")
            titles, country = self._title_of(m.group("title"), adjective)
            if not titles & self.titles_held or NOT_THE_HOLDER.match(text, m.end()):
                continue
            if adjective and country is None:
                continue  # 'the Democratic leader': not a country's
            before = [a for a in found if a.end <= m.start()]
            if on is None:
                # the story's protagonist among those who held the title: most named, then first named
                held = [a.id for a in before if a.kind == "person" and self._held(a.id, titles, country, None)]
                person = self.people[max(held, key=lambda p: (held.count(p), -held.index(p)))] if held else None
            else:
                person = self._holder(titles, country, on, before)
            if person is None or any(a.id == person.id and 0 <= a.start - m.end() <= 2 for a in found):
                continue  # none, or 'The German Foreign Minister, Frank-Walter Steinmeier': the name is the mention
            start = m.start("title") if not adjective else m.start("adj")
            mentions.append(self.at_date(self._actor(person, text[start:m.end()], start, m.end()), on))
        return mentions

    def _honored_leaders(self, text: str, found: list[Actor], on: date | None) -> list[Actor]:
        """'Mr. Kim' in a story of March 2018 that names no other Kim: the one head of state or
        government of that name on the story's date (Kim Jong-un), as papers that print
        honorifics name foreign leaders after the first mention."""
        if on is None:
            return []
        mentions = []
        for m in HONORED_SURNAME.finditer(text):
            word, start, end = m.group("name"), m.start("name"), m.end("name")
            if any(a.start < end and start < a.end and not (a.kind == "person" and a.id is None
                                                             and (a.start, a.end) == (start, end)) for a in found):
                continue
            holders = {pid for pid, role in self._leaders_by_word.get(word, ()) if role.held_on(on)}
            if len(holders) != 1:
                continue
            person = self.people[next(iter(holders))]
            others = {" ".join(n.split()) for n in OTHER_NAMED.findall(text.replace("-", " "))
                      if word in n.split()} - {" ".join(person.name.replace("-", " ").split())}
            if others:
                continue  # 'Mr. Johnson' where the story names a Ron Johnson: not the prime minister
            mentions.append(self.at_date(self._actor(person, word, start, end), on))
        return mentions

    @cached_property
    def _leaders_by_word(self) -> dict[str, list[tuple[str, Role]]]:
        """The heads of state and government by each word of their names."""
        by_word: dict[str, list[tuple[str, Role]]] = {}
        for pid, roles in self.roles.items():
            for role in roles:
                if role.title.lower() in LEADER_TITLES | {"king", "queen", "emir", "premier"}:
                    for w in set(re.split(r"[\s-]+", self.people[pid].name)):
                        by_word.setdefault(w, []).append((pid, role))
        return by_word

    def _title_of(self, title: str, adjective: str | None) -> tuple[set[str], str | None]:
        """The role titles a printed title can name ('leader': any head's; 'PM': prime minister)
        and the country its adjective gives ('Russian'), if any."""
        title = " ".join(title.lower().split())
        title = ABBREVIATED_TITLES.get(title, title)
        country = self.adjectives.get(_key(TOKEN.findall(adjective))) if adjective else None
        return (LEADER_TITLES if title == "leader" else {title}), country

    @cached_property
    def _roles_by_title(self) -> dict[str, list[tuple[int, str, Role]]]:
        """Every role by its title, lowercased, with its place in the tables' order."""
        by_title: dict[str, list[tuple[int, str, Role]]] = {}
        for k, (pid, r) in enumerate((pid, r) for pid, roles in self.roles.items() for r in roles):
            by_title.setdefault(r.title.lower(), []).append((k, pid, r))
        return by_title

    def _holder(self, titles: set[str], country: str | None, on: date, before: list[Actor]) -> Entity | None:
        held = sorted((h for t in titles for h in self._roles_by_title.get(t, ())), key=lambda h: h[0])  # tables' order
        holders = [(pid, r) for _, pid, r in held if r.held_on(on) and (country is None or r.country == country)]
        named = {a.id for a in before if a.kind == "person"}
        countries = [a.country for a in before if a.country]
        pick = next((h for h in holders if h[0] in named), None)
        if pick is None and holders:
            pick = max(holders, key=lambda h: countries.count(h[1].country))
            if country is None and pick[1].country not in countries:
                pick = None  # nobody of a country the text is about
        return self.people[pick[0]] if pick is not None else None

    def _held(self, person: str | None, titles: set[str], country: str | None, on: date | None) -> bool:
        """Whether ``person`` held one of ``titles`` (of ``country``) on ``on``, or ever."""
        return any(r.title.lower() in titles and (country is None or r.country == country)
                   and (on is None or r.held_on(on)) for r in self.roles.get(person or "", []))

    def _headline_titles(self, text: str, found: list[Actor], on: date | None) -> list[Actor]:
        """A title alone in the headline ('Frail Pope Celebrates Mass', 'Georgian president
        calls for ...') is the person the story names first with that role."""
        end = text.find("\n\n")
        if end <= 0:
            return []
        body = [a for a in found if a.start > end and a.kind == "person"]
        mentions = []
        for m in self.headline_title.finditer(text, 0, end):
            titles, country = self._title_of(m.group("title"), m.group("adj"))
            if any(a.kind == "person" and m.start("title") <= a.start <= m.end() + 1 for a in found) \
                    or NOT_THE_HOLDER.match(text, m.end()) or text[max(0, m.start() - 3):m.start()] == "as ":
                continue  # 'President Bush' (a title of the name after), 'keeps Chavez as president'
            person = next((a for a in body if self._held(a.id, titles, country, on)), None)
            if person is None:
                continue
            start = m.start("adj") if country else m.start("title")
            mentions.append(replace(person, text=text[start:m.end()], start=start, end=m.end()))
        return mentions

    # --- resolving a noun phrase ------------------------------------------------------

    def sector_of(self, words: list[Word]) -> str | None:
        """The sector a phrase's head (with its compound: 'prime minister') names."""
        heads = [w for w in words if w.role == "head"]
        if not heads:
            return None
        head = heads[0]
        before = [w for w in words if w.role == "modifier" and w.end <= head.start]
        if before:
            two = f"{before[-1].lower} {head.lower}"
            if two in self.sectors:
                return self.sectors[two]
        sector = self.sectors.get(head.lower) or self.sectors.get(head.lower.rstrip("s"))
        if sector is None and head.text[:1].isupper():
            # a name with its title: 'Iranian President Hassan Rouhani', 'Foreign Minister X'
            for i in range(len(before) - 1, -1, -1):
                two = f"{before[i - 1].lower} {before[i].lower}" if i else None
                sector = (self.sectors.get(two) if two else None) or self.sectors.get(before[i].lower)
                if sector:
                    break
        return sector

    def resolve(self, words: list[Word], mentions: list[Actor]) -> Actor | None:
        """An actor for a noun phrase, or None when it names no country or entity.

        Precedence: the entity the head itself names ('Mr Trump', 'the Kremlin'); a person in
        the phrase ('Boris Johnson, the Foreign Secretary'); the head's sector with a country,
        organization or person among the modifiers ('Russian diplomats', "Assad's regime").
        """
        if not words:
            return None
        head = next((w for w in words if w.role == "head"), words[0])
        # 'rebels in Syria': the place gives the country, the mention is the phrase before it
        own = [w for w in words if w.role != "location"] or words
        span_start = min(w.start for w in own)
        span_end = max(w.end for w in own)
        text = " ".join(w.text for w in own)
        reach = max(w.end for w in words)
        # (not one the phrase's words leave out: 'an Iranian-backed militia', its backer)
        inside = [m for m in mentions if m.start < reach and m.end > span_start
                  and any(w.start < m.end and m.start < w.end for w in words)]
        sector = self.sector_of(words)
        # the phrase's own mention first: 'Iraqi forces', not 'US and Iraqi forces' around it
        on_head = sorted((m for m in inside if m.start <= head.start < m.end and m.kind != "adjective"),
                         key=lambda m: m.start < span_start)
        people = [m for m in inside if m.kind == "person"]
        if on_head:
            chosen = on_head[0]
            if chosen.kind in ("country", "organization") and people:
                chosen = people[0]  # 'President Assad' inside 'Syria's President Assad'
            # the name's own words give no sector: 'the United States' is not a 'state' sector
            outside = [w for w in words if not (chosen.start <= w.start < chosen.end)]
            own = self.sector_of(outside) if any(w.role == "head" for w in outside) else None
            return self._with_sector(chosen, chosen.sector if chosen.kind != "country" else own)
        if people and head.role != "of":
            return self._with_sector(people[0], sector or people[0].sector)
        # 'anti-French demonstrators' are not French, nor 'pro-Russian separatists' Russian
        stance = {w.end + 1 for w in words if w.lower in ("anti", "pro")}
        carriers = [m for m in inside if m.kind in CARRIER_KINDS and m.start not in stance]
        if carriers and sector:
            return self._with_sector(carriers[0], sector, text=text, start=span_start, end=span_end)
        if carriers:
            # 'the British proposal', 'a US convoy', 'Palestinians': the country alone
            return self._with_sector(carriers[0], carriers[0].sector if carriers[0].kind != "adjective" else None,
                                     text=text, start=span_start, end=span_end)
        definite = any(w.lower in ("the", "this") for w in words)
        if head.lower in DEFINITE_ORGANIZATION and definite:
            body = next((m for m in reversed(mentions) if m.end <= span_start and m.kind == "organization"
                         and m.sector == "IGO"), None)
            if body is not None:
                return self._with_sector(body, body.sector, text=text, start=span_start, end=span_end)
        if head.lower in DEFINITE_GOVERNMENT and definite and any(w.lower in FORMER for w in words):
            # 'the former president' is no government: the last person named before who held that title
            held = next((m for m in reversed(mentions) if m.end <= span_start and m.kind == "person" and m.role
                         and m.role.lower().startswith("former") and m.role.lower().endswith(head.lower)), None)
            return self._with_sector(held, held.sector, text=text, start=span_start, end=span_end) if held else None
        if head.lower in DEFINITE_GOVERNMENT and definite:
            # 'this administration', 'the president': the government the document is about so far,
            # the country of most of the leaders named before; none named, none guessed
            leader = coref.leading_person(mentions, span_start)
            if leader is not None:
                return self._with_sector(leader, "GOV", text=text, start=span_start, end=span_end, as_country=True)
        return None

    def pronoun(self, text: str, mentions: list[Actor], pronoun: str, start: int,
                speaker: Actor | None = None) -> Actor | None:
        """The actor a pronoun at ``start`` stands for: 'he' and 'she' a person told before,
        'we' in a quotation the speaker's country; as a mention of its own, at the pronoun."""
        word = pronoun.lower()
        if word in coref.PERSONAL_PRONOUNS:
            before = [m for m in mentions if m.end <= start]
            found = coref.antecedent(text, before, coref.PERSONAL_PRONOUNS[word])
            if found is None:
                return None
            return replace(found, text=pronoun, start=start, end=start + len(pronoun))
        if word in coref.FIRST_PLURAL and speaker is not None and speaker.country:
            return self.relabel(speaker, pronoun, start, None)
        return None

    def group(self, mentions: list[Actor], phrase: str, start: int, n: int) -> list[Actor]:
        """'the two countries': the last ``n`` different countries named before ``start``."""
        found: list[Actor] = []
        for m in reversed(mentions):
            if m.end <= start and m.kind in ("country", "adjective") and m.country and \
                    m.country not in {a.country for a in found}:
                found.append(self.relabel(m, phrase, start, None))
                if len(found) == n:
                    return found[::-1]
        return []

    def relabel(self, actor: Actor, text: str, start: int, sector: str | None) -> Actor:
        """The same side as ``actor`` for a new mention: '55 officials' of the country expelled before."""
        return self.of_country(actor.country, text, start, sector, actor.name)

    def of_country(self, country: str | None, text: str, start: int, sector: str | None,
                   name: str | None = None) -> Actor:
        """A mention that stands for ``country`` (or one of its sectors) without naming it."""
        return Actor(text=text, start=start, end=start + len(text), name=self.country_names.get(country or "", name),
                     id=country, country=country, sector=sector, code=cameo_code(country, sector), kind="country")

    def _with_sector(self, m: Actor, sector: str | None, text: str | None = None, start: int | None = None,
                     end: int | None = None, as_country: bool = False) -> Actor:
        if as_country and m.country:
            return self.relabel(m, text or m.text, m.start if start is None else start, sector)
        kind = "country" if m.kind in ("adjective", "capital", "region", open_world.GROUP_KIND) else m.kind
        name = m.name
        if m.kind in ("adjective", "capital", "region", "institution") and m.country:
            name = self.country_names.get(m.country, m.name)
        start = m.start if start is None else start
        end = m.end if end is None else end
        if m.kind == "organization":
            # an organization's own code already says what it is: 'Taliban' is AFGINS, 'NATO' NAT
            code = m.code if sector in (None, m.sector) else cameo_code(m.code, sector)
            return Actor(text=text or m.text, start=start, end=end, name=name, id=m.id, country=m.country,
                         sector=sector or m.sector, code=code, kind=kind)
        return Actor(text=text or m.text, start=start, end=end, name=name,
                     id=m.id if m.kind == "person" else m.country, country=m.country, sector=sector,
                     code=cameo_code(m.country, sector), kind=kind, role=m.role if m.kind == "person" else None,
                     gender=m.gender)


def _of_a_name(tokens: list[tuple[str, int, int]]) -> bool:
    """Whether the words before an 'and' end a capitalized 'X of Y' name ('Ministry of Health')."""
    words = [t[0] for t in tokens[-4:]]
    if "of" not in words[:-1]:
        return False
    at = len(words) - 1 - words[::-1].index("of")
    return at > 0 and all(w[:1].isupper() for w in words[at - 1:at] + words[at + 1:])
