"""General mechanisms added while widening the hand-made layouts (tests/fixtures/layouts/ 17-29): each is tested
here on its own, with the cases that must NOT trigger it, beside the documents that need it."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.document import load
from ingest.registry import extract
from ingest.table.context import department_field
from ingest.table.header import header_role, kinds_named
from ingest.text.csvrows import read_tables
from normalize.cell import parse_cell
from normalize.header import parse_header
from normalize.periods import find_period, parse_period


@pytest.mark.parametrize(("text", "period"), [
    ("2019(R1)", "FY2019"), ("2023(R5)年度", "FY2023"), ("2020（令和2）年", "CY2020"), ("2018(H30)年度末", "FY2018"),
])
def test_a_western_year_with_its_era_year_is_one_period(text, period):
    assert parse_period(text) == period


def test_a_western_and_an_era_year_that_disagree_are_not_read_as_one():
    found = find_period("2019R2")
    assert found is not None and found[1].group(0) == "R2"  # only the era abbreviation: no dual year
    assert parse_period("2019R2") is None


def test_a_dual_year_alone_heads_a_column_of_that_years_actuals():
    assert parse_header("2021(R3)") == ("actual", "FY2021")
    assert parse_header("Target (FY2024)") == ("target", "FY2024")
    assert header_role("達成率") == "progress"  # a computed rate beside the grade, no value column


@pytest.mark.parametrize("text", ["+5ポイント", "＋5ポイント", "基準値から10ポイント増", "5%増", "現状より1割増"])
def test_a_target_relative_to_the_baseline_has_no_value_and_says_so(text):
    [value] = parse_cell(text)
    assert value.value is None and value.unit is None
    assert value.note is not None and value.note.startswith("relative target: ")


@pytest.mark.parametrize(("text", "value", "unit"), [("5ポイント", "5", "ポイント"), ("72.0%", "72.0", "%"),
                                                     ("△18人", "-18", "人")])
def test_absolute_values_are_no_relative_targets(text, value, unit):
    [parsed] = parse_cell(text)
    assert (str(parsed.value), parsed.unit) == (value, unit)


@pytest.mark.parametrize(("text", "department"), [
    ("所管課：健康増進課", "健康増進課"), ("（担当課：企画課）", "企画課"),
    ("担当部署: 地域包括支援センター", "地域包括支援センター"),
    ("担当：佐藤", None), ("所管課：健康増進課ほか", None), ("担当課の見直しを行った。", None),
    # a box's label cell and name cell side by side (layouts 167), and a header line opening with 担当課 (no field)
    ("担当課 企画政策課", "企画政策課"), ("担当課　こども家庭課", "こども家庭課"), ("担当課 指標名 基準値（R1）", None),
])
def test_a_department_field_line(text, department):
    assert department_field(text) == department


def test_kinds_a_title_names():
    assert kinds_named("若杉市 第２期総合戦略 数値目標の達成状況（令和５年度検証）") == {"数値目標"}
    assert kinds_named("北見沢町 第２期総合戦略 重要業績評価指標（KPI）一覧") == {"KPI"}
    assert kinds_named("第２期総合戦略 数値目標及び重要業績評価指標") == {"数値目標", "KPI"}
    assert kinds_named("令和５年度 評価シート 指標名") == set()


def _text(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_title_kind_fills_only_rows_without_a_kind(tmp_path):
    # the title stands farther above the table than a caption would
    table = ("\n基本目標１　ひとの流れをつくる\n移住を進めます。\n相談窓口を設けます。\n"
             "指標名\t基準値（R1）\t目標値（R6）\n移住者数\t18人\t30人\n")
    one = extract(load(_text(tmp_path, "A町 総合戦略 数値目標一覧\n" + table)))
    assert [r.kind for r in one.rows] == ["数値目標"]
    two = extract(load(_text(tmp_path, "A町 総合戦略 数値目標及び重要業績評価指標\n" + table)))
    assert [r.kind for r in two.rows] == ["指標"]  # two kinds named: the title decides nothing
    with_caption = table.replace("指標名\t", "KPI\n指標名\t")
    captioned = extract(load(_text(tmp_path, "A町 総合戦略 数値目標一覧\n" + with_caption)))
    assert [r.kind for r in captioned.rows] == ["KPI"]  # a caption wins over the title


def test_csv_rows_keep_commas_inside_quoted_cells():
    lines = ['"指標名","基準値(H30)","目標値(R6)"', '"木材生産量","12,500","15,000"', "", "本文です。"]
    [table] = read_tables(lines)
    assert (table.first, table.last) == (0, 1)
    assert [c.text for c in table.grid.cells if c.row == 1] == ["木材生産量", "12,500", "15,000"]


def test_prose_with_commas_is_no_csv_table():
    prose = ["転入者数は1,500人から2,000人に、", "転出者数は1,200人から1,000人に減らす。"]
    assert read_tables(prose) == []
    unquoted_once = ['"指標名","基準値","目標値"', "本文。"]
    assert read_tables(unquoted_once) == []


# --- second round (layouts 33-41) -------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "kind"), [
    ("表３　重要業績評価指標", "KPI"), ("表12 数値目標", "数値目標"), ("図表２－１ 成果指標", "成果指標"),
    ("表３　施策の体系", None), ("表示の方法", None),
    # layouts 156: a caption naming its scope, then the kind
    ("各基本目標の数値目標", "数値目標"), ("基本目標ごとの数値目標", "数値目標"), ("施策ごとのKPI", "KPI"),
    ("市の指標名", None), ("目標値の考え方と数値目標", None),
    # layouts 164: the table's unit at the right end of the caption line is no part of the caption
    ("■重要業績評価指標（KPI）　　　　（単位：千人）", "KPI"), ("（単位：千人）", None),
    # layouts 169: a value band's header over `基準値 実績値 目標値` names no kind; a table's own name does
    ("成果指標の推移", None), ("KPIの年度別実績", None), ("数値目標の実績の推移", None), ("KPI推移表", "KPI"),
])
def test_a_caption_with_a_table_number_names_its_kind(text, kind):
    from ingest.table.header import kind_of

    assert kind_of(text) == kind


@pytest.mark.parametrize(("text", "level", "part"), [
    ("政策１　豊かな自然と共生するまち", 0, "政策1 豊かな自然と共生するまち"),
    ("柱２ 誰もが学べるまち", 0, "柱2 誰もが学べるまち"),
    ("政策の体系", None, None), ("政策的な判断により見直す。", None, None),
])
def test_other_top_goal_headings(text, level, part):
    """The prefix stays in the goal path (`政策1 …`): the number alone would read as a 基本目標's."""
    from ingest.table.context import goal_level
    from normalize.goals import goal_part

    assert goal_level(text) == level
    if part:
        assert goal_part(text) == part


def test_a_next_steps_column_is_a_narrative_column():
    # running text on what comes next is kept in the indicator's commentary with its header (narrative10), no more
    # folded into the note
    assert header_role("今後の方針") == "narrative"
    assert header_role("今後の方向性") == "narrative"


def _ruled_read(cells: list, n_rows: int, n_cols: int) -> tuple[list[tuple], list[dict]]:
    """A hand-made ruled grid through the interpreter: (observations as (name, segment, role, period, value,
    unit), rejects)."""
    from decimal import Decimal

    from ingest.model import Extraction
    from ingest.table.grid import Grid
    from ingest.table.interpret import Interpreter
    from records import extraction_records

    extraction = Extraction("hand.pdf", "unknown")
    interpreter = Interpreter(extraction)
    interpreter.grid(Grid(1, (0, 0, 1, 1), n_rows, n_cols, "test-ruled", cells))
    interpreter.finish()
    observations, _, rejects = extraction_records(extraction)
    return [(o["kpi_name"], o["segment"], o["role"], o["period"],
             None if o["value"] is None else Decimal(str(o["value"])), o["unit"]) for o in observations], rejects


def _cells(rows: list[list[str]]) -> list:
    from ingest.table.grid import GridCell

    return [GridCell(r, c, text) for r, row in enumerate(rows) for c, text in enumerate(row)]


def test_year_columns_date_the_values_beside_them():
    """`基準値 | 基準年度 | 目標値 | 目標年度` (layouts 35): each year dates the value of its role to its left."""
    from decimal import Decimal

    rows = [["指標名", "基準値", "基準年度", "目標値", "目標年度"],
            ["移住者数", "14人", "令和元年度", "25人", "2024年度"]]
    observations, rejects = _ruled_read(_cells(rows), 2, 5)
    assert sorted(observations) == [("移住者数", None, "baseline", "FY2019", Decimal(14), "人"),
                                    ("移住者数", None, "target", "FY2024", Decimal(25), "人")]
    assert not rejects
    assert header_role("目標年度") == "period" and header_role("目標値") == "value"


def test_a_year_column_without_its_value_column_is_rejected_not_dropped():
    rows = [["指標名", "目標値", "基準年度"], ["移住者数", "25人", "令和元年度"]]
    _, rejects = _ruled_read(_cells(rows), 2, 3)
    assert [r["raw"] for r in rejects] == ["令和元年度"]


def test_segment_rows_under_a_merged_name_cell():
    """`男性`/`女性` in a 区分 column beside a name cell merged down over both rows (layouts 38)."""
    from decimal import Decimal

    from ingest.table.grid import GridCell

    cells = _cells([["指標名", "区分", "基準値（R1）", "目標値（R7）"]])
    cells += [GridCell(1, 0, "健康寿命", row_span=2), GridCell(1, 1, "男性"), GridCell(1, 2, "79.2歳"),
              GridCell(1, 3, "80.5歳"), GridCell(2, 1, "女性"), GridCell(2, 2, "83.6歳"), GridCell(2, 3, "84.5歳")]
    observations, rejects = _ruled_read(cells, 3, 4)
    assert sorted(observations) == [
        ("健康寿命", "女性", "baseline", "FY2019", Decimal("83.6"), "歳"),
        ("健康寿命", "女性", "target", "FY2025", Decimal("84.5"), "歳"),
        ("健康寿命", "男性", "baseline", "FY2019", Decimal("79.2"), "歳"),
        ("健康寿命", "男性", "target", "FY2025", Decimal("80.5"), "歳")]
    assert not rejects


def test_a_name_cell_listing_numbered_indicators_is_one_row_each():
    """`①name` / `②name` on two lines, two values per value cell (layouts 36); a wrapped name without numbers, or
    value cells with another line count, stay one row."""
    from decimal import Decimal

    header = ["指標名", "基準値（H30）", "目標値（R6）"]
    observations, _ = _ruled_read(_cells([header, ["①特定健診の受診率\n②がん検診の受診率", "38.2%\n21.5%",
                                                   "60.0%\n40.0%"]]), 2, 3)
    assert sorted(observations) == [("がん検診の受診率", None, "baseline", "FY2018", Decimal("21.5"), "%"),
                                    ("がん検診の受診率", None, "target", "FY2024", Decimal(40), "%"),
                                    ("特定健診の受診率", None, "baseline", "FY2018", Decimal("38.2"), "%"),
                                    ("特定健診の受診率", None, "target", "FY2024", Decimal(60), "%")]
    observations, _ = _ruled_read(_cells([header, ["①特定健診の受診率\n②がん検診の受診率", "38.2%", "60.0%"]]), 2, 3)
    assert len({o[0] for o in observations}) == 1  # one indicator: the values cannot be told apart


def test_tables_side_by_side_are_read_column_by_column():
    """An A3 page printed 2-up (layouts 41): two tables beside each other make two columns, cut halfway between
    them; tables one above another, or overlapping in x, leave the page whole."""
    from ingest.pdf.frontend import page_columns
    from ingest.table.grid import Grid

    def grid(x0: float, top: float, x1: float, bottom: float) -> Grid:
        return Grid(1, (x0, top, x1, bottom), 1, 1, "test")

    assert page_columns([grid(48, 110, 488, 200), grid(548, 110, 988, 200)]) == [
        (float("-inf"), 518.0), (518.0, float("inf"))]
    whole = [(float("-inf"), float("inf"))]
    assert page_columns([grid(48, 110, 488, 200), grid(48, 300, 488, 400)]) == whole
    assert page_columns([grid(48, 110, 488, 200), grid(548, 300, 988, 400)]) == whole  # not beside each other
    assert page_columns([grid(48, 110, 600, 200), grid(548, 110, 988, 200)]) == whole
    assert page_columns([]) == whole


def test_tables_side_by_side_are_read_band_by_band():
    """Layouts 101: per goal two tables side by side; the page is read one band of tables beside each other after
    the other, each band from the bottom of the band above, so the heading between two bands owns the band below
    only (read column by column within its band)."""
    from ingest.pdf.frontend import page_bands
    from ingest.table.grid import Grid

    def grid(x0: float, top: float, x1: float, bottom: float) -> Grid:
        return Grid(1, (x0, top, x1, bottom), 1, 1, "test")

    inf = float("inf")
    assert page_bands([grid(48, 112, 378, 178), grid(440, 112, 770, 200), grid(48, 272, 378, 316),
                       grid(440, 272, 770, 338)]) == [(-inf, 200), (200, inf)]
    assert page_bands([grid(48, 110, 488, 200), grid(548, 110, 988, 200)]) == [(-inf, inf)]


# --- Roman-numeral and bracketed goal labels (layouts 42) -----------------------------------------------------


@pytest.mark.parametrize(("text", "level"), [
    ("基本目標Ⅰ　産業が元気なまちをつくる", 0),  # full-width Roman numeral, folded to `I`
    ("基本目標II 子育て", 0),
    ("基本目標（１）　しごとをつくる", 0),  # bracketed label
    ("基本目標1-2 雇用の創出", 1),
    ("基本目標IoTの推進", None),  # a word starting with I is no label
])
def test_goal_heading_labels(text, level):
    from ingest.table.context import goal_level

    assert goal_level(text) == level


@pytest.mark.parametrize(("text", "part"), [
    ("基本目標Ⅱ　安心して子育てができるまちをつくる", "II 安心して子育てができるまちをつくる"),
    ("基本目標（２） 子育て", "2 子育て"),
    ("1-1 安定した雇用の創出", "1-1 安定した雇用の創出"),
    ("IoTの推進", "IoTの推進"),
])
def test_goal_parts_with_roman_and_bracketed_labels(text, part):
    from normalize.goals import goal_part

    assert goal_part(text) == part


def test_tab_document_roman_goal_headings():
    from ingest.table.context import goal_level, goal_outline

    heading = "基本目標Ⅱ　安心して子育てができるまちをつくる"
    assert goal_level(heading) == 0
    paths, headings = goal_outline([heading, "本文。"])
    assert headings == {0} and paths[1] == ("II 安心して子育てができるまちをつくる",)


# --- variety16 (layouts 159-164) ----------------------------------------------------------------------------------


def test_a_caption_line_closing_with_the_unit_field_gives_both():
    from ingest.table.context import TextLine, fields_apart

    line = TextLine("■重要業績評価指標（KPI）　　　（単位：千人）", 0.0, 1.0)
    assert [part.text for part in fields_apart(line)] == ["■重要業績評価指標（KPI）", "（単位：千人）"]
    # a caption without unit stays one line
    assert [part.text for part in fields_apart(TextLine("■重要業績評価指標（KPI）", 0.0, 1.0))] \
        == ["■重要業績評価指標（KPI）"]


@pytest.mark.parametrize(("role", "year", "after", "below"), [
    # layouts 163: `基準値` / `2019（R1）年度` / `実績値` / `2023（R5）年度` / `目標値` / `2029（R11）年度` / `担当課`
    ("基準値", "2019（R1）年度", [["実績値"], ["2023（R5）年度"], ["目標値"], ["2029（R11）年度"], ["担当課"]], True),
    ("基準値", "2019（R1）年度", [["実績値"], ["2023（R5）年度"], ["目標値"], ["2029（R11）年度", "担当課"]], True),
    # the run ends on a role word without a year: each year heads the role word after it
    ("基準値", "令和４年度", [["実績値"], ["令和５年度"], ["目標値"], ["担当課"]], False),
    ("実績値", "2021(R3)年度", [["目標値"], ["（R5）"]], True),
    ("実績値", "2021(R3)年度", [["担当課"]], True),
])
def test_a_year_under_a_role_word_when_the_run_ends_on_a_year(role, year, after, below):
    from ingest.text.fragment_cells import year_below_role

    assert year_below_role(role, year, after) is below


def test_a_figure_before_a_department_is_no_bare_goal_heading():
    from ingest.table.context import goal_level

    # layouts 162 (pdfminer): a row's last value and its department cell printed as one paragraph
    assert goal_level("200 こども課") is None
    assert goal_level("0 健康福祉課") is None
    assert goal_level("1 しごとの創生") is not None
