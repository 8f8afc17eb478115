"""Acts answering what another made are aimed at its author: a demand, pressure or terms
rejected, yielded to or criticized are the doer's act toward whoever made them, named by the
thing's own words ('from', 'by', a possessive, the agent of a participle it takes)."""


def one(events, root):
    found = [e for e in events if e.cameo.root == root]
    assert len(found) == 1, [(e.cameo.code, e.source.code, e.target.code if e.target else None) for e in events]
    return found[0]


def test_pressure_refused_is_refused_to_whoever_pressed(code):
    e = one(code("Ankara has refused to bow to pressure from Washington, insisting that choosing which defence "
                 "equipment to buy is a matter of national sovereignty."), "12")
    assert (e.source.country, e.target.country) == ("TUR", "USA")


def test_terms_offered_by_a_body_rejected_are_rejected_toward_it(code):
    e = one(code("Some Brexit advocates say the U.K. should reject terms offered by the EU and possibly leave the "
                 "union without an agreement."), "12")
    assert (e.source.country, e.target.code) == ("GBR", "EUR")
    # what one wants another to do is no act of that other's
    assert not code("Some Brexit advocates want the U.K. to reject terms offered by the EU.")


def test_demands_presented_by_a_leader_acceded_to_are_his(code):
    e = one(code("Officials stressed that they had in no way acceded to the demands presented by Assad, during a "
                 "series of interviews on Russian television in recent days."), "08")
    assert e.target is not None and e.target.country == "SYR"



def test_a_call_for_a_body_to_act_is_a_demand_of_it_not_its_act(code):
    events = code("Republican lawmakers continue to call for the Obama administration to provide more information "
                  "about the attack.")
    e = one(events, "10")
    assert (e.source.country, e.target.country) == ("USA", "USA")
    assert not any(x.cameo.root == "06" for x in events)  # the information asked for was not given


def test_a_demand_that_a_state_act_is_aimed_at_it(code):
    events = code("Alexander Vindman, the National Security Council's top expert on Ukraine, told impeachment "
                  "investigators that he was so troubled by Trump's demands that Ukraine investigate the Bidens, "
                  "that he reported it to a superior.")
    e = one(events, "10")
    assert (e.source.country, e.target.country) == ("USA", "UKR")
    assert not any(x.cameo.root == "09" for x in events)  # asked of Ukraine, not done by it


def test_what_a_demand_asks_for_is_not_done(code):
    events = code("On Monday, after a previous demand that Morsy offer concessions to the opposition, it gave him "
                  "48 hours to order reforms.")
    assert not any(x.cameo.root == "03" for x in events)


def test_a_demand_of_a_country_s_foe_is_not_a_demand_of_that_country(code):
    events = code("Notably, Trump said Wednesday there was a \"decent chance of denuclearization\" on the Korean "
                  "Peninsula, a step back from his previous demands that the longtime US foe end its nuclear program.")
    assert not any(e.cameo.root == "10" and e.target is not None and e.target.country == "USA" for e in events)


def test_people_attacked_are_not_the_author_of_the_attacks(code):
    # the victims of the attacks condemned are neither their author nor the condemnation's target;
    # the attackers, where the text names them, are
    events = code("\"It's disgraceful that the Obama Administration's first response was not to condemn attacks on "
                  "our diplomatic missions, but to sympathize with those who waged the attacks,\" Romney wrote.")
    assert not [e for e in events if e.target is not None and e.target.text == "our diplomatic missions"]
    e = one(code("The United States condemned the attacks by Hamas on Israeli towns."), "11")
    assert (e.source.country, e.target.country) == ("USA", "PSE")


def test_a_demand_that_a_state_cut_is_aimed_at_it(code):
    e = one(code("Trump has demanded that the China cut the trade gap by $100bn."), "10")
    assert (e.source.country, e.target.country) == ("USA", "CHN")


def test_a_withdrawal_demanded_is_not_done(code):
    events = code("The North has previously used the term \u201cdenuclearization\u201d to demand the United States pull out "
                  "its 28,500 troops in South Korea and withdraw its so-called \u201cnuclear umbrella\u201d security "
                  "commitment to South Korea and Japan.")
    assert not any(e.cameo.root == "08" for e in events)
