"""Score the pipeline on the producer matrix (tests/fixtures/producers/) against the hand-checked goldens.

A matrix cell is one fixture file: a source document's tables printed by one producer in one style, read as the PDF
itself or as one of its text layers. The pipeline's own path is run on it (ingest.document.load →
ingest.registry.extract → records.extraction_records) and its observations are compared with the golden
observations of the source document as a multiset of (kpi_name, segment, role, period, value, unit):

- recall = matched / golden observations;
- precision = matched / extracted observations (0 when nothing was extracted: an empty answer is not precise);
- every golden observation not extracted is a miss, every extracted one not in the golden an extra;
- an extra not flagged `uncertain` is an unflagged wrong value (tests.layouts_score.unflagged_wrong says how);
- an indicator whose name the golden has under another goal is a goal mismatch (tests.layouts_score.goal_mismatches;
  not part of the pass criterion: the observation key has no goal, so a lost goal heading shows only here);
- an indicator whose note is no golden note of its name is a note mismatch, wrong or missing
  (tests.layouts_score.note_mismatches; not part of the pass criterion either);
- an indicator whose reason, department or progress label is no golden one of its name is a text mismatch, wrong
  or missing (tests.layouts_score.text_mismatches; not part of the pass criterion: tests/test_producer_matrix.py
  holds each cell to its measured count).

A crash of the pipeline on a fixture is recorded as the cell's error (recall and precision 0), not raised.
Used by bench/layouts.py and tests/test_producer_matrix.py.
"""

from __future__ import annotations

import traceback
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from tests.golden_io import _format
from tests.layouts_score import (
    GoalMismatch,
    NoteMismatch,
    flagged_right,
    goal_mismatches,
    goals_flagged_right,
    note_mismatches,
    text_mismatches,
    unflagged_wrong,
)
from tests.producer_tables import footnote_text, golden_indicators, golden_observations, is_footnote

FIXTURES = Path(__file__).parent / "fixtures" / "producers"
COMPARED = ("kpi_name", "segment", "role", "period", "value", "unit")
LAYERS = ("pdf", "layout", "raw", "plumber")  # the PDF, pdftotext -layout, pdftotext -raw, pdfplumber extract_text

Key = tuple[str, ...]


@dataclass(frozen=True)
class Cell:
    """One fixture: document prefix, producer, style, layer (file `<prefix>-<producer>-<style>[.<layer>.txt]`)."""

    prefix: str
    producer: str
    style: str
    layer: str

    @property
    def id(self) -> str:
        return f"{self.prefix}-{self.producer}-{self.style}-{self.layer}"

    @property
    def path(self) -> Path:
        stem = f"{self.prefix}-{self.producer}-{self.style}"
        return FIXTURES / (f"{stem}.pdf" if self.layer == "pdf" else f"{stem}.{self.layer}.txt")


@dataclass
class Score:
    cell: Cell
    expected: int
    extracted: int
    matched: int
    indicators_expected: int
    indicators_found: int
    misses: list[Key] = field(default_factory=list)
    extras: list[Key] = field(default_factory=list)
    error: str | None = None
    unflagged: list[Key] = field(default_factory=list)  # extras not flagged uncertain
    goals: list[GoalMismatch] = field(default_factory=list)  # indicators read under a goal the golden does not give
    overflagged: int = 0  # right observations flagged uncertain (`flagged_right`)
    goals_overflagged: int = 0  # indicators under a right goal flagged goal_uncertain (`goals_flagged_right`)
    notes: list[NoteMismatch] = field(default_factory=list)  # notes read wrong or not read (`note_mismatches`)
    texts: list[NoteMismatch] = field(default_factory=list)  # reasons, departments, progress labels (`text_mismatches`)

    @property
    def recall(self) -> float:
        return self.matched / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        return self.matched / self.extracted if self.extracted else 0.0


def cells() -> list[Cell]:
    """Every fixture of the matrix, in a stable order."""
    found = []
    for pdf in sorted(FIXTURES.glob("*.pdf")):
        prefix, producer, style = pdf.stem.split("-")
        for layer in LAYERS:
            cell = Cell(prefix, producer, style, layer)
            if cell.path.exists():
                found.append(cell)
    return found


def golden_keys(prefix: str) -> Counter[Key]:
    return Counter(tuple(row[c] for c in COMPARED) for row in golden_observations(prefix))


def extract(path: Path) -> tuple[list[dict], list[dict]]:
    """Observations and indicators the pipeline reads from one file."""
    observations, indicators, _ = _extract(path)
    return observations, indicators


def _extract(path: Path) -> tuple[list[dict], list[dict], list[str]]:
    """Observations, indicators and warnings the pipeline reads from one file."""
    from ingest.document import load
    from ingest.registry import extract as run_front_end
    from records import extraction_records

    extraction = run_front_end(load(path))
    observations, indicators, _ = extraction_records(extraction)
    return observations, indicators, extraction.warnings


def notes_as_printed(golden: list[dict], warnings: list[str]) -> list[dict]:
    """The golden indicators, a note the fixture prints as its table's footnote tied to no row expected as no row's
    note when the pipeline warned of it so (`ingest.table.interpret.UNTIED_NOTE_WARNING`): the producer writes the
    value headers from role and period, without the `※` by which 001's header ties its footnote to the column, so
    no reader can give the note to a row; warned of, it is not lost."""
    from ingest.table.interpret import UNTIED_NOTE_WARNING

    def folded(text: str) -> str:
        return "".join(unicodedata.normalize("NFKC", text).split())

    untied = [folded(w.partition(": ")[2]) for w in warnings if w.startswith(f"{UNTIED_NOTE_WARNING}: ")]
    return [{**row, "note": ""} if row["note"] and is_footnote(row["note"]) and any(
        text and folded(footnote_text(row["note"])).startswith(text) for text in untied) else row for row in golden]


def score(cell: Cell) -> Score:
    expected = golden_keys(cell.prefix)
    names = Counter(row["kpi_name"] for row in golden_indicators(cell.prefix))
    try:
        observations, indicators, warnings = _extract(cell.path)
    except Exception as error:  # the crash is the cell's result, recorded with where it happened
        frame = traceback.extract_tb(error.__traceback__)[-1]
        return Score(cell, sum(expected.values()), 0, 0, sum(names.values()), 0,
                     misses=sorted(expected.elements()),
                     error=f"{type(error).__name__}: {error} ({Path(frame.filename).name}:{frame.lineno})")
    def row_key(observation: dict) -> Key:
        return tuple(_format(observation[c]) for c in COMPARED)

    actual = Counter(row_key(o) for o in observations)
    matched = expected & actual
    found = names & Counter(i["kpi_name"] for i in indicators)
    return Score(cell, sum(expected.values()), sum(actual.values()), sum(matched.values()), sum(names.values()),
                 sum(found.values()), misses=sorted((expected - actual).elements()),
                 extras=sorted((actual - expected).elements()),
                 unflagged=unflagged_wrong(observations, expected, row_key),
                 overflagged=flagged_right(observations, expected, row_key),
                 goals=goal_mismatches(indicators, golden_indicators(cell.prefix)),
                 goals_overflagged=goals_flagged_right(indicators, golden_indicators(cell.prefix)),
                 notes=note_mismatches(indicators, notes_as_printed(golden_indicators(cell.prefix), warnings)),
                 texts=text_mismatches(indicators, golden_indicators(cell.prefix)))
