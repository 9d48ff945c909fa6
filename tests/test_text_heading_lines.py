"""Goal headings printed BETWEEN tables in a text layer (one cell a line, as `pdftotext -raw` prints a page of
tables): under a project heading, a bare title line and a policy line (`重点施策 1-1 方針1:…`) above each table
give its goal path, as they do on a PDF page, when the reader leaves them outside its tables. The document is
invented; every expected goal was read off the lines below by hand."""

from __future__ import annotations

from pathlib import Path

from ingest.document import load
from ingest.registry import extract
from ingest.table.context import heading_goes_on
from records import extraction_records

HEADER = ["成果指標", "指標名", "現状値", "（令和5年度）", "目標値", "（令和11年度）", "解説・算出方法など"]

PAGE = [
    "みどり推進プロジェクト",
    "プロジェクト指標", *HEADER[1:],
    "緑地の面積 120ha 150ha",
    "市内の都市公園と緑地の",
    "面積の合計",
    "緑と水辺に親しめるまちづくりの推進",
    "重点施策 1-1 方針1:公園の整備",
    *HEADER,
    "公園の利用者数 52,000人 60,000人",
    "都市公園の年間利用者数（4月～3月）",
    "重点施策 1-1 方針2:街路樹の保全",
    *HEADER,
    "街路樹の本数 3,100本 3,500本",
    "市道沿いに植えた高木の本数",
    "水辺の環境を守る",
    "重点施策 1-2 方針1:河川の清掃",
    *HEADER,
    "河川清掃の参加者数 1,200人 1,500人",
    "市民団体と市の合同清掃の参加者（延べ）",
]


def _goals(tmp_path: Path, lines: list[str]) -> dict[str, str]:
    path = tmp_path / "page.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    _, indicators, _ = extraction_records(extract(load(path)))
    return {row["kpi_name"]: row["goal"] for row in indicators}


def test_a_title_and_policy_line_between_tables_give_the_tables_below_their_path(tmp_path: Path) -> None:
    """The title over the first policy line (wider than the explanation's lines above it, so no line of that cell)
    and the policy line are left outside the table above; the title holds over the next policy line, printed right
    under a table whose last line has a figure (so no title can hide there)."""
    goals = _goals(tmp_path, PAGE)
    part = "みどり推進プロジェクト / 緑と水辺に親しめるまちづくりの推進"
    assert goals["緑地の面積"] == "みどり推進プロジェクト"
    assert goals["公園の利用者数"] == f"{part} / 重点施策 1-1 方針1:公園の整備"
    assert goals["街路樹の本数"] == f"{part} / 重点施策 1-1 方針2:街路樹の保全"


def test_a_policy_line_under_a_table_ending_in_a_bare_title_stops_at_the_project(tmp_path: Path) -> None:
    """`水辺の環境を守る` is narrower than the cell line above it: the reader keeps it as the explanation's last line,
    though it may be the next part's title. The policy line under it then cannot say the level between: the path is
    the project alone (short), never the title before (another part's)."""
    goals = _goals(tmp_path, PAGE)
    assert goals["河川清掃の参加者数"] == "みどり推進プロジェクト"


def test_a_goal_heading_wrapped_mid_word_takes_its_short_end() -> None:
    """A merged goal cell a spreadsheet wraps at its width (`青葉野市への新しいひとの流れをつ` / `くる`, Calc's print
    of the cell above a page's header): a line too short for a title, one piece without a figure, is the heading's
    end. Two glyphs spaced apart (upright header words side by side), a figure, a header word or a longer title are
    not."""
    heading = "基本目標２ 人の流れをつ"
    assert heading_goes_on(heading, "くる")
    assert heading_goes_on("基本目標２ 新しいひとの", "流れをつくる")  # an open particle: any title line
    assert not heading_goes_on(heading, "基      目")
    assert not heading_goes_on(heading, "12")
    assert not heading_goes_on(heading, "単位")
    assert not heading_goes_on(heading, "観光の振興")
    assert not heading_goes_on("にぎわい創出プロジェクト", "くる")  # a heading known by its ending ends on its line
