"""Constructions that change what an act codes to: refusing it ('refused to release', 'will
not lift'), demanding it of another ('must end'), and the objects that a general entry reaches
('released 12 pilgrims', 'lifted the state of emergency')."""


def coded(code, sentence):
    return {(e.cameo.code, e.source.country, e.target.country if e.target else None, e.status)
            for e in code(sentence)}


def test_refusing_an_act_codes_the_refusal_of_it_with_its_target(code):
    assert coded(code, "Iran refused to release the captured British sailors.") == {("1243", "IRN", "GBR", "asserted")}
    assert coded(code, "Hamas declined to meet the Egyptian envoy in Cairo.") == {("125", "PSE", "EGY", "asserted")}


def test_a_cooperation_negated_with_a_modal_is_a_refusal(code):
    assert coded(code, "Obama said he will not lift the embargo on Cuba.") == {("1244", "USA", "CUB", "asserted")}
    assert {c[0] for c in coded(code, "Poland says it will not accept any more Syrian refugees.")} == {"1233"}


def test_what_did_not_happen_is_no_refusal(code):
    # 'did not' and 'failed to' tell only what did not happen
    assert not {c[0][:2] for c in coded(code, "Iran did not release the British sailors.")} & {"12"}
    assert not {c[0][:2] for c in coded(code, "Syria failed to allow the UN inspectors into the site.")} & {"12"}


def test_what_another_must_do_is_a_demand_of_it(code):
    assert coded(code, "The European Union said Iran must release the British sailors.") == {
        ("1053", None, "IRN", "asserted")}  # the EU is of no country
    assert {c[:3] for c in coded(code, "Russia says Israel must end its attacks on Syria.")} == {("100", "RUS", "ISR")}


def test_what_another_should_do_is_an_appeal(code):
    assert {c[0][:2] for c in coded(code, "The United States said North Korea should return to talks with Seoul.")} == {"02"}


def test_a_call_to_ones_own_country_is_no_demand(code):
    assert coded(code, "Iran says it must respond to the attack.") == set()
    assert coded(code, "Obama said the United States must seize this moment.") == set()


def test_people_released_are_more_than_prisoners(code):
    assert ("0841", "SYR", "LBN") in {c[:3] for c in coded(code, "Syrian rebels released 12 Lebanese pilgrims on Sunday.")}
    assert ("0841", "EGY", "EGY") in {c[:3] for c in coded(code, "The Egyptian president pardoned the jailed Al Jazeera journalists.")}
    # a product released is no one released
    assert coded(code, "Apple released a new iPhone on Tuesday.") == set()


def test_a_state_of_emergency_is_named_with_its_of(code):
    assert {c[0] for c in coded(code, "The Iraqi government lifted the state of emergency in Basra.")} == {"0814"}


def test_cut_tariffs_are_a_concession_only_to_whom_they_are_cut_for(code):
    assert {c[:3] for c in coded(code, "Washington cut tariffs on Chinese steel.")} == {("085", "USA", "CHN")}
    assert coded(code, "We can cut tariffs and invest more, the British minister said.") == set()


def test_calling_off_a_strike_eases_dissent(code):
    assert {c[0] for c in coded(code, "Nigerian doctors called off their strike after talks with the government.")} == {"082"}
