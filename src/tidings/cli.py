"""The `tidings` command: a thin layer over the Python API."""

from __future__ import annotations

import atexit
import json
import os
import signal
import sys
import threading
import traceback
from enum import Enum
from itertools import takewhile
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn, Optional

import click
import typer
from rich.console import Console
from rich.progress import (BarColumn, MofNCompleteColumn, Progress, ProgressColumn, SpinnerColumn, TextColumn,
                           TimeElapsedColumn)
from rich.markup import escape
from rich.text import Text
from typer.exceptions import TyperException

from . import errors, output, queries
from .codebook import PLOVER_TYPES
from .settings import BUDGETS, Settings

# The stages (spaCy, the tables) load only in the commands that code: the ones that read
# a store start in a fraction of a second.
if TYPE_CHECKING:
    from .store import Store

# tidings.status imports spaCy: its statuses, for the help, are named here (a test holds them equal)
STATUSES = ("asserted", "reported", "alleged", "denied", "negated", "hypothetical", "future", "question")

app = typer.Typer(help="Turn news articles into political event data (CAMEO and PLOVER).", no_args_is_help=True,
                  add_completion=False)
err = Console(stderr=True, soft_wrap=True)

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


class DocumentsPerSecond(ProgressColumn):
    """The coding rate, in documents a second."""

    def render(self, task) -> Text:
        return Text(f"{task.speed:.1f} docs/s" if task.speed else "", style="progress.data.speed")


class StopAfterBatch:
    """Ctrl-C during `tidings code`: the first asks the run to stop once the batch in progress
    is committed (the summary follows); a second stops at once, storing nothing of that batch."""

    def __init__(self) -> None:
        self.asked = False

    def __call__(self) -> bool:
        return self.asked

    def __enter__(self) -> StopAfterBatch:
        self.previous = signal.signal(signal.SIGINT, self._handle)
        return self

    def __exit__(self, *exc: object) -> None:
        signal.signal(signal.SIGINT, self.previous)

    def _handle(self, signum, frame) -> None:
        if self.asked:
            raise KeyboardInterrupt
        self.asked = True
        err.print("[yellow]stopping after the batch in progress is stored (Ctrl-C again to stop now)[/]")


def _budget(name: str, what: str):
    env, default = BUDGETS[name]
    return Annotated[Optional[int], typer.Option(f"--{name.replace('_', '-')}", envvar=env, min=1,
                                                 show_default=False,
                                                 help=f"Refuse documents with more {what} than this "
                                                      f"(default {default:,}; docs/format.md, Budgets).")]


@app.command()
def code(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders of .txt, .html/.htm, .json and .jsonl "
                                                     "articles.")],
    db: DbOption = "tidings.duckdb",
    fmt: Annotated[Format, typer.Option("--format", "-f", help="What to print on stdout.")] = Format.table,
    model: ModelOption = None,
    actors: Annotated[Optional[Path], typer.Option("--actors", help="Extra people table (people.tsv format).")] = None,
    no_store: Annotated[bool, typer.Option("--no-store", help="Do not write to the database.")] = False,
    recode: Annotated[bool, typer.Option("--recode", help="Re-code documents a different pipeline version "
                                                         "coded.")] = False,
    max_chars: _budget("max_chars", "characters of text") = None,
    max_sentences: _budget("max_sentences", "sentences") = None,
    max_events: _budget("max_events", "events") = None,
    max_merge_candidates: _budget("max_merge_candidates", "events in one merge key (dyad and kind of act)") = None,
    workers: Annotated[Optional[int], typer.Option(min=1, help="Processes (or Ray actors) coding in parallel; "
                                                   "default: the machine's cores.")] = None,
    engine: Annotated[Engine, typer.Option(help="local: this machine's cores; ray: a Ray cluster "
                                                "(docs/scale.md).")] = Engine.local,
    address: Annotated[Optional[str], typer.Option(help="Ray cluster to join ('auto', 'ray://head:10001'); "
                                                        "default: start a local one.")] = None,
) -> None:
    """Code articles into events, store them (each document exactly once) and print them.

    Documents already in the database are skipped, and their records printed from it, so a
    re-run, or a run after a crash, codes only what is missing and prints the same. Exits 1
    when any document could not be coded (each has a status and a message; see `tidings status`)."""
    budgets = dict(max_chars=max_chars, max_sentences=max_sentences, max_events=max_events,
                   max_merge_candidates=max_merge_candidates)
    settings = Settings(db=db, actors_file=actors, **({"model": model} if model else {}),
                        **{k: v for k, v in budgets.items() if v is not None})
    missing = [str(p) for p in paths if not os.path.lexists(p)]
    from . import ingest, nlp, scale
    from .pipeline import Pipeline
    from .store import Store

    if missing:
        raise errors.UsageError(f"no such file or folder: {', '.join(missing)}; check the path")
    nlp.check(settings.model)
    # the coding happens in workers when there is a store to write to; without one, here
    pipeline = Pipeline(settings) if no_store else None
    store = None if no_store else Store(settings.db)
    n_docs = n_events = 0
    n_skipped = 0
    failed: list[dict] = []
    table_rows: list[dict] = []
    skipped_files: list[Path] = []
    csv_out = output.CsvEvents(sys.stdout) if fmt is Format.csv else None
    total = ingest.count_documents(paths)
    try:
        with StopAfterBatch() as stop, Progress(
                SpinnerColumn(), TextColumn("coding"), BarColumn(), MofNCompleteColumn(), DocumentsPerSecond(),
                TextColumn("{task.fields[doc]}"), TimeElapsedColumn(), console=err, transient=True) as progress:
            task = progress.add_task("coding", total=total or None, doc="")
            # after a Ctrl-C no document is read: the batches being coded are stored, and the run ends
            docs = takewhile(lambda _: not stop(), ingest.read(paths, max_chars=settings.max_chars,
                                                               skipped=skipped_files))
            stream = ((d, None) for d in pipeline.run(docs)) if pipeline is not None else \
                scale.code_into(settings, store, docs, engine=engine.value, workers=workers, address=address,
                                recode=recode)
            coded_now: set[str] = set()
            for doc, was_skipped in stream:
                progress.update(task, advance=1, doc=output.middle(doc.doc_id, 40))
                if was_skipped:
                    n_skipped += 1
                    records = queries.stored_records(store, doc.key) if store is not None else []
                    if records and doc.key in coded_now:
                        records[0]["stored"] = "now"  # the same text twice in this run
                    records = records or output.document_records(doc, "before")
                else:
                    coded_now.add(doc.key)
                    records = output.document_records(doc, None if store is None else "now")
                n_docs += 1
                n_events += sum(r["record"] == "event" for r in records)
                if records[0]["status"] != "ok":
                    failed.append(records[0])
                if fmt is Format.jsonl:
                    output.write_records(records, sys.stdout)
                elif csv_out is not None:
                    csv_out.write(records)
                else:
                    table_rows += [r for r in records if r["record"] == "event"]
            interrupted = stop.asked
    finally:
        if store is not None:
            counts = store.counts()
            store.close()
    if fmt is Format.table:
        out = Console()
        output.print_table(table_rows, out if out.is_terminal else Console(width=220))
    summary = f"{n_docs - n_skipped} documents coded, {n_events} events"
    if n_skipped:
        summary += f"; {n_skipped} already stored, skipped (their records read back from the store)"
    if store is not None:
        summary += (f"; {settings.db} holds {counts['documents']} documents, {counts['events']} events, "
                    f"{counts['merged_events']} merged events")
    err.print(summary + (f"; [red]{len(failed)} failed[/]" if failed else ""))
    if skipped_files:
        err.print(f"[yellow]{len(skipped_files)} files in the folders given are not articles tidings reads "
                  f"(.txt, .html, .json, .jsonl) and were left out[/], e.g. {skipped_files[0]}")
    if not n_docs:
        err.print("[yellow]no documents found:[/] give files or folders of .txt, .html, .json or .jsonl articles")
    for d in failed:
        err.print(f"  [red]{d['status']}[/] {escape(d['doc_id'])}: {escape(d['error'] or '')}", soft_wrap=True)
    if interrupted:
        err.print("[yellow]interrupted:[/] every batch coded so far is stored; run the same command to code the rest")
        raise typer.Exit(130)
    if not n_docs:
        raise typer.Exit(errors.USAGE)
    if failed:
        raise typer.Exit(errors.FAILED)


def _read(db: str) -> Store:
    """The store at ``db`` opened for reading; a path with no store is refused, not created
    (the message is main's one-line error: errors.explain)."""
    from .store import Store

    return Store(db, read_only=True)


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
    type_: Annotated[Optional[str], typer.Option("--type", help=f"PLOVER type: {', '.join(PLOVER_TYPES)}.")] = None,
    root: Annotated[Optional[str], typer.Option(help="CAMEO root code, 01 to 20.")] = None,
    status_: Annotated[Optional[str], typer.Option("--status", help=f"Event status: {', '.join(STATUSES)}.")]
    = None,
    since: Annotated[Optional[str], typer.Option(help="Events with a day on or after this (2018, 2018-03, "
                                                      "2018-03-01, 2018-W10); a week, month or year counts "
                                                      "by its days.")] = None,
    until: Annotated[Optional[str], typer.Option(help="Events with a day on or before this (same forms).")] = None,
    text: Annotated[Optional[str], typer.Option(help="Evidence containing this text (any case; no wildcards).")]
    = None,
    merged: Annotated[bool, typer.Option("--merged", help="Merged events (one per event, with counts).")] = False,
    fmt: Annotated[Format, typer.Option("--format", "-f")] = Format.jsonl,
) -> None:
    """Query stored events."""
    from .store import event_json

    filters = event_filters(source=source, target=target, type=type_, root=root, status=status_, since=since,
                            until=until, text=text)
    with _read(db) as store:
        if merged:
            rows = store.merged(**filters)
            sources = store.mentions_of_each([r["id"] for r in rows])  # one query per 500, not per event
            for r in rows:
                r["mentions"] = [m["doc_id"] for m in sources.get(r["id"], [])]
            records = rows
        else:
            rows = store.events(doc, **filters)
            records = [event_json(r) for r in rows]
    cols = ["first_doc_id", "source_code", "cameo_code", "plover_type", "target_code", "date", "n_sources",
            "n_mentions", "evidence_text"] if merged else \
        ["doc_id", "source_code", "cameo_code", "plover_type", "target_code", "date", "status", "evidence_text"]
    # JSON lines in the record shape of docs/format.md; CSV and the table keep the flat columns
    _print(records if fmt is Format.jsonl else rows, fmt, cols, "Merged events" if merged else "Events", width=220)


def event_filters(*, source: str | None = None, target: str | None = None, type: str | None = None,  # noqa: A002
                  root: str | None = None, status: str | None = None, since: str | None = None,
                  until: str | None = None, text: str | None = None) -> dict[str, str | None]:
    """The event filters as given, checked: a value that cannot match anything is a usage error."""
    if root is not None and root.strip():
        if not (root.strip().isdigit() and 1 <= int(root) <= 20):
            raise queries.FilterError(f"--root {root!r} is not a CAMEO root; give 01 to 20")
        root = f"{int(root):02d}"
    for value, option in ((since, "--since"), (until, "--until")):
        if value:
            queries.date_filter(value, option)
    return dict(source=queries.code_filter(source, "--source"), target=queries.code_filter(target, "--target"),
                type=queries.choice_filter(type, list(PLOVER_TYPES), "--type"), root=root or None,
                status=queries.choice_filter(status, STATUSES, "--status"), since=since or None, until=until or None,
                text=text or None)


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
    country = queries.code_filter(country, "--country")
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
    country = queries.code_filter(country, "--country")
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


@app.command()
def serve(
    db: DbOption = "tidings.duckdb",
    host: Annotated[str, typer.Option(help="Address to listen on; 127.0.0.1 keeps it to this machine.")]
    = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8000,
) -> None:
    """Serve the store, read-only: the page (charts, events table, evidence) at http://HOST:PORT/
    and the JSON API under /api (its OpenAPI page at /docs; see docs/api.md)."""
    from .serve import create_app, run
    from .store import StoreError

    try:
        create_app(db)  # opens the store once, so a wrong database is told here, not at the first request
    except StoreError as exc:
        err.print(f"[red]{exc}[/]")
        raise typer.Exit(2) from exc
    if host not in ("127.0.0.1", "localhost", "::1"):
        err.print(f"[yellow]listening on {host}: anyone who can reach this machine can read the store[/]")
    err.print(f"serving {db} read-only on http://{host}:{port}/ (API: /docs); Ctrl-C stops")
    run(db, host, port)


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
    from .pipeline import Pipeline

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


@app.callback()
def _options(debug: Annotated[bool, typer.Option("--debug", help="Print the traceback of an error, not only its "
                                                                 "message (also TIDINGS_DEBUG=1).")] = False) -> None:
    """Turn news articles into political event data (CAMEO and PLOVER)."""


def main(argv: list[str] | None = None) -> None:
    """The command line: every error is one line naming the problem and the fix, with exit
    code 2 for a usage error and 1 for failed documents; ``--debug`` (anywhere) adds the traceback."""
    args = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in args or os.environ.get("TIDINGS_DEBUG", "") not in ("", "0")
    args = [a for a in args if a != "--debug"]
    try:
        code_ = app(args=args, prog_name="tidings", standalone_mode=False)
    except (typer.Exit, click.exceptions.Exit) as exc:
        code_ = getattr(exc, "exit_code", 0)
    except (typer.Abort, click.exceptions.Abort):
        err.print("[red]error:[/] interrupted")
        code_ = 130
    except (TyperException, click.ClickException) as exc:  # a bad option or argument: the message and usage
        exc.show()
        code_ = errors.USAGE if any(c.__name__ == "UsageError" for c in type(exc).__mro__) else exc.exit_code
    except (Exception, KeyboardInterrupt) as exc:  # noqa: BLE001 -- the one place every error is told
        if debug:
            traceback.print_exc()
        message, code_ = errors.explain(exc)
        err.print(f"[red]error:[/] {escape(message)}", highlight=False, soft_wrap=True)
    _exit(code_ or 0)


def _exit(code: int) -> NoReturn:
    """Exit with ``code``. When this is the program (the `tidings` script, `python -m
    tidings`) and no other thread runs, the exit handlers run and the output is flushed, then
    the process ends without the interpreter's teardown: freeing the model, the tables and a
    thousand modules object by object costs a third of a second and nothing a finished
    command needs (the store is closed by then)."""
    if threading.active_count() == 1 and getattr(sys.modules.get("__main__"), "main", None) is main:
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        except (OSError, ValueError):  # a closed pipe: the interpreter's own exit reports it
            sys.exit(code)
        atexit._run_exitfuncs()  # logging's, Ray's, multiprocessing's: what a normal exit runs
        os._exit(code)
    sys.exit(code)


if __name__ == "__main__":
    main()
