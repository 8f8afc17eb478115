"""What the mentions found so far say of a new one: the person of the tables a single
word names again ('Clinton'), the person a possessive or an office names ("Trump's lawyer",
'a spokesman for Mr. Netanyahu'), a body of
no country in the title before a name."""

from __future__ import annotations

import re
from collections.abc import Container

from ...records import Actor
from .sentences import sentence_start


def known_person(mentions: list[Actor], words: list[str], start: int) -> Actor | None:
    """The one person of the tables named before ``start`` whose name has the single word
    ``words`` ('Clinton', 'Moon' of 'Moon Jae-in', 'Kim' of 'Kim Jong-un'); of several, the one
    the story has named most often so far ('Mr Kim' after 'Kim Jong-un', 'Mr Kim' twice and
    'the North's Vice-Foreign Minister, Kim Kye-gwan' is still the leader)."""
    if len(words) != 1:
        return None
    found: dict[str, Actor] = {}
    times: dict[str, int] = {}
    for m in mentions:
        if m.kind == "person" and m.id is not None and m.start < start and m.name \
                and words[0] in re.split(r"[\s-]+", m.name):
            found[m.id] = m
            times[m.id] = times.get(m.id, 0) + 1
    if len(found) == 1:
        return next(iter(found.values()))
    ranked = sorted(times.values(), reverse=True)
    if len(ranked) > 1 and ranked[0] > ranked[1]:
        return found[max(times, key=times.__getitem__)]
    return None


# An Arabic article joined to a surname: the 'al-' of 'Wanis al-Sharif', who is 'Mr. Sharif' after.
ARTICLE_PREFIX = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az)-(?=[A-Z])")


def surname(name: str) -> str:
    """The word a person's later mentions use alone: the last of the name, without a joined
    article ('Wanis al-Sharif': 'Sharif')."""
    words = name.split()
    return ARTICLE_PREFIX.sub("", words[-1]) if words else ""


def is_unlisted(m: Actor) -> bool:
    """A person the tables do not list, found by a title ('Chief Minister Peter Caruana')."""
    return m.kind == "person" and m.id is None


# An office that serves a person, before the person's name: 'a former spokesman for Mr. Netanyahu', 'an aide to Putin'.
SERVES = re.compile(r"\b(?:spokes(?:man|woman|person)|aide|adviser|advisor|assistant|secretary|lawyer|attorney"
                    r"|counsel|deputy|confidant|chief of staff)\s+(?:for|to)\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?"
                    r"(?:[A-Z][\w-]+\s+)*(?P<name>[A-Z][\w-]+)\b")


# A kinsman of a person named after: 'the brother of dictator Kim Jong-un', 'the widow of Mr. X'.
KIN_OF = re.compile(r"\b(?:(?:half|step|grand)-?)?(?:brother|sister|son|daughter|wife|husband|widow|widower|father"
                    r"|mother|nephew|niece|cousin|uncle|aunt|grandson|granddaughter)(?:-in-law)?\s+of\s+"
                    r"(?:(?:the\s+)?(?:late|former|ousted|slain|jailed|dictator|leader|president|king|\w+['’]s)\s+)*")


def possessive_person(text: str, start: int, end: int, mentions: list[Actor]) -> Actor | None:
    """A person of known country named with a possessive in ``text[start:end]``: the one an
    appositive ties someone to ('Trump's lawyer', 'the chairman of Clinton's campaign'), or
    after an office that serves a person ('a former spokesman for Mr. Netanyahu'), or a
    kinsman's ('the brother of dictator Kim Jong-un'); a surname
    alone is the one person of the tables named by it before."""
    found = [(m.start(), m.end(1), m.group(1)) for m in re.finditer(r"\b([A-Z][\w-]+)['’]s\b", text[start:end])]
    found = [(start + at, start + upto, name) for at, upto, name in found]
    # (an honorific's period ends an appositive's match: 'a spokesman for Mr.| Netanyahu')
    found += [(m.start("name"), m.end("name"), m.group("name")) for m in SERVES.finditer(text, start, end + 40)
              if m.start() < end]
    # 'Kim Jong-nam, the brother of dictator Kim Jong-un': a kinsman is of his family's country
    found += [(a.start, a.end, a.text) for m in KIN_OF.finditer(text, start, end) for a in mentions
              if a.kind == "person" and a.country and a.start == m.end()]
    for at, upto, name in sorted(found):
        person = next((a for a in mentions if a.kind == "person" and a.country and a.start <= at and upto <= a.end),
                      None) or known_person(mentions, [name], at)
        if person is not None and person.country:
            return person
    return None


def countryless_body_before(text: str, start: int, mentions: list[Actor]) -> bool:
    """Whether the title before a name names a non-state body of no country that the tables
    know ('the al Qaeda founder, Osama bin Laden'): its leader is not of the story's country."""
    line_start = max(sentence_start(text, start), start - 60)
    return any(line_start <= m.start and m.end <= start and m.kind == "organization" and m.country is None
               and m.id is not None and m.sector != "IGO" for m in mentions)  # a UN ambassador is a state's


def short_body(text: str, start: int, end: int, mentions: list[Actor], offices: Container[str]) -> Actor | None:
    """A body of known country the tables found elsewhere in the document, named in
    ``text[start:end]`` by the first word of its name alone before an office or a sector
    noun (``offices``: 'the Haqqani commander' in a story on the 'Haqqani network'): the body,
    whose officer the phrase describes."""
    bodies = {}
    for m in mentions:
        words = (m.text or "").split()
        if m.kind in ("organization", "institution") and m.id is not None and m.country and len(words) > 1 \
                and words[0][:1].isupper() and len(words[0]) > 3:
            bodies.setdefault(words[0], m)
    for w in re.finditer(r"\b([A-Z][\w-]+)\s+([a-z]+)\b", text[start:end]):
        body = bodies.get(w.group(1))
        at = start + w.start()
        if body is not None and w.group(2) in offices and not any(m.start <= at < m.end for m in mentions):
            return body
    return None
