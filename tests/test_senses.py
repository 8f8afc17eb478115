"""Senses in which a trigger word codes nothing (data/lexicon/senses.yaml), on sentences of
the kind that gave false alarms in the hand checks of the benchmark's articles (issue 15),
each beside the political sense of the same word, which still codes."""


def codes(events, trigger=None):
    return [e.cameo.code for e in events if trigger is None or e.trigger.text == trigger]


def roots(events, trigger=None):
    return {c[:2] for c in codes(events, trigger)}


def test_calling_someone_a_name_is_no_phone_call_nor_appeal(code):
    assert codes(code('Senator John Kerry called President Obama "a serious candidate for the job."'), "called") == []
    assert codes(code("President Obama called the attack on the consulate in Benghazi an outrage."), "called") == []
    assert roots(code("President Obama called Egyptian President Mohammed Morsi to discuss the cease-fire."),
                 "called") == {"04"}


def test_an_act_told_asked_or_called_for_was_not_done(code):
    assert codes(code("Clapper told CIA Director David Petraeus to resign."), "resign") == []
    assert codes(code("Senator Lindsey Graham said he asked CIA Director John Brennan to resign."), "resign") == []
    assert codes(code("He also said it is time for Syrian President Bashar Assad to step down."), "step") == []
    events = code("Egyptian protesters called on President Mohamed Morsy to roll back the decree -- or resign.")
    assert codes(events, "resign") == []
    assert codes(code("Senator Peter King even called for the resignation of U.S. Ambassador Susan Rice."),
                 "resignation") == []
    assert roots(code("Syrian President Bashar Assad resigned on Friday."), "resigned") == {"08"}


def test_an_act_stopped_is_not_done(code):
    events = code("Mexican President Felipe Calderon thanked President Obama for his decision to stop deporting "
                  "Mexican immigrants.")
    assert codes(events, "deporting") == []
    assert roots(events, "thanked") == {"05"}


def test_a_plea_in_court_is_no_appeal(code):
    assert codes(code("The British cleric has pleaded guilty to supporting terrorism."), "pleaded") == []
    assert roots(code("The Red Cross pleaded with Israel to let aid into Gaza."), "pleaded") == {"02"}


def test_charging_that_is_an_accusation_not_an_arrest(code):
    events = code("Senator John McCain charged that U.S. Ambassador Susan Rice had misled the public.")
    assert "17" not in roots(events, "charged")


def test_attacking_in_words_is_no_use_of_force(code):
    events = code('Lebanese politician Fouad Siniora attacked the Lebanese government during a funeral oration, '
                  'saying, "The Lebanese people will not accept it."')
    assert not roots(events, "attacked") & {"18", "19", "20"}
    events = code("Mitt Romney is set to give a broad attack on President Obama's foreign policy in a speech.")
    assert not roots(events) & {"08", "18", "19", "20"}
    assert roots(code("Syrian troops attacked the Lebanese town of Arsal."), "attacked") == {"19"}


def test_storming_ahead_with_a_program_is_no_assault(code):
    events = code("The Iranians are storming ahead with their nuclear program.")
    assert codes(events, "storming") == []
    assert roots(code("Egyptian protesters stormed the U.S. Embassy in Cairo."), "stormed")


def test_slamming_a_border_shut_is_a_closing_not_a_criticism(code):
    events = code("Israel and Egypt slammed shut the border with Gaza.")
    assert "11" not in roots(events)


def test_breaching_the_walls_of_an_embassy_is_no_cyber_attack(code):
    events = code("Egyptian protesters breached the walls of the U.S. Embassy in Cairo on Tuesday.")
    assert "17" not in roots(events, "breached")


def test_declining_to_comment_is_no_rejection(code):
    assert "12" not in roots(code("The White House refused to comment on the intelligence reports."), "refused")
    assert roots(code("Iran refused to join the talks with the United States.")) == {"12"}


def test_what_evidence_supports_is_no_endorsement(code):
    events = code("U.S. officials said the intelligence supported an Al Qaeda attack on the consulate.")
    assert codes(events, "supported") == []
    assert roots(code("The United States supported Libya's transition to democracy."), "supported") == {"05"}


def test_a_doctors_advice_is_no_appeal(code):
    events = code("Secretary of State Hillary Clinton's doctors have recommended that she work from home.")
    assert codes(events, "recommended") == []


def test_a_feeling_guessed_at_is_no_comment(code):
    assert codes(code("Defense Secretary Chuck Hagel may regret the decision of the Senate."), "regret") == []


def test_a_generalization_about_a_people_is_no_act_of_force(code):
    events = code('Obama said Americans "have fought and died around the globe to protect the right of all '
                  'people to express their view."')
    assert codes(events, "fought") == []


def test_a_response_met_by_strikes_is_no_meeting(code):
    events = code("Rockets fired from Gaza into Israel continued to be met by Israeli strikes on sites in Gaza.")
    assert "04" not in roots(events, "met")
    assert roots(code("Secretary of State Hillary Clinton met Israeli Prime Minister Benjamin Netanyahu."),
                 "met") == {"04"}


def test_closing_a_prison_camp_is_no_blockade(code):
    events = code("President Obama pledged to shut down the Guantanamo Bay prison camp.")
    assert "19" not in roots(events, "shut")
    assert roots(code("Israeli forces shut the Rafah border crossing with Gaza."), "shut") == {"19"}


def test_a_standing_state_or_document_named_is_no_act(code):
    assert codes(code("Egypt's peace treaty with Israel is safe, Egyptian President Mohammed Morsi said."),
                 "treaty") == []
    assert codes(code("Hamas leader Khaled Meshaal said Morsi did not sell out the resistance to Israel's "
                      "occupation."), "occupation") == []
    assert codes(code("America's commitment to Israel's security is rock solid."), "commitment") == []
    assert codes(code("Obama hugs Clinton after he gave a speech at the Democratic National Convention."),
                 "Convention") == []
    assert roots(code("Egypt and Israel signed a peace treaty in 1979."), "signed") == {"05"}


def test_a_named_place_seized_is_no_kidnapping(code):
    events = code("Israel considers Hamas, which seized Gaza by force in 2007, a terrorist organization.")
    assert not roots(events, "seized") & {"17", "18"}
    assert roots(code("Gunmen seized two French journalists in Kabul."), "seized") == {"18"}


def test_a_crowd_counted_in_numbers_protesting_demonstrates(code):
    events = code("More than 200,000 filled Cairo's Tahrir Square on Tuesday to protest against Egyptian "
                  "President Mohammed Morsi.")
    assert roots(events, "protest") == {"14"}


def test_an_army_blocking_entrances_blockades_it_does_not_protest(code):
    events = code("The Syrian army blocked three entrances into the town of Daraya.")
    assert "14" not in roots(events, "blocked")


def test_a_pledge_of_a_hostile_act_is_no_intent_to_cooperate(code):
    events = code("Senator John McCain has pledged to block the nomination of U.S. Ambassador Susan Rice.")
    assert "03" not in roots(events, "pledged")
    events = code("Senators John Cornyn and Ted Cruz have committed to voting against Hagel's confirmation.")
    assert "03" not in roots(events, "committed")
    assert roots(code("Israel pledged to release 100 Palestinian prisoners."), "pledged") == {"03"}


def test_acknowledging_anothers_role_is_no_claim_of_responsibility(code):
    events = code("Israel acknowledged the militant group's central role by engaging in indirect negotiations.")
    assert codes(events, "acknowledged") == []
    assert roots(code("Iran acknowledged its role in the attack."), "acknowledged") == {"01"}


def test_a_protest_hijacked_is_no_kidnapping(code):
    events = code('U.S. Ambassador Susan Rice said extremists "hijacked" the protest in Benghazi.')
    assert "18" not in roots(events, "hijacked")
    assert roots(code("Somali pirates hijacked a Greek tanker off the coast of Somalia."), "hijacked") == {"18"}


def test_a_plot_is_not_the_act_plotted(code):
    events = code("Three young British Muslim men went on trial in London, accused of plotting to set off "
                  "multiple bombs in terrorist strikes.")
    assert codes(events, "set") == []


def test_blocking_a_film_online_is_no_blockade(code):
    events = code("Google India has already blocked access to the film, which the Indian government has condemned.")
    assert not roots(events, "blocked") & {"12", "19"}


def test_few_doers_did_nothing(code):
    assert codes(code("But few senators rushed to defend the Pentagon nominee Chuck Hagel."), "defend") == []


def test_standing_beside_someone_at_a_ceremony_is_no_alliance(code):
    events = code("President Obama stands with Defense Secretary Leon Panetta at the Pentagon Memorial during a "
                  "ceremony.")
    assert codes(events, "stands") == []


def test_no_one_injured_is_no_assault(code):
    events = code("An Israeli airstrike hit the building. No one from the agency was injured, according to AFP.")
    assert codes(events, "injured") == []
    assert roots(code("Israeli troops wounded three Palestinians near Hebron."), "wounded") == {"18"}


def test_turning_attention_or_giving_up_hope_is_no_appeal_nor_yielding(code):
    assert codes(code("France is turning its attention to the Sahel."), "turning") == []
    events = code("Egyptian diplomats said they had all but given up hope for a quick end to the violence.")
    assert codes(events, "given") == []


def test_showing_resolve_is_no_show_of_force(code):
    assert codes(code("The Lebanese army appeared to be showing more resolve than in the past."), "showing") == []
    assert roots(code("North Korea flexed its military muscle near the border with South Korea."), "flexed") == {"15"}


def test_what_one_has_the_ability_or_right_to_do_is_not_done(code):
    events = code("Israel launched its offensive by degrading the ability of Palestinians to launch such attacks.")
    assert codes(events, "launch") == []
    assert codes(code("Israel has the right to defend itself against rocket attacks from Gaza."), "defend") == []


def test_the_words_of_a_placard_are_no_act(code):
    events = code("A protester holds a placard praising Egyptian President Mohammed Morsi during a demonstration "
                  "in Cairo.")
    assert codes(events, "praising") == []
    assert roots(code("Egyptian President Mohammed Morsi praised Hamas for its restraint."), "praised") == {"05"}


def test_a_guest_list_is_no_ban_on_parties(code):
    events = code("New York Mayor Michael Bloomberg decided to exclude the politicians from the ceremony program.")
    assert "17" not in roots(events, "exclude")


def test_quitting_a_union_is_no_resignation(code):
    events = code("Greek voters may decide to quit the 17-nation eurozone.")
    assert "08" not in roots(events, "quit")


def test_sitting_in_an_audience_is_no_sit_in(code):
    events = code("Saudi hosts allowed hundreds of Saudi students to sit in the audience together.")
    assert "14" not in roots(events, "sit")


def test_resisting_a_role_and_building_a_capability_are_no_acts_at_anyone(code):
    events = code("Syrian civilians complained that the United States has been resisting a leadership role.")
    assert codes(events, "resisting") == []
    assert codes(code("China is building up a credible aircraft carrier capability."), "building") == []


def test_a_company_signing_contracts_is_no_event(code):
    events = code("The French Group Alstom will sign contracts worth up to 1 billion euros with China.")
    assert codes(events, "sign") == []
    assert roots(code("France and China will sign contracts worth up to 1 billion euros."), "sign") == {"05"}


def test_hitting_the_campaign_trail_is_no_attack(code):
    events = code("The Senate resolved a dispute, clearing the way for senators to hit the campaign trail.")
    assert codes(events, "hit") == []


def test_a_bomber_sent_on_an_attack_is_no_show_of_force(code):
    events = code("Al Qaeda in the Arabian Peninsula sent the so-called underwear bomber to bring down Northwest "
                  "Flight 253 over Detroit.")
    assert "15" not in roots(events, "sent")
    assert roots(code("Russia sent bombers to patrol near the Japanese coast."), "sent") == {"15"}


def test_rockets_fired_into_a_country_are_an_attack_not_a_test(code):
    assert roots(code("Hamas fired 75 rockets into Israel on Thursday."), "fired") == {"19"}
    assert roots(code("North Korea fired a ballistic missile into the Sea of Japan on Tuesday."), "fired") == {"15"}


def test_rockets_shot_down_are_intercepted_not_rejected(code):
    assert codes(code("Israel's Iron Dome anti-missile system shot down 20 of the rockets."), "shot") == []


def test_speaking_to_reporters_is_no_consultation(code):
    events = code("Secretary of State Hillary Clinton spoke to reporters alongside Israeli Prime Minister Benjamin "
                  "Netanyahu in Jerusalem.")
    assert "04" not in roots(events, "spoke")
    assert roots(code("Secretary of State Hillary Clinton spoke with Israeli Prime Minister Benjamin Netanyahu."),
                 "spoke") == {"04"}


def test_a_decision_that_appeals_to_someone_is_no_appeal(code):
    assert codes(code("The Hagel decision appeals to President Obama's bipartisan spirit."), "appeals") == []


def test_captured_on_video_is_no_arrest(code):
    events = code("In one incident captured by Associated Press video, several dozen Palestinians approached the "
                  "fence.")
    assert codes(events, "captured") == []
    assert roots(code("Israeli police captured three Hamas militants near Hebron."), "captured") == {"17"}


def test_what_a_video_says_is_no_act_of_anyone(code):
    events = code("The attack was carried out by an angry mob responding to a video, made in the United States, "
                  "that mocked Islam and the Prophet Mohammed.")
    assert codes(events, "mocked") == []


def test_force_suggested_is_not_used(code):
    events = code("Israeli Foreign Minister Avigdor Lieberman, who once suggested bombing the Aswan Dam, praised "
                  "Egyptian President Mohammed Morsi.")
    assert codes(events, "bombing") == []
    assert roots(code("Russia proposed holding talks with Ukraine in Minsk."), "holding") == {"03"}


def test_questioning_a_strategy_is_no_interrogation(code):
    events = code("On Capitol Hill, both Democrats and Republicans questioned the Hagel strategy.")
    assert "09" not in roots(events, "questioned")


def test_a_tour_of_duty_is_no_visit_and_general_disagreement_no_act(code):
    events = code('"This was his second tour in Libya," Secretary of State Hillary Clinton said of Ambassador '
                  'Chris Stevens.')
    assert codes(events, "tour") == []
    assert codes(code("Israel and Hamas don't agree on much."), "agree") == []


def test_a_count_told_again_keeps_the_sense_of_its_verb(code):
    events = code("Hamas fired rockets into Israel. Israel's Iron Dome anti-missile system shot down 20 of the "
                  "rockets.")
    assert codes(events, "shot") == []


def test_dissolving_a_parliament_is_no_demobilization(code):
    events = code("Egyptian President Mohammed Morsi said the courts had been about to disband the upper house of "
                  "parliament.")
    assert "0873" not in codes(events, "disband")


def test_an_armed_group_launching_rockets_tests_nothing(code):
    events = code("Israeli aircraft struck targets in Gaza, including some where they said the militant group "
                  "Hamas was launching rockets.")
    assert "15" not in roots(events, "launching")


def test_what_a_side_needs_to_do_is_not_done(code):
    events = code("Hamas leader Khaled Meshal said in Cairo that Israel needed to end its blockade of Gaza.")
    assert codes(events, "end") == []
    assert roots(code("Israel ended its blockade of Gaza."), "ended") == {"08"}


def test_a_battle_of_ideas_is_no_fighting(code):
    events = code('"His answer to the battle of ideas is not to fight it," Senator John McCain said of John Brennan.')
    assert codes(events, "fight") == []


def test_leaving_an_option_open_is_no_trip(code):
    events = code("Israeli Prime Minister Benjamin Netanyahu left open the option for a ground invasion of the Gaza "
                  "Strip if the cease-fire fails.")
    assert "04" not in roots(events, "left")
    assert roots(code("Israeli Prime Minister Benjamin Netanyahu left for Washington on Sunday."), "left") == {"04"}


def test_the_press_interviewing_or_advised_is_no_consultation_nor_appeal(code):
    events = code("But ABC News spoke to a senior White House official who said this is a fragile deal.")
    assert "04" not in roots(events, "spoke")
    events = code("Secretary of State Hillary Clinton advised reporters to wait until the review panel completed "
                  "its work.")
    assert "02" not in roots(events, "advised")


def test_looking_into_a_soul_is_no_inquiry(code):
    events = code("President George W. Bush claimed he had looked into his Russian counterpart's soul.")
    assert "09" not in roots(events, "looked")


# --- round 24's hand checks of the benchmark's articles (issue 15) ---

def test_a_thing_required_is_needed_not_demanded(code):
    assert codes(code("Spain has already required one bailout of its teetering banks."), "required") == []
    assert roots(code("Israel required Hamas to stop firing rockets."), "required") == {"10"}


def test_a_policy_told_in_the_present_is_a_stance_not_an_act(code):
    assert codes(code("The United States does not ban blasphemy against the prophet."), "ban") == []
    assert codes(code("Israel does not negotiate with Hamas."), "negotiate") == []
    # a negated act at a time, and a refusal said now, are still coded
    assert [e.status for e in code("Israel did not ban the Islamic Movement.")] == ["negated"]
    assert roots(code("Israel bans the Islamic Movement."), "bans") == {"17"}


def test_a_base_hosted_for_years_is_a_standing_tie_not_an_act(code):
    assert codes(code("Syria hosts Russia's only naval base on the Mediterranean Sea.")) == []
    assert roots(code("Syria will host a Russian naval base."), "host") == {"06"}


def test_leaving_office_when_a_term_ends_is_no_yielding(code):
    events = code("Secretary of State Hillary Clinton has long said she planned to leave the job after President "
                  "Obama's first term.")
    assert codes(events, "leave") == []
    assert codes(code("Secretary of State Hillary Clinton will step down at the end of her term."), "step") == []
    assert roots(code("Egyptian President Hosni Mubarak resigned after the protests."), "resigned") == {"08"}


def test_a_rally_in_support_is_no_protest_against_the_one_supported(code):
    events = code("Some 5,000 Egyptians demonstrated in Assiut in support of President Mohamed Morsi's decrees.")
    assert "14" not in roots(events, "demonstrated")
    assert roots(code("Thousands of Egyptians protested in Cairo against President Mohamed Morsi."),
                 "protested") == {"14"}


def test_a_government_body_protesting_complains_in_words(code):
    events = code("The European Union protested against Google's new privacy policy.")
    assert roots(events, "protested") == {"11"}


def test_a_feeling_of_threat_is_no_threat(code):
    assert codes(code("Many Britons felt threatened by Prime Minister Margaret Thatcher."), "threatened") == []
    assert roots(code("Prime Minister Margaret Thatcher threatened the unions with new laws."), "threatened") == {"13"}


def test_a_deed_judged_due_is_not_done(code):
    events = code("It is never too early for the United States government to condemn attacks on Americans.")
    assert codes(events, "condemn") == []
    assert roots(code("The United States government condemned the attacks on Americans."), "condemned") == {"11"}


def test_what_one_would_have_preferred_was_not_done(code):
    events = code("Gaza residents said they would have preferred that Israel's military stage a ground invasion to "
                  "destroy the militants' rocket capabilities.")
    assert not roots(events) & {"18", "19", "20"}
    # the aim of an act done is coded with it
    assert "19" in roots(code("Israel sent troops into Gaza to destroy rocket launchers."), "destroy")


def test_a_court_that_dissolves_parliament_rules_no_yielding_told_in_the_passive(code):
    assert codes(code("Egypt's Parliament had been dissolved by the Egyptian courts."), "dissolved") == []
    assert roots(code("The Parliament was dissolved by President Mohamed Morsi."), "dissolved") == {"08"}


def test_a_missile_test_fired_is_a_show_of_force_not_its_use(pipeline):
    doc = pipeline.code_text("Pakistan Test-Fires Nuclear Missile\n\nPakistan has successfully test fired a "
                             "medium-range, nuclear-capable missile.")
    assert {e.cameo.code[:2] for e in doc.events} == {"15"}


def test_reviewing_ones_own_policy_is_no_investigation(pipeline):
    doc = pipeline.code_text("U.S. Bishops Reviewing Sex Abuse Policy\n\nThe bishops said Friday they will decide "
                             "whether to make any changes in the policy.")
    assert "09" not in {e.cameo.code[:2] for e in doc.events}
    assert roots(pipeline.code_text("Headline\n\nThe Pentagon reviewed the airstrikes that killed civilians in "
                                    "Afghanistan.").events, "reviewed") == {"09"}


def test_troops_sent_to_support_a_regime_are_no_endorsement(code):
    events = code("The Soviet Union sends troops into Afghanistan to support a pro-Moscow regime.")
    assert "05" not in roots(events)
    assert roots(events, "sends") == {"19"}


def test_returning_to_work_with_an_agency_is_a_job_not_cooperation(pipeline):
    doc = pipeline.code_text("Ex-Bush Official on Cybersecurity Returns (AP)\n\nAP - Howard Schmidt, former special "
                             "adviser to President Bush for cybersecurity, is returning to work with the Homeland "
                             "Security Department.")
    assert "06" not in {e.cameo.code[:2] for e in doc.events}


def test_a_killing_of_civilians_is_no_mass_killing_unless_its_count_says_so(code):
    assert roots(code("U.S. forces have killed civilians in Afghanistan."), "killed") == {"19"}
    assert roots(code("Syrian forces killed hundreds of civilians in Houla."), "killed") == {"20"}


def test_an_act_committed_to_is_not_done(code):
    events = code("Israel has committed to withdrawing its troops from Gaza.")
    assert codes(events, "withdrawing") == []
    assert roots(events, "committed") == {"03"}


def test_the_aim_of_a_demonstration_called_off_is_not_done(code):
    events = code("The Muslim Brotherhood scrapped its own demonstration to show support for Egyptian President "
                  "Mohamed Morsi.")
    assert codes(events, "show") == []


def test_tear_gas_fired_is_riot_control_not_fighting(code):
    events = code("Egyptian police were firing tear gas on a street off Tahrir Square.")
    assert not roots(events, "firing") & {"18", "19", "20"}
    assert roots(code("Egyptian police fired tear gas at protesters near Tahrir Square."), "fired") == {"17"}


def test_calling_an_attack_outrageous_is_no_appeal_nor_call(code):
    events = code('President Obama called the attack on the consulate in Benghazi, Libya, which led to the death of '
                  'the ambassador and three other Americans "outrageous."')
    assert not roots(events, "called") & {"02", "04"}


def test_sparring_with_a_campaign_is_words_not_military_exercise(code):
    events = code("The White House has sparred in recent days with the campaign of GOP challenger Mitt Romney.")
    assert not roots(events, "sparred") & {"06", "15", "19"}


def test_planners_sent_to_help_an_army_are_no_show_of_force(code):
    events = code("The United States military quietly sent a task force of more than 150 planners and other "
                  "specialists to Jordan to help the armed forces there.")
    assert "15" not in roots(events, "sent")
    assert roots(code("The United States sent two warships to the Libyan coast."), "sent") == {"15"}


def test_onlookers_looking_over_damage_make_no_inquiry(code):
    events = code("Lebanese boys inspect fast food restaurants after they were torched during a protest in Tripoli.")
    assert "09" not in roots(events, "inspect")


def test_a_trip_to_a_campaign_rally_is_no_visit(code):
    assert "04" not in roots(code("President Obama flew to Las Vegas for a campaign rally."), "flew")
    assert roots(code("President Obama flew to Israel for talks with Prime Minister Netanyahu."), "flew") == {"04"}


def test_harassing_emails_read_as_a_verb_are_no_coercion(code):
    events = code("The FBI began a criminal investigation of unsigned, harassing emails that were sent to Kelley.")
    assert codes(events, "harassing") == []


def test_strikes_continued_in_a_story_of_bombs_are_air_strikes(code):
    events = code('"Bomb Rips Through Bus In Tel Aviv; Israel Continues Strikes On Gaza": an update.')
    assert "14" not in roots(events)


def test_leaving_office_by_ones_own_plan_is_no_yielding(code):
    events = code("Secretary of State Hillary Clinton plans to step down from her Cabinet position in January.")
    assert codes(events, "step") == []
    events = code("Egyptian President Hosni Mubarak plans to step down amid the protests.")
    assert [(e.cameo.code, e.status) for e in events if e.trigger.text == "step"] == [("0831", "future")]


def test_a_country_that_commands_attention_gives_no_order(code):
    assert codes(code("Afghanistan will command a great deal of attention during Obama's second term.")) == []


def test_telling_a_newsroom_what_to_expect_is_no_order(code):
    events = code("But a few hours passed, and Morsy's office told CNN not to expect any announcement Tuesday night.")
    assert codes(events, "told") == []
    assert roots(code("Egyptian President Mohamed Morsi told Israel to stop its attacks on Gaza."), "told") == {"10"}


def test_crowds_pushed_back_are_crowd_control_not_fighting(code):
    events = code("Egyptian forces pushed back the protesters after the vehicles were set on fire.")
    assert not roots(events, "pushed") & {"18", "19", "20"}


def test_a_fight_made_harder_is_not_fought(code):
    events = code("Improvements in China's navy could make it harder for U.S. ships to fight in shallower waters.")
    assert codes(events, "fight") == []


def test_who_a_reporters_source_talks_to_is_no_consultation(code):
    events = code("Kerry could make a formal announcement as early as next week, a Democrat who spoke to Kerry told CNN "
                  "Saturday.")
    assert "04" not in roots(events, "spoke")
    assert roots(code("President Obama spoke with Israeli Prime Minister Benjamin Netanyahu on Saturday."),
                 "spoke") == {"04"}


def test_having_advised_an_agency_is_a_post_not_an_appeal(code):
    events = code("Democratic strategist Jonathan Prince, who advised the Obama State Department, said Obama has been "
                  "pretty clear.")
    assert codes(events, "advised") == []
    assert roots(code("Secretary of State Hillary Clinton advised Israel to show restraint."), "advised") == {"02"}


def test_the_hijacking_of_a_process_is_no_hijacking(code):
    events = code("Egyptian liberals withdrew from the assembly to protest what they say is the hijacking of the "
                  "process by President Mohamed Morsi's allies.")
    assert codes(events, "hijacking") == []


def test_conceding_that_something_is_so_is_no_concession(code):
    events = code("Turkey's central bank governor Erdem Basci concedes that the bank's policies were received poorly "
                  "by many investors.")
    assert codes(events, "concedes") == []
    assert roots(code("Israel conceded the Golan Heights to Syria."), "conceded") == {"08"}


def test_seeking_credit_for_a_deed_is_no_appeal_for_a_loan(code):
    assert codes(code("U.S. Republicans even sought some credit for the killing of Osama bin Laden."), "sought") == []
    assert roots(code("Egypt sought credit from the International Monetary Fund."), "sought") == {"02"}


def test_what_an_opening_is_for_is_not_done(code):
    events = code("That would create a window for Israeli and Palestinian negotiators to agree on conditions for a "
                  "longer-term cessation of hostilities.")
    assert codes(events, "agree") == []
    events = code("The debate was a tailor-made opportunity for Mitt Romney to rip into President Obama's foreign "
                  "policy.")
    assert codes(events, "rip") == []
    assert roots(code("Israel seized the chance to strike Hamas leaders in Gaza."), "strike") == {"19"}


def test_what_one_is_kept_from_doing_is_not_done(code):
    events = code("Hamas had prevented Fatah from holding a rally commemorating the anniversary of Yasir Arafat's "
                  "death.")
    assert codes(events, "holding") == []


def test_a_reporter_who_spoke_with_officials_is_reporting(code):
    events = code("The remains of all four Americans killed in Libya have been recovered, says NPR's Dina "
                  "Temple-Raston, who spoke with American officials familiar with the investigation.")
    assert codes(events, "spoke") == []


def test_a_case_referred_for_investigation_is_no_lawsuit(code):
    events = code("However, Defense Secretary Leon Panetta has referred the case to the Pentagon's inspector "
                  "general's office for investigation.")
    assert "11" not in roots(events, "referred")
    assert roots(code("The Egyptian government referred the case to the International Criminal Court."),
                 "referred") == {"11"}


def test_not_talking_is_no_rejection_but_refused_talks_are(code):
    events = code("They walked through the open garage of Broadwell's house and knocked at a side door before "
                  "entering the home, but refused to talk to the media.")
    assert "12" not in roots(events, "refused")
    assert codes(code("North Korea refused talks with South Korea on Tuesday."), "refused") == ["125"]


def test_the_workers_of_a_mine_act_where_a_mine_blast_does_not(code):
    assert roots(code("Indian coal workers went on strike on Monday over pay."), "went") == {"14"}
    assert codes(code("A coal mine blast killed 56 miners in northern China."), "killed") == []


def test_friendly_relations_are_no_sports_friendly(code):
    # a 'friendly' is a match, but 'friendly relations' are diplomacy
    assert roots(code("Putin will visit Turkey, a country with which Russia has friendly relations."), "visit") == {"04"}
    assert codes(code("Spain beat France in the final."), "beat") == []


def test_a_penalty_slapped_on_someone_is_no_blow(code):
    assert "18" not in roots(code("Washington slapped a fine on the Chinese company."), "slapped")
    assert roots(code("A policeman slapped a protester in Cairo."), "slapped") == {"18"}


def test_agreeing_with_someone_to_act_is_a_commitment_not_a_shared_view(code):
    assert roots(code("France agreed with Germany to hold talks on the budget."), "agreed") == {"03"}
    assert roots(code("Britain agreed with France on the need for sanctions."), "agreed") == {"01"}


def test_what_a_doer_demands_does_not_make_it_a_market(pipeline):
    # 'demand' is a word of markets ('demand fell'), but here it is what the soldiers do
    doc = pipeline.code_text("Guinea-Bissau Soldiers Stage Mutiny, Kill Army Chief\n\nMutinous soldiers demanding pay "
                             "for peacekeeping duty abroad killed the commander of Guinea-Bissau's armed forces on "
                             "Wednesday and seized key buildings in the capital of the former Portuguese colony.")
    body = [e for e in doc.events if e.evidence.start > doc.text.index("\n\n")]
    assert {(e.trigger.text, e.source.country, e.cameo.code[:2]) for e in body} >= {
        ("killed", "GNB", "19"), ("seized", "GNB", "17")}


def test_fighting_a_disease_or_a_trend_is_no_battle(code):
    # Christian Science Monitor and Fox News: a struggle against an illness is a program, no violence
    assert roots(code("But in recent months, the Pentagon has taken on new challenges, including deploying "
                      "military personnel to Africa to fight Ebola."), "fight") == set()
    assert roots(code("Oil prices were plummeting, evidence that the measures to fight the coronavirus pandemic "
                      "had sharply hit energy consumption."), "fight") == set()
    assert roots(code("Kurdish fighters are fighting the Islamic State in Kobani."), "fighting") == {"19"}


def test_sexual_harassment_alleged_of_a_governor_is_no_political_coercion(code):
    # AG World: a claim against a governor by a former aide ('him' is the man, not the governor)
    assert codes(code("The man who claims Gov. James E. McGreevey sexually harassed him was pushing for a cash "
                      "settlement."), "harassed") == []


def test_a_birthplace_is_no_animal_that_makes_an_act_a_crime(code):
    # the lemma of 'born' is 'bear': 'the Pakistani-born British envoy' is no bear
    events = code("The Pakistani-born British envoy held talks with the Taliban in Doha.")
    assert "040" in codes(events, "held")


def test_the_people_who_work_in_a_market_act(code):
    # oil workers are no oil price: their strike not ended is a refusal to ease dissent (1242)
    assert codes(code("Nigerian oil workers will not end the strike until their wages are paid."), "end") == ["1242"]
    assert codes(code("Oil prices rose on Monday."), "rose") == []


def test_a_hand_into_a_vehicle_is_no_aid(code):
    # AllSides, Clinton 2016: agents helping a candidate into a van give no political aid (07)
    assert codes(code("A video appeared to show her stumble as Secret Service agents helped her into a van."),
                 "helped") == []
    assert codes(code("Japan helped Kenya with funds for flood victims."), "helped") == ["070"]
