"""The strings a content stream shows (`ingest.pdf.shown`), and the pdfium reader reading from them the glyphs PDFium
cannot say (a non-embedded CID font whose substitute lacks the glyph) instead of reading the page with pdfminer."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.pdf.shown import Shown, _literal, _unescaped, shown_strings
from ingest.pdf.source import open_pages

FIXTURES = Path(__file__).parent / "fixtures"


def test_strings_in_order_with_their_fonts():
    stream = (b"BT /F1 9 Tf 1 0 0 1 36 700 Tm (a\\(b\\)c) Tj\n"
              b"q /F2 7 Tf <0030 0031> Tj Q\n"  # the font is part of the graphics state: Q restores F1
              b"(x (nested) y\\101\\\n!) Tj % a comment (not a string) Tj\n"
              b"[(k) -250 (m)] TJ [(n)] TJ () Tj [-100] TJ ET")
    text = shown_strings(stream)
    assert text is not None and not text.spaced
    assert text.shown == [Shown("F1", (b"a(b)c",), False), Shown("F2", (b"\x000\x001",), False),
                          Shown("F1", (b"x (nested) yA!",), False), Shown("F1", (b"k", b"m"), True),
                          Shown("F1", (b"n",), False)]  # an empty string or a TJ of numbers shows nothing


@pytest.mark.parametrize("operator", [b"0.5 Tc", b"2 Tw", b"90 Tz", b"3 Ts", b"1 2 (s) \""])
def test_spacing_scaling_or_rise_is_noticed(operator: bytes):
    text = shown_strings(b"BT /F1 9 Tf " + operator + b" (s) Tj ET")
    assert text is not None and text.spaced


def test_neutral_spacing_is_not_noticed():
    text = shown_strings(b"BT /F1 9 Tf 0 Tc 0 Tw 100 Tz 0 Ts (s) Tj ET")
    assert text is not None and not text.spaced


@pytest.mark.parametrize("stream", [b"BT /F1 9 Tf (unclosed Tj ET", b"BT [(a) 3 TJ ET",
                                    b"BI /W 1 /H 1 ID \x00\x01 EI BT (a) Tj ET"])
def test_a_stream_not_read_with_certainty_gives_none(stream: bytes):
    assert shown_strings(stream) is None


def test_a_glyph_pdfium_cannot_say_is_read_from_the_stream():
    """reportlab's 003 grid: page 2 draws `_` in HeiseiMin-W3 (not embedded, UniJIS-UCS2-H, no ToUnicode); PDFium's
    substitute lacks the glyph and its text page leaves it out. The pdfium reader reads it from the content stream
    (code 0x005F → its CID → `_`, advance from the font's widths) and gives the characters pdfplumber gives."""
    path = FIXTURES / "producers" / "003-reportlab-grid.pdf"
    with open_pages(path, "pdfium") as pdf:
        page = pdf.page(1)
        assert pdf.fallbacks == 0  # no page read again by the reference reader
    with open_pages(path, "pdfplumber") as pdf:
        reference = pdf.page(1)
    assert [c["text"] for c in page.chars] == [c["text"] for c in reference.chars]
    underscore = [i for i, c in enumerate(reference.chars) if c["text"] == "_"]
    assert underscore
    for i in underscore:
        for field in ("x0", "x1", "top", "bottom", "size"):
            assert page.chars[i][field] == pytest.approx(reference.chars[i][field], abs=1e-3)
    assert page.chars[underscore[0]]["x1"] - page.chars[underscore[0]]["x0"] == pytest.approx(3.5)  # 500/1000 × 7


@pytest.mark.parametrize("body", [b"plain", b"W\\372g,", b"\\(a\\)\\\\b", b"\\n\\r\\t\\b\\f", b"a\\\nb", b"a\\\r\nb",
                                  b"a\\\rb", b"\\1234\\0\\77", b"\\777\\400", b"\\x41\\a\\q", b"tab\\\tend", b""])
def test_a_string_read_in_one_match_is_read_as_token_by_token(body: bytes):
    """`(…) Tj` is read in one match (`_SHOW_STRING`; escapes undone by Python's decoder where it reads them as PDF
    does, else by `_ESCAPE`): the same bytes as the token-by-token reading of the string (`_literal`)."""
    expected = _literal(b"(" + body + b")", 1)[0]
    assert _unescaped(body) == expected
    text = shown_strings(b"BT /F1 9 Tf (" + body + b") Tj /F2 7 Tf (z) Tj ET")
    assert text is not None
    assert text.shown == [Shown("F1", (expected,), False)] * bool(expected) + [Shown("F2", (b"z",), False)]


@pytest.mark.parametrize("stream", [b"BT /F1 %c\n9 Tf (a) Tj ET", b"BT /F1 9 %Tf\nTf (a) Tj ET",
                                    b"BT /F1 %9 Tf\n9 Tf (a) Tj ET", b"BT /F2 9 Tf /F1 % 12 Tf\r 9 Tf (a) Tj ET"])
def test_a_comment_runs_to_the_end_of_its_line(stream: bytes):
    """A `%` outside a string starts a comment that runs to the end of the line (PDF 32000 7.2.4): its text is never
    read as an operator (the run of plain operators once read `c` of `%c` as one, and the `Tf` after it lost its font
    name)."""
    text = shown_strings(stream)
    assert text is not None
    assert text.shown == [Shown("F1", (b"a",), False)]
