"""Actors the documents name, as `tidings actors`."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query

from .common import CODE, JSON, WORD, PageDep, StoreDep, known_params, window

router = APIRouter(tags=["actors"], dependencies=[Depends(known_params)])


@router.get("/actors")
def actors(store: StoreDep, at: PageDep,
           country: Annotated[str | None, Query(pattern=CODE, description="ISO3 or code: RUS, NAT.")] = None,
           kind: Annotated[str | None, Query(pattern=WORD, description="person, country, organization, ...")] = None
           ) -> JSON:
    """One row per actor, country, sector and role, with mentions and documents, most named first."""
    return JSON(window(store.actors(country, kind), at))
