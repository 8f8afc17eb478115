"""Settings travel as one object, read from options and the environment."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from .errors import UsageError

DEFAULT_MODEL = "en_core_web_sm"
#: the per-document budget: setting -> (environment variable, default); docs/format.md, "Budgets"
BUDGETS = {"max_chars": ("TIDINGS_MAX_CHARS", 1_000_000), "max_sentences": ("TIDINGS_MAX_SENTENCES", 2_000),
           "max_events": ("TIDINGS_MAX_EVENTS", 500),
           "max_merge_candidates": ("TIDINGS_MAX_MERGE_CANDIDATES", 100)}


def _env_int(name: str, default: int) -> int:
    """An integer setting from the environment; a value that is not one is a usage error."""
    value = os.environ.get(name)
    if value is None or not value.strip():
        return default
    try:
        n = int(value.replace("_", "").replace(",", ""))
    except ValueError:
        raise UsageError(f"{name}={value!r} is not a whole number; set it to one (e.g. {name}={default})") from None
    if n < 1:
        raise UsageError(f"{name}={value!r} must be at least 1")
    return n


@dataclass
class Settings:
    #: spaCy pipeline to load by name; any installed English pipeline works
    #: (en_core_web_sm, _md, _lg, _trf). Never downloaded at run time.
    model: str = field(default_factory=lambda: os.environ.get("TIDINGS_SPACY_MODEL", DEFAULT_MODEL))
    db: str = field(default_factory=lambda: os.environ.get("TIDINGS_DB", "tidings.duckdb"))
    # The per-document budget (docs/format.md, "Budgets"): no one input can take the machine.
    # A document over one is refused with a status naming it; the batch goes on.
    #: documents with more characters of text than this are refused with status ``too_large``
    max_chars: int = field(default_factory=lambda: _env_int(*BUDGETS["max_chars"]))
    #: documents with more sentences than this are refused with status ``over_budget`` before parsing
    max_sentences: int = field(default_factory=lambda: _env_int(*BUDGETS["max_sentences"]))
    #: documents coding more events than this are refused with status ``over_budget``
    max_events: int = field(default_factory=lambda: _env_int(*BUDGETS["max_events"]))
    #: documents with more events than this in one merge key (dyad and kind of act: the
    #: events the merge compares pairwise) are refused with status ``over_budget``
    max_merge_candidates: int = field(default_factory=lambda: _env_int(*BUDGETS["max_merge_candidates"]))
    #: documents per spaCy batch and per store transaction
    batch_size: int = 64
    #: which attributions the quotes stage records: ``all`` (direct, mixed and indirect speech,
    #: and speech acts and stances as kind ``act``: 'called for new tariffs', 'urged supporters to
    #: vote', 'wants to double the program', as attribution corpora such as PolNeAR count them; an
    #: act's attribution changes no event's status, docs/annotation.md item 8) or ``speech`` (only
    #: the quotes of item 8)
    attributions: str = "all"
    #: extra actor table in the format of data/actors/people.tsv
    actors_file: Path | None = None

    def __post_init__(self) -> None:
        if self.attributions not in ("speech", "all"):
            raise UsageError(f"attributions={self.attributions!r}: use 'speech' or 'all'")
