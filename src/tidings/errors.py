"""What went wrong, in one line a person can act on: the problem and the fix.

The command line prints ``explain(exc)`` instead of a traceback (``--debug`` shows it);
the Python API raises the exceptions themselves.
"""

from __future__ import annotations

import re
from pathlib import Path

USAGE = 2  # the command was asked for something it cannot do: a path, a URL, an option
FAILED = 1  # documents failed, or tidings itself did


class UsageError(ValueError):
    """A problem with what was asked (an option, a path, a setting); the message says the fix."""


_DUCKDB_MISSING = re.compile(r'Cannot open (?:database|file) "([^"]+)"[^:]*: No such file or directory')
_DUCKDB_LOCK = re.compile(r'Could not set lock on file "([^"]+)": Conflicting lock is held in (.*?) \(PID (\d+)\)')


def explain(exc: BaseException) -> tuple[str, int]:
    """(message, exit code) for an exception that ended a command."""
    name = type(exc).__name__
    text = " ".join(str(exc).split())
    if isinstance(exc, KeyboardInterrupt):
        return "interrupted; nothing of the batch in progress was stored, a re-run codes the rest", 130
    module = type(exc).__module__
    if module.startswith("tidings.") or module == "tidings":
        # tidings' own exceptions (a schema mismatch, a missing model, a bad filter, a locked
        # store) are written as messages already
        return text, USAGE
    if module.startswith("_duckdb") or module.startswith("duckdb"):
        if m := _DUCKDB_MISSING.search(text):
            folder = Path(m[1]).parent
            return (f"cannot open the database {m[1]}: the folder {folder} does not exist; create it, or give "
                    "--db a file in an existing folder"), USAGE
        if m := _DUCKDB_LOCK.search(text):
            return (f"the database {m[1]} is in use by another process (PID {m[3]}): DuckDB lets one process "
                    "open a file for writing; wait for it to finish, or give --db another file"), USAGE
        return f"the DuckDB store failed: {text}", USAGE if name in ("IOException", "CatalogException") else FAILED
    if module.startswith("psycopg"):
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else name
        if name == "OperationalError":
            return (f"cannot connect to the PostgreSQL server: {_hide_password(first)}; start the server, or "
                    "correct the postgresql:// URL in --db (or TIDINGS_DB)"), USAGE
        return f"the PostgreSQL store failed: {_hide_password(first)}", FAILED
    if isinstance(exc, OSError):
        return _os_error(exc), USAGE
    return (f"internal error: {name}: {text[:300]}; re-run with --debug for the traceback, and please report "
            "it"), FAILED


def _os_error(exc: OSError) -> str:
    path = exc.filename
    reason = exc.strerror or type(exc).__name__
    if path is None:
        return f"{reason}: {exc}"
    folder = Path(str(path)).parent
    if isinstance(exc, FileNotFoundError) and not folder.exists():
        return f"cannot use {path}: the folder {folder} does not exist; create it, or give a path in an existing one"
    if isinstance(exc, PermissionError):
        return f"cannot use {path}: permission denied; give a path you can write to"
    if isinstance(exc, IsADirectoryError):
        return f"cannot use {path}: it is a folder; give a file name"
    return f"cannot use {path}: {reason}"


def _hide_password(text: str) -> str:
    return re.sub(r"(://[^:/@\s]+):[^@\s]*@", r"\1:***@", text)
