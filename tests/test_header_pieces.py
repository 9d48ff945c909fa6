"""Two header cells a text layer printed one space apart (`R2 実績 R3 実績 増減`): two or more whole role/period
headers in one header text are as many columns (ingest/table/header.py `header_pieces`, `periods_joined`), the
body's texts under them part there (ingest/text/aligned.py `_header_pieces_apart`), and a pdfminer text box of a
value and its change (`3 人 +1`) is two cells (ingest/text/stacked.py, ingest/text/placed.py). Where the body
disagrees (two values one space apart under one header), the cell is flagged, not guessed.

Every document below is invented (a village's 効果検証 sheet); each expectation was written by hand from the text.
"""

from __future__ import annotations

from pathlib import Path

from ingest.table.header import CHANGE, header_pieces, header_role
from ingest.text.token_types import is_change
from tests.layouts_score import read


def test_header_pieces_part_whole_headers_only():
    assert header_pieces("R2 実績 R3 実績 増減") == ["R2 実績", "R3 実績", "増減"]
    assert header_pieces("実績値 （R3） 目標値 （R6）") == ["実績値 （R3）", "目標値 （R6）"]
    assert header_pieces("基準値 達成率") == ["基準値", "達成率"]
    assert header_pieces("R3 実績") is None  # one header
    assert header_pieces("令和 4 年度") is None  # one period printed with spaces
    assert header_pieces("指標名 単位") is None  # no role/period headers
    assert header_pieces("実績 R3 増減") is None  # a bare period with no role word after it


def test_change_words_of_a_change_column():
    assert header_role("増減") == CHANGE and header_role("前年度増減") == CHANGE
    assert header_role("社会増減数") != CHANGE  # an indicator's name holding the word
    assert is_change("皆増") and is_change("皆減") and is_change("+1") and not is_change("増加")


HEAD = "桜川村 総合戦略 効果検証シート（令和４年度）\n基本目標１ 村の仕事をつくる\n\n"
LAYOUT = HEAD + (
    "      指標名            R2 実績 R3 実績 増減     目標値（R6）   担当課\n"
    "特産品の販売額          1,200万円 1,350万円{gap}+150万円   1,500万円 産業課\n"
    "村内の新規就農者数        2人     3人     +1           5人 産業課\n"
    "農泊の宿泊者数            ー     140人    皆増         300人 観光課\n")

PDFMINER = "\n\n".join([
    "桜川村 総合戦略 効果検証シート（令和４年度）", "基本目標１ 村の仕事をつくる", "指標名",
    "R2 実績 R3 実績 増減 目標値（R6）", "担当課", "特産品の販売額", "村内の新規就農者数", "農泊の宿泊者数",
    "1,200 万円", "2 人", "ー", "1,350 万円 +150", "3 人 +1", "140 人 皆増", "1,500 万円 産業課", "5 人 産業課",
    "300 人 観光課"]) + "\n\x0c"

#: (name, role, period, value, unit) read by hand: R2 and R3 actuals, the R6 target; `ー` not reported, the 増減
#: column no value of the indicator
WANTED = [("特産品の販売額", "actual", "FY2020", 12000000, "円"),
          ("特産品の販売額", "actual", "FY2021", 13500000, "円"),
          ("特産品の販売額", "target", "FY2024", 15000000, "円"),
          ("村内の新規就農者数", "actual", "FY2020", 2, "人"),
          ("村内の新規就農者数", "actual", "FY2021", 3, "人"),
          ("村内の新規就農者数", "target", "FY2024", 5, "人"),
          ("農泊の宿泊者数", "actual", "FY2020", None, None),
          ("農泊の宿泊者数", "actual", "FY2021", 140, "人"),
          ("農泊の宿泊者数", "target", "FY2024", 300, "人")]


def _read(tmp_path: Path, name: str, text: str) -> tuple[list[tuple], list[dict]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    observations, _, rejects = read(path)
    return [(o["kpi_name"], o["role"], o["period"], o["value"], o["unit"]) for o in observations
            if not o["uncertain"]], rejects


def test_headers_one_space_apart_are_columns_of_a_layout_page(tmp_path: Path):
    read_rows, rejects = _read(tmp_path, "sheet.txt", LAYOUT.format(gap="  "))
    assert read_rows == WANTED
    assert sorted(r["raw"] for r in rejects) == sorted(["+150万円", "+1", "皆増"])  # the changes, with a reason


def test_a_body_that_disagrees_is_flagged(tmp_path: Path):
    # `1,350万円 +150万円` one space apart under `R3 実績`: two values where the header has one column
    path = tmp_path / "sheet.txt"
    path.write_text(LAYOUT.format(gap=" "), encoding="utf-8")
    observations, _, _ = read(path)
    cell = [o for o in observations if o["kpi_name"] == "特産品の販売額" and o["period"] == "FY2021"]
    assert len(cell) == 1 and cell[0]["uncertain"]
    farmers = next(o for o in observations if o["kpi_name"] == "村内の新規就農者数" and o["period"] == "FY2021")
    assert farmers["value"] == 3 and not farmers["uncertain"]


def test_value_and_change_boxed_together_by_pdfminer(tmp_path: Path):
    read_rows, rejects = _read(tmp_path, "sheet.pdfminer.txt", PDFMINER)
    assert read_rows == WANTED
    assert sorted(r["raw"] for r in rejects) == sorted(["+150", "+1", "皆増"])
