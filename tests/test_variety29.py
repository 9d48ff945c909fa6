"""Habits of other municipalities' tables met by the hand-made documents 274-278 (tests/layouts_cells.py): value
headers dated `FY2023`, the years of yearless headers stated on a note line over the table, a `★` before a name, and
a year printed before the value in its cell. The documents below are invented; every expectation was written by hand
from the text.
"""

from __future__ import annotations

from pathlib import Path

from ingest.document import load
from ingest.registry import extract
from ingest.text.fragment_cells import tokens
from normalize.header import caption_role_years
from normalize.periods import parse_period
from normalize.text import clean_name, name_marks
from records import extraction_records


def _read(tmp_path: Path, text: str) -> tuple[list[dict], list[dict], list[dict]]:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    return extraction_records(extract(load(path)))


def _values(observations: list[dict]) -> list[tuple]:
    return [(o["kpi_name"], o["role"], o["column_period"], o["period"], o["value"], o["unit"], o["uncertain"])
            for o in observations]


def test_a_fiscal_year_in_the_english_form_is_a_period():
    assert parse_period("FY2023") == "FY2023"  # before: None
    assert parse_period("FY 2029") == "FY2029"
    assert parse_period("XFY2023") is None  # glued to a word: no year
    assert parse_period("FY20234") is None


def test_fy_headers_on_a_second_header_line_date_their_columns(tmp_path):
    observations, _, _ = _read(tmp_path, "基本目標１　新しいひとの流れをつくる\n"
                                         "                 基準値       目標値\n"
                                         "指標名                                 担当課\n"
                                         "                （FY2023）   （FY2029）\n"
                                         "転入者数          4,120人      4,500人     企画課\n"
                                         "移住相談件数        86件        150件      企画課\n")
    assert _values(observations) == [("転入者数", "baseline", "FY2023", "FY2023", 4120.0, "人", False),
                                     ("転入者数", "target", "FY2029", "FY2029", 4500.0, "人", False),
                                     ("移住相談件数", "baseline", "FY2023", "FY2023", 86.0, "件", False),
                                     ("移住相談件数", "target", "FY2029", "FY2029", 150.0, "件", False)]


def test_a_note_line_names_the_years_of_each_role():
    assert caption_role_years("（現状値：令和５年度、目標値：令和11年度）") == (("現状値", "令和5年度"),
                                                                             ("目標値", "令和11年度"))
    assert caption_role_years("基準値：R5　目標値：R11") == (("基準値", "R5"), ("目標値", "R11"))
    assert caption_role_years("基準値：1,200人（令和元年度）") is None  # a card's field line: a value, no year alone
    assert caption_role_years("担当課：企画課") is None
    assert caption_role_years("基準値：R5、基準値：R6") is None  # one role twice: which column is which?


def test_the_years_of_a_note_line_date_the_yearless_columns_under_it(tmp_path):
    observations, _, _ = _read(tmp_path, "基本目標３　子育ての希望をかなえる\n"
                                         "（現状値：令和５年度、目標値：令和11年度）\n"
                                         "指標名\t現状値\t目標値\t担当課\n"
                                         "年間出生数\t96人\t100人\t健康福祉課\n")
    assert _values(observations) == [("年間出生数", "baseline", "FY2023", "FY2023", 96.0, "人", False),
                                     ("年間出生数", "target", "FY2029", "FY2029", 100.0, "人", False)]  # before: None


def test_a_star_before_a_name_is_a_mark_not_part_of_it():
    assert clean_name("★農産物直売所の年間売上額") == "農産物直売所の年間売上額"  # before: the star kept
    assert name_marks("★農産物直売所の年間売上額") == ["★"]
    assert clean_name("新規就農者数") == "新規就農者数"
    assert clean_name("観光客数★") == "観光客数★"  # only before the name


def test_a_year_glued_before_a_value_is_that_values(tmp_path):
    assert tokens("空き家の利活用件数 14件 （R11）40件 都市計画課") == ["空き家の利活用件数", "14件", "（R11）40件",
                                                                       "都市計画課"]
    assert tokens("人口 (平成 30 年) 1,200人") == ["人口", "(平成 30 年)", "1,200人"]  # a bracket alone stays one
    observations, _, _ = _read(tmp_path, "基本目標４　安心して暮らせるまちをつくる\n"
                                         "指標名 基準値（R5） 目標値 担当課\n"
                                         "空き家の利活用件数 14件 （R11）40件 都市計画課\n"
                                         "自主防災組織の組織率 78.2% （R9）90.0% 危機管理課\n")
    assert _values(observations) == [("空き家の利活用件数", "baseline", "FY2023", "FY2023", 14.0, "件", False),
                                     ("空き家の利活用件数", "target", None, "FY2029", 40.0, "件", False),
                                     ("自主防災組織の組織率", "baseline", "FY2023", "FY2023", 78.2, "%", False),
                                     ("自主防災組織の組織率", "target", None, "FY2027", 90.0, "%", False)]
    # before: the baseline read with the target's year (FY2029), the target with none, both unflagged
