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

from .coref import antecedent
from .resolve import ActorResolver, Word
from .tables import Entity, Role, day

__all__ = ["ActorResolver", "Entity", "Role", "Word", "antecedent", "day", "load"]


@cache
def load(actors_file: Path | None = None) -> ActorResolver:
    return ActorResolver(actors_file)
