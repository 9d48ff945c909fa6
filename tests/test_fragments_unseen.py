"""The fragment-per-line front end on documents it has not seen (tests/fixtures/fragments/).

`plan_r6.txt` is a made-up 令和6年度 plan in the pdfminer shape (a line that ends a cell carries a trailing
space; wrapped lines do not): a summary table with a project group row whose copy disagrees, a per-project
indicator table with a 解説 column, a 施策の展開方針 table with names wrapped over 1-3 lines, a damaged
`重点施悪` label and a row with one value for two columns, and a 取組/関連事業 table with a continuation row.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.document import load
from ingest.registry import extract
from ingest.text.fragment_cells import read_cells, read_values
from ingest.text.fragments import FragmentFrontEnd
from records import extraction_records

FIXTURES = Path(__file__).parent / "fixtures" / "fragments"
RAW_DOCS = Path(__file__).resolve().parents[1] / "raw_docs"
FRONT_END = FragmentFrontEnd()


@pytest.fixture(scope="module")
def plan():
    document = load(FIXTURES / "plan_r6.txt")
    extraction = FRONT_END.extract(document, None)
    observations, indicators, rejects = extraction_records(extraction)
    return extraction, observations, {i["kpi_name"]: i for i in indicators}, rejects


def _values(observations, name):
    return {(o["role"], o["segment"]): o for o in observations if o["kpi_name"] == name}


def test_cells_join_wrapped_lines_until_the_trailing_space():
    cells = read_cells(["市民緑地の", "", "指定", "面積 ", "12.4ｈａ 15.0ｈａ Ｐ.○ "])
    assert [c.raw for c in cells] == ["市民緑地の指定面積", "12.4ｈａ 15.0ｈａ Ｐ.○"]
    assert [c.line for c in cells] == [1, 5]


def test_value_pattern_splits_the_name_from_the_values():
    head, tokens = read_values(read_cells(["介護を必要としない高齢者の割合 81.0％ 81.0％以上 "])[0])
    assert head == "介護を必要としない高齢者の割合"
    assert [t.raw for t in tokens] == ["81.0％", "81.0％以上"]
    assert read_values(read_cells(["１人１日当たり "])[0]) is None
    head, tokens = read_values(read_cells(["待機児童なし 待機児童なし Ｐ.○ "])[0])
    assert head == "" and [t.kind for t in tokens] == ["value", "value", "ref"]


def test_score_only_for_this_shape():
    assert FRONT_END.score(load(FIXTURES / "plan_r6.txt")) > 0
    assert FRONT_END.score(load(FIXTURES / "no_tables.txt")) == 0
    for name in ("000", "001", "002", "003"):
        path = next(RAW_DOCS.glob(f"{name}_*.txt"))
        assert FRONT_END.score(load(path)) == 0, path.name


def test_rows_kinds_and_goals(plan):
    extraction, _, indicators, _ = plan
    assert set(indicators) == {
        "市内の緑被率", "ごみの排出量", "市民緑地の指定面積", "水辺の清掃活動への参加者数", "植樹本数", "公園愛護会数",
    }
    assert indicators["市内の緑被率"]["kind"] == "プロジェクト指標"
    assert indicators["市内の緑被率"]["goal"] == "みどり共生プロジェクト"
    assert indicators["市内の緑被率"]["note"] == "市域面積に占める樹林地等の割合"
    assert indicators["ごみの排出量"]["note"] == "1人1日当たり"
    assert indicators["市民緑地の指定面積"]["kind"] == "成果指標"
    assert indicators["市民緑地の指定面積"]["goal"] == (
        "みどり共生プロジェクト / 自然と共に暮らすまちづくり / 重点施策 6-3 方針2:緑地の保全と創出")
    assert indicators["市民緑地の指定面積"]["line"] == 78
    water = indicators["水辺の清掃活動への参加者数"]
    assert water["goal"].endswith("重点施策 6-4 方針1:河川環境の保全")
    assert "重点施策" in water["note"]  # the repair of 重点施悪 is recorded
    # 取組 table: 関連事業 goes to the note; the second row continues the first row's policy
    assert indicators["植樹本数"]["kind"] == "指標"
    assert indicators["植樹本数"]["note"] == "関連事業: 緑化推進事業"
    assert indicators["公園愛護会数"]["note"] == "関連事業: 公園管理事業"
    assert indicators["公園愛護会数"]["goal"] == (
        "みどり共生プロジェクト / 自然と共に暮らすまちづくり / 重点施策 6-3 方針1関係:植樹の推進")
    assert extraction.shape == "fragments"


def test_values_periods_and_qualifiers(plan):
    _, observations, _, _ = plan
    green = _values(observations, "市内の緑被率")
    assert green["baseline", None]["column_period"] == "FY2024"
    assert green["target", None]["column_period"] == "FY2030"
    assert green["target", None]["value"] == 35.0 and green["target", None]["qualifier"] == "以上"
    waste = _values(observations, "ごみの排出量")
    assert waste["baseline", None]["period"] == "CY2023" and waste["baseline", None]["unit"] == "g"
    assert waste["target", None]["period"] == "CY2029" and waste["target", None]["qualifier"] == "以下"
    assert waste["baseline", None]["line"] == 48
    area = _values(observations, "市民緑地の指定面積")
    assert (area["baseline", None]["value"], area["target", None]["value"]) == (12.4, 15.0)
    assert area["target", None]["unit"] == "ha"
    assert _values(observations, "公園愛護会数")["target", None]["unit"] == "団体"


def test_malformed_row_is_rejected_with_its_line(plan):
    _, _, indicators, rejects = plan
    assert "環境基準の達成率" not in indicators
    malformed = [r for r in rejects if "環境基準の達成率" in r["raw"]]
    assert len(malformed) == 1
    assert malformed[0]["line"] == 95 and "value columns" in malformed[0]["reason"]


def test_repeated_table_gives_one_row_and_reports_the_disagreement(plan):
    extraction, observations, indicators, rejects = plan
    assert indicators["市内の緑被率"]["line"] == 40  # the copy with the 解説 column wins
    assert len([o for o in observations if o["kpi_name"] == "ごみの排出量"]) == 2  # copies agree: merged
    assert any("市内の緑被率" in w and "disagree" in w for w in extraction.warnings)
    losing = [r for r in rejects if r["line"] == 14]
    assert len(losing) == 1 and "34.0％以上" in losing[0]["raw"]


def test_document_without_tables_gives_zero_rows_and_a_warning():
    document = load(FIXTURES / "no_tables.txt")
    extraction = FRONT_END.extract(document, None)
    assert extraction.rows == [] and extraction.warnings
    via_registry = extract(document)
    assert via_registry.rows == [] and via_registry.warnings
