"""Benchmark (a script, not a test): the PDF front end with each page reader (`--pdf-reader pdfplumber|pdfium`).

Speed: pages per second of the whole PDF front end (`PdfFrontEnd.extract`: pages, tables, interpretation) with each
reader over the producer-matrix PDFs (tests/fixtures/producers), beside the reading alone (every page's
`PageSource`), bare pdfplumber `extract_text()` and pypdfium2's page text (the floor), on the same pages. Times
are the process's CPU seconds (`time.process_time`), so that other work on a shared machine does not distort them.

Memory: peak RSS of a fresh process reading a generated ruled-table PDF of 10 pages and of 300 pages (made with
reportlab in a temporary folder, never committed), per reader: a page's objects are dropped once it is read, so
the 300-page figure should stay near the 10-page one.

    .venv/bin/python bench/pdf_readers.py [--speed] [--memory]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PRODUCERS = sorted((ROOT / "tests" / "fixtures" / "producers").glob("*.pdf"))
READERS = ("pdfplumber", "pdfium")


def _front_end(reader: str, paths: list[Path]) -> float:
    from ingest.document import load
    from ingest.pdf.frontend import PdfFrontEnd

    front_end = PdfFrontEnd(reader=reader)
    start = time.process_time()
    for path in paths:
        front_end.extract(load(path), None)
    return time.process_time() - start


def _reading(reader: str, paths: list[Path]) -> float:
    from ingest.pdf.source import open_pages

    start = time.process_time()
    for path in paths:
        with open_pages(path, reader) as pdf:
            for index in range(pdf.n_pages):
                pdf.page(index)
    return time.process_time() - start


def _bare_pdfplumber(paths: list[Path]) -> float:
    import pdfplumber

    start = time.process_time()
    for path in paths:
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                page.extract_text()
                page.close()
    return time.process_time() - start


def _pdfium_text(paths: list[Path]) -> float:
    import pypdfium2 as pdfium

    start = time.process_time()
    for path in paths:
        document = pdfium.PdfDocument(str(path))
        for page in document:
            textpage = page.get_textpage()
            textpage.get_text_range()
            textpage.close()
            page.close()
        document.close()
    return time.process_time() - start


def speed() -> dict[str, float]:
    import pypdfium2 as pdfium

    pages = sum(len(pdfium.PdfDocument(str(p))) for p in PRODUCERS)
    _front_end("pdfium", PRODUCERS[:2])  # imports and caches (CMaps, fonts) paid outside the timings
    _front_end("pdfplumber", PRODUCERS[:2])
    seconds = {"bare pdfplumber extract_text": _bare_pdfplumber(PRODUCERS),
               "pypdfium2 page text (floor)": _pdfium_text(PRODUCERS)}
    for reader in READERS:
        seconds[f"reading only, {reader}"] = _reading(reader, PRODUCERS)
        seconds[f"PDF front end, {reader}"] = _front_end(reader, PRODUCERS)
    bare = seconds["bare pdfplumber extract_text"]
    print(f"{len(PRODUCERS)} PDFs, {pages} pages (tests/fixtures/producers), 1 process, CPU seconds")
    for label, s in seconds.items():
        print(f"  {label:34} {s:7.2f} s  {pages / s:7.1f} pages/s  {s / bare:5.2f}× bare extract_text")
    return {"pages": pages, **{k: round(v, 3) for k, v in seconds.items()}}


def make_pdf(path: Path, pages: int) -> None:
    """A PDF of `pages` pages, each a ruled table of 25 rows × 5 columns of Japanese text and numbers."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiMin-W3"))
    c = canvas.Canvas(str(path), pagesize=A4)
    width, height = A4
    cols = [40, 200, 300, 400, 480, 555]
    for n in range(pages):
        c.setFont("HeiseiMin-W3", 12)
        c.drawString(40, height - 40, f"第{n + 1}表　重要業績評価指標（ＫＰＩ）の進捗")
        c.setFont("HeiseiMin-W3", 8)
        top = height - 60
        for row in range(26):
            y = top - row * 24
            c.line(cols[0], y, cols[-1], y)
            if row == 25:
                break
            cells = (["指標名", "基準値", "実績値", "目標値", "担当課"] if row == 0 else
                     [f"指標{row}の新規就農者数(累計)", f"{row * 13},{row:03d}人", f"{row * 7}.5%", f"{row * 11}件",
                      "企画調整課"])
            for x, text in zip(cols, cells, strict=False):
                c.drawString(x + 3, y - 15, text)
        for x in cols:
            c.line(x, top, x, top - 25 * 24)
        c.drawCentredString(width / 2, 30, f"- {n + 1} -")
        c.showPage()
    c.save()


_CHILD = """
import json, resource, sys
sys.path.insert(0, {root!r})
from pathlib import Path
from ingest.document import load
from ingest.pdf.frontend import PdfFrontEnd
import pdfplumber, pypdfium2  # imports paid before the baseline
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
extraction = PdfFrontEnd(reader={reader!r}).extract(load(Path({path!r})), None)
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({{"base_mib": base / 1024, "peak_mib": peak / 1024, "rows": len(extraction.rows)}}))
"""


def memory() -> dict[str, dict[str, float]]:
    figures: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as folder:
        for pages in (10, 300):
            path = Path(folder) / f"table_{pages}.pdf"
            make_pdf(path, pages)
            for reader in READERS:
                code = _CHILD.format(root=str(ROOT), reader=reader, path=str(path))
                start = time.perf_counter()
                out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
                result = json.loads(out.stdout.strip().splitlines()[-1])
                result["seconds"] = round(time.perf_counter() - start, 1)
                figures[f"{reader} {pages} pages"] = result
                print(f"  {reader:10} {pages:4} pages: peak RSS {result['peak_mib']:6.0f} MiB "
                      f"(after imports {result['base_mib']:4.0f} MiB), {result['rows']} rows, {result['seconds']} s")
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--speed", action="store_true")
    parser.add_argument("--memory", action="store_true")
    args = parser.parse_args()
    both = not (args.speed or args.memory)
    if args.speed or both:
        speed()
    if args.memory or both:
        memory()


if __name__ == "__main__":
    main()
