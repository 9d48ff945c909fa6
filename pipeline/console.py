"""What a person sees during a run: a progress bar over documents, then one summary row per document.

File names are printed literally: they are escaped already (pipeline/names.py: no control character, no
undecodable byte reaches the terminal) and never read as rich markup (`[bold]x.txt` shows as typed).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.markup import escape
from rich.table import Table
from rich.text import Text

from ingest.model import REPEAT_WORDS
from pipeline.inputs import Skipped
from pipeline.run import DocumentReport, RunObserver

if TYPE_CHECKING:
    from rich.console import Console


class ProgressObserver(RunObserver):
    """A rich progress bar on stderr, advanced once per document."""

    def __init__(self, console: Console):
        self.console = console
        self.progress = None  # made when a terminal shows it (rich.progress is imported then)
        self.task = None
        self.swapped = False
        self.running = False

    def started(self, total: int) -> None:
        if not self.console.is_terminal:  # a log file gets the summary, not a bar's last frame
            return
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        self.progress = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                                 TimeElapsedColumn(), TextColumn("{task.fields[last]}"), console=self.console,
                                 transient=True)
        self.running = True
        self.progress.start()
        self.task = self.progress.add_task("reading", total=total, last="")

    def document_done(self, report: DocumentReport) -> None:
        if self.running:
            self.progress.update(self.task, advance=1, last=escape(report.source_file))

    def writing(self) -> None:
        if self.running:
            self.progress.update(self.task, description="writing", last="")

    def swapped_in(self) -> None:
        self.swapped = True

    def stop(self) -> None:
        """End the bar (a no-op when it never started: a refused run prints only its one line)."""
        if self.running:
            self.running = False
            self.progress.stop()


def _seconds(report: DocumentReport) -> str:
    if report.duplicate_of:
        return "duplicate"
    return "cached" if report.cached else f"{report.seconds:.2f}"


def is_information(warning: str) -> bool:
    """A document warning that only informs: a block repeating indicators read elsewhere (`ingest.unread`) lost
    nothing, so it neither counts as a warning nor turns the document's status to `warning`."""
    return REPEAT_WORDS in warning


def summary_table(reports: list[DocumentReport]) -> Table:
    """One row per document: type, counts, warnings (information such as repeats not counted), seconds (or cached),
    status."""
    table = Table(title="kpi-ingest: documents")
    table.add_column("file", no_wrap=True)
    table.add_column("type", no_wrap=True)
    for name in ("indicators", "observations", "rejects", "warnings", "seconds"):
        table.add_column(name, justify="right")
    table.add_column("status", no_wrap=True)
    for r in reports:
        warnings = [w for w in r.warnings if not is_information(w)]
        status = "[red]failed[/red]" if r.error else ("[yellow]warning[/yellow]" if warnings else "[green]ok[/green]")
        table.add_row(Text(r.source_file), r.doc_type, str(r.indicators), str(r.observations), str(r.rejects),
                      str(len(warnings)), _seconds(r), status)
    return table


def print_outcome(console: Console, reports: list[DocumentReport]) -> None:
    """The summary table, then one line per warning or information and per error (errors name the file and the
    reason)."""
    console.print(summary_table(reports))
    for report in reports:
        for warning in report.warnings:
            label = "info" if is_information(warning) else "warning"
            console.print(f"{label}: {report.source_file}: {warning}", markup=False, highlight=False,
                          soft_wrap=True)
    for report in reports:
        if report.error:
            console.print(f"error: {report.source_file}: {report.error}", markup=False, highlight=False,
                          soft_wrap=True, style="red")


def print_skipped(console: Console, skipped: list[Skipped]) -> None:
    """One line per entry of the input folder that is not read, with the reason."""
    for entry in skipped:
        console.print(f"skipped: {entry.name}: {entry.reason}", markup=False, highlight=False, soft_wrap=True)
