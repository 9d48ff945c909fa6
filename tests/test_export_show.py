"""`kpi-ingest export` (CSV with BOM, xlsx) and `kpi-ingest show NAME` (issue 12 part 6) on the real run."""

from __future__ import annotations

import csv

import openpyxl
import pandas as pd

from analysis.show import find
from pipeline.cli import main
from schema import TABLES


def test_csv_has_bom_readable_lists_and_every_row(dataset, tmp_path):
    assert main(["export", "--dataset", str(dataset.output), "--format", "csv", "--output", str(tmp_path)]) == 0
    assert sorted(p.stem for p in tmp_path.glob("*.csv")) == sorted(TABLES)
    raw = (tmp_path / "kpi_catalog.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM: Excel opens Japanese text correctly
    with (tmp_path / "kpi_catalog.csv").open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == len(pd.read_parquet(dataset.output / "kpi_catalog.parquet"))
    # 002 line 11 / 003 line 115 print 新規求人数; its files are listed as text, not as a Python list
    job = next(r for r in rows if r["canonical_name"] == "新規求人数")
    assert "; " in job["source_files"] and "[" not in job["source_files"]


def test_xlsx_has_one_sheet_per_table(dataset, tmp_path):
    path = tmp_path / "kpi.xlsx"
    assert main(["export", "--dataset", str(dataset.output), "--format", "xlsx", "--output", str(path)]) == 0
    book = openpyxl.load_workbook(path, read_only=True)
    assert sorted(book.sheetnames) == sorted(TABLES)
    sheet = book["kpi_scorecard"]
    header = [c.value for c in next(sheet.iter_rows(max_row=1))]
    rows = [dict(zip(header, (c.value for c in row), strict=True)) for row in sheet.iter_rows(min_row=2)]
    # 002 line 11: 新規求人数 令和5年度 実績値 1,472件
    job = next(r for r in rows if r["kpi_name"] == "新規求人数" and r["plan"] == "strategy")
    assert job["actual_FY2023"] == 1472


def test_find_is_fuzzy(dataset):
    catalog = pd.read_parquet(dataset.output / "kpi_catalog.parquet")
    assert find(catalog, "新規求人")[0][1] == "新規求人数"
    assert find(catalog, "ふるさと納税寄附件数")[0][1] == "ふるさと納税寄付件数"  # 寄附 spelled as 004 prints it
    assert find(catalog, "xyzzy") == []


def test_show_prints_the_series(dataset, capsys):
    assert main(["show", "健康寿命", "--dataset", str(dataset.output)]) == 0
    out = capsys.readouterr().out
    # 002 lines 796-803: 77.67 (※変更前) and 79.4 (※変更後) for 男性, 令和4年
    assert "77.67" in out and "79.4" in out and "変更後" in out
    assert main(["show", "xyzzy", "--dataset", str(dataset.output)]) == 1
