import pytest

from tidings import Pipeline, Settings


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    return Pipeline(Settings())


@pytest.fixture(scope="session")
def code(pipeline):
    """Code one sentence (given a title line, as an article) and return its events."""

    def _code(sentence: str):
        doc = pipeline.code_text(f"Headline\n\n{sentence}")
        assert doc.ok, doc.error
        return doc.events

    return _code


@pytest.fixture(scope="session")
def article(pipeline):
    """Code a headline and a body as one article and return its events (a test module may
    define its own ``article`` that returns what it compares)."""

    def _code(title: str, body: str):
        doc = pipeline.code_text(f"{title}\n\n{body}")
        assert doc.ok, doc.error
        return doc.events

    return _code


@pytest.fixture(scope="session")
def seeds_db(pipeline, tmp_path_factory) -> str:
    """A DuckDB store of the sample articles and a wire report of their US expulsion of 60 Russian
    diplomats (a merged event with two sources), coded once for the session (the serve tests read it)."""
    from helpers import SEEDS, wire_report
    from tidings.pipeline import PIPELINE_VERSION
    from tidings.store import Store

    path = str(tmp_path_factory.mktemp("seeds") / "seeds.duckdb")
    with Store(path) as store:
        list(pipeline.code_into(store, pipeline.read([SEEDS])))
        store.write([wire_report(pipeline)], PIPELINE_VERSION)
    return path


# --- databases: every store test runs on DuckDB and on a real PostgreSQL server ---------

import glob  # noqa: E402
import os  # noqa: E402
import shutil  # noqa: E402
import socket  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402
import uuid  # noqa: E402
from pathlib import Path  # noqa: E402


def _pg_bin(name: str) -> str | None:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return found[-1] if found else shutil.which(name)


def _as_postgres(cmd: list[str]) -> list[str]:
    # initdb and postgres refuse to run as root; Debian's package creates the postgres user
    return ["runuser", "-u", "postgres", "--", *cmd] if os.geteuid() == 0 else cmd


@pytest.fixture(scope="session")
def postgres_server():
    """A throwaway PostgreSQL server on loopback, started from Debian's binaries."""
    initdb, pg_ctl = _pg_bin("initdb"), _pg_bin("pg_ctl")
    if not initdb or not pg_ctl:
        message = "PostgreSQL server not installed (Debian package 'postgresql'); .ci/run installs it"
        if os.environ.get("CI"):
            pytest.fail(message + " -- in CI the PostgreSQL tests must run")
        pytest.skip(message)
    # not under pytest's tmp dirs: those are private to root, and the server runs as postgres
    root = Path(tempfile.mkdtemp(prefix="tidings-pg-"))
    data = root / "data"
    if os.geteuid() == 0:
        shutil.chown(root, "postgres")
    subprocess.run(_as_postgres([initdb, "-D", str(data), "-A", "trust", "-U", "postgres", "-E", "UTF8",
                                 "--no-sync"]), check=True, capture_output=True)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    opts = f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off"
    subprocess.run(_as_postgres([pg_ctl, "-D", str(data), "-o", opts, "-l", str(root / "log"), "-w", "start"]),
                   check=True, capture_output=True)
    yield f"postgresql://postgres@127.0.0.1:{port}"
    subprocess.run(_as_postgres([pg_ctl, "-D", str(data), "-m", "immediate", "stop"]), capture_output=True)
    shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(params=["duckdb", "postgresql"])
def db_url(request, tmp_path):
    """A new, empty database: a DuckDB file, or a fresh database on the PostgreSQL server."""
    if request.param == "duckdb":
        return str(tmp_path / "tidings.duckdb")
    import psycopg

    server = request.getfixturevalue("postgres_server")
    name = "t_" + uuid.uuid4().hex[:12]
    with psycopg.connect(f"{server}/postgres", autocommit=True) as con:
        con.execute(f"CREATE DATABASE {name}")
    return f"{server}/{name}"
