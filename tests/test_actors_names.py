"""Names as news prints them: a middle initial inside a name the tables know ('Defense
Secretary Mark T. Esper'), a surname alone that stands for the person the story names in full
rather than a famous namesake ('Mr. Sharif' after 'Wanis al-Sharif'). Sentences as the
corpus's articles print them (eval/open_world_actors_check_seed8802.jsonl and
eval/events_check_seed8801.jsonl found them)."""

import pytest

from tidings import ingest


@pytest.fixture(scope="module")
def coded(pipeline):
    def _code(body: str):
        doc = pipeline.code_batch([ingest.from_text("text", f"Headline\n\n{body}")])[0]
        assert doc.ok, doc.error
        return doc

    return _code


def people(doc):
    return [(a.text, a.country) for a in doc.actors if a.kind == "person"]


def test_a_middle_initial_is_inside_the_name(coded):
    doc = coded("Defense Secretary Mark T. Esper and Gen. Mark A. Milley said on Monday that the troops would stay. "
                "James N. Mattis, who served as CENTCOM commander, told Fox News he had not seen the reports.")
    assert ("Mark T. Esper", "USA") in people(doc)
    assert ("James N. Mattis", "USA") in people(doc)
    assert not [t for t, _ in people(doc) if t.endswith(".")]  # no name cut at its initial ('Mark T.')


def test_a_name_cut_at_its_initial_before_a_known_surname_is_no_person(coded):
    doc = coded("Meanwhile, Vice President Joseph R. Biden tried to take the lead on gun control without telling "
                "Mr. Obama.")
    assert ("Joseph R.", None) not in people(doc)
    assert ("Biden", "USA") in people(doc)


def test_a_surname_after_an_honorific_is_the_person_named_in_full(coded):
    doc = coded("Libya’s deputy interior minister, Wanis al-Sharif, made somewhat contradictory statements about "
                "the attack. Defending the facility would have been a “suicide mission,” Mr. Sharif said.")
    assert ("Sharif", "LBY") in people(doc)
    assert ("Sharif", "PAK") not in people(doc)
    # with nobody else of that name, the surname is still the famous one
    doc = coded("Pakistan's former prime minister Nawaz Sharif was sentenced on Friday. Mr. Sharif said he would "
                "appeal.")
    assert ("Sharif", "PAK") in people(doc)


def test_a_live_blogs_title_cased_update_line_names_nobody(coded):
    doc = coded("Update at 2:15 p.m. ET. Seems Quiet, So Far:\n\nNews outlets and the many folks who have been "
                "tweeting from Gaza and Israel are not posting reports about rockets.\n\nUpdate at noon ET. Israeli "
                "Official Says Most Of Those Killed In Gaza \"Deserved It\":\n\nOn WNYC's The Takeaway today, Israeli "
                "Deputy Foreign Minister Danny Ayalon said that the strikes were aimed at militants.")
    names = [a.text for a in doc.actors if a.kind == "person"]
    assert "Seems Quiet" not in names and "Says Most Of Those" not in names
    assert "Danny Ayalon" in names


def test_an_aircraft_and_an_address_are_no_organizations(coded):
    doc = coded("It happened minutes before Air Force One departed for Jordan to complete the president's Middle "
                "East swing. In his State of the Union address, President Barack Obama said America no longer "
                "needs to deploy tens of thousands of troops. The Group of Eight met in Canada.")
    bodies = [a.text for a in doc.actors if a.kind == "organization"]
    assert "Air Force One" not in bodies and "State of the Union" not in bodies
    assert "Group of Eight" in bodies


def test_a_line_that_brings_a_report_is_no_title_cased_update_line(coded):
    doc = coded("The talks resumed in Ankara on Monday.\n\nFrom Istanbul, NPR's Peter Kenyon reports:\n\nThe talks "
                "went on late into the night.")
    assert "Peter Kenyon" in [a.text for a in doc.actors if a.kind == "person"]


def test_an_actors_own_country_word_beats_the_place_it_acts_in(code):
    # a national adjective or possessive on the doer is its country, not the place's (Gaza is PSE)
    def sources(sentence):
        return {e.source.code for e in code(sentence) if e.source is not None}

    assert sources("Israeli warplanes over Gaza bombed a house, killing three people.") == {"ISRMIL"}
    assert sources("Israel's army shelled the town of Beit Hanoun in Gaza.") == {"ISRMIL"}
    assert sources("Turkish jets struck Kurdish militants in northern Iraq.") == {"TURMIL"}
    assert sources("Pakistani political leaders condemned the U.S. drone strikes in Yemen on Monday.") == {"PAKGOV"}
