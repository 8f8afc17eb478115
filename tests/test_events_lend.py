"""One act told twice: a wire item's headline and its lead share what one of them leaves out
(the doer of an agentless headline, the partner of a headline's talks, the doer of a lead's
pronoun the parse cannot resolve)."""

import pytest

from tidings.events import lend


@pytest.fixture(scope="module")
def article(pipeline):
    """Code a headline and a body as one article; its events as (code, source, target, trigger)."""

    def _code(title: str, body: str):
        doc = pipeline.code_text(f"{title}\n\n{body}")
        assert doc.ok, doc.error
        return {(e.cameo.code, e.source.country, e.target.country if e.target else None, e.trigger.text)
                for e in doc.events}

    return _code


def test_an_agentless_headline_killing_takes_the_doer_the_lead_gives(article):
    events = article("Seven killed in Mosul car bomb blast",
                     "MOSUL, Iraq - A suicide bomber drove a car packed with explosives into a police checkpoint "
                     "in Mosul on Tuesday, killing seven policemen, officials said.")
    assert ("1823", "IRQ", "IRQ", "killed") in events


def test_headline_talks_with_no_partner_take_the_partner_of_the_leads_talks(article):
    events = article("Sudan Peace Talks Resume",
                     "KHARTOUM (Reuters) - Sudan's government resumed talks with rebels in the south of the "
                     "country on Monday, a government spokesman said.")
    assert any(code == "046" and src == "SDN" and tgt == "SDN" and trig == "Talks"
               for code, src, tgt, trig in events)


def test_a_leads_act_whose_doer_it_cannot_name_is_the_headlines_doers(article):
    events = article("Rebels to Hand Weapons to Liberian Police",
                     "MONROVIA, Liberia - Former fighters of the rebel movement said Monday they will begin "
                     "handing weapons over to Liberian police next week.")
    assert any(trig == "handing" and src == "LBR" and tgt == "LBR" for _, src, tgt, trig in events)


def test_a_headline_plan_named_by_a_noun_takes_no_doer_from_the_lead(article):
    # 'troop withdrawal plan' is what the senator criticised: no withdrawal is told as done
    events = article("Senator slams Pentagon troop withdrawal plan",
                     "WASHINGTON - Senator John McCain warned that the Pentagon's plan to withdraw 12,000 troops "
                     "from Germany would weaken the alliance.")
    assert ("111", "USA", "USA", "slams") in events
    assert not {e for e in events if e[3] == "withdrawal"}


def test_the_lead_is_the_first_paragraph_after_the_headline():
    text = "Rebels free troops\n\nRebels freed ten soldiers.\n\nTalks resume on Monday."
    head, end = lend.lead(text)
    assert text[:head] == "Rebels free troops"
    assert text[head:end].strip() == "Rebels freed ten soldiers."
    assert lend.lead("A story of one paragraph.") == (0, 0)


def test_two_parts_of_one_state_agreeing_on_a_truce_agree_with_each_other(article):
    # docs/annotation.md item 4: 'X and Y agreed on a ceasefire' is two events, one each way;
    # Abkhaz forces are of the state they broke from (GEO), as South Ossetian ones are
    events = article("Abkhaz and Georgian officials agree on truce",
                     "SUKHUMI, Georgia (Reuters) - Abkhaz and Georgian officials agreed on a truce on Friday "
                     "after two days of clashes near the boundary.")
    assert len([e for e in events if e[0] == "0871" and e[1] == e[2] == "GEO"]) >= 2


def test_troops_called_to_duty_make_no_call_between_them(article):
    events = article("Guard jobs law explained",
                     "A 1996 law strengthened job protections for National Guard and Reserve troops called to "
                     "active duty.")
    assert not {e for e in events if e[3] == "called"}


def test_a_political_prisoner_freed_with_no_releaser_told_is_freed_by_the_state_the_story_names(article):
    # docs/format.md: a release told with no doer is the doing of the country it happened in;
    # with no place told but the country the story names, the held man's own
    events = article("Belarusian dissident freed as Belarus prepares for vote",
                     "The dissident walked out of jail on Thursday after six months in "
                     "detention, his wife said.")
    freed = {e for e in events if e[3] == "freed"}
    assert freed and all(src == "BLR" for _, src, _, _ in freed)


def test_an_arrest_in_a_story_that_names_no_country_of_the_one_held_is_no_ones(article):
    events = article("Africa takes tough stand on coups",
                     "The arrest of Margaret Thatcher's son last week is the latest example of a crackdown on "
                     "overthrows.")
    assert not {e for e in events if e[3] == "arrest"}
