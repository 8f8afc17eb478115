"""Records to table rows and stored rows back to the JSON record shapes (docs/format.md)."""

from __future__ import annotations

import json
from typing import Any

from .. import merge
from ..records import Actor, Document, Event, Place, Quote, TimeValue
from ..timex.calendar import interval


def _actor_cells(actor: Actor | None) -> list[Any]:
    if actor is None:
        return [None] * 8
    return [actor.text, actor.name, actor.id, actor.country, actor.sector, actor.code, actor.start, actor.end]


def _date_cells(d: TimeValue | None) -> list[Any]:
    return [d.value, d.precision, d.text, d.source, d.start, d.end, *days_of(d.value, d.precision)] if d else [None] * 8


def days_of(value: str | None, precision: str | None) -> tuple[str | None, str | None]:
    """The first and last day (ISO) a date covers, the columns date filters compare: an
    ``on_or_before`` date reaches back to the first day of the calendar."""
    span = interval(value, precision)
    return (span[0].isoformat(), span[1].isoformat()) if span else (None, None)


def _place_cells(p: Place | None) -> list[Any]:
    return [p.name, p.country, p.admin1, p.lat, p.lon, p.feature, p.id, p.text, p.start, p.end] if p else [None] * 10


def document_row(d: Document, version: str) -> list[Any]:
    p = d.published
    return [d.key, d.doc_id, d.path, d.url, d.title, d.outlet, d.byline, p.value if p else None,
            p.precision if p else None, p.text if p else None, p.source if p else None, d.status, d.error,
            d.text or None, json.dumps([[c.start, c.end] for c in d.captions]), version]


def actor_row(a: Actor, mention: int, doc: Document) -> list[Any]:
    return [doc.key, doc.doc_id, mention, a.text, a.start, a.end, a.name, a.id, a.country, a.sector, a.code, a.kind,
            a.role, a.gender, a.cue]


def place_row(p: Place, mention: int, doc: Document) -> list[Any]:
    return [doc.key, doc.doc_id, mention, p.text, p.start, p.end, p.name, p.country, p.admin1, p.lat, p.lon,
            p.feature, p.id]


def timex_row(t: TimeValue, mention: int, doc: Document) -> list[Any]:
    return [doc.key, doc.doc_id, mention, t.text, t.start, t.end, t.value, t.precision, t.source, t.type,
            t.timex3 or t.value]


def event_row(e: Event, doc_key: str, merge_key: str | None = None) -> list[Any]:
    """An event's row; ``merge_key`` (merge.merge_key) is filled by the writer."""
    return [
        e.id, doc_key, e.doc_id, e.evidence.start, e.evidence.end, e.evidence.text,
        *_actor_cells(e.source), *_actor_cells(e.target),
        e.cameo.code, e.cameo.root, e.cameo.name, e.cameo.goldstein, e.cameo.quad_class,
        e.plover.type, e.plover.mode, ";".join(e.plover.context) or None,
        *_date_cells(e.date), *_place_cells(e.location), e.status,
        *([e.status_cue.text, e.status_cue.start, e.status_cue.end] if e.status_cue else [None] * 3),
        *_actor_cells(e.reported_by),
        *([e.quantity.text, e.quantity.value, e.quantity.start, e.quantity.end] if e.quantity else [None] * 4),
        e.trigger.text, e.trigger.start, e.trigger.end, e.pattern, e.caption,
        *(a.role if a else None for a in (e.source, e.target, e.reported_by)),
        merge_key,
    ]


def quote_row(q: Quote, doc: Document) -> list[Any]:
    s = q.speaker
    return [q.id, doc.key, doc.doc_id, q.text, q.start, q.end, s.text if s else None, s.name if s else None,
            s.country if s else None, s.code if s else None, q.cue, q.channel, q.status, q.fragment, q.kind]


def location_json(row: dict[str, Any]) -> dict[str, Any] | None:
    """The location columns of an event or merged-event row as the JSONL ``location`` object."""
    if not row.get("location_name"):
        return None
    found = {c.removeprefix("location_"): row.get(c) for c in merge.LOCATION_COLUMNS}
    if "location_start" in row:
        found.update(text=row["location_text"], start=row["location_start"], end=row["location_end"])
    return found


def actor_json(prefix: str, row: dict[str, Any]) -> dict[str, Any] | None:
    if row.get(f"{prefix}_code") is None and row.get(f"{prefix}_text") is None:
        return None
    return {k: row.get(f"{prefix}_{k}") for k in ("text", "name", "id", "country", "sector", "code", "role", "start",
                                                  "end")}


def event_json(row: dict[str, Any]) -> dict[str, Any]:
    """A stored event row in the shape of the JSONL ``event`` record (docs/format.md)."""
    return {
        "record": "event", "id": row["id"], "doc_id": row["doc_id"],
        "evidence": {"text": row["evidence_text"], "start": row["evidence_start"], "end": row["evidence_end"]},
        "source": actor_json("source", row), "target": actor_json("target", row),
        "cameo": {"code": row["cameo_code"], "root": row["cameo_root"], "name": row["cameo_name"],
                  "goldstein": row["goldstein"], "quad_class": row["quad_class"]},
        "plover": {"type": row["plover_type"], "mode": row["plover_mode"],
                   "context": row["plover_context"].split(";") if row["plover_context"] else []},
        "date": {"value": row["date"], "precision": row["date_precision"], "text": row["date_text"],
                 "source": row["date_source"], "start": row["date_start"], "end": row["date_end"]}
        if row["date"] else None,
        "location": location_json(row),
        "status": row["status"],
        "status_cue": {"text": row["status_cue_text"], "start": row["status_cue_start"],
                       "end": row["status_cue_end"]} if row.get("status_cue_text") else None,
        "reported_by": actor_json("reported_by", row),
        "quantity": {"text": row["quantity_text"], "value": row["quantity_value"], "start": row["quantity_start"],
                     "end": row["quantity_end"]} if row.get("quantity_text") else None,
        "trigger": {"text": row["trigger_text"], "start": row["trigger_start"], "end": row["trigger_end"]},
        "pattern": row["pattern"], "caption": bool(row["caption"]),
    }
