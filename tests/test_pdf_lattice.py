"""`ingest.pdf.lattice` against pdfplumber: the same cells in the same order as `intersections_to_cells`, and the
same tables as `TableFinder`, on the pages of every PDF fixture (as table finding sees them, with the front end's
settings and with pdfplumber's defaults) and on random rulings made to hit the edge cases (broken rules, crossings
with no edge between them, rules that stop short, cells inside cells)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from pdfplumber.table import TableFinder, TableSettings, intersections_to_cells

from ingest.pdf import lattice
from ingest.pdf.engines import EngineSettings
from ingest.pdf.rules import for_table_finding
from ingest.pdf.source import PageSource, open_pages

FIXTURES = Path(__file__).parent / "fixtures"
PDFS = sorted(FIXTURES.rglob("*.pdf"))
SETTINGS = [EngineSettings().lattice, {}]


def _same_as_pdfplumber(page: PageSource, settings: dict) -> None:
    expected = TableFinder(page, TableSettings.resolve(settings))  # type: ignore[arg-type]
    assert lattice.cells(expected.intersections) == expected.cells
    got = lattice.find_tables(page, settings)
    assert [t.cells for t in got] == [t.cells for t in expected.tables]


@pytest.mark.parametrize("path", PDFS, ids=[p.relative_to(FIXTURES).as_posix() for p in PDFS])
def test_fixture_pages_give_pdfplumbers_cells(path: Path):
    with open_pages(path) as pdf:
        for index in range(min(pdf.n_pages, 4)):
            page = for_table_finding(pdf.page(index))
            for settings in SETTINGS:
                _same_as_pdfplumber(page, settings)


def _random_page(rng: random.Random) -> PageSource:
    xs = sorted(rng.sample(range(10, 400, 10), rng.randint(2, 8)))
    ys = sorted(rng.sample(range(10, 600, 10), rng.randint(2, 10)))
    lines = []

    def line(x0: float, top: float, x1: float, bottom: float) -> None:
        lines.append({"object_type": "line", "x0": x0, "x1": x1, "top": top, "bottom": bottom, "width": x1 - x0,
                      "height": bottom - top, "y0": 800 - bottom, "y1": 800 - top, "doctop": top})

    for y in ys:  # horizontal rules, some broken, some short, some a hair off
        start, end = rng.choice(xs), rng.choice(xs)
        if start == end or rng.random() < 0.2:
            start, end = xs[0], xs[-1]
        y = y + rng.choice([0.0, 0.0, 0.4, 2.0])
        if rng.random() < 0.2:
            middle = (min(start, end) + max(start, end)) / 2
            line(min(start, end), y, middle - rng.choice([0, 5]), y)
            line(middle, y, max(start, end), y)
        else:
            line(min(start, end), y, max(start, end), y)
    for x in xs:
        start, end = rng.choice(ys), rng.choice(ys)
        if start == end or rng.random() < 0.3:
            start, end = ys[0], ys[-1]
        line(x + rng.choice([0.0, 0.0, 0.5]), min(start, end), x, max(start, end))
    return PageSource(1, 500.0, 800.0, [], lines)


def test_random_rulings_give_pdfplumbers_cells():
    rng = random.Random(13)
    for _ in range(400):
        page = _random_page(rng)
        for settings in SETTINGS:
            _same_as_pdfplumber(page, settings)
        finder = TableFinder(page, TableSettings.resolve({}))  # type: ignore[arg-type]
        assert lattice.cells(finder.intersections) == intersections_to_cells(finder.intersections)


def test_a_crossing_without_edges_between_is_no_cell():
    """Four crossings whose edges do not join them (two rules that cross, and two others elsewhere) make no cell,
    as in pdfplumber; the test fails if `cells` took any four crossings for a cell."""
    edge = {"x0": 0.0, "top": 0.0, "x1": 0.0, "bottom": 0.0}
    def crossing(v: dict, h: dict) -> dict:
        return {"v": [v], "h": [h]}

    v1, v2 = {**edge, "x0": 10.0, "x1": 10.0, "bottom": 50.0}, {**edge, "x0": 30.0, "x1": 30.0, "bottom": 50.0}
    h1, h2 = {**edge, "x1": 20.0}, {**edge, "top": 50.0, "bottom": 50.0, "x0": 25.0, "x1": 40.0}
    intersections = {(10.0, 0.0): crossing(v1, h1), (30.0, 0.0): crossing(v2, {**h1, "x0": 28.0, "x1": 40.0}),
                     (10.0, 50.0): crossing(v1, {**h2, "x0": 5.0, "x1": 12.0}), (30.0, 50.0): crossing(v2, h2)}
    assert intersections_to_cells(intersections) == []
    assert lattice.cells(intersections) == []
    joined = {**intersections, (30.0, 0.0): crossing(v2, h1 | {"x1": 40.0})}
    joined[(10.0, 0.0)] = crossing(v1, h1 | {"x1": 40.0})
    joined[(10.0, 50.0)] = crossing(v1, h2 | {"x0": 5.0})
    joined[(30.0, 50.0)] = crossing(v2, h2 | {"x0": 5.0})
    assert lattice.cells(joined) == intersections_to_cells(joined) == [(10.0, 0.0, 30.0, 50.0)]
