"""Lines real documents print above, beside and under a table, in invented pdftotext `-layout` pages of other
municipalities: the municipality and the plan's title on one line with a wide gap between them, a date or a unit
field at the right, a section number with a bracketed goal label, the source and a page counter under the rows.
None of them is a header row or a column source of the table (`aligned_header._caption_lines`). Every expected value was
read off the text by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.document import load
from ingest.registry import extract
from ingest.table.header import is_caption
from ingest.text import aligned
from records import extraction_records
from tests.test_spread_role_words import BAND_OVER_ROLES


def _read(tmp_path: Path, lines: list[str]) -> list[tuple]:
    """(name, role, period, printed value, uncertain) of every observation the pipeline reads from the text."""
    path = tmp_path / "layer.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    observations, _, _ = extraction_records(extract(load(path)))
    return [(o["kpi_name"], o["role"], o["period"], o["raw"], o["uncertain"]) for o in observations]


# the table under `成果指標の実績の推移` (test_spread_role_words), its title naming the kind in brackets: the title's
# text, one wide gap right of the village's name, reaches over the gutter between the R4 and R5 columns
TITLE_OVER_GUTTER = ["朝霧野村      第２期総合戦略 重要業績評価指標（KPI）の状況", *BAND_OVER_ROLES[1:]]
ASAGIRI = [
    ("観光入込客数", "baseline", "FY2019", "6.8", False), ("観光入込客数", "actual", "FY2022", "5.9", False),
    ("観光入込客数", "actual", "FY2023", "7.2", False), ("観光入込客数", "target", "FY2025", "8.0", False),
    ("新規就農者数", "baseline", "FY2019", "2", False), ("新規就農者数", "actual", "FY2022", "3", False),
    ("新規就農者数", "actual", "FY2023", "4", False), ("新規就農者数", "target", "FY2025", "5", False)]


def test_a_title_beside_the_municipality_is_no_column_source_of_the_table_under_it(tmp_path: Path):
    tables = aligned.read_tables(TITLE_OVER_GUTTER)
    assert len(tables) == 1
    rows = tables[0].grid.matrix()
    assert ["1", "観光入込客数", "万人", "6.8", "5.9", "7.2", "8.0", "観光交流課"] in rows
    assert not any("朝霧野村" in cell for row in rows for cell in row)  # read around the table, as a title
    assert _read(tmp_path, TITLE_OVER_GUTTER) == ASAGIRI


# invented town: the date the figures stand at, right-aligned on the title line
DATE_ON_TITLE_LINE = [
    "夕凪町      第２期まち・ひと・しごと創生総合戦略 数値目標の状況               令和６年３月現在",
    *BAND_OVER_ROLES[1:2], *BAND_OVER_ROLES[3:]]


def test_a_date_right_of_the_title_is_no_column_of_the_table(tmp_path: Path):
    assert [r[1:] for r in _read(tmp_path, DATE_ON_TITLE_LINE)] == [r[1:] for r in ASAGIRI]


# invented city: an `as of` date over the title line, a unit field at its right, the source and a page counter
# under the rows
UNIT_BESIDE_TITLE = [
    "                                                                     R6.3.31時点",
    "北浜市      総合戦略 重要業績評価指標（KPI）                              （単位：人）",
    "No.       指標名                      基準値           実績値           目標値    担当課",
    "                                       R1         R4        R5           R7",
    "      1 転入者数                     1,200      1,150     1,230       1,400       企画課",
    "      2 出生数                         310        295       288         330       子育て支援課",
    "資料：企画課調べ",
    "                                       １／３",
]


def test_a_unit_field_and_a_date_over_the_header_and_a_source_under_the_rows(tmp_path: Path):
    assert _read(tmp_path, UNIT_BESIDE_TITLE) == [
        ("転入者数", "baseline", "FY2019", "1,200", False), ("転入者数", "actual", "FY2022", "1,150", False),
        ("転入者数", "actual", "FY2023", "1,230", False), ("転入者数", "target", "FY2025", "1,400", False),
        ("出生数", "baseline", "FY2019", "310", False), ("出生数", "actual", "FY2022", "295", False),
        ("出生数", "actual", "FY2023", "288", False), ("出生数", "target", "FY2025", "330", False)]


# invented: a section number at the left, the goal's label in brackets at the right of the same line, right over
# the header; both texts hold header words (`数値目標`, `基本目標`) and made the line the header's first, its long
# heading joining the `No.` and `指標名` columns and the label heading the target column
SECTION_AND_GOAL_LABEL = [
    "３．数値目標の達成状況                                          【基本目標１】",
    *BAND_OVER_ROLES[3:],
    "出典：観光動態調査",
]


def test_a_section_number_and_a_bracketed_goal_label_are_no_header_row(tmp_path: Path):
    rows = aligned.read_tables(SECTION_AND_GOAL_LABEL)[0].grid.matrix()
    assert rows[0] == ["No.", "指標名", "単位", "基準値", "", "実績値", "目標値", "担当課"]
    assert ["2", "新規就農者数", "人", "2", "3", "4", "5", "産業振興課"] in rows
    # the values right, under their years (flagged: left alone); the kind the numbered caption names is the
    # table's, the bracketed label at its right apart from it
    assert [r[:4] for r in _read(tmp_path, SECTION_AND_GOAL_LABEL)] == [r[:4] for r in ASAGIRI]
    assert _kinds(tmp_path, SECTION_AND_GOAL_LABEL) == {"数値目標"}


def _kinds(tmp_path: Path, lines: list[str]) -> set[str]:
    path = tmp_path / "kinds.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return {o["kind"] for o in extraction_records(extract(load(path)))[0]}


@pytest.mark.parametrize("caption", ["３．数値目標の達成状況", "(2) 重要業績評価指標", "第３章 数値目標"])
def test_a_caption_after_a_section_number_names_its_kind(caption: str) -> None:
    assert is_caption(caption)


# a section number standing apart from its heading, a goal heading, then the header (layouts 59's shape)
NUMBERED_SECTION = [
    "２   基本目標ごとの検証結果",
    "",
    "基本目標１    村の産業を元気にする",
    *BAND_OVER_ROLES[3:],
]


def test_a_section_number_apart_from_its_heading_is_no_value_row(tmp_path: Path):
    assert _read(tmp_path, NUMBERED_SECTION) == ASAGIRI


# a target narrower than the others pushed right past the column's other values by pdftotext (layouts 142's
# page, whose title line covered that gap by chance; here without it): one column of values, never two
PUSHED_TARGET = [
    "基本目標２        交流と移住を広げる",
    "",
    "No.               指標名                  単位    基準値         実績値         実"
    "績値         前年度比      目標値         達成率       評価     担当課",
    "                                            （H30）        （R4）        （"
    "R5）                  （R6）",
    "     1 社会増減数                       人            ▲124        ▲61       "
    "  ▲35         +26            0         ―   B    企画課",
    "     2 観光入込客数                      千人            812        640       "
    "  705         +65       900       78.3%    C    観光課",
    "     3 移住相談件数                      件                96      142       "
    "  131         ▲11       150       87.3%    B    企画課",
    "     4 宿泊者数                        千人            96.5       71.2      "
    "  84.9       +13.7     110.0      77.2%    C    観光課",
    "     5 空き家バンク登録件数                  件                18          35    "
    "      32       ▲3           40    80.0%    B    都市整備課",
]


def test_a_target_pushed_right_of_its_column_stays_in_it():
    rows = aligned.read_tables(PUSHED_TARGET)[0].grid.matrix()
    assert ["1", "社会増減数", "人", "▲124", "▲61", "▲35", "+26", "0", "―", "B", "企画課"] in rows
    assert ["5", "空き家バンク登録件数", "件", "18", "35", "32", "▲3", "40", "80.0%", "B", "都市整備課"] in rows


# two pages of an invented village's report: a chapter's running header at the top right of each page, the title
# beside the village's name on the first, a goal heading over each page's table, the page numbers centred
TWO_PAGES = [
    "                                                              第３章 計画の推進",
    "",
    TITLE_OVER_GUTTER[0],
    "基本目標１     村の産業を元気にする",
    *BAND_OVER_ROLES[3:6],
    "",
    "                                          - 12 -",
    "\f                                                              第３章 計画の推進",
    "",
    "基本目標２     村に住む人を増やす",
    *BAND_OVER_ROLES[3:5],
    "      2 転入者数              人      310        295       288          330       企画課",
    "",
    "                                          - 13 -",
]


def test_a_running_header_and_page_numbers_around_two_pages_tables(tmp_path: Path):
    assert _read(tmp_path, TWO_PAGES) == [
        *ASAGIRI[:4],
        ("転入者数", "baseline", "FY2019", "310", False), ("転入者数", "actual", "FY2022", "295", False),
        ("転入者数", "actual", "FY2023", "288", False), ("転入者数", "target", "FY2025", "330", False)]


# a bracketed caption with the table's unit field at its right, right over the header: it was the header's first line
# (both texts hold header words), its caption over the `No.` column naming the row numbers' column the names'
BRACKETED_CAPTION_AND_UNIT = [
    "【重要業績評価指標（KPI）】                                          （単位：件）",
    *BAND_OVER_ROLES[3:5],
    "      1 相談件数              件      68         75        81           90        企画課",
    "      2 移住者数              人      12         15        19           25        企画課",
]


def test_a_bracketed_caption_and_its_unit_field_are_read_around_the_table(tmp_path: Path):
    rows = aligned.read_tables(BRACKETED_CAPTION_AND_UNIT)[0].grid.matrix()
    assert rows == [["No.", "指標名", "単位", "基準値", "", "実績値", "目標値", "担当課"],
                    ["", "", "", "R1", "R4", "R5", "R7", ""],
                    ["1", "相談件数", "件", "68", "75", "81", "90", "企画課"],
                    ["2", "移住者数", "人", "12", "15", "19", "25", "企画課"]]
    assert _read(tmp_path, BRACKETED_CAPTION_AND_UNIT) == [
        ("相談件数", "baseline", "FY2019", "68", False), ("相談件数", "actual", "FY2022", "75", False),
        ("相談件数", "actual", "FY2023", "81", False), ("相談件数", "target", "FY2025", "90", False),
        ("移住者数", "baseline", "FY2019", "12", False), ("移住者数", "actual", "FY2022", "15", False),
        ("移住者数", "actual", "FY2023", "19", False), ("移住者数", "target", "FY2025", "25", False)]
    assert _kinds(tmp_path, BRACKETED_CAPTION_AND_UNIT) == {"KPI"}


# invented town: the unit field right-aligned over the last header column, a blank line between (pdftotext -layout of
# a double-spaced page): the aligned reader takes the field into the header band over `評価`
UNIT_FIELD_OVER_LAST_COLUMN = [
    "南台市 令和５年度 効果検証シート",
    "",
    "基本目標２     暮らしを支える",
    "                                                                      （単位：千円）",
    "",
    "指標名                     基準値（R1）           実績値（R5）   目標値（R7）   達成率        評価",
    "",
    "市税の収納額                  1,204,000         1,262,500  1,300,000   97.1%      A",
    "",
    "移住支援金の交付額               3,000             8,200     12,000    68.3%      C",
]


def test_a_unit_field_over_a_header_word_is_the_table_s_unit_not_that_column_s(tmp_path: Path):
    # not a 単位 column holding the grades `A` / `C` as the units of the row's amounts: the amounts are in 千円
    path = tmp_path / "layer.txt"
    path.write_text("\n".join(UNIT_FIELD_OVER_LAST_COLUMN) + "\n", encoding="utf-8")
    observations, _, _ = extraction_records(extract(load(path)))
    assert [(o["kpi_name"], o["role"], o["value"], o["unit"], o["uncertain"]) for o in observations] == [
        ("市税の収納額", "baseline", 1_204_000_000, "円", False),
        ("市税の収納額", "actual", 1_262_500_000, "円", False),
        ("市税の収納額", "target", 1_300_000_000, "円", False),
        ("移住支援金の交付額", "baseline", 3_000_000, "円", False),
        ("移住支援金の交付額", "actual", 8_200_000, "円", False),
        ("移住支援金の交付額", "target", 12_000_000, "円", False)]


#: pdftotext `-layout` (tests/synth habits20, seed 166): the unit field over the header of a table cut by a page
#: break; its first page's part, one row and one segment row under a goal band, is read as text, and the band's
#: heading clears the field before the part on the next page, whose bare numbers then count in no unit.
UNIT_FIELD_OVER_A_PART_READ_AS_TEXT = [
    "青葉町 総合計画 成果指標の状況",
    "",
    "(単位:件)",
    "数値目標                2017             2022中間目標  目標（2027）  達成状況    担当",
    "基本目標２ 安心して暮らせる魅力的なまちをつくる",
    "移住相談件数                                                               達成  子育て支援課",
    "男性                              約102         約115         約136",
    "- 17 -",
    "\f数値目標                2017             2022中間目標  目標（2027）  達成状況    担当",
    "女性                    約131（見込み）         約104           105",
    "基本目標３ 誰もが活躍できる地域をつくる",
    "創業支援による創業件数               22          約18            17  達成見込み  子育て支援課",
    "企業誘致件数              約3（見込み）           約3           約3        達成    企画政策課",
]


def test_bare_numbers_under_a_unit_field_a_heading_cleared_before_any_table_read_it_are_flagged(tmp_path: Path):
    """Whether `22` counts in `件` the text no longer says where it is read: flagged (`unit_caption_unread`), not
    left an unflagged number of no unit."""
    path = tmp_path / "layer.txt"
    path.write_text("\n".join(UNIT_FIELD_OVER_A_PART_READ_AS_TEXT) + "\n", encoding="utf-8")
    observations, _, _ = extraction_records(extract(load(path)))
    founded = [o for o in observations if o["kpi_name"] == "創業支援による創業件数" and o["value"] is not None]
    assert {(o["role"], o["value"]) for o in founded} == {("actual", 22.0), ("target", 18.0), ("target", 17.0)}
    assert all(o["uncertain"] and o["uncertain_reason"] == "unit_caption_unread" for o in founded if not o["unit"])
    assert all(o["uncertain"] for o in observations if o["value"] is not None and not o["unit"])
