"""`tidings eval`: gold data, matching rules, and the floors the coder is held to."""

import json

from helpers import SHARED
from tidings import evaluation
from tidings.evaluation import Prediction

ROOT = evaluation.Path(__file__).resolve().parents[1]
GOLD = ROOT / "eval" / "gold"


def gold_item(tmp_path, events, actors=()):
    item = {"doc_id": "g1", "title": "Britain expels diplomats",
            "text": "Britain expelled 23 Russian diplomats on Wednesday, Prime Minister Theresa May said.",
            "events": events, "actors": list(actors)}
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps({"record": "header", "dataset": "test"}) + "\n" + json.dumps(item) + "\n")
    return evaluation.load_gold([path])


def event(doc, source, target, code, snippet="expelled", status="asserted"):
    start = doc.text.index(snippet)
    return {"evidence": {"start": start, "end": start + len(snippet), "text": snippet},
            "source": {"country": source}, "target": {"country": target} if target else None,
            "cameo": {"code": code}, "plover": {"type": "EXPEL"}, "status": status,
            "trigger": {"text": snippet}}


def test_gold_snippets_become_spans_in_the_cleaned_text(tmp_path):
    [g] = gold_item(tmp_path, [{"evidence": "expelled 23 Russian diplomats", "source": "GBR", "target": "RUS",
                                "cameo": "174", "plover": "EXPEL"}],
                    [{"text": "Britain", "country": "GBR", "name": "United Kingdom"},
                     {"text": "Prime Minister Theresa May", "country": "GBR", "name": "Theresa May"}])
    assert g.doc.text[g.events[0].evidence.start:g.events[0].evidence.end] == "expelled 23 Russian diplomats"
    assert [a.span.text for a in g.actors] == ["Britain", "Prime Minister Theresa May"]
    # the headline is text too, so the first 'Britain' is the title's
    assert g.actors[0].span.start == 0


def test_an_event_needs_source_target_and_root_to_match(tmp_path):
    gold = gold_item(tmp_path, [{"evidence": "expelled 23 Russian diplomats", "source": "GBR", "target": "RUS",
                                 "cameo": "174", "plover": "EXPEL"}])
    doc = gold[0].doc
    right = evaluation.score(gold, {"g1": Prediction(events=[event(doc, "GBR", "RUS", "1740")])})
    assert right.scores["events"].f1 == 1.0
    wrong_target = evaluation.score(gold, {"g1": Prediction(events=[event(doc, "GBR", "USA", "174")])})
    assert wrong_target.scores["events"].precision == 0.0 and wrong_target.scores["events"].recall == 0.0
    assert any("miss" in e for e in wrong_target.errors) and any("false alarm" in e for e in wrong_target.errors)
    elsewhere = evaluation.score(gold, {"g1": Prediction(events=[event(doc, "GBR", "RUS", "174", "Theresa May")])})
    assert elsewhere.scores["events"].recall == 0.0


def test_status_is_scored_on_matched_events(tmp_path):
    gold = gold_item(tmp_path, [{"evidence": "expelled", "source": "GBR", "target": "RUS", "cameo": "174",
                                 "plover": "EXPEL", "status": "reported"}])
    report = evaluation.score(gold, {"g1": Prediction(events=[event(gold[0].doc, "GBR", "RUS", "174")])})
    assert report.scores["events"].f1 == 1.0
    assert report.scores["status"].f1 == 0.0


def test_a_mention_inside_a_gold_phrase_is_part_of_it(tmp_path):
    gold = gold_item(tmp_path, [], [{"text": "Prime Minister Theresa May", "country": "GBR", "name": "Theresa May"}])
    doc = gold[0].doc
    s = doc.text.index("Theresa May")
    actors = [{"start": s - 15, "end": s - 1, "country": None, "name": None},
              {"start": s, "end": s + 11, "country": "GBR", "name": "Theresa May"}]
    report = evaluation.score(gold, {"g1": Prediction(actors=actors)})
    assert report.scores["actors_name"].precision == 1.0 and report.scores["actors_name"].recall == 1.0


def test_dev_gold_is_annotated_only_from_the_first_950_lines():
    paths = [*GOLD.glob("ag_world*.jsonl"),
             *(p for folder in ("blind", "tune") for p in (ROOT / "eval" / folder).glob("ag_world*.jsonl"))]
    items = [json.loads(line) for path in paths for line in path.open()]
    lines = [i["line"] for i in items if i.get("record") != "header"]
    assert len(lines) >= 80 and max(lines) <= 950 and len(set(lines)) == len(lines)


def test_a_document_whose_events_are_not_annotated_scores_only_its_actors(tmp_path):
    item = {"doc_id": "g3", "title": "Britain expels diplomats", "text": "Britain expelled 23 Russian diplomats.",
            "events": None, "actors": [{"text": "Britain", "country": "GBR", "name": "United Kingdom"}]}
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(item) + "\n")
    gold = evaluation.load_gold([path])
    report = evaluation.score(gold, {"g3": Prediction(events=[event(gold[0].doc, "GBR", "RUS", "174")],
                                                      actors=[{"start": 0, "end": 7, "country": "GBR",
                                                               "name": "United Kingdom"}])})
    assert report.scores["events"].n_pred == 0 and report.scores["actors_country"].f1 == 1.0


def test_scores_stay_above_the_floors(pipeline):
    report = evaluation.evaluate(evaluation.load_gold([GOLD], SHARED), pipeline)
    floors = evaluation.load_floors(ROOT / "eval" / "floors.yaml")
    assert floors, "eval/floors.yaml sets no floor"
    assert evaluation.below_floors(report, floors) == []


def test_a_stored_run_scores_as_the_run_itself(pipeline, tmp_path):
    # `tidings eval --db`: what a past run wrote is scored without coding again, to the same numbers
    from tidings.store import Store

    gold = [g for g in evaluation.load_gold([GOLD / "articles.jsonl"], SHARED)][:2]
    direct = evaluation.evaluate(gold, pipeline)
    with Store(str(tmp_path / "run.duckdb")) as store:
        docs = [evaluation.Document(**{f: getattr(g.doc, f) for f in ("doc_id", "text", "title", "published")})
                for g in gold]
        list(pipeline.code_into(store, docs))
        stored = evaluation.score(gold, evaluation.from_store(store))
    assert stored.as_dict() == direct.as_dict()
    assert direct.scores["events"].n_gold > 0


def test_gold_mentions_skip_the_dateline_and_each_other(tmp_path):
    # AG News: the dateline names no actor, and a name listed after its possessive is the next one
    item = {"doc_id": "g2", "title": "Putin faults Georgia",
            "text": "TBILISI, Georgia The conflicts in Georgia's regions resulted from a move by Georgia.",
            "events": [], "actors": [{"text": "Georgia's", "country": "GEO"}, {"text": "Georgia", "country": "GEO"},
                                     {"text": "Georgia", "country": "GEO"}]}
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(item) + "\n")
    [g] = evaluation.load_gold([path])
    text = g.doc.text
    # the headline's, then the one after the possessive: the dateline's is passed over
    assert [a.span.start for a in g.actors] == [text.index("Georgia's"), text.index("Georgia"), text.rindex("Georgia")]
    assert text.index("Georgia") < text.index("TBILISI")


def test_a_speech_acts_attribution_is_no_predicted_quote(pipeline):
    # the quote layer holds the quotes of docs/annotation.md item 8; 'called for a strike' is an act
    doc = pipeline.code_text("Headline\n\nThe union called for a national strike over the pension reform.\n\n"
                             "The mayor said the storm would pass by Friday.")
    assert {q.kind for q in doc.quotes} == {"act", "indirect"}
    [pred] = evaluation.from_documents([doc]).values()
    assert [(q["kind"], q["text"]) for q in pred.quotes] == [("indirect", "the storm would pass by Friday")]
