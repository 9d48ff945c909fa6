"""`kpi-ingest`: a thin command line over `pipeline.run` (heavy imports happen inside commands)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kpi-ingest", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help="read every document in --input and write the dataset to --output")
    run.add_argument("--input", type=Path, required=True, help="folder of .txt/.pdf documents")
    run.add_argument("--output", type=Path, required=True, help="folder for the parquet tables")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "run":
        from pipeline.run import run

        if not args.input.is_dir():
            print(f"kpi-ingest: input folder not found: {args.input}", file=sys.stderr)
            return 2
        result = run(args.input, args.output)
        for report in result.reports:
            status = f"ERROR {report.error}" if report.error else (
                f"{report.doc_type}: {report.indicators} indicators, {report.observations} observations, "
                f"{report.rejects} rejects, {len(report.warnings)} warnings")
            print(f"{report.source_file}: {status}")
            for warning in report.warnings:
                print(f"  warning: {warning}")
        return 1 if result.failed else 0
    return 2


if __name__ == "__main__":
    sys.exit(main())
