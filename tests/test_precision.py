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

