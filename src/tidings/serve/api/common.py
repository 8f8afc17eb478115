"""What every view shares: a store from the pool, the event filters of `tidings events`,
pages, downloads, and the refusal of parameters a view does not take."""

from __future__ import annotations

import json
import tempfile
from collections import Counter
from collections.abc import AsyncIterator
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Annotated, Any

from fastapi import BackgroundTasks, Depends, HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse, JSONResponse, Response

from ... import export
from ...store import Store

# Filter values are bound as parameters in any case; the patterns make a mistyped or hostile
# value a 422 that says what was expected, instead of an empty answer.
CODE = r"^[A-Za-z0-9]{1,16}$"  # a country (RUS) or actor code prefix (RUSGOV)
WORD = r"^[A-Za-z_]{1,32}$"  # a PLOVER type, a status, a kind
ISO_DATE = r"^\d{4}(-\d{2}(-\d{2})?|-W\d{2})?$"  # a day, month, ISO week or year
ID = r"^[A-Za-z0-9_.:@+=,~-]{1,200}$"  # a document, event or merged-event id or key


def json_bytes(content: Any) -> bytes:
    """Rows straight to JSON: FastAPI's generic encoder costs several times the query on a page of
    events. Values a database hands back that JSON lacks (a timestamp, a decimal) become text."""
    return json.dumps(content, ensure_ascii=False, separators=(",", ":"), default=str).encode("utf-8")


class JSON(JSONResponse):
    def render(self, content: Any) -> bytes:
        return json_bytes(content)


# The dependencies are async: none blocks the event loop, and a sync one would cost a hop to the
# thread pool and back on every request (the views, which query, run in the pool).

async def get_store(request: Request) -> AsyncIterator[Store]:
    pool = request.app.state.pool
    # a new connection (all in use) is opened in the pool: a PostgreSQL one waits on the network
    store = pool.take() or await run_in_threadpool(pool.open)
    try:
        yield store
    finally:
        pool.give(store)


StoreDep = Annotated[Store, Depends(get_store)]


_TAKES: dict[int, frozenset[str]] = {}  # by route


def _route_takes(route: Any) -> frozenset[str]:
    if id(route) not in _TAKES:
        _TAKES[id(route)] = frozenset(_takes(route.dependant))
    return _TAKES[id(route)]


def _takes(dependant: Any) -> set[str]:
    """The query parameters of a view and of everything it depends on."""
    return {p.alias for p in dependant.query_params}.union(*(_takes(d) for d in dependant.dependencies))


async def known_params(request: Request) -> None:
    """An unknown or repeated query parameter is a mistake to report, not to ignore."""
    takes = _route_takes(request.scope["route"])
    unknown = sorted(set(request.query_params) - takes)
    if unknown:
        raise HTTPException(400, f"unknown parameter {', '.join(map(repr, unknown))}; this endpoint takes: "
                                 f"{', '.join(sorted(takes)) or 'none'}")
    repeated = sorted(k for k, n in Counter(k for k, _ in request.query_params.multi_items()).items() if n > 1)
    if repeated:
        raise HTTPException(400, f"parameter {', '.join(map(repr, repeated))} given more than once")


@dataclass
class Filters:
    """The filters of `tidings events`, as the query functions take them."""

    merged: bool
    query: dict[str, Any]


async def event_filters(
    source: Annotated[str | None, Query(pattern=CODE, description="Source country or code prefix: RUS, RUSGOV.")]
    = None,
    target: Annotated[str | None, Query(pattern=CODE, description="Target country or code prefix.")] = None,
    type: Annotated[str | None, Query(pattern=WORD, description="PLOVER type: SANCTION, EXPEL.")] = None,  # noqa: A002
    root: Annotated[str | None, Query(pattern=r"^\d{1,2}$", description="CAMEO root code: 16, 17, ...")] = None,
    status: Annotated[str | None, Query(pattern=WORD, description="asserted, reported, alleged, ...")] = None,
    since: Annotated[str | None, Query(pattern=ISO_DATE, description="Dated on or after (ISO: 2018, 2018-03-01).")]
    = None,
    until: Annotated[str | None, Query(pattern=ISO_DATE, description="Dated on or before (ISO).")] = None,
    text: Annotated[str | None, Query(max_length=200, description="Evidence containing this text.")] = None,
    merged: Annotated[bool, Query(description="Merged events (one per event, told by any number of articles).")]
    = False,
) -> Filters:
    return Filters(merged, {k: v for k, v in dict(source=source, target=target, type=type, root=root, status=status,
                                                  since=since, until=until, text=text).items() if v})


FiltersDep = Annotated[Filters, Depends(event_filters)]


@dataclass
class Page:
    limit: int
    offset: int


async def page(
    limit: Annotated[int, Query(ge=1, le=1000, description="Rows per page (at most 1000).")] = 50,
    offset: Annotated[int, Query(ge=0, le=1_000_000_000, description="Rows to skip.")] = 0,
) -> Page:
    return Page(limit, offset)


PageDep = Annotated[Page, Depends(page)]


def paged(items: list[Any], total: int, at: Page, **extra: Any) -> dict[str, Any]:
    """A page of items, with where the next one starts (None on the last)."""
    after = at.offset + len(items)
    return {"total": total, "limit": at.limit, "offset": at.offset, **extra, "next": after if after < total else None,
            "items": items}


def paged_json(items: list[bytes], total: int, at: Page, **extra: Any) -> Response:
    """``paged``, answered as JSON, of items that are JSON already (records rendered once)."""
    head = paged(items, total, at, **extra)
    del head["items"]  # the last key: the items follow it as they are
    return Response(json_bytes(head)[:-1] + b',"items":[' + b",".join(items) + b"]}", media_type="application/json")


def window(rows: list[dict[str, Any]], at: Page, **extra: Any) -> dict[str, Any]:
    """A page of a list the CLI's query function returns whole (actors, quotes, places)."""
    return paged(rows[at.offset:at.offset + at.limit], len(rows), at, **extra)


class Format(str, Enum):
    json = "json"
    csv = "csv"
    jsonl = "jsonl"
    parquet = "parquet"


_MEDIA = {"csv": "text/csv; charset=utf-8", "jsonl": "application/x-ndjson",
          "parquet": "application/vnd.apache.parquet"}


def download(rows: list[dict[str, Any]], fmt: Format, table: str, name: str, tasks: BackgroundTasks) -> FileResponse:
    """The rows as a file, written by the exporter `tidings export` uses."""
    tmp = tempfile.NamedTemporaryFile(prefix="tidings-", suffix=f".{fmt.value}", delete=False)
    tmp.close()
    export.write_rows(rows, fmt.value, tmp.name, table)
    tasks.add_task(Path(tmp.name).unlink, missing_ok=True)
    return FileResponse(tmp.name, media_type=_MEDIA[fmt.value], filename=f"{name}.{fmt.value}")
