"""Conflictual acts (CAMEO roots 10-20, data/lexicon/codes/10_demand.yaml ... 20_mass_violence.yaml)
as news tells them: blame said of someone, guns fired at people, forces moving into a place,
accusations traded, people mobilizing, and orders that are given to no one."""


def coded(code, sentence):
    return {(e.cameo.code, e.source.country, e.target.country if e.target else None)
            for e in code(sentence)}


def test_saying_someone_was_responsible_is_an_accusation_of_them(code):
    # ... and the bombing is India's as the officials tell it (Kashmir is no one country's)
    assert coded(code, "Pakistani officials said India was responsible for the bombing in Kashmir.") == {
        ("112", "PAK", "IND"), ("183", "IND", None)}
    assert ("112", "AFG", "AFG") in coded(
        code, "Directly after the attacks Tuesday, the Afghan government said Taliban militants were responsible.")


def test_a_gun_fired_at_people_is_force_not_a_show_of_it(code):
    # at a crowd of protesters, the violent repression of them (CAMEO 175: 'police fired on demonstrators')
    assert coded(code, "A Pakistani police officer fires an automatic weapon toward demonstrators in Islamabad.") == {
        ("175", "PAK", "PAK")}
    assert coded(code, "Syrian soldiers fired live rounds at protesters in Deraa on Friday.") == {("175", "SYR", "SYR")}
    # a missile fired into the sea is still a test of it (150)
    assert {c[0] for c in coded(code, "North Korea fired a ballistic missile into the Sea of Japan on Sunday.")} == {"150"}


def test_an_order_given_to_no_one_is_no_demand(code):
    assert not {c[0][:2] for c in coded(code, "Congress may force reductions in the budget.")} & {"10"}


def test_an_accusation_traded_is_one_each_way(code):
    assert coded(code, "Russia and Ukraine accused each other of violating the ceasefire.") == {
        ("1123", "RUS", "UKR"), ("1123", "UKR", "RUS")}


def test_forces_rolling_into_a_place_use_force_there(code):
    assert coded(code, "Israeli tanks pushed into the Gaza town of Beit Hanoun on Monday.") == {("190", "ISR", "PSE")}
    assert coded(code, "Russian troops moved into the Ukrainian port city of Berdyansk.") == {("190", "RUS", "UKR")}


def test_people_mobilize_in_protest_and_governments_mobilize_police(code):
    assert coded(code, "Kenyan opposition supporters mobilized against the new tax law in Nairobi.") == {
        ("141", "KEN", "KEN")}
    assert {c[0] for c in coded(code, "The Guatemalan government mobilized police and troops to the area.")} == {"153"}


def test_blame_and_illegality_said_are_told_of_the_clause_s_subject(code):
    assert ("111", "FRA", "USA") in coded(code, "French President Jacques Chirac has said the US-led war in Iraq was illegal.")


def test_a_plane_forced_to_land_is_coerced_not_asked(code):
    assert coded(code, "Indian Air Force fighter jets forced a Georgian cargo plane to land in Jaipur on Friday.") == {
        ("170", "IND", "GEO")}
    assert coded(code, "The Iranian navy forced a British tanker to change course in the Strait of Hormuz.") == {
        ("170", "IRN", "GBR")}


def test_links_suspended_with_a_country_reduce_relations(code):
    assert ("160", "MAR", "ESP") in coded(code, "Morocco announced the suspension of flights with Spain on Saturday.")


def test_a_reactor_or_air_defenses_destroyed_are_military_targets_struck(code):
    assert {c[:3] for c in coded(code, "Israel destroyed Syria's nuclear reactor in 2007.")} == {("190", "ISR", "SYR")}


def test_forces_strengthened_in_a_place_are_a_show_of_force(code):
    assert {c[0] for c in coded(code, "NATO strengthened its forces in Poland after Russia seized Crimea.")} >= {"150"}
    assert not coded(code, "The Polish government strengthened its economy.")


def test_a_complaint_told_as_its_clause_is_disapproval(code):
    assert {c[0] for c in coded(code, "UN officials complained that they had to work only with partners approved by "
                                      "Damascus.")} == {"110"}
    assert not coded(code, "He complained of chest pains before he died in a Cairo hospital.")


def test_control_taken_of_a_place_is_force_and_of_nothing_named_no_act(code):
    assert {c[0] for c in coded(code, "Taliban fighters seized control of the district headquarters in Kunduz.")} == {"192"}
    assert not {c[0][:2] for c in coded(
        code, "Hamas, the militant Islamic faction that won elections in 2006 and took full control in 2007, "
              "is not looking for reasons to return to battle.")} & {"19"}


def test_blame_is_what_the_clause_says_of_its_subject_not_a_word_deep_in_it(code):
    assert ("112", "USA", "IRN") in coded(code, "U.S. officials concluded that Iran was responsible for the attacks on "
                                                "the tankers.")
    assert not {c[0] for c in coded(code, "Iran said Syria was not responsible for the attack.")} & {"112"}
    assert not {c[0] for c in coded(code, "Pompeo says the US is imposing visa restrictions on Chinese officials "
                                          "responsible for the crackdown in Hong Kong.")} & {"112"}


def test_being_forced_to_flee_is_no_demand(code):
    assert not {c[0][:2] for c in coded(code, "The Houthis swept into Sanaa last September, eventually forcing "
                                              "President Abdrabbuh Mansour Hadi to flee abroad.")} & {"10"}


def test_an_act_told_in_an_as_clause_happens_where_its_main_clause_does(code):
    events = code("Explosions and gunfire rattled through the city of Najaf as U.S. troops in armored vehicles "
                  "and tanks rolled back into the streets here Sunday.")
    assert {(e.cameo.code, e.location.country if e.location else None) for e in events} == {("190", "IRQ")}


def test_fire_exchanged_is_fighting_each_way(code):
    assert coded(code, "Indian and Pakistani troops exchanged fire across the Line of Control in Kashmir.") == {
        ("193", "IND", "PAK"), ("193", "PAK", "IND")}
    assert coded(code, "Israeli troops traded fire with Hezbollah fighters near the village of Aita al-Shaab.") == {
        ("193", "ISR", "LBN")}


def test_troops_crossing_into_a_country_use_force_there_and_refugees_do_not(code):
    assert coded(code, "Ethiopian troops crossed into Somalia on Saturday.") == {("190", "ETH", "SOM")}
    assert not coded(code, "Thousands of Syrian refugees crossed into Turkey on Saturday.")


def test_calls_for_a_ceasefire_rejected_are_a_refusal_to_de_escalate(code):
    assert coded(code, "Russia dismissed U.S. demands for the withdrawal of its troops from Ukraine's border.") == {
        ("1246", "RUS", "USA")}
    assert {c[0] for c in coded(code, "The Taliban rejected calls for a ceasefire.")} == {"1246"}


def test_an_apology_demanded_is_a_demand_not_one_for_information(code):
    assert coded(code, "Iran demanded an apology from Britain over the seizure of its tanker.") == {("100", "IRN", "GBR")}


def test_rockets_fired_into_a_country_are_shelling_and_missiles_into_the_sea_a_test(code):
    assert coded(code, "Hamas fired rockets into southern Israel.") == {("194", "PSE", "ISR")}
    assert {c[0] for c in coded(code, "North Korea fired two missiles toward the Sea of Japan on Sunday.")} == {"150"}


def test_the_toll_of_an_attack_told_as_a_participle_is_no_second_attack(code):
    # from an article of the benchmark's corpus (articles.jsonl)
    found = coded(code, "Militants in Gaza fired a barrage of at least 200 rockets into Israel, killing an Israeli soldier.")
    assert [c for c in found if c[0][:2] in ("18", "19")] == [("194", "PSE", "ISR")]
    # a clause that names no one struck leaves the toll to say whom
    found = coded(code, "Israel flew more than 1,500 airstrikes, killing 161 Palestinians.")
    assert ("190", "ISR", "PSE") in found


def test_a_former_colony_is_the_land_not_the_power_that_held_it(code):
    # AG World (ag_world.jsonl, the tuned lines)
    found = coded(code, "Mutinous soldiers killed the commander of Guinea-Bissau's armed forces on Wednesday and "
                        "seized key buildings in the capital of the former Portuguese colony.")
    assert not any(c[2] == "PRT" for c in found)
