"""Ingest: titles, datelines, bylines, boilerplate, captions and bad input, on real pages."""

import json

from tidings import ingest

from helpers import SEEDS


def seed(prefix):
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    return next(ingest.read([path]))


def test_title_is_the_first_line():
    assert seed("001").title == "Donald Trump suggested meeting Vladimir Putin at the White House"


def test_dateline_with_weekday_and_time_is_the_publication_date():
    doc = seed("001")
    assert (doc.published.value, doc.published.precision, doc.published.source) == ("2018-04-02", "day", "dateline")
    assert "Monday 02 April 2018" not in doc.text


def test_bare_date_line_is_the_publication_date():
    assert seed("002").published.value == "2016-11-14"


def test_no_dateline_leaves_the_date_unknown():
    assert seed("000").published is None


def test_byline_is_read_and_removed():
    doc = seed("001")
    assert doc.byline == "Emily Shugerman"
    assert "Emily Shugerman" not in doc.text


def test_registration_prompt_and_everything_after_it_is_dropped():
    doc = seed("001")
    assert doc.text.endswith("calling the investigations into his campaign a “witch hunt”.")
    assert "Join our new commenting forum" in doc.removed


def test_photo_credit_dropped_and_the_line_before_it_is_a_caption():
    doc = seed("000")
    assert "Chris McGrath / Getty Images" in doc.removed
    assert any(c.text.startswith("U.S. President Donald Trump (L)") for c in doc.captions)
    for c in doc.captions:
        assert doc.text[c.start:c.end] == c.text


def test_caption_printed_twice_is_kept_once():
    doc = seed("001")
    assert doc.text.count("talk during the Asia-Pacific Economic Cooperation") == 1
    assert len(doc.captions) == 1


GALLERY = (
    "Photos: Anti-U.S. demonstrations worldwide Photos: Anti-U.S. demonstrations worldwide Anti-U.S. "
    "demonstrations worldwide – Pakistani demonstrators beat an effigy during a protest in Lahore on Monday. "
    "See more of CNN's best photography Hide Caption 1 of 157 Photos: Anti-U.S. demonstrations worldwide "
    "Protesters storm U.S. Embassy buildings – Tunisian protesters try to storm the U.S. Embassy in Tunis. "
    "Hide Caption 2 of 157 Photos: Anti-U.S. demonstrations worldwide Protesters storm U.S. Embassy buildings – "
    "Protesters pull down a U.S. flag. Hide Caption 3 of 157")


def test_photo_gallery_becomes_one_caption_a_slide_and_its_repeated_titles_are_kept_once():
    doc = ingest.from_text("g", "Protests spread\n\nProtests outside the embassy continued.\n\n" + GALLERY)
    captions = [c.text for c in doc.captions]
    assert captions == ["Pakistani demonstrators beat an effigy during a protest in Lahore on Monday.",
                        "Protesters storm U.S. Embassy buildings",
                        "Tunisian protesters try to storm the U.S. Embassy in Tunis.",
                        "Protesters pull down a U.S. flag."]
    assert "Hide Caption" not in doc.text and "Photos:" not in doc.text and "best photography" not in doc.text
    assert "Anti-U.S. demonstrations worldwide" not in doc.text  # the gallery's title is a label
    for c in doc.captions:
        assert doc.text[c.start:c.end] == c.text


def test_video_cards_ads_and_copyright_lines_are_dropped():
    text = ("Clinton in Kabul\n\nClinton told reporters in Kabul the accord opens the door.\n\n"
            "JUST WATCHED Report: Afghanistan war mishandled Replay More Videos ... MUST WATCH Report: "
            "Afghanistan war mishandled 04:22\n\nAdvertisement Continue reading the main story\n\n"
            "Photos: Libya Consulate attack\n\nStory Continued Below\n\nThe Associated Press contributed to "
            "this report.\n\nCopyright © 2019 The Washington Times, LLC. Click here for reprint permission.")
    doc = ingest.from_text("v", text)
    assert doc.text == "Clinton in Kabul\n\nClinton told reporters in Kabul the accord opens the door."
    assert len(doc.removed) == 6


def test_empty_binary_and_non_utf8_files_get_a_status(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"  \n")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "latin1.txt").write_bytes("Le président a dit: «Non».\n\nÇa suffit.".encode("latin-1"))
    (tmp_path / "good.txt").write_text("Title\n\nThe United States expelled 60 Russian diplomats.")
    docs = {d.doc_id: d for d in ingest.read([tmp_path])}
    assert docs["empty"].status == "empty"
    assert docs["binary"].status == "binary"
    assert docs["latin1"].status == "bad_encoding" and "UTF-8" in docs["latin1"].error
    assert docs["good"].ok


def test_jsonl_records_and_broken_lines(tmp_path):
    lines = [json.dumps({"id": "a1", "title": "Sanctions", "text": "The EU imposed sanctions on Russia.",
                         "published": "2014-07-29", "source": "Reuters"}),
             "{not json", json.dumps(["a", "list"]), json.dumps({"id": "a2", "text": ""})]
    (tmp_path / "batch.jsonl").write_text("\n".join(lines))
    docs = list(ingest.read([tmp_path / "batch.jsonl"]))
    assert [d.status for d in docs] == ["ok", "bad_json", "bad_record", "empty"]
    a1 = docs[0]
    assert a1.text.startswith("Sanctions\n\n") and a1.outlet == "Reuters"
    assert (a1.published.value, a1.published.source) == ("2014-07-29", "metadata")
    assert docs[1].doc_id == "batch:2"


def test_html_main_text_by_trafilatura(tmp_path):
    page = """<html><head><title>Britain expels diplomats</title>
    <meta property="article:published_time" content="2018-03-14T12:00:00Z"></head>
    <body><nav>Home | World | Sport</nav><article><h1>Britain expels diplomats</h1>
    <p>Britain expelled 23 Russian diplomats on Wednesday after the poisoning of Sergei Skripal in Salisbury,
    the prime minister told parliament in a statement that was followed by a long debate.</p>
    <p>Russia denied any involvement and said it would respond to the expulsions in kind, officials said.</p>
    </article><footer>Cookie policy</footer></body></html>"""
    (tmp_path / "page.html").write_text(page)
    doc = next(ingest.read([tmp_path / "page.html"]))
    assert doc.ok and "expelled 23 Russian diplomats" in doc.text and "Home | World" not in doc.text
    assert doc.published.value == "2018-03-14"


def test_oversized_document_is_refused():
    doc = ingest.from_text("big", "Title\n\n" + "word " * 1000, max_chars=100)
    assert doc.status == "too_large" and "limit" in doc.error
