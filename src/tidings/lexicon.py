"""The event lexicon: verb and noun patterns that code to CAMEO, loaded from
data/lexicon/verbs.yaml and data/lexicon/codes/*.yaml (one file per CAMEO root), with the
word classes of data/lexicon/classes.yaml and senses.yaml and the non-political senses of
senses.yaml (format in docs/data.md),
checked against the code book."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from . import codebook as codebook_module
from . import data
from .codebook import Codebook
from .codebook import load as load_codebook

if TYPE_CHECKING:
    from spacy.tokens import Token

VOWELS = set("aeiou")


@dataclass(frozen=True)
class Entry:
    id: str
    cameo: str
    verbs: tuple[tuple[str, str | None], ...] = ()  # (lemma, particle)
    nouns: tuple[tuple[str, ...], ...] = ()  # word tuples, last word is the head
    object: frozenset[str] = frozenset()
    object_not: frozenset[str] = frozenset()
    names: bool = False  # the object may also be a proper name or a personal pronoun ('freed Razan Ghazzawi')
    prep: frozenset[str] = frozenset()
    prep_object: frozenset[str] = frozenset()
    theme: frozenset[str] = frozenset()  # the object, or a preposition's object of the verb
    complement: frozenset[str] = frozenset()
    subject: frozenset[str] = frozenset()
    subject_not: frozenset[str] = frozenset()
    # words anywhere in the trigger's sentence: what the act is for ('sent troops ... on a
    # peacekeeping mission' is peacekeeping, 074, not a show of force)
    context: frozenset[str] = frozenset()
    target: tuple[str, ...] = ("dobj",)
    source: tuple[str, ...] = ("poss", "prep:by")
    noun_target: tuple[str, ...] = ("prep:of", "prep:against", "prep:on")
    reciprocal: bool = False
    requires_target: bool | None = None  # None: as the PLOVER type says
    # no target named: the act is done to the source's own country, in this sector: its people
    # ('eased the curfew', CVL, the value of `domestic: true`) or its government ('protested', GOV)
    domestic: str | None = None
    military: str | None = None  # the code when a state or its forces do it
    intent: str | None = None
    threat: str | None = None
    credits: str | None = None
    type: str | None = None
    mode: str | None = None

    @property
    def specificity(self) -> int:
        # who does it fixes a sense more than what it is done to ('workers strike', 'jets struck')
        return (2 * bool(self.object) + bool(self.prep) + 2 * bool(self.prep_object) + 2 * bool(self.complement)
                + 2 * bool(self.theme) + 2 * bool(self.context)
                + 3 * bool(self.subject) + bool(self.object_not) + bool(self.subject_not))


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
    wishes: frozenset[str] = frozenset()  # a wish is the act still to come: 'wants to abdicate'
    refusal: frozenset[str] = frozenset()
    vows: frozenset[str] = frozenset()  # a hostile act vowed is a threat: 'vowed to retaliate' (138)
    spells: frozenset[str] = frozenset()  # a run of the act its 'of' names: 'years of sanctions'
    appeal_nouns: frozenset[str] = frozenset()
    patient_nouns: frozenset[str] = frozenset()
    weapons: frozenset[str] = frozenset()
    refuses: frozenset[str] = frozenset()  # governing verbs that refuse the act below them
    refusal_aux: frozenset[str] = frozenset()  # with 'not', a cooperation refused: 'will not lift'
    refused: dict[str, str] = field(default_factory=dict)  # act code prefix -> its refusal's code
    demand_aux: frozenset[str] = frozenset()  # 'Israel must end its attacks', 'should talk'
    demand_speech: frozenset[str] = frozenset()  # the verbs that report such a demand ('says')
    demanded: dict[str, str] = field(default_factory=dict)  # act code prefix -> the demand of it (10)
    appealed: dict[str, str] = field(default_factory=dict)  # act code prefix -> the appeal for it (02)
    doer_sectors: frozenset[str] = frozenset()  # bodies that act: 'an opposition boycott' is theirs
    ready: frozenset[str] = frozenset()  # adjectives of readiness: 'is willing to withdraw' is an intent
    own_stance: frozenset[str] = frozenset()  # 'reiterated its commitment to support': its = the subject
    background_days: int = 0  # an act dated more than this before publication is background (0: none is)
    toll: frozenset[str] = frozenset()  # 'bombed the city, killing 10': the act's toll, no act of its own
    colonies: frozenset[str] = frozenset()  # 'the former Portuguese colony': the land, not Portugal
    relation_nouns: frozenset[str] = frozenset()  # 'the longtime US foe': another party than the country named
    meetings: frozenset[str] = frozenset()  # 'the summit between the EU and China failed': its sides act

    @staticmethod
    def derived(table: dict[str, str], cameo: str) -> str | None:
        """The code ``table`` gives the act ``cameo`` by the longest prefix it lists."""
        for n in range(len(cameo), 1, -1):
            if cameo[:n] in table:
                return table[cameo[:n]]
        return None

    def refusal_of(self, cameo: str) -> str | None:
        """The CAMEO code of refusing the act ``cameo`` ('refused to release' 0841 -> 1243);
        None for an act one does not refuse."""
        return self.derived(self.refused, cameo)


@dataclass(frozen=True)
class Sense:
    """A non-political sense of triggers: in it they code nothing (senses.yaml `exclusions`)."""

    name: str
    triggers: frozenset[str] | None  # None: every trigger
    subject: frozenset[str] = frozenset()
    unless: frozenset[str] = frozenset()
    context: frozenset[str] = frozenset()
    pairs: bool = False
    object: frozenset[str] = frozenset()  # head words of the object that mark the sense ('seize the moment')
    heads: frozenset[str] = frozenset()  # (nouns) the noun the trigger modifies ('riot police')
    without: frozenset[str] = frozenset()  # dependents ('xcomp', 'prep:for') whose absence marks it
    roots: frozenset[str] = frozenset()  # the CAMEO roots it takes away; none named: every code
    having: frozenset[str] = frozenset()  # dependent paths whose presence marks it ('oprd', 'advcl:say')
    governors: frozenset[str] = frozenset()  # words that govern the trigger and mark it ('calls for her resignation')
    as_noun: bool = False  # (nouns) the noun alone names a standing state, no act ('Israel's occupation')
    # (nouns) told in passing after these prepositions, named by a place ('after the Libya attack')
    within: frozenset[str] = frozenset()
    # told in the simple present ('we do not ban blasphemy', 'Syria hosts Russia's base'): a
    # standing policy or state, no act at a time
    present: bool = False

    def takes(self, trigger: str) -> bool:
        return self.triggers is None or trigger in self.triggers

    def removes(self, entry: Entry) -> bool:
        """In this sense the trigger cannot code ``entry``: a scathing attack is no assault (18),
        but it is still the accusation (111) that 'launch a scathing attack' codes."""
        return not self.roots or entry.cameo[:2] in self.roots


# What one pattern needs in a sentence besides its trigger word, as the matcher asks it
# (events/match.py ``_matches``, events/nominal.py ``_noun_entry_of``): conditions that must all
# hold. A condition holds when the sentence has one of its words (any of their forms: the first
# set) or all words of one of its phrases (each word a set of forms).
Condition = tuple[frozenset[str], tuple[tuple[frozenset[str], ...], ...]]
Needs = tuple[Condition, ...]


@dataclass
class Lexicon:
    entries: list[Entry]
    modifiers: Modifiers
    senses: list[Sense] = field(default_factory=list)
    by_verb: dict[str, list[Entry]] = field(default_factory=dict)
    by_noun: dict[str, list[Entry]] = field(default_factory=dict)
    #: lower-case word forms any trigger can take: the sentence filter's vocabulary
    trigger_forms: frozenset[str] = frozenset()
    #: trigger form -> what its patterns need besides it (``Needs``), for the forms all of whose
    #: patterns need more: the filter's second look
    trigger_needs: dict[str, tuple[Needs, ...]] = field(default_factory=dict)
    #: the forms of verb triggers: a count for their object takes the pattern of the acts told
    #: before ('France and Germany only expelled four each'), whatever the pattern needs
    verb_trigger_forms: frozenset[str] = frozenset()


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


def noun_head(words: tuple[str, ...]) -> int:
    """Where a noun pattern's head is: its last word, or the word before 'of' ('suspension of
    aid', 'severing of ties')."""
    return words.index("of", 1) - 1 if "of" in words[1:-1] else len(words) - 1


def noun_forms(noun: str) -> set[str]:
    forms = {noun, noun + "s", noun + "es"}
    if noun.endswith("y"):
        forms.add(noun[:-1] + "ies")
    return forms


def _set(value) -> frozenset[str]:
    return frozenset(str(v).lower() for v in (value or []))


WORD_LISTS = ("verbs", "nouns", "object", "object_not", "prep_object", "theme", "complement", "subject",
              "subject_not", "context")


def expand(raw: dict, classes: dict[str, list[str]]) -> dict:
    """Replace "@name" items of an entry's word lists with the words of that class."""
    out = dict(raw)
    for key in WORD_LISTS:
        if key not in raw:
            continue
        words: list[str] = []
        for w in raw[key]:
            w = str(w)
            if w.startswith("@"):
                if w[1:] not in classes:
                    raise ValueError(f"lexicon entry {raw.get('id')}: unknown word class {w} in {key}")
                words.extend(classes[w[1:]])
            else:
                words.append(w)
        out[key] = words
    return out


def parse_senses(spec: dict) -> tuple[dict[str, list[str]], list[Sense]]:
    classes = {name: [str(w) for w in words] for name, words in (spec.get("classes") or {}).items()}
    senses = []
    for raw in spec.get("exclusions") or []:
        trig = raw.get("triggers", "all")
        senses.append(Sense(raw["name"], None if trig == "all" else _set(trig), _set(raw.get("subject")),
                            _set(raw.get("unless")), _set(raw.get("context")), bool(raw.get("pairs")),
                            _set(raw.get("object")), _set(raw.get("heads")), _set(raw.get("without")),
                            frozenset(str(r).zfill(2) for r in raw.get("roots") or []),
                            _set(raw.get("having")), _set(raw.get("governors")), bool(raw.get("as_noun")),
                            _set(raw.get("within")), bool(raw.get("present"))))
    return classes, senses


KEYS = {"id", "cameo", "verbs", "nouns", "object", "object_not", "prep", "prep_object", "theme", "complement",
        "subject", "subject_not", "context", "names", "target", "source", "noun_target", "reciprocal", "requires_target", "domestic",
        "military", "intent", "threat", "credits", "type", "mode"}


def parse_entry(raw: dict, codebook: Codebook) -> Entry:
    unknown = set(raw) - KEYS
    if unknown:
        raise ValueError(f"lexicon entry {raw.get('id')}: unknown key(s) {', '.join(sorted(unknown))}")
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
        prep_object=_set(raw.get("prep_object")), theme=_set(raw.get("theme")), complement=_set(raw.get("complement")),
        subject=_set(raw.get("subject")), subject_not=_set(raw.get("subject_not")),
        context=_set(raw.get("context")), reciprocal=bool(raw.get("reciprocal")),
        names=bool(raw.get("names")),
        requires_target=raw.get("requires_target"),
        domestic="CVL" if raw.get("domestic") is True else (raw.get("domestic") or None),
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


def build(raw_entries: list[dict], codebook: Codebook, senses: dict | None = None,
          classes: dict | None = None) -> Lexicon:
    """The lexicon of ``raw_entries``; ``senses`` is senses.yaml's content (its classes
    expand the entries' "@name" words; its exclusions become ``Lexicon.senses``), ``classes``
    classes.yaml's (more word classes; a name both have takes both lists). Left out, both are
    the shipped files; with ``senses`` given, ``classes`` defaults to none."""
    if classes is None:
        classes = data.read_yaml("lexicon/classes.yaml") if senses is None else {}
    words_of, exclusions = parse_senses(senses if senses is not None else data.read_yaml("lexicon/senses.yaml"))
    for name, words in (classes or {}).items():
        words_of[name] = [*words_of.get(name, []), *(str(w) for w in words)]
    spec = data.read_yaml("lexicon/modifiers.yaml")
    mods = Modifiers(**{k: frozenset(spec[k]) if k == "titles" else spec[k] if isinstance(spec[k], int) else
                        {str(a): str(b) for a, b in spec[k].items()} if isinstance(spec[k], dict) else _set(spec[k])
                        for k in Modifiers.__dataclass_fields__ if k in spec})
    for name in ("refused", "demanded", "appealed"):
        unknown = sorted(c for c in getattr(mods, name).values() if c not in codebook.cameo)
        if unknown:
            raise ValueError(f"modifiers.yaml {name}: unknown CAMEO code(s) {', '.join(unknown)}")
    irregular = {r["lemma"]: data.split_list(r["forms"]) for r in data.read_tsv("lexicon/irregular.tsv")}
    entries = [parse_entry(expand(r, words_of), codebook) for r in raw_entries]
    ids = [e.id for e in entries]
    if len(ids) != len(set(ids)):
        dup = sorted({i for i in ids if ids.count(i) > 1})
        raise ValueError(f"lexicon entry ids must be unique: {', '.join(dup)}")
    lex = Lexicon(entries, mods, exclusions)
    forms: set[str] = set()
    verb_trigger_forms: set[str] = set()
    needs: dict[str, set[Needs]] = {}
    for e in entries:
        conditions = _conditions(e, irregular)
        for lemma, particle in e.verbs:
            lex.by_verb.setdefault(lemma, []).append(e)
            verb = verb_forms(lemma, irregular)
            forms |= verb
            verb_trigger_forms |= verb
            # a phrase's particles hang on the verb ('crack down on'): each word is needed
            need = (_condition([particle], irregular),) if particle else ()
            for form in verb:
                needs.setdefault(form, set()).add(need + conditions)
        for words in e.nouns:
            at = noun_head(words)
            head = words[at]
            lex.by_noun.setdefault(head, []).append(e)
            forms |= noun_forms(head)
            # the head's modifiers and its 'of' phrase ('suspension of aid') are in the sentence
            need = tuple(_condition([w], irregular) for i, w in enumerate(words) if i != at and w != "of")
            for form in noun_forms(head):
                needs.setdefault(form, set()).add(need)
    # governing verbs matter only with a triggered verb below them, so they are not triggers
    lex.trigger_forms = frozenset(forms)
    lex.verb_trigger_forms = frozenset(verb_trigger_forms)
    # a form one of whose patterns needs nothing more is a trigger wherever it stands: not kept
    lex.trigger_needs = {form: tuple(sorted(n, key=len)) for form, n in needs.items() if () not in n}
    return lex


SENTENCE_WORD = re.compile(r"[^\W_]+")
# a count that may stand for the things an act was done to before: a number, in figures or
# words, or a quantity word (events.syntax.is_quantity reads the parse for the same)
COUNT = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
                   r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
                   r"ninety|hundreds?|thousands?|millions?|billions?|dozens?|scores|each|some|many|several|all|"
                   r"both|others|more|few)\b")


def _word_forms(word: str, irregular: dict[str, list[str]]) -> frozenset[str]:
    """Any form a word of a pattern may take in a sentence (the matcher compares lemmas too):
    over-generated, the filter only needs recall."""
    return frozenset({word} | noun_forms(word) | verb_forms(word, irregular))


def _condition(phrases: Iterable[str], irregular: dict[str, list[str]]) -> Condition:
    """One of ``phrases`` in the sentence: a word's forms go in one set, asked at once."""
    single: set[str] = set()
    multi = []
    for phrase in phrases:
        words = SENTENCE_WORD.findall(phrase.lower())
        if len(words) == 1:
            single |= _word_forms(words[0], irregular)
        else:
            multi.append(tuple(_word_forms(w, irregular) for w in words))
    return frozenset(single), tuple(multi)


def _holds(condition: Condition, words: set[str]) -> bool:
    single, phrases = condition
    return not single.isdisjoint(words) or any(all(not forms.isdisjoint(words) for forms in phrase)
                                               for phrase in phrases)


def _conditions(e: Entry, irregular: dict[str, list[str]]) -> Needs:
    """The words a verb entry's object, prepositions, theme, complement and subject must
    include, one condition per field the entry sets; a field the words of a sentence cannot
    tell (a class such as '#number', an object that may be any name) asks nothing."""
    out = []
    for words in (() if e.names else e.object, e.prep, e.prep_object, e.theme, e.complement, e.subject, e.context):
        if words and not any(w.startswith("#") for w in words):
            out.append(_condition(sorted(words), irregular))
    return tuple(out)


def read_entries() -> list[dict]:
    """The raw entries: verbs.yaml first (on a tie of specificity the first entry wins), then
    the per-root files of codes/ in code order."""
    entries = list(data.read_yaml("lexicon/verbs.yaml"))
    for name in data.list_dir("lexicon/codes"):
        if name.endswith(".yaml"):
            entries.extend(data.read_yaml(f"lexicon/codes/{name}") or [])
    return entries


@cache
def load() -> Lexicon:
    """The shipped lexicon, compiled once and then read from the cache (``data.cached``) until
    a data file or the code that builds it changes."""
    sources = ["lexicon/verbs.yaml", "lexicon/senses.yaml", "lexicon/classes.yaml", "lexicon/modifiers.yaml",
               "lexicon/irregular.tsv",
               "codebook/cameo.tsv", "codebook/plover.yaml",
               *(f"lexicon/codes/{name}" for name in data.list_dir("lexicon/codes") if name.endswith(".yaml")),
               Path(__file__), Path(codebook_module.__file__)]
    return data.cached("lexicon", lambda: build(read_entries(), load_codebook()), tuple(sources))


WORD = re.compile(r"[a-z]+")


def has_trigger(text: str, lexicon: Lexicon) -> bool:
    """Whether a sentence holds a word a lexicon pattern could start from, with the other
    words that pattern needs ('hold' codes with 'talks' or 'meeting' in the sentence, 'say'
    only as 'say no' or 'say sorry'), a modal a demand is made with ('must', 'should'), or a
    verb trigger and a count its object may be ('expelled four each').
    Most sentences of news hold some trigger word; only those that can code are parsed."""
    low = text.lower()
    triggers = lexicon.trigger_forms.intersection(WORD.findall(low))
    needs = lexicon.trigger_needs
    if not triggers or not all(form in needs for form in triggers):
        return bool(triggers)  # none, or one that needs no other word
    words = set(SENTENCE_WORD.findall(low))
    if not words.isdisjoint(lexicon.modifiers.demand_aux):
        return True  # 'Russia says Israel must leave': a demand, whatever is demanded
    if any(all(_holds(condition, words) for condition in need) for form in triggers for need in needs[form]):
        return True
    return not triggers.isdisjoint(lexicon.verb_trigger_forms) and COUNT.search(low) is not None


def context_fits(e: Entry, trigger: Token) -> bool:
    """Whether the trigger's sentence holds one of the entry's ``context`` words (a lemma, a
    lower-case form, or a phrase of them) or the entry asks for none."""
    if not e.context:
        return True
    sent = trigger.sent
    words = {t.lemma_.lower() for t in sent} | {t.lower_ for t in sent}
    if not words.isdisjoint(e.context):
        return True
    text = " ".join(t.lower_ for t in sent)
    return any(" " in w and f" {w} " in f" {text} " for w in e.context)
