"""The loader (issue 12 part 3): every table with its documented dtypes; polars and DuckDB read the files as
they are written."""

from __future__ import annotations

import pandas as pd
import pytest

from schema import TABLES, load_dataset
from schema.load import pandas_dtype
from schema.tables import family_columns


@pytest.fixture(scope="module")
def ds(dataset):
    return load_dataset(dataset.output)


def test_every_table_with_its_documented_dtypes(ds):
    assert set(ds) == set(TABLES)
    for name, columns in TABLES.items():
        frame = ds[name]
        assert [c.name for c in columns] == [c for c in frame.columns if not family_columns(name, [c])]
        for column in columns:
            expected = pandas_dtype(name, column)
            actual = str(frame[column.name].dtype)
            if expected == "object (list)":
                assert actual == "object" and all(isinstance(v, list) for v in frame[column.name]), (name, column)
            else:
                assert actual == expected, (name, column.name, actual, expected)


def test_attribute_access_and_categories(ds):
    assert ds.kpi_scorecard is ds["kpi_scorecard"]
    assert list(ds.observations["role"].cat.categories) == ["actual", "baseline", "target"]
    # a pivot over a categorical key keeps the observed rows only (observed=True) and loses none of them
    counts = ds.observations.groupby("role", observed=True).size()
    assert counts.sum() == len(ds.observations)


def test_missing_folder_is_named(tmp_path):
    with pytest.raises(FileNotFoundError, match="not a kpi-ingest dataset"):
        load_dataset(tmp_path)


def test_polars_reads_the_files(dataset):
    import polars as pl
    for name in TABLES:
        frame = pl.read_parquet(dataset.output / f"{name}.parquet")
        assert frame.height == len(pd.read_parquet(dataset.output / f"{name}.parquet"))
    page = pl.read_parquet(dataset.output / "observations.parquet")["page"]
    assert page.dtype == pl.Int32


def test_duckdb_reads_the_files(dataset):
    import duckdb
    card = (dataset.output / "kpi_scorecard.parquet").as_posix()
    rows = duckdb.sql(f"select kpi_name, actual_FY2023, computed_status from '{card}' "
                      "where plan = 'strategy' and kpi_name = '新規求人数'").fetchall()
    assert rows == [("新規求人数", 1472.0, "nearly_on_track")]  # 002 line 11 (see test_scorecard)
    series = (dataset.output / "kpi_series.parquet").as_posix()
    assert duckdb.sql(f"select count(*) from '{series}' where segment is null").fetchall() == [(0,)]


def test_data_dictionary_is_generated_from_the_schema():
    from pathlib import Path

    from schema.dictionary import render

    assert (Path(__file__).resolve().parents[1] / "schema" / "DATA_DICTIONARY.md").read_text(encoding="utf-8") == \
        render(), "run: python -m schema.dictionary"
