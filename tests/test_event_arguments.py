"""Every argument the text gives: doers named without a country, passive victims, acts with
no recipient, and title-cased headlines read as sentences."""

import pytest


@pytest.fixture(scope="module")
def article(pipeline):
    """Code a headline and a body as one article."""

    def _code(title: str, body: str):
        doc = pipeline.code_text(f"{title}\n\n{body}")
        assert doc.ok, doc.error
        return doc.events

    return _code


def only(events, root=None):
    found = [e for e in events if root is None or e.cameo.root == root]
    assert len(found) == 1, [(e.cameo.code, e.source.code, e.target.code if e.target else None) for e in events]
    return found[0]


# --- doers the text names without a country ----------------------------------------

def test_gunmen_with_no_country_anywhere_are_coded_with_an_unknown_country(code):
    e = only(code("Gunmen abducted a contractor."))
    assert (e.cameo.root, e.source.country, e.source.code, e.source.kind) == ("18", None, "---INS", "sector-only")
    assert e.source.text == "Gunmen"


def test_a_doer_takes_the_country_of_the_place_it_acts_in(code):
    e = only(code("Gunmen abducted a contractor in Baghdad."))
    assert (e.source.country, e.source.code) == ("IRQ", "IRQINS")


def test_a_doer_takes_the_country_of_the_dateline(article):
    events = article("Police station attacked", "KABUL (Reuters) - Insurgents attacked a police station on Sunday.")
    e = next(e for e in events if e.trigger.text == "attacked" and e.trigger.start > 30)
    assert (e.source.text, e.source.code) == ("Insurgents", "AFGINS")


def test_a_doer_takes_the_country_the_story_is_set_in(code):
    e = only(code("The bombing in Baghdad was the worst this year. Insurgents ambushed a convoy near the border."),
             "19")
    assert e.source.code == "IRQINS"


def test_a_suicide_bomber_and_his_victims_are_actors_of_unknown_country(code):
    e = only(code("A suicide bomber killed 20 people."))
    assert (e.source.code, e.target.code, e.quantity.value) == ("---INS", "---CVL", 20)


def test_roadside_bombings_stand_for_whoever_planted_them(code):
    e = only(code("Roadside bombings killed four American soldiers."))
    assert (e.source.code, e.source.text, e.target.code) == ("---", "Roadside bombings", "USAMIL")


def test_an_act_with_no_country_on_any_side_and_no_one_done_to_is_not_coded(code):
    assert code("The policy aide blamed the delay on the weather.") == []


# --- passive victims ------------------------------------------------------------------

def test_passive_victims_of_fire_with_an_owner_are_its_target(code):
    e = next(e for e in code("Three Egyptian policemen were killed by Israeli tank fire.") if e.trigger.text == "killed")
    assert (e.source.country, e.target.code) == ("ISR", "EGYCOP")


def test_victims_with_no_agent_take_the_doer_of_the_violence_told_before(code):
    events = code("Israeli troops raided the Jenin refugee camp on Sunday. Three Palestinians were killed.")
    killed = [e for e in events if e.trigger.text == "killed"]
    assert [(e.source.country, e.target.country) for e in killed] == [("ISR", "PSE")]


def test_victims_with_no_doer_in_the_story_code_nothing(code):
    assert code("Nine French peacekeepers were killed.") == []


# --- acts with no recipient -------------------------------------------------------------

@pytest.mark.parametrize("sentence,root", [
    ("Russia has refused to join the exercises.", "12"),
    ("France condemned the decision.", "11"),
    ("Britain appealed for calm.", "02"),
])
def test_a_statement_appeal_or_refusal_with_no_recipient_is_an_event_with_target_null(code, sentence, root):
    e = only(code(sentence))
    assert (e.cameo.root, e.target) == (root, None)


def test_a_reciprocal_act_with_an_unresolved_partner_is_not_coded_without_one(code):
    assert code("Georgian and South Ossetian forces accused each other of shelling.") == []


# --- title-cased headlines ---------------------------------------------------------------

def test_a_title_cased_headline_is_parsed_as_a_sentence(article):
    events = article("Burundi Police Forcibly Disperse Tutsi Protest",
                     "Police in Burundi's capital used tear gas on Wednesday.")
    e = next(e for e in events if e.trigger.text == "Disperse")
    assert (e.cameo.code, e.source.code) == ("175", "BDICOP")


def test_a_headline_read_in_sentence_case_keeps_its_printed_words(article):
    events = article("U.S. Weighs Sanctions Against Iran", "The United States is weighing new measures.")
    e = next(e for e in events if e.trigger.start == 5)
    assert (e.trigger.text, e.source.text, e.target.text) == ("Weighs", "U.S.", "Iran")



# --- intents: agreeing, being willing or ready to act (PLOVER AGREE) ---------------------

def test_being_willing_to_withdraw_is_an_intent_to_do_it(code):
    e = only(code("Egypt is willing to withdraw its troops from Gaza."))
    assert (e.plover.type, e.source.country, e.target.country) == ("AGREE", "EGY", "PSE")


def test_an_agreement_to_act_is_for_whom_the_act_is_done(code):
    e = next(e for e in code("Syria has agreed to allow access of United Nations aid workers.")
             if e.trigger.text == "agreed")
    assert (e.cameo.code, e.source.country, e.target.code) == ("030", "SYR", "UNO")


def test_an_agreement_to_end_a_domestic_uprising_is_domestic_and_placed_there(code):
    e = only(code("Shia cleric Moqtada Sadr reportedly agrees to end an uprising in the holy Iraqi city of Najaf."))
    assert (e.plover.type, e.source.country, e.target.country, e.location.name) == ("AGREE", "IRQ", "IRQ", "Najaf")


def test_agreeing_that_something_is_so_is_no_intent(code):
    assert code("Britain agreed that the levels of spending were too low.") == []


# --- names no table knows --------------------------------------------------------------

def test_a_named_doer_no_table_knows_is_an_actor_of_unknown_country(code):
    e = only(code("The National Democratic Front of Bodoland attacked Indian soldiers on Sunday."))
    assert (e.source.country, e.source.code, e.target.code) == (None, "---", "INDMIL")
    assert e.source.text == "The National Democratic Front of Bodoland"


def test_a_storm_named_like_a_person_does_nothing(code):
    assert code("If Hurricane Charley had struck three years ago, the damage would have been worse.") == []


def test_cooperation_still_to_come_is_plover_agree_with_its_own_cameo_code(code):
    events = code("China and Japan will meet next week.")
    assert {(e.cameo.code, e.plover.type, e.status) for e in events} == {("040", "AGREE", "future")}


def test_the_aim_of_talks_sought_has_not_happened(code):
    events = code("Nepal sought talks to end the rebel blockade of the capital.")
    assert [e.cameo.root for e in events] == ["02"]


def test_victims_killed_in_an_act_told_as_a_noun_are_not_a_second_act(code):
    events = code("Israeli troops raided the camp on Sunday. Five Palestinians were killed in the explosion.")
    assert not [e for e in events if e.trigger.text == "killed"]


def test_a_name_the_ner_reads_into_a_title_cased_headline_is_no_doer(article):
    events = article("Jackson Squares Off With Prosecutor", "Michael Jackson faced the prosecutor in court.")
    assert not [e for e in events if e.source.text == "Jackson Squares"]


def test_a_place_in_the_doers_own_country_stands_for_its_people(code):
    events = code("Syrian artillery shelled Idlib.")
    assert [(e.source.country, e.cameo.root, e.target.code) for e in events] == [("SYR", "19", "SYRCVL")]


def test_a_group_named_with_its_country_carries_it_to_its_members(code):
    events = code("Kenyan opposition supporters staged rallies against the government.")
    assert ("KENOPP", "141", "KENGOV") in [(e.source.code, e.cameo.code, e.target.code) for e in events]


# --- participles told without 'was', recipients inside a phrase --------------------

def test_a_participle_after_a_noun_is_done_to_that_noun(code):
    e = only(code("A Kenyan journalist kidnapped by gunmen in Somalia was released on Friday."), "18")
    assert (e.cameo.code, e.source.code, e.target.code) == ("181", "SOMINS", "KENMED")


def test_a_headline_participle_with_no_object_is_a_passive(article):
    e = only(article("Palestinian Teen Shot Dead by Israeli Troops", "The boy was 16."))
    assert (e.cameo.root, e.source.code, e.target.country, e.target.text) == ("19", "ISRMIL", "PSE", "Palestinian Teen")


def test_the_recipient_of_an_inquiry_is_the_actor_its_phrase_names(code):
    e = only(code("The Israeli army has opened an investigation into the death of a Palestinian teenager."))
    assert (e.cameo.code, e.source.code, e.target.country) == ("090", "ISRMIL", "PSE")


def test_an_order_to_investigate_is_the_investigation(code):
    e = only(code("The governor ordered an investigation into the shooting of a Somali diplomat in Nairobi."))
    assert (e.cameo.code, e.target.code) == ("090", "SOMDIP")


def test_a_doer_with_no_place_takes_the_country_the_rest_of_the_story_names(article):
    events = article("Iraq: 26 killed on horrific day of violence",
                     "Suicide bombers killed at least 22 members of the security forces yesterday.")
    e = only(events, "18")
    assert (e.source.code, e.target.code) == ("IRQINS", "IRQCOP")


def test_a_place_before_a_bombing_is_where_it_happened_not_who_did_it(article):
    events = article("Video Shows Madrid Bombing", "A ball of fire erupts from a train car in the videotape.")
    assert events == []


def test_the_victims_of_violence_may_be_counted_with_no_word_for_who_they_are(article):
    e = only(article("Roadside Bomb Injures Six GIs in Iraq", "The patrol was hit on Saturday."), "18")
    assert (e.target.text, e.target.country) == ("Six GIs", "IRQ")


def test_a_bomber_killing_himself_kills_no_one_else(code):
    e = only(code("KABUL, Afghanistan -- A Taliban suicide fighter killed himself and wounded at least seven "
                  "others in central Kabul yesterday."))
    assert (e.cameo.code, e.target.text, e.target.country) == ("182", "at least seven others", "AFG")


def test_a_kidnapping_with_no_doer_named_is_done_by_someone_of_the_place(article):
    events = article("Chinese engineers kidnapped in Pakistan", "Two Chinese engineers were seized on Saturday.")
    e = next(e for e in events if e.trigger.text == "kidnapped")
    assert (e.cameo.code, e.source.code, e.source.text, e.target.country) == ("181", "PAK", "Pakistan", "CHN")


def test_talks_a_government_is_engaged_in_are_its_own(code):
    e = only(code("Iran is engaged in talks with Britain over the detained sailors."), "04")
    assert (e.source.country, e.target.country) == ("IRN", "GBR")


def test_a_leader_heading_for_a_country_visits_it(code):
    e = only(code("Russian President Vladimir Putin headed for Turkey on Friday."))
    assert (e.cameo.code, e.target.country) == ("042", "TUR")
