"""`kpi-ingest report` (issue 12 part 4): one self-contained HTML file, readable offline, on the real run."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pandas as pd
import pytest

from analysis.charts import chart_svg
from pipeline.cli import main


@pytest.fixture(scope="module")
def html(dataset, tmp_path_factory) -> str:
    out = tmp_path_factory.mktemp("report") / "report.html"
    assert main(["report", "--dataset", str(dataset.output), "--output", str(out)]) == 0
    return out.read_text(encoding="utf-8")


def test_self_contained(html):
    assert '<meta charset="utf-8">' in html
    assert "<script" not in html and "<link" not in html and "@import" not in html
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", html)  # no fetched resource (xmlns are names)
    assert not re.search(r"url\(\s*['\"]?https?:", html)
    parser = HTMLParser()
    parser.feed(html)  # parses without raising


def test_one_chart_per_scorecard_row_and_japanese_fonts(dataset, html):
    card = pd.read_parquet(dataset.output / "kpi_scorecard.parquet")
    assert html.count("<svg") == len(card)
    assert re.search(r"font-family: \"IPAexGothic\", \"Noto Sans CJK JP\".*?sans-serif;", html, re.S)
    assert "新規求人数" in html and "<svg" in html


def test_sections_a_reader_needs(html):
    for heading in ("Summary of statuses", "Disagreements", "Conflicts", "Revisions between editions",
                    "How the status is computed"):
        assert heading in html
    disagreements = html[html.index('id="disagreements"'):html.index('id="conflicts"')]
    # 002 lines 985-1000: 鉄道利用者数 425.1万人 against 492万人, printed 進捗の遅れ (see test_scorecard)
    assert "鉄道利用者数" in disagreements and "4,251,000人" in disagreements
    revisions = html[html.index('id="revisions"'):]
    assert "年少人口" in revisions  # 001 line 10: 合計特殊出生率 →「年少人口」へ変更


def test_chart_is_deterministic():
    points = pd.DataFrame({"role": ["baseline", "actual", "target"], "period": ["FY2019", "FY2023", "FY2027"],
                           "value": [10.0, 12.0, 20.0]})
    first, second = chart_svg(points, "behind", 20.0), chart_svg(points, "behind", 20.0)
    assert first == second and first.startswith("<svg") and "#cf222e" in first  # behind is red
