"""spaCy's rule lemmatizer, sooner: its answers remembered, its word index searched as a set.

The rule lemmatizer of spaCy's English pipelines is pure Python run token by token, and
each new word form costs it up to milliseconds: it asks whether a candidate form is in
the index of known words, a list of some ten thousand, searched from the start. Its
answer depends on nothing but the token's form, POS and morphology (and the shipped
tables), so ``RememberingLemmatizer`` runs spaCy's own rules once per distinct (form,
POS, morphology), over the same tables with each index list held as a set (the rules
only ask whether a form is in it), and sets a whole document's lemmas from the answers
at once: the very lemmas, sooner. Any other mode or lemmatizer is left as it is.
"""

from __future__ import annotations

from types import SimpleNamespace

from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.errors import Errors
from spacy.language import Language
from spacy.lookups import Lookups, Table
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc

COLUMNS = [ORTH, POS, MORPH, LEMMA]


class RememberingLemmatizer(Lemmatizer):
    """A rule lemmatizer (of any language class) whose document call looks answers up;
    made by ``speed_up`` from a loaded one, nothing else of it changes."""

    answers: dict[tuple[int, int, int], int]
    rules: SimpleNamespace  # what spaCy's rule_lemmatize reads of its lemmatizer, the index as sets

    def __call__(self, doc: Doc) -> Doc:
        if not self._validated:
            self._validate_tables(Errors.E1004)
        if not len(doc):
            return doc
        try:
            rows = doc.to_array(COLUMNS)
            lemmas = rows[:, 3].copy()
            answers, strings = self.answers, doc.vocab.strings
            for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
                if lemma:  # set already (the attribute ruler's "'s" -> 'be'): kept, as spaCy keeps it
                    continue
                if not pos:  # no POS: spaCy warns for each such token, so it is asked each time
                    lemmas[i] = strings.add(self.lemmatize(doc[i])[0])
                    continue
                found = answers.get((orth, pos, morph))
                if found is None:
                    found = strings.add(Lemmatizer.rule_lemmatize(self.rules, doc[i])[0])  # type: ignore[arg-type]
                    answers[orth, pos, morph] = found
                lemmas[i] = found
            doc.from_array([LEMMA], lemmas)
            return doc
        except Exception as e:
            self.get_error_handler()(self.name, self, [doc], e)


def _as_sets(lookups: Lookups) -> Lookups:
    """The lemmatizer's tables, each list of the word index as a set (the same members)."""
    out = Lookups()
    for name in lookups.tables:
        table = lookups.get_table(name)
        if name == "lemma_index":
            fast = Table(name=name)
            for key, words in table.items():
                fast[key] = frozenset(words) if isinstance(words, (list, tuple)) else words
            table = fast
        out.set_table(name, table)
    return out


def speed_up(nlp: Language) -> None:
    """Give the pipeline's rule lemmatizer (if any) remembered answers and a set index."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    lemmatizer = nlp.get_pipe("lemmatizer")
    kind = type(lemmatizer)
    if not isinstance(lemmatizer, Lemmatizer) or lemmatizer.mode != "rule" or lemmatizer.overwrite \
            or kind.__call__ is not Lemmatizer.__call__ or kind.rule_lemmatize is not Lemmatizer.rule_lemmatize \
            or getattr(lemmatizer.lemmatize, "__func__", None) is not Lemmatizer.rule_lemmatize:
        return
    if not lemmatizer._validated:
        lemmatizer._validate_tables(Errors.E1004)
    lemmatizer.__class__ = type(f"Remembering{kind.__name__}", (RememberingLemmatizer, kind), {})
    lemmatizer.answers = {}
    lemmatizer.rules = SimpleNamespace(cache={}, lookups=_as_sets(lemmatizer.lookups),
                                       is_base_form=lemmatizer.is_base_form)
