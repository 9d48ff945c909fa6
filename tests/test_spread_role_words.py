"""A role word merged over a run of yearly sub-columns (issue 11, "merged cells"): `目標値` over `R7 R8 R9 R10`, a
text layer printing the word over one of the years only. Invented headers and an invented `pdftotext -layout` page."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.document import load
from ingest.registry import extract
from ingest.table.header import read_layout, spread_over_total, spread_role_words
from ingest.text import aligned
from records import extraction_records


@pytest.mark.parametrize(("headers", "expected"), [
    # the word over the run's middle year heads every year of the run; a column with its own period ends the run
    (["指標名", "基準値\n（R5）", "R7", "目標値\nR8", "R9", "担当課"],
     ["指標名", "基準値\n（R5）", "目標値\nR7", "目標値\nR8", "目標値\nR9", "担当課"]),
    # over the first year (the word before its years in text order)
    (["指標名", "実績値\n令和2年度", "令和3年度", "令和4年度"],
     ["指標名", "実績値\n令和2年度", "実績値\n令和3年度", "実績値\n令和4年度"]),
    # over the last year only: a target year after bare years of actuals, not a merged cell
    (["指標名", "R4", "R5", "R6", "目標\nR7"], ["指標名", "R4", "R5", "R6", "目標\nR7"]),
    # two role words each claim part of the run: which years are whose is not printed
    (["指標名", "実績値\nR4", "R5", "目標値\nR6", "R7"], ["指標名", "実績値\nR4", "R5", "目標値\nR6", "R7"]),
    # a baseline is one year: `基準値` over a year is that column's own header
    (["指標名", "基準値\nR2", "R3", "R4"], ["指標名", "基準値\nR2", "R3", "R4"]),
    # a year in brackets glosses the word above it: a column of its own, no sub-column
    (["指標名", "目標値\n（R7）", "R8"], ["指標名", "目標値\n（R7）", "R8"]),
])
def test_a_yearly_role_word_spans_its_run_of_bare_years(headers: list[str], expected: list[str]) -> None:
    assert spread_role_words(headers) == expected


@pytest.mark.parametrize(("headers", "expected"), [
    # `実績値（R5）` merged over `単年度` | `累計`, printed over the first: the running total is that year's actual too
    (["指標名", "基準値\n（R1）", "実績値（R5）\n単年度", "累計", "目標値\n（R7）"],
     ["指標名", "基準値\n（R1）", "実績値（R5）\n単年度", "実績値（R5）\n累計", "目標値\n（R7）"]),
    # a total beside a column with no qualifier under its role (a column of its own, `累計` over its range below)
    (["指標名", "実績値（R5）", "累計"], ["指標名", "実績値（R5）", "累計"]),
    # a qualifier under a role word without period: no period to give the total
    (["指標名", "実績値\n単年度", "累計"], ["指標名", "実績値\n単年度", "累計"]),
])
def test_a_total_beside_a_qualified_dated_role_takes_its_role(headers: list[str], expected: list[str]) -> None:
    assert spread_over_total(headers) == expected


def _line(*cells: tuple[int, str]) -> str:
    line = ""
    for position, text in cells:
        line = line.ljust(position) + text
    return line


# `実績値` centred over three right-aligned year columns lands over the middle one; the 担当課 column is printed one
# space after the last value, so no gutter parts the last year from the departments
MERGED_ACTUALS = [
    _line((30, "実績値")),
    _line((0, "指標名"), (16, "単位"), (22, "R3"), (30, "R4"), (38, "R5"), (45, "担当課")),
    _line((0, "図書館の貸出冊数"), (16, "冊"), (19, "41,200"), (27, "43,900"), (35, "45,100"), (42, "市民課")),
    _line((0, "公民館の利用者数"), (16, "人"), (20, "8,310"), (28, "8,020"), (36, "8,450"), (42, "生涯学習課")),
    _line((0, "体験講座の開催数"), (16, "回"), (23, "12"), (31, "15"), (39, "18"), (42, "生涯学習課")),
]


def test_a_merged_role_word_over_layout_years_heads_all_of_them_and_the_last_year_parts_from_the_department():
    grid = aligned.read_tables(MERGED_ACTUALS)[0].grid
    assert grid.matrix()[2:] == [["図書館の貸出冊数", "冊", "41,200", "43,900", "45,100", "市民課"],
                                 ["公民館の利用者数", "人", "8,310", "8,020", "8,450", "生涯学習課"],
                                 ["体験講座の開催数", "回", "12", "15", "18", "生涯学習課"]]
    layout = read_layout(grid)
    assert layout is not None
    assert [(c.header, c.role) for c in layout.columns] == [
        ("指標名", "name"), ("単位", "unit"), ("実績値\nR3", "value"), ("実績値\nR4", "value"),
        ("実績値\nR5", "value"), ("担当課", "department")]


# --- a role row over a row of more years, under a value band's header (layouts 169 in other towns' words) --------


def _read(tmp_path: Path, lines: list[str]) -> list[tuple]:
    """(name, kind, role, period, printed value, uncertain) of every observation the pipeline reads from the text."""
    path = tmp_path / "layer.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    observations, _, _ = extraction_records(extract(load(path)))
    return [(o["kpi_name"], o["kind"], o["role"], o["period"], o["raw"], o["uncertain"]) for o in observations]


def test_role_words_beside_merged_down_headers_spread_over_the_years_in_single_space_text(tmp_path: Path):
    # invented town, pdfplumber's text: `KPIの実績の推移` over the value columns names no kind (the title does);
    # `現状値 実績値 中間目標 目標値` over five years: one baseline year, two actual years, one year for each target;
    # the row numbers and departments glued to the name and the last value (Calc's cells, single spaces)
    lines = ["南風原台町 第２期総合戦略 重要業績評価指標（KPI）の状況", "基本目標１ しごとをつくる", "KPIの実績の推移",
             "番号 指標名 単位 現状値 実績値 中間目標 目標値 所管課", "2019年度 2022年度 2023年度 2025年度 2027年度",
             "1町内事業所の従業者数 人 3,120 3,050 3,180 3,300 3,500産業振興課",
             "2新規創業件数 件 4 6 7 8 10産業振興課"]
    assert _read(tmp_path, lines) == [
        ("町内事業所の従業者数", "KPI", "baseline", "FY2019", "3,120", False),
        ("町内事業所の従業者数", "KPI", "actual", "FY2022", "3,050", False),
        ("町内事業所の従業者数", "KPI", "actual", "FY2023", "3,180", False),
        ("町内事業所の従業者数", "KPI", "target", "FY2025", "3,300", False),
        ("町内事業所の従業者数", "KPI", "target", "FY2027", "3,500", False),
        ("新規創業件数", "KPI", "baseline", "FY2019", "4", False),
        ("新規創業件数", "KPI", "actual", "FY2022", "6", False),
        ("新規創業件数", "KPI", "actual", "FY2023", "7", False),
        ("新規創業件数", "KPI", "target", "FY2025", "8", False),
        ("新規創業件数", "KPI", "target", "FY2027", "10", False)]


def test_role_words_in_another_order_spread_over_the_years_in_raw_text(tmp_path: Path):
    # invented city, pdftotext -raw's stream order: the merged-down cells, the band `KPIの年度別実績`, `担当課`, then
    # `基準値 目標値 実績値` over `H30 R8 R2 R3 R4 R5`: the target before four actual years, the years decide
    lines = ["基本目標２ 安心して暮らせるまち", "No. 指標名 単位", "KPIの年度別実績", "担当課", "基準値 目標値 実績値",
             "H30 R8 R2 R3 R4 R5", "1 特定健診の受診率 ％ 38.2 60.0 35.1 39.4 41.0 43.5 健康推進課",
             "月影市 総合戦略 重要業績評価指標の推移"]
    assert _read(tmp_path, lines) == [
        ("特定健診の受診率", "KPI", "baseline", "FY2018", "38.2", False),
        ("特定健診の受診率", "KPI", "target", "FY2026", "60.0", False),
        ("特定健診の受診率", "KPI", "actual", "FY2020", "35.1", False),
        ("特定健診の受診率", "KPI", "actual", "FY2021", "39.4", False),
        ("特定健診の受診率", "KPI", "actual", "FY2022", "41.0", False),
        ("特定健診の受診率", "KPI", "actual", "FY2023", "43.5", False)]


# invented village, pdftotext -layout: `成果指標の実績の推移` centred over the value columns names no kind (the title
# does), `実績値` over two years
BAND_OVER_ROLES = [
    "朝霧野村      第２期総合戦略 重要業績評価指標の状況",
    "基本目標１     村の産業を元気にする",
    "                                                    成果指標の実績の推移",
    "No.       指標名              単位    基準値           実績値           目標値    担当課",
    "                                       R1         R4        R5           R7",
    "      1 観光入込客数          万人    6.8        5.9       7.2          8.0       観光交流課",
    "      2 新規就農者数          人        2          3         4            5       産業振興課",
]


def test_a_value_band_header_over_roles_and_years_names_no_kind_in_layout_text(tmp_path: Path):
    assert _read(tmp_path, BAND_OVER_ROLES) == [
        ("観光入込客数", "KPI", "baseline", "FY2019", "6.8", False),
        ("観光入込客数", "KPI", "actual", "FY2022", "5.9", False),
        ("観光入込客数", "KPI", "actual", "FY2023", "7.2", False),
        ("観光入込客数", "KPI", "target", "FY2025", "8.0", False),
        ("新規就農者数", "KPI", "baseline", "FY2019", "2", False),
        ("新規就農者数", "KPI", "actual", "FY2022", "3", False),
        ("新規就農者数", "KPI", "actual", "FY2023", "4", False),
        ("新規就農者数", "KPI", "target", "FY2025", "5", False)]
