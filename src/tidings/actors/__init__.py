"""Actors: find actor mentions in text and resolve noun phrases to CAMEO-style actors.

One module per concern: ``tables`` loads data/actors/ (format in docs/data.md);
``resolve`` finds the tables' names in a text and resolves a noun phrase ('Russian
diplomats' -> RUSGOV) with the roles people held on a date; ``open_world`` adds the
people, organizations and groups no table names, from the NER's entities, with the cue
that gave each its country; ``coref`` gives a pronoun or a definite title the actor it
stands for.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from .. import data, lexicon
from .coref import antecedent
from .resolve import ActorResolver, Word
from .tables import Entity, Role, day

__all__ = ["ActorResolver", "Entity", "Role", "Word", "antecedent", "day", "load"]


@cache
def load(actors_file: Path | None = None) -> ActorResolver:
    """The resolver over the tables (and ``actors_file``'s people), compiled once and then read
    from the cache (``data.cached``) until a table or the code that reads them changes."""
    sources = (*(f"actors/{name}" for name in data.list_dir("actors")), "lexicon/modifiers.yaml", "geo/gazetteer.yaml",
               Path(lexicon.__file__), *sorted(Path(__file__).parent.rglob("*.py")),
               *([Path(actors_file)] if actors_file else []))
    return data.cached("actors", lambda: ActorResolver(actors_file), sources)
