"""Settings travel as one object, read from options and the environment."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_MODEL = "en_core_web_sm"


@dataclass
class Settings:
    #: spaCy pipeline to load by name; any installed English pipeline works
    #: (en_core_web_sm, _md, _lg, _trf). Never downloaded at run time.
    model: str = field(default_factory=lambda: os.environ.get("TIDINGS_SPACY_MODEL", DEFAULT_MODEL))
    db: str = field(default_factory=lambda: os.environ.get("TIDINGS_DB", "tidings.duckdb"))
    #: documents with more cleaned text than this are refused with status ``too_large``
    max_chars: int = 5_000_000
    #: documents per spaCy batch and per store transaction
    batch_size: int = 64
    #: extra actor table in the format of data/actors/people.tsv
    actors_file: Path | None = None
