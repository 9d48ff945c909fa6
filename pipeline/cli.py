"""`kpi-ingest`: a thin command line over `pipeline.run`.

Heavy modules (pyarrow, pandas, pdfplumber, camelot, sudachipy, rich) are imported inside the command,
never at import time, so that `kpi-ingest --help` answers at once.

Every way the command can stop early prints exactly one line on stderr: a usage error (exit 2), a dataset
that could not be written (exit 3), an interruption (Ctrl-C, SIGTERM: exit 130 / 143).
"""

from __future__ import annotations

import argparse
import math
import signal
import sys
from pathlib import Path
from typing import NoReturn

from ingest.pdf.source import DEFAULT_READER, READERS

#: Exit codes: every document read; some documents failed (the others are written); usage error (nothing read,
#: nothing written); the dataset could not be written (schema violation, I/O error) and the previous one is unchanged.
EXIT_OK, EXIT_DOCUMENTS_FAILED, EXIT_USAGE, EXIT_NOT_WRITTEN = 0, 1, 2, 3
#: Interrupted by a signal: 128 + its number (the shell's convention), i.e. 130 for Ctrl-C, 143 for SIGTERM.
EXIT_INTERRUPTED = 128 + signal.SIGINT

DEFAULT_MAX_SIZE_MB = 200
#: Per-document bounds of the worker that reads it (see pipeline/workers.py for why these values).
DEFAULT_DOC_TIMEOUT = 600.0
DEFAULT_DOC_MEMORY_MB = 4096


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line (no usage block), exit 2."""

    def error(self, message: str) -> NoReturn:
        from pipeline.names import one_line

        print(f"{self.prog}: error: {one_line(message)} (see --help)", file=sys.stderr)
        sys.exit(EXIT_USAGE)


def _positive(kind: type, maximum: float):
    """An argparse type: a finite number in (0, maximum] (nan, inf, 0, negatives and absurd values are refused
    at parse time, not by a traceback later)."""

    def parse(text: str):
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"must be a{'n integer' if kind is int else ' number'}, "
                                             f"not {text!r}") from None
        if not math.isfinite(value) or not 0 < value <= maximum:
            raise argparse.ArgumentTypeError(f"must be greater than 0 and at most {maximum:,.0f}, not {text!r}")
        return value

    return parse


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="kpi-ingest", description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser(
        "run", help="read every document in --input and write the dataset to --output",
        epilog=f"exit codes: {EXIT_OK} all documents read; {EXIT_DOCUMENTS_FAILED} some failed (the others are "
               f"written); {EXIT_USAGE} usage error or refused paths (nothing read or written); {EXIT_NOT_WRITTEN} "
               f"dataset not written (previous one kept); {EXIT_INTERRUPTED} interrupted (previous one kept)")
    run.add_argument("--input", type=Path, required=True, help="folder of .txt/.pdf documents (not recursive)")
    run.add_argument("--output", type=Path, required=True,
                     help="folder for the parquet tables: new, empty, or a dataset this tool wrote (replaced whole)")
    run.add_argument("--jobs", type=_positive(int, 4096), default=None,
                     help="worker processes (default: all cores)")
    run.add_argument("--cache", type=Path, default=None,
                     help="cache of per-document rows (default: .kpi-cache next to --output)")
    run.add_argument("--no-cache", action="store_true", help="read every document again; keep no cache")
    run.add_argument("--overrides", type=Path, default=None,
                     help="curated KPI alignment decisions (default: kpi_overrides.toml of the project)")
    run.add_argument("--max-size-mb", type=_positive(float, 1 << 20), default=DEFAULT_MAX_SIZE_MB,
                     help=f"refuse files larger than this (default {DEFAULT_MAX_SIZE_MB})")
    run.add_argument("--doc-timeout", type=_positive(float, 1e6), default=DEFAULT_DOC_TIMEOUT,
                     help="seconds one document may take before its worker is stopped "
                          f"(default {DEFAULT_DOC_TIMEOUT:g})")
    run.add_argument("--doc-memory-mb", type=_positive(int, 1 << 30), default=DEFAULT_DOC_MEMORY_MB,
                     help=f"memory one document's worker may add (default {DEFAULT_DOC_MEMORY_MB})")
    run.add_argument("--pdf-reader", choices=READERS, default=DEFAULT_READER,
                     help=f"what reads a PDF's characters and rules (default: {DEFAULT_READER}); pdfium is the "
                          "fast one, pdfplumber the reference")
    run.add_argument("--allow-empty", action="store_true",
                     help="write an empty dataset when the input folder holds no document (refused otherwise)")
    _add_analyst_commands(commands)
    return parser


class Interrupted(BaseException):
    """SIGTERM turned into an exception, so that the run unwinds (workers ended, staging removed) as on Ctrl-C."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


def _raise_interrupted(signum: int, frame: object) -> None:
    raise Interrupted(signum)


# --- commands that read a written dataset (issue 12; analysis/) -------------------------------------------


def _add_analyst_commands(commands: argparse._SubParsersAction) -> None:
    export = commands.add_parser("export", help="write the dataset as CSV files (UTF-8 with BOM) or one xlsx workbook")
    export.add_argument("--dataset", type=Path, default=Path("extracted"), help="dataset folder (default: extracted)")
    export.add_argument("--format", choices=("csv", "xlsx"), default="csv")
    export.add_argument("--output", type=Path, default=None,
                        help="folder for CSV files (default: export/), or the .xlsx file (default: kpi_dataset.xlsx)")
    report = commands.add_parser("report", help="write one self-contained HTML report (charts inline, no network)")
    report.add_argument("--dataset", type=Path, default=Path("extracted"), help="dataset folder (default: extracted)")
    report.add_argument("--output", type=Path, default=Path("report.html"), help="HTML file (default: report.html)")
    show = commands.add_parser("show", help="the series of the indicator whose name best matches NAME")
    show.add_argument("name", help="indicator name, or part of it (fuzzy)")
    show.add_argument("--dataset", type=Path, default=Path("extracted"), help="dataset folder (default: extracted)")


def _analyst(args: argparse.Namespace) -> int:
    from rich.console import Console

    if not args.dataset.is_dir():
        print(f"kpi-ingest: dataset folder not found: {args.dataset}", file=sys.stderr)
        return EXIT_USAGE
    if args.command == "export":
        from analysis.export import export

        output = args.output or Path("export" if args.format == "csv" else "kpi_dataset.xlsx")
        for path in export(args.dataset, output, args.format):
            print(path)
        return EXIT_OK
    if args.command == "report":
        from analysis.report import write_report

        print(write_report(args.dataset, args.output))
        return EXIT_OK
    from analysis.show import show

    console = Console()
    return show(args.dataset, args.name, console if console.is_terminal else Console(width=200))


class _NoPandas:
    """An import hook that finds no `pandas` (see `_arrow_without_pandas`)."""

    def find_spec(self, name: str, path: object = None, target: object = None) -> None:
        if name == "pandas":
            raise ModuleNotFoundError("not imported by kpi-ingest run", name=name)


def _arrow_without_pandas() -> None:
    """Let pyarrow settle, before its first conversion, that pandas is not there (unless it is imported already).

    pyarrow probes for pandas, and so imports it (≈0.4 s and ≈100 MiB, the largest fixed cost of a run), on its
    first conversion of a Python list (`pa.array`, `Table.from_pylist`), although lists of Python values never
    need it. `kpi-ingest run` only writes such rows: the probe is answered "absent" once, here, and the command
    never imports pandas. The parquet bytes are the same (tests/test_fixed_costs.py). Anything that does need
    pandas later in the process (`to_pandas`, `from_pandas`) makes pyarrow import it then.
    """
    if "pandas" in sys.modules:
        return
    import pyarrow as pa

    hook = _NoPandas()
    sys.meta_path.insert(0, hook)
    try:
        pa.array([])
    finally:
        sys.meta_path.remove(hook)


def _run(args: argparse.Namespace) -> int:
    from rich.console import Console

    from align.overrides import OverridesError
    from pipeline.console import ProgressObserver, print_outcome, print_skipped
    from pipeline.guard import RefusedPaths
    from pipeline.names import one_line
    from pipeline.run import run
    from schema.validate import SchemaViolation

    class Observer(ProgressObserver):
        def writing(self) -> None:
            _arrow_without_pandas()  # only a run that writes imports pyarrow (a rerun with nothing new does not)
            super().writing()

    console = Console(stderr=True)
    observer = Observer(console)
    try:
        result = run(args.input, args.output, jobs=args.jobs, cache_dir=args.cache, use_cache=not args.no_cache,
                     max_bytes=int(args.max_size_mb * 1024 * 1024), observer=observer,
                     overrides=args.overrides, doc_timeout=args.doc_timeout,
                     doc_memory=args.doc_memory_mb * 1024 * 1024, allow_empty=args.allow_empty,
                     pdf_reader=args.pdf_reader)
    except (RefusedPaths, OverridesError) as error:
        observer.stop()
        print(f"kpi-ingest: {one_line(error)}", file=sys.stderr)
        return EXIT_USAGE
    except (SchemaViolation, OSError, RuntimeError) as error:
        observer.stop()
        print(f"kpi-ingest: dataset NOT written, {one_line(args.output)} unchanged: {one_line(error)}",
              file=sys.stderr)
        return EXIT_NOT_WRITTEN
    except (KeyboardInterrupt, Interrupted) as interruption:
        observer.stop()
        signum = interruption.signum if isinstance(interruption, Interrupted) else signal.SIGINT
        state = ("the new dataset was already written" if observer.swapped
                 else "the previous dataset is unchanged")
        print(f"kpi-ingest: interrupted; {state}", file=sys.stderr)
        return 128 + signum
    observer.stop()
    for warning in result.warnings:
        print(f"kpi-ingest: warning: {one_line(warning)}", file=sys.stderr)
    out = Console()
    out = out if out.is_terminal else Console(width=160)
    print_outcome(out, result.reports)
    print_skipped(out, result.skipped)
    return EXIT_DOCUMENTS_FAILED if result.failed else EXIT_OK


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command in ("export", "report", "show"):
        return _analyst(args)
    if args.command != "run":
        return EXIT_USAGE
    previous = signal.signal(signal.SIGTERM, _raise_interrupted)
    try:
        return _run(args)
    except (KeyboardInterrupt, Interrupted) as interruption:  # before the run started or after it ended
        signum = interruption.signum if isinstance(interruption, Interrupted) else signal.SIGINT
        print("kpi-ingest: interrupted", file=sys.stderr)
        return 128 + signum
    finally:
        signal.signal(signal.SIGTERM, previous)


if __name__ == "__main__":
    sys.exit(main())
