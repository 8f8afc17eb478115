"""The code book and lexicon data files: complete, consistent, and every root reachable."""

from tidings import codebook, lexicon
from tidings.codebook import PLOVER_TYPES


def test_cameo_code_book_has_all_codes_with_goldstein_and_quad_class():
    book = codebook.load()
    assert len(book.cameo) == 311 and book.roots == [f"{i:02d}" for i in range(1, 21)]
    assert book.cameo["161"].goldstein == -4.0 and book.cameo["161"].quad_class == 4
    assert book.cameo["1823"].name == "Kill by physical assault"


def test_quad_classes_follow_the_roots():
    for c in codebook.load().cameo.values():
        root = int(c.root)
        assert c.quad_class == (1 if root <= 5 else 2 if root <= 9 else 3 if root <= 14 else 4)


def test_plover_has_the_sixteen_types_with_their_modes():
    book = codebook.load()
    assert tuple(book.plover) == PLOVER_TYPES
    assert "expel" in book.plover["SANCTION"].modes and "phone" in book.plover["CONSULT"].modes
    assert book.plover["AID"].requires_recipient


def test_mapping_uses_only_defined_plover_types_and_modes():
    book = codebook.load()
    for c in book.cameo.values():
        if c.plover_type:
            assert c.plover_type in book.plover, c
            assert book.check_mode(c.plover_type, c.plover_mode), c
        else:
            assert c.root == "01"  # public statements have no PLOVER type


def test_every_cameo_root_is_reachable_from_the_lexicon():
    roots = {e.cameo[:2] for e in lexicon.load().entries}
    assert roots == set(codebook.load().roots)


def test_lexicon_words_like_on_and_off_stay_words():
    entry = next(e for e in lexicon.load().entries if e.id == "call-on")
    assert "on" in entry.prep
