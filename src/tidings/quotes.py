"""Quotes: who said what. Direct quotations in every quote style, their speakers, cue
verbs and channels, indirect speech, and scare quotes told apart as fragments.

Works on the text and the actor mentions, without a parse, so it costs little:
quotation marks are paired per paragraph (a paragraph that opens a quote and does
not close it runs to its end, as news prints quotes that go on for paragraphs);
the attribution is read from the same sentence, before ('He told Fox News: "...'),
after ('"...," Mr Ushakov said') or around a partial quote ('Antonov called the
expulsions "unfortunate"'); 'he' and 'she' are the nearest person of that gender
told before, 'the source' and 'the official' the actor last named with that noun,
and a quote with no attribution of its own continues the quote before it. Cue
verbs, hedges and channels are data: ``data/quotes/cues.yaml``.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache

from . import data
from .actors import antecedent
from .records import Actor, Document, Quote

OPEN_DOUBLE, CLOSE_DOUBLE = "“\"«", "”\"»"
SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’']?\s+(?=[\"“‘'A-Z])")
WORD = re.compile(r"[\w'’-]+")


@dataclass(frozen=True)
class Cues:
    verbs: re.Pattern[str]  # a cue verb in any tense: said, says, told, warned ...
    after: re.Pattern[str]  # '," Mr Ushakov said' right after a quote
    before: re.Pattern[str]  # 'He told Fox News: ' right before one
    indirect: re.Pattern[str]  # 'Mr Ushakov said the two leaders ...'
    channels: list[re.Pattern[str]]
    hedges: dict[str, str]  # word -> status: allegedly -> alleged
    pronouns: dict[str, str]  # he -> m, she -> f
    roles: re.Pattern[str]  # 'the source', 'the official'


@cache
def cues() -> Cues:
    spec = data.read_yaml("quotes/cues.yaml")
    verbs = "|".join(sorted({f for v in spec["verbs"] for f in v.split("|")}, key=len, reverse=True))
    indirect = "|".join(sorted({f for v in spec["indirect"] for f in v.split("|")}, key=len, reverse=True))
    starts = "|".join(spec["clause_starts"])
    adverb = r"(?:(?:also|later|then|\w+ly)\s+)?"
    aux = r"(?:(?:has|had|have|will|would|is|was)\s+)?"
    return Cues(
        verbs=re.compile(rf"\b(?:{verbs})\b"),
        after=re.compile(rf"^[\s,.!?]*(?:(?P<cue1>{verbs})\s+(?P<spk1>[^.,;“”\"]{{1,80}}?)(?=[,.;]|$)"
                         rf"|(?P<spk2>[^.;“”\"]{{1,90}}?)\s+{aux}{adverb}(?P<cue2>{verbs})\b)"),
        before=re.compile(rf"(?P<spk>[^.;“”\"]{{1,120}}?)\s+{aux}{adverb}(?:(?:on\s+\w+\s+)?)(?P<cue>{verbs})"
                          rf"(?P<rest>[^.;:“”\"]{{0,60}})[:,]\s*$"
                          rf"|(?P<spk3>[A-Z][^.;:“”\"]{{0,60}}?)\s+on\s+[A-Z][\w-]+:\s*$"),
        indirect=re.compile(rf"\b(?P<cue>{indirect})(?:\s+(?:on\s+\w+|last\s+\w+|yesterday|today))?"
                            rf"(?:\s+[^,.;“”\"]{{1,50}}?(?=\s+that\s))?\s+(?:that\s+)?"
                            rf"(?P<body>(?:{starts})\b[^“”\"]*?)(?=[.!?](?:\s|$))"),
        channels=[re.compile(p) for p in spec["channels"]],
        hedges=spec["hedges"],
        pronouns=spec["pronouns"],
        roles=re.compile(rf"^(?:the|a|an|another|one)\s+(?:[\w-]+\s+){{0,3}}?(?P<noun>{'|'.join(spec['roles'])})s?$",
                         re.I),
    )


def find(doc: Document) -> list[Quote]:
    """The quotations of a document (``doc.actors`` must hold its actor mentions)."""
    c = cues()
    spans = list(_quote_spans(doc.text))
    mentions = sorted(doc.actors, key=lambda a: a.start)
    starts = [m.start for m in mentions]
    indirect = _indirect(doc, c, spans, mentions, starts)
    found: list[Quote] = []
    previous: Quote | None = None
    for start, end, closed in spans:
        told = [q for q in indirect if q.end < start]
        if told and (previous is None or told[-1].end > previous.end):
            previous = told[-1]
        s_start, s_end = _sentence(doc.text, start, end)
        before = doc.text[s_start:start - 1]
        after = doc.text[end + (1 if closed else 0):s_end]
        speaker, cue, window = _attribute(doc, c, before, after, s_start, end + 1, mentions, starts)
        body = doc.text[start:end]
        n_words = len(WORD.findall(body))
        nxt = doc.text[end + 1:end + 3] if closed else ""
        fragment = n_words == 1 or (n_words <= 3 and (speaker is None or bool(re.match(r"\s[a-z]", nxt))))
        if speaker is None and cue is None and previous is not None and not fragment and \
                _continues(doc.text, previous.end, start):
            speaker, cue, window = previous.speaker, previous.cue, ""
        if speaker is None and cue is None:
            fragment = True  # nobody says it: a headline's or a narrative's quoted words
        quote = Quote(id=_id(doc, start, end), doc_id=doc.doc_id, text=body, start=start, end=end,
                      speaker=speaker, cue=cue, channel=_channel(c, before + " " + after),
                      status=_status(c, window), fragment=fragment)
        found.append(quote)
        if not fragment:
            previous = quote
    found.extend(indirect)
    found.sort(key=lambda q: q.start)
    return found


def containing(quotes: list[Quote], at: int) -> Quote | None:
    """The quotation (not a fragment) that character offset ``at`` sits in, if any."""
    return next((q for q in quotes if not q.fragment and q.start <= at < q.end), None)


def _id(doc: Document, start: int, end: int) -> str:
    return hashlib.sha1(f"{doc.key}|quote|{start}|{end}".encode()).hexdigest()[:16]


def _quote_spans(text: str):
    """(start, end, closed) of each quotation's inside, per paragraph; double quotes first,
    single ones (‘ ’ and ') only outside them."""
    offset = 0
    for para in text.split("\n\n"):
        taken: list[tuple[int, int]] = []
        for opens, closes in ((OPEN_DOUBLE, CLOSE_DOUBLE), ("‘'", "’'")):
            i, n = 0, len(para)
            while i < n:
                ch = para[i]
                if ch in opens and (i == 0 or not para[i - 1].isalnum()) and \
                        not any(s <= i < e for s, e in taken) and i + 1 < n and not para[i + 1].isspace():
                    j = i + 1
                    while j < n and not (para[j] in closes and (j + 1 == n or not para[j + 1].isalnum())
                                         and (not para[j - 1].isspace() or _straight_closer(para, j))):
                        j += 1
                    closed = j < n
                    if opens != OPEN_DOUBLE and not closed:
                        i += 1  # an apostrophe, not a quotation
                        continue
                    taken.append((i, j + 1))
                    end = j
                    while end > i + 1 and para[end - 1].isspace():  # '"foolish " move'
                        end -= 1
                    yield offset + i + 1, offset + end, closed
                    i = j + 1
                else:
                    i += 1
        offset += len(para) + 2


def _straight_closer(para: str, j: int) -> bool:
    """A straight '"' with a space before it closes a quotation when it cannot open one: a
    space or punctuation follows ('the "foolish " move', as some wires print it)."""
    return para[j] == '"' and (j + 1 == len(para) or para[j + 1] in " \t.,;:!?)")


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around a quotation, extended over the quotation itself."""
    para_start = text.rfind("\n\n", 0, start) + 2 if text.rfind("\n\n", 0, start) >= 0 else 0
    para_end = text.find("\n\n", end)
    para_end = len(text) if para_end < 0 else para_end
    left = para_start
    for m in SENTENCE_END.finditer(text, para_start, max(para_start, start)):
        left = m.end()
    right = para_end
    m = SENTENCE_END.search(text, min(end + 2, para_end), para_end)
    if m:
        right = m.start()
    return left, right


def _attribute(doc: Document, c: Cues, before: str, after: str, before_start: int, after_start: int,
               mentions: list[Actor], starts: list[int]
               ) -> tuple[Actor | None, str | None, str]:
    """(speaker, cue, attribution text) from the sentence around a quotation."""
    m = c.after.match(after)
    if m:
        spk_group = "spk1" if m.group("spk1") else "spk2"
        speaker = _speaker(doc, c, m.group(spk_group), after_start + m.start(spk_group), mentions, starts)
        if speaker is not None:
            return speaker, (m.group("cue1") or m.group("cue2")).lower(), m.group(0)
    m = c.before.search(before)
    if m:
        group = "spk" if m.group("spk") else "spk3"
        speaker = _speaker(doc, c, m.group(group), before_start + m.start(group), mentions, starts)
        if speaker is not None:
            return speaker, (m.group("cue") or "said").lower(), m.group(0)
    # a partial quote inside a sentence: 'Antonov called the expulsions "unfortunate"'
    verbs = list(c.verbs.finditer(before))
    if verbs:
        v = verbs[-1]
        speaker = _speaker(doc, c, before[:v.start()], before_start, mentions, starts, last=False)
        if speaker is not None:
            return speaker, v.group(0).lower(), before
    return None, None, before + after


def _speaker(doc: Document, c: Cues, phrase: str, at: int, mentions: list[Actor], starts: list[int],
             last: bool = True) -> Actor | None:
    """The actor a speaker phrase names: a mention inside it (a person first), a pronoun,
    or a role noun ('the source') that an earlier mention carried."""
    words = phrase.strip()
    lo, hi = bisect_left(starts, at), bisect_left(starts, at + len(phrase))
    inside = mentions[lo:hi]
    if not last and words and words.lower().split()[0] in c.pronouns:
        inside = []  # 'She will also compare the US election ...': the subject is 'she'
    if inside:
        people = [a for a in inside if a.kind == "person"]
        pool = people or inside
        return pool[-1] if last else pool[0]
    first = words.lower().split()[0] if words else ""
    gender = c.pronouns.get(words.lower().split()[-1] if last else first) if words else None
    if gender:
        return antecedent(doc.text, mentions[:lo], gender)
    role = c.roles.match(words)
    if role:
        after_role = re.compile(rf"\s+(?:[\w-]+\s+){{0,2}}{role.group('noun')}", re.I)  # match() anchors
        for a in reversed(mentions[:lo]):
            if after_role.match(doc.text, a.end, a.end + 40):
                return a
    return None


def _continues(text: str, prev_end: int, start: int) -> bool:
    """A quotation with no attribution goes on from the one before when it is in the same
    paragraph, or opens the next paragraph."""
    breaks = text.count("\n\n", prev_end, start)
    return breaks == 0 or (breaks == 1 and text[start - 3:start - 1] == "\n\n")


def _channel(c: Cues, text: str) -> str | None:
    for rx in c.channels:
        m = rx.search(text)
        if m:
            return m.group("channel").strip()
    return None


def _status(c: Cues, window: str) -> str:
    words = {w.lower() for w in WORD.findall(window)}
    for word, status in c.hedges.items():
        if " " in word and word in window.lower() or word in words:
            return status
    return "asserted"


def _indirect(doc: Document, c: Cues, spans: list[tuple[int, int, bool]], mentions: list[Actor],
              starts: list[int]) -> list[Quote]:
    """Indirect speech: 'Mr Ushakov said the two leaders have not made preparations'."""
    found = []
    for m in c.indirect.finditer(doc.text):
        body_start, body_end = m.span("body")
        if len(WORD.findall(m.group("body"))) < 4 or "\n" in m.group("body"):
            continue
        if any(s - 1 <= body_end and body_start <= e + 1 for s, e, _ in spans):
            continue  # direct speech is told by its own record
        s_start, _ = _sentence(doc.text, m.start(), m.end())
        lead = doc.text[s_start:m.start()]
        # the speaker stands right before the cue ('Mr Ushakov said', 'Mr Trump has repeatedly
        # denied') or, after 'but' or 'and', is the subject of the sentence
        tail = re.search(r"(?P<spk>[^,;]{1,80}?)\s+(?:(?:has|had|have|also|\w+ly)\s+){0,2}$", lead)
        speaker = None
        joined = tail is not None and re.search(r"\b(?:but|and)$", tail.group("spk").strip()) is not None
        if tail is not None and not joined:
            speaker = _speaker(doc, c, tail.group("spk"), s_start + tail.start("spk"), mentions, starts,
                               last=False)
        if speaker is None:
            # 'Herbst noted that Trump's ... but said': the sentence's subject, the first named;
            # 'John Herbst, a scholar, told': the last named before the cue
            speaker = _speaker(doc, c, lead, s_start, mentions, starts, last=not joined)
        if speaker is None:
            continue
        found.append(Quote(id=_id(doc, body_start, body_end), doc_id=doc.doc_id, text=m.group("body"),
                           start=body_start, end=body_end, speaker=speaker, cue=m.group("cue").lower(),
                           channel=_channel(c, doc.text[s_start:body_end + 1]),
                           status=_status(c, lead + " " + m.group(0)), fragment=False, kind="indirect"))
    return found
