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


def test_partial_quotes_inside_reported_speech_are_one_mixed_quote_of_the_sentence_subject(pipeline):
    doc = pipeline.code_text("Headline\n\nRussian Ambassador to the US Anatoly Antonov called the expulsions "
                             "“unfortunate,” but said the two countries were “destined to become friends again,” in "
                             "a video address last week.")
    mixed = next(q for q in doc.quotes if q.kind == "mixed")
    assert mixed.text.startswith("the two countries were “destined to become friends again,”")
    assert (mixed.speaker.name, mixed.cue, mixed.channel, mixed.fragment) == ("Anatoly Antonov", "said",
                                                                              "in a video address", False)
    piece = next(q for q in doc.quotes if q.text == "destined to become friends again,")
    assert piece.fragment and piece.speaker.name == "Anatoly Antonov"  # its words are the mixed quote's


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
    assert ("foolish", True) in [(t, frag) for t, _, _, _, _, frag in found]
    # the sentence is Putin's reported speech, holding the quoted word
    assert ("The separatist conflicts in Georgia resulted from the \"foolish \" move by Georgia to strip South "
            "Ossetia of its status", "Vladimir Putin", "saying", None, "asserted", False) in found


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


def test_said_after_the_quote_names_a_speaker_no_table_knows(pipeline):
    doc = pipeline.code_text("Headline\n\n“Trade is the one issue where the candidates agree,” said Edward Alden, "
                             "a senior fellow at the Council on Foreign Relations.")
    quote = doc.quotes[0]
    assert (quote.kind, quote.fragment, quote.cue) == ("direct", False, "said")
    assert (quote.speaker.name, quote.speaker.kind) == ("Edward Alden", "person")


def test_according_to_the_report_is_reported_speech_of_the_report(pipeline):
    doc = pipeline.code_text("Headline\n\nAccording to the report, the campaign spent more on consultants than on "
                             "advertising in August.")
    quote = next(q for q in doc.quotes if q.kind == "indirect")
    assert quote.text == "the campaign spent more on consultants than on advertising in August"
    assert (quote.speaker.text, quote.cue, quote.status) == ("the report", "according to", "reported")


def test_a_spokesman_is_a_speaker(pipeline):
    doc = pipeline.code_text("Headline\n\n“We will not comment on an ongoing investigation,” a spokesman said.")
    assert (doc.quotes[0].fragment, doc.quotes[0].speaker.text) == (False, "a spokesman")


def test_she_is_the_nearest_woman_told_before_not_the_most_famous(pipeline):
    doc = pipeline.code_text("Headline\n\nHillary Clinton spoke in Ohio on Monday. Campaign spokeswoman Ms. Jessica "
                             "Ditto answered reporters afterwards.\n\n“Of course Mr. Trump is going to defend "
                             "himself,” she said.")
    quote = next(q for q in doc.quotes if not q.fragment)
    assert (quote.speaker.text, quote.speaker.name) == ("she", "Jessica Ditto")


def test_a_quote_running_across_paragraphs_is_one_quote(pipeline):
    doc = pipeline.code_text("Headline\n\nPat Caddell continued:\n\n\"The health issue overall is very much a "
                             "partisan issue, but that does not account for the same numbers here.\n\n\"Forty-three, "
                             "yes; forty-four, no. Rasmussen has a similar question.\"")
    quotes = [q for q in doc.quotes if not q.fragment]
    assert len(quotes) == 1
    assert quotes[0].text.endswith("Rasmussen has a similar question.")
    assert (quotes[0].speaker.name, quotes[0].cue) == ("Pat Caddell", "continued")


def test_inverted_attribution_said_before_the_speaker(pipeline):
    doc = pipeline.code_text("Headline\n\nThe race is tighter than the national polls suggest, said Larry Sabato, "
                             "director of the University of Virginia Center for Politics.")
    quote = next(q for q in doc.quotes if q.kind == "indirect")
    assert quote.text == "The race is tighter than the national polls suggest"
    assert (quote.speaker.name, quote.cue) == ("Larry Sabato", "said")


def test_officials_said_at_the_end_of_reported_speech(pipeline):
    doc = pipeline.code_text("Headline\n\nThe talks will resume in Geneva next week, U.S. officials said.")
    quote = next(q for q in doc.quotes if q.kind == "indirect")
    assert quote.text == "The talks will resume in Geneva next week"
    assert (quote.speaker.text, quote.speaker.country) == ("U.S. officials", "USA")


def test_a_quote_signed_after_a_dash_and_one_printed_with_two_apostrophes(pipeline):
    doc = pipeline.code_text("Headline\n\nReaders wrote in.\n\n“Maybe we can build a wall around the whole "
                             "campaign.” ― Steve Quinlan\n\n''There's a lot of new complexity,'' Mr. Burman said. "
                             "''It is anti-reform.''")
    said = {q.text: q.speaker.name for q in doc.quotes if not q.fragment}
    assert said["Maybe we can build a wall around the whole campaign."] == "Steve Quinlan"
    assert said["There's a lot of new complexity,"] == "Burman"
    assert said["It is anti-reform."] == "Burman"  # its own sentence: the quotation goes on


def reported(doc):
    return {q.text: (q.speaker.text if q.speaker else None, q.cue) for q in doc.quotes if q.kind == "indirect"}


def test_a_common_noun_subject_speaks_and_an_attribution_inside_the_sentence(pipeline):
    doc = pipeline.code_text("Headline\n\nThe bank said that it had closed 40 branches in the past year.\n\n"
                             "The plan, Ms. Warren said, would cost far less than its critics claim.")
    said = reported(doc)
    assert said["it had closed 40 branches in the past year"] == ("The bank", "said")
    plan = next(t for t in said if t.startswith("The plan"))
    assert plan.endswith("would cost far less than its critics claim") and said[plan] == ("Warren", "said")


def test_speaker_after_the_content_with_a_clause_of_its_own_after(pipeline):
    doc = pipeline.code_text("Headline\n\nThe closure would cost hundreds of jobs, union leaders said Tuesday "
                             "afternoon, as workers gathered outside the plant.")
    assert reported(doc)["The closure would cost hundreds of jobs"] == ("union leaders", "said")


def test_a_belief_verb_takes_a_clause_without_that(pipeline):
    doc = pipeline.code_text("Headline\n\nMost economists expect the central bank will raise rates in March.")
    assert reported(doc)["the central bank will raise rates in March"] == ("Most economists", "expect")


def test_the_second_verb_of_a_subject_reports_and_whom_told_is_no_content(pipeline):
    doc = pipeline.code_text("Headline\n\nPolice arrested two men on Sunday in the killing of a shopkeeper and said "
                             "the investigation would continue.\n\nShe told BBC Radio Four's Today programme.")
    said = reported(doc)
    assert said["the investigation would continue"] == ("Police", "said")
    assert not any("programme" in t for t in said)


def test_a_reporter_after_reported_speech_is_its_channel_not_a_second_speaker(pipeline):
    doc = pipeline.code_text("Headline\n\nA senior army officer said Sunday the border would stay closed for a "
                             "week, news agencies reported.")
    said = reported(doc)
    assert list(said.values()) == [("A senior army officer", "said")]
    assert next(iter(said)).startswith("the border would stay closed")


def test_speech_acts_are_attributions_unless_only_speech_is_asked_for(pipeline):
    from tidings import Pipeline, Settings
    text = ("Headline\n\nThe union called for a national strike over the pension reform, which the government "
            "rejected.\n\nThe mayor urged residents to stay indoors until the storm passed.")
    acts = {q.text: (q.speaker.text, q.cue) for q in pipeline.code_text(text).quotes if q.kind == "act"}
    assert acts["a national strike over the pension reform"] == ("The union", "called for")
    assert acts["residents to stay indoors until the storm passed"] == ("The mayor", "urged")
    speech = Pipeline(Settings(attributions="speech")).code_text(text)
    assert not [q for q in speech.quotes if q.kind == "act"]  # docs/annotation.md item 8's quotes only


def test_an_event_a_stance_takes_is_not_made_reported_by_its_attribution(pipeline):
    from tidings.quotes import containing
    doc = pipeline.code_text("Headline\n\nThe French president wants to expel four Russian diplomats over the "
                             "poisoning.")
    act = next(q for q in doc.quotes if q.kind == "act")
    assert (act.text, act.cue) == ("expel four Russian diplomats over the poisoning", "wants to")
    expel = next(e for e in doc.events if e.cameo.code == "161")
    assert expel.status != "reported"  # the outlet tells what he wants, not what he said
    assert containing(doc.quotes, expel.trigger.start) is None


def test_stances_and_evidence_are_attributions_of_kind_act_too():
    from tidings import Pipeline, Settings
    doc = Pipeline(Settings(attributions="all")).code_text(
        "Headline\n\nThe governor wants to double the number of charter schools by 2020.\n\nRecent polls show a "
        "tight race in the state, where 29 electoral votes are at stake.")
    acts = {q.text: (q.speaker.text, q.cue) for q in doc.quotes if q.kind == "act"}
    assert acts["double the number of charter schools by 2020"] == ("The governor", "wants to")
    assert acts["a tight race in the state"] == ("Recent polls", "show")


def test_an_act_with_a_quotation_near_its_cue_stays_a_partial_quote(pipeline):
    doc = pipeline.code_text("Headline\n\nThe minister accused the opposition of “playing politics with people’s "
                             "lives” during the debate.")
    assert [q.kind for q in doc.quotes if not q.fragment] == ["mixed"]


def test_a_transcript_gives_each_line_to_its_speaker(pipeline):
    doc = pipeline.code_text("Headline\n\nSenator Maria Cantwell spoke to the host on Sunday.\n\nHOST: Will you vote "
                             "for the bill on Tuesday?\n\nCANTWELL: No, not in its present form, and I have told the "
                             "leadership so.")
    lines = {q.text: q.speaker.name for q in doc.quotes if q.cue == ":"}
    assert lines["No, not in its present form, and I have told the leadership so."] == "Maria Cantwell"
    assert lines["Will you vote for the bill on Tuesday?"] == "Host"


def test_a_headline_gives_its_speaker_before_a_colon_only_when_it_names_one(pipeline):
    doc = pipeline.code_text("Poll: Voters Sour on the Tax Plan as the Vote Nears\n\nThe vote is on Tuesday.")
    said = {q.text: q.speaker.text for q in doc.quotes if q.kind == "indirect"}
    assert said == {"Voters Sour on the Tax Plan as the Vote Nears": "Poll"}
    assert not pipeline.code_text("Live: Olympics Day Four in Athens\n\nThe games go on.").quotes


def test_a_cue_that_is_also_a_noun_is_no_act():
    from tidings import Pipeline, Settings
    doc = Pipeline(Settings(attributions="all")).code_text(
        "Headline\n\nThe senator has just 4 percent support among young voters.\n\nBoth candidates face questions "
        "about their health.\n\nThe senator supports a higher minimum wage.")
    acts = {q.text: q.speaker.text for q in doc.quotes if q.kind == "act"}
    assert acts == {"a higher minimum wage": "The senator"}


def test_a_possessive_speaker_and_a_noun_of_saying(pipeline):
    doc = pipeline.code_text("Headline\n\nThe report contradicts Putin's claim that Russian troops never crossed the "
                             "border.")
    said = reported(doc)
    assert said["Russian troops never crossed the border"] == ("Putin", "claim")


def test_after_a_time_phrase_and_a_party_label_the_clause_is_still_reported(pipeline):
    doc = pipeline.code_text("Headline\n\nSen. Maria Cantwell (D-Wash.) said after the vote she would keep "
                             "pressing for the bill.")
    assert reported(doc)["she would keep pressing for the bill"] == ("Maria Cantwell", "said")


def test_a_name_and_its_appositive_after_the_quotation_say_it(pipeline):
    doc = pipeline.code_text("Headline\n\n“It is a sensible first step,” Maria Lopez, an economist at the Brookings "
                             "Institution, said of the plan.")
    quote = next(q for q in doc.quotes if q.kind == "direct")
    assert (quote.fragment, quote.speaker.name, quote.cue) == (False, "Maria Lopez", "said")


@pytest.mark.parametrize("sentence, clause, speaker", [
    # a belief or a finding takes a finite clause whatever its subject: a bare noun, a pronoun, a 'that'
    ("Many of the senator's supporters believe tariffs and quotas are a mistake.", "tariffs and quotas are a mistake",
     "Many of the senator's supporters"),
    ("Leaked documents from the ministry show he took a bribe in 2012.", "he took a bribe in 2012",
     "Leaked documents from the ministry"),
    ("The tariffs could widen cracks in the alliance, although few experts believe that is likely.",
     "that is likely", "few experts"),
    ("Former union members have complained they weren't given a vote on the deal.",
     "they weren't given a vote on the deal", "Former union members"),
    # 'is saying' is no passive; whom one told comes before how
    ("The White House is saying that the report shows the need for reform.", "the report shows the need for reform",
     "White House"),
    ("The pollster Pat Caddell told the radio host on Thursday how surprised he was that health had become an issue.",
     "how surprised he was that health had become an issue", "Pat Caddell"),
    # a time after the speaker is no part of it
    ("An arbitration panel in 2001 found the United States was in breach of the agreement.",
     "the United States was in breach of the agreement", "An arbitration panel"),
])
def test_reported_clauses_with_any_subject_and_cue_frame(pipeline, sentence, clause, speaker):
    said = reported(pipeline.code_text(f"Headline\n\n{sentence}"))
    assert said[clause][0] == speaker


def test_an_attribution_set_inside_its_clause_with_any_cue_of_saying(pipeline):
    said = reported(pipeline.code_text("Headline\n\nAll of this, the minister acknowledges, could be undone at the "
                                       "ballot box."))
    assert said == {"All of this, the minister acknowledges, could be undone at the ballot box":
                    ("the minister", "acknowledges")}


def test_a_title_case_headline_gives_its_speaker_before_or_after(pipeline):
    for headline in ("Governor Says State Will Close Schools Ahead of Storm",
                     "State Will Close Schools Ahead of Storm, Governor Says"):
        said = reported(pipeline.code_text(f"{headline}\n\nThe storm is due on Friday."))
        assert said == {"State Will Close Schools Ahead of Storm": ("Governor", "says")}


def test_an_unquoted_paragraph_after_a_cue_and_a_colon_is_reported_speech(pipeline):
    said = reported(pipeline.code_text("Headline\n\nThe governor spoke on the radio on Monday.\n\nThe governor added:"
                                       "\n\nIt is typical of the opposition. They know nothing about the budget, and "
                                       "they never will.\n\nThe budget vote is on Tuesday."))
    assert said["It is typical of the opposition. They know nothing about the budget, and they never will"] == \
        ("The governor", "added")


def test_a_relative_clause_speaks_for_the_noun_before_it_and_ends_at_its_comma(pipeline):
    said = reported(pipeline.code_text("Headline\n\nThe senators, many of whom say the president's claims are "
                                       "unfounded, voted against the bill."))
    assert said == {"the president's claims are unfounded": ("The senators", "say")}


def test_a_headlines_reported_speech_does_not_go_on_into_the_body(pipeline):
    doc = pipeline.code_text("Governor Says State Will Close Schools Ahead of Storm\n\n\"We are ready for the worst "
                             "of it and the schools will stay shut.\"\n\nThe storm is due on Friday.")
    quote = next(q for q in doc.quotes if q.kind == "direct")
    assert quote.speaker is None and quote.fragment  # nobody the body names says it


def test_a_state_in_the_speaker_is_no_cue_verb(pipeline):
    doc = pipeline.code_text("Headline\n\n\"Nobody should be on the roads on Friday,\" the state police chief told "
                             "reporters.")
    assert next(q for q in doc.quotes if q.kind == "direct").speaker.text == "the state police chief"
