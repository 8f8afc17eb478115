"""The story's country is a guess for what the text does not say of an open-world actor, and
what the text says of the person wins over it: an affiliation, an office 'of X', a federal
department, the place the person speaks in. Sentences from the corpus's articles
(../shared/corpus/articles.jsonl), as the checks in eval/open_world_actors_check*.jsonl found them."""

import pytest

from tidings import ingest


@pytest.fixture(scope="module")
def coded(pipeline):
    def _code(body: str, outlet: str | None = None):
        doc = pipeline.code_batch([ingest.from_text("text", f"Headline\n\n{body}", outlet=outlet)])[0]
        assert doc.ok, doc.error
        return doc

    return _code


def countries(doc, name):
    return {(a.text, a.country) for a in doc.actors if a.name == name}


def test_a_country_a_description_is_about_is_no_guess_for_the_person(coded):
    doc = coded("Iran said it would not talk. “We can probably destroy the existing program” with limited strikes, "
                "Richard Nephew, an architect of the Iran nuclear deal, told me last month. Iran’s leader Ali "
                "Khamenei said no, and Iran’s president agreed.")
    assert countries(doc, "Richard Nephew") == {("Richard Nephew", None)}


def test_a_country_named_as_the_subject_of_a_scandal_is_not_the_persons(coded):
    doc = coded("Republicans believe the dossier is a sham. “Glenn Simpson was an absolutely essential figure in "
                "launching the entire Russia collusion hoax,” a Republican congressional staffer said.")
    assert countries(doc, "Glenn Simpson") == {("Glenn Simpson", None)}


def test_a_long_appositive_still_places_the_person_and_his_later_mentions(coded):
    doc = coded("Mr. Abe will visit Pearl Harbor, Japan said. “To some extent, these two events are the last "
                "remaining hurdles in the process of reconciliation,” says James Schoff, a senior fellow and "
                "expert in US-Japan relations at the Carnegie Endowment for International Peace in Washington. "
                "Japan and Japan agree. Mr. Schoff says it is a message of friendship.")
    assert countries(doc, "James Schoff") == {("James Schoff", "USA"), ("Schoff", "USA")}


def test_a_federal_department_before_a_title_beats_the_dateline(coded):
    doc = coded("MEXICO CITY (Reuters) - Mexico began talks in Washington. Department of Homeland Security (DHS) "
                "acting Secretary Kevin McAleenan said on Sunday that Mexico should deploy more personnel. "
                "McAleenan also said Mexico had to do more.")
    assert countries(doc, "Kevin McAleenan") == {("Kevin McAleenan", "USA"), ("McAleenan", "USA")}


def test_a_knight_named_by_his_first_name_is_the_knight_named_in_full(coded):
    doc = coded("Sir Kim Darroch has resigned as UK ambassador to the US, as a row over leaked emails "
                "escalates.\n\nTheresa May said Sir Kim's departure was a matter of deep regret.", outlet="BBC News")
    assert countries(doc, "Kim Darroch") == {("Kim Darroch", "GBR"), ("Kim", "GBR")}


def test_a_word_of_a_bodys_name_is_not_its_presidents_country(coded):
    doc = coded("Iran would still get benefits from the deal, Iran said. “I’m quite pessimistic,” said Trita Parsi, "
                "president of the National Iranian American Council, which supports the deal. Iran and Iran.")
    assert countries(doc, "Trita Parsi") == {("Trita Parsi", None)}


def test_an_official_speaking_in_a_capital_is_of_its_country(coded):
    doc = coded("Wreckage of the Egyptian plane was found. \"We were briefed by the Egyptian authorities,\" Defense "
                "Minister Panos Kammenos told reporters in Athens. Egypt's president said so, and Egypt's army "
                "searched the sea.")
    assert countries(doc, "Panos Kammenos") == {("Panos Kammenos", "GRC")}


def test_a_party_named_with_no_country_is_of_the_country_its_paragraph_names(coded):
    # a round-up of the year's elections in an American paper: the party is Spain's, not the outlet's
    doc = coded("The United States votes, and the United States watches Nigeria.\n\nSpain’s 2015 general election "
                "will feature the country’s two dominant parties—the right-wing People’s Party (PP) and the "
                "left-wing Socialist Workers’ Party (PSOE)—each waning in popularity.", outlet="Politico")
    party = next(a for a in doc.actors if a.text == "Socialist Workers’ Party")
    assert (party.country, party.sector) == ("ESP", "PTY")


def test_a_spokesman_for_a_party_and_a_police_officer_at_a_college_are_of_the_story(coded):
    doc = coded("Egypt's military arrested Brotherhood leaders. Mourad Aly, a spokesman for the Brotherhood's "
                "Freedom and Justice Party, was also arrested as he attempted to board a flight to Italy. Egypt's "
                "president was deposed.")
    assert countries(doc, "Mourad Aly") == {("Mourad Aly", "EGY")}
    doc = coded("The FBI hunted the bombers across Boston. Another person was killed in the manhunt – Sean Collier, "
                "a campus police officer at MIT. US officials and the FBI said so.")
    assert countries(doc, "Sean Collier") == {("Sean Collier", "USA")}


def test_an_american_outlets_story_on_hong_kong_gives_its_leader_hong_kong(coded):
    doc = coded("Tens of thousands of Hong Kong residents marched. Hong Kong suspended the bill. The demonstrators "
                "carried banners demanding that Chief Executive Carrie Lam resign. China backed Lam, and Hong Kong "
                "police used force.", outlet="Fox Online News")
    assert {c for _, c in countries(doc, "Carrie Lam")} == {"HKG"}


def test_the_place_an_attack_suspect_is_named_for_is_not_his_country(coded):
    doc = coded("A raid on an apartment led to Friday's arrest of Paris attack suspect Salah Abdeslam.")
    assert countries(doc, "Salah Abdeslam") == {("Salah Abdeslam", None)}


def test_the_former_president_is_the_former_president_named_before_not_the_government(pipeline):
    from tidings.records import TimeValue

    doc = pipeline.code_text("Carter in Ramallah\n\nJimmy Carter met Palestinian leaders in Ramallah. Mr. Abdul Hadi "
                             "said the former president urged the Palestinians to follow through on their bid for "
                             "statehood at the United Nations.", published=TimeValue("2011-04-20", "day"))
    appeal = next(e for e in doc.events if e.cameo.root == "02")
    assert (appeal.source.text, appeal.source.name, appeal.source.code) == (
        "the former president", "Jimmy Carter", "USAELI")


def test_the_countrys_minister_is_of_the_country_the_paragraph_named_last(coded):
    doc = coded("Norway's voters rejected the EU twice. Norway will not join. “It’s not certain that it would be a "
                "good idea to let a big country into this organization,” said the country’s European-affairs "
                "minister, Elizabeth Vik Aspaker.", outlet="The Guardian")
    assert countries(doc, "Elizabeth Vik Aspaker") == {("Elizabeth Vik Aspaker", "NOR")}


def test_a_british_papers_story_on_american_politics_is_not_british(coded):
    doc = coded("Robert Mueller said Paul Manafort lied. The FBI and the Justice Department and Congress and the "
                "White House were told, and the Senate heard it. Mueller has also said that Rick Gates, Manafort's "
                "deputy, described Konstantin Kilimnik as “a former Russian intelligence officer”. Britain watched.",
                outlet="The Guardian")
    assert countries(doc, "Rick Gates") == {("Rick Gates", "USA")}


def test_laws_centers_and_ships_named_for_people_are_no_people(coded):
    doc = coded("The State Department insisted nothing was unusual about its application of the Leahy laws to "
                "Israel. Navy destroyer USS Sampson arrived Tuesday, said Mr. Leahy.")
    assert not any(a.kind == "person" and a.text in ("Leahy", "USS Sampson") and a.start < doc.text.index("Mr.")
                   for a in doc.actors)
