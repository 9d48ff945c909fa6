"""The sample PDFs in tests/fixtures/pdf/ (renderings of raw_docs/002 and 003 tables).

Expected values below were read by hand from the PDFs (pdfplumber extract_text per page) and from
raw_docs/002_*.txt / 003_*.txt. The equivalence tests compare with the hand-checked golden files of the text
documents; they fail until those golden files exist (they are written by the text front ends).
"""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest

from ingest.document import load
from ingest.pdf.frontend import PdfFrontEnd
from records import GOAL_SEPARATOR, extraction_records
from tests.golden_io import GOLDEN_DIR, _format

FIXTURES = Path(__file__).parent / "fixtures" / "pdf"
SHEET = FIXTURES / "sample_kensho_sheet_r5.pdf"
STRATEGY = FIXTURES / "sample_strategy_kpi.pdf"
COMPARED = ["kpi_name", "role", "period", "value", "unit", "segment", "uncertain"]


@pytest.fixture(scope="module")
def sheet():
    return extraction_records(PdfFrontEnd().extract(load(SHEET), None))


@pytest.fixture(scope="module")
def strategy():
    return extraction_records(PdfFrontEnd().extract(load(STRATEGY), None))


def _by(observations: list[dict], name: str, role: str) -> list[tuple]:
    return sorted((o["period"], o["segment"], o["value"], o["unit"]) for o in observations
                  if o["kpi_name"] == name and o["role"] == role)


def test_sheet_rows_pages_and_values(sheet):
    observations, indicators, rejects = sheet
    assert len(indicators) == 47  # 11 + 6 + 9 + 4 + 11 + 6 KPI rows on pages 1-6
    assert all(r["page"] in range(1, 7) for r in observations + indicators)
    assert {i["kpi_name"]: i["page"] for i in indicators}["刑法犯認知件数"] == 6
    assert _by(observations, "製造品出荷額等", "baseline") == [("CY2018", None, 1194200000000, "円")]
    assert _by(observations, "年間観光入込客数", "target") == [("FY2023", None, 3780000, "人"),
                                                      ("FY2027", None, 3650000, "人")]
    assert ("CY2019", "男性", 77.41, "歳") in _by(observations, "健康寿命", "baseline")
    by_name = {i["kpi_name"]: i for i in indicators}
    assert by_name["新技術・新製品等の開発数"]["progress"] == "進捗の遅れ"
    assert by_name["新技術・新製品等の開発数"]["department"] == "商工労働課"
    assert by_name["新規求人数"]["goal"] == "1 しごとの創生 / 1-1 安定した雇用の創出"
    assert by_name["ほ場整備面積"]["goal"] == "1 しごとの創生 / 1-1 安定した雇用の創出 / ④ 農業の成長産業化"
    # the `主な取組・事業実施状況` paragraphs are each indicator's commentary (they were one reject a row before the
    # commentary column): nothing rejected, every indicator keeps its paragraph under its header
    assert rejects == []
    assert all(any("①主な取組・事業実施状況" in c.split(": ")[0] for c in i["commentary"]) for i in indicators)


def test_strategy_rows_pages_and_values(strategy):
    observations, indicators, rejects = strategy
    assert len(indicators) == 48
    pages = {i["kpi_name"]: i["page"] for i in indicators}
    assert pages["新規求人数"] == 1 and pages["危険空き家除却件数(累計)"] == 13
    assert all(o["page"] is not None for o in observations)
    assert _by(observations, "鉄道利用者数", "baseline") == [("FY2018", None, 4907000, "人")]
    assert _by(observations, "英語の学習が楽しいと感じている児童・生徒の割合", "target") == [
        ("FY2027", "中学校", 85.0, "%"), ("FY2027", "小学校", 90.0, "%")]
    by_name = {i["kpi_name"]: i for i in indicators}
    assert by_name["年少人口"]["kind"] == "数値目標"
    assert by_name["放課後児童クラブ数"]["goal"] == (
        "2 ひとの創生 / 2-1 結婚・出産・子育ての希望の実現 / ② 子育て支援の充実")
    assert rejects == []


def _golden(prefix: str, name: str) -> list[dict]:
    found = sorted(GOLDEN_DIR.glob(f"{prefix}_*.{name}.csv"))
    assert found, f"no golden file {prefix}_*.{name}.csv yet (written with the text front end)"
    with found[0].open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _goal_head(goal: str) -> str:
    """Basic goal and sub-goal only: the PDF knows each row's measure from merged cells, the text may not."""
    return GOAL_SEPARATOR.join(goal.split(GOAL_SEPARATOR)[:2])


@pytest.mark.parametrize(("prefix", "sample"), [("002", "sheet"), ("003", "strategy")])
def test_pdf_equals_text_document(prefix: str, sample: str, request):
    observations, indicators, _ = request.getfixturevalue(sample)
    expected = Counter(tuple(row[c] for c in COMPARED) for row in _golden(prefix, "observations"))
    actual = Counter(tuple(_format(o[c]) for c in COMPARED) for o in observations)
    assert actual == expected, (f"only in PDF: {sorted((actual - expected).elements())}\n"
                                f"only in text: {sorted((expected - actual).elements())}")
    expected_goals = {row["kpi_name"]: _goal_head(row["goal"]) for row in _golden(prefix, "indicators")}
    assert {i["kpi_name"]: _goal_head(i["goal"]) for i in indicators} == expected_goals
