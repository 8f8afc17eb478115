"""Short wire news of the AG World tune set (lines 820-950): talks held with someone told
each way, headline doers named by their kind alone, ..."""

import pytest


@pytest.fixture(scope="module")
def article(pipeline):
    """Code a headline and a body as one article; its events as (code, source, target, trigger,
    source text)."""

    def _code(title: str, body: str):
        doc = pipeline.code_text(f"{title}\n\n{body}")
        assert doc.ok, doc.error
        return [(e.cameo.code, e.source.country, e.target.country if e.target else None, e.trigger.text,
                 e.source.text) for e in doc.events]

    return _code


# --- talks held with someone: negotiated by both sides ----------------------------------

def test_talks_resumed_with_rebels_are_told_each_way(article):
    events = article("Sudan Peace Talks Resume for South as Tensions Brew",
                     "KHARTOUM/NAIROBI (Reuters) - Sudan's government resumed talks with rebels in the oil-producing "
                     "south on Thursday while the United Nations set up a panel to investigate charges of genocide.")
    resumed = {(e[0][:2], e[4]) for e in events if e[3] == "resumed"}
    assert resumed == {("04", "Sudan's government"), ("04", "rebels")}


def test_talks_within_one_country_are_two_events_though_both_sides_share_a_code(article):
    events = article("Iraq's Government in Talks with Sunni, Shi'ite Leaders",
                     "Iraq's interim government is engaged in cease-fire talks with Sunni and Shi'ite leaders in an "
                     "effort to restore calm to violent parts of Iraq before January's scheduled election.")
    body = [e for e in events if e[3] == "talks"]
    assert len(body) == 2 and all(e[:3] == ("046", "IRQ", "IRQ") for e in body)
    assert {e[4] for e in body} == {"Iraq's interim government", "Sunni and Shi'ite leaders"}


def test_a_meeting_held_is_not_told_each_way(article):
    events = article("Blair meets Berlusconi",
                     "Tony Blair has met Italian Prime Minister Silvio Berlusconi in London.")
    assert [e[1:3] for e in events if e[3] == "met"] == [("GBR", "ITA")]


# --- a headline's doer named by its kind, whose country the lead names ------------------

def test_headline_jets_are_the_leads_us_fighter_jets(article):
    events = article("Jets hit rebel city in payback for hotel raid",
                     "BAGHDAD: US fighter jets bombed the rebel-held city of Fallujah yesterday, killing at least 10 "
                     "people, hours after rockets slammed into a Baghdad hotel used by foreign journalists and "
                     "contractors.")
    assert [e[:3] for e in events if e[3] == "hit"] == [("195", "USA", "IRQ")]


def test_headline_kind_with_no_other_telling_keeps_the_storys_country(article):
    events = article("Gunmen kill three police officers in Baghdad",
                     "BAGHDAD (Reuters) - The attack happened near a checkpoint on Tuesday, witnesses said.")
    assert ("IRQ", "IRQ") in {e[1:3] for e in events if e[3] == "kill"}


# --- nominal events: an owner shared by conjuncts, a state's detention of someone -------

def test_a_detention_joined_to_a_possessed_noun_is_the_owners(article):
    events = article("Asia-Europe Forum Grows, Myanmar Irritates",
                     "HANOI (Reuters) - An Asia-Europe forum accepted Myanmar and 12 other new members on Thursday "
                     "ahead of a summit strained by Yangon's human rights record and detention of democracy icon "
                     "Aung San Suu Kyi.")
    assert ("173", "MMR", "MMR", "detention") in {e[:4] for e in events}


def test_a_states_detention_of_a_foreigner_is_the_states(article):
    events = article("China holds Japanese businessman",
                     "TOKYO (Reuters) - China's detention of a Japanese businessman on spying charges angered Tokyo "
                     "on Tuesday.")
    assert ("173", "CHN", "JPN", "detention") in {e[:4] for e in events}


# --- a charge laid by the opposition is an accusation -------------------------------------

def test_candidates_charging_the_government_with_fraud_accuse_it(article):
    events = article("Accusations of Fraud Mar Afghan Election",
                     "KABUL, Afghanistan - Afghan opposition candidates charged the government with fraud and "
                     "incompetence on Saturday.")
    assert ("1121", "AFG", "AFG", "charged") in {e[:4] for e in events}


def test_prosecutors_charging_activists_is_still_legal_action(article):
    events = article("Egypt charges activists",
                     "CAIRO (Reuters) - Egyptian prosecutors charged 20 activists with inciting violence on Monday.")
    assert ("173", "EGY", "EGY", "charged") in {e[:4] for e in events}


# --- a headline's 'X held': a person detained -------------------------------------------

def test_a_headline_opposition_leader_held_is_detained(article):
    events = article("Zimbabwe opposition leader held",
                     "HARARE (Reuters) - Zimbabwean police arrested opposition leader Morgan Tsvangirai on Monday.")
    assert ("173", "ZWE", "ZWE", "held") in {e[:4] for e in events}


def test_talks_held_are_no_detention(article):
    events = article("Pakistan, India hold talks",
                     "ISLAMABAD (Reuters) - Pakistan held talks with India on Kashmir on Monday.")
    assert not {e for e in events if e[0] == "173"}


# --- who suffers an act: its target --------------------------------------------------------

def test_a_country_facing_new_sanctions_is_their_target(article):
    events = article("Russia faces new US sanctions",
                     "WASHINGTON (Reuters) - Russia faces new US sanctions over Ukraine, officials said on Monday.")
    assert ("163", "USA", "RUS", "sanctions") in {e[:4] for e in events}


def test_a_country_that_suffered_years_of_sanctions_was_their_target(article):
    events = article("Iraq's economy in ruins",
                     "BAGHDAD - Iraq suffered years of UN sanctions after the first Gulf War.")
    assert ("163", None, "IRQ", "sanctions") in {e[:4] for e in events}


# --- nouns that name the doers of an act ---------------------------------------------------

def test_the_kidnappers_of_engineers_kidnapped_them(article):
    events = article("Chinese engineers kidnapped in Pakistan",
                     "ISLAMABAD - Tribal elders in Pakistan's South Waziristan tribal area are negotiating with the "
                     "kidnappers of two Chinese engineers to secure their release, a government spokesman said Sunday.")
    assert ("181", "PAK", "CHN", "kidnappers") in {e[:4] for e in events}


def test_the_kidnappers_are_still_the_doers_of_what_they_do(article):
    events = article("Turkish hostage killed",
                     "BAGHDAD - The kidnappers killed the Turkish hostage on Monday.")
    assert ("1823", "IRQ", "TUR", "killed") in {e[:4] for e in events}


def test_kidnappers_with_no_one_they_took_tell_no_kidnapping(article):
    events = article("Iraq talks",
                     "BAGHDAD - Tribal elders and local officials are negotiating with the kidnappers in Baghdad.")
    assert not {e for e in events if e[0] == "181"}
