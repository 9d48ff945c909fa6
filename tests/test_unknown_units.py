"""Units of environment, energy and primary-industry KPIs, and units no vocabulary names (units17): a value cell
holding a number and its unit is read in every text shape, never dropped. Invented texts in the shapes of a tab
export, `pdftotext -raw` (single spaces) and `pdftotext -layout` (columns by position); expectations read by hand
from the text. On the old code the tab table gave `not a number` cells, the `-raw` table ended at its `286L` row
(four rows of five lost without a trace) and the `-layout` table joined its four rows into one."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from ingest.document import load
from ingest.registry import extract
from records import extraction_records

TAB = """桜野市 第２期環境基本計画 成果指標

基本目標１　脱炭素のまちづくり

No.\t指標名\t基準値（令和元年度）\t目標値（令和７年度）\t担当課
1\t市民一人一日当たりの水道使用量\t286L\t270L\t上下水道課
2\t公共施設の電力使用量\t1,250MWh\t1,100MWh\t環境政策課
3\t市の事務事業に伴うCO2排出量\t12,400t-CO2\t9,800t-CO2\t環境政策課
4\t乳用牛の飼養頭数\t1,320頭\t1,400頭\t農政課
5\t漁船の登録数\t48隻\t45隻\t水産課
6\tボランティア活動延べ日数\t3,200人日\t4,000人日\t市民協働課
"""

RAW = """青浜市 地球温暖化対策実行計画（事務事業編） 進捗管理指標

基本目標２ 循環型社会の形成

指標名 基準値 (令和2年度) 現状値 (令和5年度) 目標値 (令和12年度) 所管課
市民一人一日当たりのごみ排出量 912g 880g 800g 環境課
市民一人一日当たりの水道使用量 286L 279L 270L 上下水道課
市有施設の温室効果ガス排出量 8,450t-CO2 7,920t-CO2 5,900t-CO2 環境課
公衆無線LANの通信速度 100Mbps 300Mbps 1,000Mbps 情報政策課
採卵鶏の飼養羽数 52,000羽 50,500羽 55,000羽 農林課
"""

LAYOUT = """                         緑ヶ丘町 第３次総合計画 成果指標一覧

  基本目標３ 安心して暮らせるまち

   指標名                              基準値           目標値          担当課
                                     （令和３年度）   （令和８年度）
   太陽光発電設備の導入容量             1,850kW          3,000kW         環境保全課
   町営バスの平均運行速度               18km/h           22km/h          交通政策課
   観光船の運航隻数                     6隻              8隻             商工観光課
   道の駅レストランの客席数             120席            150席           商工観光課
"""


def _read(tmp_path: Path, text: str) -> list[tuple[str, str, str, Decimal | None, str | None, bool]]:
    path = tmp_path / "kpi.txt"
    path.write_text(text, encoding="utf-8")
    observations, _, _ = extraction_records(extract(load(path)))
    return [(o["kpi_name"], o["role"], o["period"], o["value"], o["unit"], o["uncertain"]) for o in observations]


def _values(found: list[tuple]) -> list[tuple]:
    return [(name, period, value, unit) for name, _, period, value, unit, _ in found]


def test_a_tab_table_of_litres_energy_co2_and_counters(tmp_path: Path) -> None:
    found = _read(tmp_path, TAB)
    assert _values(found) == [
        ("市民一人一日当たりの水道使用量", "FY2019", Decimal(286), "L"),
        ("市民一人一日当たりの水道使用量", "FY2025", Decimal(270), "L"),
        ("公共施設の電力使用量", "FY2019", Decimal(1250), "MWh"),
        ("公共施設の電力使用量", "FY2025", Decimal(1100), "MWh"),
        ("市の事務事業に伴うCO2排出量", "FY2019", Decimal(12400), "t-CO2"),
        ("市の事務事業に伴うCO2排出量", "FY2025", Decimal(9800), "t-CO2"),
        ("乳用牛の飼養頭数", "FY2019", Decimal(1320), "頭"),
        ("乳用牛の飼養頭数", "FY2025", Decimal(1400), "頭"),
        ("漁船の登録数", "FY2019", Decimal(48), "隻"),
        ("漁船の登録数", "FY2025", Decimal(45), "隻"),
        ("ボランティア活動延べ日数", "FY2019", Decimal(3200), "人日"),
        ("ボランティア活動延べ日数", "FY2025", Decimal(4000), "人日"),
    ]
    assert not any(uncertain for *_, uncertain in found)


def test_a_raw_table_reads_every_row_and_flags_the_unit_no_vocabulary_names(tmp_path: Path) -> None:
    found = _read(tmp_path, RAW)
    by_name: dict[str, list[tuple]] = {}
    for name, role, period, value, unit, uncertain in found:
        by_name.setdefault(name, []).append((role, period, value, unit, uncertain))
    assert by_name == {
        "市民一人一日当たりのごみ排出量": [("baseline", "FY2020", Decimal(912), "g", False),
                                   ("baseline", "FY2023", Decimal(880), "g", False),
                                   ("target", "FY2030", Decimal(800), "g", False)],
        "市民一人一日当たりの水道使用量": [("baseline", "FY2020", Decimal(286), "L", False),
                                   ("baseline", "FY2023", Decimal(279), "L", False),
                                   ("target", "FY2030", Decimal(270), "L", False)],
        "市有施設の温室効果ガス排出量": [("baseline", "FY2020", Decimal(8450), "t-CO2", False),
                                  ("baseline", "FY2023", Decimal(7920), "t-CO2", False),
                                  ("target", "FY2030", Decimal(5900), "t-CO2", False)],
        # `Mbps` is in no vocabulary: the figures are read with the unit as printed, and flagged
        "公衆無線LANの通信速度": [("baseline", "FY2020", Decimal(100), "Mbps", True),
                              ("baseline", "FY2023", Decimal(300), "Mbps", True),
                              ("target", "FY2030", Decimal(1000), "Mbps", True)],
        "採卵鶏の飼養羽数": [("baseline", "FY2020", Decimal(52000), "羽", False),
                         ("baseline", "FY2023", Decimal(50500), "羽", False),
                         ("target", "FY2030", Decimal(55000), "羽", False)],
    }


@pytest.mark.parametrize(("name", "values"), [
    ("太陽光発電設備の導入容量", [(Decimal(1850), "kW", False), (Decimal(3000), "kW", False)]),
    ("町営バスの平均運行速度", [(Decimal(18), "km/h", True), (Decimal(22), "km/h", True)]),  # no unit: flagged
    ("観光船の運航隻数", [(Decimal(6), "隻", False), (Decimal(8), "隻", False)]),
    ("道の駅レストランの客席数", [(Decimal(120), "席", False), (Decimal(150), "席", False)]),
])
def test_a_layout_table_keeps_its_rows_apart(tmp_path: Path, name: str, values: list[tuple]) -> None:
    found = [(period, value, unit, uncertain) for kpi, _, period, value, unit, uncertain in _read(tmp_path, LAYOUT)
             if kpi == name]
    assert [period for period, *_ in found] == ["FY2021", "FY2026"]
    assert [(value, unit, uncertain) for _, value, unit, uncertain in found] == values


#: Kanji counters no vocabulary names (`艇`, `脚`, loss18) in a `-raw` table: on the old code the two rows printing
#: them were glued into the name of the next row (`貸出用カヌーの保有数12艇15艇20艇産業振興課…整備延長`), their six
#: values lost without a reject or a warning.
RAW_COUNTERS = """湊川町 第２期まち・ひと・しごと創生総合戦略 重要業績評価指標

基本目標１ 海とともに暮らすまち

指標名 基準値 (令和元年度) 現状値 (令和５年度) 目標値 (令和７年度) 担当課
町営マリーナの利用者数 4,200人 4,650人 5,000人 産業振興課
貸出用カヌーの保有数 12艇 15艇 20艇 産業振興課
海水浴場の休憩用ベンチ数 30脚 36脚 40脚 建設課
漁港の防波堤の整備延長 850m 920m 1,000m 建設課
移住相談件数 18件 26件 40件 企画課
"""


def test_a_raw_table_reads_the_rows_of_kanji_counters_no_vocabulary_names(tmp_path: Path) -> None:
    found = _read(tmp_path, RAW_COUNTERS)
    by_name: dict[str, list[tuple]] = {}
    for name, role, period, value, unit, uncertain in found:
        by_name.setdefault(name, []).append((role, period, value, unit, uncertain))
    assert by_name == {
        "町営マリーナの利用者数": [("baseline", "FY2019", Decimal(4200), "人", False),
                          ("baseline", "FY2023", Decimal(4650), "人", False),
                          ("target", "FY2025", Decimal(5000), "人", False)],
        # `艇` and `脚` are in no vocabulary: the figures are read with the counter as printed, and flagged
        "貸出用カヌーの保有数": [("baseline", "FY2019", Decimal(12), "艇", True),
                         ("baseline", "FY2023", Decimal(15), "艇", True),
                         ("target", "FY2025", Decimal(20), "艇", True)],
        "海水浴場の休憩用ベンチ数": [("baseline", "FY2019", Decimal(30), "脚", True),
                           ("baseline", "FY2023", Decimal(36), "脚", True),
                           ("target", "FY2025", Decimal(40), "脚", True)],
        "漁港の防波堤の整備延長": [("baseline", "FY2019", Decimal(850), "m", False),
                          ("baseline", "FY2023", Decimal(920), "m", False),
                          ("target", "FY2025", Decimal(1000), "m", False)],
        "移住相談件数": [("baseline", "FY2019", Decimal(18), "件", False),
                   ("baseline", "FY2023", Decimal(26), "件", False),
                   ("target", "FY2025", Decimal(40), "件", False)],
    }
