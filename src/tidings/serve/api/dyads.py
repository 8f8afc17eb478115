"""A dyad over time, as `tidings dyad` prints it."""

from __future__ import annotations

from enum import Enum
from typing import Annotated

from fastapi import APIRouter, Depends, Query

from ... import queries
from .common import JSON, CODE, StoreDep, known_params

router = APIRouter(tags=["dyads"], dependencies=[Depends(known_params)])


class Period(str, Enum):
    day = "day"
    month = "month"
    year = "year"


@router.get("/dyad")
def dyad(store: StoreDep, a: Annotated[str, Query(pattern=CODE, description="One side: a country or code prefix.")],
         b: Annotated[str, Query(pattern=CODE, description="The other side.")], by: Period = Period.month
         ) -> JSON:
    """Per period and direction (A->B, B->A): events, counts by quad class and mean Goldstein.
    Events without a date count at their document's publication date."""
    return JSON({"a": a.upper(), "b": b.upper(), "by": by.value, "series": queries.dyad_series(store, a, b, by.value)})
