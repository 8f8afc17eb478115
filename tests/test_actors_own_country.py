"""What the text says of a foreigner in a story set elsewhere wins over the story's country:
a description before his rank, a people's word before his body's name, a nationality of two
peoples, the body named before by its first word, the country the sentences around a
government official name. Sentences from the corpus's articles (../shared/corpus/articles.jsonl),
as the check eval/open_world_actors_check_seed419.jsonl found them."""

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


def test_a_description_set_off_before_a_rank_says_whose_officer_he_is(coded):
    doc = coded("JERUSALEM — Israel and Hamas agreed to a truce. Israel said so.\n\nThe head of Iran’s Revolutionary "
                "Guard, Gen. Mohammad Ali Jafari, acknowledged in an interview Wednesday that Iran had supplied Gaza "
                "militants with technology.")
    assert countries(doc, "Mohammad Ali Jafari") == {("Mohammad Ali Jafari", "IRN")}


def test_a_peoples_word_before_a_known_bodys_name_is_the_members_country(coded):
    doc = coded("Asking other countries to detain suspects hasn’t produced much. In this case, the Egyptian government "
                "detained Egyptian Islamic Jihad member Muhammad Jamal Abu Ahmad for possible links to the attack.")
    assert {a.country for a in doc.actors if a.text.startswith("Muhammad Jamal")} == {"EGY"}


def test_a_nationality_of_two_peoples_is_not_the_storys(coded):
    doc = coded("Clinton and the State Department talked with Obama. In a 2009 email, Band directs Abedin to put "
                "Gilbert Chagoury, a Lebanese-Nigerian billionaire and Clinton Foundation donor, in contact with the "
                "State Department.")
    assert countries(doc, "Gilbert Chagoury") == {("Gilbert Chagoury", "NGA")}


def test_a_specialist_at_a_think_tank_is_not_the_datelines(coded):
    doc = coded("HANOI, Vietnam — The summit opened in Hanoi. Vietnam hosted it.\n\nBruce Klingner, a specialist on "
                "Korea at the conservative Heritage Foundation, said the two sides are no closer.")
    assert countries(doc, "Bruce Klingner") == {("Bruce Klingner", None)}


def test_a_country_in_a_chairs_name_is_its_topic(coded):
    doc = coded("Japan and Japan spoke. “He may say something else,” said Michael J. Green, senior vice president "
                "for Asia and Japan Chair at the Center for Strategic & International Studies.")
    assert "JPN" not in {c for _, c in countries(doc, "Michael J. Green")}


def test_a_national_forces_unit_takes_the_country_a_longer_mention_gives(coded):
    doc = coded("Obama defended his approach. “The kinds of Special Forces and intelligence-gathering that we saw in "
                "the bin Laden raid is going to be the tool of choice,” he said.\n\nObama said U.S. Special Forces had "
                "developed a deep capacity during years in Iraq.")
    assert {a.country for a in doc.actors if a.text == "Special Forces"} == {"USA"}


def test_an_air_base_is_a_place_not_an_actor(coded):
    doc = coded("According to the Pentagon, the U.S. bombers took off from Andersen Air Force Base in Guam, then "
                "flew to Japanese airspace.")
    assert not [a for a in doc.actors if "Base" in a.text]


def test_a_minister_takes_the_country_the_sentences_around_him_name(coded):
    doc = coded("Mr Trump said the talks failed. Mr Trump left Hanoi.\n\nWhat did the North Koreans say?\n\nAfter the "
                "talks broke down, North Korean officials contradicted Mr Trump's contention that a sticking point was "
                "Pyongyang's demand for total sanctions relief.\n\nForeign Minister Ri Yong-ho said the nation had "
                "only asked for partial sanctions relief.", outlet="BBC News")
    assert countries(doc, "Ri Yong-ho") == {("Ri Yong-ho", "PRK")}


def test_a_commander_of_a_body_named_by_its_first_word_is_the_bodys(coded):
    doc = coded("U.S. Army Sgt. Bowe Bergdahl was held by the Haqqani network. The report cited a member of the "
                "Haqqani network said to be close to Mullah Sangeen, the Haqqani commander charged with custody of "
                "Bergdahl. Sangeen moved him often.")
    assert {c for _, c in countries(doc, "Mullah Sangeen")} == {"AFG"}


def test_an_office_only_one_country_has_gives_its_country(coded):
    doc = coded("China is not delivering on trade, and China's currency is weak. “China is not delivering, OK?,” "
                "National Economic Council Director Larry Kudlow said in an interview. Kudlow spoke on Friday.")
    assert countries(doc, "Larry Kudlow") == {("Larry Kudlow", "USA"), ("Kudlow", "USA")}


def test_a_verb_after_a_named_person_is_no_title_for_the_next_name(coded):
    doc = coded("As fires burned in Kiev during clashes between Ukraine dissidents and police, President Viktor "
                "Yanukovych fired his military chief. Ukraine's army said so.\n\nIn Washington, Vice President Joe "
                "Biden phoned Yanukovych Tuesday and urged him to pull back forces.")
    assert {c for _, c in countries(doc, "Viktor Yanukovych")} == {"UKR"}


def test_a_stance_before_a_title_is_not_the_holders_country(coded):
    doc = coded("Trump spoke. The story dealt with the connections between Trump campaign advisor Paul Manafort and "
                "Ukraine’s pro-Russian former president Viktor Yanukovych.")
    assert countries(doc, "Viktor Yanukovych") == {("Viktor Yanukovych", "UKR")}
    assert countries(doc, "Paul Manafort") == {("Paul Manafort", "USA")}


def test_where_a_commander_serves_is_not_his_country(coded):
    # (a commander the actor tables do not know: the open-world cues decide)
    doc = coded("Obama spoke about the war. The U.S. commander in Afghanistan Gen. David Rodriguez said so.")
    assert countries(doc, "David Rodriguez") == {("David Rodriguez", "USA")}


def test_the_country_a_job_is_about_is_not_the_holders(coded):
    doc = coded("North Korea sent a bill. North Korea said so. A former Department of State official told CBS News "
                "that the US never paid, though Joseph Yun, the department's North Korea lead at the time, did accept "
                "the bill.")
    assert "PRK" not in {c for _, c in countries(doc, "Joseph Yun")}


def test_a_party_named_without_a_country_is_of_the_country_its_sentence_names(coded):
    doc = coded("Hong Kong voted. Hong Kong's people protested in Hong Kong.\n\nThe protests called for giving the "
                "semi-autonomous Chinese city's residents the right to elect their chief executive, without the "
                "Communist Party pre-screening the candidates.")
    assert {a.country for a in doc.actors if a.text == "Communist Party"} == {"CHN"}


def test_a_relative_clause_saying_what_someone_was_places_him(coded):
    doc = coded("HANOI, Vietnam — The summit opened in Hanoi. Vietnam hosted it.\n\nFormer Ambassador Joseph DeTrani, "
                "who served as special U.S. envoy to six-party talks with North Korea from 2003 to 2006, said the most "
                "important objective is clarity.")
    assert countries(doc, "Joseph DeTrani") == {("Joseph DeTrani", "USA")}


def test_a_peoples_word_inside_a_universitys_name_is_not_its_professors_country(coded):
    doc = coded("North Korea fired a missile. North Korea said so. A mid-range missile test is more likely, said Shin "
                "Jong Dae, a professor at the University of North Korean Studies in Seoul.")
    assert countries(doc, "Shin Jong Dae") == {("Shin Jong Dae", "KOR")}


def test_a_unit_of_a_body_named_with_its_country_is_that_countrys(coded):
    doc = coded("North Korea fired a missile. “It tells China, ‘I don't care what you think,’” said Carl Schuster, a "
                "professor and former director of operations at the US Pacific Command's Joint Intelligence Center.")
    assert {a.country for a in doc.actors if a.text == "Joint Intelligence Center"} == {"USA"}


def test_a_rank_cut_from_its_name_is_no_organization(coded):
    doc = coded("China built islands. “Having more LCS’s out here demonstrates that we are committed” in the region, "
                "said Navy Capt. Fred Kacher.")
    assert not [a for a in doc.actors if a.text == "Navy Capt"]


def test_where_a_diplomat_was_posted_is_not_his_country(coded):
    doc = coded("Obama spoke of Benghazi. Obama said so. Gregory Hicks, who became the top diplomat in Libya after Ambassador "
                "Christopher Stevens was killed, testified at a House hearing.")
    assert "LBY" not in {c for _, c in countries(doc, "Gregory Hicks")}


def test_a_title_after_a_colon_and_a_quote_does_not_reach_before_them(coded):
    doc = coded("The mission in Somalia failed. Somalia said so. The Associated Press reported days after the Battle "
                "of Mogadishu: “Defense Secretary Les Aspin today brushed aside calls for his resignation.”")
    assert countries(doc, "Les Aspin") == {("Les Aspin", "USA")}
