"""The PDF front end on LibreOffice exports (tests/fixtures/pdf_producers/, made by generate.py there), including
a sheet whose rows break over pages.

The exports print the cells of the reportlab samples, so the hand-checked goldens of 002 (the 効果検証シート) and
003 (the strategy's KPI tables) are the expected values.
"""

from __future__ import annotations

import csv
from collections import Counter
from functools import cache
from pathlib import Path

import pdfplumber
import pytest

from ingest.document import load
from ingest.pdf import tables
from ingest.pdf.engines import EngineSettings
from ingest.pdf.frontend import PdfFrontEnd
from ingest.pdf.grid import Grid, GridCell
from ingest.pdf.tables import find_grids
from records import GOAL_SEPARATOR, extraction_records
from tests.golden_io import GOLDEN_DIR, _format

PRODUCERS = Path(__file__).parent / "fixtures" / "pdf_producers"
COMPARED = ["kpi_name", "role", "period", "value", "unit", "segment"]


def _golden(prefix: str, kinds: set[str] | None = None) -> Counter:
    with next(GOLDEN_DIR.glob(f"{prefix}_*.indicators.csv")).open(encoding="utf-8") as handle:
        kind = {row["kpi_name"]: row["kind"] for row in csv.DictReader(handle)}
    with next(GOLDEN_DIR.glob(f"{prefix}_*.observations.csv")).open(encoding="utf-8") as handle:
        return Counter(tuple(row[c] for c in COMPARED) for row in csv.DictReader(handle)
                       if kinds is None or kind[row["kpi_name"]] in kinds)


@cache
def _read(path: Path) -> tuple[list[dict], list[dict]]:
    observations, indicators, _ = extraction_records(PdfFrontEnd().extract(load(path), None))
    return observations, indicators


def _scores(path: Path, expected: Counter) -> tuple[float, float, int, list]:
    observations, indicators = _read(path)
    actual = Counter(tuple(_format(o[c]) for c in COMPARED) for o in observations)
    hits = sum((actual & expected).values())
    misses = sorted((expected - actual).elements()) + sorted((actual - expected).elements())
    return hits / sum(expected.values()), hits / max(1, sum(actual.values())), len(indicators), misses[:10]


STYLES = ["grid", "hrules", "none", "hrules_rowbreak"]


@pytest.mark.parametrize("style", STYLES)
def test_kensho_sheet_one_long_table(style: str):
    """Header repeated on each page, multi-line cells, goal cells merged over rows (with rules or without)."""
    recall, precision, indicators, misses = _scores(PRODUCERS / f"kensho_{style}.pdf", _golden("002"))
    assert indicators == 47
    assert recall >= 0.99 and precision >= 0.99, misses


@pytest.mark.parametrize("style", STYLES)
def test_kensho_sheet_goals_kinds_and_labels(style: str):
    """Every indicator's basic goal and sub-goal (merged cells, centred or broken across pages), kind, progress
    and department as the golden of 002 has them."""
    fields = ["kind", "progress", "department"]
    with next(GOLDEN_DIR.glob("002_*.indicators.csv")).open(encoding="utf-8") as handle:
        expected = {row["kpi_name"]: [_goal_head(row["goal"]), *(row[f] for f in fields)]
                    for row in csv.DictReader(handle)}
    _, indicators = _read(PRODUCERS / f"kensho_{style}.pdf")
    assert {i["kpi_name"]: [_goal_head(i["goal"]), *(i[f] for f in fields)] for i in indicators} == expected


def test_a_row_broken_over_a_page_is_one_indicator():
    """In `kensho_hrules_rowbreak` rows may break (LibreOffice's default): the name 伊勢崎シティマラソンの市外参加者数
    ends its page 1 part with `参` and goes on with `加者数` under page 2's repeated header."""
    with pdfplumber.open(PRODUCERS / "kensho_hrules_rowbreak.pdf") as pdf:
        first, second = pdf.pages[0].extract_text(), pdf.pages[1].extract_text()
    assert "市外参" in first and "市外参加" not in first and "\n加者数" in second
    _, indicators = _read(PRODUCERS / "kensho_hrules_rowbreak.pdf")
    assert "伊勢崎シティマラソンの市外参加者数" in {i["kpi_name"] for i in indicators}
    assert not [i["kpi_name"] for i in indicators if i["kpi_name"].startswith("加者数")]


def _goal_head(goal: str) -> str:
    """Basic goal and sub-goal (the golden of the text document does not always know the measure)."""
    return GOAL_SEPARATOR.join(goal.split(GOAL_SEPARATOR)[:2])


@pytest.mark.parametrize("name", ["strategy_western", "strategy_western_hrules"])
def test_strategy_western_year_headers_and_banners(name: str):
    """The KPI tables only: the 数値目標 stand in banners as statements, which no table reader reads. With
    horizontal rules only, tables of equal width one below the other stay apart (a heading and a caption between
    them are no row)."""
    recall, precision, indicators, misses = _scores(PRODUCERS / f"{name}.pdf", _golden("003", {"KPI"}))
    assert indicators == 42  # 48 indicators of 003 less its six 数値目標
    assert recall >= 0.99 and precision >= 0.99, misses


def _calls(monkeypatch: pytest.MonkeyPatch, answer: list[Grid]) -> list[int]:
    calls: list[int] = []

    def fake_camelot(path: Path, page_number: int, page_height: float) -> list[Grid]:
        calls.append(page_number)
        return answer

    monkeypatch.setattr(tables, "camelot_lattice", fake_camelot)
    return calls


def test_camelot_not_called_without_vertical_rules(monkeypatch: pytest.MonkeyPatch):
    """Horizontal rules and shaded cells only: camelot's lattice cannot find a column there."""
    calls = _calls(monkeypatch, [])
    path = PRODUCERS / "kensho_hrules.pdf"
    with pdfplumber.open(path) as pdf:
        assert pdf.pages[0].lines and pdf.pages[0].rects  # rules and shading are there
        for page in pdf.pages:
            find_grids(page, path, EngineSettings())
    assert calls == []


def test_empty_camelot_answer_keeps_pdfplumber_grids(monkeypatch: pytest.MonkeyPatch):
    """A ruled page where pdfplumber found only a one-row grid: camelot is asked, answers nothing, and the
    one-row grid stays."""
    calls = _calls(monkeypatch, [])
    one_row = Grid(1, (0, 0, 30, 10), 1, 3, "pdfplumber-lattice", [GridCell(0, c, "x") for c in range(3)])
    monkeypatch.setattr(tables, "pdfplumber_lattice", lambda page, settings: [one_row])
    path = PRODUCERS / "kensho_grid.pdf"
    with pdfplumber.open(path) as pdf:
        grids = find_grids(pdf.pages[0], path, EngineSettings())
    assert calls == [1] and one_row in grids
