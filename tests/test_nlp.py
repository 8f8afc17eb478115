from tidings import nlp


def test_every_sentence_gets_named_entities_in_document_offsets(pipeline):
    doc = pipeline.code_text("Kenya clash\n\nProtesters in Nairobi clashed with police, said Edward Alden, "
                             "a senior fellow at the Council on Foreign Relations.")
    found = {(e.text, e.label) for e in doc.entities}
    assert {("Nairobi", "GPE"), ("Edward Alden", "PERSON"), ("the Council on Foreign Relations", "ORG")} <= found
    assert all(doc.text[e.start:e.end] == e.text for e in doc.entities)


def test_a_paragraph_longer_than_the_ner_span_is_cut_at_a_space():
    text = ("word " * (nlp.NER_SPAN // 4)).strip() + "\n\nBoris Johnson spoke."
    pieces = nlp._pieces(text)
    assert all(len(p) <= nlp.NER_SPAN for _, p in pieces)
    assert all(text[o:o + len(p)] == p for o, p in pieces)


def test_a_paragraph_met_again_keeps_its_entities_without_a_second_ner_run(pipeline, monkeypatch):
    footer = "Reporting by Edward Alden in Nairobi; editing by Sarah Smith."
    texts = ["Protesters in Nairobi clashed with police on Sunday.\n\n" + footer,
             "Kenya's president William Ruto spoke in Mombasa.\n\n" + footer]
    first = nlp.entities(pipeline.nlp, texts[:1])[0]
    seen: list[str] = []
    pipe = pipeline.nlp.pipe

    def counted(items, **kwargs):
        if not kwargs.get("as_tuples"):  # spaCy's own call back, for the texts of the tuples
            yield from pipe(items, **kwargs)
            return
        for item in items:
            seen.append(item[0])
            yield from pipe([item], **kwargs)
    monkeypatch.setattr(pipeline.nlp, "pipe", counted)
    second = nlp.entities(pipeline.nlp, texts[1:])[0]
    assert seen == [texts[1].split("\n\n")[0]]  # the footer was not run again
    shift = len(texts[1]) - len(texts[0])
    in_footer = [(e.text, e.start, e.label) for e in first if e.start >= texts[0].index(footer)]
    assert ("Edward Alden", texts[0].index("Edward"), "PERSON") in in_footer
    assert [(t, s + shift, lab) for t, s, lab in in_footer] == \
        [(e.text, e.start, e.label) for e in second if e.start >= texts[1].index(footer)]
    assert all(texts[1][e.start:e.end] == e.text for e in second)


def test_verbatim_text_keeps_the_callers_offsets(pipeline):
    text = "Photo: Reuters\nKABUL - Taliban fighters attacked a police post in Helmand.\n"
    doc = pipeline.code_text(text, verbatim=True)
    assert doc.text == text
    assert all(text[e.start:e.end] == e.text for e in doc.entities)


# --- the attribute ruler matched by look-up ---------------------------------------------

RULER_SENTENCES = [
    "There is no deal yet, and there are many who doubt it, so we're gonna wait.",
    "Y'all ain't seen nothing yet, he said; let's go, c'mon, we gotta leave.",
    "She has done what she had to do, and it gets worse: he got it from me and you.",
    "The minister, who did not attend, said that the talks would resume if both sides agreed.",
    "Which of them is to blame?  That is what   the inquiry will ask.\nIt isn't clear.",
]


def _ruler_matchers():
    from tidings import attribute_ruler

    plain = nlp.load_plain("en_core_web_sm")
    ruler = plain.get_pipe("attribute_ruler")
    keys = [plain.vocab.strings[str(i)] for i in range(len(ruler.attrs))]
    return plain, ruler, attribute_ruler.RuleMatcher(ruler.matcher, keys)


def test_the_attribute_rulers_matches_by_look_up_are_the_matchers_on_parsed_news():
    plain, ruler, fast = _ruler_matchers()
    for doc in plain.pipe(RULER_SENTENCES, disable=["attribute_ruler", "lemmatizer", "ner"]):
        assert sorted(fast(doc, allow_missing=True)) == sorted(ruler.matcher(doc, allow_missing=True))


def test_the_attribute_rulers_matches_by_look_up_are_the_matchers_for_every_pattern():
    """Tokens drawn from the words, tags and dependencies the patterns name (and missing
    ones), so that every pattern matches somewhere and most almost do."""
    import random

    from spacy.tokens import Doc

    plain, ruler, fast = _ruler_matchers()
    words, tags, deps = {"the", "Noun", "\n", " ", "n't", "nt"}, {"", "NN", "XX"}, {"", "dep", "nsubj"}
    for p in ruler.patterns:
        for pattern in p["patterns"]:
            for spec in pattern:
                for name, pool in (("LOWER", words), ("TAG", tags), ("DEP", deps)):
                    value = spec.get(name)
                    if isinstance(value, str):
                        pool.add(value)
                    elif isinstance(value, dict):
                        pool.update(v for op in ("IN", "NOT_IN") for v in value.get(op, []))
    words |= {w.title() for w in list(words)} | {"y'", "y", "nothin'", "nuthin'"}
    rng = random.Random(18)
    words, tags, deps = sorted(words), sorted(tags), sorted(deps)
    matched = 0
    for _ in range(400):
        n = rng.randint(1, 12)
        doc = Doc(plain.vocab, words=[rng.choice(words) for _ in range(n)],
                  tags=[rng.choice(tags) for _ in range(n)])
        for tok in doc:
            tok.dep_ = rng.choice(deps)
        expected = sorted(ruler.matcher(doc, allow_missing=True))
        assert sorted(fast(doc, allow_missing=True)) == expected, [(t.text, t.tag_, t.dep_) for t in doc]
        matched += len(expected)
    assert matched > 400


def test_the_loaded_pipeline_annotates_as_spacys_own(pipeline):
    from tidings.attribute_ruler import RuleMatcher

    assert isinstance(pipeline.nlp.get_pipe("attribute_ruler").matcher, RuleMatcher)
    plain = nlp.load_plain("en_core_web_sm")
    for ours, theirs in zip(pipeline.nlp.pipe(RULER_SENTENCES, disable=["tidings_lemmas"]), plain.pipe(RULER_SENTENCES)):
        assert [(t.tag_, t.pos_, t.dep_, t.lemma_, str(t.morph)) for t in ours] == \
               [(t.tag_, t.pos_, t.dep_, t.lemma_, str(t.morph)) for t in theirs]


# --- the rule lemmatizer with remembered answers --------------------------------------

def test_the_remembering_lemmatizer_gives_spacys_lemmas_for_every_tag_of_inflected_words():
    """Words in every inflection the rules know (and some they do not), under every tag,
    each twice so that the second is answered from memory: the lemmas are spaCy's."""
    import random

    from spacy.tokens import Doc

    from tidings import lemmatizer

    plain, sped = nlp.load_plain("en_core_web_sm"), nlp.load_plain("en_core_web_sm")
    lemmatizer.speed_up(sped)
    assert isinstance(sped.get_pipe("lemmatizer"), lemmatizer.RememberingLemmatizer)
    stems = ["protest", "soldier", "ministry", "fire", "arrest", "dozen", "go", "be", "see", "leaf", "wolf",
             "crisis", "talk", "agree", "strong", "good", "big", "Kharkiv", "police", "stop", "die", "lie"]
    words = sorted({w for s in stems for w in (s, s + "s", s + "es", s + "ed", s + "ing", s + "er", s + "est",
                                               s[:-1] + "ies", s.title())} | {"went", "were", "'s", "n't", "better"})
    tags = sorted(plain.get_pipe("tagger").labels)
    rng = random.Random(18)
    ruler = plain.get_pipe("attribute_ruler")
    for _ in range(60):
        n = rng.randint(1, 30)
        chosen, chosen_tags = [rng.choice(words) for _ in range(n)], [rng.choice(tags) for _ in range(n)]
        theirs, ours = (ruler(Doc(plain.vocab, words=chosen + chosen, tags=chosen_tags + chosen_tags))
                        for _ in range(2))
        plain.get_pipe("lemmatizer")(theirs)
        sped.get_pipe("lemmatizer")(ours)
        assert [t.lemma_ for t in ours] == [t.lemma_ for t in theirs], list(zip(chosen, chosen_tags))


def test_the_lemma_fixes_correct_the_verbs_the_small_model_gets_wrong_in_any_case(pipeline):
    doc = pipeline.nlp("He hoped to meet them. She HOPED so.")
    assert [t.lemma_ for t in doc if t.lower_ == "hoped"] == ["hope", "hope"]


# --- start-up ---------------------------------------------------------------------------

def test_spacy_imported_through_tidings_leaves_its_command_line_until_asked_for():
    import subprocess
    import sys

    code = ("import sys, tidings.nlp, spacy\n"
            "assert 'spacy.cli' not in sys.modules and 'requests' not in sys.modules and 'jinja2' not in sys.modules\n"
            "assert spacy.load is not None and spacy.Language is not None\n"
            "assert callable(spacy.cli.download) and 'spacy.cli.download' in sys.modules\n"
            "assert spacy.info(silent=True)['spacy_version'] == spacy.__version__\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-800:]


def test_the_coders_pipeline_leaves_out_only_the_component_its_package_ships_disabled(pipeline):
    plain = nlp.load_plain("en_core_web_sm")
    assert plain.disabled == list(nlp.NEVER_RUN)
    assert pipeline.nlp.component_names == [p for p in plain.component_names if p not in nlp.NEVER_RUN] + [
        "tidings_lemmas"]


def test_the_package_loaded_with_an_empty_tokenizer_for_its_file_to_fill_is_the_package_byte_for_byte():
    import spacy

    for name in nlp.ALIASES["en_core_web_sm"]:
        try:
            theirs = spacy.load(name, exclude=list(nlp.NEVER_RUN))
        except OSError:
            continue
        ours = nlp._load_package(name, nlp.NEVER_RUN)
        assert ours.config == theirs.config and ours.meta == theirs.meta
        assert ours.tokenizer.to_bytes() == theirs.tokenizer.to_bytes()
        assert ours.to_bytes() == theirs.to_bytes()
        text = "Mr. O'Neill can't visit the U.S. until 5:30 p.m., he said (on 3/4/2019) at https://x.org."
        assert [t.text for t in ours.tokenizer(text)] == [t.text for t in theirs.tokenizer(text)]
        return
    raise AssertionError("no en_core_web_sm package installed")
