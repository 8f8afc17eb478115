"""Short wire news (AG World lines 1-699): headlines whose verb the tagger misreads, event
nouns spelled with a hyphen, acts told of aircraft, and doers named only by their kind."""

import pytest


@pytest.fixture(scope="module")
def article(pipeline):
    """Code a headline and a body as one article; its events as (code, source, target, trigger)."""

    def _code(title: str, body: str):
        doc = pipeline.code_text(f"{title}\n\n{body}")
        assert doc.ok, doc.error
        return {(e.cameo.code, e.source.country, e.target.country if e.target else None, e.trigger.text)
                for e in doc.events}

    return _code


# --- headlines: a verb misread before an infinitive -----------------------------------

def test_a_headline_verb_misread_before_an_infinitive_is_the_headlines_verb(article):
    # 'Urge' tagged an adjective: the headline is the delegates' appeal, not their pulling out
    events = article("Delegates Urge Cleric to Pull Out of Najaf",
                     "BAGHDAD, Iraq - Delegates at Iraq's National Conference called on radical Shiite cleric "
                     "Muqtada al-Sadr to abandon his uprising against U.S. and Iraqi troops.")
    assert ("020", "IRQ", "IRQ", "Urge") in events


def test_an_order_misread_in_a_headline_is_the_order_not_the_act_ordered(article):
    events = article("Iraq's Sadr Orders Fighters to Lay Down Weapons",
                     "NAJAF, Iraq (Reuters) - Rebel Iraqi cleric Moqtada al-Sadr on Friday ordered his men inside "
                     "Najaf's Imam Ali mosque to lay down their weapons and join thousands of Shi'ite pilgrims "
                     "outside the shrine.")
    assert ("100", "IRQ", "IRQ", "Orders") in events
    assert not {e for e in events if e[3] == "Lay"}  # what the fighters are ordered to do is not done


def test_a_headline_whose_own_verb_is_the_infinitive_keeps_it(article):
    events = article("Japan to Deport Ex-Chess Champion Bobby Fischer (Reuters)",
                     "Reuters - Japan issued a deportation order on Tuesday against former world chess champion "
                     "Bobby Fischer, who is wanted in the United States for defying sanctions on Yugoslavia, an "
                     "immigration official said.")
    assert ("174", "JPN", "USA", "Deport") in events


# --- hyphenated event nouns -----------------------------------------------------------

def test_a_cease_fire_brokered_is_mediation(article):
    events = article("U.S. Brokers Cease-fire in Western Afghanistan",
                     "KABUL (Reuters) - The United States has brokered a cease-fire between a renegade Afghan militia "
                     "leader and the embattled governor of the western province of Herat, Washington's envoy to "
                     "Kabul said Tuesday.")
    assert ("045", "USA", "AFG", "brokered") in events


def test_a_hyphenated_cease_fire_is_a_ceasefire(article):
    events = article("Clashes in Baghdad Slum Kill 22 Iraqis, U.S. Soldier",
                     "BAGHDAD (Reuters) - Iraqi fighters battled U.S. troops in a Baghdad slum district Tuesday, "
                     "raising the death toll to 22 Iraqis and one U.S. soldier and threatening to wreck a cease-fire "
                     "called by rebel Shi'ite cleric Moqtada al-Sadr.")
    assert {e[:2] for e in events if e[0] == "0871"} == {("0871", "IRQ")}  # Sadr's ceasefire


# --- force posture told of the aircraft ------------------------------------------------

def test_fighter_jets_scrambled_raise_the_alert(code):
    events = code("British fighter jets scrambled on Tuesday to intercept two Russian bombers near Scotland.")
    assert ("152", "GBR") in {(e.cameo.code, e.source.country) for e in events}


def test_people_who_scramble_raise_no_alert(code):
    events = code("Islanders scrambled to put up storm shutters and buy water as hurricane Ivan neared.")
    assert not [e for e in events if e.cameo.root == "15"]


# --- a body that acts, named before the act ----------------------------------------------

def test_the_government_before_an_attack_is_its_doer(article):
    events = article("Sudanese rebels squabble with government over ceasefire violations (AFP)",
                     "AFP - Sudanese rebels walked away from African Union peace talks to hold a 24-hour boycott in "
                     "protest at alleged government attacks on civilians in the war-torn western province of Darfur.")
    assert ("190", "SDN", "SDN", "attacks") in events


def test_whom_or_where_an_act_is_done_before_it_is_no_doer(article):
    # the embassy was bombed, the envoy the one to be murdered, the hostages taken
    blast = article("Indonesian police release video tape of embassy blast",
                    "Indonesian police have released video footage of the explosion outside the Australian embassy "
                    "in Jakarta.")
    assert not [e for e in blast if e[0].startswith("18")]
    plot = article("Yemen Jails 5 Over Limburg, US Envoy Murder Plot",
                   "A Yemeni court jailed five al Qaeda supporters for 10 years Saturday for the bombing of the "
                   "French supertanker Limburg.")
    assert not [e for e in plot if e[0].startswith("18") and e[1] == "USA"]
    beslan = article("The reforms that Putin announced",
                     "Russian President Vladimir Putin has announced a series of measures to strengthen central state "
                     "powers following the hostage-taking at Beslan when more than 300 people died.")
    assert not [e for e in beslan if e[0] == "181"]


# --- the two sides of talks and fighting, one of them named by its kind ---------------------

def test_talks_between_a_government_and_its_rebels_are_talks_each_way(article):
    events = article("Darfur Peace Talks Struggle for Survival",
                     "ABUJA (Reuters) - Peace talks between Sudan's government and Darfur rebels struggled for "
                     "survival after one of the two rebel groups said on Wednesday the negotiations had collapsed.")
    # the rebels are Sudan's (Darfur), not Nigeria's, where the talks are held
    assert {e[:3] for e in events if e[0] == "046"} == {("046", "SDN", "SDN")}


def test_clashes_between_foreign_forces_and_militiamen_are_fighting_each_way(article):
    events = article("46 Killed, 270 Injured In Iraqi Violence",
                     "Baghdad, Sept. 8 (NNN): Bloody clashes on Tuesday between US forces and Shia militiamen left "
                     "more than 46 persons, including six US soldiers, dead across Iraq.")
    assert {e[:3] for e in events if e[0] == "190"} == {("190", "USA", "IRQ"), ("190", "IRQ", "USA")}
