"""The country of groups named by a role noun (issue 15 item 3, docs/annotation.md rule 3):
members of a legislature are of the legislature the text names, 'the regime' of the ruler
the text calls a regime, a national force's people of its country; a role noun with no
country word is of the place it acts in, never of an embassy it attacks nor of a slogan's
country, and a photo caption tells its own place."""

import pytest


@pytest.fixture(scope="module")
def article(pipeline):
    """Code a headline and a body as one article; the document."""

    def _code(title: str, body: str):
        doc = pipeline.code_text(f"{title}\n\n{body}")
        assert doc.ok, doc.error
        return doc

    return _code


def event(doc, trigger):
    found = [e for e in doc.events if e.trigger.text == trigger]
    assert found, [(e.trigger.text, e.source.code, e.target.code if e.target else None) for e in doc.events]
    return found[0]


def test_lawmakers_are_of_the_legislature_named_before_not_of_the_place_their_demand_is_about(article):
    doc = article("Lawmakers demand answers on Libya attack",
                  "Republican lawmakers grilled State Department officials on Thursday. \"This administration has "
                  "misled the public,\" Rep. Ed Royce, R-Calif., said.\n\nOther lawmakers are calling for a wider "
                  "inquiry into the Sept. 11 attack in Benghazi that killed four Americans.")
    e = event(doc, "calling")
    assert (e.cameo.root, e.source.code) == ("10", "USALEG")
    lawmakers = next(a for a in doc.actors if a.start == e.source.start)
    assert lawmakers.cue == "legislature"


def test_the_senators_are_of_the_country_whose_senators_the_text_named(article):
    doc = article("Senators press Obama on Iran",
                  "Dozens of U.S. senators signed a letter to the president on Friday.\n\nThe senators urged "
                  "negotiators in Baghdad to compel Iran to halt uranium enrichment.")
    e = event(doc, "urged")
    assert e.source.code == "USALEG"


def test_the_regime_of_a_ruler_and_the_regime_later_are_his_countrys_government(article):
    doc = article("Moscow arms Damascus",
                  "Washington accused Moscow of selling attack helicopters to the regime of Syrian President "
                  "Bashar al-Assad. Russia denied that it had armed the regime.")
    assert event(doc, "selling").target.code == "SYRGOV"
    later = event(doc, "armed")
    assert (later.source.country, later.target.code) == ("RUS", "SYRGOV")
    assert {a.cue for a in doc.actors if a.text == "regime"} == {"regime"}


def test_a_national_forces_troops_abroad_are_of_its_country_and_their_victims_of_the_place(article):
    doc = article("Marines battle Taliban", "Marine Corps troops killed two gunmen in Helmand province on Sunday.")
    e = event(doc, "killed")
    assert (e.source.code, e.target.country) == ("USAMIL", "AFG")


def test_protesters_at_an_embassy_are_of_the_place_not_of_the_embassys_country_nor_of_a_slogan(article):
    doc = article("Embassy stormed",
                  "With chants of \"Death to America,\" hundreds of protesters stormed the U.S. Embassy compound "
                  "on Thursday.\n\nPolice later fired tear gas at the crowd in Sanaa.")
    e = event(doc, "stormed")
    assert (e.source.country, e.target.country) == ("YEM", "USA")


def test_a_story_of_protests_at_us_embassies_is_not_set_in_the_us(article):
    doc = article("Anti-film protests spread",
                  "Protesters rallied outside the U.S. Embassy in Cairo on Friday. Police used tear gas outside "
                  "the U.S. Embassy in Cairo and outside the U.S. Consulate in Alexandria.\n\nArmed gunmen later "
                  "attacked a police station.")
    e = event(doc, "attacked")
    assert e.source.country != "USA"


def test_a_photo_caption_tells_its_own_place_and_lends_it_to_no_other(article):
    doc = article("Egypt protests",
                  "Protesters marched in Cairo on Friday. Police in Cairo and Alexandria arrested dozens.\n\n"
                  "The U.S. Consulate in Benghazi is set on fire during a protest, pictured. Armed gunmen "
                  "attacked the compound on Tuesday evening.\n\nProtesters in Cairo dispersed on Saturday.")
    assert doc.captions, "the line with 'pictured' is a caption"
    e = event(doc, "attacked")
    assert e.source.code == "LBYINS"


def test_the_militants_a_state_strikes_in_a_story_of_two_countries_are_of_the_other(article):
    doc = article("Rockets and air strikes",
                  "Rockets fell in southern Israel on Monday and in Tel Aviv on Tuesday, while air strikes hit "
                  "targets in Gaza City and across the Gaza Strip. Sirens sounded in Ashkelon.\n\nIsrael's military "
                  "destroyed the militants' rocket launchers overnight, a spokesman said.")
    e = event(doc, "destroyed")
    assert (e.source.country, e.target.code) == ("ISR", "PSEINS")


def test_suspects_killed_by_a_states_drones_in_a_story_of_two_countries_are_of_neither(article):
    doc = article("The drone campaign",
                  "Officials in Pakistan and in Yemen have protested against the strikes.\n\nThe CIA "
                  "director pushed an expanded strategy of using drones to kill terrorism suspects.")
    e = event(doc, "kill")
    assert (e.source.country, e.target.code) == ("USA", "---CRM")


def test_a_photo_caption_lends_no_doer_to_the_next_caption(article):
    doc = article("Protests worldwide",
                  "A policeman, injured by protesters, is assisted by colleagues in central Sydney, pictured.\n\n"
                  "Four people were killed and almost 50 injured in an attack on the U.S. Embassy in Tunis, "
                  "pictured.")
    assert len(doc.captions) == 2
    assert not [e for e in doc.events if e.trigger.text == "killed" and e.source.country == "AUS"]


def test_the_militant_group_and_the_militants_are_the_armed_group_named_before(article):
    doc = article("Gaza border sealed",
                  "Israel and Egypt sealed the border after Hamas seized the territory from its rivals in June 2007. "
                  "Since then the militant group has fired rockets at Israel.\n\nDefying Israel's claims that they "
                  "have been badly battered, the militants fired more than 100 rockets at Israel on Monday.")
    assert {(e.source.text, e.source.code) for e in doc.events if e.trigger.text == "fired"} == {
        ("militant group", "PSEINS"), ("militants", "PSEINS")}
    assert {a.cue for a in doc.actors if a.text in ("militant group", "militants")} == {"group"}

