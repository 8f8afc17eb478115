"""The record types every stage reads and writes, defined once.

A stage takes records and returns records (see pipeline.py). Every record that
makes a claim carries its evidence: the document id and a character span of
the document's cleaned text, so any answer is one hop from its sentence.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Span:
    """A character span of a document's cleaned text: ``text == doc.text[start:end]``."""

    start: int
    end: int
    text: str


@dataclass(slots=True)
class TimeValue:
    """A date as found in text or metadata, normalized (see timex.py).

    ``value`` is ISO at its ``precision``: ``2018-03-26`` (day), ``2018-W13`` (week),
    ``2018-03`` (month), ``2018`` (year), ``1980s`` (decade), ``START/END`` (range);
    an event dated by its article's publication has precision ``on_or_before``.
    ``start``/``end`` locate ``text`` in the document when it came from the text."""

    value: str
    precision: str
    text: str | None = None
    source: str | None = None  # "metadata", "dateline", "inferred", "text", "publication"
    start: int | None = None
    end: int | None = None
    type: str | None = None  # TIMEX3 type of a mention in the text: DATE, TIME, DURATION or SET
    timex3: str | None = None  # TIMEX3 value where it differs from ``value``: 'P3M', 'PRESENT_REF', 'XXXX-WXX-1'

    def to_json(self) -> dict[str, Any]:
        found = {"value": self.value, "precision": self.precision, "text": self.text, "source": self.source}
        if self.type is not None:
            found.update(type=self.type, timex3=self.timex3 or self.value)
        if self.start is not None:  # a span only where the date was read from the text
            found.update(start=self.start, end=self.end)
        return found

    def to_record(self, doc_id: str) -> dict[str, Any]:
        """A time expression of the text as a ``timex`` record of its own (docs/format.md)."""
        return {"record": "timex", "doc_id": doc_id, "text": self.text, "start": self.start, "end": self.end,
                "type": self.type, "value": self.value, "timex3": self.timex3 or self.value,
                "precision": self.precision, "source": self.source}


@dataclass(frozen=True, slots=True)
class Entity:
    """A named entity the statistical NER found (spaCy's labels: PERSON, ORG, NORP, GPE, LOC,
    FAC, DATE, ...), in document offsets: the open-world candidates that stages read when no
    table names a mention."""

    text: str
    start: int
    end: int
    label: str


@dataclass(slots=True)
class Actor:
    """An actor mention resolved to a CAMEO-style actor.

    ``code`` is country (ISO 3166 alpha-3) or international code followed by the
    sector, e.g. ``USAGOV``, ``RUSMIL``; ``name`` is the canonical name when the
    actor is a known entity, else the country's name.
    """

    text: str
    start: int
    end: int
    name: str | None = None
    id: str | None = None
    country: str | None = None
    sector: str | None = None
    code: str | None = None
    kind: str = "country"  # country, person, organization, group ('Kenyan police': a country's sector)
    role: str | None = None  # a person's role on the date: 'President-elect', 'former Prime Minister'
    gender: str | None = None  # 'f' or 'm' where the tables or a title tell it, for 'she' and 'he'
    # why the actor has its country: 'table' (the actor tables), or for one the tables do not
    # know 'title', 'appositive', 'name', 'place', 'dateline', 'document', 'outlet', 'surname' (actors/open_world/)
    cue: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "name": self.name, "id": self.id, "country": self.country,
                "sector": self.sector, "code": self.code, "role": self.role, "cue": self.cue, "start": self.start,
                "end": self.end}

    def to_record(self, doc_id: str) -> dict[str, Any]:
        """The mention as an ``actor`` record of its own (docs/format.md): flat, one value a field."""
        return {"record": "actor", "doc_id": doc_id, "text": self.text, "start": self.start, "end": self.end,
                "name": self.name, "id": self.id, "kind": self.kind, "country": self.country, "sector": self.sector,
                "code": self.code, "role": self.role, "gender": self.gender, "cue": self.cue}


@dataclass(slots=True)
class Place:
    """A place the text names, on the map: ``feature`` is city, country, region, admin1 or
    facility; ``id`` is a GeoNames id (``geonames:...``), an ISO3 code, a region ('PSE:West
    Bank'), a US state or a facility id."""

    text: str
    start: int
    end: int
    name: str
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    feature: str = "city"
    id: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "country": self.country, "admin1": self.admin1, "lat": self.lat, "lon": self.lon,
                "feature": self.feature, "id": self.id, "text": self.text, "start": self.start, "end": self.end}

    def to_record(self, doc_id: str, dateline: bool = False) -> dict[str, Any]:
        """The place mention as a ``place`` record of its own (docs/format.md); ``dateline``
        marks the place a wire dateline names."""
        return {"record": "place", "doc_id": doc_id, "text": self.text, "start": self.start, "end": self.end,
                "name": self.name, "country": self.country, "admin1": self.admin1, "lat": self.lat, "lon": self.lon,
                "feature": self.feature, "id": self.id, "dateline": dateline}


@dataclass(slots=True)
class Cameo:
    code: str
    root: str
    name: str
    goldstein: float
    quad_class: int


@dataclass(slots=True)
class Plover:
    type: str | None
    mode: str | None = None
    context: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Quantity:
    """How many an event involved, as printed: '60 Russian diplomats' (value 60), 'four each'
    (value 4), 'dozens of Russian diplomats' (no exact value)."""

    text: str
    start: int
    end: int
    value: float | None = None

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "value": self.value, "start": self.start, "end": self.end}


@dataclass(slots=True)
class Event:
    """Who did what to whom, coded in CAMEO and PLOVER, with the sentence that says so."""

    id: str
    doc_id: str
    evidence: Span
    source: Actor
    target: Actor | None
    cameo: Cameo
    plover: Plover
    trigger: Span  # the word(s) the lexicon matched: 'expelled', 'expulsion'
    pattern: str  # id of the lexicon entry that coded it, to explain the coding
    date: TimeValue | None = None
    location: Place | None = None
    status: str = "asserted"  # see status.py: asserted, reported, alleged, denied, negated, ...
    status_cue: Span | None = None  # the word that set the status: 'allegedly', 'will', 'if'
    reported_by: Actor | None = None  # who tells it: the quotation's speaker, the one who said so
    quantity: Quantity | None = None
    caption: bool = False

    def to_json(self) -> dict[str, Any]:
        cue = self.status_cue
        return {
            "record": "event",
            "id": self.id,
            "doc_id": self.doc_id,
            "evidence": {"text": self.evidence.text, "start": self.evidence.start, "end": self.evidence.end},
            "source": self.source.to_json(),
            "target": self.target.to_json() if self.target else None,
            "cameo": asdict(self.cameo),
            "plover": {"type": self.plover.type, "mode": self.plover.mode, "context": self.plover.context},
            "date": self.date.to_json() if self.date else None,
            "location": self.location.to_json() if self.location else None,
            "status": self.status,
            "status_cue": {"text": cue.text, "start": cue.start, "end": cue.end} if cue else None,
            "reported_by": self.reported_by.to_json() if self.reported_by else None,
            "quantity": self.quantity.to_json() if self.quantity else None,
            "trigger": {"text": self.trigger.text, "start": self.trigger.start, "end": self.trigger.end},
            "pattern": self.pattern,
            "caption": self.caption,
        }


@dataclass(slots=True)
class Quote:
    """Who said what: a quotation (``kind`` direct) or reported speech (indirect), with its
    speaker, cue verb ('said', 'told'), channel ('Fox News', 'in a video address'), status
    (asserted, reported, alleged, future) and whether it is only a scare-quoted fragment."""

    id: str
    doc_id: str
    text: str
    start: int
    end: int
    speaker: Actor | None = None
    cue: str | None = None
    channel: str | None = None
    status: str = "asserted"
    fragment: bool = False
    kind: str = "direct"

    def to_json(self) -> dict[str, Any]:
        return {"record": "quote", "id": self.id, "doc_id": self.doc_id, "text": self.text, "start": self.start,
                "end": self.end, "speaker": self.speaker.to_json() if self.speaker else None, "cue": self.cue,
                "channel": self.channel, "status": self.status, "fragment": self.fragment, "kind": self.kind}


@dataclass(slots=True)
class Document:
    """One article, from ingest to coded events.

    ``text`` is the cleaned text (boilerplate removed) that every span points into;
    ``status`` is ``ok`` or the reason the document could not be coded, with ``error``
    a message a person can act on.
    """

    doc_id: str
    text: str = ""
    title: str | None = None
    published: TimeValue | None = None
    url: str | None = None
    outlet: str | None = None
    byline: str | None = None
    path: str | None = None
    status: str = "ok"
    error: str | None = None
    captions: list[Span] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)  # boilerplate lines dropped, for `tidings show`
    entities: list[Entity] = field(default_factory=list)  # NER over the whole text, in text order
    actors: list[Actor] = field(default_factory=list)
    timexes: list[TimeValue] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    dateline: Place | None = None  # 'KABUL (Reuters) -': where the story is set
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    _key: str | None = field(default=None, repr=False, compare=False)

    @property
    def ok(self) -> bool:
        return self.status == "ok"

    @property
    def key(self) -> str:
        """The stable identity of the document: a hash of its normalized text, so the same
        article is one document whatever file or id it came under. A document with no text
        (it failed) is known by where it came from and why."""
        if self._key is None:  # hashed once: the store and the coder ask for it per row
            basis = " ".join(unicodedata.normalize("NFC", self.text).split()) if self.text else \
                f"{self.status}|{self.path}|{self.doc_id}"
            self._key = hashlib.sha1(basis.encode("utf-8", "surrogatepass")).hexdigest()[:20]
        return self._key

    def to_json(self) -> dict[str, Any]:
        return {
            "record": "document",
            "doc_id": self.doc_id,
            "doc_key": self.key,
            "title": self.title,
            "published": self.published.to_json() if self.published else None,
            "url": self.url,
            "outlet": self.outlet,
            "byline": self.byline,
            "status": self.status,
            "error": self.error,
        }
