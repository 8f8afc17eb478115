"""A document: its cleaned text and every mention found in it, as character spans."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Path

from ... import queries
from ...store import event_json
from .common import ID, JSON, StoreDep, known_params

router = APIRouter(tags=["documents"], dependencies=[Depends(known_params)])


def _span(mention: str, start: Any, end: Any, text: Any, **about: Any) -> dict[str, Any] | None:
    if start is None or end is None:
        return None
    return {"mention": mention, "start": start, "end": end, "text": text,
            **{k: v for k, v in about.items() if v is not None}}


@router.get("/documents/{doc_id}")
def one_document(store: StoreDep, doc_id: Annotated[str, Path(pattern=ID, description="A document id or key.")]
                 ) -> JSON:
    """The document's text, its events (JSONL record shape) and its mentions: events, actors,
    quotes, places and dates, each a span ``text[start:end]``."""
    doc = store.document(doc_id)
    if doc is None:
        raise HTTPException(404, f"no document {doc_id!r}")
    found = queries.mentions(store, doc["doc_key"])
    events = [event_json(r) for r in store.events(doc["doc_key"])]
    spans = [
        *(_span("event", e["evidence"]["start"], e["evidence"]["end"], e["evidence"]["text"], id=e["id"],
                cameo=e["cameo"]["code"], plover=e["plover"]["type"]) for e in events),
        *(_span("actor", a["start_char"], a["end_char"], a["text"], name=a["name"], code=a["code"], kind=a["kind"],
                role=a["role"]) for a in found["actors"]),
        *(_span("quote", q["start_char"], q["end_char"], q["text"], id=q["id"], speaker=q["speaker_name"],
                kind=q["kind"]) for q in found["quotes"]),
        *(_span("place", p["start_char"], p["end_char"], p["text"], name=p["name"], country=p["country"],
                id=p["place_id"]) for p in found["places"]),
        *(_span("date", t["start_char"], t["end_char"], t["text"], value=t["value"], precision=t["precision"],
                type=t["type"]) for t in found["timexes"]),
        *(_span("date", e["date"]["start"], e["date"]["end"], e["date"]["text"], value=e["date"]["value"],
                precision=e["date"]["precision"]) for e in events if e["date"]),
    ]
    # one span per kind and place: several events share a date or a sentence
    unique = list({(s["mention"], s["start"], s["end"]): s for s in spans if s}.values())
    unique.sort(key=lambda s: (s["start"], -s["end"], s["mention"]))
    return JSON({k: v for k, v in doc.items() if k not in ("coded_at",)} | {"events": events, "mentions": unique})
