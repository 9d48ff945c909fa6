"""Notes and page numbers printed among a table's rows are never part of a name (`furniture.beside_cells`, one rule
for the places that gather a wrapped name's lines). Small invented pdftotext `-layout` pages, one form each: a note
under a row (`※住民基本台帳による`), a bracketed note above the next name (`（※年度末時点の数値）`), a page number
before the repeated header (`P.31`, a bare `29`), a footnote under the table wider than the name column (`注）…`).
Every expected value was read off the text by hand.
"""

from __future__ import annotations

import unicodedata
from decimal import Decimal

from tests.synth.score import read_text


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _line(*cells: tuple[int, str]) -> str:
    """A `-layout` line of a PDF set in a monospaced font: each text at its display position (a full-width
    character two wide), as the generator's layout shape prints it."""
    line = ""
    for position, text in cells:
        line += " " * max(position - _width(line), 1 if line else 0) + text
    return line


def _page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


HEADER = _line((0, "ＫＰＩ"), (40, "（単位）"), (50, "R2現状"), (58, "R6目標"))


def _row(name: str, unit: str, baseline: str, target: str) -> str:
    return _line((0, name), (44, unit), (50, baseline), (58, target))


def _values(text: str) -> dict[str, list[tuple[str, Decimal | None, str | None]]]:
    """Name → (role, value, unit) of each observation read."""
    out: dict[str, list[tuple[str, Decimal | None, str | None]]] = {}
    for o in read_text(text):
        value = Decimal(str(o["value"])) if o["value"] is not None else None
        out.setdefault(o["kpi_name"], []).append((o["role"], value, o["unit"]))
    return out


UNIT_IN_BRACKETS = _page(
    _line((0, "ＫＰＩ"), (30, "2015年度実績値"), (48, "2029年度目標")),
    _line((0, "ふるさと納税の寄附額（百万円）"), (38, "282"), (55, "371")),
    "※住民基本台帳による",
    _line((0, "企業誘致件数（件）"), (40, "3"), (57, "4")),
    "（※年度末時点の数値）",
    _line((0, "観光入込客数（千人）"), (37, "1416"), (54, "1476")),
    _line((0, "移住相談件数（件）"), (38, "223"), (55, "218")),
    "注）端数処理の関係で合計が一致しない場合がある。",
    "出典：農林業センサス",
)


def test_notes_leave_names_and_their_units_alone():
    # the ※ note is no lower line of ふるさと納税の寄附額's name, the bracketed one no upper line of 観光入込客数's;
    # the footnote, wider than the name column, hides no gutter (`1416` stays a value, not the name's end)
    assert _values(UNIT_IN_BRACKETS) == {
        "ふるさと納税の寄附額": [("actual", Decimal(282000000), "円"), ("target", Decimal(371000000), "円")],
        "企業誘致件数": [("actual", Decimal(3), "件"), ("target", Decimal(4), "件")],
        "観光入込客数": [("actual", Decimal(1416000), "人"), ("target", Decimal(1476000), "人")],
        "移住相談件数": [("actual", Decimal(223), "件"), ("target", Decimal(218), "件")],
    }


def _paged(number: str) -> str:
    return _page(
        "北見沢村 総合戦略 KPI一覧",
        "",
        HEADER,
        _row("転入者数", "人", "2,040", "2,183"),
        _row("自主防災組織の組織率", "%", "58.2", "59.6"),
        number,
        HEADER,
        _row("ふるさと納税の寄附額", "千円", "58,804", "47,236"),
    )


def test_a_page_number_before_the_repeated_header_is_no_part_of_the_last_name():
    for number in ("P.31", "29", "-18-"):
        assert _values(_paged(number))["自主防災組織の組織率"] == [
            ("baseline", Decimal("58.2"), "%"), ("target", Decimal("59.6"), "%")], number
