"""`tidings serve`'s JSON API over a real store coded from the sample articles: every endpoint
answers what the command line answers, pages and downloads cover the filtered set, and a bad
or hostile request gets a 4xx that says why, never a 500."""

import csv
import io
import json
import shutil
import subprocess
import sys

import duckdb
import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from helpers import SEEDS
from tidings.cli import app as cli
from tidings.queries import dyad_series
from tidings.serve import create_app
from tidings.store import Store


@pytest.fixture(scope="session")
def client(seeds_db):
    with TestClient(create_app(seeds_db), raise_server_exceptions=False) as c:
        yield c


@pytest.fixture(scope="session")
def store(seeds_db):
    with Store(seeds_db, read_only=True) as s:
        yield s


def ids(items):
    return [r["id"] for r in items]


def get_all(client, url):
    r = client.get(url)
    assert r.status_code == 200, r.text
    return r.json()


# --- events ----------------------------------------------------------------------------------

def test_the_events_list_holds_every_stored_event(client, store):
    page = get_all(client, "/api/events?limit=1000")
    assert page["total"] == len(store.events()) == len(page["items"]) > 30
    assert set(ids(page["items"])) == {e["id"] for e in store.events()}
    assert page["next"] is None
    first = page["items"][0]
    assert first["record"] == "event" and {"evidence", "cameo", "plover", "status", "date", "location"} <= set(first)


FILTERS = [
    {"source": "USA"}, {"target": "RUS"}, {"source": "RUSGOV"}, {"type": "SANCTION"}, {"root": "16"},
    {"status": "alleged"}, {"since": "2018"}, {"until": "2016-12"}, {"since": "2018-03-01", "until": "2018-03-31"},
    {"text": "diplomat"}, {"source": "USA", "target": "RUS", "type": "SANCTION"}, {"source": "ZZZ"},
]


@pytest.mark.parametrize("filters", FILTERS, ids=lambda f: "&".join(f"{k}={v}" for k, v in f.items()))
def test_each_filter_selects_what_tidings_events_selects(client, store, filters):
    query = "&".join(f"{k}={v}" for k, v in filters.items())
    events = get_all(client, f"/api/events?limit=1000&{query}")
    assert set(ids(events["items"])) == {e["id"] for e in store.events(**filters)}
    merged = get_all(client, f"/api/events?limit=1000&merged=true&{query}")
    assert set(ids(merged["items"])) == {m["id"] for m in store.merged(**filters)}


def test_some_filters_match_and_some_do_not(client):
    assert get_all(client, "/api/events?source=USA&target=RUS")["total"] > 5
    assert get_all(client, "/api/events?source=ZZZ")["total"] == 0


def test_the_doc_filter_lists_one_documents_events(client, store):
    doc = store.events()[0]["doc_id"]
    page = get_all(client, f"/api/events?limit=1000&doc={doc}")
    assert page["total"] == len(store.events(doc)) and {e["doc_id"] for e in page["items"]} == {doc}


def test_merged_events_count_their_sources(client):
    page = get_all(client, "/api/events?merged=true&limit=1000&sort=-n_sources")
    top = page["items"][0]
    assert top["n_sources"] == 2 and len({m["doc_id"] for m in top["mentions"]}) == 2
    assert [m["n_sources"] for m in page["items"]] == sorted((m["n_sources"] for m in page["items"]), reverse=True)


def test_pages_cover_the_filtered_set_once(client):
    seen, offset = [], 0
    while offset is not None:
        page = get_all(client, f"/api/events?source=USA&limit=7&offset={offset}&sort=date")
        assert len(page["items"]) <= 7
        seen += ids(page["items"])
        offset = page["next"]
    assert len(seen) == len(set(seen)) == get_all(client, "/api/events?source=USA")["total"]


def test_a_page_past_the_end_is_empty(client):
    page = get_all(client, "/api/events?offset=100000")
    assert page["items"] == [] and page["next"] is None and page["total"] > 0


def test_the_limit_has_a_ceiling(client):
    assert len(get_all(client, "/api/events?limit=1000")["items"]) <= 1000
    r = client.get("/api/events?limit=1001")
    assert r.status_code == 422 and "limit" in r.json()["error"] and "1000" in r.json()["error"]
    assert client.get("/api/events?limit=0").status_code == 422


def test_sorting_by_goldstein_descending(client):
    values = [e["cameo"]["goldstein"] for e in get_all(client, "/api/events?limit=1000&sort=-goldstein")["items"]]
    assert values == sorted(values, reverse=True) and values[0] > values[-1]


def test_sorting_by_date_puts_undated_events_last(client):
    dates = [e["date"]["value"] if e["date"] else None for e in get_all(client, "/api/events?limit=1000")["items"]]
    dated = [d for d in dates if d]
    assert dated == sorted(dated) and dates[:len(dated)] == dated


def test_sorting_by_a_field_not_on_the_list_is_refused_with_the_list(client):
    r = client.get("/api/events?sort=evidence_text")
    assert r.status_code == 400 and "goldstein" in r.json()["error"]


def test_the_filtered_set_downloads_as_csv_jsonl_and_parquet(client, tmp_path):
    total = get_all(client, "/api/events?source=USA")["total"]
    r = client.get("/api/events?source=USA&format=csv")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert "attachment" in r.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert len(rows) == total and all(row["source_country"] == "USA" or row["source_code"].startswith("USA")
                                      for row in rows)
    lines = client.get("/api/events?source=USA&format=jsonl").text.splitlines()
    assert len(lines) == total and json.loads(lines[0])["id"]
    out = tmp_path / "events.parquet"
    out.write_bytes(client.get("/api/events?source=USA&format=parquet").content)
    assert duckdb.connect().execute(f"SELECT count(*) FROM '{out}'").fetchone()[0] == total
    merged = client.get("/api/events?merged=true&format=csv")
    assert len(list(csv.DictReader(io.StringIO(merged.text)))) == get_all(client, "/api/events?merged=true")["total"]


def test_one_event_carries_its_evidence_in_its_document(client, store):
    row = store.events(doc_id="wire-1", text="60 Russian diplomats")[0]
    e = get_all(client, f"/api/events/{row['id']}")
    text = e["document"]["text"]
    assert text[e["evidence"]["start"]:e["evidence"]["end"]] == e["evidence"]["text"]
    assert text[e["trigger"]["start"]:e["trigger"]["end"]] == e["trigger"]["text"]
    assert e["merged"]["n_sources"] == 2 and row["id"] in {s["event_id"] for s in e["merged"]["sources"]}


def test_a_merged_event_shows_its_sources_side_by_side(client, store):
    row = store.events(doc_id="wire-1", text="60 Russian diplomats")[0]
    merged_id = get_all(client, f"/api/events/{row['id']}")["merged"]["id"]
    m = get_all(client, f"/api/merged/{merged_id}")
    assert {s["doc_id"][:3] for s in m["sources"]} == {"001", "wir"}
    for s in m["sources"]:
        assert s["document"]["text"][s["evidence"]["start"]:s["evidence"]["end"]] == s["evidence"]["text"]


def test_a_document_gives_every_mention_as_a_span_of_its_text(client, store):
    doc = store.events()[0]["doc_id"]
    d = get_all(client, f"/api/documents/{doc}")
    kinds = {m["mention"] for m in d["mentions"]}
    assert kinds == {"event", "actor", "quote", "place", "date"}
    for m in d["mentions"]:
        assert d["text"][m["start"]:m["end"]] == m["text"], m
    assert len(d["events"]) == len(store.events(doc))
    assert get_all(client, f"/api/documents/{d['doc_key']}")["doc_id"] == doc


def test_unknown_ids_are_404(client):
    for url in ("/api/events/0000000000000000", "/api/merged/0000000000000000", "/api/documents/nothing"):
        r = client.get(url)
        assert r.status_code == 404 and "no " in r.json()["error"]


# --- charts and lists --------------------------------------------------------------------------

def test_the_dyad_series_is_what_tidings_dyad_prints(client, seeds_db, store, tmp_path):
    api = get_all(client, "/api/dyad?a=USA&b=RUS&by=year")
    assert api["series"] == dyad_series(store, "USA", "RUS", "year") and api["series"]
    copy = tmp_path / "copy.duckdb"  # the CLI opens its store for writing, which the served one refuses
    shutil.copy(seeds_db, copy)
    out = CliRunner().invoke(cli, ["dyad", "USA", "RUS", "--by", "year", "--db", str(copy), "-f", "jsonl"])
    assert [json.loads(line) for line in out.stdout.splitlines()] == api["series"]


def test_the_timeline_counts_every_event_once(client):
    for by in ("day", "week", "month"):
        t = get_all(client, f"/api/timeline?by={by}&source=USA")
        total = get_all(client, "/api/events?source=USA")["total"]
        assert sum(r["events"] for r in t["series"]) + t["imprecise"] == total
    weeks = get_all(client, "/api/timeline?by=week")["series"]
    assert all("-W" in r["period"] and r["quad_class"] in (1, 2, 3, 4) for r in weeks)


def test_network_edges_count_the_events_of_each_dyad(client, store):
    net = get_all(client, "/api/network")
    usa_rus = next(e for e in net["edges"] if (e["source"], e["target"]) == ("USA", "RUS"))
    assert usa_rus["events"] == len([e for e in store.events(source="USA", target="RUS")
                                     if e["source_country"] == "USA" and e["target_country"] == "RUS"])
    assert {n["id"] for n in net["nodes"]} == {e["source"] for e in net["edges"]} | {e["target"] for e in net["edges"]}


def test_the_map_places_events_with_coordinates(client, store):
    places = get_all(client, "/api/map")["places"]
    located = [e for e in store.events() if e["location_lat"] is not None]
    assert sum(p["events"] for p in places) == len(located)
    assert all(-90 <= p["lat"] <= 90 and -180 <= p["lon"] <= 180 for p in places)
    assert get_all(client, "/api/map?type=SANCTION")["places"] != places


def test_actors_quotes_and_places_are_the_clis_lists_in_pages(client, store):
    assert get_all(client, "/api/actors?limit=1000")["items"] == store.actors()
    people = get_all(client, "/api/actors?kind=person&country=USA&limit=5")
    americans = store.actors("USA", "person")
    assert people["items"] == americans[:5] and people["total"] == len(americans)
    assert get_all(client, "/api/quotes?speaker=Trump&limit=1000")["items"] == store.quotes("Trump")
    assert get_all(client, "/api/quotes?fragments=true")["total"] == len(store.quotes(fragments=True))
    assert get_all(client, "/api/places?limit=1000&country=GBR")["items"] == store.places("GBR")
    assert get_all(client, "/api/places?limit=2&offset=2")["items"] == store.places()[2:4]


def test_status_counts_documents_and_events(client, store):
    s = get_all(client, "/api/status")
    assert s["documents"] == store.status()
    assert sum(r["events"] for r in s["events"]) == len(store.events())
    assert {r["status"] for r in get_all(client, "/api/status?status=alleged")["events"]} == {"alleged"}


def test_the_openapi_page_documents_every_endpoint_and_none_writes(client):
    spec = get_all(client, "/openapi.json")
    paths = set(spec["paths"])
    assert {"/api/events", "/api/events/{event_id}", "/api/merged/{merged_id}", "/api/documents/{doc_id}",
            "/api/dyad", "/api/timeline", "/api/network", "/api/map", "/api/actors", "/api/quotes", "/api/places",
            "/api/status"} <= paths
    assert {m for p in spec["paths"].values() for m in p} == {"get"}
    assert client.get("/docs").status_code == 200
    assert "vega-embed" in client.get("/").text
    assert client.get("/static/vendor/vega-lite.min.js").status_code == 200


def test_the_store_is_opened_read_only(client):
    with client.app.state.pool.store() as store, pytest.raises(Exception, match="read-only"):
        store.db.execute("DELETE FROM events")


def test_serving_reads_postgresql_read_only(pipeline, postgres_server):
    import psycopg

    with psycopg.connect(f"{postgres_server}/postgres", autocommit=True) as con:
        con.execute("CREATE DATABASE serve_ro")
    url = f"{postgres_server}/serve_ro"
    with Store(url) as store:
        list(pipeline.code_into(store, pipeline.read([SEEDS])))
        n = len(store.events())
    with TestClient(create_app(url), raise_server_exceptions=False) as c:
        assert get_all(c, "/api/events?limit=1000")["total"] == n
        assert get_all(c, "/api/timeline?by=week")["series"]
        with c.app.state.pool.store() as store, pytest.raises(Exception, match="read-only"):
            store.db.execute("DELETE FROM events")


# --- hostile and mistaken requests -----------------------------------------------------------

HOSTILE = [
    "/api/events?limit=100000", "/api/events?limit=-1", "/api/events?limit=abc", "/api/events?limit=1.5",
    "/api/events?offset=-5", "/api/events?offset=1e9", "/api/events?offset=99999999999999999999",
    "/api/events?sort=password", "/api/events?sort=date;DROP%20TABLE%20events", "/api/events?sort=-",
    "/api/events?sort=evidence_text", "/api/events?source=USA'%20OR%20'1'='1", "/api/events?source=USA%00",
    "/api/events?target=%3Cscript%3Ealert(1)%3C/script%3E", "/api/events?type=SANCTION)%20OR%201=1%20--",
    "/api/events?root=16%20OR%201=1", "/api/events?root=999", "/api/events?status=asserted'--",
    "/api/events?since=2018-01-01'%20OR%20'a'='a", "/api/events?until=tomorrow", "/api/events?since=9999-99-99",
    "/api/events?text='%3B%20DROP%20TABLE%20events%3B%20--", "/api/events?text=%25'%20OR%201=1%20--",
    "/api/events?text=" + "x" * 201, "/api/events?text=%F0%9F%92%A3", "/api/events?source=%C3%A9",
    "/api/events?merged=maybe", "/api/events?format=exe", "/api/events?format=../../etc/passwd",
    "/api/events?doc=../../etc/passwd", "/api/events?doc=x&merged=true", "/api/events?foo=bar",
    "/api/events?source=USA&source=RUS", "/api/events?" + "&".join(f"p{i}=1" for i in range(300)),
    "/api/events/..%2F..%2Fetc%2Fpasswd", "/api/events/%2e%2e", "/api/events/'%20OR%201=1%20--",
    "/api/events/" + "a" * 500, "/api/documents/..%2f..%2fetc%2fpasswd", "/api/documents/%00",
    "/api/documents/C:%5Cwindows", "/api/merged/;DROP", "/api/dyad", "/api/dyad?a=USA&b=RUS'",
    "/api/dyad?a=USA&b=RUS&by=century", "/api/dyad?a=USA&b=RUS&a=GBR", "/api/timeline?by=year",
    "/api/timeline?by=hour&source=USA", "/api/network?limit=5", "/api/map?source=;--", "/api/actors?country=USA'",
    "/api/actors?kind=1=1", "/api/actors?limit=1001", "/api/quotes?speaker=" + "x" * 101,
    "/api/quotes?speaker='%20OR%201=1%20--", "/api/quotes?fragments=yes", "/api/places?country=GBRR",
    "/api/places?country=../", "/static/..%2f..%2fetc/passwd", "/static/%2e%2e/%2e%2e/pyproject.toml",
    "/static/../../../../etc/passwd", "/api/../../etc/passwd", "/api/status?merged=1", "/api/nonexistent",
    "/api/events?since=2018-01-01&until=2017",
]


def test_there_are_at_least_fifty_hostile_requests():
    assert len(HOSTILE) >= 50


@pytest.mark.parametrize("url", HOSTILE)
def test_a_hostile_request_is_refused_or_harmless_never_a_500(client, store, url):
    before = store.counts()
    r = client.get(url)
    assert r.status_code == 200 or 400 <= r.status_code < 500, (r.status_code, r.text[:300])
    assert "Traceback" not in r.text and 'File "' not in r.text
    if r.status_code >= 400 and r.headers.get("content-type", "").startswith("application/json"):
        assert r.json()["error"]
    assert store.counts() == before


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_nothing_can_be_written(client, method):
    for url in ("/api/events", "/api/events/0000000000000000", "/api/documents/x"):
        assert getattr(client, method)(url).status_code == 405


def test_a_bad_parameter_is_named_in_the_message(client):
    r = client.get("/api/events?source=USA'--")
    assert r.status_code == 422 and r.json()["error"].startswith("source:")
    r = client.get("/api/events?colour=red")
    assert r.status_code == 400 and "'colour'" in r.json()["error"] and "source" in r.json()["error"]


# --- the command ------------------------------------------------------------------------------

def test_tidings_serve_loads_no_spacy():
    code = "import sys, tidings.cli, tidings.serve.app; sys.exit('spacy' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


def test_tidings_serve_refuses_a_missing_database(tmp_path):
    out = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "none.duckdb")])
    assert out.exit_code == 2 and "no database at" in out.output


def test_tidings_serve_refuses_a_database_that_is_not_a_store(tmp_path):
    other = tmp_path / "other.duckdb"
    duckdb.connect(str(other)).execute("CREATE TABLE t (x INTEGER)").close()
    out = CliRunner().invoke(cli, ["serve", "--db", str(other)])
    assert out.exit_code == 2 and "no tidings store" in out.output
