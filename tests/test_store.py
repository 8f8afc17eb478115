"""The store keeps every document exactly once, merges events, answers queries and
exports; each test runs on DuckDB and on PostgreSQL (see conftest.db_url)."""

import csv
import json

import duckdb
import pytest

from helpers import SEEDS
from tidings.export import GDELT_COLUMNS, export
from tidings.queries import dyad_series
from tidings.store import TABLES, SchemaMismatch, Store


def code_seeds(pipeline, db_url):
    with Store(db_url) as store:
        return list(pipeline.code_into(store, pipeline.read([SEEDS])))


def test_coding_the_seeds_twice_changes_no_table(pipeline, db_url):
    first = code_seeds(pipeline, db_url)
    assert not any(skipped for _, skipped in first)
    with Store(db_url) as store:
        before = store.counts()
    second = code_seeds(pipeline, db_url)
    assert all(skipped for _, skipped in second)
    with Store(db_url) as store:
        assert store.counts() == before
    assert before["documents"] == 3 and before["events"] > 30
    assert before["actors"] > 100 and before["merged_events"] < before["events"]


def test_the_us_expulsion_of_60_diplomats_is_one_event_with_two_sources(pipeline, db_url):
    code_seeds(pipeline, db_url)
    with Store(db_url) as store:
        texts = {e["id"]: e["evidence_text"] for e in store.events()}
        merged = [m for m in store.merged(source="USA", target="RUS", root="16")
                  if any("60 Russian diplomats" in texts[x["event_id"]] for x in store.mentions_of(m["id"]))]
        assert len(merged) == 1
        sixty = merged[0]
        assert sixty["n_sources"] == 2 and sixty["n_mentions"] >= 2
        docs = {m["doc_id"][:3] for m in store.mentions_of(sixty["id"])}
        assert docs == {"000", "001"}


def test_the_1986_expulsion_stays_apart_from_2018(pipeline, db_url):
    code_seeds(pipeline, db_url)
    with Store(db_url) as store:
        for m in store.merged(source="USA", root="16"):
            texts = {e["evidence_text"] for e in store.events() if e["id"] in
                     {x["event_id"] for x in store.mentions_of(m["id"])}}
            assert not (any("55 officials" in t for t in texts) and any("60 Russian" in t for t in texts))


def test_recoding_a_document_replaces_its_rows(pipeline, db_url):
    doc = pipeline.code_text("Britain expels diplomats\n\nBritain expelled 23 Russian diplomats on Wednesday.")
    with Store(db_url) as store:
        store.write([doc], "0.0.1")
        store.write([doc], "0.0.2")
        assert store.counts()["documents"] == 1
        assert store.counts()["events"] == len(doc.events) >= 1
        assert store.known([doc.key]) == {doc.key: "0.0.2"}


def test_queries_filter_by_actor_type_root_and_text(pipeline, db_url):
    code_seeds(pipeline, db_url)
    with Store(db_url) as store:
        expel = store.events(source="USA", target="RUS", type="SANCTION")
        assert expel and all(e["plover_type"] == "SANCTION" for e in expel)
        assert all(e["cameo_root"] == "16" for e in store.events(root="16"))
        assert all("diplomat" in e["evidence_text"].lower() for e in store.events(text="diplomat"))
        assert store.events(source="ZZZ") == []


def test_dyad_counts_events_by_quad_class(pipeline, db_url):
    code_seeds(pipeline, db_url)
    with Store(db_url) as store:
        rows = dyad_series(store, "USA", "RUS", "year")
    assert {r["direction"] for r in rows} <= {"USA->RUS", "RUS->USA"}
    usa_rus = [r for r in rows if r["direction"] == "USA->RUS"]
    assert sum(r["events"] for r in usa_rus) >= 5
    for r in rows:
        assert r["events"] == r["verbal_coop"] + r["material_coop"] + r["verbal_conflict"] + r["material_conflict"]
        assert -10 <= r["mean_goldstein"] <= 10


def test_exports_in_every_format(pipeline, db_url, tmp_path):
    code_seeds(pipeline, db_url)
    with Store(db_url) as store:
        n_events = store.counts()["events"]
        n_merged = store.counts()["merged_events"]
        assert export(store, "jsonl", tmp_path / "e.jsonl") == n_events
        assert export(store, "csv", tmp_path / "e.csv") == n_events
        assert export(store, "parquet", tmp_path / "e.parquet") == n_events
        assert export(store, "gdelt", tmp_path / "e.tsv") == n_merged
        assert export(store, "jsonl", tmp_path / "m.jsonl", table="merged") == n_merged
    lines = [json.loads(line) for line in (tmp_path / "e.jsonl").open()]
    assert {"evidence_text", "cameo_code", "source_code"} <= set(lines[0])
    assert len(list(csv.DictReader((tmp_path / "e.csv").open()))) == n_events
    assert duckdb.connect().execute(f"SELECT count(*) FROM '{tmp_path / 'e.parquet'}'").fetchone()[0] == n_events
    gdelt = [row.split("\t") for row in (tmp_path / "e.tsv").read_text().splitlines()]
    assert len(gdelt) == n_merged and all(len(r) == len(GDELT_COLUMNS) == 61 for r in gdelt)
    sixty = [r for r in gdelt if r[GDELT_COLUMNS.index("NumSources")] == "2"]
    assert sixty and sixty[0][GDELT_COLUMNS.index("EventRootCode")] == "16"
    # dates and places travel into every export
    seattle = next(r for r in csv.DictReader((tmp_path / "e.csv").open()) if r["location_name"] == "Seattle")
    assert (seattle["date"], seattle["location_country"], seattle["location_admin1"]) == ("2018-03-26", "USA", "WA")
    helsinki = next(r for r in gdelt if r[GDELT_COLUMNS.index("ActionGeo_FullName")] == "Helsinki")
    assert helsinki[GDELT_COLUMNS.index("SQLDATE")] == "20180716"
    assert helsinki[GDELT_COLUMNS.index("ActionGeo_CountryCode")] == "FIN"


def test_status_who_tells_it_and_how_many_are_stored(pipeline, db_url):
    code_seeds(pipeline, db_url)
    with Store(db_url) as store:
        events = store.events()
    sixty = next(e for e in events if e["quantity_text"] == "60 Russian diplomats" and e["status"] == "reported")
    assert (sixty["status_cue_text"], sixty["quantity_value"]) == ("Per", 60)
    herbst = next(e for e in events if e["reported_by_name"] == "John Herbst")
    assert (herbst["status"], herbst["target_country"]) == ("reported", "UKR")
    assert {e["status"] for e in events} >= {"asserted", "reported", "alleged", "future", "hypothetical"}


def test_places_are_listed_with_their_events(pipeline, db_url):
    code_seeds(pipeline, db_url)
    with Store(db_url) as store:
        rows = store.places()
        old = store.counts()
    places = {p["name"]: p for p in rows if p["feature"] != "admin1"}  # 'Washington' the state is a row too
    assert places["Seattle"]["events"] == 1 and places["Seattle"]["admin1"] == "WA"
    assert places["Bagram Airfield"]["feature"] == "facility"
    assert "Vladimir" not in places  # a first name, not the Russian city
    assert old["places"] == sum(p["mentions"] for p in rows)


def test_a_database_of_another_schema_is_refused_with_a_message(tmp_path):
    path = tmp_path / "old.duckdb"
    with Store(path) as store:
        store.db.execute("UPDATE tidings_meta SET value = '1' WHERE key = 'schema_version'")
    with pytest.raises(SchemaMismatch, match="schema 1"):
        Store(path)


def test_every_table_is_in_the_schema(db_url):
    with Store(db_url) as store:
        assert set(store.counts()) == set(TABLES)
