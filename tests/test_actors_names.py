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
