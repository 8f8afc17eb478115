"""One act told twice: a wire item's headline and its lead (or two sentences running) tell the
same act, and what one telling leaves out the other gives.

- 'Five killed, 30 hurt in Kashmir car explosion' names no doer; its lead does ('A suicide
  bomber rammed a car ... in Kashmir, killing four soldiers'): the headline's act is the lead's.
- 'Sudan Peace Talks Resume' names no partner; the lead does ('Sudan's government resumed talks
  with rebels').
- 'Militia to Hand Weapons to Iraq Police' / 'they will begin handing weapons over to Iraqi
  police': the lead's act with no doer it can name is the headline's doer's.

Two tellings are of one act when their CAMEO roots or their triggers' lemmas are the same and
no side they both name is of another country. Only the lead (the first paragraph after the
headline) tells the headline's act again; another act is told again in the very next sentence.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

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


def same_act(cameo: str, lemma: str, event: Event, lemmas: Mapping[int, str]) -> bool:
    """Whether an act (its CAMEO code, its trigger's lemma) is the one ``event`` tells."""
    return event.cameo.code[:2] == cameo[:2] or lemmas.get(event.trigger.start) == lemma


def telling(events: Iterable[Event], lemmas: Mapping[int, str], within: tuple[int, int], cameo: str,
            lemma: str, sources: list[Actor], targets: list[Actor]) -> Event | None:
    """The first event told ``within`` (a span of the text: the lead, the sentence before)
    that tells the same act as one with these ``sources`` and ``targets``."""
    lo, hi = within
    found = [e for e in events if lo <= e.trigger.start < hi and same_act(cameo, lemma, e, lemmas)
             and agrees(sources, e.source) and agrees(targets, e.target)]
    return min(found, key=lambda e: e.trigger.start) if found else None
