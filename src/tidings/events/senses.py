"""Sense rules: when a trigger word is used in a sense that is no political event (the
exclusions of data/lexicon/senses.yaml), and when a capitalized event noun is a name."""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import Sense


def words_of(tok: Token | None) -> set[str]:
    """Lemmas and forms of a phrase."""
    return {w for t in tok.subtree for w in (t.lemma_.lower(), t.lower_)} if tok is not None else set()


def _bare_name(tok: Token | None) -> bool:
    """A proper name and nothing else: 'Spain', 'New Zealand'."""
    return tok is not None and tok.pos_ == "PROPN" and all(t.pos_ in ("PROPN", "DET") for t in tok.subtree)


def in_name(tok: Token) -> bool:
    """A capitalized event noun in running text is part of a name ('Government of National
    Accord', 'Arab Spring'); in a headline ('Israeli Strike Kills 5') capitals say nothing."""
    if tok.pos_ != "PROPN":
        return False
    words = [t for t in tok.sent if t.is_alpha and len(t) > 3]
    return sum(t.text[0].isupper() for t in words) < 0.6 * len(words)


def sense_of(senses: list[Sense], trigger: Token, subject: Token | None, obj: Token | None) -> Sense | None:
    """The non-political sense (senses.yaml) the trigger is used in, if any: 'China Mine Blast
    Kills 56' (a disaster), 'shares rallied' (markets), 'Spain beat France in the final' (sport).
    For a noun trigger, ``subject`` is the noun itself: its modifiers tell its sense."""
    lemma = trigger.lemma_.lower()
    if subject is trigger:  # a noun's own modifiers, not what it is done to ('murder of his daughter')
        subj_words = {w for c in trigger.lefts for w in words_of(c)}
    else:
        subj_words = words_of(subject)
    context: set[str] | None = None
    for sense in senses:
        if obj is not None and sense.subject and sense.triggers and subject is not trigger and \
                (sense.takes(obj.lemma_.lower()) or sense.takes(obj.lower_)) and \
                {w for c in obj.lefts for w in words_of(c)} & sense.subject:
            return sense  # 'launch a political attack': the event noun a verb carries out has the sense
        if not (sense.takes(lemma) or sense.takes(trigger.lower_)):
            continue
        if sense.subject and subj_words & sense.subject and not subj_words & sense.unless:
            return sense
        if sense.context:
            if context is None:
                context = {w for t in trigger.sent for w in (t.lemma_.lower(), t.lower_)}
            if context & sense.context:
                return sense
        if sense.pairs and _bare_name(subject) and _bare_name(obj):
            return sense
        if sense.object and _objects(trigger, obj) & sense.object:
            return sense
        if sense.heads and trigger.dep_ in ("compound", "amod") and trigger.head.i != trigger.i and \
                {trigger.head.lemma_.lower(), trigger.head.lower_} & sense.heads:
            return sense
        if sense.without and subject is not trigger and not any(_has(trigger, d) for d in sense.without):
            return sense
    return None


def _objects(trigger: Token, obj: Token | None) -> set[str]:
    """Head words of what a verb is done to: its object and the objects of its prepositions
    ('engaged in misconduct')."""
    heads = [obj] if obj is not None and obj is not trigger else []
    heads += [g for c in trigger.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    heads += [c for c in trigger.children if c.dep_ == "xcomp"]  # 'declined to comment
    return {w for h in heads for w in (h.lemma_.lower(), h.lower_)}


def _has(trigger: Token, dependent: str) -> bool:
    """Whether the trigger has a dependent of this kind: 'xcomp' ('told them to leave'),
    'prep:for' ('asked for help'), 'ccomp:that' ('asked that the chairman testify')."""
    dep, _, word = dependent.partition(":")
    for c in trigger.children:
        if c.dep_ != dep:
            continue
        if not word or c.lower_ == word or any(g.dep_ == "mark" and g.lower_ == word for g in c.children):
            return True
    return False
