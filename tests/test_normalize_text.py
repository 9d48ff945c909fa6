"""Text-layer repairs of normalize.text on the damage other exporters produce (issue 11, part 3).

Every expected string is written out by hand from the printed form it repairs.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from normalize import clean_name, parse_cell, parse_header
from normalize.data import generate_radicals
from normalize.text import RADICALS_TABLE, nfkc

# --- radical code points ----------------------------------------------------------------------------------

RADICAL_WORDS = [
    ("成⻑", "成長"),  # U+2ED1 CJK RADICAL LONG ONE → U+9577
    ("市⺠", "市民"),  # U+2EA0 CJK RADICAL CIVILIAN → U+6C11
    ("⻘少年", "青少年"),  # U+2ED8 CJK RADICAL BLUE → U+9752
    ("⻄部", "西部"),  # U+2EC4 CJK RADICAL WEST TWO → U+897F
    ("⻭科", "歯科"),  # U+2EED CJK RADICAL J-SIMPLIFIED TOOTH → U+6B6F
    ("⼈口", "人口"),  # U+2F08 KANGXI RADICAL MAN: NFKC folded it before, the table agrees
    ("児童‧生徒", "児童・生徒"),  # U+2027 HYPHENATION POINT for the middle dot
]


@pytest.mark.parametrize(("printed", "meant"), RADICAL_WORDS)
def test_radicals_fold_in_nfkc(printed: str, meant: str) -> None:
    assert printed != meant
    assert nfkc(printed) == meant


def test_radicals_fold_where_names_headers_and_values_are_read() -> None:
    assert clean_name("市⺠活動団体数") == "市民活動団体数"
    assert clean_name("⻘少年の健全育成") == "青少年の健全育成"
    assert parse_header("⽬標値 (令和9年度)") == ("target", "FY2027")  # ⽬ U+2F6C KANGXI RADICAL EYE
    [value] = parse_cell("⺠間 30件")  # not a value, but the note shows the folded text
    assert value.note and "民間" in value.note


#: The blocks of CJK unified ideographs (URO, extension A, extensions B and later).
UNIFIED = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0x20000, 0x323AF))

#: Radicals the source file lists as having no equivalent unified ideograph (its closing comment block).
WITHOUT_EQUIVALENT = {0x2E80}  # CJK RADICAL REPEAT


def test_every_supplement_radical_folds_to_an_ideograph() -> None:
    # complete, not hand-picked: every assigned code point of the CJK Radicals Supplement block folds
    for code in range(0x2E80, 0x2F00):
        radical = chr(code)
        if not unicodedata.name(radical, "") or code in WITHOUT_EQUIVALENT:
            continue
        folded = nfkc(radical)
        assert len(folded) == 1 and any(low <= ord(folded) <= high for low, high in UNIFIED), (hex(code), folded)


def test_strokes_are_not_folded() -> None:
    # the CJK Strokes block is left out on purpose: ㇐ (U+31D0) is a line mark, not the numeral 一
    assert nfkc("㇐") == "㇐"


def test_generator_expands_ranges_and_keeps_only_radicals() -> None:
    source = (
        "# EquivalentUnifiedIdeograph-0.0.0.txt\n"
        "2E8C..2E8D ; 5C0F  # [2] CJK RADICAL SMALL ONE..CJK RADICAL SMALL TWO\n"
        "2F00       ; 4E00  #     KANGXI RADICAL ONE\n"
        "31D0       ; 4E00  #     CJK STROKE H\n"
        "# 2E80; CJK RADICAL REPEAT\n"
    )
    mappings = generate_radicals.read_mappings(source)
    assert mappings == {0x2E8C: 0x5C0F, 0x2E8D: 0x5C0F, 0x2F00: 0x4E00, 0x31D0: 0x4E00}
    rows = [r for r in generate_radicals.render(mappings, "# x").splitlines() if not r.startswith("#")]
    assert [r.split("\t")[:4] for r in rows] == [
        ["2E8C", "5C0F", "⺌", "小"], ["2E8D", "5C0F", "⺍", "小"], ["2F00", "4E00", "⼀", "一"],
    ]


UNICODE_SOURCE = Path("/usr/share/unicode/EquivalentUnifiedIdeograph.txt")


@pytest.mark.skipif(not UNICODE_SOURCE.exists(), reason="Debian unicode-data not installed (only needed to regenerate)")
def test_committed_table_is_what_the_generator_makes() -> None:
    text = UNICODE_SOURCE.read_text(encoding="utf-8")
    expected = generate_radicals.render(generate_radicals.read_mappings(text), text.splitlines()[0])
    assert RADICALS_TABLE.read_text(encoding="utf-8") == expected
