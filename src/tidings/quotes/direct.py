"""Direct speech: a quotation and the attribution around it, in the same sentence ('He told
Fox News: "...', '"...," said Edward Alden, a senior fellow', '"...," Mr Ushakov said'), in
the paragraph before ('Caddell continued:'), or carried on from the quotation before."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from ..records import Actor, Document
from .cues import SENTENCE_END, WORD, Cues
from .speakers import Speakers


# a transcript's line: 'PENCE: Well, look, ...' (the name in capitals, at the paragraph's start)
TRANSCRIPT = re.compile(r"(?m)^[\"“]?(?P<spk>[A-Z][A-Z.’'-]+(?: [A-Z][A-Z.’'-]+){0,2}):[ \t]+(?P<body>\S[^\n]*)")
# a name and its appositive after a quotation, before the cue: ', Leonard E. Burman, director of ..., said'
APPOSED = re.compile(r"^[\s,]*(?P<spk>(?:[A-Z][\w\x00’'-]*\.?\s+){0,4}[A-Z][\w\x00’'-]*),\s+[^“”\"\n]{3,160}?,\s+"
                     r"(?:(?:has|had|have|also|later|then|\w+ly)\s+)?")
# a speaker signed after a dash, as readers' and witnesses' words are printed
DASH_SPEAKER = re.compile(r"[ \t\xa0]*[―—–]+[ \t\xa0]*(?P<spk>[A-Z][^.,;“”\"\n]{1,60}?)[ \t\xa0]*(?:[,.;]|\n|$)")


@dataclass
class Attribution:
    speaker: Actor | None
    cue: str | None
    window: str  # the attribution's text, for its channel and status


def quote_id(doc: Document, start: int, end: int) -> str:
    return hashlib.sha1(f"{doc.key}|quote|{start}|{end}".encode()).hexdigest()[:16]


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around a quotation (of the masked text), extended over the quotation."""
    found = text.rfind("\n\n", 0, start)
    para_start = found + 2 if found >= 0 else 0
    para_end = text.find("\n\n", end)
    para_end = len(text) if para_end < 0 else para_end
    left = para_start
    for m in SENTENCE_END.finditer(text, para_start, max(para_start, start + 1)):
        left = m.end()
    right = para_end
    m = SENTENCE_END.search(text, min(end + 2, para_end), para_end)
    if m:
        right = m.start()
    return left, right


def attribute(c: Cues, speakers: Speakers, masked: str, start: int, end: int, closed: bool
              ) -> Attribution | None:
    """The attribution in a quotation's own sentence, or None."""
    s_start, s_end = sentence_around(masked, start, end)
    b_end = start - 1
    before = masked[s_start:b_end]
    a_start = end + (1 if closed else 0)
    while a_start < s_end and masked[a_start] in ' "':  # the mark of '\'\'...,\'\' he said'
        a_start += 1
    after = masked[a_start:s_end]
    m = c.after.match(after)
    if m:
        group = "spk1" if m.group("spk1") else "spk2"
        speaker = speakers.resolve(a_start + m.start(group), a_start + m.end(group))
        if speaker is not None:
            return Attribution(speaker, (m.group("cue1") or m.group("cue2")).lower(), m.group(0))
    m = APPOSED.match(after)
    if m and c.verbs.match(after, m.end()):
        # '"...," Leonard E. Burman, director of the Tax Policy Center, said': the name before its appositive
        speaker = speakers.resolve(a_start + m.start("spk"), a_start + m.end("spk"))
        if speaker is not None:
            cue = c.verbs.match(after, m.end())
            return Attribution(speaker, cue.group(0).lower(), after[:cue.end()])
    m = DASH_SPEAKER.match(masked, a_start, min(len(masked), a_start + 80))
    if m:  # '"Maybe we can build a wall around Donald Trump." ― Steve Quinlan'
        speaker = speakers.resolve(m.start("spk"), m.end("spk"))
        if speaker is not None:
            return Attribution(speaker, None, m.group(0))
    # every form of the cue before a quotation ends in ':' or ',' (``Cues.before``): a sentence
    # part that does not is passed over, not searched for a speaker at each of its characters
    m = c.before.search(before) if before.rstrip().endswith((":", ",")) else None
    if m:
        group = next(g for g in ("spk", "spk3", "spk4", "spk5") if m.group(g))
        speaker = speakers.resolve(s_start + m.start(group), s_start + m.end(group))
        if speaker is not None:
            cue = m.group("cue") or m.group("cue4") or m.group("cue5") or "said"
            return Attribution(speaker, cue.lower(), m.group(0))
    # a partial quote inside a sentence: 'Antonov called the expulsions "unfortunate"'
    verbs = list(c.verbs.finditer(before))
    if verbs:
        v = verbs[-1]
        speaker = speakers.resolve(s_start, s_start + v.start(), first=True)
        if speaker is not None:
            return Attribution(speaker, v.group(0).lower(), before)
    return None


def transcript(speakers: Speakers, masked: str) -> list[tuple[int, int, Actor]]:
    """The lines of a transcript printed in the text ('WALLACE: Do you really see those two as
    equivalent?'): (start, end, speaker) of each line's words, the speaker the person of that
    surname told before, else one built from the name."""
    out = []
    for m in TRANSCRIPT.finditer(masked):
        body = m.group("body").rstrip(' "”')
        if len(WORD.findall(body)) < 3 or len(m.group("spk")) < 3:
            continue
        speaker = speakers.by_surname(m.start("spk"), m.end("spk"))
        if speaker is not None:
            out.append((m.start("body"), m.start("body") + len(body), speaker))
    return out if len(out) >= 2 else []  # a transcript has two lines at least: one 'NOTE: ...' is a label


def attribute_before(c: Cues, speakers: Speakers, masked: str, start: int) -> Attribution | None:
    """A quotation opening its paragraph, told by the paragraph before when that ends in a
    colon ('Caddell continued:', 'The New York Times reports:')."""
    para_start = masked.rfind("\n\n", 0, start - 1)
    if para_start < 0 or masked[para_start + 2:start - 1].strip():
        return None
    prev = masked[:para_start].rstrip()
    if not prev.endswith(":"):
        return None
    s_start = max(prev.rfind("\n\n") + 2, 0)
    for m in SENTENCE_END.finditer(prev, s_start):
        s_start = m.end()
    m = c.before.search(prev[s_start:] + " ")
    if m is None:
        m2 = re.search(r"(?P<spk>[^.;“”\"\n]{1,120}?)\s+(?P<cue>\w+)(?:\s+[^.;:“”\"\n]{0,60})?:$", prev[s_start:])
        if m2 is None or not c.verbs.fullmatch(m2.group("cue")):
            return None
        speaker = speakers.resolve(s_start + m2.start("spk"), s_start + m2.end("spk"))
        return Attribution(speaker, m2.group("cue").lower(), m2.group(0)) if speaker else None
    group = next(g for g in ("spk", "spk3", "spk4", "spk5") if m.group(g))
    speaker = speakers.resolve(s_start + m.start(group), s_start + m.end(group))
    if speaker is None:
        return None
    return Attribution(speaker, (m.group("cue") or m.group("cue4") or m.group("cue5") or "said").lower(), m.group(0))


def continues(text: str, prev_end: int, start: int) -> bool:
    """A quotation with no attribution goes on from the one before when it is in the same
    paragraph, or opens the next paragraph."""
    breaks = text.count("\n\n", prev_end, start)
    return breaks == 0 or (breaks == 1 and text[start - 3:start - 1] == "\n\n")


def is_fragment(text: str, start: int, end: int, closed: bool, speaker: Actor | None, inside: bool = False) -> bool:
    """A single quoted word, or two or three nobody is given for or that run on into the
    sentence ('a "crisis" meeting'), are a fragment: scare quotes, a title, a phrase.
    ``inside``: a quotation standing as its own sentence ('"It is anti-reform."') goes on
    from the one before, however short."""
    n_words = len(WORD.findall(text[start:end]))
    nxt = text[end + 1:end + 3] if closed else ""
    if inside:
        before = text[max(0, start - 3):start - 1].strip()
        return n_words == 1 or not (before == "" or before[-1:] in ".!?”\"'") or bool(re.match(r"\s[a-z]", nxt))
    return n_words == 1 or (n_words <= 3 and (speaker is None or bool(re.match(r"\s[a-z]", nxt))))
