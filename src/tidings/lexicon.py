"""The event lexicon: verb and noun patterns that code to CAMEO, loaded from
data/lexicon/verbs.yaml (format in docs/data.md) and checked against the code book."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from . import data
from .codebook import Codebook
from .codebook import load as load_codebook

VOWELS = set("aeiou")


@dataclass(frozen=True)
class Entry:
    id: str
    cameo: str
    verbs: tuple[tuple[str, str | None], ...] = ()  # (lemma, particle)
    nouns: tuple[tuple[str, ...], ...] = ()  # word tuples, last word is the head
    object: frozenset[str] = frozenset()
    object_not: frozenset[str] = frozenset()
    prep: frozenset[str] = frozenset()
    prep_object: frozenset[str] = frozenset()
    complement: frozenset[str] = frozenset()
    subject: frozenset[str] = frozenset()
    target: tuple[str, ...] = ("dobj",)
    source: tuple[str, ...] = ("poss", "prep:by")
    noun_target: tuple[str, ...] = ("prep:of", "prep:against", "prep:on")
    reciprocal: bool = False
    requires_target: bool | None = None  # None: as the PLOVER type says
    domestic: bool = False  # no target named: the source's own country ('eased the curfew')
    military: str | None = None  # the code when a state or its forces do it
    intent: str | None = None
    threat: str | None = None
    credits: str | None = None
    type: str | None = None
    mode: str | None = None

    @property
    def specificity(self) -> int:
        return (2 * bool(self.object) + bool(self.prep) + 2 * bool(self.prep_object) + 2 * bool(self.complement)
                + bool(self.subject) + bool(self.object_not))


@dataclass
class Modifiers:
    intent: frozenset[str]
    threat: frozenset[str]
    request: frozenset[str]
    object_control: frozenset[str]
    accusation: frozenset[str]
    survive: frozenset[str]
    partitive: frozenset[str]
    instrument: frozenset[str]
    titles: frozenset[str]


@dataclass
class Lexicon:
    entries: list[Entry]
    modifiers: Modifiers
    by_verb: dict[str, list[Entry]] = field(default_factory=dict)
    by_noun: dict[str, list[Entry]] = field(default_factory=dict)
    #: lower-case word forms any trigger can take: the sentence filter's vocabulary
    trigger_forms: frozenset[str] = frozenset()


def verb_forms(lemma: str, irregular: dict[str, list[str]]) -> set[str]:
    """Over-generate the inflections of a verb; the filter only needs recall."""
    forms = {lemma, *irregular.get(lemma, [])}
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    forms |= {lemma + "s", lemma + "es", stem + "ed", stem + "ing", lemma + "d"}
    if lemma.endswith("y") and lemma[-2:-1] not in VOWELS:
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    if len(lemma) > 2 and lemma[-1] not in VOWELS | {"w", "x", "y"} and lemma[-2] in VOWELS:
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}  # expel -> expelled
    return forms


def noun_forms(noun: str) -> set[str]:
    forms = {noun, noun + "s", noun + "es"}
    if noun.endswith("y"):
        forms.add(noun[:-1] + "ies")
    return forms


def _set(value) -> frozenset[str]:
    return frozenset(str(v).lower() for v in (value or []))


def parse_entry(raw: dict, codebook: Codebook) -> Entry:
    if raw["cameo"] not in codebook.cameo:
        raise ValueError(f"lexicon entry {raw['id']}: unknown CAMEO code {raw['cameo']}")
    for key in ("intent", "threat", "military"):
        if raw.get(key) and raw[key] not in codebook.cameo:
            raise ValueError(f"lexicon entry {raw['id']}: unknown CAMEO code {raw[key]} in {key}")
    verbs = []
    for v in raw.get("verbs", []):
        words = v.lower().split()
        verbs.append((words[0], " ".join(words[1:]) or None))
    kwargs = dict(
        id=raw["id"], cameo=raw["cameo"], verbs=tuple(verbs),
        nouns=tuple(tuple(n.lower().split()) for n in raw.get("nouns", [])),
        object=_set(raw.get("object")), object_not=_set(raw.get("object_not")), prep=_set(raw.get("prep")),
        prep_object=_set(raw.get("prep_object")), complement=_set(raw.get("complement")),
        subject=_set(raw.get("subject")), reciprocal=bool(raw.get("reciprocal")),
        requires_target=raw.get("requires_target"), domestic=bool(raw.get("domestic")),
        military=raw.get("military"), intent=raw.get("intent"), threat=raw.get("threat"),
        credits=raw.get("credits"), type=raw.get("type"), mode=raw.get("mode"))
    for key in ("target", "source", "noun_target"):
        if key in raw:
            kwargs[key] = tuple(raw[key])
    entry = Entry(**kwargs)
    ptype = entry.type or codebook.cameo[entry.cameo].plover_type
    if entry.type and entry.type not in codebook.plover:
        raise ValueError(f"lexicon entry {entry.id}: unknown PLOVER type {entry.type}")
    if entry.mode and ptype and not codebook.check_mode(ptype, entry.mode):
        raise ValueError(f"lexicon entry {entry.id}: {entry.mode} is not a mode of {ptype}")
    return entry


def build(raw_entries: list[dict], codebook: Codebook) -> Lexicon:
    spec = data.read_yaml("lexicon/modifiers.yaml")
    mods = Modifiers(**{k: frozenset(spec[k]) if k == "titles" else _set(spec[k])
                        for k in Modifiers.__dataclass_fields__})
    irregular = {r["lemma"]: data.split_list(r["forms"]) for r in data.read_tsv("lexicon/irregular.tsv")}
    entries = [parse_entry(r, codebook) for r in raw_entries]
    ids = [e.id for e in entries]
    if len(ids) != len(set(ids)):
        raise ValueError("lexicon entry ids must be unique")
    lex = Lexicon(entries, mods)
    forms: set[str] = set()
    for e in entries:
        for lemma, particle in e.verbs:
            lex.by_verb.setdefault(lemma, []).append(e)
            forms |= verb_forms(lemma, irregular)
        for words in e.nouns:
            lex.by_noun.setdefault(words[-1], []).append(e)
            forms |= noun_forms(words[-1])
    # governing verbs matter only with a triggered verb below them, so they are not triggers
    lex.trigger_forms = frozenset(forms)
    return lex


@cache
def load() -> Lexicon:
    return build(data.read_yaml("lexicon/verbs.yaml"), load_codebook())


WORD = re.compile(r"[a-z]+")


def has_trigger(text: str, lexicon: Lexicon) -> bool:
    """Whether a sentence holds any word a lexicon pattern could start from."""
    forms = lexicon.trigger_forms
    return any(w in forms for w in WORD.findall(text.lower()))
