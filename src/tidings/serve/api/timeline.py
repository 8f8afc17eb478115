"""Events over time, stacked by quad class."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query

from ... import queries
from .common import JSON, FiltersDep, StoreDep, known_params

router = APIRouter(tags=["charts"], dependencies=[Depends(known_params)])


@router.get("/timeline")
def timeline(store: StoreDep, filters: FiltersDep,
             by: Annotated[Literal["day", "week", "month"], Query(description="Period to count by.")] = "month"
             ) -> JSON:
    """Events per period and quad class (1 verbal cooperation, 2 material cooperation, 3 verbal
    conflict, 4 material conflict) with mean Goldstein; ``imprecise`` counts events dated less
    precisely than the period."""
    return JSON(queries.timeline(store, by, filters.merged, **filters.query))
