"""KPI cards (ingest.table.cards): one indicator per card of labelled fields, cards side by side in one grid, read
as forms by the table interpreter; and a card printed alone, read line by line by the statements reader.

Every expected value below was worked out by hand from the card texts in the test (`1.2億円` is 120,000,000 円,
`令和元年度` is FY2019).
"""

from __future__ import annotations

from decimal import Decimal

from ingest.model import Extraction
from ingest.table.cards import card_grids, field_of
from ingest.table.context import TextLine
from ingest.table.grid import grid_from_rows
from ingest.table.interpret import Interpreter
from ingest.text.statements import read_statements
from records import extraction_records

TWO_CARDS = [
    ["ＫＰＩ１−１", "ＫＰＩ１−２"],
    ["指標名：新規就農者数（累計）", "指標名：農産物直売所の売上高"],
    ["基準値：3人（令和元年度）", "基準値：1.2億円（令和元年度）"],
    ["目標値：15人（令和6年度）", "目標値：1.6億円（令和6年度）"],
    ["担当課：農林振興課", "担当課：商工観光課"],
]


def _read_grid(rows: list[list[str]], heading: str = "基本目標１ 農と食で稼ぐ町をつくる") -> Extraction:
    extraction = Extraction("cards.txt", "unknown")
    interpreter = Interpreter(extraction)
    interpreter.lines([TextLine(heading, 0.0, 1.0)])
    interpreter.grid(grid_from_rows([(i + 2, cells) for i, cells in enumerate(rows)], "test-text"))
    interpreter.finish()
    return extraction


def test_a_field_is_a_header_word_a_colon_and_a_value():
    assert field_of("基準値：3人（令和元年度）") == ("基準値", "3人（令和元年度）")
    assert field_of("担当課: 農林振興課") == ("担当課", "農林振興課")
    assert field_of("指標名：") is None  # no value
    assert field_of("ＫＰＩ１−１") is None  # no separator
    assert field_of("備考：令和５年度末の数値") == ("備考", "令和５年度末の数値")  # a note field, kept as such
    assert field_of("計画の考え方：人口減少に歯止めをかける") is None  # no header word before the colon


def test_cards_side_by_side_are_one_indicator_each_with_kind_goal_and_department():
    extraction = _read_grid(TWO_CARDS)
    observations, indicators, rejects = extraction_records(extraction)
    assert [(i["kpi_name"], i["kind"], i["goal"], i["department"]) for i in indicators] == [
        ("新規就農者数(累計)", "KPI", "1 農と食で稼ぐ町をつくる", "農林振興課"),
        ("農産物直売所の売上高", "KPI", "1 農と食で稼ぐ町をつくる", "商工観光課")]
    assert [(o["kpi_name"], o["role"], o["period"], Decimal(str(o["value"])), o["unit"]) for o in observations] == [
        ("新規就農者数(累計)", "baseline", "FY2019", Decimal(3), "人"),
        ("新規就農者数(累計)", "target", "FY2024", Decimal(15), "人"),
        ("農産物直売所の売上高", "baseline", "FY2019", Decimal(120000000), "円"),
        ("農産物直売所の売上高", "target", "FY2024", Decimal(160000000), "円")]
    assert not rejects


def test_a_name_wrapped_in_its_card_goes_on_on_the_next_line():
    rows = [["指標名：観光入込客数のうち", "指標名：出生数"], ["宿泊を伴う客数", "基準値：48人（令和元年度）"],
            ["基準値：12,400人（令和元年度）", "目標値：55人（令和6年度）"], ["目標値：15,000人（令和6年度）", ""]]
    cards = card_grids(grid_from_rows([(i + 1, cells) for i, cells in enumerate(rows)], "test-text"))
    assert cards is not None
    assert [card.text_at(0, 1) for _, card in cards] == ["観光入込客数のうち\n宿泊を伴う客数", "出生数"]


def test_a_grid_with_text_outside_the_cards_is_no_card_grid():
    # a table row beside a card, a card without a second value, a column of prose: not cards
    assert card_grids(grid_from_rows([(1, ["指標名：出生数", "転入者数"]), (2, ["基準値：48人", "412人"]),
                                      (3, ["目標値：55人", "480人"])], "t")) is None
    one_value = [(1, ["指標名：出生数", "指標名：転入者数"]), (2, ["目標値：55人", "目標値：480人"])]
    assert card_grids(grid_from_rows(one_value, "t")) is None
    assert card_grids(grid_from_rows([(1, ["指標", "基準値", "目標値"]), (2, ["出生数", "48人", "55人"])], "t")) is None


def test_a_card_read_line_by_line_keeps_its_caption_kind_and_its_department():
    lines = ["基本目標１ 農と食で稼ぐ町をつくる", "ＫＰＩ１−３", "指標名：町内の創業件数", "基準値：2件（令和元年度）",
             "目標値：10件（令和6年度）", "担当課：商工観光課"]
    rows = read_statements(lines, "card.txt").rows
    assert [(r.kind, r.name, r.department, [c.header for c in r.cells]) for r in rows] == [
        ("KPI", "町内の創業件数", "商工観光課", ["基準値", "目標値"])]
    # without a caption the `指標名` label gives the generic kind, as a table headed 指標名 does
    assert [r.kind for r in read_statements(lines[2:], "card.txt").rows] == ["指標"]


def test_cards_side_by_side_on_single_space_lines_are_read_card_after_card():
    # pdfplumber prints two cards' fields on one line each, one space apart: each card is read whole, in turn
    lines = ["基本目標１ 農と食で稼ぐ町をつくる", *(" ".join(cells) for cells in TWO_CARDS)]
    rows = read_statements(lines, "card.txt").rows
    assert [(r.name, r.department, [(c.header, c.text) for c in r.cells]) for r in rows] == [
        ("新規就農者数（累計）", "農林振興課", [("基準値", "3人（令和元年度）"), ("目標値", "15人（令和6年度）")]),
        ("農産物直売所の売上高", "商工観光課",
         [("基準値", "1.2億円（令和元年度）"), ("目標値", "1.6億円（令和6年度）")])]
    assert {r.kind for r in rows} == {"KPI"}
