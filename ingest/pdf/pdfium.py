"""The fast page reader: a page's characters and drawings from pypdfium2, shaped as pdfminer/pdfplumber shape them.

Characters come from PDFium's text page: characters PDFium generates (spaces between words, line ends) are
skipped; a glyph whose Unicode mapping has several characters (a ligature) is one character, as in pdfminer. Each
box is built as pdfminer builds it: from the glyph origin to origin + advance width, and vertically from the font's
descent below the baseline to one font size above that; the font size is the height. The advance's end is PDFium's
loose box's right edge, except where that box reaches to the glyph's ink (recent PDFium unites the two boxes:
pypdfium2 ≥ 5.7): a glyph of a substituted font wider than the width the PDF gives it ends at its advance, read from
the font's widths (`_advance`).

PDFium does not say what a font's dictionaries hold, and two readings depend on them: where the descriptor has no
Descent (LibreOffice writes 0), PDFium takes the embedded font's, pdfminer takes 0; for a CID font with a UCS-2
CMap and no ToUnicode (reportlab's Japanese fonts), PDFium gives the character code as the character, pdfminer the
character of its CID. Both are therefore read as pdfminer reads them, from the page's font dictionaries (pdfminer
parses those, never the content streams; `FontReader`), matched to PDFium's font by name.

A text object PDFium never reads, whose box has no width, is a blank in an embedded font (read as a space); in a
font PDFium substitutes (not embedded) it is a glyph the substitute lacks, whose character PDFium cannot say. In a
CID font pdfminer reads by CID, its character and advance are read from the string the content stream shows there
(`ingest.pdf.shown`; the n-th top-level text object is the n-th string shown, checked against the fonts and the
characters PDFium did read); otherwise the page is read by the reference reader (`PdfiumReader.fallbacks` counts
them), never with text missing.

Drawings come from the page objects (form XObjects entered, their matrix applied): each path is cut into subpaths
at every move, and a subpath is a line (`m l`), a rectangle (four axis-parallel sides, closed) or a curve, as
pdfminer's `paint_path` decides; only the end point of a Bézier segment is a point, as there.

PDFium computes in single precision: every coordinate is rounded to `DECIMALS` places, which gives back the
decimal numbers the producer wrote (where pdfminer has them in double precision).
"""

from __future__ import annotations

import ctypes
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from ingest.pdf.shown import PageText, shown_strings
from ingest.pdf.source import Obj, PageSource, PlumberReader

#: Decimal places kept of a PDFium coordinate (single precision holds about seven significant digits).
DECIMALS = 4

_Matrix = tuple[float, float, float, float, float, float]
_IDENTITY: _Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def _compose(inner: _Matrix, outer: _Matrix) -> _Matrix:
    """The matrix applying `inner`, then `outer`."""
    a, b, c, d, e, f = inner
    A, B, C, D, E, F = outer
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F)


#: The only characters PDFium's text page generates (between words, at line ends): others need no asking.
_GENERATED = frozenset((0x20, 0x0D, 0x0A))
#: A text object whose box is narrower than this (points) has no ink.
BLANK_WIDTH = 0.01
#: Points within which a loose box's right edge is the glyph's ink's (`FPDFText_GetCharBox`) or past the advance.
INK_EPSILON = 1e-4
#: Rounds of reading a page's text objects left out as copies (fake bold draws a glyph up to four times).
MAX_COPIES = 8


def _address(obj: Any) -> int:
    return ctypes.cast(obj, ctypes.c_void_p).value or 0


def _prototype(function: Any, restype: Any, *argtypes: Any) -> Any:
    """`function` of pypdfium2.raw declared with plain types (handles as integers): a text page is read with
    several calls per character, and pypdfium2's typed handles cost more than the calls (a pointer object built
    for every handle returned, its type checked for every handle passed)."""
    return ctypes.CFUNCTYPE(restype, *argtypes)(_address(function))


class _Handle(ctypes.c_void_p):
    """A PDFium handle as an `_UNTYPED` function returns it: a subclass of `c_void_p` stays a ctypes object (not
    converted to an integer), so it is passed on to the next call as it is; `.value` is its address."""


def _untyped(function: Any, restype: Any) -> Any:
    """`function` of pypdfium2.raw without declared arguments: ctypes then converts nothing, which halves the cost
    of a call. Every argument must be passed as C takes it: a handle as a ctypes pointer object (`c_void_p`,
    `_Handle`), an output as `ctypes.byref`, an `int` only for a C `int` (a Python integer is passed as a C int:
    never an address)."""
    return ctypes.CFUNCTYPE(restype)(_address(function))


class _FAST:
    """The calls made once per text object or font, declared with plain types (`_prototype`)."""

    text_font = _prototype(raw.FPDFTextObj_GetFont, ctypes.c_void_p, ctypes.c_void_p)
    font_name = _prototype(raw.FPDFFont_GetBaseFontName, ctypes.c_ulong, ctypes.c_void_p, ctypes.c_char_p,
                           ctypes.c_ulong)
    font_descent = _prototype(raw.FPDFFont_GetDescent, ctypes.c_int, ctypes.c_void_p, ctypes.c_float,
                              ctypes.POINTER(ctypes.c_float))
    object_font_size = _prototype(raw.FPDFTextObj_GetFontSize, ctypes.c_int, ctypes.c_void_p,
                                  ctypes.POINTER(ctypes.c_float))
    glyph_width = _prototype(raw.FPDFFont_GetGlyphWidth, ctypes.c_int, ctypes.c_void_p, ctypes.c_uint32,
                             ctypes.c_float, ctypes.POINTER(ctypes.c_float))


class _UNTYPED:
    """The calls made for every character, page object and path segment, without declared arguments
    (`_untyped`): handles in and out as `_Handle`, a text object's address as an integer (`c_void_p`)."""

    is_generated = _untyped(raw.FPDFText_IsGenerated, ctypes.c_int)
    unicode = _untyped(raw.FPDFText_GetUnicode, ctypes.c_uint)
    text_object = _untyped(raw.FPDFText_GetTextObject, ctypes.c_void_p)
    origin = _untyped(raw.FPDFText_GetCharOrigin, ctypes.c_int)
    loose_box = _untyped(raw.FPDFText_GetLooseCharBox, ctypes.c_int)
    ink_box = _untyped(raw.FPDFText_GetCharBox, ctypes.c_int)
    text_matrix = _untyped(raw.FPDFText_GetMatrix, ctypes.c_int)
    font_size = _untyped(raw.FPDFText_GetFontSize, ctypes.c_double)
    count_objects = _untyped(raw.FPDFPage_CountObjects, ctypes.c_int)
    page_object = _untyped(raw.FPDFPage_GetObject, _Handle)
    count_form_objects = _untyped(raw.FPDFFormObj_CountObjects, ctypes.c_int)
    form_object = _untyped(raw.FPDFFormObj_GetObject, _Handle)
    object_type = _untyped(raw.FPDFPageObj_GetType, ctypes.c_int)
    object_matrix = _untyped(raw.FPDFPageObj_GetMatrix, ctypes.c_int)
    draw_mode = _untyped(raw.FPDFPath_GetDrawMode, ctypes.c_int)
    count_segments = _untyped(raw.FPDFPath_CountSegments, ctypes.c_int)
    segment = _untyped(raw.FPDFPath_GetPathSegment, _Handle)
    segment_point = _untyped(raw.FPDFPathSegment_GetPoint, ctypes.c_int)
    segment_type = _untyped(raw.FPDFPathSegment_GetType, ctypes.c_int)
    segment_closes = _untyped(raw.FPDFPathSegment_GetClose, ctypes.c_int)


#: `round(v * _SCALE) / _SCALE` is `round(v, DECIMALS)`, at half its cost, for a value of single precision (a
#: PDFium coordinate): 24 significant bits times 10⁴ (14 bits) is exact in double precision, `round` then rounds
#: half to even as `round(v, DECIMALS)` does the exact value, and the division is correctly rounded, as is the
#: conversion of `round`'s decimal result. Not for a sum or product of such values (no longer exact).
_SCALE = 10 ** DECIMALS


def _codes(tp: Any, handle: ctypes.c_void_p) -> list[int]:
    """The UTF-16 code unit of each character of the text page `tp` (`handle`: its address), by index: all in one
    call (`FPDFText_GetText`), which leaves out a character PDFium finds no text for (a control character); then,
    the text being shorter than the page's characters, one call per character (`FPDFText_GetUnicode`)."""
    count = raw.FPDFText_CountChars(tp)
    if count <= 0:
        return []
    buffer = (ctypes.c_uint16 * (count + 1))()
    if raw.FPDFText_GetText(tp, 0, count, ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort))) == count + 1:
        return buffer[:count]
    unicode = _UNTYPED.unicode
    return [unicode(handle, index) for index in range(count)]


def _advance(font: int, code: int, size: float) -> float:
    """The advance width of the character PDFium reads as `code` in the font at address `font` at `size` (user
    space): the font's width of the character code PDFium maps `code` back to (the PDF's widths, not the glyph's)."""
    if not _FAST.glyph_width(font, code, size, _WIDTH_OUT):
        return float("inf")  # unknown: the loose box stays as PDFium gives it
    return _WIDTH.value


#: `_advance`'s output, made once (a float and its pointer cost more than the call)
_WIDTH = ctypes.c_float()
_WIDTH_OUT = ctypes.byref(_WIDTH)


def _matrix(obj: Any) -> _Matrix:
    """The matrix of a page object (`FPDF_PAGEOBJECT` or `_Handle`)."""
    m = raw.FS_MATRIX()
    _UNTYPED.object_matrix(obj, ctypes.byref(m))
    return (m.a, m.b, m.c, m.d, m.e, m.f)


def _font_key(name: object) -> str:
    """A font name without subset tag (`BAAAAA+IPAexGothic` → `IPAexGothic`)."""
    text = name.name if hasattr(name, "name") else name.decode("latin-1") if isinstance(name, bytes) else str(name)
    return text.split("+", 1)[1] if len(text) > 7 and text[6] == "+" else text


@dataclass
class PageFonts:
    """What pdfminer reads of a page's fonts that PDFium does not say, by font name (`_font_key`)."""

    #: Descent per unit of font size (pdfminer: the descriptor's, forced negative; a standard font's metrics);
    #: None for a name two fonts of different descent share.
    descent: dict[str, float | None] = field(default_factory=dict)
    #: CID fonts with a UCS-2/UTF-16 CMap and no ToUnicode: PDFium gives the character code as the character,
    #: pdfminer the character of the code's CID (`－` drawn as CID 14 is read back as `−`).
    by_cid: dict[str, Any] = field(default_factory=dict)
    #: font's id → code → character: shared by every page of a document (`FontReader`), whose fonts live as long
    _read: dict[int, dict[str, str]] = field(default_factory=dict, repr=False)
    #: PDFium font address → (name, name in `by_cid` or None, descent), filled while the page is read
    pdfium: dict[int, tuple[str, str | None, float]] = field(default_factory=dict, repr=False)

    def text(self, fontname: str, code: str) -> str:
        """The character pdfminer reads for what PDFium read as `code` in the font `fontname`."""
        font = self.by_cid.get(fontname)
        if font is None:
            return code
        found = self.codes(fontname).get(code)
        if found is None:
            found = self._read[id(font)][code] = self._text(font, code)
        return found

    def codes(self, fontname: str) -> dict[str, str]:
        """The characters read so far for codes of the font `fontname` read by CID (code → character; `text` adds
        the others): a text object's characters are looked up here without a call each."""
        return self._read.setdefault(id(self.by_cid[fontname]), {})

    @staticmethod
    def _text(font: Any, code: str) -> str:
        return "".join(cid_text(font, cid) for cid in font.decode(code.encode("utf-16-be")))


def cid_text(font: Any, cid: int) -> str:
    """The character pdfminer reads for `cid` in its CID font `font`."""
    try:
        return font.to_unichr(cid)
    except Exception:  # pdfminer's PDFUnicodeNotDefined: it prints the CID
        return f"(cid:{cid})"


#: Font subtypes pdfminer reads as CID fonts (`PDFCIDFont`).
_CID_SUBTYPES = ("CIDFontType0", "CIDFontType2")
#: The facts of one font dictionary: its names (`_font_key`), its descent as pdfminer reads it, and the pdfminer
#: font when pdfminer reads the font's characters by CID (`PageFonts.by_cid`), else None.
_FontFacts = tuple[frozenset[str], float, Any]


class FontReader:
    """Each page's fonts as pdfminer reads them (`PageFonts`): their dictionaries only, never a content stream.

    A font dictionary is read once per document (pages share their fonts). pdfminer's font is built only where its
    characters are needed (a CID font read by CID): building one parses what the descent and the names never need
    (a ToUnicode CMap, an embedded TrueType font's tables), which cost more than reading the page with PDFium; for
    the others the descent and the font name are read from the font descriptor as pdfminer's `PDFFont` reads them.
    """

    def __init__(self, path: Path, opened: Any = None) -> None:
        """`opened`: the file open in pdfplumber (`PlumberReader.pdf`), whose pdfminer pages are read (the reader
        that owns it closes it); else the file is parsed here."""
        from pdfminer.pdfinterp import PDFResourceManager

        self._file: Any = None
        if opened is not None:
            self._pages = [page.page_obj for page in opened.pages]
        else:
            from pdfminer.pdfdocument import PDFDocument
            from pdfminer.pdfpage import PDFPage
            from pdfminer.pdfparser import PDFParser

            self._file = path.open("rb")
            self._pages = list(PDFPage.create_pages(PDFDocument(PDFParser(self._file))))
        self._manager = PDFResourceManager(caching=True)
        self._facts: dict[object, _FontFacts] = {}
        #: characters of codes read by CID, for every page (`PageFonts._read`): pages share their fonts
        self._cid_read: dict[int, dict[str, str]] = {}
        #: the fonts those ids are of, kept alive so that no id is reused (a font without object number is not in
        #: `_facts`)
        self._cid_fonts: dict[int, Any] = {}

    def close(self) -> None:
        if self._file is not None:
            self._file.close()

    def _fonts(self, index: int) -> dict[str, _FontFacts]:
        """The facts of the page's fonts by resource name."""
        from pdfminer.pdftypes import PDFObjRef, dict_value, resolve1

        found = {}
        for name, ref in dict_value(resolve1(self._pages[index].resources).get("Font")).items():
            objid = ref.objid if isinstance(ref, PDFObjRef) else None
            facts = self._facts.get(objid) if objid is not None else None
            if facts is None:
                facts = self._read_facts(objid, dict_value(ref))
                if objid is not None:
                    self._facts[objid] = facts
            found[name] = facts
        return found

    def shown(self, index: int) -> tuple[PageText, dict[str, _FontFacts]] | None:
        """The strings the page's content stream shows, and its fonts by resource name; None when the stream cannot
        be read with certainty (`ingest.pdf.shown`)."""
        from pdfminer.pdftypes import stream_value

        try:
            data = b"\n".join(_decoded(stream_value(stream)) for stream in self._pages[index].contents)
            text = shown_strings(data)
            return (text, self._fonts(index)) if text is not None else None
        except Exception:  # a damaged stream or font dictionary: the reference reader reads the page
            return None

    def of_page(self, index: int) -> PageFonts:
        found = PageFonts(_read=self._cid_read)
        if index >= len(self._pages):
            return found
        try:
            for names, descent, cid_font in self._fonts(index).values():
                for name in names:
                    found.descent[name] = descent if found.descent.get(name, descent) == descent else None
                    if cid_font is not None:
                        found.by_cid[name] = self._cid_fonts.setdefault(id(cid_font), cid_font)
        except Exception:  # a damaged font dictionary: PDFium's readings serve
            return PageFonts()
        return found

    def _read_facts(self, objid: object, spec: dict[str, Any]) -> _FontFacts:
        """The facts of the font dictionary `spec` (object `objid`) as pdfminer reads them."""
        from pdfminer.fontmetrics import FONT_METRICS
        from pdfminer.pdftypes import dict_value, list_value, num_value, resolve1
        from pdfminer.psparser import PSLiteral, literal_name

        names = {_font_key(spec.get("BaseFont", ""))}
        for descendant in list_value(spec.get("DescendantFonts", [])):
            names.add(_font_key(dict_value(descendant).get("BaseFont", "")))
        # the dictionary pdfminer builds its font from: a Type0 font's first descendant (`get_font`)
        subtype = literal_name(spec["Subtype"]) if "Subtype" in spec else "Type1"
        read = spec
        if subtype == "Type0":
            read = dict_value(list_value(spec["DescendantFonts"])[0])
            subtype = literal_name(read["Subtype"]) if "Subtype" in read else "Type1"
        encoding = resolve1(spec.get("Encoding"))
        code_is_text = (subtype in _CID_SUBTYPES and "ToUnicode" not in spec and encoding is not None
                        and any(c in literal_name(encoding) for c in ("UCS2", "UTF16")))
        # a standard font's metrics, not its descriptor (pdfminer's `PDFType1Font`)
        standard = (subtype not in _CID_SUBTYPES and
                    (literal_name(read["BaseFont"]) if "BaseFont" in read else "unknown") in FONT_METRICS)
        if code_is_text or subtype in ("Type0", "Type3") or standard:
            font = self._manager.get_font(objid, spec)
            names.add(_font_key(getattr(font, "fontname", "")))
            names.discard("")
            return frozenset(names), font.get_descent(), font if code_is_text else None
        descriptor = dict_value(read.get("FontDescriptor", {}))
        fontname = resolve1(descriptor.get("FontName", "unknown"))
        names.add(_font_key(literal_name(fontname) if isinstance(fontname, PSLiteral) else fontname))
        names.discard("")
        descent = num_value(descriptor.get("Descent", 0))
        if descent > 0:  # pdfminer forces it negative
            descent = -descent
        return frozenset(names), descent * 0.001, None


def _decoded(stream: Any) -> bytes:
    """A pdfminer stream's decoded bytes, decoded on a copy unless the stream already holds them: a decoded stream
    keeps its bytes until the document closes, so a long document's content streams would add up (15 MiB more
    for 300 pages than for 10)."""
    from pdfminer.pdftypes import PDFStream

    if stream.data is not None:
        return stream.data
    copy = PDFStream(stream.attrs, stream.rawdata, stream.decipher)
    copy.set_objid(stream.objid, stream.genno)
    return copy.get_data()


class PdfiumReader:
    """Pages of one PDF through pypdfium2."""

    #: As pdfplumber's: reading a short document twice costs more than holding its pages.
    keep_pages = 32
    #: Pages loaded before the document is opened again: PDFium keeps what it parsed for a page (its objects and
    #: streams) until the document closes, even once the page is closed, so a long document's pages would add up
    #: (34 MiB more for 300 pages than for 10); opening again costs a read of the cross-reference table.
    reopen_after = 32

    def __init__(self, path: Path, opened: Any = None) -> None:
        """`opened`: the file already open in pdfplumber (`ingest.document.open_checked_pdf`), now this reader's:
        the fonts are read from its parse, and a page PDFium cannot read whole is read by it."""
        try:
            self.document = pdfium.PdfDocument(str(path))
        except BaseException:
            if opened is not None:
                opened.close()
            raise
        self.n_pages = len(self.document)
        self._loaded = 0  # pages loaded since the document was opened
        self._doctop = [0.0]  # top of each page in the document (pdfplumber's `doctop`), filled as pages are read
        self.path = path
        self._plumber: PlumberReader | None = PlumberReader(path, opened) if opened is not None else None
        #: Pages read by the reference reader because PDFium left some text unread (see the module docstring).
        self.fallbacks = 0
        try:
            self._font_reader: FontReader | None = FontReader(path, opened)
        except Exception:  # pdfminer cannot parse the file's structure: PDFium's readings serve
            self._font_reader = None

    def close(self) -> None:
        self.document.close()
        if self._font_reader is not None:
            self._font_reader.close()
        if self._plumber is not None:
            self._plumber.close()

    def _reference(self, index: int) -> PageSource:
        """The page as the reference reader reads it."""
        if self._plumber is None:
            self._plumber = PlumberReader(self.path)
        return self._plumber.page(index)

    def __enter__(self) -> PdfiumReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def page(self, index: int) -> PageSource:
        if self._loaded >= self.reopen_after:
            self.document.close()
            self.document = pdfium.PdfDocument(str(self.path))
            self._loaded = 0
        self._loaded += 1
        page = self.document[index]
        try:
            left, bottom, right, top = (round(v, DECIMALS) for v in page.get_mediabox())
            width, height = right - left, top - bottom
            while len(self._doctop) <= index:  # pages are mostly read in order; a skipped one costs its size only
                i = len(self._doctop) - 1
                self._doctop.append(self._doctop[i] + round(self.document.get_page_size(i)[1], DECIMALS))
            doctop = self._doctop[index]
            lines: list[Obj] = []
            rects: list[Obj] = []
            curves: list[Obj] = []
            texts: list[int] = []
            images = self._drawings(page, bottom, height, doctop, lines, rects, curves, texts)
            known = self._font_reader.of_page(index) if self._font_reader is not None else PageFonts()
            chars, unread = self._page_chars(page, index, texts, bottom, height, doctop, known)
            if unread and self._font_reader is not None:
                self.fallbacks += 1
                return self._reference(index)
            return PageSource(index + 1, width, height, chars, lines, rects, curves, images)
        finally:
            page.close()

    @staticmethod
    def _font_of(font: int, known: PageFonts) -> tuple[str, str | None, float]:
        """What a page's characters take of the PDFium font at address `font`: its name, its name in
        `known.by_cid` when pdfminer reads its characters by CID (else None), and its descent per unit of font size
        as pdfminer reads it, else PDFium's (never positive: pdfminer forces it negative). Asked once per font and
        page (`known.pdfium`; a font's address is its own only while the page is open)."""
        found = known.pdfium.get(font)
        if found is not None:
            return found
        size = _FAST.font_name(font, None, 0)
        buffer = ctypes.create_string_buffer(size)
        _FAST.font_name(font, buffer, size)
        name = buffer.value.decode("utf-8", "replace")
        key = _font_key(name)
        descent = known.descent.get(key)
        if descent is None:
            value = ctypes.c_float()
            _FAST.font_descent(font, 1000.0, value)
            descent = -abs(value.value) / 1000.0
        found = known.pdfium[font] = (name, key if key in known.by_cid else None, descent)
        return found

    def _page_chars(self, page: Any, index: int, texts: list[int], bottom: float, height: float, doctop: float,
                    known: PageFonts) -> tuple[list[Obj], int]:
        """The page's characters in content order, every copy of a text object included → (characters, number of
        text objects still unread); `texts`: the addresses of the page's top-level text objects, in order.

        PDFium's text page leaves out a text object that repeats one of the few before it (same characters at
        nearly the same place: fake bold, or the same mark a row apart); pdfminer keeps every glyph drawn. The
        objects left out are read by taking the objects already read off the page (in memory only) and building
        the text page again, until every text object is read; the characters are then put in the objects'
        order."""
        chars, runs = self._read_text_page(page.raw, bottom, height, doctop, known)
        seen = {key for key, _ in runs}
        if all(key in seen for key in texts):
            return chars, 0
        read = _keyed(chars, runs)
        have: dict[int, list[Obj]] = {}
        for key, char in read:
            have.setdefault(key, []).append(char)
        typed = {key: ctypes.cast(key, raw.FPDF_PAGEOBJECT) for key in texts}
        # before any object is taken off and destroyed
        origins = [_matrix(typed[key])[4:] for key in texts]
        fonts = [self._font_of(_FAST.text_font(key) or 0, known)[0] for key in texts]
        taken_off: list[Any] = []
        off: set[int] = set()
        try:
            for _ in range(MAX_COPIES):
                for key in texts:
                    if key in have and key not in off:
                        raw.FPDFPage_RemoveObject(page.raw, typed[key])
                        taken_off.append(typed[key])
                        off.add(key)
                new: dict[int, list[Obj]] = {}
                for key, char in _keyed(*self._read_text_page(page.raw, bottom, height, doctop, known)):
                    if key not in have:
                        new.setdefault(key, []).append(char)
                have.update(new)
                if not new or all(key in have for key in texts):
                    break
        finally:
            for obj in taken_off:
                raw.FPDFPageObj_Destroy(obj)
        for i, key in enumerate(texts):
            if key not in have:
                blank = self._blank(typed[key], origins[i + 1] if i + 1 < len(texts) else None, bottom, height,
                                    doctop, known)
                if blank is not None:
                    have[key] = [blank]
        if len(have) < len(texts) and self._font_reader is not None:
            self._read_from_stream(index, texts, fonts, have, typed, bottom, height, doctop, known)
        top_level = set(texts)
        ordered = [char for key in texts for char in have.get(key, [])]
        unread = sum(1 for key in texts if key not in have)
        return ordered + [char for key, char in read if key not in top_level], unread  # + text inside forms

    def _read_from_stream(self, index: int, texts: list[int], fonts: list[str], have: dict[int, list[Obj]],
                          typed: dict[int, Any], bottom: float, height: float, doctop: float, known: PageFonts
                          ) -> None:
        """Text objects PDFium cannot read (glyphs a substituted font lacks) in a CID font that pdfminer reads by
        CID, read from the strings the content stream shows (`FontReader.shown`): the n-th top-level text object
        is the n-th string shown. Only when everything agrees: as many strings as objects, each in the object's
        font, every object PDFium read in such a font with the characters of its string; the unread object
        upright, unscaled, one string without spacing or kerning. Otherwise nothing is read (the caller reads the
        page with the reference reader)."""
        found = self._font_reader.shown(index) if self._font_reader is not None else None
        if found is None or found[0].spaced or len(found[0].shown) != len(texts):
            return
        page_text, facts = found
        read: dict[int, list[Obj]] = {}
        #: (font, string shown) → its CIDs and text: a string is often shown again (fake bold draws it 2-4 times)
        decoded: dict[tuple[int, bytes], tuple[list[int], str]] = {}
        for key, font_name, shown in zip(texts, fonts, page_text.shown, strict=True):
            names, _, cid_font = facts.get(shown.font, (frozenset(), 0.0, None))
            if _font_key(font_name) not in names:
                return
            if cid_font is None:
                if key not in have:
                    return
                continue
            data = shown.data
            known_string = decoded.get((id(cid_font), data))
            if known_string is None:
                cids = list(cid_font.decode(data))
                known_string = decoded[id(cid_font), data] = (cids, "".join(cid_text(cid_font, cid) for cid in cids))
            cids, text = known_string
            if key in have:
                if "".join(char["text"] for char in have[key]) != text:
                    return
                continue
            a, b, c, d, e, f = _matrix(typed[key])
            if shown.kerned or cid_font.is_vertical() or not (b == c == 0 and a == d > 0):
                return
            points = ctypes.c_float()
            raw.FPDFTextObj_GetFontSize(typed[key], points)
            size = points.value * d
            name, _, descent = self._font_of(_FAST.text_font(key) or 0, known)
            y0 = round(f, DECIMALS) + descent * size
            y0, y1 = round(y0 - bottom, DECIMALS), round(y0 + size - bottom, DECIMALS)
            top = height - y1 + bottom
            x, chars = e, []
            for cid in cids:
                advance = cid_font.char_width(cid) * size
                x0, x1 = round(x, DECIMALS), round(x + advance, DECIMALS)
                chars.append({"object_type": "char", "text": cid_text(cid_font, cid), "fontname": name,
                              "size": y1 - y0, "upright": True, "x0": x0, "x1": x1, "y0": y0, "y1": y1,
                              "width": x1 - x0, "height": y1 - y0, "top": top, "bottom": height - y0 + bottom,
                              "doctop": doctop + top})
                x += advance
            read[key] = chars
        have.update(read)

    def _blank(self, obj: Any, following: tuple[float, float] | None, bottom: float, height: float, doctop: float,
               known: PageFonts) -> Obj | None:
        """A text object PDFium never reads because its box has no width, in an embedded font: a blank (a font
        draws every visible character with ink), read as one space from its origin to the `following` text
        object's origin when that is on its line within a font size (else a quarter of the size). A glyph of a font
        PDFium substitutes has no box when the substitute lacks it: its character is unknown, and it stays unread."""
        left, low, right, high = ctypes.c_float(), ctypes.c_float(), ctypes.c_float(), ctypes.c_float()
        raw.FPDFPageObj_GetBounds(obj, left, low, right, high)
        font = raw.FPDFTextObj_GetFont(obj)
        if right.value - left.value > BLANK_WIDTH or not raw.FPDFFont_GetIsEmbedded(font):
            return None
        a, b, c, d, e, f = _matrix(obj)
        points = ctypes.c_float()
        raw.FPDFTextObj_GetFontSize(obj, points)
        size = points.value * abs(d)
        x0, y = round(e, DECIMALS), round(f, DECIMALS)
        x1 = x0 + size / 4
        if following is not None:
            next_x, next_y = (round(v, DECIMALS) for v in following)
            if next_y == y and 0 < next_x - x0 <= size:
                x1 = next_x
        name, _, descent = self._font_of(_address(font), known)
        y0 = round(y - bottom + descent * size, DECIMALS)
        y1 = round(y0 + size, DECIMALS)
        top = height - y1 + bottom
        return {"object_type": "char", "text": " ", "fontname": name, "size": size,
                "upright": a * d > 0 and b * c <= 0, "x0": x0, "x1": x1, "y0": y0, "y1": y1, "width": x1 - x0,
                "height": y1 - y0, "top": top, "bottom": height - y0 + bottom, "doctop": doctop + top}

    def _read_text_page(self, page: Any, bottom: float, height: float, doctop: float, known: PageFonts
                        ) -> tuple[list[Obj], list[tuple[int, int]]]:
        """Every character PDFium's text page reads, in its order, and the runs of text objects they come from:
        (text object's address, index of its run's first character)."""
        tp = raw.FPDFText_LoadPage(page)
        try:
            return self._chars(tp, bottom, height, doctop, known)
        finally:
            raw.FPDFText_ClosePage(tp)

    def _chars(self, tp: Any, bottom: float, height: float, doctop: float, known: PageFonts
               ) -> tuple[list[Obj], list[tuple[int, int]]]:
        """The loop of `_read_text_page`, the costliest of the reader: what is the same for a text object (font,
        size, matrix) or for its line (the vertical part of the box) is read once, and an upright character's dict
        is a copy of its line's, four values set. The characters' codes are read in one call (`_codes`), and an
        upright character's x is rounded as `_SCALE` says."""
        handle = ctypes.c_void_p(_address(tp))
        box = raw.FS_RECTF()
        m = raw.FS_MATRIX()
        ox, oy = ctypes.c_double(), ctypes.c_double()
        box_out, m_out, ox_out, oy_out = ctypes.byref(box), ctypes.byref(m), ctypes.byref(ox), ctypes.byref(oy)
        is_generated, text_object, origin, loose_box = (
            _UNTYPED.is_generated, _UNTYPED.text_object, _UNTYPED.origin, _UNTYPED.loose_box)
        text_font, text_matrix, font_size = _FAST.text_font, _UNTYPED.text_matrix, _UNTYPED.font_size
        ink_box, ink_right, unused = _UNTYPED.ink_box, ctypes.c_double(), ctypes.c_double()
        ink_out, unused_out = ctypes.byref(ink_right), ctypes.byref(unused)
        #: text object → its font's name, name read by CID, descent; its size in user space; upright; the advance
        #: widths of its font at the size they are scaled by (`_advance`): code → width; its lines (below)
        objects: dict[int, tuple[str, str | None, float, float, bool, int, float, dict[int, float],
                                 dict[float, Obj]]] = {}
        #: (font address, size) → character code → advance width
        advances: dict[tuple[int, float], dict[int, float]] = {}
        #: (font name, descent, size) → baseline → an upright character of that line, its text and x to be set: the
        #: vertical part of the box is the same along a line, whichever text object draws there
        lines: dict[tuple[str, float, float], dict[float, Obj]] = {}
        chars: list[Obj] = []
        runs: list[tuple[int, int]] = []
        append = chars.append
        rows: dict[float, Obj] = {}
        row: Obj = {}
        row_baseline: float | None = None
        last_key = previous_x = previous_y = -1.0
        fontname, by_cid, descent, size, upright = "", None, 0.0, 0.0, True
        font_address, advance_size, widths = 0, 0.0, {}
        cid_codes: dict[str, str] = {}
        codes = _codes(tp, handle)
        count = len(codes)
        paired = -1  # the index of a low surrogate read with the high one before it
        for index, code in enumerate(codes):
            if code in _GENERATED and is_generated(handle, index) == 1:
                continue
            if 0xD800 <= code < 0xE000:  # a surrogate pair: one character
                if index == paired:
                    continue
                if code < 0xDC00 and index + 1 < count and 0xDC00 <= codes[index + 1] < 0xE000:
                    code = 0x10000 + ((code - 0xD800) << 10) + (codes[index + 1] - 0xDC00)
                    paired = index + 1
            text = chr(code)
            key = text_object(handle, index) or 0
            origin(handle, index, ox_out, oy_out)
            x, baseline = ox.value, oy.value
            if key == last_key:
                if x == previous_x and baseline == previous_y and chars:
                    chars[-1]["text"] += text  # one glyph mapped to several characters (a ligature)
                    continue
            else:
                last_key = key
                runs.append((key, len(chars)))
                font = objects.get(key)
                if font is None:  # one font, size and matrix per text object
                    address = text_font(key) or 0
                    name, cid_font, font_descent = self._font_of(address, known)
                    text_matrix(handle, index, m_out)
                    points = ctypes.c_float()
                    _FAST.object_font_size(key, ctypes.byref(points))
                    # the size in user space, as pdfminer's char height
                    size = font_size(handle, index)
                    advance_size = points.value * m.a
                    font = objects[key] = (name, cid_font, font_descent, size, m.a * m.d > 0 and m.b * m.c <= 0,
                                           address, advance_size, advances.setdefault((address, advance_size), {}),
                                           lines.setdefault((name, font_descent, size), {}))
                fontname, by_cid, descent, size, upright, font_address, advance_size, widths, rows = font
                cid_codes = known.codes(by_cid) if by_cid is not None else {}
                row_baseline = None
            previous_x, previous_y = x, baseline
            if by_cid is not None:
                text = cid_codes.get(text) or known.text(by_cid, text)
            loose_box(handle, index, box_out)
            if upright:
                right = box.right
                advance = widths.get(code)
                if advance is None:
                    advance = widths[code] = _advance(font_address, code, advance_size)
                if x + advance < right - INK_EPSILON:
                    # the loose box reaches past the advance: widened to the glyph's ink (PDFium unites the two
                    # boxes), as a substituted font's glyph wider than the PDF's width is
                    ink_box(handle, index, unused_out, ink_out, unused_out, unused_out)
                    if ink_right.value >= right - INK_EPSILON:
                        right = round(x + advance, DECIMALS)  # a sum: not a single-precision value
                if baseline != row_baseline:
                    row_baseline = baseline
                    row = rows.get(baseline) or {}
                    if not row:
                        y0 = round(baseline, DECIMALS) + descent * size
                        y1 = y0 + size
                        # y relative to the media box's bottom, x not: pdfplumber's convention
                        y0, y1 = round(y0 - bottom, DECIMALS), round(y1 - bottom, DECIMALS)
                        top = height - y1 + bottom
                        row = rows[baseline] = {
                            "object_type": "char", "text": "", "fontname": fontname, "size": y1 - y0,
                            "upright": True, "x0": 0.0, "x1": 0.0, "y0": y0, "y1": y1, "width": 0.0,
                            "height": y1 - y0, "top": top, "bottom": height - y0 + bottom, "doctop": doctop + top}
                char = row.copy()
                char["text"] = text
                char["x0"] = x0 = round(x * _SCALE) / _SCALE
                char["x1"] = x1 = round(right * _SCALE) / _SCALE
                char["width"] = x1 - x0
                append(char)
            else:  # rotated text: PDFium's box as it is
                x0, x1 = round(box.left, DECIMALS), round(box.right, DECIMALS)
                y0, y1 = round(box.bottom - bottom, DECIMALS), round(box.top - bottom, DECIMALS)
                top = height - y1 + bottom
                append({"object_type": "char", "text": text, "fontname": fontname, "size": y1 - y0,
                        "upright": False, "x0": x0, "x1": x1, "y0": y0, "y1": y1, "width": x1 - x0,
                        "height": y1 - y0, "top": top, "bottom": height - y0 + bottom, "doctop": doctop + top})
        return chars, runs

    def _drawings(self, page: Any, bottom: float, height: float, doctop: float, lines: list[Obj], rects: list[Obj],
                  curves: list[Obj], texts: list[int]) -> int:
        """Fills `lines`, `rects`, `curves` with the page's paths and `texts` with the addresses of its top-level
        text objects, in order → the number of images."""
        images = 0
        fill_mode, stroke = ctypes.c_int(), ctypes.c_int()
        px, py = ctypes.c_float(), ctypes.c_float()
        fill_out, stroke_out, px_out, py_out = (ctypes.byref(fill_mode), ctypes.byref(stroke), ctypes.byref(px),
                                                ctypes.byref(py))
        call = _UNTYPED
        moveto, bezierto = raw.FPDF_SEGMENT_MOVETO, raw.FPDF_SEGMENT_BEZIERTO

        def point(x: float, y: float, mx: _Matrix) -> tuple[float, float]:
            a, b, c, d, e, f = mx
            return (round(a * x + c * y + e, DECIMALS), round(b * x + d * y + f - bottom, DECIMALS))

        def visit(parent: Any, outer: _Matrix, in_form: bool) -> None:
            nonlocal images
            n = call.count_form_objects(parent) if in_form else call.count_objects(parent)
            for k in range(n):
                obj = call.form_object(parent, k) if in_form else call.page_object(parent, k)
                kind = call.object_type(obj)
                if kind == raw.FPDF_PAGEOBJ_TEXT:
                    if not in_form:
                        texts.append(obj.value or 0)
                elif kind == raw.FPDF_PAGEOBJ_FORM:
                    visit(obj, _compose(_matrix(obj), outer), True)
                elif kind == raw.FPDF_PAGEOBJ_IMAGE:
                    images += 1
                elif kind == raw.FPDF_PAGEOBJ_PATH:
                    call.draw_mode(obj, fill_out, stroke_out)
                    if not fill_mode.value and not stroke.value:
                        continue
                    mx = _compose(_matrix(obj), outer)
                    path: list[tuple[str, tuple[float, float]]] = []
                    bezier = 0
                    for s in range(call.count_segments(obj)):
                        segment = call.segment(obj, s)
                        call.segment_point(segment, px_out, py_out)
                        kind = call.segment_type(segment)
                        if kind == bezierto:
                            bezier += 1
                            if bezier % 3:
                                continue  # control points
                        else:
                            bezier = 0
                        op = "m" if kind == moveto else "c" if kind == bezierto else "l"
                        path.append((op, point(px.value, py.value, mx)))
                        if call.segment_closes(segment):
                            path.append(("h", path_start(path)))
                    _paint(path, bool(stroke.value), bool(fill_mode.value), height + bottom, doctop, lines, rects,
                           curves)

        visit(_Handle(_address(page.raw)), _IDENTITY, False)
        return images


def _keyed(chars: list[Obj], runs: list[tuple[int, int]]) -> list[tuple[int, Obj]]:
    """(text object's address, character) of each character of `PdfiumReader._read_text_page`."""
    ends = [start for _, start in runs[1:]] + [len(chars)] if runs else []
    return [(key, char) for (key, start), end in zip(runs, ends, strict=True) for char in chars[start:end]]


def path_start(path: list[tuple[str, tuple[float, float]]]) -> tuple[float, float]:
    """The point of the last move of `path`."""
    return next(p for op, p in reversed(path) if op == "m")


def _paint(path: list[tuple[str, tuple[float, float]]], stroke: bool, fill: bool, height: float, doctop: float,
           lines: list[Obj], rects: list[Obj], curves: list[Obj]) -> None:
    """pdfminer's `paint_path`: subpaths at every move; each a line, a rectangle or a curve. `height`: where
    y = 0 is from the top (the page height plus the media box's bottom); `doctop`: the page's top in the document
    minus that bottom."""
    starts = [i for i, (op, _) in enumerate(path) if op == "m"]
    for first, end in zip(starts, [*starts[1:], len(path)], strict=True):
        sub = path[first:end]
        if len(sub) < 2:
            continue
        shape = "".join(op for op, _ in sub)
        pts = [p for _, p in sub]
        if len(shape) > 3 and shape[-2:] == "lh" and pts[-2] == pts[0]:
            shape = shape[:-2] + "h"
            pts.pop()
        if shape in ("mlh", "ml"):
            lines.append(_shape("line", pts[:2], stroke, fill, height, doctop))
            continue
        if shape in ("mlllh", "mllll"):
            (x0, y0), (x1, y1), (x2, y2), (x3, y3), _ = pts
            closed = pts[0] == pts[4]
            square = (x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0) or (y0 == y1 and x1 == x2 and y2 == y3
                                                                           and x3 == x0)
            if closed and square:
                rects.append(_shape("rect", [pts[0], pts[2]], stroke, fill, height, doctop))
                continue
        curve = _shape("curve", pts, stroke, fill, height, doctop)
        curve["pts"] = [(x, height - y) for x, y in pts]
        curves.append(curve)


def _shape(kind: str, pts: list[tuple[float, float]], stroke: bool, fill: bool, height: float, doctop: float) -> Obj:
    x0, x1 = min(x for x, _ in pts), max(x for x, _ in pts)
    y0, y1 = min(y for _, y in pts), max(y for _, y in pts)
    top = height - y1
    return {"object_type": kind, "x0": x0, "x1": x1, "y0": y0, "y1": y1, "width": x1 - x0, "height": y1 - y0,
            "top": top, "bottom": height - y0, "doctop": doctop + top, "stroke": stroke, "fill": fill}
