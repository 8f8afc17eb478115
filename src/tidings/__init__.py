"""tidings: news articles in, political event data out (CAMEO and PLOVER).

    >>> from tidings import Pipeline, Settings
    >>> pipeline = Pipeline(Settings())
    >>> doc = pipeline.code_text("Title\\n\\nThe United States expelled 60 Russian diplomats.")
    >>> [(e.source.code, e.cameo.code, e.target.code) for e in doc.events]
    [('USA', '161', 'RUSGOV')]
"""

from .records import Actor, Cameo, Document, Event, Plover, Span, TimeValue
from .settings import Settings
from .store import Store
from .version import PIPELINE_VERSION

__version__ = PIPELINE_VERSION


def __getattr__(name: str):
    # the pipeline (and with it spaCy) loads when first asked for, so `tidings serve` never loads it
    if name == "Pipeline":
        from .pipeline import Pipeline

        return Pipeline
    raise AttributeError(f"module 'tidings' has no attribute {name!r}")


__all__ = ["Actor", "Cameo", "Document", "Event", "Pipeline", "Plover", "Settings", "Span", "Store", "TimeValue",
           "__version__"]
