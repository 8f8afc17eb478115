"""serve: a read-only JSON API and a web page over a store (`tidings serve`).

The API's views call the same query functions as the command line (``queries.py``,
``store.py``); the page (``templates/index.html``, ``static/``) draws with Vega-Lite from
files vendored at build time (``make vendor``), so it works offline. See docs/api.md.
"""

from __future__ import annotations

from .app import create_app


def run(db: str, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve ``db`` on ``host:port`` until interrupted."""
    import uvicorn

    # no access log: at this log level it would print nothing, and still cost a record a request
    uvicorn.run(create_app(db), host=host, port=port, log_level="warning", access_log=False)


__all__ = ["create_app", "run"]
