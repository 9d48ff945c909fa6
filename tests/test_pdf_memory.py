"""A long PDF's pages are not held once read, so a worker's memory stays flat in pages (issue 13): PDFium keeps what
it parsed of every page it loaded until the document closes, pdfminer a content stream's decoded bytes."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest
from pdfminer.pdftypes import stream_value

import ingest.pdf.pdfium as pdfium_reader
from ingest.pdf.pdfium import FontReader, PdfiumReader

PATH = Path(__file__).parent / "fixtures" / "producers" / "002-libreoffice-grid.pdf"


def test_content_streams_are_not_kept_decoded():
    """The font reader reads every page's shown strings without leaving their decoded bytes on the streams."""
    with pdfplumber.open(PATH) as opened:
        reader = FontReader(PATH, opened)
        for index in range(len(opened.pages)):
            assert reader.shown(index) is not None
        streams = [stream_value(s) for page in opened.pages for s in page.page_obj.contents]
        assert streams and all(s.data is None for s in streams)


def test_pages_are_the_same_when_the_document_is_opened_again(monkeypatch: pytest.MonkeyPatch):
    """Opened again after every page (`reopen_after` = 1), the reader gives the pages it gives when it never is."""
    opened = []
    original = pdfium_reader.pdfium.PdfDocument

    def counted(*args: object, **kwargs: object) -> object:
        opened.append(args)
        return original(*args, **kwargs)

    monkeypatch.setattr(pdfium_reader.pdfium, "PdfDocument", counted)
    pages = {}
    for after in (10 ** 9, 1):
        opened.clear()
        with PdfiumReader(PATH, pdfplumber.open(PATH)) as reader:
            reader.reopen_after = after
            pages[after] = [reader.page(index) for index in range(reader.n_pages)]
        assert len(opened) == (1 if after > 1 else len(pages[after]))
    assert len(pages[1]) == 4 and pages[1] == pages[10 ** 9]
