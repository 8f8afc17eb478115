"""Loaders for the data files shipped with tidings (formats in docs/data.md).

TSV files: UTF-8, tab-separated, first non-comment line is the header, lines
starting with ``#`` are comments; list-valued cells are ``|``-separated.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

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


class _Loader(yaml.SafeLoader):
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
