"""The ASGI app: the API's routers, the page and its static files, and errors that say what
was wrong without a stack trace."""

from __future__ import annotations

import logging
import queue
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException

from ..store import Store
from .api import ROUTERS
from .pages import EventPages

log = logging.getLogger("tidings.serve")
HERE = Path(str(resources.files(__package__)))


class StorePool:
    """Read-only connections to one store, one per request at a time: a DuckDB or psycopg
    connection must not be used by two threads at once, and FastAPI runs views in a pool."""

    def __init__(self, db: str) -> None:
        self.db = db
        self._free: queue.LifoQueue[Store] = queue.LifoQueue()
        first = Store(db, read_only=True)  # fail at start, with the store's message, not at a request
        first.db.for_requests()
        self._free.put(first)

    @contextmanager
    def store(self) -> Iterator[Store]:
        store = self.take() or self.open()
        try:
            yield store
        finally:
            self.give(store)

    def take(self) -> Store | None:
        """A free connection, or None when every one is in use."""
        try:
            return self._free.get_nowait()
        except queue.Empty:
            return None

    def open(self) -> Store:
        return Store(self.db, read_only=True)

    def give(self, store: Store) -> None:
        self._free.put(store)

    def close(self) -> None:
        while not self._free.empty():
            self._free.get_nowait().close()


def create_app(db: str) -> FastAPI:
    """The app over the store ``db`` (a DuckDB file or a postgresql:// URL), opened read-only."""
    pool = StorePool(db)
    app = FastAPI(title="tidings", summary="Political event data coded from news, with its evidence.",
                  description="Read-only. Every list takes the filters of `tidings events`; see docs/api.md.",
                  version="1", docs_url=None, redoc_url=None)
    app.state.pool = pool
    with pool.store() as store:  # what a request works out is kept where the store cannot change meanwhile
        app.state.pages = EventPages(store.db.frozen)
    for router in ROUTERS:
        app.include_router(router, prefix="/api")
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    page = (HERE / "templates" / "index.html").read_text(encoding="utf-8")

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def index() -> str:
        return page

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    def openapi_page() -> HTMLResponse:
        # Swagger UI from the vendored npm package, not FastAPI's default CDN
        return get_swagger_ui_html(openapi_url="openapi.json", title="tidings API",
                                   swagger_js_url="static/vendor/swagger-ui-bundle.js",
                                   swagger_css_url="static/vendor/swagger-ui.css", swagger_favicon_url="data:,",
                                   swagger_ui_parameters={"validatorUrl": None})  # no badge from its site

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        problems = [f"{'.'.join(str(x) for x in e['loc'][1:]) or e['loc'][0]}: {e['msg']}" for e in exc.errors()]
        return JSONResponse({"error": "; ".join(problems)}, status_code=422)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> JSONResponse:
        return JSONResponse({"error": exc.detail}, status_code=exc.status_code, headers=exc.headers)

    @app.exception_handler(ValueError)
    async def bad_value(request: Request, exc: ValueError) -> JSONResponse:
        # the query functions refuse what they cannot answer (an unknown sort field) with a ValueError
        return JSONResponse({"error": str(exc)}, status_code=400)

    @app.exception_handler(Exception)
    async def failed(request: Request, exc: Exception) -> JSONResponse:
        log.exception("error answering %s", request.url.path)
        return JSONResponse({"error": "internal error; the server log has the details"}, status_code=500)

    app.router.on_shutdown.append(pool.close)
    return app
