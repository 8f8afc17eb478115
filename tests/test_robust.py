"""Nothing a user feeds tidings stops a run or eats the machine, and every error says what to do
(issue 19): budgets, per-document failures, the CLI's error style, input by content, filters, output."""

import copy
import json
import os
import signal
import subprocess
import sys
from dataclasses import replace
from itertools import takewhile

import pytest

from tidings import Store, ingest, output, queries
from tidings.cli import StopAfterBatch
from tidings.records import TimeValue
from tidings.settings import Settings

from helpers import SEEDS

GOOD = "The United States expelled 60 Russian diplomats on Monday, the State Department said."


def tidings(*args, cwd=None, env=None):
    return subprocess.run([sys.executable, "-m", "tidings", *args], capture_output=True, text=True, cwd=cwd,
                          timeout=300, env={**os.environ, **(env or {})})


def one_line_error(run):
    """The CLI's error style: one line naming the problem, no traceback."""
    lines = [line for line in run.stderr.splitlines() if line.strip()]
    assert "Traceback" not in run.stderr, run.stderr
    assert len(lines) == 1 and lines[0].startswith("error: "), run.stderr
    return lines[0]


@pytest.fixture
def small(pipeline):
    """The session's pipeline with small budgets, so over-budget documents are cheap to make."""
    p = copy.copy(pipeline)
    p.settings = replace(pipeline.settings, max_sentences=40, max_events=30, max_merge_candidates=10)
    return p


# --- 1. a per-document budget ------------------------------------------------------------

def test_twenty_thousand_repeated_sentences_are_over_budget_and_the_batch_goes_on(pipeline, tmp_path):
    (tmp_path / "a.txt").write_text("Russia expelled US diplomats. " * 20000)
    (tmp_path / "b.txt").write_text(f"Expulsions\n\n{GOOD}")
    with Store(tmp_path / "t.duckdb") as store:
        docs = {d.doc_id: d for d, _ in pipeline.code_into(store, pipeline.read([tmp_path]))}
        assert store.counts()["documents"] == 2
    assert docs["a"].status == "over_budget"
    assert "20,000 sentences" in docs["a"].error and "--max-sentences" in docs["a"].error
    assert docs["b"].ok and docs["b"].events


def test_a_document_with_too_many_events_in_one_merge_key_is_over_budget(small):
    doc = small.code_text("Expulsions\n\n" + " ".join(f"Russia expelled {n} US diplomats." for n in range(2, 22)))
    assert doc.status == "over_budget" and "merge key" in doc.error and not doc.events
    assert small.code_text(f"Expulsions\n\n{GOOD}").ok


def test_a_document_with_too_many_events_is_over_budget(small):
    text = " ".join(f"Russia expelled {n} US diplomats. Britain expelled {n} Russian diplomats. "
                    f"France expelled {n} Iranian diplomats." for n in range(1, 12))
    doc = small.code_text("Expulsions\n\n" + text)
    assert doc.status == "over_budget" and "events" in doc.error and "--max-events" in doc.error


def test_the_budgets_are_settable_from_the_environment(monkeypatch):
    monkeypatch.setenv("TIDINGS_MAX_SENTENCES", "12")
    monkeypatch.setenv("TIDINGS_MAX_MERGE_CANDIDATES", "3")
    s = Settings()
    assert (s.max_sentences, s.max_merge_candidates) == (12, 3)
    monkeypatch.setenv("TIDINGS_MAX_EVENTS", "many")
    with pytest.raises(ValueError, match="TIDINGS_MAX_EVENTS"):
        Settings()


def test_the_budgets_are_settable_from_the_command_line(tmp_path):
    (tmp_path / "a.txt").write_text("Expulsions\n\n" + "Russia expelled US diplomats. " * 30)
    run = tidings("code", str(tmp_path / "a.txt"), "--no-store", "-f", "jsonl", "--max-sentences", "10")
    assert run.returncode == 1
    doc = json.loads(run.stdout.splitlines()[0])
    assert doc["status"] == "over_budget" and "over the budget of 10" in doc["error"]


# --- 2. every document-level failure is the document's status ------------------------------

@pytest.mark.parametrize("published", ["2013-02-30", "2018-02-29", "2018-13-45", "0000-00-00"])
def test_an_impossible_published_date_is_a_status_not_a_crash(pipeline, tmp_path, published):
    lines = [{"id": "before", "text": GOOD, "published": "2018-03-26"},
             {"id": "bad", "text": GOOD.replace("60", "48"), "published": published},
             {"id": "after", "text": GOOD.replace("60", "12"), "date": published}]
    (tmp_path / "batch.jsonl").write_text("\n".join(json.dumps(x) for x in lines))
    with Store(tmp_path / "t.duckdb") as store:
        docs = {d.doc_id: d for d, _ in pipeline.code_into(store, pipeline.read([tmp_path]))}
        assert store.counts()["documents"] == 3
    assert docs["before"].published.value == "2018-03-26"
    for name in ("bad", "after"):
        assert docs[name].ok and docs[name].events
        assert docs[name].published is None or docs[name].published.source != "metadata"
        assert published in docs[name].error and "dropped" in docs[name].error


def test_a_rerun_passes_the_document_that_failed(pipeline, tmp_path):
    (tmp_path / "a.jsonl").write_text(json.dumps({"id": "x", "text": GOOD, "published": "2013-02-30"}) + "\n" +
                                      "{broken\n" + json.dumps({"id": "y", "text": GOOD.replace("60", "7")}))
    with Store(tmp_path / "t.duckdb") as store:
        first = list(pipeline.code_into(store, pipeline.read([tmp_path])))
        again = list(pipeline.code_into(store, pipeline.read([tmp_path])))
        assert store.counts()["documents"] == 3
    assert [d.status for d, _ in first] == ["ok", "bad_json", "ok"]
    assert all(skipped for _, skipped in again)


def test_an_impossible_date_given_through_the_api_fails_only_its_document(pipeline):
    bad = ingest.from_text("bad", f"Expulsions\n\n{GOOD}", published=TimeValue("2013-02-30", "day"))
    good = ingest.from_text("good", f"Expulsions\n\n{GOOD}")
    coded = pipeline.code_batch([bad, good])
    assert coded[0].status.endswith("_error") and "out of range" in coded[0].error
    assert coded[1].ok and coded[1].events


def test_an_impossible_dateline_is_not_read_as_the_publication_date():
    doc = ingest.from_text("d", f"Expulsions\n\nMonday 30 February 2013\n\n{GOOD}")
    assert doc.ok and doc.published is None


def test_a_lone_surrogate_in_jsonl_text_does_not_end_the_batch(pipeline, tmp_path):
    (tmp_path / "a.jsonl").write_text(json.dumps({"id": "s", "title": "Expulsions\ud800",
                                                  "text": f"{GOOD} \ud800 Moscow said it would respond."}))
    (tmp_path / "b.txt").write_text(f"Expulsions\n\n{GOOD.replace('60', '5')}")
    with Store(tmp_path / "t.duckdb") as store:
        docs = {d.doc_id: d for d, _ in pipeline.code_into(store, pipeline.read([tmp_path]))}
        assert store.counts()["documents"] == 2
    assert docs["s"].ok and "\ufffd" in docs["s"].text and docs["s"].events
    assert docs["b"].ok and docs["b"].events


def test_a_stage_that_raises_fails_only_its_document(pipeline, monkeypatch):
    from tidings import quotes

    real = quotes.find

    def find(doc, **options):
        if doc.doc_id == "bad":
            raise RuntimeError("a bug in the quote finder")
        return real(doc, **options)

    monkeypatch.setattr(quotes, "find", find)
    docs = pipeline.code_batch([ingest.from_text(i, f"Expulsions\n\n{GOOD}") for i in ("good", "bad", "also")])
    assert [d.status for d in docs] == ["ok", "quotes_error", "ok"]
    assert "a bug in the quote finder" in docs[1].error


def test_a_document_the_store_refuses_is_kept_as_its_status(pipeline, tmp_path, monkeypatch):
    store = Store(tmp_path / "t.duckdb")
    real = store.write

    def write(docs, version):
        if any(d.doc_id == "bad" and d.ok for d in docs):
            raise RuntimeError("the store cannot take this one")
        return real(docs, version)

    monkeypatch.setattr(store, "write", write)
    docs = [ingest.from_text(i, f"Expulsions\n\n{GOOD.replace('60', str(n))}") for n, i in enumerate(["a", "bad", "c"])]
    coded = {d.doc_id: d for d, _ in pipeline.code_into(store, docs)}
    assert coded["bad"].status == "store_error" and "cannot take" in coded["bad"].error
    assert coded["a"].ok and coded["c"].ok
    assert store.counts()["documents"] == 3
    store.close()


# --- 3. one error style for the whole CLI ------------------------------------------------

def test_a_database_in_a_missing_folder_is_a_one_line_message():
    run = tidings("events", "--db", "/nonexistent/dir/x.duckdb")
    assert run.returncode == 2
    assert "/nonexistent/dir" in one_line_error(run)


def test_an_unreachable_postgresql_server_is_a_one_line_message():
    run = tidings("events", "--db", "postgresql://nobody@127.0.0.1:1/x")
    assert run.returncode == 2
    assert "PostgreSQL" in one_line_error(run)


def test_an_export_into_a_missing_folder_is_a_one_line_message(tmp_path):
    db = tmp_path / "t.duckdb"
    Store(db).close()
    run = tidings("export", "/nonexistent/x.csv", "-f", "csv", "--db", str(db))
    assert run.returncode == 2
    assert "/nonexistent" in one_line_error(run)


def test_an_unknown_model_in_eval_is_a_one_line_message():
    run = tidings("eval", "eval/gold", "--model", "nonexistent", cwd=os.path.dirname(os.path.dirname(__file__)))
    assert run.returncode == 2
    assert "nonexistent" in one_line_error(run)


def test_a_second_writer_on_the_same_duckdb_file_is_a_one_line_message(tmp_path):
    db = tmp_path / "t.duckdb"
    (tmp_path / "a.txt").write_text(f"Expulsions\n\n{GOOD}")
    holder = subprocess.Popen([sys.executable, "-c", "import duckdb, sys; con = duckdb.connect(sys.argv[1]); "
                               "print('ready', flush=True); sys.stdin.read()", str(db)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"  # the first writer holds the file
        run = tidings("code", str(tmp_path / "a.txt"), "--db", str(db))
    finally:
        holder.communicate("")
    assert run.returncode == 2
    assert str(db) in one_line_error(run)


def test_debug_adds_the_traceback():
    run = tidings("events", "--db", "/nonexistent/dir/x.duckdb", "--debug")
    assert run.returncode == 2 and "Traceback" in run.stderr and "error: " in run.stderr


def test_a_bad_option_is_a_usage_error():
    run = tidings("code", "--no-such-option")
    assert run.returncode == 2 and "Traceback" not in run.stderr and "no-such-option" in run.stderr


# --- 4. input by content -------------------------------------------------------------------

@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32", "utf-8-sig"])
def test_a_utf16_or_utf32_file_with_a_bom_is_decoded(tmp_path, encoding):
    raw = f"Expulsions\n\n{GOOD}".encode(encoding)
    if encoding == "utf-16-be":
        raw = b"\xfe\xff" + raw
    (tmp_path / "a.txt").write_bytes(raw)
    doc = next(ingest.read([tmp_path / "a.txt"]))
    assert doc.ok and doc.text.startswith("Expulsions") and "expelled 60 Russian diplomats" in doc.text


@pytest.mark.parametrize("text", [
    "中国外交部发言人周二表示，中方坚决反对美国对中国企业实施制裁，并将采取必要措施维护自身合法权益。美方应当立即纠正错误做法。",
    "قالت وزارة الخارجية الروسية يوم الثلاثاء إنها ستطرد دبلوماسيين أمريكيين ردا على العقوبات الجديدة التي فرضتها واشنطن.",
    "Правительство Великобритании объявило о высылке двадцати трёх российских дипломатов после отравления в Солсбери.",
])
def test_chinese_arabic_and_russian_text_is_not_english(text):
    doc = ingest.from_text("x", f"Headline\n\n{text}")
    assert doc.status == "not_english"


def test_english_with_a_few_foreign_names_is_english():
    doc = ingest.from_text("x", f"Headline\n\n{GOOD} The envoy, Сергей Лавров (Sergei Lavrov), left Moscow.")
    assert doc.ok


def test_a_folder_of_json_files_is_read_as_documents(tmp_path):
    (tmp_path / "one.json").write_text(json.dumps({"id": "one", "title": "Expulsions", "text": GOOD}))
    (tmp_path / "many.json").write_text(json.dumps([{"id": "m1", "text": GOOD}, {"id": "m2", "text": GOOD + " Yes."}]))
    (tmp_path / "feed.json").write_text(json.dumps({"articles": [{"id": "f1", "text": GOOD + " No."}]}))
    docs = {d.doc_id: d for d in ingest.read([tmp_path])}
    assert set(docs) == {"one", "m1", "m2", "f1"} and all(d.ok for d in docs.values())
    assert docs["one"].text.startswith("Expulsions\n\n")


def test_a_json_file_given_by_name_is_read_as_articles_not_prose(tmp_path):
    (tmp_path / "a.json").write_text(json.dumps({"id": "a", "text": GOOD, "published": "2018-03-26"}))
    (tmp_path / "noext").write_text(json.dumps([{"id": "b", "text": GOOD}]))
    docs = list(ingest.read([tmp_path / "a.json", tmp_path / "noext"]))
    assert [d.doc_id for d in docs] == ["a", "b"]
    assert docs[0].text == GOOD and docs[0].published.value == "2018-03-26"


def test_a_folder_with_nothing_tidings_reads_says_so(tmp_path):
    (tmp_path / "notes.md").write_text("# nothing")
    run = tidings("code", str(tmp_path), "--no-store")
    assert run.returncode == 2
    assert "no documents found" in run.stderr and "left out" in run.stderr


def test_a_fifo_is_refused_with_a_status_and_never_waited_on(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    (tmp_path / "a.txt").write_text(f"Expulsions\n\n{GOOD}")
    # in a child process: were the FIFO opened, the child would wait for a writer forever
    run = subprocess.run([sys.executable, "-c", "import sys; from tidings import ingest; "
                          "print([(d.doc_id, d.status) for d in ingest.read(sys.argv[1:])])",
                          str(fifo), str(tmp_path)], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "[('pipe', 'not_a_file'), ('a', 'ok'), ('pipe', 'not_a_file')]"


@pytest.mark.parametrize("url, expect", [(["https://a.example/1", "https://b.example/2"], "https://a.example/1"),
                                         ({"href": "https://a.example/1"}, None), (17, "17")])
def test_a_url_given_as_a_list_is_its_first_string_never_a_repr(url, expect):
    doc = ingest.from_record({"id": "u", "text": GOOD, "url": url}, "f")
    assert doc.ok and doc.url == expect
    if expect is None:
        assert "url" in doc.error


# --- 5. filters that mean what they say --------------------------------------------------

@pytest.fixture(scope="module")
def dated_store(tmp_path_factory):
    """A store whose events carry week, month and day dates around the turn of 2012 (set here:
    the coder dates events from their text, and these forms must be there to query)."""
    from tidings import Pipeline
    from tidings.store.rows import days_of

    db = tmp_path_factory.mktemp("dated") / "t.duckdb"
    pipeline = Pipeline(Settings())
    dates = ["2012-W01", "2012-W49", "2012-W52", "2013-W01", "2012-12", "2012-12-30", "2013-01-02", "2012"]
    texts = [(f"d{i}", f"Expulsions\n\nThe United States expelled {i + 2} Russian diplomats.") for i in
             range(len(dates))]
    with Store(db) as store:
        list(pipeline.code_into(store, pipeline.code_texts(texts)))
        for i, d in enumerate(dates):
            store.db.execute("UPDATE events SET date = ?, date_precision = ?, date_first = ?, date_last = ? "
                             "WHERE doc_id = ?", [d, "week" if "W" in d else "day", *days_of(d, None), f"d{i}"])
    return db, dict(zip((f"d{i}" for i in range(len(dates))), dates))


def _dates(db, **filters):
    with Store(db) as store:
        return sorted(r["date"] for r in store.events(**filters))


def test_since_compares_week_dates_by_their_days(dated_store):
    db, _ = dated_store
    # 2012-W52 ends on 30 December; the year 2012 and December 2012 hold the 31st
    assert _dates(db, since="2012-12-31") == ["2012", "2012-12", "2013-01-02", "2013-W01"]


def test_until_a_month_keeps_the_weeks_in_it(dated_store):
    db, _ = dated_store
    assert _dates(db, since="2012-12", until="2012-12") == ["2012", "2012-12", "2012-12-30", "2012-W49",
                                                            "2012-W52", "2013-W01"]
    assert "2012-W01" in _dates(db, until="2012-01-02")


def test_dyad_by_month_never_prints_a_week_as_a_month(dated_store):
    db, _ = dated_store
    with Store(db) as store:
        periods = {r["period"] for r in queries.dyad_series(store, "usa", "rus", "month")}
    assert periods == {"2012", "2012-01", "2012-12", "2013-01"}  # 2013-W01's Thursday is 3 January 2013


@pytest.mark.parametrize("option", ["--since", "--until"])
def test_a_date_filter_that_is_not_a_date_is_a_usage_error(dated_store, option):
    db, _ = dated_store
    run = tidings("events", "--db", str(db), option, "notadate")
    assert run.returncode == 2 and "notadate" in one_line_error(run)


def test_percent_and_underscore_in_a_text_filter_are_themselves(dated_store):
    db, _ = dated_store
    assert _dates(db, text="%") == [] and _dates(db, text="_") == []
    assert len(_dates(db, text="EXPELLED")) == 8


def test_wildcards_in_a_code_filter_are_a_usage_error(dated_store):
    db, _ = dated_store
    run = tidings("events", "--db", str(db), "--source", "%")
    assert run.returncode == 2 and "--source" in one_line_error(run)


def test_codes_are_case_insensitive(dated_store):
    db, _ = dated_store
    run = tidings("events", "--db", str(db), "--source", "usa", "--type", "sanction", "-f", "jsonl")
    assert run.returncode == 0 and len(run.stdout.splitlines()) == 8


def test_places_country_is_case_insensitive(tmp_path):
    db = tmp_path / "t.duckdb"
    assert tidings("code", str(SEEDS), "--db", str(db), "-f", "jsonl").returncode == 0
    upper = tidings("places", "--db", str(db), "--country", "GBR", "-f", "jsonl")
    lower = tidings("places", "--db", str(db), "--country", "gbr", "-f", "jsonl")
    assert upper.stdout and lower.stdout == upper.stdout


def test_type_help_lists_plover_types_not_modes():
    run = tidings("events", "--help", env={"COLUMNS": "200"})
    line = next(line for line in run.stdout.splitlines() if "--type" in line)
    assert "SANCTION" in line and "COERCE" in line and "EXPEL" not in line


def test_a_type_that_is_no_plover_type_is_a_usage_error(dated_store):
    db, _ = dated_store
    run = tidings("events", "--db", str(db), "--type", "EXPEL")
    assert run.returncode == 2 and "COERCE" in one_line_error(run)


# --- 6. output ----------------------------------------------------------------------------

def test_a_second_code_run_prints_the_records_of_stored_documents(tmp_path):
    db = tmp_path / "t.duckdb"
    first = tidings("code", str(SEEDS), "--db", str(db), "-f", "jsonl")
    second = tidings("code", str(SEEDS), "--db", str(db), "-f", "jsonl")
    assert first.returncode == second.returncode == 0
    a = [json.loads(line) for line in first.stdout.splitlines()]
    b = [json.loads(line) for line in second.stdout.splitlines()]
    assert {r["stored"] for r in a if r["record"] == "document"} == {"now"}
    assert {r["stored"] for r in b if r["record"] == "document"} == {"before"}
    events = sorted((r["id"], r["evidence"]["text"], r["cameo"]["code"]) for r in a if r["record"] == "event")
    assert events and events == sorted((r["id"], r["evidence"]["text"], r["cameo"]["code"]) for r in b
                                       if r["record"] == "event")
    quotes = [r for r in a if r["record"] == "quote"]
    assert len(quotes) == sum(r["record"] == "quote" for r in b)
    csv_second = tidings("code", str(SEEDS), "--db", str(db), "-f", "csv")
    assert len(csv_second.stdout.splitlines()) == len(events) + 1


def test_ids_in_tables_are_shortened_in_the_middle():
    name = "allsides-2018-04-02-us-expels-60-russian-diplomats"
    short = output.middle(name, 24)
    assert len(short) == 24 and short.startswith("allsides-20") and short.endswith("diplomats") and "…" in short
    assert output.middle("000_64bcf501", 24) == "000_64bcf501"


def test_the_quotes_table_keeps_speaker_and_status_whole():
    from io import StringIO

    from rich.console import Console

    rows = [{"doc_id": "allsides-2018-04-02-us-expels-60-russian-diplomats", "speaker_name": "Vladimir Putin",
             "speaker_code": "RUSGOV", "cue": "said", "channel": None, "status": "hypothetical", "kind": "direct",
             "text": "We will respond in kind to every expulsion, " * 6}]
    buf = StringIO()
    output.print_rows(rows, ["doc_id", "speaker_name", "speaker_code", "cue", "channel", "status", "kind", "text"],
                      Console(file=buf, width=120), "Quotes")
    shown = buf.getvalue()
    assert "Vladimir Putin" in shown and "hypothetical" in shown and "allsides-2018" in shown


def test_the_progress_total_is_known_from_the_input(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD)
    (tmp_path / "b.jsonl").write_text("\n".join(json.dumps({"id": str(i), "text": GOOD}) for i in range(5)) + "\n\n")
    (tmp_path / "c.json").write_text(json.dumps([{"text": GOOD}] * 3))
    (tmp_path / "notes.md").write_text("left out")
    assert ingest.count_documents([tmp_path]) == 9 == len(list(ingest.read([tmp_path])))


def test_ctrl_c_stops_after_the_current_batch_commits(pipeline, tmp_path):
    p = copy.copy(pipeline)
    p.settings = replace(pipeline.settings, batch_size=2)
    docs = [ingest.from_text(f"d{i}", f"Expulsions\n\n{GOOD.replace('60', str(i + 2))}") for i in range(6)]
    with StopAfterBatch() as stop, Store(tmp_path / "t.duckdb") as store:
        seen = []
        for doc, _ in p.code_into(store, takewhile(lambda _: not stop(), docs)):  # as `tidings code` reads
            seen.append(doc.doc_id)
            if len(seen) == 1:
                signal.raise_signal(signal.SIGINT)  # the first Ctrl-C asks; nothing is raised
        assert seen == ["d0", "d1"]  # the batch in progress was finished and committed
        assert store.counts()["documents"] == 2
    with StopAfterBatch(), pytest.raises(KeyboardInterrupt):
        signal.raise_signal(signal.SIGINT)
        signal.raise_signal(signal.SIGINT)  # the second stops at once


def test_the_status_help_lists_every_event_status():
    from tidings import cli, status

    assert list(cli.STATUSES) == status.STATUSES
