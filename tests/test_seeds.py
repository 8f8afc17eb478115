"""The three sample articles: the events the product must get right."""

import pytest

from helpers import SEEDS


@pytest.fixture(scope="module")
def seeds(pipeline):
    docs = {d.doc_id[:3]: d for d in pipeline.code_paths([SEEDS])}
    assert sorted(docs) == ["000", "001", "002"]
    return docs


def has(doc, root, source, target, *, text=None, trigger=None):
    """An event of this CAMEO root between these countries (or codes), evidence containing text."""
    for e in doc.events:
        if trigger is not None and e.trigger.text != trigger:
            continue
        if e.cameo.root != root or e.target is None:
            continue
        if source not in (e.source.country, e.source.code) or target not in (e.target.country, e.target.code):
            continue
        if text is None or text in e.evidence.text:
            return e
    return None


def test_001_us_expels_russian_diplomats_and_closes_seattle_consulate(seeds):
    doc = seeds["001"]
    assert has(doc, "16", "USA", "RUS", text="decision to expel 60 Russian diplomats")
    assert has(doc, "16", "USA", "RUS", text="closed the Russian consulate in Seattle", trigger="closed")


def test_001_trump_proposes_meeting_putin(seeds):
    e = has(seeds["001"], "03", "USA", "RUS", text="proposed a meeting")
    assert e.plover.type == "AGREE" and e.source.name == "Donald Trump" and e.target.name == "Vladimir Putin"


def test_001_britain_blames_russia_for_poisoning(seeds):
    assert has(seeds["001"], "11", "GBR", "RUS", text="blame Russia for the poisoning")


def test_001_antonov_calls_the_expulsions_unfortunate(seeds):
    e = has(seeds["001"], "01", "RUS", "USA", text="unfortunate")
    assert e.source.sector == "DIP"  # the Russian Ambassador to the US


def test_000_france_and_germany_each_expel_russian_diplomats(seeds):
    doc = seeds["000"]
    assert has(doc, "16", "FRA", "RUS", text="four each")
    assert has(doc, "16", "DEU", "RUS", text="four each")


def test_000_helsinki_caption_trump_and_putin_meet(seeds):
    e = has(seeds["000"], "04", "USA", "RUS", text="Helsinki")
    assert e.caption and e.plover.type == "CONSULT"


def test_000_us_supplies_antitank_missiles_to_ukraine(seeds):
    e = has(seeds["000"], "07", "USA", "UKR", text="antitank missiles")
    assert e.plover.type == "AID"


def test_002_johnson_accuses_russia_of_war_crimes(seeds):
    e = has(seeds["002"], "11", "GBR", "RUS", text="war crimes")
    assert e.cameo.code == "1124" and e.source.name == "Boris Johnson"


def test_002_may_accuses_assads_regime(seeds):
    e = has(seeds["002"], "11", "GBR", "SYR", text="atrocious violence")
    assert e.source.name == "Theresa May"


def test_002_putin_urges_trump(seeds):
    e = has(seeds["002"], "02", "RUS", "USA", text="urged Donald Trump")
    assert e.plover.type == "REQUEST"


def test_002_taliban_bombing_of_us_base_at_bagram(seeds):
    e = has(seeds["002"], "18", "AFG", "USA", text="Bagram")
    assert e.source.name == "Taliban" and e.target.sector == "MIL" and e.plover.type == "ASSAULT"


def test_no_event_from_paywall_or_photo_credits(seeds):
    for doc in seeds.values():
        assert "Register for free" not in doc.text and "Getty Images" not in doc.text
        for e in doc.events:
            assert "Getty" not in e.evidence.text and "register" not in e.evidence.text.lower()


def test_every_span_points_into_the_cleaned_text(seeds):
    for doc in seeds.values():
        for e in doc.events:
            for span in (e.evidence, e.trigger, e.source, *([e.target] if e.target else [])):
                assert doc.text[span.start:span.end] == span.text


def test_seeds_code_a_fair_number_of_events(seeds):
    counts = {k: len(d.events) for k, d in seeds.items()}
    assert all(n >= 8 for n in counts.values()), counts


# --- when and where ---------------------------------------------------------------------------

def _event(doc, trigger, **kw):
    found = [e for e in doc.events if e.trigger.text == trigger and all(
        getattr(e, k) == v for k, v in kw.items())]
    assert found, f"no event triggered by {trigger!r}"
    return found[0]


def test_publication_dates_from_the_dateline_or_inferred(seeds):
    assert (seeds["001"].published.value, seeds["001"].published.source) == ("2018-04-02", "dateline")
    assert (seeds["002"].published.value, seeds["002"].published.source) == ("2016-11-14", "dateline")
    p = seeds["000"].published
    assert (p.value, p.precision, p.source) == ("2020", "year", "inferred")


def test_001_expulsion_and_closure_happened_last_monday_in_seattle(seeds):
    expelled = _event(seeds["001"], "expelled")
    closed = _event(seeds["001"], "closed")
    assert expelled.date.value == closed.date.value == "2018-03-26"
    assert expelled.date.text == "last Monday" and expelled.date.source == "text"
    assert (closed.location.name, closed.location.country, closed.location.admin1) == ("Seattle", "USA", "WA")
    assert expelled.location is None  # the expulsions were not in Seattle


def test_001_the_congratulation_call_of_20_march(seeds):
    assert _event(seeds["001"], "congratulated").date.value == "2018-03-20"


def test_001_the_poisoning_in_salisbury(seeds):
    murder = _event(seeds["001"], "murder")
    assert murder.source.country == "RUS"
    assert (murder.location.name, murder.location.country) == ("Salisbury", "GBR")


def test_000_helsinki_summit_and_the_expulsions_of_1986_and_2001(seeds):
    shake = _event(seeds["000"], "shake")
    assert (shake.date.value, shake.location.name, shake.location.country) == ("2018-07-16", "Helsinki", "FIN")
    assert _event(seeds["000"], "booted").date.value == "1986"
    assert _event(seeds["000"], "kicked").date.value == "2001"


def test_002_bagram_bombing_farage_at_trump_tower_johnson_in_brussels(seeds):
    bombing = _event(seeds["002"], "bombing")
    assert (bombing.date.value, bombing.location.name, bombing.location.country) == \
        ("2016-11-13", "Bagram Airfield", "AFG")
    met = _event(seeds["002"], "met")
    assert (met.location.name, met.location.admin1) == ("Trump Tower", "NY")
    assert _event(seeds["002"], "boycotted").location.name == "Brussels"


def test_undated_acts_told_in_the_past_happened_by_publication(seeds):
    accused = _event(seeds["002"], "accused")
    assert (accused.date.value, accused.date.precision, accused.date.source) == \
        ("2016-11-14", "on_or_before", "publication")
