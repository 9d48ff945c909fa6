"""The two PDF readers (`--pdf-reader pdfplumber|pdfium`) against each other: the same document must give the same
rows (observations, indicators, rejects) and the same document fields (counts, warnings), whichever reader read its
pages — on every PDF fixture of the repository.

`KNOWN_DIFFERENT` is a strict-xfail table: each entry says why the pdfium reader does not yet give what pdfplumber
gives there; when a fix makes a file agree, its entry must go (a strict xfail that passes fails).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.document import DEFAULT_MAX_BYTES
from ingest.pdf.source import PageSource, open_pages
from pipeline.extract import read_document

FIXTURES = Path(__file__).parent / "fixtures"
PDFS = sorted(FIXTURES.rglob("*.pdf"))

#: File (relative to tests/fixtures) → why the pdfium reader does not give what pdfplumber gives there.
KNOWN_DIFFERENT: dict[str, str] = {}


def _read(path: Path, reader: str) -> tuple[object, object]:
    report, entry = read_document(path, DEFAULT_MAX_BYTES, pdf_reader=reader)
    return report.error, entry


@pytest.mark.parametrize("path", PDFS, ids=[p.relative_to(FIXTURES).as_posix() for p in PDFS])
def test_both_readers_give_the_same_rows(path: Path, request: pytest.FixtureRequest):
    name = path.relative_to(FIXTURES).as_posix()
    if name in KNOWN_DIFFERENT:
        request.applymarker(pytest.mark.xfail(reason=KNOWN_DIFFERENT[name], strict=True))
    reference = _read(path, "pdfplumber")
    assert reference[1] is not None, f"pdfplumber could not read {name}: {reference[0]}"
    assert _read(path, "pdfium") == reference


def test_pdf_fixtures_are_found():
    """The comparison above runs over the repository's PDFs (shared samples, producer matrix, layouts)."""
    folders = {p.relative_to(FIXTURES).parts[0] for p in PDFS}
    assert {"pdf", "pdf_producers", "producers", "layouts"} <= folders
    assert len(PDFS) >= 50


@pytest.mark.parametrize("reader", ["pdfplumber", "pdfium"])
def test_page_source_of_a_ruled_page(reader: str):
    """Both readers: a reportlab page's characters in reading order with pdfplumber's boxes, its grid's rules."""
    path = FIXTURES / "producers" / "000-reportlab-grid.pdf"
    with open_pages(path, reader) as pdf:
        assert pdf.n_pages == 2
        page = pdf.page(0)
    assert isinstance(page, PageSource) and page.page_number == 1
    text = page.extract_text()
    assert text.splitlines()[0] == "1 しごとの創生"  # the first goal heading, as printed
    first = page.chars[0]
    assert first["upright"] and first["x1"] > first["x0"] and first["bottom"] - first["top"] == pytest.approx(
        first["size"], abs=1e-3)
    tables = page.find_tables({"vertical_strategy": "lines", "horizontal_strategy": "lines"})
    assert len(tables) >= 2 and max(len(t.rows) for t in tables) >= 4  # boxed headings and the KPI grid


def test_character_boxes_end_at_the_advance_not_the_ink():
    """A reportlab page in fonts PDFium substitutes (HeiseiMin-W3 is not embedded): the substitute's digits are wider
    than the widths the PDF gives them, and PDFium's loose box reaches to their ink; pdfminer's box, and so the
    pdfium reader's, ends at the advance. Every character the same, with the same box, from both readers."""
    path = FIXTURES / "producers" / "000-reportlab-hrules.pdf"
    boxes = {}
    for reader in ("pdfplumber", "pdfium"):
        with open_pages(path, reader) as pdf:
            boxes[reader] = [(c["text"], [c["x0"], c["x1"], c["top"], c["bottom"]]) for c in pdf.page(0).chars]
    assert any(text.isdigit() for text, _ in boxes["pdfplumber"])
    assert [text for text, _ in boxes["pdfium"]] == [text for text, _ in boxes["pdfplumber"]]
    for (text, box), (_, expected) in zip(boxes["pdfium"], boxes["pdfplumber"], strict=True):
        assert box == pytest.approx(expected, abs=1e-3), text


def test_unknown_reader_is_refused(tmp_path: Path):
    with pytest.raises(ValueError, match="unknown PDF reader"):
        open_pages(tmp_path / "x.pdf", "mupdf")


@pytest.mark.parametrize("reader", ["pdfium", "pdfplumber"])
def test_a_document_structure_is_parsed_once(reader: str, monkeypatch: pytest.MonkeyPatch):
    """The checked PDF is handed to the reader (`LoadedDocument.take_pdf`): pdfminer parses the file's structure
    once per document, not once for the check and again for the fonts or the pages."""
    from pdfminer.pdfdocument import PDFDocument

    parsed = []
    original = PDFDocument.__init__

    def counting(self, *args, **kwargs):
        parsed.append(1)
        original(self, *args, **kwargs)

    monkeypatch.setattr(PDFDocument, "__init__", counting)
    error, entry = _read(FIXTURES / "producers" / "000-libreoffice-grid.pdf", reader)
    assert error is None and entry is not None
    assert len(parsed) == 1
