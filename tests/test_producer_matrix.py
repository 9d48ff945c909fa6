"""The producer matrix: every fixture of tests/fixtures/producers/ must give the golden observations.

One test per matrix cell (document × producer × style × layer, see tests/fixtures/producers/README.md) asserts
recall ≥ 0.99 and precision ≥ 0.99 against the hand-checked goldens (tests/producer_matrix.py computes them).

Cells the pipeline cannot read yet are listed in ONE table, `KNOWN_FAILING` (cell id → why), and marked
`xfail(strict=True)`: such a cell must keep failing, so a reader change that makes it pass turns the suite red
until the cell is taken out of the table. The test can therefore fail both ways: a cell outside the table that
stops reading its goldens, and a cell inside it that starts to. `bench/layouts.py` prints the same scores as a
table with every miss; shrink `KNOWN_FAILING` from its output, never grow it to hide a regression.

Each fixture is extracted once per test session (module-scope cache).
"""

from __future__ import annotations

import importlib.util
import re
import sys
import unicodedata
from pathlib import Path

import pytest

from tests.producer_matrix import FIXTURES, LAYERS, Cell, Score, cells, score
from tests.producer_tables import (
    cell_lines,
    era_year,
    golden_indicators,
    golden_observations,
    header_lines,
    load_document,
    prefixes,
)

THRESHOLD = 0.99

#: Cells that do not reach the threshold today, with the reason (from bench/layouts.py). Take a cell out when it
#: passes: the strict xfail makes the suite fail until you do.
KNOWN_FAILING: dict[str, str] = {}


#: Cells whose reasons, departments or progress labels are read wrong or missing today (cell id → how many,
#: `bench/layouts.py --texts`): not part of the pass criterion yet, but no cell may read more of them wrong, and a
#: cell that reads fewer must be lowered here (like KNOWN_FAILING, the table may only shrink). A cell not listed
#: reads every text right.
TEXTS_READ_WRONG: dict[str, int] = {
    "000-libreoffice-grid-plumber": 1,
    "000-libreoffice-hrules-layout": 2,
    "000-libreoffice-hrules-plumber": 1,
    "000-libreoffice-norules-plumber": 1,
    "000-reportlab-fakebold-pdf": 1,
    "000-reportlab-fakebold-plumber": 1,
    "000-reportlab-fullwidth-pdf": 1,
    "000-reportlab-fullwidth-layout": 2,
    "000-reportlab-fullwidth-plumber": 2,
    "000-reportlab-grid-pdf": 1,
    "000-reportlab-grid-plumber": 1,
    "000-reportlab-hrules-plumber": 1,
    "000-reportlab-norules-plumber": 1,
    "000-reportlab-western-layout": 1,
    "000-reportlab-western-plumber": 1,
    "001-libreoffice-grid-layout": 1,
    "001-libreoffice-grid-plumber": 1,
    "001-libreoffice-hrules-layout": 1,
    "001-libreoffice-hrules-plumber": 2,
    "001-libreoffice-norules-layout": 1,
    "001-libreoffice-norules-plumber": 1,
    "001-reportlab-fakebold-layout": 3,
    "001-reportlab-fakebold-plumber": 2,
    "001-reportlab-fullwidth-layout": 1,
    "001-reportlab-grid-pdf": 1,
    "001-reportlab-grid-layout": 1,
    "001-reportlab-grid-plumber": 1,
    "001-reportlab-hrules-layout": 3,
    "001-reportlab-hrules-plumber": 2,
    "001-reportlab-norules-layout": 1,
    "001-reportlab-norules-plumber": 1,
    "001-reportlab-western-pdf": 1,
    "002-libreoffice-grid-layout": 3,
    "002-libreoffice-grid-plumber": 1,
    "002-libreoffice-hrules-layout": 12,
    "002-libreoffice-hrules-plumber": 2,
    "002-libreoffice-norules-layout": 4,
    "002-libreoffice-norules-plumber": 1,
    "002-reportlab-fakebold-layout": 8,
    "002-reportlab-fullwidth-pdf": 1,
    "002-reportlab-fullwidth-layout": 44,
    "002-reportlab-grid-layout": 2,
    "002-reportlab-grid-plumber": 2,
    "002-reportlab-hrules-layout": 8,
    "002-reportlab-norules-layout": 2,
    "002-reportlab-norules-plumber": 2,
    "002-reportlab-western-layout": 7,
    "002-reportlab-western-plumber": 3,
}


@pytest.fixture(scope="module")
def scores() -> dict[str, Score]:
    return {}


def _score(cache: dict[str, Score], cell: Cell) -> Score:
    if cell.id not in cache:
        cache[cell.id] = score(cell)
    return cache[cell.id]


def _params() -> list:
    return [pytest.param(c, id=c.id, marks=[pytest.mark.xfail(strict=True, reason=KNOWN_FAILING[c.id])]
                         if c.id in KNOWN_FAILING else []) for c in cells()]


@pytest.mark.parametrize("cell", _params())
def test_cell_reads_golden_values(cell: Cell, scores: dict[str, Score]):
    s = _score(scores, cell)
    assert s.error is None, f"pipeline crashed: {s.error}"
    assert s.recall >= THRESHOLD and s.precision >= THRESHOLD, (
        f"recall {s.recall:.3f}, precision {s.precision:.3f}, indicators {s.indicators_found}/"
        f"{s.indicators_expected}; first misses {s.misses[:5]}; first extras {s.extras[:5]}")
    # a wrong value is never left unflagged, not even one within the threshold (004 reportlab layout, session 24:
    # a name's last glyph lost to a note, 2 values under a cut name passed at 0.99)
    assert not s.unflagged, f"wrong values left unflagged: {s.unflagged[:5]}"


@pytest.mark.parametrize("cell", cells(), ids=lambda c: c.id)
def test_cell_reads_no_more_texts_wrong_than_measured(cell: Cell, scores: dict[str, Score]):
    """A wrong reason, department or progress label is a wrong value an analyst reads (a reason's first line lost,
    a header word read as a reason): held to the count measured, which may only shrink."""
    s = _score(scores, cell)
    known = TEXTS_READ_WRONG.get(cell.id, 0)
    listed = "\n".join(text.describe() for text in s.texts)
    assert len(s.texts) <= known, f"{len(s.texts)} texts read wrong or missing, {known} measured:\n{listed}"
    assert len(s.texts) == known, f"{len(s.texts)} texts read wrong, fewer than {known}: lower TEXTS_READ_WRONG"


def _generator():
    spec = importlib.util.spec_from_file_location("make_fixtures", FIXTURES / "make_fixtures.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_matrix_is_complete_and_known_failures_exist():
    """Every document × producer/style × layer the generator makes is committed, and the table names real cells."""
    generator = _generator()
    expected = {f"{p}-{producer}-{style}-{layer}" for p in prefixes()
                for producer, styles in generator.CELLS.items() for style in styles for layer in LAYERS}
    ids = {c.id for c in cells()}
    assert ids == expected
    assert set(KNOWN_FAILING) <= ids
    assert set(TEXTS_READ_WRONG) <= ids and all(n > 0 for n in TEXTS_READ_WRONG.values())


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


@pytest.mark.parametrize("prefix", prefixes())
def test_fixtures_print_every_golden_value(prefix: str):
    """The fixtures themselves: the pdfplumber text of each (non fake-bold) PDF holds the first printed line of
    every golden value cell, so a low score is the reader's, not the generator's."""
    document = load_document(prefix)
    firsts = {cell_lines(raw, row.segments, True)[0] for row in document.rows for raw in row.cells.values() if raw}
    for path in sorted(FIXTURES.glob(f"{prefix}-*.plumber.txt")):
        if "fakebold" in path.name:
            continue
        text = _squash(Path(path).read_text(encoding="utf-8"))
        absent = sorted(f for f in firsts if len(f) <= 12 and _squash(f) not in text)
        assert not absent, f"{path.name} lacks {absent[:5]}"


def test_header_wording_follows_the_source_documents():
    """Headers as the sheets and plans print them (002: 基準値（令和元年度）, 令和５年度実績値, 計画最終年度目標値
    （令和９年度）; 003: 現状値 (令和元年度)); years checked by hand: FY2019 = 令和元年度, FY2018 = 平成30年度."""
    sheet, plan = load_document("002"), load_document("003")
    assert header_lines(sheet, ("baseline", "FY2019"), True) == ["基準値", "（令和元年度）"]
    assert header_lines(sheet, ("actual", "FY2023"), True) == ["令和５年度", "実績値"]
    assert header_lines(sheet, ("target", "FY2023"), True) == ["令和５年度", "目標値"]
    final = header_lines(sheet, ("target", "FY2027"), True, final_label=True)
    assert final == ["計画最終年度", "目標値", "（令和９年度）"]
    assert header_lines(plan, ("baseline", "FY2019"), False) == ["現状値", "（令和元年度）"]
    assert header_lines(plan, ("target", "FY2027"), False, western=True) == ["目標値", "（2027年度）"]
    assert era_year("FY2018", False) == "平成30年度"
    assert era_year("CY2022", True) == "令和４年"


def test_cells_print_year_note_and_segments_on_lines_of_their_own():
    assert cell_lines("11,942億円 （平成30年）", set(), True) == ["11,942億円", "（平成30年）"]
    assert cell_lines("男性77.41歳 女性79.89歳 （令和元年） ※変更前", {"男性", "女性"}, True) == [
        "男性77.41歳", "女性79.89歳", "（令和元年）", "※変更前"]
    assert cell_lines("小学校 88.7% 中学校 82.8%", {"小学校", "中学校"}, True) == ["小学校 88.7%", "中学校 82.8%"]
    assert cell_lines("1,486件", set(), False) == ["1,486件"]


def test_tables_hold_every_golden_observation_once():
    """Rebuilding the tables loses no golden cell: one printed cell per (indicator, role, column period)."""
    for prefix in prefixes():
        document = load_document(prefix)
        expected = {(o["kpi_name"], o["role"], o["column_period"]) for o in golden_observations(prefix)}
        assert len(document.rows) == len(golden_indicators(prefix))
        assert {(r.kpi_name, *c) for r in document.rows for c in r.cells} == expected
