"""Every core and a Ray cluster: the same events as one process, each document stored once,
and a run killed after a commit resumes losing and doubling nothing."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import textwrap

import pytest

from tidings import Pipeline, Settings, Store, ingest, scale

from helpers import CORPUS

N_DOCS = 72  # nine batches of eight: enough batches in flight to interleave


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """The first AG World items as a JSONL file, with one item repeated under a new id."""
    path = tmp_path_factory.mktemp("scale") / "ag.jsonl"
    lines = (CORPUS / "ag_world.jsonl").read_text(encoding="utf-8").splitlines()[:N_DOCS]
    twin = json.loads(lines[3]) | {"id": "agnews-twin"}
    path.write_text("\n".join([*lines, json.dumps(twin)]) + "\n", encoding="utf-8")
    return path


def settings(db) -> Settings:
    return Settings(db=str(db), batch_size=8)


def stored(db) -> tuple[list[tuple], list[str]]:
    with Store(str(db)) as store:
        docs = sorted((r["doc_key"], r["n"]) for r in
                      store.query("SELECT doc_key, count(*) AS n FROM documents GROUP BY doc_key"))
        events = [r["id"] for r in store.query("SELECT id FROM events ORDER BY id")]
    return docs, events


@pytest.fixture(scope="module")
def one_process(corpus, tmp_path_factory):
    db = tmp_path_factory.mktemp("one") / "one.duckdb"
    s = settings(db)
    with Store(s.db) as store:
        list(Pipeline(s).code_into(store, ingest.read([corpus])))
    return stored(db)


def test_two_workers_store_the_same_events_as_one_process(corpus, one_process, tmp_path):
    s = settings(tmp_path / "two.duckdb")
    with Store(s.db) as store:
        results = list(scale.code_into(s, store, ingest.read([corpus]), workers=2))
    assert sum(1 for _, skipped in results if skipped) == 1  # the twin is one document
    assert stored(s.db) == one_process


def test_a_rerun_with_workers_adds_nothing(corpus, one_process, tmp_path):
    s = settings(tmp_path / "again.duckdb")
    for _ in range(2):
        with Store(s.db) as store:
            list(scale.code_into(s, store, ingest.read([corpus]), workers=2))
    assert stored(s.db) == one_process


def test_an_input_of_one_batch_is_coded_in_this_process(corpus, tmp_path, monkeypatch):
    from tidings.scale import workers

    monkeypatch.setattr(workers, "code_into", lambda *a, **k: pytest.fail("started workers for one batch"))
    s = Settings(db=str(tmp_path / "small.duckdb"))  # 64 a batch: the corpus is one batch and a bit
    with Store(s.db) as store:
        docs = list(ingest.read([corpus]))[:10]
        assert len(list(scale.code_into(s, store, docs))) == 10


ray = pytest.importorskip("ray", reason="Ray is a test dependency (pyproject's test extra)")


@pytest.fixture(scope="module")
def local_ray():
    from tidings.scale import ray_engine

    ray_engine.start(2)
    yield
    ray.shutdown()


def test_ray_with_two_actors_stores_the_same_events_as_one_process(corpus, one_process, tmp_path, local_ray):
    s = settings(tmp_path / "ray.duckdb")
    with Store(s.db) as store:
        list(scale.code_into(s, store, ingest.read([corpus]), engine="ray", workers=2))
    assert stored(s.db) == one_process


# --- kill -9 after the first commit, then resume --------------------------------------------

RUN = textwrap.dedent("""
    import sys
    from tidings import Settings, Store, ingest, scale
    engine, db, path = sys.argv[1:4]
    s = Settings(db=db, batch_size=8)
    with Store(db) as store:
        for doc, skipped in scale.code_into(s, store, ingest.read([path]), engine=engine, workers=2):
            if not skipped:  # yielded only once its batch's transaction has committed
                print("stored", doc.doc_id, flush=True)
""")


def kill_after_commits(engine: str, db, corpus, seed: int) -> int:
    """Run a coder, let a random number of documents past the first commit be reported
    stored, then kill -9 its whole process group. Returns how many were reported."""
    proc = subprocess.Popen([sys.executable, "-c", RUN, engine, str(db), str(corpus)], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True, start_new_session=True)
    wait_for = 1 + random.Random(seed).randrange(0, 3 * 8)  # past the first commit, within the next three
    seen = 0
    try:
        for line in proc.stdout:
            if line.startswith("stored"):
                seen += 1
                if seen >= wait_for:
                    break
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    return seen


@pytest.mark.parametrize("engine", ["local", "ray"])
def test_a_run_killed_after_a_commit_resumes_without_losing_or_doubling(engine, corpus, one_process, tmp_path):
    db = tmp_path / f"killed-{engine}.duckdb"
    seen = kill_after_commits(engine, db, corpus, seed=len(engine))
    assert seen >= 1, "the run was killed before it reported its first commit"
    before, _ = stored(db)
    assert len(before) >= 8 and all(n == 1 for _, n in before)
    s = settings(db)
    with Store(s.db) as store:
        list(scale.code_into(s, store, ingest.read([corpus]), workers=1))
    assert stored(db) == one_process
