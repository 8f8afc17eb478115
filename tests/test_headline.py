"""A title-cased headline is parsed re-cased, on the document's own evidence of its names."""

from tidings import headline


def recased_headline(text: str, **evidence) -> str:
    out = headline.recase(text, **evidence)
    assert len(out) == len(text) and out[headline.end(text):] == text[headline.end(text):]
    return out[:headline.end(text)]


def test_a_title_cased_headline_lowercases_the_words_that_are_not_names():
    assert recased_headline("Rebels Free Troops After Long Siege\n\nThe rebels freed them.") == \
        "Rebels free troops after long siege"


def test_a_name_the_body_prints_inside_a_sentence_keeps_its_capital():
    text = "Militants Say Hamas Will Halt Attacks\n\nOfficials said on Monday that Hamas would stop."
    assert recased_headline(text) == "Militants say Hamas will halt attacks"


def test_a_word_of_a_named_entity_of_the_body_keeps_its_capital():
    text = "Stern Signs With Sirius, Quits Radio\n\nSirius said on Wednesday it hired him."
    assert recased_headline(text) == "Stern signs with sirius, quits radio"
    assert recased_headline(text, names=["Sirius"]) == "Stern signs with Sirius, quits radio"


def test_an_actor_found_in_the_headline_keeps_its_capital_unless_the_body_prints_it_in_lower_case():
    text = "Kenyan Police Arrest Opposition Leader\n\nKenyan police arrested him at dawn."
    assert recased_headline(text, keep=[(0, len("Kenyan Police"))]) == "Kenyan police arrest opposition leader"
    assert recased_headline("Jets Hit Fallujah\n\nThe city was hit at dawn.", keep=[(9, 17)]) == "Jets hit Fallujah"


def test_function_words_are_lowercased_even_inside_a_name():
    text = "Bank Of England Holds Rates\n\nThe Bank of England kept its rate at 5 percent."
    assert recased_headline(text, keep=[(0, 15)]) == "Bank of England holds rates"


def test_acronyms_possessives_hyphenated_words_and_wire_credits_read_as_printed():
    text = "U.S. Says Iraq's Arsenal Had No WMDs, Iran Test-Fires Missile (Reuters)\n\nNo weapons were found in Iraq."
    assert recased_headline(text) == "U.S. says Iraq's arsenal had no WMDs, iran test-fires missile (Reuters)"


def test_a_headline_in_sentence_case_or_a_text_of_one_paragraph_is_read_as_printed():
    assert headline.recase("Rebels free troops in Congo\n\nThey did.") == "Rebels free troops in Congo\n\nThey did."
    assert headline.recase("Rebels Free Troops In Congo") == "Rebels Free Troops In Congo"


def test_the_parser_reads_the_headline_re_cased_and_records_keep_its_printed_words(pipeline):
    doc = pipeline.code_text("Somali Pirates Free Greek Tanker\n\nSomali pirates released the Greek ship on Friday.")
    e = next(e for e in doc.events if e.trigger.start < doc.text.index("\n\n"))
    assert (e.trigger.text, e.source.text, e.target.text, e.cameo.code) == ("Free", "Somali Pirates", "Greek Tanker", "0841")
    assert e.evidence.text == "Somali Pirates Free Greek Tanker"


# --- headline grammar ------------------------------------------------------------------------

def headline_events(pipeline, text: str):
    from tidings.records import TimeValue

    doc = pipeline.code_text(text, published=TimeValue("2011-05-02", "day"))
    return [e for e in doc.events if e.evidence.start < doc.text.index("\n\n")]


def test_a_headline_infinitive_is_an_act_still_to_come_of_the_noun_before_it(pipeline):
    e, = headline_events(pipeline, "Turkey to Expel Syrian Diplomats\n\nAnkara said it would order the envoys out.")
    assert (e.source.country, e.target.country, e.cameo.code, e.status) == ("TUR", "SYR", "161", "future")


def test_a_verb_the_tagger_reads_as_an_adjective_is_the_headline_verb(pipeline):
    e, = headline_events(pipeline, "Chad rebels free aid workers\n\nThe group said the workers were held near the border.")
    assert (e.trigger.text, e.source.code, e.cameo.code) == ("free", "TCDREB", "0841")


def test_a_headline_verb_before_a_comma_has_its_own_object_and_the_next_clause_stands_apart(pipeline):
    events = headline_events(pipeline, "Congolese Rebels Free Troops, Talks Resume\n\nThe soldiers were held since March.")
    e = next(e for e in events if e.trigger.text == "Free")
    assert (e.source.code, e.target.code, e.cameo.code) == ("CODREB", "CODMIL", "0841")


def test_a_verb_after_a_headline_comma_shares_the_doer(pipeline):
    events = headline_events(pipeline, "Mutinous Soldiers Stage Revolt, Kill Army Chief\n\n"
                                       "Soldiers in Bissau killed the commander of the armed forces on Monday.")
    e = next(e for e in events if e.trigger.text == "Kill")
    assert e.source.sector == "MIL" and e.cameo.root == "19"


def test_a_hyphenated_headline_verb_is_read_whole(pipeline):
    e, = headline_events(pipeline, "Iran Test-Fires Long-Range Missile\n\nState television showed the launch.")
    assert (e.trigger.text, e.source.country, e.cameo.code) == ("Fires", "IRN", "150")


def test_a_headline_present_tense_tells_an_act_done_by_the_day_it_was_published(pipeline):
    e, = headline_events(pipeline, "Kenya Police Arrest Opposition Leader\n\nThe arrest came after days of unrest.")
    assert (e.cameo.code, e.status, e.date.value, e.date.precision) == ("173", "asserted", "2011-05-02", "on_or_before")


def test_a_nominal_headline_is_the_act_its_noun_names(pipeline):
    e, = headline_events(pipeline, "Israeli Raid on Gaza Camp\n\nThe operation began before dawn, residents said.")
    assert (e.source.country, e.target.country, e.cameo.root) == ("ISR", "PSE", "19")


def test_a_text_of_one_paragraph_is_prose_not_a_headline(pipeline):
    from tidings.records import TimeValue

    doc = pipeline.code_text("Kenyan police arrest opposition leader", published=TimeValue("2011-05-02", "day"))
    assert [e.date for e in doc.events] == [None]  # the present of prose is no past act


def test_a_headline_gerund_without_is_is_the_act_of_the_noun_before_it(pipeline):
    e, = headline_events(pipeline, "U.S. Seeking NATO Help in Afghanistan\n\nThe allies met in Brussels on Monday.")
    assert (e.trigger.text, e.source.country, e.target.code, e.cameo.root) == ("Seeking", "USA", "NAT", "02")


def test_a_verbless_headline_puts_its_first_noun_in_the_act_it_names(pipeline):
    events = headline_events(pipeline, "Pakistan in Talks With India Over Kashmir\n\nOfficials met in Delhi.")
    assert {(e.source.country, e.target.country, e.cameo.code) for e in events} == {("PAK", "IND", "046"),
                                                                                  ("IND", "PAK", "046")}


def test_a_word_between_two_actors_of_the_headline_is_its_verb(pipeline):
    # the tagger reads 'Short' as an adjective and 'attacks' as the subject of 'aid'
    events = headline_events(pipeline, "Short attacks US over tsunami aid\n\nFormer Cabinet minister Clare Short "
                             "has criticised the US-led tsunami aid coalition, saying the UN should be leading efforts.")
    e = next(e for e in events if e.trigger.text == "attacks")
    assert (e.source.country, e.target.country, e.cameo.code) == ("GBR", "USA", "111")
