"""A dyad over time, as `tidings dyad` prints it."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query

from ... import queries
from .common import CODE, JSON, StoreDep, known_params

router = APIRouter(tags=["dyads"], dependencies=[Depends(known_params)])


@router.get("/dyad")
def dyad(store: StoreDep, a: Annotated[str, Query(pattern=CODE, description="One side: a country or code prefix.")],
         b: Annotated[str, Query(pattern=CODE, description="The other side.")],
         by: Annotated[Literal["day", "month", "year"], Query(description="Period to count by.")] = "month") -> JSON:
    """Per period and direction (A->B, B->A): events, counts by quad class and mean Goldstein.
    Events without a date count at their document's publication date."""
    return JSON({"a": a.upper(), "b": b.upper(), "by": by, "series": queries.dyad_series(store, a, b, by)})
