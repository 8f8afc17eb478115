"""A hostile act that is only vowed or pledged is a threat (CAMEO 13), not the act: an attack
vowed has not happened. Sentences from ../shared/corpus/articles.jsonl."""


def _codes(events):
    return [(e.cameo.code, e.source.country if e.source else None, e.target.country if e.target else None)
            for e in events]


def test_retaliation_vowed_is_a_military_threat(code):
    events = code("Syrian authorities vowed to retaliate against Israel but did not specify what action they would take.")
    assert _codes(events) == [("138", "SYR", "ISR")]


def test_hitting_back_vowed_is_no_attack(code):
    events = code("Seoul has vowed to hit back hard the next time it is attacked.")
    assert events and not any(e.cameo.root in ("18", "19", "20") for e in events)
