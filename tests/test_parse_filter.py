"""Which sentences are parsed: those holding a trigger word with the other words its lexicon
pattern needs (lexicon.has_trigger); most sentences of news hold some trigger word ('said',
'has', 'state'), far fewer one that can code."""

from test_lexicon import rows

from tidings import lexicon
from tidings.events import candidate_chunks
from tidings.ingest import from_text


def test_a_light_verb_is_parsed_only_with_the_noun_its_patterns_name():
    lx = lexicon.load()
    assert lexicon.has_trigger("Iran and the United States held talks in Geneva on Monday.", lx)
    assert not lexicon.has_trigger("The mayor held a party for his friends on Monday.", lx)


def test_a_phrase_is_parsed_only_with_its_particle():
    lx = lexicon.load()
    assert lexicon.has_trigger("The council said no to the plan.", lx)
    assert not lexicon.has_trigger("The weather was mild, the council said.", lx)


def test_a_demand_is_parsed_whatever_is_demanded():
    # 'must' or 'should' under a speech verb is a demand, though 'say' alone codes nothing
    assert lexicon.has_trigger("Russia says the monitors must go home.", lexicon.load())


def test_every_news_sentence_of_the_lexicon_table_is_parsed():
    lx = lexicon.load()
    missed = [(code, sentence) for code, sentence in rows() if not lexicon.has_trigger(sentence, lx)]
    assert missed == []


def test_a_sentence_that_cannot_code_ends_the_run_of_parsed_sentences():
    text = ("Rebels attacked a police post in the north. The weather was mild, officials said. "
            "Troops fired on the protesters.")
    doc = from_text("d", text, verbatim=True)
    chunks = candidate_chunks(doc, 0, lexicon.load())
    assert [c.text for c in chunks] == ["Rebels attacked a police post in the north.",
                                        "Troops fired on the protesters."]


def test_a_count_for_the_object_is_parsed_for_the_acts_told_before():
    # 'four' takes the pattern of the expulsions told before, whatever that pattern needs
    assert lexicon.has_trigger("France and Germany only expelled four each.", lexicon.load())


def test_a_wire_credit_before_the_story_is_not_parsed_as_its_subject():
    # AG World: 'AFP - ' opens the story; parsed with it, 'AFP' took 'Georgian' as its apposition
    title = "Shelling, shooting resumes in breakaway Georgian region (AFP)"
    body = ("AFP - Georgian and South Ossetian forces overnight accused each other of trying to storm the "
            "other side's positions in Georgia's breakaway region of South Ossetia.")
    doc = from_text("d", f"{title}\n\n{body}", verbatim=True)
    texts = [c.text for c in candidate_chunks(doc, 0, lexicon.load())]
    assert body[len("AFP - "):] in texts
    assert not any(t.startswith("AFP") for t in texts)
    # a story that opens with a country and a dash is no credit
    doc = from_text("d", "Sudan - the government accused the rebels of attacking a convoy.", verbatim=True)
    assert [c.text for c in candidate_chunks(doc, 0, lexicon.load())][0].startswith("Sudan")


def test_a_state_told_with_be_is_parsed():
    # 'be' is a verb of the lexicon (troops that are on alert or on standby, 152): its forms are triggers
    assert lexicon.has_trigger("British troops are on standby.", lexicon.load())
    assert not lexicon.has_trigger("The weather is mild.", lexicon.load())
