"""Quotations and their speakers, on sentences from the sample articles."""

import pytest


@pytest.fixture(scope="module")
def quotes_of(pipeline):
    def _quotes(text):
        doc = pipeline.code_text(f"Headline\n\n{text}")
        return [(q.text, q.speaker.name if q.speaker else None, q.cue, q.channel, q.status, q.fragment)
                for q in doc.quotes]
    return _quotes


def test_quote_then_speaker_and_cue(quotes_of):
    found = quotes_of("“No, all of us have to be together,” Trump allegedly said of the push to expel Russian spies.")
    assert found[0] == ("No, all of us have to be together,", "Donald Trump", "said", None, "alleged", False)


def test_pronoun_speaker_is_the_subject_told_before(quotes_of):
    found = quotes_of("Theresa May also allegedly offered Trump advice on how to deal with Russian President Vladimir Putin."
                      "\n\n“You have to engage with Putin but beware,” she reportedly said.")
    assert ("You have to engage with Putin but beware,", "Theresa May", "said", None, "reported", False) in found


def test_colon_form_with_channel(quotes_of):
    found = quotes_of("Nigel Farage, the Ukip leader, hopes to help.\n\nHe told Fox News:  “Mrs May’s team have been "
                      "quite rude about Trump. There are some fences to be mended.”")
    assert found[-1][1:4] == ("Nigel Farage", "told", "Fox News")


def test_quote_split_by_its_attribution_continues_with_the_same_speaker(quotes_of):
    found = quotes_of("Foreign Office officials believe that it will be hard.\n\n“We have been very clear that Assad "
                      "has no place in the future of Syria,” the official said. “He has the blood of 400,000 people "
                      "on his hands.”")
    speakers = {text: spk for text, spk, *_ in found}
    assert speakers["He has the blood of 400,000 people on his hands."] == "Foreign Office"


def test_partial_quotes_keep_the_sentence_subject(quotes_of):
    found = quotes_of("Russian Ambassador to the US Anatoly Antonov called the expulsions “unfortunate,” but said the "
                      "two countries were “destined to become friends again,” in a video address last week.")
    assert ("destined to become friends again,", "Anatoly Antonov", "said", "in a video address", "asserted",
            False) in found


def test_scare_quotes_are_fragments(quotes_of):
    found = quotes_of("Mr Johnson boycotted a “crisis” meeting of foreign ministers in Brussels.")
    assert [(t, frag) for t, _, _, _, _, frag in found] == [("crisis", True)]


def test_indirect_speech_and_according_to(quotes_of):
    found = quotes_of("Mr Ushakov called the proposal an “interesting, positive idea,” but said the two leaders "
                      "have not made preparations for such a meeting thus far.")
    assert ("the two leaders have not made preparations for such a meeting thus far", "Yuri Ushakov", "said",
            None, "asserted", False) in found
    found = quotes_of('"Against the backdrop of these events, it\'s difficult to discuss the possibility of holding a '
                      'summit," Mr Ushakov said, according to Russian news agencies.')
    assert found[0][1:4] == ("Yuri Ushakov", "said", "Russian news agencies")


def test_a_single_quoted_word_is_a_fragment_even_when_attributed(quotes_of):
    found = quotes_of("He said that Mr Trump could help relations between the US and Russia by “slowing down” or "
                      "“withdrawing” Nato's military presence.")
    assert [(t, frag) for t, _, _, _, _, frag in found] == [("slowing down", True), ("withdrawing", True)]


def test_a_straight_quote_closed_after_a_space(quotes_of):
    found = quotes_of('The separatist conflicts in Georgia resulted from the "foolish " move by Georgia to strip '
                      'South Ossetia of its status, President Vladimir Putin of Russia was quoted as saying.')
    assert [(t, frag) for t, _, _, _, _, frag in found] == [("foolish", True)]


def test_indirect_speech_after_but_is_the_subject_s(quotes_of):
    found = quotes_of("Herbst noted that Trump’s “heart doesn’t seem to be in” such actions but said he ultimately "
                      "follows the advice of his advisers.")
    assert ("he ultimately follows the advice of his advisers", "John Herbst", "said", None, "asserted",
            False) in found


def test_the_speaker_of_a_split_quote_and_of_we(pipeline):
    doc = pipeline.code_text("Headline\n\nMr Trump told the Wall Street Journal that his administration will "
                             "prioritise defeating Isil in Syria. He added that if the US attacks President Assad’s "
                             "regime “we end up fighting Russia”.")
    quote = next(q for q in doc.quotes if q.text == "we end up fighting Russia")
    assert quote.speaker.name == "Donald Trump"
    fight = next(e for e in doc.events if e.target and e.target.country == "RUS")
    assert (fight.source.text, fight.source.country, fight.reported_by.name) == ("we", "USA", "Donald Trump")
