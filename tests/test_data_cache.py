"""Compiled tables are built once and read back until their sources change."""

from tidings import data


def test_a_compiled_table_is_built_once_and_rebuilt_when_its_source_changes(tmp_path, monkeypatch):
    monkeypatch.setenv("TIDINGS_CACHE", str(tmp_path / "cache"))
    source = tmp_path / "countries.tsv"
    source.write_text("code\tname\nKEN\tKenya\n")
    builds = []

    def build():
        builds.append(1)
        return {"KEN": source.read_text().count("\n")}

    assert data.cached("t", build, (source,)) == {"KEN": 2}
    assert data.cached("t", build, (source,)) == {"KEN": 2}
    assert len(builds) == 1
    source.write_text("code\tname\nKEN\tKenya\nUGA\tUganda\n")
    assert data.cached("t", build, (source,)) == {"KEN": 3}
    assert len(builds) == 2


def test_a_table_compiled_from_older_sources_goes_once_no_run_has_read_it_for_a_week(tmp_path, monkeypatch):
    import os
    import time

    monkeypatch.setenv("TIDINGS_CACHE", str(tmp_path / "cache"))
    source = tmp_path / "countries.tsv"
    source.write_text("code\tname\nKEN\tKenya\n")
    data.cached("t", lambda: 1, (source,))
    (first,) = (tmp_path / "cache").glob("t-*.pickle")
    source.write_text("code\tname\nKEN\tKenya\nUGA\tUganda\n")
    data.cached("t", lambda: 2, (source,))
    assert first.exists()  # read a moment ago: another install may still use it
    week_ago = time.time() - 8 * 86400
    os.utime(first, (week_ago, week_ago))
    source.write_text("code\tname\nTZA\tTanzania\n")
    data.cached("t", lambda: 3, (source,))
    assert not first.exists()
    assert len(list((tmp_path / "cache").glob("t-*.pickle"))) == 2


def test_an_unwritable_cache_costs_only_the_build(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("TIDINGS_CACHE", str(blocker / "cache"))
    assert data.cached("t", lambda: [1, 2], ()) == [1, 2]


def test_the_lexicon_read_back_from_the_cache_is_the_lexicon_its_files_make(tmp_path, monkeypatch):
    from tidings import lexicon

    monkeypatch.setenv("TIDINGS_CACHE", str(tmp_path / "cache"))
    built = lexicon.build(lexicon.read_entries(), lexicon.load_codebook())
    lexicon.load.__wrapped__()  # compiles and writes the cache
    assert any((tmp_path / "cache").glob("lexicon-*.pickle"))
    read_back = lexicon.load.__wrapped__()
    assert read_back == built
    assert read_back.trigger_forms == built.trigger_forms and read_back.by_verb == built.by_verb
