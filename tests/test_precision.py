"""Precision on real news: what the coder must not code (docs/annotation.md rule 2), on
sentences of the kind that gave false alarms on the benchmark's articles."""


def codes(events, trigger=None):
    return [e.cameo.code for e in events if trigger is None or e.trigger.text == trigger]


def test_nobody_is_no_doer(code):
    assert codes(code("Despite the criticism, no Republican senators have threatened to block the nomination "
                      "of Chuck Hagel.")) == []
    assert codes(code("An embassy official said no Egyptian soldiers fired weapons in the air."), "fired") == []


def test_an_act_refused_was_not_done(code):
    events = code("The United States has refused to arm the Syrian rebels.")
    assert not [c for c in codes(events) if c.startswith("07")]


def test_an_act_urged_on_someone_in_the_passive_was_not_done(code):
    events = code("Members of the Libyan security force were urged by their families to quit.")
    assert codes(events, "quit") == []


def test_an_act_called_for_or_advised_was_not_done(code):
    assert codes(code("Florida Rep. Vern Buchanan called for ending foreign aid to Egypt."), "ending") == []
    events = code("Mr. Sharif faulted the Americans for failing to heed the Libyan government's advice to pull "
                  "its personnel from Benghazi.")
    assert codes(events, "pull") == []


def test_a_doer_told_sentences_before_is_not_the_doer_of_a_later_mention(code):
    events = code("Egyptian demonstrators stormed the headquarters of the Muslim Brotherhood in Mahalla on Friday. "
                  "Police used tear gas to break up the melees and made numerous arrests, Interior Ministry "
                  "spokesman Alaa Mahmoud told CNN. He said dozens of people had been injured in the city and that "
                  "calm had returned by the evening, after a day in which the protests spread to Alexandria. "
                  "U.S. officials have said there is no evidence of a protest preceding the attack in Benghazi.")
    assert codes(events, "attack") == []


def test_an_act_told_again_right_after_keeps_its_doer(code):
    events = code("Militants stormed the U.S. consulate in Benghazi on Tuesday. Officials in Washington watched "
                  "the attack unfold in real time.")
    assert [e.source.code for e in events if e.trigger.text == "attack"] == ["LBYINS"]


def test_victims_with_no_agent_still_take_the_doer_told_just_before(code):
    events = code("Israeli troops raided the Jenin refugee camp on Sunday. Three Palestinians were killed.")
    assert [(e.source.country, e.target.country) for e in events if e.trigger.text == "killed"] == [("ISR", "PSE")]


def test_a_sentence_printed_twice_is_coded_once(pipeline):
    line = "Pakistani demonstrators clashed with police near the U.S. consulate in Islamabad."
    doc = pipeline.code_text(f"Protests\n\n{line}\n\nThe film sparked anger.\n\n{line}")
    assert len({e.evidence.start for e in doc.events}) == 1


def test_a_photo_gallery_codes_its_shared_slide_title_once(pipeline):
    slides = " ".join(
        f"Photos: Anti-U.S. protests Protesters storm U.S. Embassy buildings – {caption} Hide Caption {i} of 3"
        for i, caption in enumerate(["Protesters gather along the U.S. Embassy wall.",
                                     "People shout in front of the U.S. Embassy in Cairo.",
                                     "Egyptian riot police stand guard as protesters climb down from the wall."], 1))
    doc = pipeline.code_text(f"Protests\n\nProtests outside the U.S. Embassy in Cairo continued.\n\n{slides}")
    storms = [e for e in doc.events if e.trigger.text == "storm"]
    assert len(storms) <= 1
    assert all(e.caption for e in storms)


def test_a_definite_act_as_the_doer_of_violence_is_the_act_told_before(code):
    events = code("A congressional hearing on Wednesday will examine the armed assault that killed Ambassador "
                  "Christopher Stevens and three other Americans.")
    assert codes(events, "killed") == []
    # an indefinite one tells no doer either (docs/annotation.md rule 2): not coded
    assert codes(code("Roadside bombings killed four American soldiers in Iraq."), "killed") == []


def test_a_city_naming_an_attack_is_where_it_happened_not_who_did_it(code):
    events = code("The Tel Aviv bus bombing wounded 21 people.")
    assert not [e for e in events if e.source.country == "ISR"]


def test_a_date_is_no_particle_of_a_phrase(code):
    assert codes(code("CIA Director David Petraeus, who turned 60 on Wednesday, resigned on Friday."), "turned") == []


def test_the_people_a_past_participle_qualifies_are_its_victims_not_its_doers(code):
    events = code("While most of the demonstrations were peaceful, some were marred by violence that has left more "
                  "than two dozen people dead -- among them U.S. Ambassador to Libya Chris Stevens and three other "
                  "Americans killed in an attack on the consulate in Benghazi.")
    assert not [e for e in events if e.trigger.text == "killed" and e.source.country == "USA"]


def test_a_person_owning_a_murder_or_an_arrest_is_its_victim(code):
    events = code("Even before Ambassador Stevens' murder, U.S. officials say the CIA determined the security "
                  "situation in eastern Libya was deteriorating.")
    assert codes(events, "murder") == []


def test_attending_a_gathering_of_donors_is_no_protest(code):
    events = code("Secretary of State Hillary Clinton will attend a gathering of international donors in Tokyo.")
    assert not [c for c in codes(events) if c.startswith("14")]


def test_comments_referred_to_are_no_new_statement(code):
    events = code("Chuck Hagel is the president's choice for defense secretary. Some lawmakers have been troubled "
                  "by his comments and actions on Israel.")
    assert "010" not in codes(events)


def test_police_using_tear_gas_use_no_weapon_of_mass_destruction(code):
    events = code("Police also used tear gas to break up the melees and made numerous arrests, Mahmoud said.")
    assert not [c for c in codes(events) if c.startswith("20")]


def test_heading_operations_is_no_travel(code):
    events = code("That was the day the 60-year-old retired Army general, who headed U.S. military operations in "
                  "Iraq and Afghanistan, resigned.")
    assert codes(events, "headed") == []



# --- false alarms of the hand checks of round 23 (eval/events_check_precision_seed3131_*.jsonl) ---

def test_a_question_a_witness_quotes_leaves_the_act_reported(code):
    events = code("On the day of his protest, witnesses say that an officer slapped Bouazizi and he cried out, "
                  "'Why are you doing this to me?'")
    assert [e.status for e in events if e.trigger.text == "slapped"] == ["reported"]
    assert [e.status for e in code("Will Iran retaliate against Israel?") if e.trigger.text == "retaliate"] != \
        ["reported"]


def test_a_patient_no_one_names_makes_the_act_negated(code):
    events = code("Israeli warplanes struck no targets in Gaza on Sunday.")
    assert [e.status for e in events if e.trigger.text == "struck"] == ["negated"]


def test_a_conference_call_with_reporters_is_no_consultation(code):
    events = code("Two weeks later, a State Department official held a conference call with reporters and disowned "
                  "the public remarks of one of its own.")
    assert not [c for c in codes(events) if c.startswith("04")]


def test_a_speech_to_a_convention_is_no_consultation(code):
    assert codes(code("Mitt Romney will speak to the National Guard Association Convention in Nevada.")) == []
    assert codes(code("Mitt Romney will speak to Israeli Prime Minister Benjamin Netanyahu by phone.")) != []


def test_shaking_hands_with_a_soldier_is_no_consultation(code):
    events = code("President Obama shakes hands with an Air Force soldier during a 2011 ceremony to mark the end of "
                  "the Iraq war.")
    assert codes(events, "shakes") == []
    events = code("Egyptian President Mohamed Morsi shook hands with Iranian President Mahmoud Ahmadinejad in Tehran.")
    assert codes(events, "shook")


def test_working_with_others_at_diplomacy_is_no_material_cooperation(code):
    for sentence in ("She said she will work with Israel and Egypt on brokering a deal in the days ahead.",
                     "Mr. Morsi chose pragmatism over ideology, working closely with Washington to bring the "
                     "antagonists to the table."):
        assert not [c for c in codes(code(sentence)) if c.startswith("06")], sentence
    assert [c for c in codes(code("Pakistan will work with the United States to dismantle militant networks."))
            if c.startswith("06")]


def test_a_people_protesting_in_a_headline_is_a_demonstration(code):
    for sentence in ("Egyptians protest over presidential powers",
                     "Iranians protest against a film mocking Islam near the Swiss Embassy in Tehran on Thursday."):
        assert [c[:2] for c in codes(code(sentence), "protest")] == ["14"], sentence


def test_a_blow_with_a_pole_is_no_artillery(code):
    events = code("A protester hits a policeman with a pole in Sydney's central business district on Saturday.")
    assert not [c for c in codes(events) if c.startswith("19")]


def test_what_a_whole_people_refuses_is_rhetoric(code):
    events = code('Morsi said: "The Egyptian people, both Muslims and Christians, refuse such insults on sanctities."')
    assert codes(events, "refuse") == []


def test_what_should_have_been_done_was_not(code):
    events = code("Twenty-nine percent thought Israel should have sent ground troops into Gaza.")
    assert codes(events, "sent") == []


def test_a_company_blocking_an_account_is_no_political_act(code):
    events = code("Twitter's decision in France came a day after the company bowed to German law and blocked an "
                  "account of a banned neo-Nazi group there.")
    assert codes(events) == []


def test_a_passer_by_helping_a_protester_gives_no_aid(code):
    events = code("A man assists a young protester after capsicum spray was used by police near the U.S. Consulate "
                  "General in central Sydney on Saturday.")
    assert not [c for c in codes(events) if c.startswith("07")]


def test_a_pretext_for_an_act_is_no_act(code):
    events = code("There is no slander that provides an excuse for people to burn a restaurant in Lebanon, or "
                  "destroy a school in Tunis.")
    assert codes(events) == []


def test_a_state_bombing_a_country_carries_out_air_strikes(code):
    events = code("President Obama bombed Libya last year in a successful effort to remove Col. Qaddafi from power.")
    assert codes(events, "bombed") == ["195"]


def test_a_travel_warning_to_citizens_is_no_threat(code):
    events = code("The U.S. Embassy in Algiers was warning Americans in the country to avoid non-essential travel.")
    assert not [c for c in codes(events) if c.startswith("13")]


def test_options_discussed_with_a_leader_are_a_consultation(code):
    events = code("Mr. Cameron has discussed those options directly with Mr. Obama, White House officials say.")
    assert codes(events, "discussed") == ["040"]


def test_an_act_named_in_passing_by_its_place_gives_no_doer(code):
    events = code("The U.S. Embassy in Algiers warned of more protests after the Libya attack.")
    assert codes(events, "attack") == []
    events = code("Report on Libya attack cites 'systemic failures' in security")
    assert codes(events, "attack") == []
    assert codes(code("Protests spread after the Israeli attack on the Gaza flotilla."), "attack")


def test_anyone_killed_is_no_one_in_particular(code):
    events = code("The statement was issued long before protesters assaulted the embassy compound in Cairo or anyone "
                  "was killed in Libya.")
    assert codes(events, "killed") == []


def test_harassing_emails_are_no_act_of_coercion(code):
    events = code("The military official said Mrs. Kelley received harassing emails from Mrs. Broadwell.")
    assert codes(events) == []


def test_an_option_weighed_is_not_done(code):
    events = code("The Obama administration is considering the possibility of removing all U.S. troops in "
                  "Afghanistan after the NATO combat mission finishes.")
    assert codes(events, "removing") == []


def test_anyone_who_would_do_it_is_no_doer(code):
    events = code("Hamas says that any Palestinian who negotiates with Israel is a traitor to the Palestinian cause.")
    assert codes(events, "negotiates") == []


def test_what_a_state_should_or_must_do_is_not_done(code):
    assert codes(code('"He believed that America should support the Libyan people."'), "support") == []
    assert codes(code("The U.S. must also support the Libyans in forging a new constitution."), "support") == []
    assert [c[:2] for c in codes(code("Russia says Israel should end its attacks on Syria."))] == ["02"]  # the appeal


def test_softening_anothers_call_is_no_yielding(code):
    events = code("Rice appeared to soften McCain's persistent call for answers when she praised the senator.")
    assert codes(events, "soften") == []
    assert codes(code("Iran softened its stance on the nuclear talks."), "softened") == ["080"]


def test_what_one_would_like_to_do_is_a_wish(code):
    events = code("Although Clinton would not like to leave office on that note, she has agreed to testify.")
    assert codes(events, "leave") == []


def test_shots_into_the_air_are_no_attack(code):
    events = code("Security forces sporadically lobbed tear-gas canisters and fired their guns into the air, breaking "
                  "up the demonstration in Beirut.")
    assert not [c for c in codes(events, "fired") if c[:2] in ("18", "19")]
    assert codes(code("Syrian troops fired on protesters in Homs on Friday."), "fired")


def test_a_travel_warning_in_a_list_of_measures_is_no_threat(code):
    events = code("The administration ordered all nonemergency personnel to leave Libya and warned Americans not to "
                  "travel there.")
    assert not [c for c in codes(events) if c.startswith("13")]


# --- classes of the fresh check (eval/events_check_precision_seed4444_after.jsonl) ---

def test_going_after_weapons_is_no_criticism(code):
    events = code("Israeli forces are going after Hamas weapons, storage bunkers and workshops, an Israeli "
                  "official said.")
    assert not [c for c in codes(events) if c.startswith("11")]


def test_a_court_dissolving_parliament_yields_nothing(code):
    events = code("Egypt's Constitutional Court dissolved the Islamist-dominated parliament on Thursday.")
    assert not [c for c in codes(events) if c.startswith("08")]


def test_the_war_on_terror_is_no_war_on_anyone(code):
    events = code("Obama praised the Pakistani president as a partner in the war on terror.")
    assert not [c for c in codes(events) if c[:2] in ("18", "19", "20")]


def test_hitting_ones_head_is_an_accident(code):
    assert codes(code("Egyptian President Mohamed Morsi hit his head during a visit to Cairo on Sunday.")) == []


def test_strikes_launched_on_a_place_are_no_labour_strike(code):
    events = code("The cease-fire was brokered after Israel launched a series of strikes on Gaza.")
    assert not [c for c in codes(events) if c.startswith("14")]
    assert codes(code("Egyptian workers launched a strike against the government on Sunday.")) == ["143"]


def test_questioning_a_war_is_no_inquiry(code):
    events = code("Hagel was prescient in his questioning of President Bush's Iraq War.")
    assert not [c for c in codes(events) if c.startswith("09")]


def test_a_matter_turned_over_is_no_appeal(code):
    events = code("The Secretary of Defense turned the matter over to the Pentagon inspector general.")
    assert not [c for c in codes(events) if c.startswith("02")]


def test_a_headline_saying_what_an_attack_named_by_its_place_was_gives_no_doer(code):
    events = code("US officials knew Libya attack was terrorism within 24 hours, sources confirm")
    assert codes(events, "attack") == []


def test_going_back_after_talks_is_no_criticism(code):
    events = code("Clinton went back to Jerusalem Wednesday after holding talks in the West Bank with Palestinian "
                  "President Mahmoud Abbas.")
    assert not [c for c in codes(events) if c.startswith("11")]


def test_taking_aim_at_targets_is_no_criticism_but_at_a_government_is(code):
    assert not [c for c in codes(code("The Israeli navy has taken aim at targets along Gaza's shoreline, the IDF "
                                      "said.")) if c.startswith("11")]
    assert codes(code("Mr. Romney continued to take aim at the Obama administration's handling of the Mideast."),
                 "take") == ["111"]


def test_submitting_a_paper_is_no_submission(code):
    for sentence in ("The Palestinians are likely to submit a new resolution after the U.S. presidential election.",
                     "Petraeus met with President Obama on Thursday before submitting his letter of resignation."):
        assert codes(code(sentence), "submit" if "submit " in sentence else "submitting") == [], sentence


def test_security_compromised_is_no_compromise(code):
    assert codes(code("Lawmakers asked whether national security was compromised by the affair.")) == []


def test_climbing_down_from_a_wall_is_no_backing_down(code):
    assert codes(code("Egyptian riot police stand guard as protesters climb down from the wall.")) == []


def test_strikes_in_a_war_are_no_labour_strikes(code):
    events = code("Hamas officials had been calling for more strikes against Israel, while that country's military "
                  "continued to press its air campaign.")
    assert not [c for c in codes(events) if c.startswith("14")]
    assert codes(code("Egyptian judges called a strike against Morsi's decree on Sunday."), "called") == ["143"]


def test_rockets_fired_from_gaza_are_no_test(code):
    events = code("Lt. Col. Avital Leibovich told CNN that five rockets had been fired from Gaza in violation of the "
                  "cease-fire.")
    assert not [c for c in codes(events) if c.startswith("15")]


def test_commanding_forces_is_a_post_no_order(code):
    for sentence in ("He helped turn the tide against insurgents while commanding forces in Iraq and Afghanistan.",
                     "He previously commanded multinational forces in Iraq, leading the so-called surge."):
        assert not [c for c in codes(code(sentence)) if c.startswith("10")], sentence


def test_heading_an_organization_is_no_trip(code):
    events = code("Pete Hegseth, the Iraq War veteran who heads Concerned Veterans for America, said it is hard to "
                  "explain the nomination.")
    assert codes(events, "heads") == []
    assert codes(code("Obama heads to Japan on Saturday for a summit with Japanese leaders."), "heads") == ["042"]


def test_leaving_a_matter_to_someone_is_no_departure(code):
    events = code("The courts have contributed to this problem by leaving it largely to the military to police itself.")
    assert codes(events, "leaving") == []


def test_a_speech_to_a_conference_is_no_consultation(code):
    events = code("Romney will be in Reno, where he will speak to a conference of the National Guard Association.")
    assert codes(events, "speak") == []
    assert codes(code("Obama spoke to Putin at the summit in Mexico on Monday."), "spoke") == ["040"]


def test_quitting_a_habit_is_no_resignation(code):
    assert codes(code("Senator Graham said: \"You'd think we'd quit doing that, but here's another example.\"")) == []


def test_who_asked_about_is_no_doer(code):
    assert codes(code("Americans are asking: Who attacked our country?")) == []
    assert codes(code("Militants who had ties to al Qaeda attacked the consulate in Benghazi."), "attacked")


def test_what_is_said_of_an_act_named_by_its_place_gives_no_doer(code):
    events = code("U.S. officials suspect the Libya assault may have been a planned terror operation.")
    assert codes(events, "assault") == []
    events = code("For now, Romney and Ryan plan to avoid discussing the Libya attack as an isolated issue.")
    assert codes(events, "attack") == []


def test_a_group_named_before_its_attack_is_its_doer(code):
    events = code("Investigators in Kabul are still looking into the Taliban attack.")
    assert [e.source.code for e in events if e.trigger.text == "attack"] == ["AFGINS"]


# --- classes of the fresh check of seed 5555 (eval/events_check_precision_seed5555_after.jsonl) ---

def test_claiming_that_is_no_killing(code):
    events = code("Republican lawmakers ripped into the administration, with one congressman claiming officials "
                  "lied to the American people.")
    assert not [c for c in codes(events) if c.startswith("18")]


def test_an_act_a_comparison_imagines_is_not_done(code):
    events = code("Rep. Dutch Ruppersberger said the situation would be akin to his state launching an attack on "
                  "Washington.")
    assert codes(events) == []


def test_what_a_bill_would_do_is_not_done(code):
    events = code("Scott and Sen. Rand Paul have introduced identical bills to prohibit any government agency from "
                  "using a drone without a warrant.")
    assert codes(events, "prohibit") == []


def test_a_committee_charged_with_a_task_is_no_arrest(code):
    events = code("McCain was his partner in the early 1990s, serving together on a committee charged with the "
                  "delicate task of investigating the fates of the last prisoners of war.")
    assert not [c for c in codes(events) if c.startswith("17")]
    assert codes(code("Egyptian police charged the protesters with rioting in Cairo."), "charged") == ["173"]


def test_a_deed_judged_in_general_is_not_done(code):
    events = code("Obama explained why allowing offensive speech and confronting it with other speech is preferable "
                  "to trying to ban objectionable speech outright.")
    assert codes(events) == []


# --- classes of the final fresh check (eval/events_check_precision_seed6666_final.jsonl) ---

def test_charged_with_reviewing_is_a_task(code):
    events = code("Fox News asked who was specifically charged with reviewing the cable and whether action was taken "
                  "by Washington or Tripoli.")
    assert not [c for c in codes(events) if c.startswith("17")]


def test_advisers_clashing_over_a_matter_dispute_it(code):
    assert codes(code("| REUTERS Romney advisers clash over Libya")) == []
    assert codes(code("Egyptian protesters clashed with police over the decree in Cairo."), "clashed") == ["145"]


def test_congress_fighting_back_is_politics(code):
    assert codes(code("But Congress and the industry have fought back against the new rules.")) == []
    assert codes(code("Rebels fought government troops in Aleppo on Sunday."), "fought") == ["190"]


def test_operations_headed_are_a_post_held(code):
    events = code("That was the day the retired Army general, who headed U.S. military operations in Iraq and "
                  "Afghanistan, resigned.")
    assert codes(events, "operations") == []
    assert codes(code("U.S. forces launched military operations in Afghanistan in 2001."), "launched") == ["190"]


# --- classes of round 25's checks (eval/events_check_precision_r25_*) ---

def test_charges_shot_down_are_rebutted_not_fired_on(code):
    events = code("Republicans shot down Democratic charges that ongoing criticism of U.N. Ambassador Susan E. Rice "
                  "is couched in racism or sexism, and pressed President Obama for more answers on the Sept. 11 "
                  "attack in Benghazi, Libya.")
    assert not [c for c in codes(events) if c[:2] in ("18", "19")]
    assert [c for c in codes(code("Syrian forces shot down a Turkish fighter jet over the Mediterranean on Friday."),
                              "shot") if c[:2] == "19"]


def test_a_warning_of_how_things_are_is_no_threat(code):
    assert codes(code("It turns out that Ambassador Stevens had warned the administration that he was an Al Qaeda "
                      "target.")) == []
    assert codes(code("John Whitehead, president of the Rutherford Institute of Charlottesville, Va., warned the "
                      "governor, “America is not a battlefield, and the citizens of this nation are not insurgents "
                      "in need of vanquishing.”")) == []
    # what the warning says can or will follow is a threat
    assert [c for c in codes(code("Iran warned that its missiles can hit anywhere in Israel.")) if c.startswith("13")]


def test_attacked_for_comments_is_criticism_not_force(code):
    assert not [c for c in codes(code("Rice attacked for Benghazi comments")) if c[:2] in ("18", "19")]


def test_a_count_of_attacks_is_a_trend_not_an_act(code):
    events = code("However, international navies have helped to dramatically reduce the number of attacks by Somali "
                  "pirates off Africa’s east coast, the bureau reported.")
    assert codes(events, "attacks") == []


def test_being_determined_to_cooperate_is_an_intent(code):
    events = code("“Her response back today will make clear that we are determined to work with the Congress,” "
                  "State Department spokeswoman Victoria Nuland said.")
    assert [c[:2] for c in codes(events, "work")] == ["03"]


def test_appreciating_a_danger_is_no_praise(code):
    assert codes(code("These comments and actions indicate that he does not fully appreciate the dangers of a nuclear "
                      "Iran or the character of the Iranian regime.")) == []
    assert codes(code("“We commend Egypt’s efforts to de-escalate the situation,” the State Department said."),
                 "commend") == ["051"]


def test_not_saying_what_is_no_refusal_to_negotiate(code):
    events = code("Hamas official Izzat Risheq predicted a truce deal would be reached Wednesday, but the movement "
                  "wouldn't discuss what the problems were.")
    assert codes(events, "discuss") == []
    assert codes(code("The United States and Israel won't speak to Hamas, labeling it a terrorist organization."),
                 "speak") == ["125", "125"]


def test_an_award_received_is_no_visit_hosted(code):
    assert codes(code("If he were to do that, then the soldiers could be eligible to receive the Purple Heart, Warren "
                      "said.")) == []
    assert codes(code("Egyptian President Hosni Mubarak received Israeli Prime Minister Ehud Olmert in Sharm el-Sheikh "
                      "on Monday."), "received") == ["043"]


def test_a_policy_debated_is_no_talks_between_the_debaters(code):
    events = code("A senior Israeli official said the movement of the chemical weapons could be a bluff, intended as a "
                  "warning to the West at a moment when NATO and the United States were debating greater support to "
                  "opposition groups.")
    assert codes(events, "debating") == []


def test_an_act_joined_to_a_wished_one_is_wished_too(code):
    events = code("Hamas wants Israel to halt all attacks on Gaza and lift tight restrictions on trade and movement in "
                  "and out of the territory that have been in place since it seized the territory.")
    assert not [c for c in codes(events) if c.startswith("08")]
    assert codes(code("Israel lifted restrictions on trade with Gaza on Sunday."), "lifted") == ["081"]


def test_turning_to_heavier_weapons_is_no_appeal(code):
    events = code("The opposition believes that Assad, who has upped his response to rebel gains in the 20-month-old "
                  "revolt, could turn to heavier weapons.")
    assert not [c for c in codes(events) if c.startswith("02")]
    assert codes(code("The Afghan president turned to the United Nations for help."), "turned") == ["020"]


def test_thanking_god_is_no_praise(code):
    events = code('"Thank God, through you, we were able to push back this naked aggression that targeted Gaza and its '
                  'people," Shaath said.')
    assert not [c for c in codes(events) if c.startswith("05")]
    assert codes(code("Karzai thanked the United States for its continued support."), "thanked") == ["051"]


def test_an_infinitive_joined_to_a_promised_one_is_promised_too(code):
    # the parser joins 'to ease' to the gerund 'assassinating'; its own 'to' makes it the
    # conjunct of 'to stop', so the easing is promised (an intent), not done
    events = code("Israel also promised to stop assassinating Hamas leaders and to ease the blockade on Gaza.")
    assert codes(events, "ease") == ["030"]


def test_an_act_asked_about_after_not_saying_is_a_question(code):
    # 'did not say whether he would try to block ...': the act is asked about, not asserted nor negated
    events = code("Obama did not say whether he would try to block Iran's nomination.")
    assert [e.status for e in events if e.trigger.text == "block"] == ["question"]


# --- round 26: background history, wished meetings, acts asked for, worship ----------------

def test_background_history_told_in_passing_codes_no_event(pipeline):
    from tidings.records import TimeValue
    published = TimeValue("2012-11-24", "day", "2012-11-24", "metadata")
    doc = pipeline.code_text("Headline\n\nThe killing did not incite other violence, which suggests that Hamas, the "
                             "militant Islamic faction that won elections in 2006 and took full control in 2007, is not "
                             "looking for reasons to return to battle.", published=published)
    assert codes(doc.events, "took") == []
    doc = pipeline.code_text("Headline\n\nIt has been eleven years since terrorists attacked the United States on "
                             "September 11, 2001.", published=published)
    assert codes(doc.events, "attacked") == []


def test_an_old_act_the_story_recounts_is_an_event_with_its_date(pipeline):
    # the team gold codes recounted history ('Bush's administration kicked 50 officials out')
    from tidings.records import TimeValue
    published = TimeValue("2012-11-24", "day", "2012-11-24", "metadata")
    doc = pipeline.code_text("Headline\n\nIn 2003, U.S. troops invaded Iraq.", published=published)
    assert [(e.cameo.code, e.date.value) for e in doc.events if e.trigger.text == "invaded"] == [("190", "2003")]
    doc = pipeline.code_text("Headline\n\nIsraeli aircraft pounded Gaza with 30 strikes on Tuesday, hitting a "
                             "ministry.", published=published)
    assert codes(doc.events, "pounded") == ["195"]


def test_being_glad_to_meet_is_an_intent_not_a_meeting(code):
    events = code("Prime Minister Netanyahu said he would be glad to meet with President Mahmoud Abbas in Ramallah.")
    assert codes(events, "meet") == ["036"]


def test_an_act_told_as_for_and_an_infinitive_was_not_done(code):
    events = code("The Egyptian proposal also calls for the Palestinian factions to cease all hostilities from Gaza "
                  "against Israel.")
    assert codes(events, "cease") == []
    events = code("Future talks will deal with Hamas's demands for Israel to lift the embargo on Gaza.")
    assert codes(events, "lift") == []


def test_sanctions_lifted_are_no_sanctions_imposed(code):
    events = code("The lifting of U.S. economic sanctions on Myanmar in exchange for political reforms was praised.")
    assert codes(events, "sanctions") == []
    assert codes(code("The European Union lifted sanctions on Libya."), "lifted") == ["085"]


def test_prayers_offered_are_worship_and_condolences_empathy(code):
    events = code("Pakistani activists of the Jamaat-e-Islami party offer prayers near the U.S. Consulate in Lahore.")
    assert codes(events, "offer") == []
    assert codes(code("Iran offered condolences to the Afghan people after the earthquake."), "offered") == ["018"]


def test_a_habit_told_in_general_is_no_act(code):
    events = code("U.S. intelligence agents routinely brief Mitt Romney on threats abroad.")
    assert codes(events, "brief") == []
    assert codes(code("U.S. intelligence agents briefed Mitt Romney on Monday."), "briefed") == ["040"]


def test_a_weapon_fired_toward_demonstrators_is_force_not_a_show_of_it(code):
    events = code("A Pakistani police officer fires an automatic weapon toward demonstrators during a protest "
                  "Friday in Islamabad.")
    # force, not a show of it (15); at a crowd, the violent repression of protesters (175)
    assert [c[:2] for c in codes(events, "fires")] == ["17"]
    assert codes(code("North Korea test-fired a missile into the sea on Tuesday."), "fired") == ["150"]


def test_intimate_contact_is_no_consultation(code):
    events = code("In August 1998, Clinton admitted to having inappropriate intimate contact with Lewinsky.")
    assert not [c for c in codes(events) if c.startswith("04")]


def test_a_thing_questioned_is_doubted_not_investigated(code):
    events = code("U.S. lawmakers questioned the gift of 20 F-16 fighter jets to Egypt.")
    assert not [c for c in codes(events) if c.startswith("09")]
    assert codes(code("Egyptian police questioned the suspect on Monday."), "questioned") == ["090"]


def test_what_a_text_says_a_party_shall_do_is_no_act(code):
    events = code('The draft begins with: "Israel shall stop all hostilities in the Gaza Strip land, sea and air."')
    assert codes(events, "stop") == []


def test_fighting_a_condition_is_no_battle(code):
    events = code("Hamas uses the term to describe itself and other Palestinian militants fighting the Israeli occupation.")
    assert codes(events, "fighting") == []
    assert [c[:2] for c in codes(code("Syrian rebels fought government troops near Aleppo on Monday."), "fought")] == ["19"]


def test_a_candidate_withdrawing_is_no_retreat(code):
    events = code("John Brennan withdrew from consideration for the CIA's top job in 2008.")
    assert not [c for c in codes(events) if c.startswith("08")]
    assert [c[:2] for c in codes(code("Russia withdrew its troops from the Ukrainian border."), "withdrew")] == ["08"]


def test_a_police_barricade_is_no_protest_blockade(code):
    events = code("Bangladeshi Muslims attempt to break a police barricade during a protest in Dhaka on Friday.")
    assert codes(events, "barricade") == []


def test_an_embassy_stormed_is_broken_into_not_blocked(code):
    events = code("ISLAMABAD - Pakistani protesters stormed U.S. Embassy buildings on Friday.")
    assert [c[:2] for c in codes(events, "stormed")] == ["19"]


# --- round 27 (eval/events_check_precision_r27_*) ---

def test_insisting_on_what_is_so_is_no_demand(code):
    events = code('On the eve of his Myanmar trip, Obama insisted that the visit was "not an endorsement of the '
                  'Burmese government."')
    assert codes(events, "insisted") == []
    assert codes(code("The Kremlin insisted that Russian troops were not involved in the fighting."), "insisted") == []
    assert [c[:2] for c in codes(code("Israel insists that Hamas stop firing rockets."), "insists")] == ["10"]


def test_credit_for_a_success_is_no_accusation(code):
    events = code("\u201cHis inspirational leadership and his genius were directly responsible \u2013 after years of "
                  "failure \u2013 for the success of the surge in Iraq,\u201d Sen. John McCain, Arizona Republican, "
                  "said Friday.")
    assert not [c for c in codes(events) if c.startswith("11")]
    assert [c[:2] for c in codes(code("Officials said Hamas was responsible for the attack."), "said")] == ["11"]


def test_a_count_of_those_acted_on_is_no_act(code):
    events = code("The number of ships attacked by Somali pirates dropped to its lowest level since 2009.")
    assert codes(events, "attacked") == []
    events = code("The number of civilians killed by U.S. drone strikes in Pakistan fell sharply last year.")
    assert codes(events, "killed") == []
    assert [c[:2] for c in codes(code("U.S. drone strikes killed four militants in Pakistan."), "killed")] == ["19"]


def test_the_public_going_to_a_place_is_no_visit(code):
    assert codes(code("More than 300,000 Chinese tourists visited Japan last year."), "visited") == []
    assert codes(code("Thousands of Iranian pilgrims visited Iraq's holy city of Karbala."), "visited") == []
    events = code("A delegation of Chinese officials visited Pyongyang on Monday.")
    assert codes(events, "visited") == ["042"]


def test_condemning_an_attack_is_not_aimed_at_its_victims(code):
    events = code('President Obama condemned the "outrageous and shocking" attack on the U.S. Consulate in Benghazi '
                  'that left the U.S. ambassador and three other Americans dead.')
    condemned = [e for e in events if e.trigger.text == "condemned"]
    assert [e.cameo.code for e in condemned] == ["111"]
    assert condemned[0].target is None
    events = [e for e in code("Egypt condemned the Israeli attack on Gaza.") if e.trigger.text == "condemned"]
    assert [(e.source.country, e.target.country if e.target else None) for e in events] == [("EGY", "ISR")]


def test_police_firing_at_a_crowd_is_repression(code):
    assert codes(code("Yemeni security forces fired tear gas at protesters outside the U.S. Embassy."), "fired") == ["175"]
    events = code("Israeli troops fired shots at Hamas gunmen near the border fence.")
    assert [c[:2] for c in codes(events, "fired")] == ["19"]


def test_a_backer_named_before_a_group_is_not_its_country(code):
    events = code("The leader of an Iranian-backed Shiite militia that previously attacked U.S. troops, Asaib Ahl "
                  "al-Haq, threatened anti-U.S. attacks.")
    threatened = [e for e in events if e.trigger.text == "threatened"]
    assert threatened and all(e.source.country != "IRN" for e in threatened)
    assert [e.source.country for e in threatened] == ["IRQ"]


def test_an_office_named_for_a_commodity_acts_as_its_holder(code):
    events = code("Iraqi Oil Minister Hussain al-Shahristani visited Tehran on Sunday.")
    assert [(e.cameo.code, e.source.country, e.target.country) for e in events if e.trigger.text == "visited"] == \
        [("042", "IRQ", "IRN")]
    assert codes(code("Shares of Gazprom fell sharply after the sanctions were announced."), "fell") == []


def test_a_door_slammed_is_no_criticism(code):
    assert codes(code("Mr. Obama slammed the door on the reporters and walked away."), "slammed") == []
    events = code("Republicans slammed the administration's handling of the Benghazi attack.")
    assert [c[:2] for c in codes(events, "slammed")] == ["11"]


def test_a_police_raid_is_coded_by_its_arrests(code):
    events = code("Pakistani police raided the compound and arrested three suspects.")
    assert codes(events, "raided") == []
    assert codes(events, "arrested") == ["173"]
    assert codes(code("FBI agents raided the offices of the Muslim charity in Texas."), "raided") == []
    assert [c[:2] for c in codes(code("Israeli troops raided the Jenin refugee camp overnight."), "raided")] == ["19"]
    # storming is force, by the police too
    events = code("Egyptian police stormed the offices of a human rights group in Cairo on Thursday.")
    assert [c[:2] for c in codes(events, "stormed")] == ["19"]


def test_a_travel_warning_is_no_threat(code):
    assert codes(code("The State Department issued a travel warning for Mali on Friday."), "issued") == []
    assert [c[:2] for c in codes(code("The United States issued a warning to Iran on Monday."), "issued")] == ["13"]


def test_an_event_never_names_a_side_with_no_code(code):
    # from an article of the benchmark's corpus (articles.jsonl): the tables give 'Bin Laden' no
    # code; a side of no country told is '---' (docs/format.md)
    events = code("Mr. Hamdan traveled from Yemen to Pakistan and then Afghanistan in 1996, attended a Qaeda "
                  "training camp, met Bin Laden, and became a driver carrying jihadis and their weapons.")
    assert all(e.source.code and (e.target is None or e.target.code) for e in events)
