"""Output formats for coded documents: JSON lines, CSV and a readable table."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import IO, Any

from rich.console import Console
from rich.table import Table

from .records import Document

CSV_COLUMNS = ["doc_id", "id", "cameo", "cameo_name", "goldstein", "quad_class", "plover_type", "plover_mode",
               "source_code", "source_text", "target_code", "target_text", "trigger", "status", "reported_by",
               "quantity", "evidence_start", "evidence_end", "evidence"]


def write_jsonl(docs: Iterable[Document], out: IO[str]) -> None:
    """One document line, then its quote and event lines, then its actor, place and timex
    mentions, each a record with its span (docs/format.md)."""
    for doc in docs:
        out.write(json.dumps(doc.to_json(), ensure_ascii=False) + "\n")
        for record in [*doc.quotes, *doc.events]:
            out.write(json.dumps(record.to_json(), ensure_ascii=False) + "\n")
        for mention in mention_records(doc):
            out.write(json.dumps(mention, ensure_ascii=False) + "\n")
        out.flush()


def mention_records(doc: Document) -> list[dict[str, Any]]:
    """The actor, place and timex records of a document, each kind in text order; the
    dateline's place among the places. Time values that came from metadata (no span) are
    the document record's, not mentions."""
    line = doc.dateline
    places = [(p, line is not None and p.start == line.start) for p in doc.places]
    if line is not None and not any(d for _, d in places):
        places.append((line, True))
    return ([a.to_record(doc.doc_id) for a in sorted(doc.actors, key=lambda a: a.start)]
            + [p.to_record(doc.doc_id, dateline=d) for p, d in sorted(places, key=lambda x: x[0].start)]
            + [t.to_record(doc.doc_id) for t in doc.timexes if t.start is not None])


def write_csv(docs: Iterable[Document], out: IO[str]) -> None:
    w = csv.writer(out)
    w.writerow(CSV_COLUMNS)
    for doc in docs:
        for e in doc.events:
            w.writerow([doc.doc_id, e.id, e.cameo.code, e.cameo.name, e.cameo.goldstein, e.cameo.quad_class,
                        e.plover.type, e.plover.mode, e.source.code, e.source.text,
                        e.target.code if e.target else "", e.target.text if e.target else "", e.trigger.text,
                        e.status, e.reported_by.name if e.reported_by else "", e.quantity.text if e.quantity else "",
                        e.evidence.start, e.evidence.end, e.evidence.text])


def print_table(docs: list[Document], console: Console) -> None:
    """A readable table of events: one row each, the evidence cut to fit."""
    table = Table(title="Events", expand=False, show_lines=False)
    table.add_column("doc", no_wrap=True, max_width=8)
    table.add_column("source", no_wrap=True)
    table.add_column("CAMEO", no_wrap=True)
    table.add_column("PLOVER", no_wrap=True)
    table.add_column("target", no_wrap=True)
    table.add_column("status", no_wrap=True)
    table.add_column("evidence", no_wrap=True, max_width=70)
    for doc in docs:
        for e in doc.events:
            t = e.target
            table.add_row(doc.doc_id[:8], f"{e.source.code} {_short(e.source.text, 22)}",
                          f"{e.cameo.code} {_short(e.cameo.name, 28)}",
                          (e.plover.type or "-") + (f"/{e.plover.mode}" if e.plover.mode else ""),
                          f"{t.code} {_short(t.text, 22)}" if t else "-", e.status, _short(e.evidence.text, 70))
    console.print(table)


def _short(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def print_scores(report, console: Console) -> None:
    """The eval table: one row per stage (an evaluation.Report)."""
    table = Table(title=f"tidings eval: {report.n_docs} gold documents", title_justify="left")
    for col in ("stage", "precision", "recall", "F1", "gold", "predicted"):
        table.add_column(col, justify="left" if col == "stage" else "right")
    for stage, s in report.scores.items():
        table.add_row(stage, f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}", str(s.n_gold), str(s.n_pred))
    console.print(table)


def write_rows_csv(rows: list[dict[str, Any]], out: IO[str]) -> None:
    if not rows:
        return
    w = csv.DictWriter(out, fieldnames=list(rows[0]), extrasaction="ignore")
    w.writeheader()
    w.writerows(rows)


def print_rows(rows: list[dict[str, Any]], columns: list[str], console: Console, title: str) -> None:
    table = Table(title=title, title_justify="left")
    for c in columns:
        table.add_column(c, no_wrap=c != "evidence_text", max_width=70 if c == "evidence_text" else None)
    for r in rows:
        table.add_row(*[_short(str(r.get(c)), 70) if r.get(c) is not None else "-" for c in columns])
    console.print(table)
