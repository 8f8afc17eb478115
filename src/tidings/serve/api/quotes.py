"""Who said what, as `tidings quotes`."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query

from .common import JSON, PageDep, StoreDep, known_params, window

router = APIRouter(tags=["quotes"], dependencies=[Depends(known_params)])


@router.get("/quotes")
def quotes(store: StoreDep, at: PageDep,
           speaker: Annotated[str | None, Query(max_length=100, description="Speaker's name (part) or code prefix.")]
           = None,
           fragments: Annotated[bool, Query(description="Include scare-quoted fragments.")] = False) -> JSON:
    """Quotations and reported speech with their speakers, in text order."""
    return JSON(window(store.quotes(speaker, fragments), at))
