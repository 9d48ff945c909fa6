"""Load a written dataset as pandas DataFrames with the documented dtypes.

    from schema import load_dataset
    ds = load_dataset("extracted")
    ds.kpi_scorecard            # or ds["kpi_scorecard"]

dtypes (also in DATA_DICTIONARY.md): int32 → `Int32` (nullable; a text document's `page` is <NA>), enumerated
columns (schema.tables.ENUMS: role, plan, kind, doc_type, change, statuses …) → `category` with every allowed value
as a category, other strings → `string`, float64 → `float64`, bool → `bool`, lists → Python lists.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from schema.tables import ENUMS, TABLES, Column


def pandas_dtype(table: str, column: Column) -> str:
    """The pandas dtype `load_dataset` gives a column, as a name."""
    if (table, column.name) in ENUMS:
        return "category"
    if pa.types.is_int32(column.type):
        return "Int32"
    if pa.types.is_string(column.type):
        return "string"
    if pa.types.is_list(column.type):
        return "object (list)"
    return str(column.type.to_pandas_dtype().__name__)


class Dataset(dict):
    """Table name → DataFrame; tables are also attributes (`ds.kpi_series`)."""

    def __getattr__(self, name: str) -> pd.DataFrame:
        try:
            return self[name]
        except KeyError as error:
            raise AttributeError(name) from error


def _frame(table: str, path: Path) -> pd.DataFrame:
    arrow = pq.read_table(path)
    frame = arrow.to_pandas(types_mapper={pa.int32(): pd.Int32Dtype(), pa.string(): pd.StringDtype()}.get)
    for index, field in enumerate(arrow.schema):
        if pa.types.is_list(field.type):  # pyarrow gives numpy arrays; lists print and compare as expected
            frame[field.name] = pd.Series(arrow.column(index).to_pylist(), index=frame.index, dtype=object)
    for (name, column), allowed in ENUMS.items():
        if name == table and column in frame.columns:
            frame[column] = pd.Categorical(frame[column], categories=sorted(allowed))
    return frame


def load_dataset(folder: str | Path) -> Dataset:
    """Every table of the dataset in `folder` (the output of `kpi-ingest run`) with its documented dtypes."""
    folder = Path(folder)
    missing = [name for name in TABLES if not (folder / f"{name}.parquet").exists()]
    if missing:
        raise FileNotFoundError(f"{folder}: not a kpi-ingest dataset (missing {', '.join(missing)})")
    return Dataset({name: _frame(name, folder / f"{name}.parquet") for name in TABLES})
