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


def test_verbatim_text_keeps_the_callers_offsets(pipeline):
    text = "Photo: Reuters\nKABUL - Taliban fighters attacked a police post in Helmand.\n"
    doc = pipeline.code_text(text, verbatim=True)
    assert doc.text == text
    assert all(text[e.start:e.end] == e.text for e in doc.entities)
