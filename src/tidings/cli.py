"""The `tidings` command: a thin layer over the Python API."""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from . import output
from .settings import Settings

# The stages (spaCy, the tables) load only in the commands that code: the ones that read
# a store start in a fraction of a second.
if TYPE_CHECKING:
    from .store import Store

app = typer.Typer(help="Turn news articles into political event data (CAMEO and PLOVER).", no_args_is_help=True,
                  add_completion=False)
err = Console(stderr=True)

ModelOption = Annotated[Optional[str], typer.Option(envvar="TIDINGS_SPACY_MODEL", help="spaCy pipeline name.")]
DbOption = Annotated[str, typer.Option("--db", envvar="TIDINGS_DB",
                                        help="DuckDB database file, or a postgresql:// URL.")]


class Engine(str, Enum):
    local = "local"
    ray = "ray"


class Format(str, Enum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"


@app.command()
def code(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders of .txt, .html/.htm and .jsonl articles.")],
    db: DbOption = "tidings.duckdb",
    fmt: Annotated[Format, typer.Option("--format", "-f", help="What to print on stdout.")] = Format.table,
    model: ModelOption = None,
    actors: Annotated[Optional[Path], typer.Option("--actors", help="Extra people table (people.tsv format).")] = None,
    no_store: Annotated[bool, typer.Option("--no-store", help="Do not write to the database.")] = False,
    recode: Annotated[bool, typer.Option("--recode", help="Re-code documents a different pipeline version "
                                                         "coded.")] = False,
    max_chars: Annotated[int, typer.Option(help="Refuse documents with more text than this.")] = 5_000_000,
    workers: Annotated[Optional[int], typer.Option(min=1, help="Processes (or Ray actors) coding in parallel; "
                                                   "default: the machine's cores.")] = None,
    engine: Annotated[Engine, typer.Option(help="local: this machine's cores; ray: a Ray cluster "
                                                "(docs/scale.md).")] = Engine.local,
    address: Annotated[Optional[str], typer.Option(help="Ray cluster to join ('auto', 'ray://head:10001'); "
                                                        "default: start a local one.")] = None,
) -> None:
    """Code articles into events, store them (each document exactly once) and print them.

    Documents already in the database are skipped, so a re-run, or a run after a crash,
    codes only what is missing. Exits 1 when any document could not be coded (each has
    a status and a message; see `tidings status`)."""
    from . import ingest, nlp, scale
    from .nlp import ModelNotFound
    from .pipeline import Pipeline
    from .store import Store

    settings = Settings(db=db, max_chars=max_chars, actors_file=actors, **({"model": model} if model else {}))
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        err.print(f"[red]no such file or folder:[/] {', '.join(missing)}")
        raise typer.Exit(2)
    try:
        nlp.check(settings.model)
        # the coding happens in workers when there is a store to write to; without one, here
        pipeline = Pipeline(settings) if no_store else None
    except ModelNotFound as exc:
        err.print(f"[red]{exc}[/]")
        raise typer.Exit(2) from exc
    store = None if no_store else Store(settings.db)
    docs, skipped = [], 0
    with Progress(SpinnerColumn(), TextColumn("coding"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[doc]}"),
                  TimeElapsedColumn(), console=err, transient=True) as progress:
        task = progress.add_task("coding", total=None, doc="")
        stream = ((d, False) for d in pipeline.code_paths(paths)) if pipeline is not None else \
            scale.code_into(settings, store, ingest.read(paths, max_chars=settings.max_chars), engine=engine.value,
                            workers=workers, address=address, recode=recode)
        for doc, was_skipped in stream:
            progress.update(task, advance=1, doc=doc.doc_id[:40])
            if was_skipped:
                skipped += 1
                continue
            if fmt is Format.jsonl:
                output.write_jsonl([doc], sys.stdout)
            docs.append(doc)
    if fmt is Format.table:
        out = Console()
        output.print_table(docs, out if out.is_terminal else Console(width=220))
    elif fmt is Format.csv:
        output.write_csv(docs, sys.stdout)
    failed = [d for d in docs if not d.ok]
    n_events = sum(len(d.events) for d in docs)
    summary = f"{len(docs)} documents coded, {n_events} events"
    if skipped:
        summary += f"; {skipped} already stored, skipped"
    if store is not None:
        counts = store.counts()
        summary += (f"; {settings.db} holds {counts['documents']} documents, {counts['events']} events, "
                    f"{counts['merged_events']} merged events")
        store.close()
    err.print(summary + (f"; [red]{len(failed)} failed[/]" if failed else ""))
    for d in failed:
        err.print(f"  [red]{d.status}[/] {d.doc_id}: {d.error}")
    if failed:
        raise typer.Exit(1)


def _read(db: str) -> Store:
    """The store at ``db`` opened for reading; a path with no store is refused, not created."""
    from .store import Store, StoreError

    try:
        return Store(db, read_only=True)
    except StoreError as exc:
        err.print(f"[red]{exc}[/]")
        raise typer.Exit(2) from exc


@app.command()
def show(doc_id: str, db: DbOption = "tidings.duckdb") -> None:
    """Print a stored document's cleaned text: the text every span points into."""
    with _read(db) as store:
        row = store.document(doc_id)
    if row is None:
        err.print(f"[red]no document {doc_id!r} in {db}[/]")
        raise typer.Exit(1)
    if row["status"] != "ok":
        err.print(f"[red]{row['status']}[/]: {row['error']}")
    sys.stdout.write((row["text"] or "") + "\n")


@app.command()
def status(db: DbOption = "tidings.duckdb") -> None:
    """Documents by status: how many were coded, and why the others were not."""
    with _read(db) as store:
        rows = store.status()
    output.print_rows(rows, ["status", "documents", "example", "message"], Console(width=160), "Documents")


@app.command()
def events(
    db: DbOption = "tidings.duckdb",
    doc: Annotated[Optional[str], typer.Option(help="Only this document's events.")] = None,
    source: Annotated[Optional[str], typer.Option(help="Source country or code prefix: RUS, RUSGOV.")] = None,
    target: Annotated[Optional[str], typer.Option(help="Target country or code prefix.")] = None,
    type_: Annotated[Optional[str], typer.Option("--type", help="PLOVER type: SANCTION, EXPEL, ...")] = None,
    root: Annotated[Optional[str], typer.Option(help="CAMEO root code: 16, 17, ...")] = None,
    status_: Annotated[Optional[str], typer.Option("--status", help="asserted, reported, alleged, ...")] = None,
    since: Annotated[Optional[str], typer.Option(help="Events dated on or after (ISO: 2018, 2018-03-01).")] = None,
    until: Annotated[Optional[str], typer.Option(help="Events dated on or before (ISO).")] = None,
    text: Annotated[Optional[str], typer.Option(help="Evidence containing this text.")] = None,
    merged: Annotated[bool, typer.Option("--merged", help="Merged events (one per event, with counts).")] = False,
    fmt: Annotated[Format, typer.Option("--format", "-f")] = Format.jsonl,
) -> None:
    """Query stored events."""
    from .store import event_json

    filters = dict(source=source, target=target, type=type_, root=root, status=status_, since=since, until=until,
                   text=text)
    with _read(db) as store:
        if merged:
            rows = store.merged(**filters)
            for r in rows:
                r["mentions"] = [m["doc_id"] for m in store.mentions_of(r["id"])]
            records = rows
        else:
            rows = store.events(doc, **filters)
            records = [event_json(r) for r in rows]
    cols = ["first_doc_id", "source_code", "cameo_code", "plover_type", "target_code", "date", "n_sources",
            "n_mentions", "evidence_text"] if merged else \
        ["doc_id", "source_code", "cameo_code", "plover_type", "target_code", "date", "status", "evidence_text"]
    # JSON lines in the record shape of docs/format.md; CSV and the table keep the flat columns
    _print(records if fmt is Format.jsonl else rows, fmt, cols, "Merged events" if merged else "Events", width=220)


class Period(str, Enum):
    day = "day"
    month = "month"
    year = "year"


@app.command()
def dyad(
    a: Annotated[str, typer.Argument(help="One side: a country or code prefix (USA).")],
    b: Annotated[str, typer.Argument(help="The other side (RUS).")],
    by: Annotated[Period, typer.Option(help="Period to count by.")] = Period.month,
    db: DbOption = "tidings.duckdb",
    fmt: Annotated[Format, typer.Option("--format", "-f")] = Format.table,
) -> None:
    """Conflict and cooperation between two actors: events by quad class and mean Goldstein per period,
    in each direction. Events without a date are counted at their document's publication date."""
    from .queries import dyad_series

    with _read(db) as store:
        rows = dyad_series(store, a, b, by.value)
    _print(rows, fmt, list(rows[0]) if rows else ["period"], f"Dyad {a} / {b}")


def _print(rows: list[dict], fmt: Format, columns: list[str], title: str, width: int = 160) -> None:
    if fmt is Format.jsonl:
        for r in rows:
            sys.stdout.write(json.dumps(r, ensure_ascii=False, default=str) + "\n")
    elif fmt is Format.csv:
        output.write_rows_csv(rows, sys.stdout)
    else:
        output.print_rows(rows, columns, Console(width=width), title)


@app.command()
def quotes(
    db: DbOption = "tidings.duckdb",
    speaker: Annotated[Optional[str], typer.Option(help="Speaker's name (part of it) or code prefix: Putin, RUSGOV.")]
    = None,
    fragments: Annotated[bool, typer.Option("--fragments", help="Include scare-quoted fragments.")] = False,
    fmt: Annotated[Format, typer.Option("--format", "-f")] = Format.table,
) -> None:
    """Who said what: stored quotations and reported speech with their speakers."""
    with _read(db) as store:
        rows = store.quotes(speaker, fragments)
    _print(rows, fmt, ["doc_id", "speaker_name", "speaker_code", "cue", "channel", "status", "kind", "text"], "Quotes")


@app.command()
def actors(
    db: DbOption = "tidings.duckdb",
    country: Annotated[Optional[str], typer.Option(help="Only actors of this country (ISO3 or code: NAT).")] = None,
    kind: Annotated[Optional[str], typer.Option(help="person, country, adjective, capital, region, organization, institution.")] = None,
    fmt: Annotated[Format, typer.Option("--format", "-f")] = Format.table,
) -> None:
    """Who the stored documents name: each actor with country, sector, code and, for people,
    the role held on the document's date ('President-elect', 'former Prime Minister')."""
    with _read(db) as store:
        rows = store.actors(country, kind)
    _print(rows, fmt, ["name", "kind", "country", "sector", "code", "role", "mentions", "documents"], "Actors")


@app.command()
def places(
    db: DbOption = "tidings.duckdb",
    country: Annotated[Optional[str], typer.Option(help="Only places in this country (ISO3).")] = None,
    fmt: Annotated[Format, typer.Option("--format", "-f")] = Format.table,
) -> None:
    """Places named in the stored documents, with how many events happened there, how often
    they are named and in how many documents."""
    with _read(db) as store:
        rows = store.places(country)
    _print(rows, fmt, ["name", "country", "admin1", "feature", "lat", "lon", "events", "mentions", "documents"],
           "Places")


class ExportFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"
    gdelt = "gdelt"


@app.command("export")
def export_(
    out: Annotated[Path, typer.Argument(help="File to write.")],
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f")] = ExportFormat.jsonl,
    table: Annotated[str, typer.Option(help="events, merged or documents (gdelt is always merged events).")]
    = "events",
    db: DbOption = "tidings.duckdb",
) -> None:
    """Export the store: JSON lines, CSV, Parquet, or a GDELT 2.0 events table (tab-separated)."""
    from .export import export as run_export

    with _read(db) as store:
        try:
            n = run_export(store, fmt.value, out, table)
        except ValueError as exc:
            err.print(f"[red]{exc}[/]")
            raise typer.Exit(2) from exc
    err.print(f"{n} rows written to {out}")


@app.command("eval")
def eval_(
    gold: Annotated[list[Path], typer.Argument(help="Gold .jsonl files or folders of them (docs/annotation.md).")],
    pred: Annotated[Optional[Path], typer.Option(help="Score this `tidings code --format jsonl` output "
                                                      "instead of coding the gold documents.")] = None,
    db: Annotated[Optional[str], typer.Option(help="Score what this store holds (a DuckDB file or a "
                                                   "postgresql:// URL) instead of coding the gold documents.")] = None,
    shared: Annotated[Path, typer.Option(help="Folder with seeds/ and corpus/ that gold items point to.")]
    = Path("../shared"),
    model: ModelOption = None,
    verbose: Annotated[bool, typer.Option("-v", "--verbose", help="List misses and false alarms.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
) -> None:
    """Precision, recall and F1 per stage against gold data."""
    from . import evaluation

    try:
        gold_docs = evaluation.load_gold(gold, shared)
    except (evaluation.GoldError, OSError) as exc:
        err.print(f"[red]{exc}[/]")
        raise typer.Exit(2) from exc
    if pred is not None:
        report = evaluation.score(gold_docs, evaluation.read_predictions(pred))
    elif db is not None:
        with _read(db) as store:
            report = evaluation.score(gold_docs, evaluation.from_store(store))
    else:
        from .pipeline import Pipeline

        report = evaluation.evaluate(gold_docs, Pipeline(Settings(**({"model": model} if model else {}))))
    if as_json:
        sys.stdout.write(json.dumps(report.as_dict(), indent=1) + "\n")
    else:
        output.print_scores(report, Console(width=100))
    if verbose:
        for line in report.errors:
            sys.stdout.write(line + "\n")


def main() -> None:
    app()


if __name__ == "__main__":
    main()
