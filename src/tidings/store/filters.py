"""The WHERE clause of event queries, in SQL both databases speak."""

from __future__ import annotations

from typing import Any

from .. import queries


def event_filter(prefix: str = "e", doc: str | None = None, source: str | None = None, target: str | None = None,
                 type: str | None = None, root: str | None = None, status: str | None = None,  # noqa: A002
                 since: str | None = None, until: str | None = None, text: str | None = None
                 ) -> tuple[str, list[Any]]:
    """A WHERE clause for event queries. Actor filters take a country or a code prefix
    ('RUS', 'RUSGOV'), in any case; dates are read and compared by queries.date_clause; text
    is a plain substring."""
    clauses: list[str] = []
    params: list[Any] = []
    p = prefix
    if doc is not None and p == "e":
        clauses.append("(e.doc_id = ? OR e.doc_key = ?)")
        params += [doc, doc]
    for side, value in (("source", source), ("target", target)):
        if value := queries.code_filter(value, f"--{side}"):  # a code prefix, no character a wildcard
            code_sql, code_params = queries.prefix_clause(f"{p}.{side}_code", value)
            clauses.append(f"({p}.{side}_country = ? OR {code_sql})")
            params += [value, *code_params]
    if type:
        clauses.append(f"{p}.plover_type = ?")
        params.append(type.upper())
    if root:
        clauses.append(f"{p}.cameo_root = ?")
        params.append(root.zfill(2))
    if status:
        clauses.append(f"{p}.status = ?")
        params.append(status.lower())
    # dates by their days: a week, a month or a year is kept when any of its days is in range
    date_sql, date_params = queries.date_clause(f"{p}.date_first", f"{p}.date_last", since, until)
    clauses += date_sql
    params += date_params
    if text:
        text_sql, text_params = queries.contains_clause(f"{p}.evidence_text", text)
        clauses.append(text_sql)
        params += text_params
    return ("WHERE " + " AND ".join(clauses) if clauses else ""), params
