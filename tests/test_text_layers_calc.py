"""Text layers of office programs' tables: goal band rows among the rows, values glued to their department, and
header cells a spreadsheet prints after its rows (the shapes of layouts 113, 117 and 118, in other words)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from ingest.document import load
from ingest.registry import extract
from ingest.text.token_types import glued_department, glued_progress
from records import extraction_records


def _read(tmp_path: Path, text: str) -> tuple[list[dict], dict[str, dict]]:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    observations, indicators, _ = extraction_records(extract(load(path)))
    return observations, {i["kpi_name"]: i for i in indicators}


BANDS = """\
指標名 基準値（R2） 目標値（R8） 担当課
基本目標１ 農業を守り育てる
新規就農者数 3 人 10 人 農政課
基本目標２ 子育てを支える
保育所の定員数 120 人 150 人 こども課
放課後児童クラブの利用者数 80 人 95 人 教育委員会
"""


def test_goal_band_rows_among_the_rows_give_their_goal_to_the_rows_below(tmp_path: Path):
    observations, indicators = _read(tmp_path, BANDS)
    assert {name: i["goal"] for name, i in indicators.items()} == {
        "新規就農者数": "1 農業を守り育てる", "保育所の定員数": "2 子育てを支える",
        "放課後児童クラブの利用者数": "2 子育てを支える"}
    assert indicators["放課後児童クラブの利用者数"]["department"] == "教育委員会"
    assert [(o["kpi_name"], o["role"], o["period"], Decimal(str(o["value"]))) for o in observations][:2] == [
        ("新規就農者数", "baseline", "FY2020", Decimal(3)), ("新規就農者数", "target", "FY2026", Decimal(10))]


def test_a_value_glued_to_its_department_keeps_its_unit():
    assert glued_department("60人産業振興課") == ("60人", "産業振興課")
    assert glued_department("70,000企画課") == ("70,000", "企画課")
    assert glued_department("3歳児健診の受診率") is None
    assert glued_department("企画課") is None


APART = """\
指標名 単位
年間出生数 人 132 118 140
人口10万人当たりの医師数 人 180.5 176.0 200.0
基準値（R1） 実績値（R5） 目標値（R9）
"""


def test_value_headers_printed_after_the_rows_head_their_values(tmp_path: Path):
    """The header cells' periods rise in the order they are printed, as the columns stand: read unflagged (one rule
    with an Excel sheet's header cells printed a line each, raw_rows._apart_value_headers)."""
    observations, _ = _read(tmp_path, APART)
    read = [(o["kpi_name"], o["role"], o["period"], Decimal(str(o["value"])), o["unit"], o["uncertain"])
            for o in observations]
    assert read[:3] == [("年間出生数", "baseline", "FY2019", Decimal(132), "人", False),
                        ("年間出生数", "actual", "FY2023", Decimal(118), "人", False),
                        ("年間出生数", "target", "FY2027", Decimal(140), "人", False)]
    assert len(read) == 6


def test_value_headers_printed_after_the_rows_out_of_period_order_are_flagged(tmp_path: Path):
    """Printed target first: which value is whose the text cannot show, every value is flagged."""
    observations, _ = _read(tmp_path, APART.replace("基準値（R1） 実績値（R5） 目標値（R9）",
                                                    "目標値（R9） 基準値（R1） 実績値（R5）"))
    assert len(observations) == 6 and all(o["uncertain"] for o in observations)


def test_a_value_glued_to_its_progress_label_is_cut_before_the_label():
    assert glued_progress("3,900やや遅れ") == ("3,900", "やや遅れ")
    assert glued_progress("90.0%達成") == ("90.0%", "達成")
    assert glued_progress("25遅れ") == ("25", "遅れ")
    assert glued_progress("3歳児健診の受診率") is None
    assert glued_progress("順調") is None


PROGRESS_LEGEND = """\
2019年度 2025年度
指標 単位 進捗 担当課
（基準値） （目標値）
村の総人口 人 4,215 3,900やや遅れ 住民課
特産品の出荷量 t 42.5 50.0順調 産業振興課
進捗 達成：目標を達成 順調：目標に向け順調に推移 やや遅れ・遅れ：基準値から改善していない等
"""


def test_a_legend_of_progress_labels_under_the_rows_is_no_part_of_the_last_row(tmp_path: Path):
    """The legend under the table (`進捗` then each label with its meaning, laid out like a row) is set aside as
    a grade legend: the last row keeps its name and its values (layouts 128, in other words)."""
    observations, indicators = _read(tmp_path, PROGRESS_LEGEND)
    assert set(indicators) == {"村の総人口", "特産品の出荷量"}
    assert [(o["kpi_name"], o["role"], Decimal(str(o["value"]))) for o in observations] == [
        ("村の総人口", "baseline", Decimal(4215)), ("村の総人口", "target", Decimal(3900)),
        ("特産品の出荷量", "baseline", Decimal("42.5")), ("特産品の出荷量", "target", Decimal(50))]


RATES = """\
指標名 単位 達成率 評価 担当課
市民活動団体の登録数 団体 142 160 151 50.0% B 市民協働課
自治会の加入率 ％ 71.8 75.0 69.9 △59.4% C 市民協働課
こもれび市 第２期総合戦略 評価シート
基準値（R1） 目標値（R6） 実績値（R5）
"""


def test_value_headers_printed_after_the_rows_keep_their_printed_order(tmp_path: Path):
    """Calc prints a line of header cells left to right as the columns stand (layouts 224 -raw): the target's
    column before the actual's, whatever their periods; the periods out of order still flag the values."""
    observations, _ = _read(tmp_path, RATES)
    read = {(o["kpi_name"], o["role"]): (o["period"], Decimal(str(o["value"]))) for o in observations}
    assert read[("市民活動団体の登録数", "baseline")] == ("FY2019", Decimal(142))
    assert read[("市民活動団体の登録数", "target")] == ("FY2024", Decimal(160))
    assert read[("市民活動団体の登録数", "actual")] == ("FY2023", Decimal(151))
    assert read[("自治会の加入率", "target")] == ("FY2024", Decimal("75.0"))
    assert read[("自治会の加入率", "actual")] == ("FY2023", Decimal("69.9"))


WRAPPED_NAMES = """\
指標名 単位
人 3 5
年間出生数 人 100 120
件 6 12
基準値（R2） 目標値（R7）
村内で新たに就農した人の数（研修
修了者を含む。）
村産木材を使った住宅の新築・改修
件数
"""


def test_wrapped_names_printed_after_the_rows_name_the_rows_printing_none(tmp_path: Path):
    """Calc prints the wrapped name cells after the rows and their header cells (layouts 223 -raw), each at the
    column's width but its last line: two names over four lines for the two rows printing none, in order; which
    name goes with which row is the order's guess, flagged."""
    observations, _ = _read(tmp_path, WRAPPED_NAMES)
    read = [(o["kpi_name"], o["role"], Decimal(str(o["value"])), o["unit"], o["uncertain"]) for o in observations]
    assert read == [
        ("村内で新たに就農した人の数(研修修了者を含む。)", "baseline", Decimal(3), "人", True),
        ("村内で新たに就農した人の数(研修修了者を含む。)", "target", Decimal(5), "人", True),
        ("年間出生数", "baseline", Decimal(100), "人", True), ("年間出生数", "target", Decimal(120), "人", True),
        ("村産木材を使った住宅の新築・改修件数", "baseline", Decimal(6), "件", True),
        ("村産木材を使った住宅の新築・改修件数", "target", Decimal(12), "件", True)]
