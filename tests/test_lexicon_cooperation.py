"""Cooperative acts (CAMEO roots 01-09) told in the words news uses for them: a request
approved is acceding to it, a visit or invitation welcomed an endorsement, respect or gratitude
voiced praise, observers deployed a mission sent; and the look-alikes
that are no such act ('offer prayers' at a protest is worship, 'would be glad to meet' no meeting)."""


def coded(code, sentence):
    return {(e.cameo.code, e.source.country if e.source else None, e.target.country if e.target else None)
            for e in code(sentence)}


def codes(code, sentence):
    return {e.cameo.code for e in code(sentence)}


def test_a_request_approved_is_acceding_to_it(code):
    assert ("083", "EGY", "PSE") in coded(code, "The Egyptian government approved a request from Hamas to open the "
                                                "Rafah crossing for pilgrims.")


def test_a_visit_or_invitation_welcomed_is_an_endorsement(code):
    assert ("051", "DEU", "USA") in coded(code, "German Chancellor Angela Merkel on Friday welcomed U.S. President "
                                                "Donald Trump's invitation to the Russian leader.")
    assert "051" in codes(code, "Both Russia and the Syrian government have welcomed the visit of the OPCW inspectors.")


def test_respect_and_gratitude_voiced_are_praise(code):
    assert ("051", "KIR", "CHN") in coded(code, "Kiribati President Taneti Maamau expressed his deep respect for the "
                                                "Chinese government's sovereignty.")
    assert ("051", "PSE", "EGY") in coded(code, "Palestinian President Mahmoud Abbas expressed his gratitude to Egypt "
                                                "for its efforts.")


def test_observers_deployed_in_a_country_are_a_mission_sent_to_it(code):
    assert ("074", None, "ZWE") in coded(code, "The European Union has deployed election observers in Zimbabwe for "
                                               "the first time in 16 years.")


def test_letting_others_bring_in_aid_is_allowing_humanitarian_access(code):
    assert ("0863", "ETH", None) in coded(code, "Ethiopia said it would allow the World Food Program to deliver food "
                                                "to some 1 million people in Tigray.")


def test_prayers_are_empathy_only_when_offered_for_someone(code):
    assert "018" not in codes(code, "Pakistani activists of the Jamaat-e-Islami party offer prayers near the U.S. "
                                    "Consulate on Wednesday in Lahore.")
    assert "018" in codes(code, "Pope Francis offered prayers for the victims of the attack in Manchester.")


def test_what_is_allowed_that_is_no_aid_delivered_is_no_aid_access(code):
    assert not codes(code, "Britain and France were prepared to let the European Union arms embargo expire so that "
                           "they could increase their assistance to the rebels.") & {"0863"}
    assert not codes(code, "The House Intelligence Committee authorized the White House to provide training and aid "
                           "to Syrian rebels.") & {"0863"}


def test_being_glad_to_meet_is_an_intent_to_meet_not_a_meeting(code):
    assert codes(code, "Senator Inhofe said Monday that he would be glad to meet with Susan Rice.") == {"036"}


def test_compensation_paid_is_a_concession(code):
    # CAMEO 0842's usage notes: compensation given instead of what was taken is 080
    assert ("080", "DEU", "ISR") in coded(code, "Germany paid compensation to Israel for the crimes of the Nazi era.")
    assert "080" in codes(code, "Japan compensated the South Korean government for its wartime forced labour.")
    # making up for something is no compensation paid to anyone
    assert "080" not in codes(code, "South Korean companies kept more workers in the zone to compensate for those "
                                    "not being allowed in.")


def test_what_is_returned_that_is_no_property_is_no_return(code):
    assert ("0842", "NLD", "POL") in coded(code, "The Netherlands returned a 17th-century painting to Poland on Friday.")
    assert not codes(code, "The Supreme Court returned the case to the lower court.") & {"0842"}
    assert not codes(code, "The coup leaders promised to return the country to civilian rule.") & {"0842"}


def test_a_pipeline_opened_between_two_states_is_economic_cooperation(code):
    got = coded(code, "Italian Prime Minister Silvio Berlusconi and Libyan leader Muammar Gaddafi opened a gas "
                      "pipeline between their countries.")
    assert {("061", "ITA", "LBY"), ("061", "LBY", "ITA")} <= got


def test_a_mission_extended_is_peacekeeping_provided(code):
    assert ("074", None, "LBN") in coded(code, "The Security Council extended the peacekeeping mission in Lebanon for "
                                               "another year.")


def test_money_raised_for_someone_is_aid(code):
    assert "070" in codes(code, "Former President George W. Bush is raising money for Republican Senate candidate "
                                "Kevin Cramer.")


def test_seized_bases_handed_back_are_a_retreat(code):
    assert "0874" in codes(code, "The Houthis said they would return the military bases they had seized from the "
                                 "Yemeni army.")


def test_seeking_a_release_is_an_appeal_for_it(code):
    assert ("0253", None, "CHN") in coded(code, "The Red Cross is seeking the release of two Chinese hostages held by "
                                                "Pakistani militants.")


def test_an_aid_package_approved_is_aid_not_a_proposal_accepted(code):
    assert codes(code, "Congress approved a $14 billion aid package for Haiti.") == {"070"}


def test_troops_offered_are_an_intent_of_military_protection_not_a_deployment(code):
    found = coded(code, "Australia offered to send troops to East Timor.")
    assert ("0334", "AUS", "TLS") in found
    assert not any(c[0][:2] == "15" for c in found)


def test_a_blockade_lifted_or_compensation_paid_needs_no_one_named_to_be_an_act(code):
    # PLOVER codes retreats and concessions without a recipient (plover.yaml)
    assert ("0872", "LBY", None) in coded(code, "Libyan rebels lifted their blockade of the oil ports on Friday.")
    assert ("080", "DEU", None) in coded(code, "Germany paid $10 million in compensation on Monday.")
