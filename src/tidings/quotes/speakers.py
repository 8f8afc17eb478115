"""Who a speaker phrase names: 'said Edward Alden, a senior fellow at ...', 'a spokesman',
'according to the report', 'she'.

The actor tables' mentions (``doc.actors``) come first, then the named entities of the
statistical NER (``doc.entities``), then a role noun ('officials', 'the senior fellow'); a
speaker no table knows becomes an actor built from what the text says (``open_actor``). A
pronoun is the nearest person told before whose gender does not clash: gender from the
tables, an honorific ('Mr. Clarke') or a pronoun already given to them; 'they' and 'it' the
nearest body or group of people. The speaker returned is always the mention where the
attribution names it, resolved to the actor it stands for, so a user sees both."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from ..records import Actor, Document
from .cues import Cues

SPEAKER_LABELS = {"PERSON": "person", "ORG": "organization", "NORP": "group", "GPE": "country"}
DETERMINER = re.compile(r"^(?:the|a|an|another|one|two|three|several|some|many|other|senior|top|\d+)\s+", re.I)
TITLE = re.compile(r"^(?:(?:Mr|Mrs|Ms|Miss|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Prof|Rev|Sir|Dame|Lord|Lady)\W?\s+"
                   r"|(?:President|Vice President|Senator|Governor|Secretary|Judge|Justice|Mayor|Chairman|"
                   r"Speaker|Leader|Minister|Prime Minister|Ambassador|General|Attorney General|Director|"
                   r"Chief|Spokesman|Spokeswoman|Professor|Candidate|Nominee|Former|Republican|Democratic|"
                   r"Democrat|Libertarian)\s+)+")
POSSESSIVE = re.compile(r"[’']s?$")
# words that make a phrase a clause, not a noun phrase: 'would cost far less than its critics'
CLAUSE_WORDS = frozenset("is are was were be been being has have had will would can could should may might must do does "
                         "did not than that which who whom whose to if when while because as so and but or".split())
# a common noun phrase that can be a cue's subject: 'the bank', 'independent analyses', '73 percent'
NOUN_PHRASE = re.compile(r"^(?:(?:the|a|an|this|these|those|its|his|her|their|our|some|many|most|several|few|both|"
                         r"other|another|each|every|all|no|\d[\d,.]*(?:\s+percent)?(?:\s+of)?|[A-Z][\w.-]*[’']s)\s+)?"
                         r"(?:[\w’'.-]+\s+){0,4}[a-z][a-z-]+$")
PLURAL_ROLE = re.compile(r"s\b", re.I)
PLACES = ("country", "adjective", "sector-only")  # actor kinds that name a country, not a body or a person


def is_body(a: Actor) -> bool:
    return a.kind != "person" and a.kind not in PLACES


def open_actor(doc: Document, text: str, start: int, end: int, kind: str) -> Actor:
    """An actor no table knows, from what the text says: its name as printed (titles and
    determiners dropped), its kind from the NER's label, and the country of a country word
    inside its phrase ('Kenyan police', 'a U.S. official')."""
    name = POSSESSIVE.sub("", TITLE.sub("", DETERMINER.sub("", text.strip()))).strip() or text.strip()
    country = next((a.country for a in doc.actors if start <= a.start and a.end <= end and a.country), None)
    return Actor(text=text, start=start, end=end, name=name, country=country, code=country,
                 kind=kind if kind != "country" else "group")


class Speakers:
    """The speakers of one document: mentions and entities in text order, and the genders
    learnt so far, so that a 'she' resolves to the nearest woman told before."""

    def __init__(self, doc: Document, c: Cues) -> None:
        self.doc, self.c = doc, c
        self.mentions = sorted(doc.actors, key=lambda a: a.start)
        self.starts = [m.start for m in self.mentions]
        self.entities = sorted((e for e in doc.entities if e.label in SPEAKER_LABELS), key=lambda e: e.start)
        self.entity_starts = [e.start for e in self.entities]
        self.gender: dict[str, str] = {}  # a name's last word -> gender, from honorifics ('Mr. Clarke')
        self.told_gender: dict[str, str] = {}  # a full name -> gender, from the pronouns given to it
        for m in re.finditer(rf"\b({'|'.join(c.honorifics)})\.?\s+((?:[A-Z][\w'’-]+\s)*[A-Z][\w'’-]+)", doc.text):
            self.gender.setdefault(m.group(2).split()[-1], c.honorifics[m.group(1)])
        self.told: list[Actor] = []  # speakers resolved so far, as antecedents

    # -- the phrase -------------------------------------------------------------------------

    def resolve(self, start: int, end: int, *, first: bool = False) -> Actor | None:
        """The speaker a phrase [start, end) names, or None when it names nobody. ``first``
        takes the phrase's first name (a sentence's subject), else its last (the one nearest
        the cue)."""
        text = self.doc.text
        while start < end and not text[start].isalnum():
            start += 1
        while end > start and not (text[end - 1].isalnum() or text[end - 1] == "."):
            end -= 1
        if end <= start:
            return None
        phrase = text[start:end]
        words = phrase.split()
        head = words[0].lower() if first else words[-1].lower()
        if len(words) <= 2 and (head in self.c.pronouns or head in self.c.plural_pronouns):
            return self._pronoun(head, start, end)
        if not first and head in self.c.pronouns and len(words) <= 5:  # 'While defending globalisation she'
            return self._pronoun(head, end - len(words[-1]), end)
        if first and words[0].lower() in self.c.pronouns:
            return self._pronoun(words[0].lower(), start, start + len(words[0]))
        found = self._named(start, end, first, places=False)
        if found is not None:
            return self._told(found)
        role = self.c.roles.search(phrase)
        if role and len(words) <= 12:
            return self._told(self._role(phrase, start, end, role))
        found = self._named(start, end, first, places=True)
        if found is not None:
            return self._told(found)
        if len(words) <= 4 and not phrase.isupper() and words[0].lower() not in self.c.not_speakers \
                and all(w[:1].isupper() for w in words if w.lower() not in {"of", "the", "and", "for"}):
            kind = "person" if len(words) <= 3 else "organization"
            return self._told(open_actor(self.doc, phrase, start, end, kind))
        if len(words) <= 6 and NOUN_PHRASE.match(phrase) and words[-1].lower() not in self.c.not_speakers \
                and not any(w.lower() in CLAUSE_WORDS for w in words) \
                and (len(words) > 1 or words[0].endswith("s")):
            # any noun phrase a cue verb takes as its subject speaks: 'The bank said', 'independent analyses agree'
            kind = "group" if words[-1].endswith("s") else "organization"
            return self._told(open_actor(self.doc, phrase, start, end, kind))
        return None

    def by_surname(self, start: int, end: int) -> Actor | None:
        """A name printed in capitals ('PENCE', 'WALLACE'): the person of that surname told
        before, else a person built from the name."""
        word = self.doc.text[start:end].split()[-1].title()
        people = [p for p in self._people_before(start) if self._last_word(p) == word]
        if people:
            return self._told(replace(people[-1], text=self.doc.text[start:end], start=start, end=end))
        text = self.doc.text[start:end]
        return self._told(replace(open_actor(self.doc, text.title(), start, end, "person"), text=text))

    def named_speaker(self, start: int, end: int) -> Actor | None:
        """Who a phrase names from the tables, the NER or a role noun ('Poll'), or None: no
        actor is built from capitals alone."""
        found = self._named(start, end, first=False, places=False)
        if found is None:
            role = self.c.roles.search(self.doc.text, start, end)
            if role is None or role.start() != start and role.end() != end:
                return None
            return self._told(self._role(self.doc.text[start:end], start, end, role))
        return self._told(found)

    def named_person(self, start: int, end: int) -> Actor | None:
        """The person a phrase names, from the tables or the NER only (no role, no pronoun)."""
        found = self._named(start, end, first=False, places=False)
        return self._told(found) if found is not None and found.kind == "person" else None

    def _named(self, start: int, end: int, first: bool, places: bool) -> Actor | None:
        """A table mention or a named entity inside the phrase: a person before a body, a body
        before a country ('a Foreign Office source', 'one U.S. official')."""
        inside = self.mentions[bisect_left(self.starts, start):bisect_left(self.starts, end)]
        inside = [a for a in inside if a.end <= end]
        ents = self.entities[bisect_left(self.entity_starts, start):bisect_left(self.entity_starts, end)]
        text = self.doc.text
        ents = [e for e in ents if e.end <= end and not POSSESSIVE.search(e.text)
                and text[e.end:e.end + 2] not in ("'s", "’s")]  # 'Trump's campaign' is the campaign
        pick = (lambda xs: xs[0]) if first else (lambda xs: xs[-1])
        classes = [("place", ("NORP", "GPE"))] if places else [("person", ("PERSON",)), ("body", ("ORG",))]
        for kinds, labels in classes:
            table = [a for a in inside if (a.kind == "person" if kinds == "person" else
                                           is_body(a) if kinds == "body" else a.kind in PLACES)]
            named = [e for e in ents if e.label in labels]
            if not table and not named:
                continue
            if named and (not table or (named[0].start < table[0].start if first else named[-1].end > table[-1].end)):
                e = pick(named)
                covering = next((a for a in inside if a.start <= e.start and e.end <= a.end), None)
                if covering is not None:
                    return covering  # the actors stage knows the entity: its actor
                table_part = next((a for a in inside if e.start <= a.start and a.end <= e.end
                                   and a.kind in ("person", "organization")), None)
                if table_part is not None:
                    return table_part
                if e.label in ("NORP", "GPE"):
                    return None if not table else pick(table)
                return open_actor(self.doc, e.text, e.start, e.end, SPEAKER_LABELS[e.label])
            return pick(table)
        return None

    def _role(self, phrase: str, start: int, end: int, role: re.Match[str]) -> Actor:
        """A role noun: 'the spokesman' is the actor last named with that noun; else an actor
        from the phrase itself ('a spokesman', 'Republican officials'), of the body or
        country named inside it."""
        noun = role.group(0).lower()
        if phrase.lower().startswith("the ") and not PLURAL_ROLE.search(noun[-1:]):
            after_role = re.compile(rf"\s+(?:[\w-]+\s+){{0,2}}{re.escape(noun)}", re.I)
            for a in reversed(self.mentions[:bisect_left(self.starts, start)]):
                if after_role.match(self.doc.text, a.end, a.end + 40):
                    return replace(a, text=phrase, start=start, end=end)
            for a in reversed(self.told):
                if noun in a.text.lower() and a.start < start:
                    return replace(a, text=phrase, start=start, end=end)
        body = next((a for a in self.mentions if start <= a.start and a.end <= end and a.kind != "person"), None)
        if body is not None:  # 'a Foreign Office source' stands for the Foreign Office
            return replace(body, text=phrase, start=start, end=end)
        return open_actor(self.doc, phrase, start, end, "group" if noun.endswith("s") else "person")

    # -- pronouns ---------------------------------------------------------------------------

    def _pronoun(self, word: str, start: int, end: int) -> Actor | None:
        if word in self.c.plural_pronouns:
            found = self._body_before(start, word)
        else:
            found = self._person_before(start, self.c.pronouns[word])
        if found is None:
            return None
        if found.kind == "person" and word in self.c.pronouns:
            # by the full name: a 'he' for Donald Trump says nothing of Ivanka Trump
            self.told_gender.setdefault(found.name or found.text, self.c.pronouns[word])
        return replace(found, text=self.doc.text[start:end], start=start, end=end)

    def _person_before(self, at: int, gender: str) -> Actor | None:
        """The nearest person before ``at`` whose gender does not clash; among the people of
        that sentence, the first (the subject comes first)."""
        people = self._people_before(at)
        fits = [p for p in people if self._gender(p) in (None, gender)]
        if not fits:
            return None
        last = fits[-1]
        s_start = self.doc.text.rfind(". ", 0, last.start) + 1
        return next(p for p in fits if p.start >= s_start)

    def _people_before(self, at: int) -> list[Actor]:
        people = [a for a in self.mentions[:bisect_left(self.starts, at)] if a.kind == "person"]
        spans = [(a.start, a.end) for a in people]
        for e in self.entities[:bisect_left(self.entity_starts, at)]:
            if e.label == "PERSON" and not any(s < e.end and e.start < t for s, t in spans):
                people.append(open_actor(self.doc, e.text, e.start, e.end, "person"))
        people += [a for a in self.told if a.kind == "person" and a.start < at
                   and not any(p.start == a.start for p in people)]
        return sorted(people, key=lambda a: a.start)

    def _body_before(self, at: int, word: str) -> Actor | None:
        """'they' and 'it': the nearest organization or group before ``at`` ('the campaign',
        'Republicans', 'the report')."""
        bodies = [a for a in self.told if is_body(a) and a.start < at]
        bodies += [a for a in self.mentions[:bisect_left(self.starts, at)] if is_body(a)]
        for e in self.entities[:bisect_left(self.entity_starts, at)]:
            if e.label in ("ORG", "NORP"):
                bodies.append(open_actor(self.doc, e.text, e.start, e.end, SPEAKER_LABELS[e.label]))
        if not bodies:
            return None
        return max(bodies, key=lambda a: a.start)

    def _gender(self, a: Actor) -> str | None:
        return a.gender or self.told_gender.get(a.name or a.text) or self.gender.get(self._last_word(a))

    @staticmethod
    def _last_word(a: Actor) -> str:
        words = POSSESSIVE.sub("", (a.name or a.text)).split()
        return words[-1] if words else ""

    def _told(self, a: Actor) -> Actor:
        self.told.append(a)
        return a
