"""Events over time, stacked by quad class."""

from __future__ import annotations

from enum import Enum

from fastapi import APIRouter, Depends

from ... import queries
from .common import JSON, FiltersDep, StoreDep, known_params

router = APIRouter(tags=["charts"], dependencies=[Depends(known_params)])


class Period(str, Enum):
    day = "day"
    week = "week"
    month = "month"


@router.get("/timeline")
def timeline(store: StoreDep, filters: FiltersDep, by: Period = Period.month) -> JSON:
    """Events per period and quad class (1 verbal cooperation, 2 material cooperation, 3 verbal
    conflict, 4 material conflict) with mean Goldstein; ``imprecise`` counts events dated less
    precisely than the period."""
    return JSON(queries.timeline(store, by.value, filters.merged, **filters.query))
