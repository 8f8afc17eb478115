"""Acts told by a noun whose doer the clause around the noun gives: a passive that credits
the act ('was claimed by'), an answer made with it ('responded with'), talks one is in, a
rise in aid announced; a noun that is only a word of its head's act ('suspension of aid');
violence with no one named it struck, against the country the story is about; and who answers
for an act ('responsible for', 'behind', 'accused of') as its doer."""


def coded(code, sentence):
    return {(e.cameo.code, e.source.country, e.target.country if e.target else None) for e in code(sentence)}


def test_a_passive_that_credits_the_act_names_its_doer(code):
    assert ("190", "AFG", "USA") in coded(code, "The attack on the US embassy in Kabul was claimed by the Taliban.")
    assert ("190", "USA", "SYR") in coded(code, "The raid on the Syrian village was carried out by US special forces.")


def test_what_one_answers_with_is_ones_own_act(code):
    assert ("195", "ISR", "PSE") in coded(code, "Israel responded with air strikes on Gaza.")
    # a passive answer is another's: no doer for the protests
    assert not any(c[0][:2] == "14" for c in coded(code, "The plan was met with protests in Athens."))


def test_who_is_in_talks_is_a_side_of_them(code):
    assert ("046", "PAK", "AFG") in coded(code, "The Pakistani army, in talks with the Taliban, agreed to a truce.")


def test_a_rise_in_aid_announced_is_aid_by_the_announcer(code):
    assert ("070", "JPN", "MMR") in coded(code, "Japan announced a sharp increase in aid to Myanmar.")


def test_a_noun_named_by_its_heads_pattern_is_no_act_of_its_own(code):
    # 'the suspension of military aid' is aid cut, not aid given
    assert coded(code, "Washington announced the suspension of military aid to Egypt.") == {("162", "USA", "EGY")}


def test_an_anti_modifier_names_whom_a_protest_is_against_and_the_crowd_is_of_where_it_is(code):
    # not a French protest: the people of Ivory Coast protest against France
    assert ("141", "CIV", "FRA") in coded(code, "Thousands took to the streets of Abidjan after days of "
                                                "anti-French demonstrations in Abidjan.")
    assert not any(c[1] == "FRA" for c in coded(code, "Days of anti-French demonstrations in Abidjan ended."))


def test_an_act_of_violence_its_doer_owns_is_against_the_country_the_story_is_about(article):
    # CNN, Gaza 2012: 'its attacks' are Israel's, on the Palestinians of the story
    events = article("Planned cease-fire fails as Egypt's prime minister visit Gaza",
                     "Israeli strikes have killed 30 in Gaza, a Gaza government website says. "
                     "With its attacks, Israel is denying Palestinians their rights and efforts to establish an "
                     "independent state, Palestinian Authority President Mahmoud Abbas said Friday.")
    assert ("190", "ISR", "PSE") in {(e.cameo.code, e.source.country, e.target.country if e.target else None)
                                     for e in events if e.trigger.text == "attacks"}


def test_the_offensive_told_before_is_against_the_country_the_story_is_about(article):
    # Christian Science Monitor, Gaza 2012: 'the offensive' is the Israeli one the headline tells
    events = article("Gazans flee border areas, fearing Israeli ground invasion",
                     "Some Gazans who live near the borders of the tiny coastal enclave have left their homes to "
                     "move toward the center of the strip. Mohamed Tawfiq and his family left their home in the "
                     "eastern part of Khan Younis, shortly after a tank shell landed a few meters from his house. "
                     "Two children were killed last night by an Israeli tank shell that hit their room. \"My wife "
                     "has asked me to leave the house since the offensive started, but I convinced her that "
                     "there is no safe place in Gaza.\"")
    offensive = [e for e in events if e.trigger.text == "offensive"]
    assert [(e.source.country, e.target.country if e.target else None) for e in offensive] == [("ISR", "PSE")]
    # a war named for its place is no war told before: 'the Iraq war' Australians oppose is no Iraqi act
    assert not article("Australia: Wallets trump war",
                       "A majority of Australians oppose the Iraq war, but they turned out to be more concerned "
                       "about the economy.")


def test_who_answers_for_an_act_or_stands_behind_it_did_it(code):
    assert ("183", "AFG", "AFG") in coded(code, "Officials said the Taliban were responsible for the bombing in Kabul.")
    assert ("181", None, "CHN") in coded(code, "Police arrested the militants responsible for the kidnapping of two "
                                               "Chinese engineers.")
    assert ("194", "PSE", "ISR") in coded(code, "Hamas was behind the rocket attacks on southern Israel.")


def test_the_act_one_is_accused_of_is_the_accused_ones_as_alleged(code):
    events = code("Kiev accused Moscow of an invasion of eastern Ukraine.")
    invasion = [(e.cameo.code, e.source.country, e.target.country if e.target else None, e.status)
                for e in events if e.trigger.text == "invasion"]
    assert invasion == [("190", "RUS", "UKR", "alleged")]


def test_an_act_told_before_against_the_doer_is_no_act_of_that_doer(article):
    # the strikes on Gaza told first are Israel's; the rocket attacks are the militants' own, not on themselves
    events = article("Israel in raids", "Israeli jets struck militant installations in Gaza on Monday. Several "
                                        "militant groups are behind the rocket attacks, the army said.")
    assert not [e for e in events if e.trigger.text == "attacks" and e.target is not None
                and e.target.country == e.source.country]


def test_a_country_before_sanctions_with_no_one_else_told_is_no_doer(code):
    # from an article of the benchmark's corpus (articles.jsonl): Cuba is the embargo's target
    sentence = ("He has criticized proposals for using force against Iran, opposed Bush's troop surge in Iraq, "
                "called for talks with Hamas and rejected little-challenged staples of foreign policy like the Cuba embargo.")
    assert not any(c[0][:2] == "16" for c in coded(code, sentence))
    assert ("163", "USA", "IRN") in coded(code, "U.S. sanctions on Iran took effect on Monday.")


def test_an_act_inside_another_s_handling_of_it_is_not_the_critic_s(code):
    # adapted from an article of the benchmark's corpus: McCain criticized the handling of the attack
    sentence = ("Sen. John McCain continued his criticism of the Obama administration's handling of a deadly "
                "attack on the American Embassy in Benghazi.")
    found = coded(code, sentence)
    assert ("111", "USA", "USA") in found
    assert not any(c[0][:2] == "19" and c[1] == "USA" for c in found)
