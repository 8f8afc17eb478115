"""Loaders for the data files shipped with tidings (formats in docs/data.md).

TSV files: UTF-8, tab-separated, first non-comment line is the header, lines
starting with ``#`` are comments; list-valued cells are ``|``-separated.
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import os
import pickle
import re
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from functools import cache
from importlib import metadata, resources
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")
# A compiled table no run has read for this many days is removed when a newer one is written.
CACHE_DAYS = 7

import yaml


def path(name: str) -> Path:
    """The path of a shipped data file, e.g. ``path("actors/countries.tsv")``."""
    return Path(str(resources.files(__name__).joinpath(name)))


def read_tsv(source: str | Path) -> Iterator[dict[str, str]]:
    """Rows of a tidings TSV file as dicts; ``source`` is a shipped name or a path."""
    file = source if isinstance(source, Path) else path(source)
    with open(file, encoding="utf-8", newline="") as fh:
        lines = (line for line in fh if line.strip() and not line.startswith("#"))
        for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
            yield {k: (v or "").strip() for k, v in row.items() if k}


def split_list(cell: str) -> list[str]:
    return [part.strip() for part in cell.split("|") if part.strip()]


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # libyaml's parser where built: 7x faster
    """YAML with only true/false as booleans: in a lexicon 'on', 'off', 'yes' and 'no' are words."""


_Loader.yaml_implicit_resolvers = {
    ch: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
    for ch, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
                              list("tTfF"))


@cache
def read_yaml(source: str | Path) -> Any:
    """A tidings YAML file; ``source`` is a shipped name or a path."""
    with open(source if isinstance(source, Path) else path(source), encoding="utf-8") as fh:
        return yaml.load(fh, Loader=_Loader)  # noqa: S506 - a SafeLoader subclass


def list_dir(name: str) -> list[str]:
    """The file names in a shipped data folder, sorted; none if it does not exist."""
    folder = path(name)
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


def cache_dir() -> Path:
    """Where compiled tables are kept: ``$TIDINGS_CACHE``, else the user's cache folder."""
    base = os.environ.get("TIDINGS_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "tidings")
    return Path(base)


@cache
def _code_stamp() -> str:
    """The sizes and times of tidings' own modules: a checkout whose code changed under the
    same version (a new field on a compiled class) builds its tables again, not an old pickle."""
    package = Path(__file__).resolve().parents[1]
    stamp = hashlib.sha1()
    for module in sorted(package.rglob("*.py")):
        st = module.stat()
        stamp.update(f"|{module.relative_to(package)}|{st.st_size}|{st.st_mtime_ns}".encode())
    return stamp.hexdigest()


def _cache_file(name: str, suffix: str, sources: tuple[str | Path, ...], packages: tuple[str, ...]) -> Path:
    """Where the compiled ``name`` lives: its file name holds a hash of what it is built from
    (this Python, tidings' version and code, the ``sources``' sizes and times, the
    ``packages``' versions)."""
    key = hashlib.sha1(f"{sys.version_info[:2]}|{metadata.version('tidings')}|{_code_stamp()}".encode())
    for src in sources:
        file = src if isinstance(src, Path) else path(src)
        st = file.stat()
        key.update(f"|{file}|{st.st_size}|{st.st_mtime_ns}".encode())
    for dist in packages:
        key.update(f"|{dist}={metadata.version(dist)}".encode())
    return cache_dir() / f"{name}-{key.hexdigest()[:16]}{suffix}"


def cached(name: str, build: Callable[[], T], sources: tuple[str | Path, ...] = (),
           packages: tuple[str, ...] = ()) -> T:
    """``build()``, compiled once and kept as a pickle until one of its ``sources`` (shipped
    data names or paths) or ``packages`` (installed distributions it reads) changes: start-up
    reads the compiled tables instead of parsing and indexing them again. A cache that cannot
    be read or written (a read-only home, a stale file) only costs the build."""
    target = _cache_file(name, ".pickle", sources, packages)
    try:
        with open(target, "rb") as fh:
            value = pickle.load(fh)  # noqa: S301 - our own cache, written below
        with contextlib.suppress(OSError):
            os.utime(target)  # in use: kept by the pruning below
        return value
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, IndexError, TypeError):
        pass
    value = build()
    with contextlib.suppress(OSError, pickle.PicklingError, TypeError, AttributeError):
        _write_whole(target, lambda file: _pickle_into(file, value))
    _prune(target.parent, name, keep=target)
    return value


def cached_file(name: str, suffix: str, sources: tuple[str | Path, ...], packages: tuple[str, ...],
                write: Callable[[Path], None]) -> Path | None:
    """The path of a compiled file (a database, an index the reader opens rather than
    unpickles whole), written by ``write(path)`` the first time it is asked for and kept
    until its ``sources`` or ``packages`` change, as ``cached`` keeps a pickle; None when the
    cache cannot be written (the caller then works from what it built in memory)."""
    target = _cache_file(name, suffix, sources, packages)
    if target.exists():
        with contextlib.suppress(OSError):
            os.utime(target)  # in use: kept by the pruning below
        return target
    try:
        _write_whole(target, write)
    except OSError:
        return None
    _prune(target.parent, name, keep=target)
    return target


def _write_whole(target: Path, write: Callable[[Path], None]) -> None:
    """``write`` a file next to ``target``, then move it there: a reader, in this process or
    another, never sees half a file."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=target.name)
    os.close(fd)
    try:
        write(Path(tmp))
        os.replace(tmp, target)
    finally:
        with contextlib.suppress(OSError):
            os.unlink(tmp)


def _pickle_into(file: Path, value: Any) -> None:
    with open(file, "wb") as fh:
        pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)


def _prune(folder: Path, name: str, keep: Path, days: float = CACHE_DAYS) -> None:
    """Remove compiled copies of ``name`` built from older data or packages that no run has
    read for ``days``: each edit of a table or upgrade would otherwise leave one more behind."""
    cutoff = time.time() - days * 86400
    for old in folder.glob(f"{name}-*"):
        with contextlib.suppress(OSError):
            if old != keep and old.stat().st_mtime < cutoff:
                old.unlink()
