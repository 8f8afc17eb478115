"""Violence between police and protesters is repression (175) or a riot (145), not war (190).
Sentences from ../shared/corpus/articles.jsonl."""


def _coded(events):
    return [(e.cameo.code, e.source.code if e.source else None, e.target.code if e.target else None)
            for e in events]


def test_police_clashing_with_demonstrators_is_repression(code):
    assert _coded(code("Riot police clash with demonstrators in Athens, Greece, on Sunday, September 23.")) == [
        ("175", "GRCCOP", "GRCOPP")]


def test_police_scuffling_with_protesters_is_repression(code):
    events = code("Witnesses said police scuffled with protesters in the capital, Islamabad, when they attempted "
                  "to lead a short march following speeches at the demonstration.")
    assert _coded(events) == [("175", "PAKCOP", "PAKOPP")]


def test_protesters_attacking_the_police_riot(code):
    assert _coded(code("Protesters attack a police van outside the U.S. Consulate in Karachi on Sunday.")) == [
        ("145", "PAKOPP", "PAKCOP")]
