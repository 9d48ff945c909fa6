"""pdfplumber's text of a sheet with goal columns (`基本目標 具体的な施策 区分 指標名 …`): the lines printed beside a
row's line of values are placed by a guess only where a goal cell's piece could have been read as the name's.

A line whose text follows a typed cell right of the goal columns (`KPI 製造品出荷額`), a line of the values' years, a
reason's lines in the reason column, and the name's lines around a line of values printing no name (a centred name
can only stand around its values) leave the row's values certain; a lone piece beside a row that prints its name
(`創出`, the goal cell's last line, or the name's?) keeps them in doubt.

The document is invented. Every expected value was worked out by hand from its text: `（令和元年度）` is FY2019,
`令和４年度` FY2022, `（令和９年度）` FY2027, `（平成30年）` CY2018, `3,500億円` 350,000,000,000 円.
"""

from __future__ import annotations

from tests.text_records import read_records

SHEET = """計画最終年度
基準値 令和４年度 令和５年度 令和５年度
基本目標 具体的な施策 区分 指標名 目標値 担当課 進捗状況 進捗が遅れている理由
（令和元年度） 実績値 実績値 目標値
（令和９年度）
1 しごとをつくる
1-1 地域の雇用の 数値目標 新規求人数 1,200件 1,250件 1,300件 1,350件 1,400件 産業振興課 順調に進捗
創出
KPI 創業相談件数 10件 12件 14件 15件 20件 産業振興課 順調に進捗
感染症の影響で説明会の
KPI 企業説明会の開催回数 4回 2回 3回 5回 6回 産業振興課 進捗の遅れ
開催を見送ったため。
市内企業の合同説明会への
KPI 41人 40人 46人 48人 50人 産業振興課 概ね順調に進捗
参加者数
3,500億円 3,600億円 3,700億円 3,800億円 3,900億円
KPI 製造品出荷額 企業立地課 概ね順調に進捗
（平成30年） （令和2年） （令和3年） （令和3年） （令和8年）
KPI 新規就農者数 21人 27人 30人 31人 35人 農政課 順調に進捗
"""


def _read() -> list[dict]:
    return read_records(SHEET, "plumber.txt")[0]


def _row(observations: list[dict], name: str) -> list[tuple]:
    return [(o["role"], o["period"], o["value"], o["unit"], bool(o.get("uncertain")))
            for o in observations if o["kpi_name"] == name]


def test_the_names_lines_around_a_line_of_values_printing_no_name_are_the_names():
    assert _row(_read(), "市内企業の合同説明会への参加者数") == [
        ("baseline", "FY2019", 41, "人", False), ("actual", "FY2022", 40, "人", False),
        ("actual", "FY2023", 46, "人", False), ("target", "FY2023", 48, "人", False),
        ("target", "FY2027", 50, "人", False)]


def test_a_name_after_the_kind_word_and_the_values_years_beside_the_values_are_the_rows():
    assert _row(_read(), "製造品出荷額") == [
        ("baseline", "CY2018", 350_000_000_000, "円", False), ("actual", "CY2020", 360_000_000_000, "円", False),
        ("actual", "CY2021", 370_000_000_000, "円", False), ("target", "CY2021", 380_000_000_000, "円", False),
        ("target", "CY2026", 390_000_000_000, "円", False)]


def test_a_reasons_lines_in_the_reason_column_leave_the_values_certain():
    assert _row(_read(), "企業説明会の開催回数") == [
        ("baseline", "FY2019", 4, "回", False), ("actual", "FY2022", 2, "回", False),
        ("actual", "FY2023", 3, "回", False), ("target", "FY2023", 5, "回", False),
        ("target", "FY2027", 6, "回", False)]


def test_a_lone_piece_beside_a_row_printing_its_name_keeps_the_row_in_doubt():
    """`創出` under `1-1 地域の雇用の … 新規求人数 …`: the goal cell's last line or the name's, a guess."""
    assert all(uncertain for *_, uncertain in _row(_read(), "新規求人数"))
