"""Bodies by the name they go by whichever form the story prints: 'the Homeland Security
Department' is the Department of Homeland Security, 'the F.C.C.' the Federal Communications
Commission, 'Congress' the United States Congress; the European Commission is a body of its
own, not the Union; a body with no code of its own is an IGO, never a country's code."""

import pytest

from tidings import actors, data


@pytest.fixture(scope="module")
def resolver():
    return actors.load()


def named(found):
    return [(a.text, a.name, a.code) for a in found]


def test_a_us_department_named_either_way_is_one_body(resolver):
    # AG World, 2004: 'The Homeland Security Department said ...', 'the Education Department ...'
    found = resolver.find("The Homeland Security Department and the Education Department will ask the Treasury "
                          "Department and the Department of Justice for help.", "2004-10-01")
    assert named(found) == [
        ("Homeland Security Department", "Department of Homeland Security", "USAGOV"),
        ("Education Department", "Department of Education", "USAGOV"),
        ("Treasury Department", "Department of the Treasury", "USAGOV"),
        ("Department of Justice", "Department of Justice", "USAJUD")]


def test_an_acronym_is_the_body_it_abbreviates(resolver):
    # 'The F.C.C. fined the broadcaster ...'; 'FCC Chairman Michael Powell'
    found = resolver.find("The F.C.C. fined Viacom, and the FCC and the EPA said the DHS had been told.", "2004-09-22")
    assert [(a.text, a.name) for a in found if a.kind == "institution"] == [
        ("F.C.C.", "Federal Communications Commission"), ("FCC", "Federal Communications Commission"),
        ("EPA", "Environmental Protection Agency"), ("DHS", "Department of Homeland Security")]


def test_congress_and_the_senate_are_named_in_full(resolver):
    # 'Lawmakers in Congress scrambled to approve ...'; 'The Senate voted 96-2 ...'
    found = resolver.find("The Senate voted 96-2 for the bill, and Congress sent it to the president.", "2004-10-09")
    assert [(a.text, a.name, a.code) for a in found if a.kind == "institution"] == [
        ("Senate", "United States Senate", "USALEG"), ("Congress", "United States Congress", "USALEG")]


def test_the_european_commission_is_not_the_union(resolver):
    # AG World, 2004: "The European Commission's cautious recommendation that Turkey begin membership
    # negotiations puts the country a step closer to ... joining the EU"
    found = resolver.find("The European Commission's cautious recommendation that Turkey begin membership "
                          "negotiations puts the country a step closer to joining the EU.", "2004-10-07")
    assert named(found) == [("European Commission", "European Commission", "EUR"), ("Turkey", "Turkey", "TUR"),
                            ("EU", "European Union", "EUR")]


def test_a_body_with_no_code_of_its_own_is_an_igo(resolver):
    # 'Leaders at the Asia-Europe Meeting (ASEM) in Hanoi ...': ASM is American Samoa's code
    found = resolver.find("Leaders at the Asia-Europe Meeting (ASEM) in Hanoi agreed to admit Myanmar.", "2004-10-08")
    assert named(found)[:2] == [("Asia-Europe Meeting", "Asia-Europe Meeting", "IGO"),
                                ("ASEM", "Asia-Europe Meeting", "IGO")]


def test_no_international_body_has_a_countrys_code():
    countries = {r["code"] for r in data.read_tsv("actors/countries.tsv")}
    clash = [(r["id"], r["code"]) for r in data.read_tsv("actors/organizations.tsv")
             if not r["country"] and r["code"][:3] in countries]
    assert clash == []


def countries(found):
    return [(a.text, a.country) for a in found]


def test_a_capital_before_a_place_noun_is_a_place(resolver):
    # AG World, 2004: "San Juan's international airport was closed for more than an hour";
    # 'Bomb rocks Indonesia's Paris embassy'; 'guards at the Kabul airport'
    found = resolver.find("San Juan's international airport was closed. Bomb rocks Indonesia's Paris embassy. "
                          "Guards at the Kabul airport fired shots.", "2004-10-01")
    assert countries(found) == [("Indonesia", "IDN")]


def test_a_capital_that_owns_an_embassy_or_decides_still_acts(resolver):
    # "Washington's embassy in Seoul", "Moscow's decision to close the port angered Kiev"
    found = resolver.find("Washington's embassy in Seoul was closed, and Moscow's decision to close the port "
                          "angered Kiev.", "2014-03-01")
    assert countries(found) == [("Washington", "USA"), ("Moscow", "RUS"), ("Kiev", "UKR")]


def test_a_place_named_for_a_person_is_not_the_person(resolver):
    # AG World, 2004: 'ending weeks of fighting with American soldiers in Baghdad's Sadr City district'
    found = resolver.find("Militiamen began handing in weapons, ending weeks of fighting with American soldiers "
                          "in Baghdad's Sadr City district.", "2004-10-11")
    assert [a.text for a in found if a.kind == "person"] == []
    assert "Baghdad" not in [a.text for a in found]


def test_a_name_with_a_possessive_inside_is_the_body(resolver):
    # 'General Ri Yong-Gil, chief of the General Staff of the Korean People's Army, was killed'
    found = resolver.find("General Ri Yong-Gil, chief of the General Staff of the Korean People's Army, was killed "
                          "last week. The People’s Liberation Army held drills.", "2016-02-10")
    assert [(a.text, a.code) for a in found if a.kind == "institution"] == [
        ("Korean People's Army", "PRKMIL"), ("People’s Liberation Army", "CHNMIL")]
