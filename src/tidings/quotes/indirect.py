"""Reported speech: 'Mr Ushakov said the two leaders have not made preparations', 'polls show
that ...', 'according to the report, ...', '..., officials said.', 'The plan, she said, would
...', "Putin's claim that ...", 'Poll: ...', 'Governor Says State Will ...', 'Limbaugh added:'
before an unquoted paragraph. The content is the clause the cue governs; when it
holds a quotation ('Trump said voting fraud is "a big, big problem"') it is a mixed quote.
Asked for (``acts``), speech acts and stances with what they take too ('called for new
tariffs', 'wants to triple the program'), of kind act.

Read from the text without a parse: the speaker is the phrase right before the cue (an
appositive after a name gives way to the name: 'Edward Alden, a senior fellow at ..., said'),
the clause runs from after the cue (and its 'that', or the person told) to the sentence's end."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..records import Actor
from .cues import WORD, Cues, sentences
from .speakers import Speakers

LEAD = re.compile(r"(?:\s+(?:has|have|had|also|once|later|then|not|never|always|long|did|does|do|would|will|"
                  r"didn[’']t|doesn[’']t|don[’']t|won[’']t|wouldn[’']t|hasn[’']t|haven[’']t|can[’']t|couldn[’']t|"
                  r"could|may|might|is|was|were|are|been|repeatedly|publicly|privately|\w+ly))+\s*$")
FILLER = re.compile(r"^(?:\s+(?:on|last|this|earlier|late|early)\s+\w+|\s+(?:yesterday|today|recently|again|"
                    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening|night))?|"
                    r"repeatedly|privately|publicly|also|(?:in|at)\s+(?:a|an|his|her|their|the|[A-Z])[\w ,.’'-]{1,50}?(?=,?\s+that\b)"
                    r"|in\s+(?:a|an|his|her|their)\s+[\w ]{1,40}?(?=,)"
                    r"|to\s+(?:reporters|the\s+\w+|[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)|\w+ly)|,)*")
BAD_BEFORE = re.compile(r"(?:\b(?:the|a|an|his|her|its|their|this|that|our|my|your|of|to|so|-)|[-‘“\"])\s*$", re.I)
RELATIVE = re.compile(r"\b(?:who|whom|which|that)$", re.I)
NONRESTRICTIVE = re.compile(r",\s+(?:\w+\s+of\s+)?(?:who|whom|which)\s+(?:\w+\s+){0,2}$", re.I)  # ', who also '
PARTITIVE_RELATIVE = re.compile(r"(?:many|most|some|all|several|few|none|one|two|three|both|each)\s+of\s+(?:whom|which)$",
                                re.I)  # 'The senators, many of whom say ...': the senators
APPOSITIVE = re.compile(r"^(?:a|an|the|who|which)\b", re.I)
TAIL = re.compile(r"(?:,\s*(?:according to|(?:he|she|they|it)\s+(?:said|says|added|wrote))\b.*)$")
# what may follow the cue of an inverted attribution: a time or a channel, not a clause
AFTER_CUE = (r"(?:\s+(?:on\s+[A-Z][\w.]*|yesterday|today|\w+day(?:\s+(?:morning|afternoon|evening|night))?|last\s+\w+"
             r"|in\s+(?:an?|his|her|their|its)\s+[\w ]{1,30}|to\s+[\w ]{1,30}))?"
             # a clause of its own may follow: ', as they bristled at ...', ', and those in the bottom ...'
             r"(?:,\s+(?:as|while|when|after|before|adding|and|but|because|though|although|citing)\b[^“”\"]*)?[.!?]?$")
# who may follow an inverted cue: a name, 'the'/'a' phrase, 'one GOP source'
INVERTED_SPEAKER = re.compile(r"(?:[A-Z]|(?:the|a|an|one|two|three|several|some|another|other)\s)")
PASSIVE = re.compile(r"\b(?:is|was|were|are|be|been|being)\s+(?:\w+ly\s+)?$", re.I)  # 'were reported'
DATELINE = re.compile(r"^(?:[A-Z][A-Z .,'-]+(?:\s*\([^)]*\))?\s*[-–—_]+\s+|(?:AP|AFP|Reuters|Canadian Press)\s+[-–—]+\s+|_\s+)+")
SAY = re.compile(r"(?:say|says|said|saying|tell|tells|told)$", re.I)
NOT_A_CLAUSE = re.compile(r"(?:to|in|on|at|for|with|by|of|about|from|during|after|before|so|as|and|but|or|goodbye|"
                          r"elsewhere|afterwards|later|earlier|again|recently|previously|separately|"
                          r"nothing|yes|no|hello|sorry|thanks)\b", re.I)
# a word no speaker phrase after its content holds ('would cost far less than its critics claim')
VERB_IN_SPEAKER = re.compile(r"\b(?:is|are|was|were|be|been|will|would|can|could|should|may|might|must|do|does|did|"
                             r"not|than|if|because)\b", re.I)
# the first verb of a sentence, where its subject ends: 'Police arrested ...', 'Sudan will ...'
FIRST_VERB = re.compile(r"(?<=\s)(?:[a-z]+ed|has|have|had|is|are|was|were|will|would|can|could|may|might|must|"
                        r"should|did|does)\b")
# where the content of a speech act ends: its clause's end
ACT_END = re.compile(r"[;:(]|\s[—–]|\s--\s|\s+(?:and|but)\s+(?:also\s+)?(?:said|says|added|told|noted)\b"
                     r"|,\s+(?:which|who|whom|where|while|as|but|and|or|although|though|because|after|before|when|"
                     r"saying|adding|according|even|despite|since|so|yet|including|in|on|at|with|he|she|they|it|"
                     r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*\s+(?:said|says|added))\b")
# a finite clause within its first words: 'the top 1 percent would be', 'the economy is'
FINITE = re.compile(r"(?:[\w’'.%$-]+\s+){1,7}?(?:is|are|was|were|would|will|has|have|had|can|could|should|may|might|"
                    r"must|does|did|do|(?:won|wouldn|isn|aren|wasn|weren|can|couldn|shouldn|doesn|didn|don|hasn|"
                    r"haven|hadn)[’']t)\b")
# a clause whose subject is a personal pronoun, with any verb: 'show he took a loss', 'believe they are'
NOMINATIVE = re.compile(r"(?:he|she|they|we|I)\s+(?:\w+ly\s+)?[a-z][\w’']*\b(?<!ly)")
# a common noun opening a finite clause: 'believe bigotry and xenophobia are', 'acknowledged funding was'
NOUN_START = re.compile(r"[a-z][\w-]*\b(?<!ing)")
# 'that' standing for a thing, not opening a clause: 'few experts believe that is likely'
THAT_SUBJECT = re.compile(r"\s+(?:is|was|would|will|could|can|may|might|should|has|had|seems|makes|means)\b")
# a time after a speaker phrase: 'an arbitration panel in 2001 found', 'the ministry on Monday said'
SPEAKER_TIME = re.compile(r"\s+(?:in\s+(?:\d{4}|(?:January|February|March|April|May|June|July|August|September|"
                          r"October|November|December)(?:\s+\d{4})?)|on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
                          r"|last\s+(?:week|month|year|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)|this\s+(?:week|month|year))$")
# a title-case headline's cue ('Obama Says African-American Museum Will Tell ...', '..., Lindsey Graham Says')
TITLE_CUE = re.compile(r"(?<=\s)(?:Says|Said|Warns|Warned|Claims|Claimed|Insists|Admits|Argues|Tells|Told|Suggests|"
                       r"Believes|Thinks|Predicts|Fears|Hopes|Denies|Confirms|Reveals)\b")
# 'Poll: ...' at a paragraph's start: one to four capitalized words and a colon
COLON = re.compile(r"(?m)^(?P<spk>[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3}):[ \t]+(?P<body>[A-Z‘'\"“][^\n]{10,})")
PREPOSITION = re.compile(r"(?:about|from|among|of|for|in|on|at|by|with|amid|upon|into|up|off|out|over|that|"
                         r"which|who|is|are|was|were|has|had)\b", re.I)
POSSESSIVE_END = re.compile(r"[’']s?$")
# a time phrase between a cue and its clause: 'after the convention', 'during the debate'
WHEN = re.compile(r"\s+(?:after|before|during|since|at)\s+(?:the|a|an|his|her|their|last|this)\s+[\w-]+(?:\s+[\w-]+)?"
                  r"(?=\s+(?:he|she|they|it|we|I|the|a|an|his|her|their|[A-Z]\w*)\b)")
QUOTE_MARK = re.compile(r"[“”\"]")


@dataclass
class Reported:
    start: int
    end: int
    speaker: Actor | None
    cue: str
    cue_start: int
    kind: str = "indirect"  # or "act": a speech act and what it takes ('called for new tariffs')


def find(text: str, masked: str, c: Cues, speakers: Speakers, inside_quote, acts: bool = False) -> list[Reported]:
    """The reported clauses of a text, in text order (``inside_quote(at)`` tells whether an
    offset sits inside a direct quotation, whose words are the quoted speaker's); with
    ``acts``, the speech acts too ('urged supporters to monitor polling places'), of kind act."""
    found: list[Reported] = []
    headline_end = masked.find("\n\n") if "\n\n" in masked else 0
    for s_start, s_end in sentences(masked):
        if inside_quote(s_start) or s_end - s_start < 15:
            continue
        sentence = masked[s_start:s_end]
        if s_start < headline_end and _title_case(sentence):
            sentence = TITLE_CUE.sub(lambda m: m.group(0).lower(), sentence)  # same length: offsets hold
        found.extend(_according_to(sentence, s_start, c, speakers))
        found.extend(_inverted(sentence, s_start, c, speakers, inside_quote))
        found.extend(_parenthetical(sentence, s_start, c, speakers, inside_quote))
        found.extend(_noun_cued(sentence, s_start, c, speakers, inside_quote, acts))
        for m in c.indirect.finditer(sentence):
            if inside_quote(s_start + m.start()):
                continue
            r = _cued(text, sentence, s_start, m, c, speakers, inside_quote, acts)
            if r is not None:
                found.append(r)
    found.extend(_colon(masked, speakers))
    found.extend(_block(masked, c, speakers))
    seen, out = set(), []
    for r in sorted(found, key=lambda r: (r.start, -r.end)):
        if (r.start, r.end) not in seen and len(WORD.findall(text[r.start:r.end])) >= 3:
            seen.add((r.start, r.end))
            out.append(r)
    return out


def _title_case(sentence: str) -> bool:
    words = [w for w in WORD.findall(sentence) if len(w) > 3]
    return len(words) >= 3 and sum(w[:1].isupper() for w in words) >= 0.8 * len(words)


def _according_to(sentence: str, at: int, c: Cues, speakers: Speakers) -> list[Reported]:
    m = re.match(r"^According to (?P<spk>[^,]{2,90}),\s*(?P<body>.+?)[.!?]?[\"”]?$", sentence)
    if m is None:
        m = re.search(r"^(?P<body>.+?),?\s+according to (?P<spk>[^,.;]{2,90})", sentence)
    if m is None or re.search(r"[“”\"]", m.group("body")) and c.verbs.search(m.group("body")):
        return []  # '"...," Mr Ushakov said, according to Russian agencies': a channel, not a speaker
    speaker = speakers.resolve(at + m.start("spk"), at + m.end("spk"))
    body_end = m.end("body")
    lead = DATELINE.match(sentence) if m.start("body") == 0 else None
    return [Reported(at + (lead.end() if lead else m.start("body")), at + body_end, speaker, "according to", at + m.start("spk") - 13)]


def _noun_cued(sentence: str, at: int, c: Cues, speakers: Speakers, inside_quote, acts: bool) -> list[Reported]:
    """"Russia's claim that it had no part in the attack" (reported speech) and "Trump's
    decision to skip the debate" (an act, asked for with ``acts``): the clause after the noun."""
    out = []
    for m in c.noun_cue.finditer(sentence):
        if inside_quote(at + m.start()) or (m.group("intent") and not acts):
            continue
        speaker = speakers.named_speaker(at + m.start("spk"), at + m.end("spk"))
        if speaker is None or speaker.kind in ("adjective",):
            continue
        body = sentence[m.end():]
        stop = (TAIL.search(body) if m.group("speech") else ACT_END.search(body))
        body = body[:stop.start()] if stop else body
        body = body.rstrip(" .!?\"”’")
        cue = (m.group("speech") or m.group("intent")).lower()
        out.append(Reported(at + m.end(), at + m.end() + len(body), speaker, cue, at + m.start(m.lastgroup),
                            "indirect" if m.group("speech") else "act"))
    return out


def _colon(masked: str, speakers: Speakers) -> list[Reported]:
    """A paragraph, a headline's most often, that gives its speaker and a colon: 'Poll: Clinton
    and Trump in dead heat heading into first debate', 'Pat Caddell: Democrat Voters Worried'.
    The speaker must be one the tables, the NER or a role noun know ('Live: Olympics day four'
    names nobody)."""
    out = []
    for m in COLON.finditer(masked):
        if m.group("spk").isupper():
            continue  # a transcript's line: direct speech
        speaker = speakers.named_speaker(m.start("spk"), m.end("spk"))
        if speaker is None or speaker.kind in ("country", "adjective"):
            continue
        body = m.group("body").rstrip(" .!?\"”’")
        out.append(Reported(m.start("body"), m.start("body") + len(body), speaker, ":", m.end("spk")))
    return out


def _block(masked: str, c: Cues, speakers: Speakers) -> list[Reported]:
    """A paragraph that ends in its speaker, a cue and a colon, and the unquoted paragraph it
    opens, as some outlets print a long quotation: 'Limbaugh added:\n\nAnd from a supposed
    front-runner, ...'. (A quoted one is a direct quote; a transcript's 'NAME:' line its own.)"""
    out = []
    for m in _with_cues(BLOCK, c.reporting).finditer(masked):
        speaker = speakers.resolve(m.start("spk"), m.end("spk"))
        if speaker is None:
            continue
        body = m.group("body").rstrip(" .!?")
        out.append(Reported(m.start("body"), m.start("body") + len(body), speaker, m.group("cue").split()[0].lower(),
                            m.start("cue")))
    return out


def _inverted(sentence: str, at: int, c: Cues, speakers: Speakers, inside_quote) -> list[Reported]:
    """'The two leaders have not met, Mr Ushakov said.', '..., said Edward Alden, a fellow.' and
    '..., top lawmakers said Friday, as they bristled at ...': the content is all before."""
    m = _with_cues(INVERTED, c.reporting).search(sentence)
    m2 = None if m else re.search(r",\s+(?P<cue>said|says|added|wrote|noted|argued|explained)\s+(?P<spk>[^,;“”\"]{2,90})"
                                  r"(?:,[^“”\"]*)?[.!?]?$", sentence)
    if m2 is not None and (len(m2.group("spk").split()) > 8 or not re.match(INVERTED_SPEAKER, m2.group("spk"))):
        m2 = None  # ', said the suing states were ...' is no speaker after its cue
    m = m or m2
    if m is None or len(WORD.findall(sentence[:m.start()])) < 4 or inside_quote(at + m.start() - 1):
        return []
    if VERB_IN_SPEAKER.search(m.group("spk")):
        return []  # ', would cost far less than its critics claim.': a clause, not a speaker
    if any(_cued_clause(sentence, v, c) for v in c.indirect.finditer(sentence, 0, m.start())):
        return []  # 'An official said Sunday ..., news agencies reported': the agencies are its channel
    speaker = speakers.resolve(at + m.start("spk"), at + m.end("spk"))
    if speaker is None:
        return []
    lead = DATELINE.match(sentence)
    start = at + (lead.end() if lead else 0)
    return [Reported(start, at + m.start(), speaker, m.group("cue").split()[0].lower(), at + m.start("cue"))]


def _cued_clause(sentence: str, v: re.Match[str], c: Cues) -> bool:
    """Whether the cue ``v`` has a clause of its own after it ('said Sunday Israel would not')."""
    rest = sentence[v.end():]
    fill = FILLER.match(rest)
    rest = rest[fill.end() if fill else 0:].lstrip(" ,")
    return bool(re.match(r"that\b", rest) or (c.clause_start.match(rest) and FINITE.match(rest)))


def _finite(c: Cues, body: str) -> bool:
    """Whether ``body`` opens with a finite clause: 'prices will rise', 'he took a loss',
    'bigotry and xenophobia are acceptable'; not 'in the good sense', 'the rule in the interview'."""
    if NOMINATIVE.match(body):
        return True
    if not (c.clause_start.match(body) or NOUN_START.match(body) and not NOT_A_CLAUSE.match(body)
            and not PREPOSITION.match(body)):
        return False
    return FINITE.match(body) is not None


def _parenthetical(sentence: str, at: int, c: Cues, speakers: Speakers, inside_quote) -> list[Reported]:
    """'Lenox was a juggernaut, Mr. Clarke said, until it went bankrupt' and 'All of this, he
    acknowledges, could be undone at the ballot box': the attribution inside."""
    m = _with_cues(PARENTHETICAL, c.reporting).match(sentence)
    if m is None or inside_quote(at + m.start("a")) or len(WORD.findall(m.group("a"))) < 2:
        return []
    speaker = speakers.resolve(at + m.start("spk"), at + m.end("spk"))
    if speaker is None:
        return []
    lead = DATELINE.match(sentence)
    end = at + len(sentence.rstrip(" .!?"))
    return [Reported(at + (lead.end() if lead else 0), end, speaker, m.group("cue").split()[0], at + m.start("cue"))]


def _cued(text: str, sentence: str, at: int, m: re.Match[str], c: Cues, speakers: Speakers,
          inside_quote, acts: bool = False) -> Reported | None:
    """'SUBJECT CUE (that) CLAUSE' around the cue verb ``m``."""
    left = sentence[:m.start()]
    cue = m.group(0)
    if BAD_BEFORE.search(left) or not left.strip() or PASSIVE.search(left) and not cue.endswith("ing"):
        return None  # 'were reported', but 'is saying', 'is warning voters that'
    rest = sentence[m.end():]
    if rest[:1].isalpha() or rest.startswith("-"):
        return None
    # the complement: after fillers ('on Monday', 'to reporters'), a 'that', or the person told
    fill = FILLER.match(rest)
    k = fill.end() if fill else 0
    when = WHEN.match(rest, k)
    if when and c.clause_start.match(rest[when.end():].lstrip()) and FINITE.match(rest[when.end():].lstrip()):
        k = when.end()  # 'said after the convention he would not accept'
    that = re.match(r"\s+(?:that|how|whether|if)\b", rest[k:])
    if that and that.group(0).strip() == "that" and THAT_SUBJECT.match(rest, k + that.end()):
        that = None  # 'believe that is likely': the that is the clause's subject
    told = None
    if that is None and re.match(r"tell|told|warn|assur|remind|urg|ask", cue, re.I):
        told = re.match(r"\s+(?:[\w.’'-]+\s+){1,4}?(?=that\b)|\s+(?:[\w.’'-]+\s+){1,8}?(?=(?:how|whether|why)\s)"
                        r"|\s+(?:him|her|them|us|me|reporters|[A-Z][\w.’']*"
                        r"(?:\s+[A-Z][\w.’']*)*)\s+(?=\w)", rest[k:])
        if told:
            k += told.end()
            that = re.match(r"\s*that\b", rest[k:])
            if that is None and not FINITE.match(rest[k:].lstrip()):
                return None  # 'she told BBC Radio Four's PM programme.': whom, not what
    if that:
        k += that.end()
    body_start = k + len(rest[k:]) - len(rest[k:].lstrip(" ,:"))
    body = rest[body_start:]
    if not body:
        return None
    mark = QUOTE_MARK.search(body)
    partial = mark is not None and len(WORD.findall(body[:mark.start()])) <= 8
    low = cue.lower()
    any_clause = SAY.match(cue) is not None and "," not in rest[:body_start] and body[:1].isalpha() \
        and not NOT_A_CLAUSE.match(body) and not re.match(r"\w+ing\b", body)  # 'say other changes are needed'
    speech = (that is not None
              # a partial quote after its cue: 'called Machado "disgusting"', 'blasted Clinton as a "disgrace"'
              or partial and bool(c.object_cues.match(low) or c.act_cues.match(low))
              # belief and evidence take a finite clause: 'experts believe prices will rise', not 'believe in'
              or bool(c.that_cues.match(low)) and (partial or _finite(c, body))
              # a said-verb takes any clause
              or bool(c.say_cues.match(low)) and (bool(c.clause_start.match(body)) or any_clause or _finite(c, body)))
    # what is not reported speech may be a speech act or a stance and what it takes ('called for
    # new tariffs', 'accused Russia of war crimes', 'backed Clinton'), to the end of its clause
    act = not speech and that is None and (c.act_cues.match(low) or c.stance_cues.match(low)) is not None \
        and body[:1].isalnum()
    if act and not acts:
        return None  # not asked for: its speaker is not even looked up, so it is no antecedent
    if act and " " not in low and not low.startswith("ask") and PREPOSITION.match(body):
        return None  # 'face questions about their health', 'support from black voters': a noun, not the verb
    if act:
        stop = ACT_END.search(body)
        body = body[:stop.start()] if stop else body
    elif not speech:
        return None
    if body.startswith(("“", '"')) and that is None:
        return None  # 'He told Fox News: "..."': the quotation is the record
    tail = TAIL.search(body)
    body_end = tail.start() if tail else len(body.rstrip(" .!?\"”’"))
    for joined in re.finditer(r",?\s+(?:but|and)\s+(?:also\s+|then\s+|\w+ly\s+)?|;\s+", body[:body_end]):
        if c.indirect.match(body, joined.end()):  # 'called it "unfortunate," but said ...': two cues
            body_end = joined.start()
            break
        if joined.group(0).startswith((",", ";")) and _with_cues(ATTRIBUTED, c.reporting).search(body[joined.end():]):
            body_end = joined.start()  # '..., and when pressed, she replied, "...': the quotation's own attribution
            break
    if NONRESTRICTIVE.search(left):
        comma = body.find(",", 0, body_end)  # 'The senators, many of whom say X, voted ...': X ends at the comma
        body_end = comma if comma > 0 and _finite(c, body[:comma]) else body_end
    if body_end <= 0:
        return None
    start = at + m.end() + body_start
    end = start + body_end
    if not act and ":" in rest[:body_start]:
        # 'The governor added: It's typical of her. She knows nothing, ...': what a colon opens,
        # unquoted, runs to the paragraph's end
        para_end = text.find("\n", start)
        para_end = len(text) if para_end < 0 else para_end
        if not QUOTE_MARK.search(text, start, para_end):
            end = start + len(text[start:para_end].rstrip(" .!?"))
    speaker = _subject(left, at, speakers, inside_quote, participle=cue.endswith("ing"), cue=c.indirect)
    if speaker is None:
        return None
    if act and not re.search(r"(?:ed|ing)\b", low.split()[0]):
        # a cue that may be a noun ('support', 'questions') is a verb when its doer is named right
        # before it ('Democrats support', 'Trump has tried to'): not in 'Trump has just 5 percent support'
        lead = LEAD.search(left)
        stop = lead.start() if lead else len(left.rstrip())
        gap = sentence[max(0, speaker.end - at):stop]
        coordinated = re.search(r"\b(?:and|but|yet|or)$", left[:stop])  # 'He proposes ... and plans to'
        if not coordinated and (len(gap.split()) > 2 or re.search(r"\d|\w(?:ed|’s|'s)\b|^[’']", gap)
                                or POSSESSIVE_END.search(speaker.text) or len(speaker.text.split()) > 5):
            return None
    return Reported(start, end, speaker, cue.lower(), at + m.start(), "act" if act else "indirect")


def _subject(left: str, at: int, speakers: Speakers, inside_quote, participle: bool = False,
             cue: re.Pattern[str] | None = None) -> Actor | None:
    """The speaker of a cue from the text before it: the last phrase before the cue, past
    auxiliaries and adverbs ('has repeatedly denied'); a relative 'who' or an appositive
    ('John Herbst, a scholar, told') gives way to the name before it."""
    lead = LEAD.search(left)
    stop = lead.start() if lead else len(left.rstrip())
    party = re.search(r"\s*\([^()]{1,30}\)$", left[:stop])  # 'Rep. Trey Gowdy (R-S.C.) said'
    if party:
        stop = party.start()
    when = SPEAKER_TIME.search(left[:stop])
    if when:
        stop = when.start()
    chunks = [(mm.start(), mm.end()) for mm in re.finditer(r"(?:[^,;:()—–-]|(?<=\w)-(?=\w))+", left[:stop])
              if mm.group(0).strip()]
    if not chunks:
        return None
    if participle and left[:stop].endswith(","):
        # '"...," Chaffetz said in a statement, adding that': the one named last, past any quotation
        closing = max(left.rfind("”"), left.rfind('"'))
        return speakers.resolve(at + closing + 1, at + stop)
    if re.search(r"\b(?:and|but)$", left[:stop]):  # 'Herbst noted ... but said': the sentence's subject
        s0 = chunks[0][0]
        dateline = DATELINE.match(left)  # 'BEIJING (Reuters) - Beijing accused'
        if dateline:
            s0 = dateline.end()
        e0 = next((e for s, e in chunks if e > s0 + 1), chunks[0][1])
        who = [j for j, (cs, ce) in enumerate(chunks) if re.match(r"\s*who\b", left[cs:ce])]
        if who and who[-1] > 0:  # '..., Theresa May, who has accused X and said': the one the who is
            cs, ce = chunks[who[-1] - 1]
            found = speakers.resolve(at + cs, at + ce)
            if found is not None:
                return found
        verb = cue.search(left, s0, e0) if cue is not None else None
        verb = verb or FIRST_VERB.search(left, s0, e0)
        if verb is not None and left[s0:verb.start()].strip():
            # 'Authorities announced on Friday the arrest ... and said': the subject of the first verb
            found = speakers.resolve(at + s0, at + verb.start())
            if found is not None:
                return found
        return speakers.resolve(at + s0, at + e0, first=True)
    i = len(chunks) - 1
    s, e = chunks[i]
    conj = list(re.finditer(r"(?:^|\s)(?:and|but|while|as|because|although|though|when|after|since|so|if|that|"
                            r"however|meanwhile|yet|still|instead|also|now|then)\s", left[s:e], re.I))
    whole = s
    if conj:
        s = s + conj[-1].end()
    if inside_quote(at + s):
        return None
    phrase = left[s:e].strip()
    if RELATIVE.search(phrase) and i > 0 and (len(phrase.split()) == 1 or PARTITIVE_RELATIVE.match(phrase)):
        s, e = chunks[i - 1]
    elif (APPOSITIVE.match(phrase) or phrase[:1].islower()) and i > 0:
        # 'Richard Revesz, director of the Institute ..., said': the name before the appositive,
        # past a relative clause about the appositive ('..., a spokeswoman for X, which is made up of Y, said')
        for j in range(i - 1, max(-1, i - 4), -1):
            named = speakers.named_person(at + chunks[j][0], at + chunks[j][1])
            if named is not None:
                return named
            if not APPOSITIVE.match(left[chunks[j][0]:chunks[j][1]].strip()):
                break
    if len(left[s:e].split()) > 12:
        s = e - len(" ".join(left[s:e].split()[-6:])) - 1
    found = speakers.resolve(at + s, at + e)
    if found is None and whole < s and len(left[whole:e].split()) <= 10:
        # 'Political observers in Virginia and around the country say': the and is inside the subject
        found = speakers.resolve(at + whole, at + e, first=True)
    return found


# The patterns built around the cue verbs (``Cues.reporting``), compiled once (``_with_cues``):
# each sentence asks them, and building one anew costs as much as searching a sentence with it.
BLOCK = (r"(?m)^(?P<spk>[^\n.;:“”\"]{{1,80}}?)\s+(?:(?:has|had|also|then|later)\s+)?"
         r"(?P<cue>{reporting}|told\s+[^\n.;:“”\"]{{1,40}}?)(?:\s+[^\n.;:“”\"]{{1,40}}?)?:[ \t]*\n+"
         r"(?P<body>[^\n“”\"]{{20,}})(?=\n|$)")
INVERTED = (r",\s+(?!(?:and|but|or|as|while|which|who)\b)(?P<spk>[^,;:“”\"]{{1,80}}?)\s+"
            r"(?:has\s+|had\s+|have\s+)?(?:also\s+|\w+ly\s+)?(?:(?:was|were|is|are|has\s+been)\s+quoted\s+as\s+)?"
            r"(?P<cue>{reporting}|told\s+(?:the\s+)?[A-Z][\w.’']*(?:\s+[A-Z][\w.’']*)*|told\s+\w+){after_cue}")
PARENTHETICAL = (r"(?P<a>[^,“”\"]{{5,}}?),\s+(?P<spk>[^,;“”\"]{{1,60}}?)\s+(?:(?:has|had|have|also)\s+)?"
                 r"(?P<cue>{reporting}|told\s+(?:me|us|him|her|them|reporters))"
                 r"(?:\s+(?:on\s+)?[A-Z]\w+day|\s+(?:yesterday|today|recently|later))?,\s+(?P<b>[^“”\"]{{10,}}.*)$")
ATTRIBUTED = r"\b(?:{reporting})[,:]\s*[“\"]"


@cache
def _with_cues(template: str, reporting: str) -> re.Pattern[str]:
    return re.compile(template.format(reporting=reporting, after_cue=AFTER_CUE))
