"""The store keeps every document exactly once, merges events, answers queries and
exports; each test runs on DuckDB and on PostgreSQL (see conftest.db_url)."""

import csv
import json

import duckdb
import pytest

from helpers import SEEDS, wire_report
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


def _published(day: str):
    from tidings.records import TimeValue

    return TimeValue(day, "day", source="metadata")


def test_the_us_expulsion_of_60_diplomats_is_one_event_with_two_sources(pipeline, db_url):
    # the seeds' BBC report (2 April 2018: '60 Russian diplomats last week') and a wire report the
    # day after the expulsion tell one event; the seeds' 2020 retrospective, undated, is too far off
    code_seeds(pipeline, db_url)
    with Store(db_url) as store:
        store.write([wire_report(pipeline)], "0.1.0")
        texts = {e["id"]: e["evidence_text"] for e in store.events()}
        merged = [m for m in store.merged(source="USA", target="RUS", root="16")
                  if any("60 Russian diplomats" in texts[x["event_id"]] for x in store.mentions_of(m["id"]))
                  and any(x["doc_id"] == "wire-1" for x in store.mentions_of(m["id"]))]
        assert len(merged) == 1
        sixty = merged[0]
        assert sixty["n_sources"] == 2 and sixty["n_mentions"] >= 2
        assert {m["doc_id"][:3] for m in store.mentions_of(sixty["id"])} == {"001", "wir"}


def test_undated_reports_are_one_event_only_when_published_within_the_window(pipeline, db_url):
    text = "Britain expels diplomats\n\nBritain has expelled 23 Russian diplomats."
    days = {"bbc": "2018-03-14", "sky": "2018-03-16", "bbc-next-year": "2019-03-14"}
    docs = [pipeline.code_text(text.replace("Britain has", f"Britain ({name}) has"), doc_id=name,
                               published=_published(day)) for name, day in days.items()]
    assert all(d.events and all(e.date is None or e.date.precision == "on_or_before" for e in d.events)
               for d in docs)
    with Store(db_url) as store:
        store.write(docs, "0.1.0")
        sources = {frozenset(x["doc_id"] for x in store.mentions_of(m["id"])) for m in store.merged(root="16")}
    assert frozenset({"bbc", "sky"}) in sources and frozenset({"bbc-next-year"}) in sources


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
        store.write([wire_report(pipeline)], "0.1.0")
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


def test_a_stored_actor_keeps_the_cue_for_its_country_and_its_gender(pipeline, db_url):
    doc = pipeline.code_text("Headline\n\nProtesters set fire to two police trucks, according to Alla Mahmoud, a "
                             "spokesman for the Egyptian Interior Ministry. She said 20 were arrested.", "cairo")
    with Store(db_url) as store:
        store.write([doc], "test")
        rows = store.query("SELECT text, country, cue, gender FROM actors WHERE doc_id = 'cairo' ORDER BY mention")
    mahmoud = next(r for r in rows if r["text"] == "Alla Mahmoud")
    assert (mahmoud["country"], mahmoud["cue"], mahmoud["gender"]) == ("EGY", "appositive", "f")
    assert {r["cue"] for r in rows if r["text"] != "Alla Mahmoud"} <= {"table", "name", None}


def test_a_store_of_schema_5_is_upgraded_in_place_and_keeps_its_rows(pipeline, tmp_path):
    path = tmp_path / "v5.duckdb"
    with Store(path) as store:
        list(pipeline.code_into(store, pipeline.read([SEEDS])))
        stored = store.counts()
        merged = sorted((m["id"], m["merge_block"]) for m in store.query("SELECT * FROM merged_events"))
        store.db.execute("UPDATE merged_events SET merge_block = id")  # schema 5 named blocks otherwise
        store.db.execute("ALTER TABLE actors DROP COLUMN cue")
        store.db.execute("ALTER TABLE actors DROP COLUMN gender")
        store.db.execute("UPDATE tidings_meta SET value = '5' WHERE key = 'schema_version'")
    with pytest.raises(SchemaMismatch, match="Open it once for writing"):
        Store(path, read_only=True)  # a reader cannot upgrade it
    with Store(path) as store:
        assert store.counts() == stored
        assert store.query("SELECT value FROM tidings_meta WHERE key = 'schema_version'")[0]["value"] == "7"
        assert store.query("SELECT count(*) AS n FROM actors WHERE cue IS NOT NULL")[0]["n"] == 0  # not re-coded
        # merged again into the blocks of this schema's merge
        assert sorted((m["id"], m["merge_block"]) for m in store.query("SELECT * FROM merged_events")) == merged
    with Store(path, read_only=True) as store:
        assert store.counts() == stored


def test_every_table_is_in_the_schema(db_url):
    with Store(db_url) as store:
        assert set(store.counts()) == set(TABLES)


# --- document identity: a doc_id names a document, a text's hash keys its content -----------

def test_a_changed_article_recoded_under_its_id_leaves_one_document_and_none_of_the_old_events(pipeline, db_url):
    old = pipeline.code_text("Britain expels diplomats\n\nBritain expelled 23 Russian diplomats on Wednesday.",
                             doc_id="bbc-1")
    new = pipeline.code_text("Britain expels diplomats\n\nBritain expelled 23 Russian diplomats on Wednesday. "
                             "Russia expelled 23 British diplomats on Saturday.", doc_id="bbc-1")
    other = pipeline.code_text("UK expels envoys\n\nThe UK expelled 23 Russian diplomats on Wednesday.",
                               doc_id="guardian-1")
    assert old.key != new.key and old.events and len(new.events) > len(old.events)
    with Store(db_url) as store:
        store.write([old, other], "0.1.0")
        before = {m["id"]: m["n_sources"] for m in store.merged(source="GBR", root="16")}
        assert max(before.values()) == 2  # the two reports of the expulsion are one event
        store.write([new], "0.1.0")
        docs = store.query("SELECT doc_key, doc_id FROM documents ORDER BY doc_id")
        assert [(d["doc_id"], d["doc_key"]) for d in docs] == [("bbc-1", new.key), ("guardian-1", other.key)]
        for table in ("events", "actors", "places", "timexes", "quotes", "event_sources"):
            assert store.query(f"SELECT count(*) AS n FROM {table} WHERE doc_key = ?", [old.key])[0]["n"] == 0
        assert sorted(e["id"] for e in store.events(doc_id="bbc-1")) == sorted(e.id for e in new.events)
        # the new version's expulsion merges with the other outlet's, counted once per document
        merged = store.merged(source="GBR", root="16")
        assert max(m["n_sources"] for m in merged) == 2
        assert sum(m["n_mentions"] for m in store.merged()) == store.counts()["events"]


def test_the_same_text_under_two_ids_is_coded_once(pipeline, db_url):
    text = "Britain expels diplomats\n\nBritain expelled 23 Russian diplomats on Wednesday."
    first, second = pipeline.code_text(text, doc_id="a"), pipeline.code_text(text, doc_id="b")
    assert first.key == second.key
    with Store(db_url) as store:
        results = list(pipeline.code_into(store, [first]))
        results += list(pipeline.code_into(store, [second]))
        assert [skipped for _, skipped in results] == [False, True]
        assert store.counts()["documents"] == 1


# --- the merge: batch by batch, in any order, the clusters of merging everything at once ---

def _clusters(store) -> set[frozenset[str]]:
    groups: dict[str, set[str]] = {}
    for r in store.query("SELECT merged_id, event_id FROM event_sources"):
        groups.setdefault(r["merged_id"], set()).add(r["event_id"])
    return {frozenset(g) for g in groups.values()}


def _merged_rows(store) -> list[dict]:
    return store.query("SELECT * FROM merged_events ORDER BY id")


def test_merging_one_document_at_a_time_in_any_order_gives_the_clusters_of_one_batch(pipeline, db_url, tmp_path):
    import random

    from helpers import CORPUS
    from tidings import ingest

    rows = [json.loads(line) for _, line in zip(range(40), (CORPUS / "ag_world.jsonl").open())]
    docs = list(pipeline.code_paths([SEEDS])) + list(pipeline.run(ingest.from_record(r, r["id"]) for r in rows))
    with Store(tmp_path / "at_once.duckdb") as store:
        store.write(docs, "0.1.0")
        at_once, rows = _clusters(store), _merged_rows(store)
    random.Random(3).shuffle(docs)
    with Store(db_url) as store:
        for d in docs:
            store.write([d], "0.1.0")
        assert _clusters(store) == at_once
        # every merged event as one batch writes it: those a batch left as they were too
        assert _merged_rows(store) == rows
        assert len(at_once) < store.counts()["events"]  # some events did merge


def _retold(doc, n: int):
    """The same report once more under a new id: its events fall in the same merge blocks."""
    import copy

    d = copy.copy(doc)
    d.doc_id, d._key = f"{doc.doc_id}~{n}", f"{doc.key}~{n}"
    d.events = [copy.copy(e) for e in doc.events]
    for e in d.events:
        e.id, e.doc_id = f"{e.id}~{n}", d.doc_id
    d.quotes = []
    return d


def test_a_writer_that_remembers_its_blocks_merges_as_one_that_reads_them(pipeline, tmp_path, monkeypatch):
    """The one writer of a DuckDB store keeps the blocks it merged in memory (store/blocks.py);
    holding only a few of them, reopened, or sharing the file with a second writer, it must
    merge exactly as a store that writes everything at once."""
    from tidings.store import blocks

    seeds = list(pipeline.code_paths([SEEDS]))
    report = next(d for d in seeds if len(d.events) >= 3)
    docs = [d for d in seeds if d is not report]
    at_once = []
    for n in (1, 5):
        with Store(tmp_path / f"at_once_{n}.duckdb") as store:
            store.write([report, *docs, *(_retold(report, k) for k in range(1, n + 1))], "0.1.0")
            at_once.append(_clusters(store))
    path = tmp_path / "remembering.duckdb"
    monkeypatch.setattr(blocks, "LIMIT", 2)  # the report's blocks are let go while the others are written
    with Store(path) as store:
        store.write([report], "0.1.0")
        for d in docs:
            store.write([d], "0.1.0")
        store.write([_retold(report, 1)], "0.1.0")
        assert _clusters(store) == at_once[0]
    monkeypatch.setattr(blocks, "LIMIT", 10**6)
    with Store(path) as one, Store(path) as other:  # reopened, then two writers taking turns
        for n, writer in zip(range(2, 6), (one, one, other, one)):
            writer.write([_retold(report, n)], "0.1.0")
        assert _clusters(one) == at_once[1]


# --- reading: a store opened read-only, without the model -------------------------------

def test_a_missing_store_is_refused_and_not_created(tmp_path):
    import subprocess
    import sys

    from tidings.store import StoreNotFound

    typo = tmp_path / "typo.duckdb"
    with pytest.raises(StoreNotFound, match="no database"):
        Store(typo, read_only=True)
    result = subprocess.run([sys.executable, "-m", "tidings", "events", "--db", str(typo)], capture_output=True,
                            text=True)
    assert result.returncode == 2 and "no database" in result.stderr and "Traceback" not in result.stderr
    assert not typo.exists()


def test_commands_that_read_the_store_do_not_load_spacy(pipeline, tmp_path):
    import subprocess
    import sys

    db = tmp_path / "t.duckdb"
    with Store(db) as store:
        store.write([pipeline.code_text("Britain expels diplomats\n\nBritain expelled 23 Russian diplomats.")],
                    "0.1.0")
    for command in (["status"], ["events"], ["dyad", "GBR", "RUS"], ["places"], ["quotes"], ["actors"],
                    ["export", str(tmp_path / "e.csv"), "-f", "csv"]):
        result = subprocess.run([sys.executable, "-X", "importtime", "-m", "tidings", *command, "--db", str(db)],
                                capture_output=True, text=True)
        assert result.returncode == 0, result.stderr[-500:]
        imported = {line.split("|")[-1].strip().split(".")[0] for line in result.stderr.splitlines()
                    if line.startswith("import time:")}
        assert "spacy" not in imported and "thinc" not in imported, command


def test_a_store_open_read_only_refuses_writes(pipeline, db_url):
    doc = pipeline.code_text("Britain expels diplomats\n\nBritain expelled 23 Russian diplomats.")
    with Store(db_url) as store:
        store.write([doc], "0.1.0")
    with Store(db_url, read_only=True) as store, pytest.raises(Exception):
        store.write([pipeline.code_text("Headline\n\nFrance expelled four Russian diplomats.")], "0.1.0")
    with Store(db_url, read_only=True) as store:
        assert store.counts()["documents"] == 1


# --- exports: typed, every date precision, never a half-written file ---------------------

def test_parquet_exports_keep_coordinates_and_offsets_as_numbers(pipeline, db_url, tmp_path):
    code_seeds(pipeline, db_url)
    with Store(db_url, read_only=True) as store:
        export(store, "parquet", tmp_path / "e.parquet")
    types = {r[0]: r[1] for r in duckdb.connect().execute(f"DESCRIBE SELECT * FROM '{tmp_path / 'e.parquet'}'")
             .fetchall()}
    assert types["location_lat"] == types["location_lon"] == types["goldstein"] == "DOUBLE"
    assert types["evidence_start"] == "INTEGER" and types["caption"] == "BOOLEAN"
    seattle = duckdb.connect().execute(f"SELECT location_lat, location_lon FROM '{tmp_path / 'e.parquet'}' "
                                       "WHERE location_name = 'Seattle'").fetchone()
    assert 47 < seattle[0] < 48 and -123 < seattle[1] < -122


def test_gdelt_rows_have_61_columns_and_dates_at_every_precision(pipeline, tmp_path):
    from tidings.export import gdelt_dates

    db = tmp_path / "t.duckdb"
    code_seeds(pipeline, db)
    dates = [("2018-03-26", "day", "20180326", "201803", "2018"), ("2012-W44", "week", "20121029", "201210", "2012"),
             ("2018-03", "month", "20180301", "201803", "2018"), ("1986", "year", "19860101", "198601", "1986"),
             ("1980s", "decade", "19800101", "198001", "1980"),
             ("2018-03-01/2018-04-15", "range", "20180301", "201803", "2018"),
             ("2018-04-02", "on_or_before", "20180402", "201804", "2018"), (None, None, "", "", "")]
    with Store(db) as store:
        ids = [r["id"] for r in store.query("SELECT id FROM merged_events ORDER BY id")][:len(dates)]
        for mid, (value, precision, *_) in zip(ids, dates):
            store.db.execute("UPDATE merged_events SET date = ?, date_precision = ?, evidence_text = ? WHERE id = ?",
                             [value, precision, "a\ttab and a\nline break", mid])
        n = export(store, "gdelt", tmp_path / "g.tsv")
        by_date = {(r["date"], r["date_precision"]): r for r in store.merged()}
    rows = [line.split("\t") for line in (tmp_path / "g.tsv").read_text().splitlines()]
    assert len(rows) == n and all(len(r) == 61 for r in rows)
    col = GDELT_COLUMNS.index
    for value, precision, sqldate, month, year in dates:
        assert gdelt_dates(value, precision)[:3] == (sqldate, month, year)
        url = by_date[(value, precision)]["url"] or by_date[(value, precision)]["first_doc_id"]
        assert any(r[col("SQLDATE")] == sqldate and r[col("SOURCEURL")] == url for r in rows)
    assert gdelt_dates("2018-07-02", "day")[3] == "2018.4986"  # 182 of 365 days gone


@pytest.fixture(scope="module")
def big_store(pipeline, tmp_path_factory):
    """The seeds' rows, repeated under new ids: a store large enough to take a while to export."""
    path = tmp_path_factory.mktemp("big") / "big.duckdb"
    code_seeds(pipeline, path)
    copies = 1000
    with Store(path) as store:
        for table in ("events", "merged_events"):
            store.db.execute(f"INSERT INTO {table} SELECT x.* REPLACE (x.id || '-' || t.i AS id) FROM {table} x, "
                             f"range({copies}) t(i)")
    return path


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet", "gdelt"])
def test_killing_an_export_leaves_the_previous_file_intact(big_store, tmp_path, fmt):
    import os
    import shutil
    import signal
    import subprocess
    import sys

    db = tmp_path / "big.duckdb"
    shutil.copy(big_store, db)
    out = tmp_path / f"out.{fmt}"
    out.write_bytes(b"the previous export\n")
    proc = subprocess.Popen([sys.executable, "-m", "tidings", "export", str(out), "-f", fmt, "--db", str(db)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    tmp = out.with_name(f".{out.name}.tmp-{proc.pid}")
    while not tmp.exists():  # the export has begun writing
        assert proc.poll() is None, "the export ended before its temporary file was seen"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert out.read_bytes() == b"the previous export\n"
    assert subprocess.run([sys.executable, "-m", "tidings", "export", str(out), "-f", fmt, "--db", str(db)],
                          capture_output=True).returncode == 0
    assert out.read_bytes() != b"the previous export\n"
