"""Fake bold in a PDF (issue 11 part 3): glyphs drawn several times at one place are read once, real repeated
characters stay, and the document says the repair was made."""

from __future__ import annotations

import random
from itertools import combinations
from pathlib import Path

import pdfplumber
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from ingest.document import load
from ingest.pdf.frontend import OVERPRINT_REPAIR, PdfFrontEnd
from ingest.pdf.overprint import OVERPRINT_TOLERANCE, dedupe_chars, has_overprint, without_overprint
from ingest.pdf.source import open_pages
from tests.pdf_builders import GOTHIC

PRODUCERS = Path(__file__).parent / "fixtures" / "producers"


def _draw(path: Path, lines: list[tuple[str, int]]) -> Path:
    """One page: each text on its own line, drawn `copies` times 0.25 pt apart (reportlab's way of faking bold)."""
    canvas = Canvas(str(path), pagesize=A4)
    canvas.setFont(GOTHIC, 10)
    for i, (text, copies) in enumerate(lines):
        for shift in range(copies):
            canvas.drawString(50 + 0.25 * shift, 800 - 20 * i, text)
    canvas.save()
    return path


def test_copies_read_once_real_repeats_kept(tmp_path: Path):
    path = _draw(tmp_path / "bold.pdf", [("重要業績評価指標", 3), ("22件", 3), ("100", 4), ("22件 100 ここ", 1)])
    with pdfplumber.open(path) as pdf:
        page, removed = without_overprint(pdf.pages[0])
        assert page.extract_text().splitlines() == ["重要業績評価指標", "22件", "100", "22件 100 ここ"]
    assert removed == 8 * 2 + 3 * 2 + 3 * 3


def test_page_without_copies_is_left_alone(tmp_path: Path):
    path = _draw(tmp_path / "plain.pdf", [("22件 100 ここ", 1), ("重要業績評価指標", 1)])
    with pdfplumber.open(path) as pdf:
        page, removed = without_overprint(pdf.pages[0])
        assert page is pdf.pages[0] and removed == 0


def test_fake_bold_document_warns():
    extraction = PdfFrontEnd().extract(load(PRODUCERS / "001-reportlab-fakebold.pdf"), None)
    repaired = [w for w in extraction.warnings if w.startswith(OVERPRINT_REPAIR)]
    assert len(repaired) == 1 and "copies removed" in repaired[0]
    plain = PdfFrontEnd().extract(load(PRODUCERS / "001-reportlab-grid.pdf"), None)
    assert not any(w.startswith(OVERPRINT_REPAIR) for w in plain.warnings)


def _random_copies(rng: random.Random) -> list[dict]:
    """Characters drawn one to four times, some copies exact (equal dictionaries), some a fraction of a point off,
    real repeats a glyph apart, in shuffled runs."""
    chars = []
    for i in range(rng.randint(1, 80)):
        x, doctop = 10.0 + 10.5 * (i % 12), 20.0 + 14.0 * (i // 12)
        char = {"text": rng.choice(["2", "2", "件", "重", " "]), "fontname": rng.choice(["A", "B"]),
                "size": 10.5, "upright": rng.random() > 0.05, "x0": x, "doctop": doctop}
        for _ in range(rng.randint(1, 4)):
            shift = rng.choice([0.0, 0.0, 0.25, 0.5, 1.0, 1.25])
            chars.append({**char, "x0": char["x0"] + shift, "doctop": char["doctop"] + rng.choice([0.0, shift])})
    if rng.random() < 0.5:
        rng.shuffle(chars)
    return chars


@pytest.mark.parametrize("seed", range(100))
def test_dedupe_keeps_what_pdfplumber_keeps_in_its_order(seed: int):
    chars = _random_copies(random.Random(seed))
    expected = pdfplumber.utils.dedupe_chars(chars, tolerance=OVERPRINT_TOLERANCE)
    got = dedupe_chars(chars, OVERPRINT_TOLERANCE)
    assert [id(c) for c in got] == [id(c) for c in expected]


def test_dedupe_of_fake_bold_producer_pages_is_pdfplumbers():
    for path in sorted(PRODUCERS.glob("*fakebold*.pdf"))[:2]:
        with open_pages(path) as pdf:
            page = pdf.page(0)
            expected = pdfplumber.utils.dedupe_chars(page.chars, tolerance=OVERPRINT_TOLERANCE)
            assert len(expected) < len(page.chars)
            assert [id(c) for c in dedupe_chars(page.chars, OVERPRINT_TOLERANCE)] == [id(c) for c in expected]


def _drawn_twice(chars: list[dict]) -> bool:
    """The definition, pair by pair: two characters of one glyph (direction, text, font, size) no more than the
    tolerance apart vertically and horizontally."""
    def glyph(c: dict) -> tuple:
        return c["upright"], c["text"], c["fontname"], c["size"]

    return any(glyph(a) == glyph(b) and abs(a["doctop"] - b["doctop"]) <= OVERPRINT_TOLERANCE
               and abs(a["x0"] - b["x0"]) <= OVERPRINT_TOLERANCE for a, b in combinations(chars, 2))


def _random_pair_page(rng: random.Random) -> list[dict]:
    """Characters a glyph width apart, some with one copy up to 1.5 pt off each way (exactly the tolerance too),
    of the same or another text, font or direction, the page order shuffled or not."""
    chars = []
    for i in range(rng.randint(1, 40)):
        char = {"text": rng.choice(["2", "件", "重"]), "fontname": "A", "size": 10.5, "upright": True,
                "x0": 10.0 + 10.5 * (i % 12), "doctop": 20.0 + 14.0 * (i // 12)}
        chars.append(char)
        if rng.random() < 0.2:
            chars.append({**char, "x0": char["x0"] + rng.choice([-1.5, -1.0, 0.5, 1.0, 1.5]),
                          "doctop": char["doctop"] + rng.choice([-1.5, -1.0, 0.0, 1.0, 1.5]),
                          **rng.choice([{}, {}, {"text": "1"}, {"fontname": "B"}, {"upright": False}])})
    if rng.random() < 0.5:
        rng.shuffle(chars)
    return chars


@pytest.mark.parametrize("seed", range(200))
def test_has_overprint_is_any_pair_of_one_glyph_within_tolerance(seed: int):
    for chars in (_random_pair_page(random.Random(seed)), _random_copies(random.Random(seed))):
        assert has_overprint(chars) == _drawn_twice(chars)


def test_random_pages_have_both_answers():
    assert {has_overprint(_random_pair_page(random.Random(seed))) for seed in range(200)} == {True, False}
