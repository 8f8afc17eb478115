"""Events: the filtered list (a page, or the whole set as a file), one event with its
evidence and the merged event it belongs to, and a merged event with its sources."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, BackgroundTasks, Depends, HTTPException, Path, Query, Request

from ... import queries
from ...store import Store, event_json
from .common import ID, JSON, FiltersDep, Format, PageDep, StoreDep, download, json_bytes, known_params, paged_json

router = APIRouter(tags=["events"], dependencies=[Depends(known_params)])

SORT = Query(pattern=r"^-?[a-z_]{1,32}$", description="A field to sort by, - first for descending: date, -goldstein, "
             "cameo_code, plover_type, status, source_code, target_code, location_name, n_sources (merged), ...")


@router.get("/events")
def list_events(request: Request, store: StoreDep, filters: FiltersDep, at: PageDep, tasks: BackgroundTasks,
                sort: Annotated[str, SORT] = "date",
                doc: Annotated[str | None, Query(pattern=ID, description="Only this document's events (id or key).")]
                = None,
                format: Annotated[Format, Query(  # noqa: A002
                    description="json: a page; csv, jsonl, parquet: every match, as a file, in the order of "
                                "`tidings events`.")] = Format.json) -> Any:
    """Stored events, filtered as `tidings events` does; ``merged=true`` lists merged events."""
    if doc is not None and filters.merged:
        raise HTTPException(400, "doc filters events, not merged events: drop merged or doc")
    query = {**filters.query, **({"doc": doc} if doc else {})}
    if format is not Format.json:  # every match, as `tidings events` lists them
        rows = _with_mentions(store, store.merged(**filters.query)) if filters.merged else \
            store.events(doc, **filters.query)
        table = "merged" if filters.merged else "events"
        return download(rows, format, table, table, tasks)
    items, total = request.app.state.pages.page(store, filters.merged, sort, at.limit, at.offset, query,
                                                _merged_records if filters.merged else _event_records)
    return paged_json(items, total, at, sort=sort, merged=filters.merged)


def _listed(row: dict[str, Any]) -> dict[str, Any]:
    return {**event_json(row), "doc_key": row["doc_key"]}


def _event_records(store: Store, rows: list[dict[str, Any]]) -> list[bytes]:
    return [json_bytes(_listed(r)) for r in rows]


def _merged_records(store: Store, rows: list[dict[str, Any]]) -> list[bytes]:
    return [json_bytes(r) for r in _with_mentions(store, rows)]


def _with_mentions(store: Store, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    sources = store.mentions_of_each([r["id"] for r in rows])
    for r in rows:  # as `tidings events --merged` prints them
        r["mentions"] = [{"event_id": m["event_id"], "doc_id": m["doc_id"]} for m in sources.get(r["id"], [])]
    return rows


EventId = Annotated[str, Path(pattern=ID, description="An event id.")]


@router.get("/events/{event_id}")
def one_event(store: StoreDep, event_id: EventId) -> JSON:
    """One event in the JSONL record shape, with its document (text and title) and the merged
    event it counts towards with that event's sources."""
    row = queries.event(store, event_id)
    if row is None:
        raise HTTPException(404, f"no event {event_id!r}")
    doc = store.document(row["doc_key"])
    merged = queries.merged_event(store, row["merged_id"]) if row["merged_id"] else None
    return JSON({**_listed(row), "document": _document(doc),
                 "merged": {**merged, "sources": store.mentions_of(merged["id"])} if merged else None})


@router.get("/merged/{merged_id}")
def one_merged(store: StoreDep, merged_id: Annotated[str, Path(pattern=ID, description="A merged event id.")]
               ) -> JSON:
    """A merged event and each event it merges, with that event's document: its sources side by side."""
    merged = queries.merged_event(store, merged_id)
    if merged is None:
        raise HTTPException(404, f"no merged event {merged_id!r}")
    sources = []
    for m in store.mentions_of(merged_id):
        row = queries.event(store, m["event_id"])
        if row is not None:
            sources.append({**_listed(row), "document": _document(store.document(row["doc_key"]))})
    return JSON({**merged, "sources": sources})


def _document(doc: dict[str, Any] | None) -> dict[str, Any] | None:
    if doc is None:
        return None
    return {k: doc[k] for k in ("doc_key", "doc_id", "title", "url", "outlet", "published", "status", "text")}
