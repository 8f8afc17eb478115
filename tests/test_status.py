"""How sure the report is: the status of every event, who tells it, and how many it involved,
on sentences from the sample articles and the news corpus."""

import pytest

from tidings import status as status_stage


@pytest.fixture(scope="module")
def coded(pipeline):
    """(CAMEO code, source country, target country, status, status cue, reported by) per event."""

    def _coded(text):
        doc = pipeline.code_text(f"Headline\n\n{text}")
        return [(e.cameo.code, e.source.country, e.target.country if e.target else None, e.status,
                 e.status_cue.text if e.status_cue else None, e.reported_by.name if e.reported_by else None)
                for e in doc.events]

    return _coded


def statuses(events):
    return {(code, status) for code, _, _, status, _, _ in events}


def test_a_plain_statement_is_asserted(coded):
    assert statuses(coded("In 2001, former President George W. Bush's administration expelled 50 Russian "
                          "diplomats.")) == {("161", "asserted")}


def test_allegedly_said_makes_what_was_said_of_alleged(coded):
    found = coded("“No, all of us have to be together,” Trump allegedly said of the push to expel Russian spies.")
    assert found == [("161", "USA", "RUS", "alleged", "allegedly", None)]


def test_allegedly_makes_the_act_alleged(coded):
    found = coded("Theresa May also allegedly offered Trump advice on how to deal with Russian President Vladimir "
                  "Putin. Trump allegedly accused France of misleading him.")
    assert ("112", "USA", "FRA", "alleged", "allegedly", None) in found


def test_a_hedge_does_not_reach_into_a_clause_of_circumstance(coded):
    # 'allegedly' is on the accusation, not on what the president had learnt before it
    found = coded("Trump expelled 60 Russian diplomats. After learning that France and Germany only expelled four "
                  "each, the president allegedly accused the two countries of misleading him.")
    assert [(c, s, t, st) for c, s, t, st, _, _ in found] == [
        ("161", "USA", "RUS", "asserted"), ("161", "FRA", "RUS", "asserted"), ("161", "DEU", "RUS", "asserted"),
        # 'the two countries' are the two named last
        ("112", "USA", "FRA", "alleged"), ("112", "USA", "DEU", "alleged")]


def test_an_alleged_use_in_an_attack_is_alleged(coded):
    found = coded("The policy aide blamed the delay on Mr Trump's decision to expel 60 Russian diplomats last week "
                  "in response to Moscow’s alleged use of a nerve agent in the attempted murder of a former spy "
                  "and his daughter in Salisbury.")
    # the attempted murder's victims are named in the phrase, the Russians the gold codes (RUS->RUS)
    assert found == [("161", "USA", "RUS", "asserted", None, None), ("185", "RUS", "RUS", "alleged", "alleged", None)]


def test_an_act_one_side_blames_on_another_is_alleged_and_told_by_the_accuser(coded):
    found = coded("The row follows Moscow’s alleged use of a nerve agent in the attempted murder of a Russian "
                  "ex-spy in the UK town of Salisbury.\n\nAround 150 Russian diplomats have been expelled from more "
                  "than two dozen nations in solidarity with Britain, who blame Russia for the poisoning.")
    poisoning = [e for e in found if e[0] == "180"]
    assert [e[3:] for e in poisoning] == [("alleged", "blame", "United Kingdom")]


def test_a_claim_of_responsibility_is_the_claimant_s_own_act(coded):
    found = coded("The Taliban claimed responsibility for the bombing inside the heavily fortified Bagram Airfield.")
    assert [(c, s) for c, src, _, s, _, _ in found if src == "AFG"] == [("183", "asserted")]


def test_a_denial_is_an_event_and_denies_what_it_governs(coded):
    assert coded("The Kremlin has denied Russian involvement.") == [("016", "RUS", "RUS", "asserted", None, None)]
    found = coded("Russia denied that Russian troops had attacked Georgian police.")
    assert found == [("190", "RUS", "GEO", "denied", "denied", "Russia")]


def test_did_not_is_negated(coded):
    found = coded("Germany did not expel any Russian diplomats.")
    assert ("161", "DEU", "RUS", "negated", "not", None) in found


def test_if_makes_a_condition_and_its_consequence_hypothetical(coded):
    found = coded("Mr Trump added that if the US attacks President Assad’s regime “we end up fighting Russia”.")
    # the condition is his too: 'added that if ...' is his reported speech (a mixed quote)
    assert ("190", "USA", "SYR", "hypothetical", "if", "Donald Trump") in found
    # 'we' in the president's quotation is his country
    assert ("190", "USA", "RUS", "hypothetical", "if", "Donald Trump") in found


def test_may_is_hypothetical(coded):
    found = coded("There are mounting concerns over the future of Nato after Mr Trump suggested that the US may "
                  "withdraw support from the organisation.")
    assert [(c, s, t, st, cue) for c, s, t, st, cue, _ in found] == [("162", "USA", None, "hypothetical", "may")]


def test_will_plans_to_and_is_expected_to_are_future(coded):
    found = coded("Mr Trump used his first interviews to indicate that he will withdraw support for rebels in Syria.")
    assert [(c[:3], s, t, st, cue) for c, s, t, st, cue, _ in found] == [("162", "USA", "SYR", "future", "will")]
    found = coded("Britain is facing a diplomatic crisis with the US over Donald Trump’s plans to forge an alliance "
                  "with Vladimir Putin.")
    assert any(st == "future" and cue == "plans" for _, _, _, st, cue, _ in found)
    found = coded("Mr Johnson is expected to fly to the US within weeks.")
    assert found == [("042", "GBR", "USA", "future", "expected", None)]


def test_a_question_is_a_question(coded):
    found = coded("Will Russia expel the British diplomats?")
    assert [(c, st) for c, _, _, st, _, _ in found] == [("161", "question")]


def test_reported_by_an_outlet_or_according_to(coded):
    found = coded("Per The Telegraph, Trump ultimately expelled 60 Russian diplomats, topping the counts of any "
                  "other country.")
    assert [(c, st, cue) for c, _, _, st, cue, _ in found] == [("161", "reported", "Per")]
    found = coded("The largest U.S. purge took place in 1986 when former President Ronald Reagan’s leadership "
                  "expelled 55 Russian diplomats, The Independent reported.")
    assert [(c, st, cue) for c, _, _, st, cue, _ in found] == [("161", "reported", "reported")]
    found = coded("Israel killed five Palestinians in Gaza, according to hospital officials.")
    assert [(c, st, cue) for c, _, _, st, cue, _ in found] == [("190", "reported", "according")]


def test_an_act_inside_a_quotation_is_reported_by_its_speaker(coded):
    found = coded("Although Trump often receives criticism for his purportedly warm relationship with Putin, John "
                  "Herbst, a Russia scholar at the Atlantic Council, told The Independent that the American leader "
                  "has taken multiple aggressive actions against the Kremlin.\n\n“If you just look at policy, this "
                  "administration has taken steps the Obama administration was not willing to, such as supplying "
                  "antitank missiles to Ukraine.”")
    assert ("072", "USA", "UKR", "reported", None, "John Herbst") in found


def test_a_speaker_telling_his_own_intent_asserts_it(coded):
    found = coded("Mr Trump said last week that he hoped to meet with Mr Putin in the not too distant future.")
    assert [(c, st, by) for c, _, _, st, _, by in found] == [("036", "asserted", "Donald Trump")]


def test_asking_for_an_act_is_the_appeal_only(coded):
    found = coded("It came as Vladimir Putin urged Donald Trump to encourage Nato to withdraw its forces from "
                  "Russia's borders.")
    assert [c for c, *_ in found] == ["020"]


def test_quantities(pipeline):
    def quantities(text):
        doc = pipeline.code_text(f"Headline\n\n{text}")
        return [(e.quantity.text, e.quantity.value) if e.quantity else None for e in doc.events]

    assert quantities("Per The Telegraph, Trump ultimately expelled 60 Russian diplomats.") == \
        [("60 Russian diplomats", 60)]
    assert quantities("Trump expelled 60 Russian diplomats. France and Germany only expelled four each.") == \
        [("60 Russian diplomats", 60), ("four each", 4), ("four each", 4)]
    assert quantities("The row followed the expulsion of dozens of Russian diplomats from the US.") == \
        [("dozens of Russian diplomats", None)]


def test_status_words_are_data():
    cues = status_stage.cues()
    assert set(cues.order) <= set(status_stage.STATUSES)
    assert "allegedly" in cues.allege_adverbs and "will" in cues.future_aux and "if" in cues.condition_marks


def test_an_event_noun_carried_out_by_a_negated_verb_is_negated(code):
    events = code("The United States did not take part in arms shipments to the Syrian rebels, officials said.")
    assert [e.status for e in events if e.trigger.text == "shipments"] == ["negated"]
    events = code("Obama did not discuss the Israeli offensive against Hamas.")  # the offensive was waged
    assert [e.status for e in events if e.trigger.text == "offensive"] == ["asserted"]


def test_a_modal_before_its_subject_opens_a_condition(code):
    events = code("Should Israeli forces launch a ground invasion of Gaza, the violence would increase.")
    assert [e.status for e in events if e.trigger.text == "invasion"] == ["hypothetical"]


def test_what_one_side_insists_the_other_did_is_alleged(coded):
    found = coded("Hamas leader Ismail Haniyeh insisted that Israel started the war.")
    assert [(code[:2], src, status) for code, src, _, status, _, _ in found] == [("19", "ISR", "alleged")]


def test_an_act_told_as_a_possible_use_is_hypothetical(coded):
    found = coded("Russia is selling military helicopters to Syria for possible use in slaughtering "
                  "pro-democracy demonstrators.")
    assert ("072", "asserted") in statuses(found)
    assert {status for code, _, _, status, _, _ in found if code[:2] in ("18", "19")} == {"hypothetical"}


def test_no_signs_of_an_act_and_no_plans_for_it_negate_it(coded):
    assert statuses(coded("But Egyptian President Mohamed Morsy showed no signs of backing down.")) == \
        {("080", "negated")}
    assert statuses(coded("Israel has no plans to withdraw its troops from the West Bank.")) == {("0874", "negated")}
    assert statuses(coded("Egyptian President Mohamed Morsy showed signs of backing down.")) == {("080", "asserted")}


def test_an_act_one_decides_when_or_how_to_do_is_a_question(coded):
    assert statuses(coded("The Israeli cabinet met to decide when to launch a ground invasion of Gaza.")) == \
        {("190", "question")}
    found = coded("U.S. officials are weighing how to punish Syria for using chemical weapons.")
    assert ("116", "question") in statuses(found)


def test_no_mention_of_an_act_does_not_negate_it(coded):
    events = coded("The group made no mention of the Palestinian rocket fire aimed at Israel but condemned “this act "
                   "of aggression by the Israelis and their resort to force against the defenseless people”.")
    assert ("194", "asserted") in statuses(events)


def test_what_an_act_not_done_was_for_was_not_done(coded):
    events = coded("Mrs. Clinton was referring to a Russian-made attack helicopter that Syria already owns but has not "
                   "yet deployed to crack down on opposition forces.")
    assert statuses(events) == {("175", "negated")}


def test_what_a_government_said_it_would_do_is_future(coded):
    events = coded("The Afghan government said on Wednesday it would free 400 Taliban prisoners.")
    assert statuses(events) == {("0841", "future")}


def test_a_participle_is_told_at_the_time_of_its_verb(coded):
    events = coded("On Thursday, the White House announced Obama will leave for Asia next week, embarking on a "
                   "four-day, history-making trip to Cambodia, Myanmar and Thailand.")
    assert statuses(events) == {("042", "future")}


def test_an_act_joined_by_or_to_a_negated_one_is_negated(coded):
    events = coded("It also wants international guarantees that Hamas will not rearm or use Egypt's Sinai region, which "
                   "abuts both Gaza and southern Israel, to attack Israelis.")
    assert ("190", "negated") in statuses(events)
