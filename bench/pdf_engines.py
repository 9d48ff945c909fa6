"""Benchmark (a script, not a test): pdfplumber vs camelot lattice on the PDF fixtures and the sample PDFs.

Accuracy on the fixtures = cells (spans filled) whose text equals the grid the builder drew, whitespace ignored.
The samples have no drawn grid to compare with, so for them the script reports how many indicators and
observations the whole front end reads with each engine forced (hand counts: 47 and 48 indicators) and whether
the two engines give identical observations. Time = seconds per page of table finding, best of three runs.

    PYTHONPATH=. .venv/bin/python bench/pdf_engines.py
"""

from __future__ import annotations

import re
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pdfplumber  # noqa: E402

from ingest.document import load  # noqa: E402
from ingest.pdf.engines import EngineSettings, camelot_lattice  # noqa: E402
from ingest.pdf.frontend import PdfFrontEnd  # noqa: E402
from ingest.pdf.grid import Grid  # noqa: E402
from ingest.pdf.tables import find_grids  # noqa: E402
from normalize.text import nfkc  # noqa: E402
from records import extraction_records  # noqa: E402
from tests import pdf_builders  # noqa: E402

SAMPLES = sorted((ROOT / "tests" / "fixtures" / "pdf").glob("*.pdf")) + sorted(
    (ROOT / "tests" / "fixtures" / "pdf_producers").glob("*.pdf"))  # LibreOffice exports: grid, hrules, no rules


def _squash(text: str) -> str:
    """Compared form: NFKC (reportlab's CID fonts give back 目 for a drawn ⽬) without whitespace."""
    return re.sub(r"\s+", "", nfkc(text or ""))


def _grids(engine: str, path: Path) -> tuple[list[Grid], int]:
    settings = EngineSettings(engine="pdfplumber")
    grids: list[Grid] = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            if engine == "pdfplumber":
                found = find_grids(page, path, settings)  # lattice, then tables without vertical rules
            else:
                found = camelot_lattice(path, page.page_number, float(page.height))
            grids.extend(found)
        return grids, len(pdf.pages)


def _timed(run: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return best


def _accuracy(expected: list[tuple[int, list[list[str]]]], grids: list[Grid]) -> tuple[int, int]:
    """Matched and total expected cells; each expected table is compared with the best grid on its page."""
    matched = total = 0
    for page, rows in expected:
        cells = {(r, c): _squash(t) for r, row in enumerate(rows) for c, t in enumerate(row)}
        total += len(cells)
        best = 0
        for grid in (g for g in grids if g.page == page):
            found = grid.matrix()
            # a stream grid may hold extra lines above the table: try every row offset
            for offset in range(max(1, len(found) - len(rows) + 1)):
                line = found[offset:]
                hits = sum(1 for (r, c), t in cells.items()
                           if r < len(line) and c < len(line[r]) and _squash(line[r][c]) == t)
                best = max(best, hits)
        matched += best
    return matched, total


def fixtures(folder: Path) -> list[tuple[str, Path, list]]:
    builders = [("kensho_sheet", pdf_builders.kensho_sheet), ("strategy_kpi", pdf_builders.strategy_kpi),
                ("project_plan", pdf_builders.project_plan),
                ("split_no_header", lambda p: pdf_builders.split_table(p, False)),
                ("split_header", lambda p: pdf_builders.split_table(p, True)),
                ("kangxi", pdf_builders.kangxi_table), ("whitespace", pdf_builders.whitespace_table)]
    out = []
    for name, build in builders:
        pdf_builders.DRAWN.clear()
        path = build(folder / f"{name}.pdf")
        out.append((name, path, list(pdf_builders.DRAWN)))
    return out


def main() -> None:
    print(f"{'fixture':18} {'engine':11} {'cells':>9} {'accuracy':>9} {'s/page':>8}")
    with tempfile.TemporaryDirectory() as tmp:
        for name, path, expected in fixtures(Path(tmp)):
            for engine in ("pdfplumber", "camelot"):
                grids, pages = _grids(engine, path)
                seconds = _timed(lambda engine=engine, path=path: _grids(engine, path)) / pages
                matched, total = _accuracy(expected, grids)
                if not total:
                    print(f"{name:18} {engine:11} {'(no ruled grid drawn)':>19} {seconds:8.3f}  grids: {len(grids)}")
                    continue
                print(f"{name:18} {engine:11} {matched:4}/{total:<4} {matched / total:9.1%} {seconds:8.3f}")
    print()
    print(f"{'sample':28} {'engine':11} {'indicators':>10} {'observations':>12} {'s/page':>8}")
    for path in SAMPLES:
        results = {}
        for engine in ("pdfplumber", "camelot"):
            front_end = PdfFrontEnd(EngineSettings(engine=engine))
            extraction = front_end.extract(load(path), None)
            observations, indicators, _ = extraction_records(extraction)
            seconds = _timed(lambda engine=engine, path=path: _grids(engine, path)) / (extraction.pages or 1)
            results[engine] = sorted(tuple(str(o[k]) for k in ("kpi_name", "role", "period", "value", "segment"))
                                     for o in observations)
            print(f"{path.name:28} {engine:11} {len(indicators):10} {len(observations):12} {seconds:8.3f}")
        print(f"{'':28} engines agree on every observation: {results['pdfplumber'] == results['camelot']}")


if __name__ == "__main__":
    main()
