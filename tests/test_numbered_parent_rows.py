"""A numbered row printing no value (`2 公共交通の年間利用者数（人）` over its segments' rows, or
`4 自主防災組織の組織率 … ×` with its grade only) is a row of the table, never a goal heading: the rows after it stay
under the goal printed above the table (goals22). Small invented text tables; every expected value was read off the
text by hand."""

from __future__ import annotations

from decimal import Decimal

from ingest.table.context import graded_row
from tests.synth.score import read_text

GOAL = "新しいひとの流れをつくる"

#: Tab-separated: the parent row prints its number and name only, its segments (`うち男性`) the values.
TAB_PARENT_OVER_SEGMENTS = (
    f"基本目標２　{GOAL}\n\n"
    "番号\t指標\t基準値\t目標値\n"
    "1\t新規就農者数（人）\t15\t20\n"
    "2\t公共交通の年間利用者数（人）\n"
    "\tうち男性\t55,440\t57,960\n"
    "\tうち女性\t60,120\t61,000\n"
    "3\tふるさと納税の寄附額（千円）\t54,466\t56,394\n"
)

#: Tab-separated: the parent row prints no value but its grade (`×`) in the progress column.
TAB_PARENT_WITH_GRADE = (
    f"基本目標２　{GOAL}\n\n"
    "番号\t指標\t基準値\t目標値\t達成状況\n"
    "1\t図書館の年間貸出冊数（冊）\t90,720\t84,840\t△\n"
    "2\t自主防災組織の組織率\t\t\t×\n"
    "3\tふるさと納税の寄附額（千円）\t58,804\t47,236\t◎\n"
)

#: Single spaces between cells (a text layer printing no gutters): the parent row's number and name one text.
SPACED_PARENT_OVER_SEGMENTS = TAB_PARENT_OVER_SEGMENTS.replace("\t", " ").replace("\n うち", "\nうち")

#: Single spaces, the name last (pdfplumber): the parent row prints its number, its grade word and its name.
SPACED_PARENT_NAME_LAST = (
    "No. 基準値 目標値 達成度 ＫＰＩ\n"
    f"【基本目標Ⅰ】{GOAL}\n"
    "1 101,640冊 81,480冊 達成 図書館の年間貸出冊数\n"
    "【基本目標Ⅱ】結婚・出産・子育ての希望をかなえる\n"
    "2 達成 観光入込客数\n"
    "672千人 522千人 男性\n"
    "606千人 732千人 女性\n"
    "3 12組 13組 未達成 婚活イベントでのカップル成立数\n"
)


def _read(text: str) -> dict[tuple[str, str, str], tuple[Decimal, str]]:
    """(name, role, segment) → (value, goal) of every value read."""
    return {(r["kpi_name"], r["role"], r.get("segment") or ""): (Decimal(str(r["value"])), r.get("goal") or "")
            for r in read_text(text) if r.get("value") not in (None, "")}


def test_a_numbered_parent_row_over_segments_is_their_indicator_under_the_goal():
    for text in (TAB_PARENT_OVER_SEGMENTS, SPACED_PARENT_OVER_SEGMENTS):
        read = _read(text)
        assert read[("公共交通の年間利用者数", "baseline", "男性")] == (Decimal(55440), f"2 {GOAL}")
        assert read[("公共交通の年間利用者数", "target", "女性")] == (Decimal(61000), f"2 {GOAL}")
        assert read[("ふるさと納税の寄附額", "baseline", "")] == (Decimal(54466000), f"2 {GOAL}")
        assert read[("新規就農者数", "target", "")] == (Decimal(20), f"2 {GOAL}")
        assert len(read) == 8


def test_a_numbered_row_printing_its_grade_only_is_no_heading():
    read = _read(TAB_PARENT_WITH_GRADE)
    assert read[("ふるさと納税の寄附額", "baseline", "")] == (Decimal(58804000), f"2 {GOAL}")
    assert read[("図書館の年間貸出冊数", "target", "")] == (Decimal(84840), f"2 {GOAL}")
    assert len(read) == 4


def test_a_parent_row_with_its_grade_word_and_name_last_keeps_the_band_goal():
    read = _read(SPACED_PARENT_NAME_LAST)
    band = "II 結婚・出産・子育ての希望をかなえる"
    assert read[("観光入込客数", "baseline", "男性")] == (Decimal(672000), band)
    assert read[("観光入込客数", "target", "女性")] == (Decimal(732000), band)
    assert read[("婚活イベントでのカップル成立数", "target", "")] == (Decimal(13), band)
    assert ("観光入込客数", "baseline", "") not in read  # the row number `2` is no value


def test_a_grade_word_of_its_own_makes_a_bare_heading_a_row():
    assert graded_row("4 自主防災組織の組織率 ×")
    assert graded_row("2 達成 観光入込客数")
    assert not graded_row("1 しごとの創生")
    assert not graded_row("2 達成感のあるまちづくり")  # a title's word that only opens with a label is no grade
