"""The `tidings` command: a thin layer over the Python API."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from . import output
from .nlp import ModelNotFound
from .pipeline import PIPELINE_VERSION, Pipeline
from .settings import Settings
from .store import Store

app = typer.Typer(help="Turn news articles into political event data (CAMEO and PLOVER).", no_args_is_help=True,
                  add_completion=False)
err = Console(stderr=True)

DbOption = Annotated[str, typer.Option("--db", envvar="TIDINGS_DB", help="DuckDB database file.")]


class Format(str, Enum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"


@app.command()
def code(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders of .txt, .html/.htm and .jsonl articles.")],
    db: DbOption = "tidings.duckdb",
    fmt: Annotated[Format, typer.Option("--format", "-f", help="What to print on stdout.")] = Format.table,
    model: Annotated[Optional[str], typer.Option(envvar="TIDINGS_SPACY_MODEL", help="spaCy pipeline name.")] = None,
    actors: Annotated[Optional[Path], typer.Option("--actors", help="Extra people table (people.tsv format).")] = None,
    no_store: Annotated[bool, typer.Option("--no-store", help="Do not write to the database.")] = False,
    max_chars: Annotated[int, typer.Option(help="Refuse documents with more text than this.")] = 5_000_000,
) -> None:
    """Code articles into events, store them in DuckDB and print them.

    Exits 1 when any document could not be coded (each has a status and a message)."""
    settings = Settings(db=db, max_chars=max_chars, actors_file=actors)
    if model:
        settings.model = model
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        err.print(f"[red]no such file or folder:[/] {', '.join(missing)}")
        raise typer.Exit(2)
    try:
        pipeline = Pipeline(settings)
    except ModelNotFound as exc:
        err.print(f"[red]{exc}[/]")
        raise typer.Exit(2) from exc
    store = None if no_store else Store(settings.db)
    docs = []
    with Progress(SpinnerColumn(), TextColumn("coding"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[doc]}"),
                  TimeElapsedColumn(), console=err, transient=True) as progress:
        task = progress.add_task("coding", total=None, doc="")
        batch: list = []
        for doc in pipeline.code_paths(paths):
            progress.update(task, advance=1, doc=doc.doc_id[:40])
            if fmt is Format.jsonl:
                output.write_jsonl([doc], sys.stdout)
            docs.append(doc)
            batch.append(doc)
            if store is not None and len(batch) >= settings.batch_size:
                store.write(batch, PIPELINE_VERSION)
                batch = []
        if store is not None:
            store.write(batch, PIPELINE_VERSION)
    if fmt is Format.table:
        out = Console()
        output.print_table(docs, out if out.is_terminal else Console(width=220))
    elif fmt is Format.csv:
        output.write_csv(docs, sys.stdout)
    failed = [d for d in docs if not d.ok]
    n_events = sum(len(d.events) for d in docs)
    err.print(f"{len(docs)} documents, {n_events} events" + (f", stored in {settings.db}" if store else "")
              + (f"; [red]{len(failed)} failed[/]" if failed else ""))
    for d in failed:
        err.print(f"  [red]{d.status}[/] {d.doc_id}: {d.error}")
    if store is not None:
        store.close()
    if failed:
        raise typer.Exit(1)


@app.command()
def show(doc_id: str, db: DbOption = "tidings.duckdb") -> None:
    """Print a stored document's cleaned text: the text every span points into."""
    with Store(db) as store:
        row = store.document(doc_id)
    if row is None:
        err.print(f"[red]no document {doc_id!r} in {db}[/]")
        raise typer.Exit(1)
    if row["status"] != "ok":
        err.print(f"[red]{row['status']}[/]: {row['error']}")
    sys.stdout.write((row["text"] or "") + "\n")


@app.command()
def events(db: DbOption = "tidings.duckdb",
           doc: Annotated[Optional[str], typer.Option(help="Only this document's events.")] = None) -> None:
    """List stored events as JSON lines."""
    import json

    with Store(db) as store:
        for row in store.events(doc):
            sys.stdout.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")


@app.command("eval")
def eval_(
    gold: Annotated[list[Path], typer.Argument(help="Gold .jsonl files or folders of them (docs/annotation.md).")],
    pred: Annotated[Optional[Path], typer.Option(help="Score this `tidings code --format jsonl` output "
                                                      "instead of coding the gold documents.")] = None,
    shared: Annotated[Path, typer.Option(help="Folder with seeds/ and corpus/ that gold items point to.")]
    = Path("../shared"),
    model: Annotated[Optional[str], typer.Option(envvar="TIDINGS_SPACY_MODEL", help="spaCy pipeline name.")] = None,
    verbose: Annotated[bool, typer.Option("-v", "--verbose", help="List misses and false alarms.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
) -> None:
    """Precision, recall and F1 per stage against gold data."""
    import json

    from . import evaluation

    try:
        gold_docs = evaluation.load_gold(gold, shared)
    except (evaluation.GoldError, OSError) as exc:
        err.print(f"[red]{exc}[/]")
        raise typer.Exit(2) from exc
    if pred is not None:
        report = evaluation.score(gold_docs, evaluation.read_predictions(pred))
    else:
        settings = Settings()
        if model:
            settings.model = model
        report = evaluation.evaluate(gold_docs, Pipeline(settings))
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
