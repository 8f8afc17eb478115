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
    assert e.source.sector == "GOV"


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
