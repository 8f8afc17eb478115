"""A hostile-input suite: over a thousand generated inputs of every kind a crawl or a careless
export brings in, coded through the real ingest and pipeline in batches into a real store.

Every input gets a document record with a status, no run stops, the whole run stays in
bounded memory, and the valid documents' events are the same as when each is coded alone.
The inputs are generated from a fixed seed; most are tiny, so the suite runs in CI.
"""

import copy
import json
import os
import random
import resource
from dataclasses import replace
from pathlib import Path

import pytest

from tidings import Store, ingest

from helpers import CORPUS

N = 1040  # inputs (files, JSON lines, JSON array items), of 26 kinds
BUDGET = dict(max_chars=20_000, max_sentences=60, max_events=40, max_merge_candidates=12, batch_size=32)
IMPOSSIBLE = ["2013-02-30", "2018-02-29", "2018-13-45", "0000-00-00", "2018-00-10", "2018-04-31", "9999-99-99",
              "1900-02-29", "2018-02-30T10:00:00Z", "-0001-01-01", "2018-W60", "20180230", "February 30, 2018",
              "", " ", "null", "2018-1-1"]
SCRIPTS = {
    "zh": "中国外交部发言人周二表示，中方坚决反对美国对中国企业实施制裁，并将采取必要措施维护自身合法权益。",
    "ar": "قالت وزارة الخارجية الروسية يوم الثلاثاء إنها ستطرد دبلوماسيين أمريكيين ردا على العقوبات الجديدة.",
    "ru": "Правительство Великобритании объявило о высылке двадцати трёх российских дипломатов после отравления.",
    "hi": "भारत सरकार ने मंगलवार को कहा कि वह पाकिस्तान के साथ बातचीत जारी रखेगी और सीमा पर शांति बनाए रखेगी।",
    "ko": "북한 외무성은 화요일 미국의 새로운 제재에 대해 강력히 반발하며 필요한 조치를 취하겠다고 밝혔다.",
    "he": "משרד החוץ הישראלי הודיע ביום שלישי כי יגרש שני דיפלומטים לאחר התקרית בגבול הצפוני של המדינה.",
}


def _random_unicode(rng, n):
    """Text from every plane, lone surrogates and controls included."""
    out = []
    for _ in range(n):
        r = rng.random()
        if r < 0.1:
            out.append(chr(rng.randrange(0xD800, 0xE000)))  # a lone surrogate
        elif r < 0.2:
            out.append(chr(rng.randrange(0, 32)))
        elif r < 0.5:
            out.append(chr(rng.randrange(32, 0x250)))
        else:
            out.append(chr(rng.randrange(0x250, 0x110000)) if rng.random() < 0.5 else rng.choice("ab .,\n"))
    return "".join(out)


def generate(folder: Path, good: list[dict]):
    """Write the inputs under ``folder``; return (paths to read, expected count, expected statuses
    by document id: a status, or None when any status will do)."""
    rng = random.Random(19)
    expect: dict[str, str | None] = {}
    jsonl: list[str] = []  # lines of one big JSONL file, as most real inputs come
    arrays: list[dict] = []
    n = 0
    i = 0
    while n < N:
        kind = i % 26
        name = f"h{i:04d}"
        i += 1
        item = good[i % len(good)]
        article = f"{item['title']}\n\n{item['text']}"
        if kind == 0:  # random bytes
            (folder / f"{name}.txt").write_bytes(bytes(rng.randrange(256) for _ in range(rng.choice([1, 64, 3000]))))
            expect[name] = None
        elif kind == 1:  # random Unicode with surrogates, in a JSON line
            jsonl.append(json.dumps({"id": name, "text": _random_unicode(rng, rng.choice([5, 200, 2000]))}))
            expect[name] = None
        elif kind == 2:  # impossible dates in every field
            jsonl.append(json.dumps({"id": name, "title": item["title"], "text": item["text"] + f" (item {i})",
                                     "published": rng.choice(IMPOSSIBLE), "date": rng.choice(IMPOSSIBLE)}))
            expect[name] = "ok"
        elif kind == 3:  # an impossible dateline in the text
            day = rng.choice(["30 February 2013", "February 29, 2018", "31 April 2018", "2018-13-45"])
            (folder / f"{name}.txt").write_text(f"{item['title']}\n\nMonday {day}\n\n{item['text']} (item {i})")
            expect[name] = "ok"
        elif kind == 4:  # huge
            (folder / f"{name}.txt").write_text("Britain expelled Russian diplomats. " * 700)
            expect[name] = "too_large"
        elif kind == 5:  # tiny
            (folder / f"{name}.txt").write_text(rng.choice(["a", ".", "Hi", "\n\n\n", "   ", "x\n", "\ufeff"]))
            expect[name] = None
        elif kind == 6:  # one act told over and over, up to the merge budget and over it (a sentence
            # repeated word for word is coded once, so each telling differs)
            k = rng.choice([5, 11, 30, 59, 61, 200])
            (folder / f"{name}.txt").write_text(f"Expulsions {i}\n\n" + " ".join(
                f"Russia expelled {j + 2} US diplomats." for j in range(k)))
            expect[name] = "ok" if k <= BUDGET["max_merge_candidates"] else "over_budget"
        elif kind == 7:  # deeply nested HTML
            depth = rng.choice([50, 3000, 20000])
            (folder / f"{name}.html").write_text("<html><body>" + "<div>" * depth +
                                                 f"<p>Britain expelled Russian diplomats {i}.</p>" +
                                                 "</div>" * depth + "</body></html>")
            expect[name] = None
        elif kind == 8:  # .json shapes
            shape = i // 26 % 7
            doc = {"id": name, "text": item["text"] + f" (item {i})", "title": item["title"]}
            body = [doc, [doc], {"articles": [doc]}, [1, "x", None], [], "a string", "[" * 5000][shape]
            (folder / f"{name}.json").write_text(json.dumps(body) if shape < 6 else body)
            if shape < 3:
                expect[name] = "ok"
            elif shape == 3:
                for k in (1, 2, 3):
                    expect[f"{name}:{k}"] = "bad_record"
                n += 2
            else:
                expect[name] = {4: "empty", 5: "bad_record", 6: "bad_json"}[shape]
        elif kind == 9:  # UTF-16 and UTF-32 with a byte order mark
            (folder / f"{name}.txt").write_bytes((article + f" (item {i})").encode(rng.choice(["utf-16", "utf-32"])))
            expect[name] = "ok"
        elif kind == 10:  # other scripts
            lang = rng.choice(sorted(SCRIPTS))
            (folder / f"{name}.txt").write_text(f"{lang} {i}\n\n" + SCRIPTS[lang] * 2)
            expect[name] = "not_english"
        elif kind == 11:  # url, title, source and id of the wrong types
            jsonl.append(json.dumps({"id": name, "text": item["text"] + f" (item {i})",
                                     "url": rng.choice([["https://a.example/x"], {"u": 1}, 7, None, [None]]),
                                     "title": rng.choice([None, 5, ["t"]]), "source": rng.choice([[], {}, "AP"])}))
            expect[name] = "ok"
        elif kind == 12:  # NULs and controls in the text
            jsonl.append(json.dumps({"id": name, "text": item["text"] + "\x00\x01\x1b" * 3 + f" (item {i})"}))
            expect[name] = None
        elif kind == 13:  # broken JSON lines
            jsonl.append(rng.choice(['{"id": "%s", "text": "Britain expelled' % name, "[1, 2", "nul\x00l", "{}"]))
            expect[f"lines:{len(jsonl)}"] = None
        elif kind == 14:  # Latin-1 bytes
            (folder / f"{name}.txt").write_bytes("Le président a dit: «Non».\n\nÇa suffit.".encode("latin-1"))
            expect[name] = "bad_encoding"
        elif kind == 15:  # HTML without a body, or with garbage
            (folder / f"{name}.html").write_text(rng.choice(["<html>", "<<<>>>", "<p>" + "&#x0;" * 40, "\x00<html>"]))
            expect[name] = None
        elif kind == 16:  # one long line without a sentence end
            (folder / f"{name}.txt").write_text("Russia and Britain " * rng.choice([10, 500, 1100]))
            expect[name] = None
        elif kind == 17:  # a good article with noise after it
            (folder / f"{name}.txt").write_bytes((article + f" (item {i})\n\n" + _random_unicode(rng, 100))
                                                 .encode("utf-8", "surrogatepass"))
            expect[name] = None
        elif kind == 18:  # articles inside a JSON array, with bad ones among them
            arrays.append({"id": name, "text": item["text"] + f" (item {i})", "published": item.get("published")})
            expect[name] = "ok"
        else:  # good articles, plain, as most of a real run is
            (folder / f"{name}.txt").write_text(article + f" (item {i})")
            expect[name] = "ok"
        n += 1
    (folder / "lines.jsonl").write_text("\n".join(jsonl) + "\n")
    (folder / "array.json").write_text(json.dumps(arrays))
    (folder / "notes.md").write_text("not an article: left out of a folder")
    fifo = folder.parent / "pipe.txt"
    os.mkfifo(fifo)
    expect["pipe"] = "not_a_file"
    return [folder, fifo], n + 1, expect


@pytest.fixture(scope="module")
def hostile(tmp_path_factory, pipeline):
    folder = tmp_path_factory.mktemp("hostile") / "in"
    folder.mkdir()
    good = [json.loads(line) for _, line in zip(range(60), (CORPUS / "ag_world.jsonl").open())]
    paths, n, expect = generate(folder, good)
    p = copy.copy(pipeline)
    p.settings = replace(pipeline.settings, **BUDGET)
    db = folder.parent / "t.duckdb"
    with Store(db) as store:
        results = list(p.code_into(store, p.read(paths)))  # never raises: that is the first claim
        stored = store.query("SELECT doc_id, status, error FROM documents")
    return p, paths, n, expect, results, stored


def test_every_hostile_input_gets_a_document_record_with_a_status(hostile):
    _, _, n, expect, results, stored = hostile
    assert n >= 1000 and len(results) == n
    for doc, _ in results:
        assert doc.status and (doc.ok or doc.error), doc
    by_id = {d.doc_id: d for d, _ in results}
    for name, status in expect.items():
        assert name in by_id, name
        if status is not None:
            assert by_id[name].status == status, (name, by_id[name].status, by_id[name].error)
    assert {r["status"] for r in stored} >= {"ok", "binary", "too_large", "over_budget", "not_english", "bad_json",
                                             "bad_record", "bad_encoding", "empty", "not_a_file"}
    assert all(r["status"] == "ok" or r["error"] for r in stored)


def test_impossible_dates_are_dropped_with_a_message(hostile):
    _, _, _, expect, results, _ = hostile
    dated = [d for d, _ in results if d.ok and d.error and "published date" in d.error]
    assert len(dated) >= 30 and all("dropped" in d.error for d in dated)


def test_the_hostile_run_stays_in_bounded_memory(hostile):
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # kilobytes on Linux
    assert peak <= 1.5 * 2**30, f"peak RSS {peak / 2**20:.0f} MiB"


def test_the_valid_documents_events_are_the_same_as_when_coded_alone(hostile):
    p, paths, _, _, results, _ = hostile
    coded = [d for d, skipped in results if d.ok and d.events and not skipped and d.path]
    sample = coded[:: max(1, len(coded) // 40)]
    assert len(sample) >= 20
    for doc in sample:
        alone = [a for a in ingest.read([doc.path]) if a.doc_id == doc.doc_id]
        assert len(alone) == 1
        again = p.code_batch(alone)[0]
        assert [e.to_json() for e in again.events] == [e.to_json() for e in doc.events], doc.doc_id
