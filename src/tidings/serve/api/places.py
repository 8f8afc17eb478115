"""Places: those the documents name (as `tidings places`), and where the filtered events happened."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query

from ... import queries
from .common import JSON, FiltersDep, PageDep, StoreDep, known_params, window

router = APIRouter(tags=["places"], dependencies=[Depends(known_params)])


@router.get("/places")
def places(store: StoreDep, at: PageDep,
           country: Annotated[str | None, Query(pattern=r"^[A-Za-z]{3}$", description="ISO3 country.")] = None
           ) -> JSON:
    """Places named, with the events located there, mentions and documents, most events first."""
    return JSON(window(store.places(country.upper() if country else None), at))


@router.get("/map")
def event_map(store: StoreDep, filters: FiltersDep) -> JSON:
    """Each place where filtered events happened, with lat/lon, events and mean Goldstein."""
    return JSON({"places": queries.event_places(store, filters.merged, **filters.query)})
