"""People as papers that print honorifics name them after the first mention: 'Mr. Kim' in a
story of March 2018 is the North's leader, not an American the paper's home gives; 'Mr Kim'
after 'Kim Jong-un' and a vice-minister 'Kim Kye-gwan' is still the leader the story follows;
a US admiral's office tells his country. Sentences from the corpus's articles (the open-world
draw of seed 2781)."""

import pytest

from tidings import actors, ingest


@pytest.fixture(scope="module")
def resolver():
    return actors.load()


def people(found):
    return [(a.text, a.name, a.code) for a in found if a.kind == "person"]


def test_an_honorific_and_a_leaders_surname_is_the_leader_of_the_day(resolver):
    # New York Times, 2018-03-06: 'Asked if he would meet with Mr. Kim, Mr. Trump said ...'
    found = resolver.find("Asked if he would meet with Mr. Kim, Mr. Trump said, \"We'll see what happens.\" "
                          "Before Mr. Kim and Mr. Moon meet, the countries will set up a hotline.", "2018-03-06")
    assert people(found) == [("Kim", "Kim Jong-un", "PRKGOV"), ("Trump", "Donald Trump", "USAGOV"),
                             ("Kim", "Kim Jong-un", "PRKGOV"), ("Moon", "Moon Jae-in", "KORGOV")]


def test_two_leaders_of_one_surname_on_the_day_are_nobody_told(resolver):
    # in 2000 both Koreas had a leader named Kim (Kim Dae-jung, Kim Jong-il): 'Mr. Kim' alone is neither
    found = resolver.find("Mr. Kim said the summit would go ahead.", "2000-06-01")
    assert [a.name for a in found if a.kind == "person" and a.id] == []


def test_a_surname_two_listed_people_share_is_the_one_the_story_follows(pipeline):
    # BBC, 2018: "... between South Korea's Moon Jae-in and the North's Kim Jong-un. ... the North's
    # Vice-Foreign Minister, Kim Kye-gwan, who said that Mr Trump ... At the carefully choreographed
    # meeting, Mr Kim said that he wanted to 'write a new chapter'"
    text = ("Korean leaders meet in surprise summit\n\nThe meeting is only the second between South Korea's Moon "
            "Jae-in and the North's Kim Jong-un. The talks between Mr Trump and Mr Kim, if they were to go ahead, "
            "would be historic. He was referring to comments from the North's Vice-Foreign Minister, Kim Kye-gwan, "
            "who said that Mr Trump was wrong. At the carefully choreographed meeting, Mr Kim said that he wanted "
            "to \"write a new chapter\" for the region's troubled history.")
    doc = pipeline.code_batch([ingest.from_text("bbc", text)])[0]
    kims = [(a.name, a.country) for a in doc.actors if a.text == "Kim"]
    assert kims == [("Kim Jong-un", "PRK"), ("Kim Jong-un", "PRK")]


def test_the_chief_of_naval_operations_is_american(pipeline):
    # 2020: '"Captain Crozier will be reassigned," Adm. Michael Gilday, the Chief of Naval Operations told reporters'
    text = ("Navy upholds firing of carrier captain\n\n\"Captain Crozier will be reassigned,\" Adm. Michael Gilday, "
            "the Chief of Naval Operations told reporters during a Pentagon briefing.")
    doc = pipeline.code_batch([ingest.from_text("navy", text)])[0]
    assert ("Michael Gilday", "USA") in [(a.text, a.country) for a in doc.actors]


def test_the_head_of_a_body_has_the_bodys_sector_not_a_governments(pipeline):
    # BBC, 2004: 'Mark Serwotka, the leader of the Public and Commercial Services Union said: ...';
    # 2017: 'Dmitri Trenin, the director of the Carnegie Moscow Center, said the situation would get worse'
    text = ("Strike over job cuts\n\nMark Serwotka, the leader of the Public and Commercial Services Union said: "
            "\"We had the day of the long knives.\" Dmitri Trenin, the director of the Carnegie Moscow Center, said "
            "the situation would get worse. Christopher Wray, the director of the FBI, said the bureau would help.")
    doc = pipeline.code_batch([ingest.from_text("bbc", text)])[0]
    sectors = {a.text: a.sector for a in doc.actors if a.kind == "person"}
    assert sectors["Mark Serwotka"] != "GOV" and sectors["Dmitri Trenin"] != "GOV"
    assert sectors["Christopher Wray"] == "COP"  # the FBI's: its own sector
