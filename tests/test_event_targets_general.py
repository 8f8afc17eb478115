"""Targets the lexicon entry's own paths miss, found in the general places a root's recipient
is told in: the verb's prepositions, the object's words, what the act is done for."""


def one(events, root):
    found = [e for e in events if e.cameo.root == root]
    assert len(found) == 1, [(e.cameo.code, e.source.code, e.target.code if e.target else None) for e in events]
    return found[0]


def test_aid_flown_into_a_country_is_aid_to_it(code):
    e = one(code("Medecins Sans Frontieres flew 13 metric tons of medicine into Afghanistan on Tuesday."), "07")
    assert (e.source.code, e.target.country) == ("MSF", "AFG")


def test_the_country_whose_recovery_is_aided_is_the_one_named_before(code):
    e = one(code("Japan lent $2 billion to Indonesia to aid the country's recovery from the pandemic."), "07")
    assert (e.source.country, e.target.country) == ("JPN", "IDN")


def test_a_law_named_for_a_country_repealed_is_eased_toward_that_country(code):
    e = one(code("The UAE repealed the Israel Boycott Law on Saturday."), "08")
    assert (e.source.country, e.target.country) == ("ARE", "ISR")


def test_a_general_place_does_not_make_the_doer_its_own_target(code):
    events = code("Chirac, in Beijing, signs accords to increase French investment.")
    assert not any(e.target is not None and e.target.country == "FRA" and e.source.country == "FRA" for e in events)


def test_the_doer_s_own_fund_is_not_the_country_it_works_in(code):
    e = one(code("The United Nations announced an investigation into its Afghanistan development fund."), "09")
    assert e.target is None or e.target.country != "AFG"


def test_a_body_with_no_country_praised_at_home_is_of_the_doer_s_country(code):
    e = one(code("US lawmakers generally praised the review board after the report was released."), "05")
    assert (e.source.code, e.target.country) == ("USALEG", "USA")


def test_a_bare_name_with_no_country_is_not_made_the_doer_s_own(code):
    e = one(code("Former Soviet republics from the CIS refuse to lift sanctions on Abkhazia."), "12")
    assert e.target is not None and e.target.text == "Abkhazia" and e.target.country != e.source.country


def test_retailers_asked_by_a_government_are_its_country_s_business(code):
    e = one(code("The Greek government is now asking retailers to discount food past its sell-by date."), "02")
    assert e.target.code == "GRCBUS"


def test_the_other_side_of_a_deal_agreed_to_is_the_one_it_is_with(code):
    # New York Times, on the Iran decision of May 2018
    events = code("Critics of Mr. Trump’s Iran decision Tuesday argue that it makes it less likely that "
                  "North Korea will agree to a deal with the U.S.")
    assert ("057", "PRK", "USA") in {(e.cameo.code, e.source.country, e.target.country if e.target else None)
                                     for e in events}



def test_comments_rejected_are_a_denial_aimed_at_whoever_made_them(code):
    e = one(code("Iran's foreign ministry on Sunday rejected President Trump's remarks about its missile program."), "01")
    assert (e.cameo.code, e.source.country, e.target.name) == ("016", "IRN", "Donald Trump")


def test_scathing_criticism_of_what_someone_did_is_aimed_at_them(code):
    e = one(code("Germany voiced scathing criticism of the Egyptian government's treatment of detainees."), "11")
    assert (e.source.country, e.target.country) == ("DEU", "EGY")


def test_an_office_of_a_country_is_that_country_s_not_the_office_holder_told_before(code):
    # the story's president is Putin; 'the President of France' is France's
    e = one(code("Vladimir Putin, the Russian president, met the President of France in Moscow on Friday."), "04")
    assert (e.source.code, e.target.code) == ("RUSGOV", "FRAGOV")


def test_the_head_of_a_body_done_to_is_the_body(code):
    # adapted from an article of the benchmark's corpus (articles.jsonl)
    e = one(code('"Once the FBI realized that it was investigating the director of the CIA, I believe '
                 'at that time they had an obligation to tell the president," Feinstein said.'), "09")
    assert (e.source.code, e.target.code) == ("USACOP", "USASPY")


def test_a_site_visited_abroad_is_in_the_country_it_is_in_whoever_it_is_named_for(code):
    # from an article of the benchmark's corpus (articles.jsonl)
    e = one(code("Britain's prime minister, David Cameron, said three weeks ago after visiting a Syrian "
                 "refugee camp in Jordan."), "04")
    assert (e.source.code, e.target.country) == ("GBRGOV", "JOR")
    # a site at home is no visit abroad, and a body visited is visited as such
    at_home = code("Secretary of State Hillary Clinton arrives at a 9/11 ceremony in New York.")
    assert not any(e.cameo.root == "04" for e in at_home)
    e = one(code("Obama visited the Israeli parliament in Jerusalem."), "04")
    assert e.target.code == "ISRLEG"


def test_talks_called_for_are_with_whom_the_call_names(code):
    e = one(code("The senator called for direct talks with Iran."), "02")
    assert (e.cameo.code, e.target.country) == ("026", "IRN")


def test_what_an_intent_is_about_is_not_whom_it_is_for(code):
    # from an article of the benchmark's corpus (articles.jsonl)
    events = code("Petraeus, though, has agreed to speak to the intelligence committees about Libya, with "
                  "back-to-back appearances before the House and Senate panels scheduled for Thursday.")
    intents = [e for e in events if e.cameo.root == "03"]
    assert intents and not any(e.target is not None and e.target.country == "LBY" for e in intents)


def test_an_act_judged_is_aimed_at_its_doer_not_at_whom_it_struck(code):
    e = one(code("Russia criticized the strike against Syria."), "11")
    assert e.target is None or e.target.country != "SYR"
    e = one(code("Russia criticized the U.S. strike against Syria."), "11")
    assert e.target.country == "USA"


def test_people_told_to_act_with_no_place_are_the_doer_s_own_not_the_dateline_s(code):
    events = code("GAZA CITY (AP) - Israel declared a state of emergency in its south on Wednesday, instructing "
                  "people to remain close to fortified areas.")
    e = one(events, "10")
    assert e.target.code == "ISRCVL"


def test_urged_to_leave_home_is_no_call_to_resign(code):
    e = one(code("Israel urged residents of northern Gaza to leave their homes."), "02")
    assert e.cameo.code == "020"
    e = one(code("Protesters urged Mubarak to leave office."), "02")
    assert e.cameo.code == "0241"


def test_an_office_owned_by_a_pronoun_is_of_the_one_it_stands_for(code):
    # from an article of the benchmark's corpus (articles.jsonl): 'his' is Egypt's president
    e = one(code("JERUSALEM - Egypt's Islamist president has ordered his prime minister to lead a senior "
                 "delegation to Gaza in a show of support for the coastal strip's Hamas rulers."), "10")
    assert (e.source.code, e.target.code) == ("EGYGOV", "EGYGOV")
