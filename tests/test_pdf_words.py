"""`ingest.pdf.words` against pdfplumber: the same words, characters and text map as `WordExtractor` and
`chars_to_textmap`, on the pages of every PDF fixture and on random characters made to hit the edge cases (ties in
top and x0, lines within the tolerance, blanks, empty texts, ligatures, rotated runs between upright ones)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from pdfplumber import utils

from ingest.pdf import words
from ingest.pdf.source import open_pages

FIXTURES = Path(__file__).parent / "fixtures"
PDFS = sorted(FIXTURES.rglob("*.pdf"))
#: (x_tolerance, y_tolerance) the front end asks for (text map; `ingest.pdf.aligned.WORD_GAP`) and a few others.
TOLERANCES = [(3, 3), (2.0, 3), (0, 0), (1.5, 0.5)]


def _same_as_pdfplumber(chars: list[dict], x_tolerance: float, y_tolerance: float) -> None:
    expected = utils.extract_words(chars, x_tolerance=x_tolerance, y_tolerance=y_tolerance, return_chars=True)
    got = words.extract_words(chars, x_tolerance, y_tolerance, return_chars=True)
    assert got == expected
    # the very character objects, in pdfplumber's order
    assert [[id(c) for c in w["chars"]] for w in got] == [[id(c) for c in w["chars"]] for w in expected]


@pytest.mark.parametrize("path", PDFS, ids=[p.relative_to(FIXTURES).as_posix() for p in PDFS])
def test_fixture_pages_give_pdfplumbers_words_and_text(path: Path):
    with open_pages(path) as pdf:
        for index in range(min(pdf.n_pages, 3)):
            page = pdf.page(index)
            for x_tolerance, y_tolerance in TOLERANCES[:2]:
                _same_as_pdfplumber(page.chars, x_tolerance, y_tolerance)
            kwargs = {"layout_bbox": page.bbox, "layout_width": page.width, "layout_height": page.height}
            expected = utils.chars_to_textmap(page.chars, **kwargs)
            got = words.chars_to_textmap(page.chars, page.bbox, page.width, page.height)
            assert got.as_string == expected.as_string
            assert [(t, id(c)) for t, c in got.tuples] == [(t, id(c)) for t, c in expected.tuples]
            assert got.extract_text_lines(strip=True, return_chars=True) == \
                expected.extract_text_lines(strip=True, return_chars=True)
            # the page's lines, searched once and handed out with and without their characters
            for return_chars in (True, False, True):
                assert page.extract_text_lines(strip=True, return_chars=return_chars) == \
                    expected.extract_text_lines(strip=True, return_chars=return_chars)


def _random_chars(rng: random.Random) -> list[dict]:
    chars = []
    x, top = 10.0, 10.0
    for _ in range(rng.randint(1, 120)):
        if rng.random() < 0.15:  # next line: sometimes within the tolerance, sometimes at the same top
            top += rng.choice([0.0, 0.5, 2.9, 3.0, 3.1, 12.0])
            x = rng.choice([10.0, 40.0, x - 5])
        width = rng.choice([0.0, 4.0, 6.0, 10.0])
        x += rng.choice([0.0, width, width + 1.0, width + 2.0, width + 3.0, width + 3.5, -2.0])
        text = rng.choice(["指", "標", "1", "0", " ", "", "ﬁ", "\u3000", "-"])
        upright = rng.random() > 0.1
        size = rng.choice([9.0, 10.5])
        chars.append({"text": text, "x0": x, "x1": x + width, "top": top, "bottom": top + size,
                      "doctop": top + 800.0, "upright": upright, "size": size})
    return chars


@pytest.mark.parametrize("seed", range(200))
def test_random_characters_give_pdfplumbers_words(seed: int):
    rng = random.Random(seed)
    chars = _random_chars(rng)
    for x_tolerance, y_tolerance in TOLERANCES:
        _same_as_pdfplumber(chars, x_tolerance, y_tolerance)
    kwargs = {"layout_bbox": (0, 0, 600, 900), "layout_width": 600, "layout_height": 900}
    got, expected = words.chars_to_textmap(chars, (0, 0, 600, 900), 600, 900), utils.chars_to_textmap(chars, **kwargs)
    assert got.as_string == expected.as_string
    assert [(t, id(c)) for t, c in got.tuples] == [(t, id(c)) for t, c in expected.tuples]
