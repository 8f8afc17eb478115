"""tidings: news articles in, political event data out (CAMEO and PLOVER).

    >>> from tidings import Pipeline, Settings
    >>> pipeline = Pipeline(Settings())
    >>> doc = pipeline.code_text("Title\\n\\nThe United States expelled 60 Russian diplomats.")
    >>> [(e.source.code, e.cameo.code, e.target.code) for e in doc.events]
    [('USA', '161', 'RUSGOV')]
"""

from . import spacy_cli
from .records import Actor, Cameo, Document, Event, Plover, Span, TimeValue
from .settings import Settings

spacy_cli.install()  # spaCy, when a stage imports it, without its command line (spacy_cli)

# The pipeline (spaCy) and the store (DuckDB) load when first asked for, so commands that
# only read a store start without the model.
_LAZY = {"Pipeline": ("pipeline", "Pipeline"), "PIPELINE_VERSION": ("pipeline", "PIPELINE_VERSION"),
         "__version__": ("pipeline", "PIPELINE_VERSION"), "Store": ("store", "Store")}


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        module, attr = _LAZY[name]
        return getattr(importlib.import_module(f".{module}", __name__), attr)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

__all__ = ["Actor", "Cameo", "Document", "Event", "Pipeline", "Plover", "Settings", "Span", "Store", "TimeValue",
           "__version__"]
