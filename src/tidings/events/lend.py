"""One act told twice: a wire item's headline and its lead (or two sentences running) tell the
same act, and what one telling leaves out the other gives.

- 'Five killed, 30 hurt in Kashmir car explosion' names no doer; its lead does ('A suicide
  bomber rammed a car ... in Kashmir, killing four soldiers'): the headline's act is the lead's.
- 'Sudan Peace Talks Resume' names no partner; the lead does ('Sudan's government resumed talks
  with rebels').
- 'Militia to Hand Weapons to Iraq Police' / 'they will begin handing weapons over to Iraqi
  police': the lead's act with no doer it can name is the headline's doer's.

Two tellings are of one act when one's CAMEO code is the other's or one below it ('killed'
1823, 'wounding' 182; 'threat' 130, 'threatened to attack' 138; not 'kidnapped' 181), or one's trigger is a word of the other's ('Peace Talks Resume' / 'resumed
talks'), and no side they both name is of another country. Only the lead (the first paragraph
after the headline) tells the headline's act again; another act is told again in the very next
sentence. A side is lent only with a country (an unknown one confirms nothing), and no
civilians are lent as a doer (the victims a lead counts: 'leaving three people dead').
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, MutableMapping
from dataclasses import replace

from ..records import Actor, Event


def lead(text: str) -> tuple[int, int]:
    """Where a document's headline ends and its lead paragraph ends (0, 0: no headline)."""
    cut = text.find("\n\n")
    if cut <= 0:
        return 0, 0
    body = cut + 2
    end = text.find("\n\n", body)
    return cut, end if end > 0 else len(text)


def _country(actor: Actor | None) -> str | None:
    if actor is None:
        return None
    return actor.country or (actor.code or "")[:3] or None


def agrees(mine: Iterable[Actor], theirs: Actor | None) -> bool:
    """Whether a side one telling names (any of ``mine``) and the other's (``theirs``) can be
    the same: either names none, or they share a country."""
    countries = {_country(a) for a in mine} - {None}
    other = _country(theirs)
    return not countries or other is None or other in countries


def same_act(cameo: str, lemma: str, event: Event, words: Mapping[int, frozenset[str]]) -> bool:
    """Whether an act (its CAMEO code, its trigger's lemma) is the one ``event`` tells
    (``words``: the lemmas of each coded act's trigger and object, by the trigger's offset)."""
    return _subsumes(event.cameo.code, cameo) or lemma in words.get(event.trigger.start, ())


def _subsumes(a: str, b: str) -> bool:
    """Whether two CAMEO codes can tell one act: one is the other or a code below it (a root's
    general code, '130' threaten, covers every threat: '138' threaten to attack)."""
    def stem(code: str) -> str:
        return code[:2] if len(code) == 3 and code.endswith("0") else code
    x, y = stem(a), stem(b)
    return x.startswith(y) or y.startswith(x)


def lendable(actor: Actor | None, doer: bool) -> bool:
    return actor is not None and bool(actor.country) and not (doer and actor.sector == "CVL")


def telling(events: Iterable[Event], words: Mapping[int, frozenset[str]], within: tuple[int, int], cameo: str,
            lemma: str, sources: list[Actor], targets: list[Actor]) -> Event | None:
    """The first event told ``within`` (a span of the text: the lead, the sentence before)
    that tells the same act as one with these ``sources`` and ``targets``, with the side
    these lack to lend."""
    lo, hi = within
    found = [e for e in events if lo <= e.trigger.start < hi and same_act(cameo, lemma, e, words)
             and agrees(sources, e.source) and agrees(targets, e.target)
             and (sources or lendable(e.source, True)) and (targets or lendable(e.target, False))]
    return min(found, key=lambda e: e.trigger.start) if found else None


def unnamed(actors: list[Actor], mentions: Iterable[Actor]) -> bool:
    """Whether every one of ``actors`` is a kind of doer whose own words name no country or
    body ('Jets', 'Troops', 'Gunmen'): its country is the story's guess, which the lead may
    correct ('Jets hit rebel city' / 'US fighter jets bombed the rebel-held city')."""
    return bool(actors) and all(a.kind == "country" and a.role is None and not any(
        m.start < a.end and a.start < m.end for m in mentions) for a in actors)


def _head_word(text: str) -> str:
    words = text.lower().split()
    return words[-1].removesuffix("s") if words else ""


def kind_telling(events: Iterable[Event], words: Mapping[int, frozenset[str]], within: tuple[int, int],
                 cameo: str, lemma: str, sources: list[Actor], targets: list[Actor],
                 mentions: Iterable[Actor]) -> Event | None:
    """The lead's telling of a headline act whose doer is a kind named without a country,
    where the lead names the same kind with one ('US fighter jets'): the doer it names."""
    lo, hi = within
    kinds = {_head_word(a.text) for a in sources}
    named = list(mentions)
    found = [e for e in events if lo <= e.trigger.start < hi and same_act(cameo, lemma, e, words)
             and agrees(targets, e.target) and lendable(e.source, True) and _head_word(e.source.text) in kinds
             and any(e.source.start <= m.start < e.source.end for m in named)]
    return min(found, key=lambda e: e.trigger.start) if found else None


def rename_kinds(events: MutableMapping[tuple, Event], words: Mapping[int, frozenset[str]], head: int, lead_end: int,
                 mentions: list[Actor]) -> None:
    """Give a headline act whose doer is a kind with no country named ('Jets hit rebel city')
    the doer the lead names for the same act with the same kind ('US fighter jets bombed the
    rebel-held city'): the story's country was a guess."""
    for key, event in list(events.items()):
        if event.trigger.start >= head or not unnamed([event.source], mentions):
            continue
        told = next((e for lemma in sorted(words.get(event.trigger.start, frozenset()))
                     if (e := kind_telling(events.values(), words, (head, lead_end), event.cameo.code, lemma,
                                           [event.source], [event.target] if event.target else [], mentions))
                     is not None), None)
        if told is None or _country(told.source) == _country(event.source):
            continue
        del events[key]
        renamed = (key[0], told.source.code, *key[2:])
        if renamed not in events:
            events[renamed] = replace(event, source=told.source)
