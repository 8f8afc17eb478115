"""The coder reads some facts of a parse from its arrays at once (events/candidates.py,
senses.sentence_words); they must say what the tokens themselves say."""

from tidings import nlp
from tidings.events import candidates, senses

SENTENCES = [
    "Russia says Israel must end its attacks on Syria.",
    "Charity chief kidnapped in Iraq as U.S. airstrikes killed 24 soldiers near Fallujah.",
    "Hamas urged the Palestinian Authority to halt talks, and Egypt should open the Rafah crossing.",
    "The Sunni-led protest in Baghdad drew thousands who demanded the release of detainees.",
]


def test_marks_say_which_words_the_sentence_loops_look_at(pipeline):
    lex = pipeline.lexicon
    for sdoc, _ in nlp.parse(pipeline.nlp, ((s, None) for s in SENTENCES)):
        marks = candidates.marks(sdoc, lex)
        for tok in sdoc:
            verb = (tok.pos_ in ("VERB", "AUX") or (tok.tag_.startswith("VB") and tok.pos_ != "NOUN")) and \
                bool(lex.by_verb.get(tok.lemma_.lower()))
            noun = tok.pos_ in ("NOUN", "PROPN") and bool(lex.by_noun.get(tok.lemma_.lower()) or
                                                          lex.by_noun.get(tok.lower_))
            assert bool(marks[tok.i] & candidates.VERB_TRIGGER) == verb, tok.text
            assert bool(marks[tok.i] & candidates.CLAUSE) == (tok.pos_ in ("VERB", "AUX")), tok.text
            assert bool(marks[tok.i] & candidates.NOUN_TRIGGER) == noun, tok.text
        assert any(m & candidates.VERB_TRIGGER for m in marks)  # each sentence has a verb of the lexicon


def test_a_sentences_words_are_its_lemmas_and_forms(pipeline):
    for sdoc, _ in nlp.parse(pipeline.nlp, ((s, None) for s in SENTENCES)):
        for sent in sdoc.sents:
            assert senses.sentence_words(sent[0]) == {w for t in sent for w in (t.lemma_.lower(), t.lower_)}
