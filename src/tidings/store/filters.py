"""The WHERE clause of event queries, in SQL both databases speak."""

from __future__ import annotations

from typing import Any


def event_filter(prefix: str = "e", doc: str | None = None, source: str | None = None, target: str | None = None,
                 type: str | None = None, root: str | None = None, status: str | None = None,  # noqa: A002
                 since: str | None = None, until: str | None = None, text: str | None = None
                 ) -> tuple[str, list[Any]]:
    """A WHERE clause for event queries. Actor filters take a country or a code prefix
    ('RUS', 'RUSGOV'); dates compare the event date as ISO text, so '2018' covers the year."""
    clauses: list[str] = []
    params: list[Any] = []
    p = prefix
    if doc is not None and p == "e":
        clauses.append("(e.doc_id = ? OR e.doc_key = ?)")
        params += [doc, doc]
    for side, value in (("source", source), ("target", target)):
        if value:
            clauses.append(f"({p}.{side}_country = ? OR {p}.{side}_code LIKE ?)")
            params += [value.upper(), value.upper() + "%"]
    if type:
        clauses.append(f"{p}.plover_type = ?")
        params.append(type.upper())
    if root:
        clauses.append(f"{p}.cameo_root = ?")
        params.append(root.zfill(2))
    if status:
        clauses.append(f"{p}.status = ?")
        params.append(status)
    if since:
        clauses.append(f"{p}.date >= ?")
        params.append(since)
    if until:
        clauses.append(f"substr({p}.date, 1, {len(until)}) <= ?")
        params.append(until)
    if text:
        clauses.append(f"lower({p}.evidence_text) LIKE ?")
        params.append(f"%{text.lower()}%")
    return ("WHERE " + " AND ".join(clauses) if clauses else ""), params
