"""The issuing government of the hand-made prose documents 60-67 and the documents 68-73 (tests/fixtures/layouts/),
read from their cover,
title and 担当 lines (`ingest.government`).

The documents' municipalities are fictional, so no government is identified and the document says so. To check that
the lines a real government would print there are read, each document's text (a PDF's text layers) is read again
with its fictional name replaced by a real municipality's of the same kind: in every line, in the title line alone,
and in the 担当 (office) line alone. Expected codes looked up by hand in ingest/data/governments.csv, check digits
recomputed by hand (weights 6,5,4,3,2): 小布施町 20541 → 12+0+20+12+2 = 46, 46 mod 11 = 2 → 9; 檜枝岐村 07364 →
73 mod 11 = 7 → 4; 草津町 10426 → 40 mod 11 = 7 → 4; 松戸市 12207 → 38 mod 11 = 5 → 6; 銚子市 12202 → 28 mod 11 = 6
→ 5; 上勝町 36302 → 64 mod 11 = 9 → 2; 桐生市 102032 (tests/test_government.py); 白川村 21604 → 49 mod 11 = 5 → 6.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.document import load
from ingest.government import identify, read_issuer, title_region_of_text
from ingest.registry import extract

LAYOUTS = Path(__file__).parent / "fixtures" / "layouts"
LAYERS = LAYOUTS / "layers"
LAYER_NAMES = ("layout", "raw", "plumber", "pdfminer", "pdfium")

#: Document → (its fictional municipality, a real one of the same kind, that one's code).
STAND_INS = {
    "60_name_over_role_values.txt": ("朝比奈町", "小布施町", "205419"),
    "61_bullet_list_double_arrows.txt": ("雲雀野村", "檜枝岐村", "073644"),  # office line `… 総務課 企画係`
    "62_targets_without_baseline.txt": ("奥霞町", "草津町", "104264"),  # no office line
    "63_sentence_targets_in_prose.txt": ("汐見台市", "松戸市", "122076"),
    "64_statements_across_lines.txt": ("千草浜市", "銚子市", "122025"),
    "65_pdf_numeric_goal_boxes.pdf": ("鈴鹿野町", "上勝町", "363022"),  # office line with the date before it
    "66_pdf_statement_page_break.pdf": ("磯辺原市", "桐生市", "102032"),  # a running header names it too
    "67_pdf_prose_sentence_targets.pdf": ("灯台岬村", "白川村", "216046"),
    "68_pdf_dot_leaders.pdf": ("萩野台町", "草津町", "104264"),  # office line `令和６年３月　萩野台町 企画課`
    "69_pdf_units_in_header.pdf": ("桐ヶ谷市", "松戸市", "122076"),
    "70_pdf_year_rows_indicator_groups.pdf": ("大沢原村", "檜枝岐村", "073644"),
    "72_pdf_kpi_cards.pdf": ("柚ノ木町", "小布施町", "205419"),
    "73_pdf_breakdown_rows.pdf": ("宮ノ原市", "銚子市", "122025"),
}


def _texts(name: str) -> list[tuple[str, list[str]]]:
    """(label, lines) of a text document, or of each text layer of a PDF."""
    if name.endswith(".txt"):
        return [(name, load(LAYOUTS / name).lines)]
    stem = name.removesuffix(".pdf")
    return [(f"{stem}.{layer}", (LAYERS / f"{stem}.{layer}.txt").read_text(encoding="utf-8").splitlines())
            for layer in LAYER_NAMES]


@pytest.mark.parametrize("name", sorted(STAND_INS))
def test_a_fictional_municipality_is_no_government(name):
    document = load(LAYOUTS / name)
    extraction = extract(document)
    read_issuer(extraction, document)
    assert extraction.government is None and extraction.government_code is None
    assert any(w.startswith("issuing government not identified") for w in extraction.government_warnings)


@pytest.mark.parametrize("name", sorted(STAND_INS))
def test_a_real_name_on_the_cover_title_or_office_line_is_the_issuer(name):
    fictional, real, code = STAND_INS[name]
    for label, lines in _texts(name):
        everywhere = [line.replace(fictional, real) for line in lines]
        reading = identify(everywhere, title_region_of_text(everywhere))
        assert (reading.code, list(reading.warnings)) == (code, []), label
        printed = [i for i, line in enumerate(lines) if fictional in line]
        offices = [i for i in printed if i != printed[0] and line_is_office(lines[i])]
        for only in [printed[0], *offices]:  # the title line alone, the office line alone
            one = [line.replace(fictional, real) if i == only else line for i, line in enumerate(lines)]
            reading = identify(one, title_region_of_text(one))
            assert (reading.code, list(reading.warnings)) == (code, []), (label, lines[only])


def line_is_office(line: str) -> bool:
    """A publisher line of the documents: the name, then an office (`… 企画政策課`, `… 総務課 企画係`)."""
    return "課" in line and len(line.strip()) < 40
