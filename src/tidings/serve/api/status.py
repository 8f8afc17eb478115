"""Counts by status: documents (coded or why not) and events (asserted, reported, alleged, ...)."""

from __future__ import annotations


from fastapi import APIRouter, Depends

from ... import queries
from .common import JSON, FiltersDep, StoreDep, known_params

router = APIRouter(tags=["status"], dependencies=[Depends(known_params)])


@router.get("/status")
def status(store: StoreDep, filters: FiltersDep) -> JSON:
    """Documents by status, as `tidings status`, and the filtered events by status; with the
    rows of each table."""
    return JSON({"documents": store.status(), "events": queries.status_counts(store, filters.merged, **filters.query),
                 "tables": store.counts()})
