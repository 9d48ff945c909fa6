"""Text layers of the hand-made layout PDFs: the same other-municipality tables as a text extraction tool gives them.

The five source documents came to us as text layers made by three different PDF-to-text tools, and a new
government's documents will come the same way. This module takes every hand-made PDF of tests/fixtures/layouts/
through five tools and scores the pipeline on each text against the PDF's own hand-written expectation (the
printed values do not change with the tool that extracted them):

| layer | tool |
|---|---|
| `layout` | `pdftotext -layout` (poppler-utils) |
| `raw` | `pdftotext -raw` |
| `plumber` | pdfplumber `page.extract_text()`, pages joined by a newline |
| `pdfminer` | pdfminer.six `high_level.extract_text()` (default layout analysis, pages end with a form feed) |
| `pdfium` | pypdfium2 `textpage.get_text_range()` per page, CRLF as LF, pages joined by a newline |

Generate (needs poppler-utils; CI only reads the committed files):

    .venv/bin/python -m tests.layouts_layers --write [filter words, e.g. the new PDF's stem]

Score (every cell; `--misses` lists misses and extras, `--unflagged` only the unflagged wrong observations, i.e.
extras not flagged `uncertain`, `--goals` the indicators read under a wrong goal):
`.venv/bin/python -m tests.layouts_layers [--misses|--unflagged|--goals] [filter words]`. The `goals` column counts
indicators whose name is expected under another goal (unflagged ones in brackets); it is not part of the pass
criterion (the indicator score already counts such a row as a miss and an extra). `over-flagged` counts right
observations flagged `uncertain` (a flag on a right value says nothing; `tests.layouts_score.flagged_right`).
"""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from tests.layouts_score import (
    INDICATOR_KEY,
    LAYOUTS,
    OBSERVATION_KEY,
    GoalMismatch,
    Score,
    expected_rows,
    goal_mismatches,
    goals_flagged_right,
    read,
    score,
)

LAYERS_DIR = LAYOUTS / "layers"
LAYERS = ("layout", "raw", "plumber", "pdfminer", "pdfium")


def _pdftotext(pdf: Path, option: str) -> str:
    return subprocess.run(["pdftotext", option, str(pdf), "-"], check=True, capture_output=True, text=True).stdout


def _plumber(pdf: Path) -> str:
    import pdfplumber

    with pdfplumber.open(pdf) as document:
        return "\n".join((page.extract_text() or "") for page in document.pages) + "\n"


def _pdfminer(pdf: Path) -> str:
    from pdfminer.high_level import extract_text

    return extract_text(str(pdf))


def _pdfium(pdf: Path) -> str:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(pdf))
    try:
        pages = [document[i].get_textpage().get_text_range().replace("\r\n", "\n") for i in range(len(document))]
    finally:
        document.close()
    return "\n".join(pages) + "\n"


EXTRACTORS = {
    "layout": lambda pdf: _pdftotext(pdf, "-layout"),
    "raw": lambda pdf: _pdftotext(pdf, "-raw"),
    "plumber": _plumber,
    "pdfminer": _pdfminer,
    "pdfium": _pdfium,
}


@dataclass(frozen=True)
class LayerCell:
    """One hand-made PDF's text as one tool extracted it."""

    pdf_stem: str
    layer: str

    @property
    def id(self) -> str:
        return f"{self.pdf_stem}.{self.layer}"

    @property
    def path(self) -> Path:
        return LAYERS_DIR / f"{self.id}.txt"


def layout_pdfs() -> list[Path]:
    return sorted(LAYOUTS.glob("*.pdf"))


def layer_cells() -> list[LayerCell]:
    return [LayerCell(pdf.stem, layer) for pdf in layout_pdfs() for layer in LAYERS]


def measure_cell(cell: LayerCell) -> tuple[Score, Score, list[GoalMismatch], int]:
    """(observations score, indicators score, indicators under a wrong goal, indicators under a right goal flagged
    goal_uncertain) of one text layer against its PDF's expectation."""
    observations, indicators, _ = read(cell.path)
    expected_stem = LAYOUTS / f"{cell.pdf_stem}.pdf"
    wanted = expected_rows(expected_stem, "indicators")
    return (score(observations, expected_rows(expected_stem, "observations"), OBSERVATION_KEY),
            score(indicators, wanted, INDICATOR_KEY), goal_mismatches(indicators, wanted),
            goals_flagged_right(indicators, wanted))


def score_cell(cell: LayerCell) -> tuple[Score, Score]:
    """(observations, indicators) score of one text layer against its PDF's expectation."""
    observed, indicated, _, _ = measure_cell(cell)
    return observed, indicated


def write(words: list[str]) -> None:
    """Write the text layers of every hand-made PDF, or of those whose cell id holds all `words` (a new PDF's)."""
    LAYERS_DIR.mkdir(exist_ok=True)
    for cell in (c for c in layer_cells() if all(w in c.id for w in words)):
        text = EXTRACTORS[cell.layer](LAYOUTS / f"{cell.pdf_stem}.pdf")
        cell.path.write_text(text, encoding="utf-8")
        print(f"wrote {cell.path.relative_to(LAYOUTS)}")


def main(arguments: list[str]) -> None:
    words = [a for a in arguments if not a.startswith("-")]
    if "--write" in arguments:
        write(words)
        return
    passing = 0
    unflagged: dict[str, int] = {}
    overflagged: dict[str, int] = {}
    goals_wrong = goals_unflagged = goals_other = goals_over = 0
    cells = [c for c in layer_cells() if all(w in c.id for w in words)]
    for cell in cells:
        observed, indicated, goals, goals_flagged = measure_cell(cell)
        ok = observed.passed and indicated.passed
        passing += ok
        unflagged[cell.layer] = unflagged.get(cell.layer, 0) + len(observed.unflagged)
        overflagged[cell.layer] = overflagged.get(cell.layer, 0) + observed.overflagged
        goals_wrong += len(goals)
        goals_unflagged += sum(not g.flagged for g in goals)
        goals_other += sum(not g.flagged and g.other for g in goals)
        goals_over += goals_flagged
        print(f"{cell.id:48} obs {observed.recall:.2f}/{observed.precision:.2f}  "
              f"ind {indicated.recall:.2f}/{indicated.precision:.2f}  {'ok' if ok else '-'}  "
              f"unflagged {len(observed.unflagged)}  goals {len(goals)} ({sum(not g.flagged for g in goals)})  "
              f"over-flagged {observed.overflagged}")
        if "--goals" in arguments:
            for goal in goals:
                print(f"    {goal.describe()}")
        if "--misses" in arguments:
            for label, rows in (("missing", observed.missing + indicated.missing),
                                ("extra", observed.extra + indicated.extra)):
                for row in rows:
                    print(f"    {label}: {row}")
        if "--unflagged" in arguments:
            for row in observed.unflagged:
                print(f"    unflagged: {row}")
    print(f"\n{passing} of {len(cells)} layer cells at recall and precision ≥ 0.99; "
          f"{sum(unflagged.values())} unflagged wrong observations "
          f"({', '.join(f'{layer} {n}' for layer, n in unflagged.items())}); "
          f"{goals_wrong} indicators under a wrong goal, {goals_unflagged} of them unflagged, {goals_other} of those "
          f"under another goal (not a path cut short nor one with inner levels added), {goals_over} right goals "
          f"flagged goal_uncertain; "
          f"{sum(overflagged.values())} right observations flagged uncertain (over-flagged: "
          f"{', '.join(f'{layer} {n}' for layer, n in overflagged.items())})")


if __name__ == "__main__":
    main(sys.argv[1:])
