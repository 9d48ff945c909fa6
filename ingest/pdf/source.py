"""One PDF page as the PDF front end reads it (`PageSource`), from either of two readers.

The front end needs a page's characters (text, box, font, size, upright), its drawn lines, rectangles and curves,
whether it holds images, and a few operations on them (page text, words, text lines, ruled tables, a filtered or
de-duplicated copy). `PageSource` holds exactly that, in pdfplumber's object convention (dicts with `x0`, `x1`,
`top`, `bottom`, `doctop` in points, y growing downwards), and does the operations with pdfplumber's own utilities
(`dedupe_chars`, `TableFinder` on the edges with its cell search indexed by `ingest.pdf.lattice`; words and the text
map by `ingest.pdf.words`, which gives pdfplumber's `extract_words` and `chars_to_textmap` faster), so whatever reader
made it, table finding and the rest run the same code.

Two readers make it:

- `pdfplumber` (pdfminer's parse): the reference.
- `pdfium` (pypdfium2): about twenty times faster. Its characters are rebuilt the way pdfminer boxes them
  (origin, advance width, font descent, the font size as height); paths are split into subpaths and classified
  into lines, rectangles and curves by pdfminer's rules, so both readers hand the front end the same objects.

Each reader frees a page's native objects as soon as its `PageSource` is built (pypdfium2's page and text page are
closed, pdfplumber's page cache is flushed), so memory holds only the pages the caller keeps.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import Any, Protocol

from ingest.pdf import words

#: The readers `open_pages` knows; the first is the default.
READERS = ("pdfium", "pdfplumber")
#: pdfium: both readers give the same rows on every PDF fixture (tests/test_pdf_readers.py), pdfium many times faster.
DEFAULT_READER = "pdfium"

Obj = dict[str, Any]


@dataclass(frozen=True)
class PageSource:
    """A page's characters and drawings in pdfplumber's convention (points, y downwards), and the operations
    the front end does on them."""

    page_number: int
    width: float
    height: float
    chars: list[Obj]
    lines: list[Obj] = field(default_factory=list)
    rects: list[Obj] = field(default_factory=list)
    curves: list[Obj] = field(default_factory=list)
    #: Number of images drawn on the page.
    images: int = 0

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        return (0.0, 0.0, self.width, self.height)

    @cached_property
    def edges(self) -> list[Obj]:
        """Every straight edge of lines, rectangles and curves (pdfplumber's `Page.edges`), made once: the table
        finder asks for them twice (vertical, horizontal) and copies what it keeps."""
        from pdfplumber import utils

        edges = [utils.line_to_edge(line) for line in self.lines]
        for rect in self.rects:
            edges.extend(utils.rect_to_edges(rect))
        for curve in self.curves:
            edges.extend(utils.curve_to_edges(curve))
        return edges

    @cached_property
    def _textmap(self) -> Any:
        """pdfplumber's text map of the page (its words laid out in lines), built once: the page text, its lines for
        the cover and its lines around the tables are all read from it."""
        return words.chars_to_textmap(self.chars, self.bbox, self.width, self.height, self.char_lines)

    @cached_property
    def char_lines(self) -> list[tuple[bool, list[Obj]]]:
        """The characters' lines, each in reading order, at pdfplumber's default tolerances (`words.char_lines`):
        made once for the text map and the words outside the tables."""
        return words.char_lines(self.chars)

    def extract_text(self) -> str:
        """The page text as pdfplumber's `Page.extract_text()` gives it."""
        return self._textmap.as_string

    @cached_property
    def _text_lines(self) -> list[Obj]:
        """The text map's stripped lines with their characters, searched once (the first page's are asked for twice:
        for the cover, and for the lines around its tables)."""
        return words.text_lines(self._textmap)

    def extract_text_lines(self, strip: bool = True, return_chars: bool = True) -> list[Obj]:
        """pdfplumber's `Page.extract_text_lines`: without `return_chars`, the same lines without their "chars"."""
        if not strip:
            return self._textmap.extract_text_lines(strip=False, return_chars=return_chars)
        if return_chars:
            return [dict(line) for line in self._text_lines]
        return [{key: value for key, value in line.items() if key != "chars"} for line in self._text_lines]

    def extract_words(self, x_tolerance: float = 3, y_tolerance: float = 3, return_chars: bool = False) -> list[Obj]:
        """pdfplumber's `extract_words` with its default directions, no blank kept, no split at punctuation."""
        return words.extract_words(self.chars, x_tolerance, y_tolerance, return_chars)

    def find_tables(self, table_settings: dict[str, Any]) -> list[Any]:
        """pdfplumber's table finder on this page's edges (its cell search indexed: `ingest.pdf.lattice`)."""
        from ingest.pdf.lattice import find_tables

        return find_tables(self, table_settings)

    def filter(self, keep: Callable[[Obj], bool]) -> PageSource:
        """The page with only the objects `keep` accepts."""
        return replace(self, chars=[c for c in self.chars if keep(c)], lines=[o for o in self.lines if keep(o)],
                       rects=[o for o in self.rects if keep(o)], curves=[o for o in self.curves if keep(o)])

    def dedupe_chars(self, tolerance: float) -> PageSource:
        """The page with each group of same glyphs at (nearly) one place read once (pdfplumber's rule)."""
        from ingest.pdf.overprint import dedupe_chars

        return replace(self, chars=dedupe_chars(self.chars, tolerance))


class PageReader(Protocol):
    """An open PDF: its page count and each page as a `PageSource`; closed with `close()` or `with`.

    The front end reads a PDF in two passes (every page's text first, then the tables): a document of at most
    `keep_pages` pages is read once and its pages held between the passes; a longer one is read again page by page
    in the second pass, so memory holds `keep_pages` pages at most, whatever the length.
    """

    n_pages: int
    keep_pages: int

    def page(self, index: int) -> PageSource:
        """The page at `index` (0-based), read now; the reader keeps nothing of it."""
        ...

    def close(self) -> None: ...

    def __enter__(self) -> PageReader: ...

    def __exit__(self, *exc: object) -> None: ...


class PlumberReader:
    """Pages through pdfplumber (pdfminer), the reference reader."""

    #: pdfminer's parse is slow: reading a short document twice would cost more than holding its pages.
    keep_pages = 32

    def __init__(self, path: Path, opened: Any = None) -> None:
        """`opened`: the file already open in pdfplumber (`ingest.document.open_checked_pdf`), now this reader's."""
        import pdfplumber

        self.pdf = opened if opened is not None else pdfplumber.open(path)
        self.n_pages = len(self.pdf.pages)

    def page(self, index: int) -> PageSource:
        page = self.pdf.pages[index]
        try:
            return PageSource(page.page_number, float(page.width), float(page.height), page.chars, page.lines,
                              page.rects, page.curves, len(page.images))
        finally:
            page.close()  # drops the parsed layout; the object dicts live on in the PageSource only

    def close(self) -> None:
        self.pdf.close()

    def __enter__(self) -> PlumberReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_pages(path: Path, reader: str = DEFAULT_READER, opened: Any = None) -> PageReader:
    """The PDF at `path` opened with `reader` ("pdfplumber" or "pdfium"); raises what the library raises for a
    damaged file. `opened`: the same file already open in pdfplumber (`LoadedDocument.take_pdf`), whose parsed
    structure the reader goes on from (and closes), so that pdfminer parses it once."""
    if reader == "pdfplumber":
        return PlumberReader(path, opened)
    if reader == "pdfium":
        from ingest.pdf.pdfium import PdfiumReader

        return PdfiumReader(path, opened)
    if opened is not None:
        opened.close()
    raise ValueError(f"unknown PDF reader {reader!r}; one of {', '.join(READERS)}")
