"""Store: documents, their mentions (actors, places, dates), events, quotes and merged events.

DuckDB is the embedded default; ``postgresql://`` URLs use a PostgreSQL server with the
same schema and behaviour (schema in docs/format.md). A document is named by its ``doc_id``
and its text by ``doc_key``, the hash of the normalized text: the same text fed twice, under
any name, is coded once, and a new text under a stored id replaces the old one. Each batch
of documents is written in one transaction through the database's bulk path: a run killed
halfway leaves whole batches behind and the next run codes the rest.

One module per concern: ``base`` (what a database must offer), ``duckdb`` and ``postgres``
(the two), ``schema`` (the tables), ``rows`` (records to rows and back), ``filters`` (event
queries), ``database`` (the Store).
"""

from .base import SchemaMismatch, StoreBusy, StoreError, StoreNotFound
from .database import Store, open_store
from .filters import event_filter
from .rows import (actor_json, actor_row, document_row, event_json, event_row, location_json, place_row, quote_row,
                   timex_row)
from .schema import (ACTOR_COLUMNS, COLUMNS, DOCUMENT_COLUMNS, EVENT_COLUMNS, MERGED_COLUMNS, PLACE_COLUMNS,
                     QUOTE_COLUMNS, SCHEMA_VERSION, TABLES, TIMEX_COLUMNS)

__all__ = ["ACTOR_COLUMNS", "COLUMNS", "DOCUMENT_COLUMNS", "EVENT_COLUMNS", "MERGED_COLUMNS", "PLACE_COLUMNS",
           "QUOTE_COLUMNS", "SCHEMA_VERSION", "TABLES", "TIMEX_COLUMNS", "SchemaMismatch", "Store", "StoreBusy",
           "StoreError", "StoreNotFound", "actor_json", "actor_row", "document_row", "event_filter", "event_json",
           "event_row", "location_json", "open_store", "place_row", "quote_row", "timex_row"]
