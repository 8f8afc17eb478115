"""Pronouns and the discourse memory as arguments: 'he' stands for the nearest person it can
('Bush and Blair' are 'they'), 'we' in a quotation for the speaker's side only where the text
tells the speaker's country, and an act told with several targets is remembered with all of
them; two sides named by one head ('Sunni and Shiite gunmen clashed') clash with
each other. The pronoun and clash sentences are from the corpus's articles (../shared/corpus/articles.jsonl)."""

import json

import pytest
from helpers import CORPUS

from tidings import ingest


@pytest.fixture(scope="module")
def article(pipeline):
    def _code(body: str):
        doc = pipeline.code_batch([ingest.from_text("text", f"Headline\n\n{body}")])[0]
        assert doc.ok, doc.error
        return doc.events

    return _code


def by_trigger(events, word):
    return [(e.source.code, e.target.code if e.target else None) for e in events if e.trigger.text == word]


def test_he_after_two_people_joined_by_and_is_the_one_person_told_apart(article):
    events = article("In 2005, President George W. Bush and British Prime Minister Tony Blair praised Qaddafi as a "
                     "partner in the war on terror because he disposed of his nuclear weaponry and he arrested and "
                     "resisted Al Qaeda operatives.")
    assert by_trigger(events, "resisted") == [("LBYGOV", "IMGAQ")]
    assert {s for s, _ in by_trigger(events, "praised")} == {"USAGOV", "GBRGOV"}


def test_we_of_a_speaker_whose_country_is_only_the_storys_guess_stays_unresolved(article):
    events = article("Israel has struck Gaza for a week. Israeli officials said Israel would press on.\n\n"
                     "\"I feel so proud that Hamas is humiliating Israel,\" says Muahmmed Shurrab, who works as a "
                     "web developer in Gaza City.\n\nMr. Shurrab, who does not belong to any political faction, added "
                     "he is happy that that Palestinians have finally moved from a defensive posture to an offensive "
                     "one. \"We have negotiated with Israel for almost two decades, and negotiations were a big "
                     "failure. Let's try this new strategy that will for sure oblige Israel to give some "
                     "concessions,\" he adds.")
    assert by_trigger(events, "negotiated") == []  # not ISR negotiating with ISR
    assert by_trigger(events, "struck") == [("ISR", "PSE")]


def test_we_of_a_speaker_the_tables_know_is_the_speakers_side(article):
    events = article("\"We have expelled 23 Russian diplomats,\" British Prime Minister Theresa May said.")
    assert ("GBR", "RUS") in {(s[:3], t[:3] if t else None) for s, t in by_trigger(events, "expelled")}


def test_a_count_expelled_later_takes_every_side_expelled_before(article):
    events = article("Russia expelled British and Polish diplomats on Monday. Moscow expelled 20 more officials "
                     "on Tuesday.")
    later = [e for e in events if e.source.text == "Moscow"]
    assert {e.target.country for e in later} == {"GBR", "POL"}


def test_two_sides_of_one_head_clash_with_each_other(article):
    events = article("Overnight, The Associated Press said, Sunni and Shiite gunmen clashed in two Beirut "
                     "neighborhoods.")
    e = next(e for e in events if e.trigger.text == "clashed")
    assert (e.source.code, e.target.code if e.target else None) == ("LBNINS", "LBNINS")
    assert (e.source.text, e.target.text) == ("Sunni", "Shiite gunmen")


def test_a_clash_with_a_named_other_side_keeps_the_whole_subject(article):
    events = article("Sunni and Shiite gunmen clashed with police in Beirut.")
    e = next(e for e in events if e.trigger.text == "clashed")
    assert e.source.text == "Sunni and Shiite gunmen" and e.target.sector == "COP"


def test_talks_told_again_are_with_every_side_met_and_not_where_another_meeting_is(pipeline):
    doc = pipeline.code_batch([ingest.from_text("bbc", (
        "Tony Blair has met Italian Prime Minister Silvio Berlusconi and German Chancellor Gerhard Schroeder to "
        "talk about Turkey entering the EU.\n\nThe Downing Street talks covered a range of other topics ahead of "
        "an EU summit in Brussels later in the week."))])[0]
    talks = [e for e in doc.events if e.trigger.text == "talks" and e.source.country == "GBR"]
    assert {e.target.country for e in talks} == {"ITA", "DEU"}
    assert all(e.location is None or e.location.country != "BEL" for e in talks)  # Brussels is the summit's


def test_police_after_an_embassy_stormed_are_the_countrys_not_the_embassys_side(pipeline):
    # the corpus's AllSides story of the Sanaa and Cairo embassy protests, whole: 'Demonstrators ...
    # pelted the compound' (the U.S. embassy) is told before the Cairo police are
    row = next(json.loads(line) for line in (CORPUS / "articles.jsonl").open(encoding="utf-8")
               if '"allsides-LzxzRKyLie61KC1J"' in line)
    doc = pipeline.code_batch([ingest.from_text(row["id"], row["text"])])[0]
    clash = next(e for e in doc.events if e.trigger.text == "clashed" and e.source.text == "Egyptian protesters")
    assert (clash.target.country, clash.target.sector) == ("EGY", "COP")
