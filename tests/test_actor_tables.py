"""The actor tables with the breadth of world news: leaders beyond the G20 by the date of the
story, armed groups with the country they fight in, security forces by their news names,
think tanks with their seat, and tables whose rows do not shadow one another."""

from collections import Counter

import pytest

from tidings import actors, data
from tidings.actors.tables import TOKEN, _key, day


@pytest.fixture(scope="module")
def resolver():
    return actors.load()


def coded(found):
    return [(a.text, a.name, a.role, a.code) for a in found if a.kind in ("person", "organization", "institution")]


def test_a_2004_leader_beyond_the_g20_has_the_role_held_that_day(resolver):
    # AG World, 2004: 'Philippine President Gloria Arroyo ...', 'Pakistani President Pervez Musharraf ...'
    text = "Gloria Arroyo pulled troops out of Iraq. Pervez Musharraf met Ayad Allawi in Islamabad."
    assert coded(resolver.find(text, "2004-07-20")) == [
        ("Gloria Arroyo", "Gloria Macapagal Arroyo", "President", "PHLGOV"),
        ("Pervez Musharraf", "Pervez Musharraf", "President", "PAKGOV"),
        ("Ayad Allawi", "Ayad Allawi", "Prime Minister", "IRQGOV")]
    # four years on, both men had left office
    later = coded(resolver.find(text, "2009-01-10"))
    assert [(name, role) for _, name, role, _ in later][1:] == [
        ("Pervez Musharraf", "former President"), ("Ayad Allawi", "former Prime Minister")]


def test_a_foreign_ministry_spokesman_of_2018_is_irans(resolver):
    found = resolver.find("Foreign Ministry spokesman Bahram Qasemi rejected the remarks by Larry Kudlow.",
                          "2018-05-10")
    assert [(a.name, a.code) for a in found if a.kind == "person"] == [
        ("Bahram Qasemi", "IRNGOV"), ("Larry Kudlow", "USAGOV")]


def test_an_armed_group_leader_acts_for_his_group_in_its_country(resolver):
    found = resolver.find("Boko Haram leader Abubakar Shekau threatened more attacks.", "2014-05-05")
    assert coded(found) == [("Boko Haram", "Boko Haram", None, "NGAINS"),
                            ("Abubakar Shekau", "Abubakar Shekau", "Boko Haram leader", "NGAINS")]
    # Jolani led the Nusra Front in 2014 and Syria in 2025: one person, two roles
    assert coded(resolver.find("Abu Mohammed al-Jolani spoke.", "2014-06-01"))[0][2:] == ("Nusra Front leader",
                                                                                        "SYRINS")
    assert coded(resolver.find("Ahmed al-Sharaa spoke.", "2025-03-01"))[0][2:] == ("President", "SYRGOV")


def test_security_forces_by_their_news_names_have_their_state(resolver):
    # the independent check: '5 IDF soldiers' are Israeli, the Revolutionary Guard's chief Iranian
    found = resolver.find("Five IDF soldiers were wounded. The Revolutionary Guard and the ISI denied it.")
    assert [(a.text, a.country, a.sector) for a in found] == [
        ("IDF", "ISR", "MIL"), ("Revolutionary Guard", "IRN", "MIL"), ("ISI", "PAK", "SPY")]
    chief = resolver.find("Revolutionary Guards commander Mohammad Ali Jafari said so.", "2018-06-01")
    assert [(a.name, a.code) for a in chief] == [("Islamic Revolutionary Guard Corps", "IRNMIL"), ("Mohammad Ali Jafari", "IRNMIL")]


def test_a_think_tank_is_a_body_of_its_seat(resolver):
    found = resolver.find("Bruce Klingner of the Heritage Foundation and a fellow at Chatham House disagreed.")
    assert [(a.text, a.code) for a in found if a.kind == "organization"] == [
        ("Heritage Foundation", "USANGO"), ("Chatham House", "GBRNGO")]


def test_a_shared_surname_stays_out_of_a_stranger_s_name(resolver):
    # 'Khan' names millions: a listed leader's surname must not eat an unlisted official's
    found = resolver.find("Interior Minister Chaudhry Nisar Ali Khan spoke.")
    assert [a.name for a in found if a.kind == "person"] == ["Chaudhry Nisar Ali Khan"]


def _rows(name):
    return list(data.read_tsv(f"actors/{name}"))


def test_no_name_in_the_people_table_stands_for_two_people():
    # the loader keeps one person per name: a second one would silently take the first's mentions
    owners = Counter()
    for r in _rows("people.tsv"):
        for name in {_key(TOKEN.findall(n.lstrip("~"))) for n in [r["name"], *data.split_list(r["names"])]}:
            owners[name] += 1
    assert [name for name, n in owners.items() if n > 1] == []


def test_every_role_starts_before_it_ends_and_is_of_a_known_code():
    countries = {r["code"] for r in _rows("countries.tsv")}
    bodies = {r["code"][:3] for r in _rows("organizations.tsv")}
    for r in _rows("roles.tsv"):
        assert r["country"] in countries or r["country"][:3] in bodies, r
        if r["end"]:
            assert day(r["start"]) <= day(r["end"], last=True), r


def test_the_administration_of_an_international_body_s_head_is_no_country_s_government(resolver):
    # 'the Bush administration' is the US government; Annan's is the UN's, which has no country
    found = resolver.find("Critics of the Annan administration said the United Nations had failed Rwanda.",
                          "2004-05-01")
    assert ("Annan", "UNOIGO") in [(a.text, a.code) for a in found]
