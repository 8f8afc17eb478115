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


def document_records(doc: Document, stored: str | None = None) -> list[dict[str, Any]]:
    """A document's records in the JSONL shape (docs/format.md): the document, its quotes,
    its events, then its actor, place and timex mentions. ``stored`` says when the store took
    it: ``now``, ``before`` (this text was stored by an earlier run, and the records are read
    back from the store) or None."""
    head = {**doc.to_json(), "stored": stored}
    return [head, *(q.to_json() for q in doc.quotes), *(e.to_json() for e in doc.events), *mention_records(doc)]


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


def write_records(records: Iterable[dict[str, Any]], out: IO[str]) -> None:
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
    out.flush()


def write_jsonl(docs: Iterable[Document], out: IO[str]) -> None:
    """One document line, then its quote, event, actor, place and timex lines (docs/format.md)."""
    for doc in docs:
        write_records(document_records(doc), out)


def _get(record: dict[str, Any] | None, *keys: str) -> Any:
    for k in keys:
        if not isinstance(record, dict):
            return None
        record = record.get(k)
    return record


def csv_row(e: dict[str, Any]) -> list[Any]:
    """An event record (``Event.to_json`` or ``store.event_json``) as a row of CSV_COLUMNS."""
    return [e["doc_id"], e["id"], _get(e, "cameo", "code"), _get(e, "cameo", "name"), _get(e, "cameo", "goldstein"),
            _get(e, "cameo", "quad_class"), _get(e, "plover", "type"), _get(e, "plover", "mode"),
            _get(e, "source", "code"), _get(e, "source", "text"), _get(e, "target", "code") or "",
            _get(e, "target", "text") or "", _get(e, "trigger", "text"), e.get("status"),
            _get(e, "reported_by", "name") or "", _get(e, "quantity", "text") or "",
            _get(e, "evidence", "start"), _get(e, "evidence", "end"), _get(e, "evidence", "text")]


class CsvEvents:
    """Event rows as CSV, written as documents come (the header first, once)."""

    def __init__(self, out: IO[str]) -> None:
        self.writer = csv.writer(out)
        self.writer.writerow(CSV_COLUMNS)
        self.out = out

    def write(self, records: Iterable[dict[str, Any]]) -> None:
        self.writer.writerows(csv_row(r) for r in records if r.get("record") == "event")
        self.out.flush()


def write_csv(docs: Iterable[Document], out: IO[str]) -> None:
    w = CsvEvents(out)
    for doc in docs:
        w.write(e.to_json() for e in doc.events)


def print_table(records: Iterable[dict[str, Any]] | Iterable[Document], console: Console) -> None:
    """A readable table of events: one row each, ids shortened in the middle, the evidence cut to fit."""
    table = Table(title="Events", expand=False, show_lines=False)
    table.add_column("doc", no_wrap=True, min_width=ID_WIDTH)
    table.add_column("source", no_wrap=True)
    table.add_column("CAMEO", no_wrap=True)
    table.add_column("PLOVER", no_wrap=True)
    table.add_column("target", no_wrap=True)
    table.add_column("status", no_wrap=True, min_width=9)
    table.add_column("evidence", no_wrap=True, max_width=70)
    for r in records:
        if isinstance(r, Document):
            events = [e.to_json() for e in r.events]
        else:
            events = [r] if r.get("record") == "event" else []
        for e in events:
            t = e.get("target")
            mode = _get(e, "plover", "mode")
            source = f"{_get(e, 'source', 'code')} {_short(_get(e, 'source', 'text') or '', 22)}"
            table.add_row(middle(e["doc_id"], ID_WIDTH), source,
                          f"{_get(e, 'cameo', 'code')} {_short(_get(e, 'cameo', 'name') or '', 28)}",
                          (_get(e, "plover", "type") or "-") + (f"/{mode}" if mode else ""),
                          f"{t['code']} {_short(t['text'] or '', 22)}" if t else "-", e.get("status") or "-",
                          _short(_get(e, "evidence", "text") or "", 70))
    console.print(table)


ID_WIDTH = 24  # ids in tables: 'allsides-2018-…-expels-60' reads, 'allsi…' does not


def middle(text: str, n: int = ID_WIDTH) -> str:
    """``text`` cut to ``n`` characters in the middle, so its start and its end both show."""
    text = " ".join(str(text).split())
    if len(text) <= n:
        return text
    head = (n - 1) - (n - 1) // 2
    return text[:head] + "…" + text[len(text) - (n - 1 - head):]


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


# Columns of running text: they wrap and take the width the others leave.
TEXT_COLUMNS = {"evidence_text", "text", "message", "example", "error"}


def print_rows(rows: list[dict[str, Any]], columns: list[str], console: Console, title: str) -> None:
    """A table of query rows. Short columns (ids, codes, statuses) keep their width, ids
    shortened in the middle; running text wraps in what is left."""
    table = Table(title=title, title_justify="left")
    cells = [[_cell(c, r.get(c)) for c in columns] for r in rows]
    for k, c in enumerate(columns):
        if c in TEXT_COLUMNS:
            table.add_column(c, no_wrap=False, overflow="fold", min_width=20)
        else:
            widest = max([len(c), *(len(row[k]) for row in cells)])
            table.add_column(c, no_wrap=True, min_width=min(widest, 40))
    for row in cells:
        table.add_row(*row)
    console.print(table)


def _cell(column: str, value: Any) -> str:
    if value is None:
        return "-"
    if column in TEXT_COLUMNS:
        return _short(str(value), 300)
    return middle(str(value), 40) if column.endswith("id") or column.endswith("_key") else _short(str(value), 40)
