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


def test_a_compiled_table_is_built_again_when_tidings_own_code_changes(tmp_path, monkeypatch):
    # a checkout that adds a field to a compiled class keeps its version: an old pickle would
    # come back without the field ('Lexicon' object has no attribute ...)
    monkeypatch.setenv("TIDINGS_CACHE", str(tmp_path / "cache"))
    builds = []

    def build():
        builds.append(1)
        return len(builds)

    assert data.cached("t", build) == 1
    assert data.cached("t", build) == 1
    monkeypatch.setattr(data, "_code_stamp", lambda: "code edited since")
    assert data.cached("t", build) == 2


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


def test_a_compiled_file_is_written_once_and_again_when_its_source_changes(tmp_path, monkeypatch):
    monkeypatch.setenv("TIDINGS_CACHE", str(tmp_path / "cache"))
    source = tmp_path / "t.tsv"
    source.write_text("code\nKEN\n")
    writes = []

    def write(file):
        writes.append(file)
        file.write_text(source.read_text())

    first = data.cached_file("f", ".txt", (source,), (), write)
    assert data.cached_file("f", ".txt", (source,), (), write) == first and len(writes) == 1
    assert first.read_text() == "code\nKEN\n" and first.parent == tmp_path / "cache"
    source.write_text("code\nKEN\nUGA\n")
    second = data.cached_file("f", ".txt", (source,), (), write)
    assert second != first and second.read_text() == "code\nKEN\nUGA\n" and len(writes) == 2


def test_a_compiled_file_that_cannot_be_written_is_none_and_leaves_nothing_behind(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("TIDINGS_CACHE", str(blocker / "cache"))
    assert data.cached_file("f", ".txt", (), (), lambda file: file.write_text("x")) is None

    monkeypatch.setenv("TIDINGS_CACHE", str(tmp_path / "cache"))

    def fails(file):
        file.write_text("half")
        raise OSError("disk full")

    assert data.cached_file("f", ".txt", (), (), fails) is None
    assert list((tmp_path / "cache").iterdir()) == []


def test_the_gazetteer_opened_from_its_index_file_gives_every_name_the_places_the_build_gives():
    from tidings.geo import gazetteer

    opened, built = gazetteer.load(), gazetteer.build()
    assert opened.index is not None and built.index is None
    for part in gazetteer.Index.SMALL:
        assert getattr(opened, part) == getattr(built, part), part
    assert all(opened.readings(k) == built.readings(k) for k in built.names)
    for name in ("Paris", "São Paulo", "St. Petersburg", "Henry County", "Ky.", "Nowhere Atall", "\ud800"):
        assert opened.candidates(name) == built.candidates(name), name
    assert opened.facilities.pattern == built.facilities.pattern


def test_the_actor_tables_read_back_from_the_cache_are_the_tables_their_files_make(tmp_path, monkeypatch):
    from tidings import actors

    monkeypatch.setenv("TIDINGS_CACHE", str(tmp_path / "cache"))
    built = actors.ActorResolver()
    actors.load.__wrapped__()  # compiles and writes the cache
    assert any((tmp_path / "cache").glob("actors-*.pickle"))
    read_back = actors.load.__wrapped__()
    assert vars(read_back) == vars(built)
    text = "Kenyan President William Ruto met police in Nairobi, Reuters reported."
    assert read_back.find(text, "2024-05-01") == built.find(text, "2024-05-01")


def test_an_extra_people_table_is_compiled_apart_and_again_when_it_changes(tmp_path, monkeypatch):
    from tidings import actors

    monkeypatch.setenv("TIDINGS_CACHE", str(tmp_path / "cache"))
    people = tmp_path / "people.tsv"
    people.write_text("id\tname\tnames\tcountry\tsector\tgender\nzed_q\tZed Quimby\t\tKEN\tGOV\tm\n")
    assert "zed_q" in actors.load.__wrapped__(people).people
    assert "zed_q" not in actors.load.__wrapped__().people
    people.write_text("id\tname\tnames\tcountry\tsector\tgender\nyan_q\tYan Quimby\tY. Quimby\tKEN\tGOV\tf\n")
    changed = actors.load.__wrapped__(people).people
    assert "yan_q" in changed and "zed_q" not in changed
