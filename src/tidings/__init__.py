"""tidings: news articles in, political event data out (CAMEO and PLOVER).

    >>> from tidings import Pipeline, Settings
    >>> pipeline = Pipeline(Settings())
    >>> doc = pipeline.code_text("Title\\n\\nThe United States expelled 60 Russian diplomats.")
    >>> [(e.source.code, e.cameo.code, e.target.code) for e in doc.events]
    [('USA', '161', 'RUSGOV')]
"""

from .pipeline import PIPELINE_VERSION, Pipeline
from .records import Actor, Cameo, Document, Event, Plover, Span, TimeValue
from .settings import Settings
from .store import Store

__version__ = PIPELINE_VERSION
__all__ = ["Actor", "Cameo", "Document", "Event", "Pipeline", "Plover", "Settings", "Span", "Store", "TimeValue",
           "__version__"]
