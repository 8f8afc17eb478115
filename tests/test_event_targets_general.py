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
