"""The `tidings` command: coding into DuckDB, output formats, exit codes, re-runs."""

import json
import shutil
import subprocess
import sys

import pytest

from tidings import Store

from helpers import SEEDS


def tidings(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "tidings", *args], capture_output=True, text=True, cwd=cwd,
                          timeout=300)


@pytest.fixture(scope="module")
def coded(tmp_path_factory):
    db = tmp_path_factory.mktemp("db") / "seeds.duckdb"
    run = tidings("code", str(SEEDS), "--db", str(db), "--format", "jsonl")
    assert run.returncode == 0, run.stderr
    return db, [json.loads(line) for line in run.stdout.splitlines()]


def test_jsonl_stream_follows_the_output_contract(coded):
    _, records = coded
    docs = [r for r in records if r["record"] == "document"]
    events = [r for r in records if r["record"] == "event"]
    assert [d["doc_id"][:3] for d in docs] == ["000", "001", "002"]
    assert set(docs[1]) >= {"doc_id", "title", "published", "status", "error"}
    assert docs[1]["published"] == {"value": "2018-04-02", "precision": "day", "text": "Monday 02 April 2018",
                                    "source": "dateline"}
    e = events[0]
    assert set(e) >= {"id", "doc_id", "evidence", "source", "target", "cameo", "plover", "date", "location", "status"}
    assert set(e["source"]) >= {"text", "name", "country", "sector", "code"}
    assert set(e["cameo"]) == {"code", "root", "name", "goldstein", "quad_class"}
    assert set(e["plover"]) == {"type", "mode", "context"}
    assert e["status"] == "asserted"


def test_evidence_matches_the_text_tidings_show_prints(coded):
    db, records = coded
    e = next(r for r in records if r["record"] == "event" and r["doc_id"].startswith("001"))
    shown = tidings("show", e["doc_id"], "--db", str(db))
    assert shown.returncode == 0
    text = shown.stdout[:-1]  # show ends the text with a newline
    assert text[e["evidence"]["start"]:e["evidence"]["end"]] == e["evidence"]["text"]


def test_recoding_the_same_documents_never_doubles_rows(coded):
    db, records = coded
    with Store(db) as store:
        before = store.counts()
    assert before["documents"] == 3 and before["events"] == sum(r["record"] == "event" for r in records)
    again = tidings("code", str(SEEDS), "--db", str(db), "--format", "csv")
    assert again.returncode == 0
    assert again.stdout.splitlines()[0].startswith("doc_id,id,cameo")
    assert "3 already stored, skipped" in again.stderr
    with Store(db) as store:
        assert store.counts() == before


def test_status_lists_documents_by_status(coded):
    db, _ = coded
    shown = tidings("status", "--db", str(db))
    assert shown.returncode == 0 and "ok" in shown.stdout and "3" in shown.stdout


def test_table_output_and_bad_files_exit_nonzero(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(next(SEEDS.glob("001_*.txt")), folder / "good.txt")
    (folder / "empty.txt").write_text("")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    (folder / "latin1.txt").write_bytes("Caf\xe9 au lait".encode("latin-1"))
    db = tmp_path / "t.duckdb"
    run = tidings("code", str(folder), "--db", str(db))
    assert run.returncode == 1
    assert "Events" in run.stdout and "USA" in run.stdout
    assert "3 failed" in run.stderr and "bad_encoding" in run.stderr
    with Store(db) as store:
        statuses = {r["doc_id"]: r["status"] for r in store.query("SELECT doc_id, status, error FROM documents")}
        assert statuses == {"good": "ok", "empty": "empty", "binary": "binary", "latin1": "bad_encoding"}
        assert store.query("SELECT count(*) AS n FROM events WHERE doc_id = 'good'")[0]["n"] > 0


def test_unknown_model_is_a_clear_error(tmp_path):
    run = tidings("code", str(SEEDS), "--db", str(tmp_path / "x.duckdb"), "--model", "no_such_model")
    assert run.returncode == 2 and "not installed" in run.stderr


def test_the_program_ends_after_its_exit_handlers_with_its_exit_code_and_all_its_output(tmp_path):
    """The command, run as the program, skips the interpreter's teardown (cli._exit): what a
    normal exit does first (exit handlers, flushed output) it still does."""
    code = ("import atexit, sys\n"
            "from tidings.cli import main\n"
            "atexit.register(lambda: sys.stderr.write('handler ran\\n'))\n"
            "sys.stdout.write('x' * 100000)\n"
            "main()\n")
    missing = tmp_path / "none.duckdb"
    run = subprocess.run([sys.executable, "-c", code, "status", "--db", str(missing)], capture_output=True,
                         text=True, timeout=300)
    assert run.returncode == 2 and run.stdout == "x" * 100000
    assert "handler ran" in run.stderr and str(missing) in run.stderr
