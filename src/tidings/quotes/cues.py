"""The cue words of attribution, read from ``data/quotes/cues.yaml``, and the text views
every quotes module reads: sentences, with abbreviations' full stops masked."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .. import data
from ..prefilter import alternation

WORD = re.compile(r"[\w'’-]+")
# a sentence ends at . ! ? (a closing quotation mark may follow) before a capital or an opening mark
SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’']?\s+(?=[\"“‘'(]?[A-Z0-9])|\n\n")
MASK = "\x00"  # stands in for an abbreviation's full stop; one character, so offsets hold


def _forms(items: list[str]) -> str:
    """The cue forms as one alternation, the longest form first (as a trie: the same matches,
    found faster), a space standing for any white space."""
    return alternation(sorted({f for v in items for f in v.split("|")}), space=r"\s+")


@dataclass(frozen=True)
class Cues:
    verbs: re.Pattern[str]  # a cue verb in any tense: said, says, told, warned ...
    after: re.Pattern[str]  # '," Mr Ushakov said' right after a quote
    before: re.Pattern[str]  # 'He told Fox News: ' right before one
    indirect: re.Pattern[str]  # a cue verb of reported speech, belief or evidence
    say_cues: re.Pattern[str]  # 'said', 'told': a cue that takes any clause
    reporting: str  # the same forms as an alternation, for an attribution after its content
    that_cues: re.Pattern[str]  # 'believe', 'show': an attribution with a 'that' or a quotation
    object_cues: re.Pattern[str]  # 'called', 'accused': with a quotation only
    act_cues: re.Pattern[str]  # 'called for', 'urged', 'cited': a speech act and what it takes
    stance_cues: re.Pattern[str]  # 'wants to', 'backed', 'polls show': a stance, an intention, evidence
    noun_cue: re.Pattern[str]  # "Russia's claim that ...", "Trump's decision to ..."
    clause_start: re.Pattern[str]  # what a reported clause may start with
    channels: list[re.Pattern[str]]
    hedges: dict[str, str]  # word -> status: allegedly -> alleged
    pronouns: dict[str, str]  # he -> m, she -> f
    plural_pronouns: frozenset[str]  # they, it
    honorifics: dict[str, str]  # Mr -> m
    roles: re.Pattern[str]  # 'the source', 'a spokesman', 'officials'
    not_speakers: frozenset[str]  # nouns no attribution has for its subject: 'time', 'way'
    abbreviation: re.Pattern[str]  # the full stop of 'Mr.', 'Gov.', 'U.S.'


@cache
def cues() -> Cues:
    spec = data.read_yaml("quotes/cues.yaml")
    verbs = _forms(spec["verbs"])
    starts = "|".join(spec["clause_starts"])
    adverb = r"(?:(?:also|later|then|once|\w+ly)\s+)?"
    aux = r"(?:(?:has|had|have|will|would|is|was|were|are)\s+)?"
    phrase = rf"[^.,;:“”\"\n]"
    roles = "|".join(spec["roles"])
    return Cues(
        verbs=re.compile(rf"\b(?:{verbs})\b"),
        after=re.compile(rf"^[\s,.!?—–-]*(?:(?P<cue1>{verbs})\s+(?P<spk1>{phrase}{{1,80}}?)(?=[,.;:(—–]|\s+(?:on|in|at|during|after|before|when|as|while|to)\s|$)"
                         rf"|(?P<spk2>[^.,;“”\"\n]{{1,90}}?)\s+{aux}{adverb}(?P<cue2>{verbs})\b)"),
        # every alternative ends in ':' or ',' and spaces: direct.attribute searches no other text
        before=re.compile(rf"(?P<spk>[^.;“”\"\n]{{1,120}}?)\s+{aux}{adverb}(?:(?:on\s+\w+\s+)?)(?P<cue>{verbs})"
                          rf"(?P<rest>[^.;:“”\"\n]{{0,80}})[:,]\s*$"
                          rf"|(?P<spk3>[A-Z][^.;:“”\"\n]{{0,60}}?)\s+on\s+[A-Z][\w-]+:\s*$"
                          rf"|(?P<spk4>[A-Z][^.;:“”\"\n]{{0,60}}?)\s+(?P<cue4>continued|added|went on|wrote|said|explained):\s*$"
                          rf"|(?:^|\s)(?P<cue5>Said|Says|Added|Asked|Wrote)\s+(?P<spk5>[^.;:“”\"\n]{{1,60}}?)[:,]\s*$"),
        indirect=re.compile(rf"\b(?:{_forms(spec['indirect'] + spec['that_cues'] + spec['object_cues'] + spec['act_cues'] + spec['stance_cues'])})\b"),
        say_cues=re.compile(rf"(?:{_forms(spec['indirect'])})$"),
        reporting=f"(?:{_forms(spec['indirect'] + spec['that_cues'])})",
        that_cues=re.compile(rf"(?:{_forms(spec['that_cues'])})$"),
        object_cues=re.compile(rf"(?:{_forms(spec['object_cues'])})$"),
        act_cues=re.compile(rf"(?:{_forms(spec['act_cues'])})$"),
        stance_cues=re.compile(rf"(?:{_forms(spec['stance_cues'])})$"),
        noun_cue=re.compile(rf"(?P<spk>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){{0,3}})[’']s\s+(?:[a-z-]+\s+)?"
                            rf"(?:(?P<speech>{'|'.join(spec['speech_nouns'])})\s+that"
                            rf"|(?P<intent>{'|'.join(spec['intent_nouns'])})\s+to)\s+(?=\w)"),
        clause_start=re.compile(rf"(?:{starts})\b"),
        channels=[re.compile(p) for p in spec["channels"]],
        hedges=spec["hedges"],
        pronouns=spec["pronouns"],
        plural_pronouns=frozenset(spec["plural_pronouns"]),
        honorifics=spec["honorifics"],
        roles=re.compile(rf"\b(?:{roles})s?\b", re.I),
        not_speakers=frozenset(spec["not_speakers"]),
        abbreviation=re.compile(rf"(?<!\w)(?:{'|'.join(spec['abbreviations'])})\.(?=\s*[\w,])"),
    )


def masked(text: str) -> str:
    """The text with each abbreviation's full stop replaced by one placeholder character, so
    'Gov. Mike Pence' and 'U.S. officials' hold no sentence end, and with two apostrophes
    standing for a double quotation mark ('\'\'It is anti-reform,\'\' he said', as some
    wires print quotes) read as one; offsets stay the text's."""
    rx = cues().abbreviation
    return double_marks(rx.sub(lambda m: m.group(0)[:-1] + MASK, text))


def double_marks(text: str) -> str:
    """'\'\'' (and '``') printed for a double quotation mark, as a space and a '"': same length."""
    return text.replace("''", ' "').replace("``", ' "')


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of a masked text; paragraphs end sentences too."""
    out, start = [], 0
    for m in SENTENCE_END.finditer(text):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(text)))
    return [(s, e) for s, e in out if e > s]
