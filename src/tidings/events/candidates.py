"""Which words of a parse the coder's sentence loops look at, read from the parse's arrays at
once: a verb the lexicon has (by lemma), any verb (a clause a demand may be told in), a noun
the lexicon has (by lemma or form). Most words are none of these; spaCy's Token objects are
made only for those that are."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.attrs import LEMMA, LOWER, POS, TAG
from spacy.symbols import AUX, NOUN, PROPN, VERB
from spacy.tokens import Doc, Span, Token

from ..lexicon import Lexicon

VERB_TRIGGER = 1  # tagged a verb ('VERB', 'AUX' or a 'VB*' tag that is no noun), a lemma of the lexicon's verbs
CLAUSE = 2  # a 'VERB' or an 'AUX'
NOUN_TRIGGER = 4  # a 'NOUN' or a 'PROPN' whose lemma or form is one of the lexicon's nouns


def marks(sdoc: Doc, lexicon: Lexicon) -> list[int]:
    """The marks of each word of a parse (``VERB_TRIGGER | CLAUSE | NOUN_TRIGGER``)."""
    if not len(sdoc):
        return []
    known = _known(sdoc, lexicon)
    out = []
    for pos, tag, lemma, lower in sdoc.to_array([POS, TAG, LEMMA, LOWER]).tolist():
        mark = 0
        if pos == VERB or pos == AUX:
            mark = CLAUSE | (VERB_TRIGGER if known.verb(lemma) else 0)
        elif pos == NOUN or pos == PROPN:
            mark = NOUN_TRIGGER if known.noun(lemma) or known.form(lower) else 0
            if pos == PROPN and known.vb(tag) and known.verb(lemma):
                mark |= VERB_TRIGGER  # a 'VB*' tag on a proper noun
        elif known.vb(tag) and known.verb(lemma):
            mark = VERB_TRIGGER
        out.append(mark)
    return out


def marked(sent: Span, of: list[int], mark: int) -> Iterator[Token]:
    """The words of a sentence with any of ``mark``, in order."""
    doc = sent.doc
    for i in range(sent.start, sent.end):
        if of[i] & mark:
            yield doc[i]


class _Known:
    """The lexicon's answers by string id, each found once: whether a lemma is a verb of the
    lexicon, a lemma or form one of its nouns, a tag a 'VB*' one."""

    def __init__(self, sdoc: Doc, lexicon: Lexicon) -> None:
        self.strings = sdoc.vocab.strings
        self.lexicon = lexicon
        self.by_verb, self.by_noun = lexicon.by_verb, lexicon.by_noun
        self._verb: dict[int, bool] = {}
        self._noun: dict[int, bool] = {}
        self._form: dict[int, bool] = {}
        self._vb: dict[int, bool] = {}

    def verb(self, key: int) -> bool:
        got = self._verb.get(key)
        if got is None:
            got = self._verb[key] = bool(self.by_verb.get(self.strings[key].lower()))
        return got

    def noun(self, key: int) -> bool:
        got = self._noun.get(key)
        if got is None:
            got = self._noun[key] = bool(self.by_noun.get(self.strings[key].lower()))
        return got

    def form(self, key: int) -> bool:
        got = self._form.get(key)
        if got is None:
            got = self._form[key] = bool(self.by_noun.get(self.strings[key]))
        return got

    def vb(self, key: int) -> bool:
        got = self._vb.get(key)
        if got is None:
            got = self._vb[key] = self.strings[key].startswith("VB")
        return got


_KNOWN: list[_Known] = []


def _known(sdoc: Doc, lexicon: Lexicon) -> _Known:
    held = _KNOWN[0] if _KNOWN else None
    if held is None or held.strings is not sdoc.vocab.strings or held.lexicon is not lexicon or \
            held.by_verb is not lexicon.by_verb or held.by_noun is not lexicon.by_noun:
        held = _Known(sdoc, lexicon)
        _KNOWN[:] = [held]
    return held
