"""Nothing lost, nothing doubled: a run killed with SIGKILL resumes, and hostile input
gets a status per document while the rest is coded."""

import json
import os
import random
import signal
import subprocess
import sys

from helpers import CORPUS
from tidings import ingest
from tidings.store import Store


def corpus_docs(n: int) -> list[dict]:
    """n real news items: all of AG World, then the start of the long articles, cut short."""
    rows = [json.loads(line) for line in (CORPUS / "ag_world.jsonl").open()]
    for line in (CORPUS / "articles.jsonl").open():
        if len(rows) >= n:
            break
        r = json.loads(line)
        rows.append({"id": r["id"], "title": r["title"], "text": r["text"][:1500]})
    return rows[:n]


def run_code(path, db, **kw):
    return subprocess.Popen([sys.executable, "-m", "tidings", "code", str(path), "--db", str(db), "-f", "csv"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kw)


def snapshot(db) -> dict:
    with Store(db, read_only=True) as store:
        return {
            "docs": store.query("SELECT doc_key, count(*) AS n FROM documents GROUP BY doc_key"),
            "events": sorted(r["id"] for r in store.query("SELECT id FROM events")),
            "merged": sorted(r["id"] for r in store.query("SELECT id FROM merged_events")),
            "counts": store.counts(),
        }


def test_a_run_killed_after_its_first_commit_resumes_without_losing_or_doubling(tmp_path):
    docs = corpus_docs(640)  # ten batches
    src = tmp_path / "news.jsonl"
    src.write_text("".join(json.dumps(d) + "\n" for d in docs))
    keys = {ingest.from_record(d, d["id"]).key for d in docs}

    killed = tmp_path / "killed.duckdb"
    # `code -f jsonl` prints a document's record only once its batch is committed, so each
    # line read is a document stored; the kill comes a random number of documents after the
    # first, however fast or slow the machine is
    proc = subprocess.Popen([sys.executable, "-m", "tidings", "code", str(src), "--db", str(killed), "-f", "jsonl"],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    kill_after = random.randrange(1, len(docs) // 2)
    seen = 0
    for line in proc.stdout:
        seen += json.loads(line)["record"] == "document"
        if seen >= kill_after:
            break
    assert seen >= kill_after, "the run ended before it could be killed"
    # while it writes, DuckDB admits no reader: a reading command says so and what to do
    reader = subprocess.run([sys.executable, "-m", "tidings", "status", "--db", str(killed)], capture_output=True,
                            text=True)
    assert reader.returncode == 2 and "Traceback" not in reader.stderr
    assert "open for writing by another process" in " ".join(reader.stderr.split())
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    proc.stdout.close()
    with Store(killed, read_only=True) as store:
        partial = store.counts()["documents"]
    assert kill_after <= partial < len(keys)
    assert run_code(src, killed).wait() in (0, 1)  # 1: some documents have a failed status

    clean = tmp_path / "clean.duckdb"
    assert run_code(src, clean).wait() in (0, 1)
    after, expected = snapshot(killed), snapshot(clean)
    assert {r["doc_key"] for r in after["docs"]} == keys
    assert all(r["n"] == 1 for r in after["docs"])
    assert after["events"] == expected["events"]
    assert after["merged"] == expected["merged"]
    assert after["counts"] == expected["counts"]


NON_ENGLISH = [
    "Le gouvernement français a annoncé mardi l'expulsion de quatre diplomates russes, a indiqué le ministère "
    "des Affaires étrangères dans un communiqué publié à Paris.",
    "Die Bundesregierung hat am Dienstag vier russische Diplomaten ausgewiesen, teilte das Auswärtige Amt in "
    "Berlin mit. Moskau kündigte eine Reaktion an.",
    "Правительство Великобритании объявило о высылке двадцати трёх российских дипломатов после отравления "
    "в Солсбери, сообщает агентство.",
    "El gobierno español anunció el martes la expulsión de dos diplomáticos rusos, según informó el "
    "ministerio de Asuntos Exteriores en Madrid.",
]


def hostile_inputs(folder, n=500):
    """n files of every kind a crawl brings in, with some good articles among them; the
    expected status of each file by name."""
    rng = random.Random(7)
    expect = {}
    good = [json.loads(line) for _, line in zip(range(40), (CORPUS / "ag_world.jsonl").open())]
    for i in range(n):
        kind = i % 10
        name = f"{i:03d}"
        if kind == 0:
            (folder / f"{name}.txt").write_bytes(b"")
            expect[name] = "empty"
        elif kind == 1:
            (folder / f"{name}.txt").write_bytes(bytes(rng.randrange(256) for _ in range(2048)))
            expect[name] = "binary"
        elif kind == 2:
            (folder / f"{name}.txt").write_text("Britain expelled Russian diplomats. " * 2000)
            expect[name] = "too_large"
        elif kind == 3:
            (folder / f"{name}.txt").write_bytes("Le président Macron a reçu à l'Élysée.\n".encode("latin-1") * 5)
            expect[name] = "bad_encoding"
        elif kind == 4:
            (folder / f"{name}.txt").write_text(f"Nachrichten {i}\n\n" + NON_ENGLISH[i % 4])
            expect[name] = "not_english"
        elif kind == 5:
            depth = 3000
            html = "<html><body>" + "<div>" * depth + f"<p>Britain expelled Russian diplomats {i}.</p>" + \
                "</div>" * depth + "</body></html>"
            (folder / f"{name}.html").write_text(html)
            expect[name] = None  # coded or refused with a status, never a crash
        elif kind == 6:
            (folder / f"{name}.jsonl").write_text('{"id": "broken-%d", "text": "Britain expelled' % i + "\n")
            expect[f"{name}:1"] = "bad_json"
        elif kind == 7:
            (folder / f"{name}.html").write_text("<html><body><p>" + "&#x0;\x00" * 50 + "</p>")
            expect[name] = None
        else:
            item = good[i % len(good)]
            (folder / f"{name}.txt").write_text(f"{item['title']}\n\n{item['text']} (item {i})")
            expect[name] = "ok"
    return expect


def test_hostile_inputs_each_get_a_status_and_the_good_ones_are_coded(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    expect = hostile_inputs(folder)
    db = tmp_path / "t.duckdb"
    result = subprocess.run([sys.executable, "-m", "tidings", "code", str(folder), "--db", str(db), "-f", "csv",
                             "--max-chars", "50000"], capture_output=True, text=True, timeout=900)
    assert result.returncode == 1, result.stderr[-2000:]  # some documents failed, and the run says so
    assert "Traceback" not in result.stderr
    with Store(db) as store:
        rows = store.query("SELECT doc_id, status, error, path FROM documents")
    by_name = {}
    for r in rows:
        stem = os.path.basename(r["path"] or "").split(".")[0]
        by_name[f"{stem}:1" if (r["path"] or "").endswith(".jsonl") else stem] = r
    assert set(by_name) == set(expect)
    for name, status in expect.items():
        row = by_name[name]
        assert row["error"] or row["status"] == "ok", row
        if status is not None:
            assert row["status"] == status, (name, row)
    with Store(db) as store:
        coded = store.query("SELECT count(*) AS n FROM documents WHERE status = 'ok'")[0]["n"]
        assert coded >= sum(1 for s in expect.values() if s == "ok")
        assert store.counts()["events"] > 0
