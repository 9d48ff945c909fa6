"""`kpi-ingest`: a thin command line over `pipeline.run`.

Heavy modules (pyarrow, pandas, pdfplumber, camelot, sudachipy, rich) are imported inside the command,
never at import time, so that `kpi-ingest --help` answers at once.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

#: Exit codes: every document read; some documents failed (the others are written); usage error;
#: the dataset could not be written (schema violation, I/O error) and the previous one is unchanged.
EXIT_OK, EXIT_DOCUMENTS_FAILED, EXIT_USAGE, EXIT_NOT_WRITTEN = 0, 1, 2, 3

DEFAULT_MAX_SIZE_MB = 200


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kpi-ingest", description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser(
        "run", help="read every document in --input and write the dataset to --output",
        epilog=f"exit codes: {EXIT_OK} all documents read; {EXIT_DOCUMENTS_FAILED} some failed (the others are "
               f"written); {EXIT_USAGE} usage error; {EXIT_NOT_WRITTEN} dataset not written (previous one kept)")
    run.add_argument("--input", type=Path, required=True, help="folder of .txt/.pdf documents")
    run.add_argument("--output", type=Path, required=True, help="folder for the parquet tables (replaced as a whole)")
    run.add_argument("--jobs", type=int, default=None, help="worker processes (default: all cores)")
    run.add_argument("--cache", type=Path, default=None,
                     help="cache of per-document rows (default: .kpi-cache next to --output)")
    run.add_argument("--no-cache", action="store_true", help="read every document again; keep no cache")
    run.add_argument("--overrides", type=Path, default=None,
                     help="curated KPI alignment decisions (default: kpi_overrides.toml of the project)")
    run.add_argument("--max-size-mb", type=float, default=DEFAULT_MAX_SIZE_MB,
                     help=f"refuse files larger than this (default {DEFAULT_MAX_SIZE_MB})")
    _add_analyst_commands(commands)
    return parser


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


def _run(args: argparse.Namespace) -> int:
    from rich.console import Console

    from pipeline.console import ProgressObserver, print_outcome
    from pipeline.run import run
    from schema.validate import SchemaViolation

    if not args.input.is_dir():
        print(f"kpi-ingest: input folder not found: {args.input}", file=sys.stderr)
        return EXIT_USAGE
    console = Console(stderr=True)
    observer = ProgressObserver(console)
    try:
        result = run(args.input, args.output, jobs=args.jobs, cache_dir=args.cache, use_cache=not args.no_cache,
                     max_bytes=int(args.max_size_mb * 1024 * 1024), observer=observer,
                     overrides=args.overrides)
    except (SchemaViolation, OSError, RuntimeError) as error:
        observer.stop()
        print(f"kpi-ingest: dataset NOT written, {args.output} unchanged: {error}", file=sys.stderr)
        return EXIT_NOT_WRITTEN
    observer.stop()
    out = Console()
    print_outcome(out if out.is_terminal else Console(width=160), result.reports)
    return EXIT_DOCUMENTS_FAILED if result.failed else EXIT_OK


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "run":
        return _run(args)
    if args.command in ("export", "report", "show"):
        return _analyst(args)
    return EXIT_USAGE


if __name__ == "__main__":
    sys.exit(main())
