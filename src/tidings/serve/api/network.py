"""Who acts on whom: dyads as the edges of a network."""

from __future__ import annotations


from fastapi import APIRouter, Depends

from ... import queries
from .common import JSON, FiltersDep, StoreDep, known_params

router = APIRouter(tags=["charts"], dependencies=[Depends(known_params)])


@router.get("/network")
def network(store: StoreDep, filters: FiltersDep) -> JSON:
    """Nodes (countries, else actor codes) with their events, and edges source -> target with
    events and mean Goldstein."""
    edges = queries.network(store, filters.merged, **filters.query)
    degree: dict[str, int] = {}
    for e in edges:
        for side in ("source", "target"):
            degree[e[side]] = degree.get(e[side], 0) + e["events"]
    nodes = [{"id": k, "events": n} for k, n in sorted(degree.items(), key=lambda kv: (-kv[1], kv[0]))]
    return JSON({"nodes": nodes, "edges": edges})
