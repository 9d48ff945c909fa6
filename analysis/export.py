"""Export a dataset to CSV files (UTF-8 with BOM, so Excel opens Japanese text correctly) or one xlsx workbook.

List cells become readable text (`a; b`); missing values become empty cells.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from schema.load import load_dataset

FORMATS = ("csv", "xlsx")
LIST_SEPARATOR = "; "
#: Excel's limit on a sheet name.
SHEET_NAME_MAX = 31


def readable(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy with list cells joined by LIST_SEPARATOR, categories as plain text."""
    out = frame.copy()
    for column in out.columns:
        if out[column].dtype == object:
            out[column] = out[column].map(lambda v: LIST_SEPARATOR.join(map(str, v)) if isinstance(v, list) else v)
        elif isinstance(out[column].dtype, pd.CategoricalDtype):
            out[column] = out[column].astype("string")
    return out


def export(dataset: Path, output: Path, fmt: str) -> list[Path]:
    """Write every table of `dataset`: CSV files into the folder `output`, or the workbook `output` (xlsx).
    Returns the files written."""
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {FORMATS}, not {fmt!r}")
    tables = load_dataset(dataset)
    if fmt == "csv":
        output.mkdir(parents=True, exist_ok=True)
        written = []
        for name, frame in tables.items():
            path = output / f"{name}.csv"
            readable(frame).to_csv(path, index=False, encoding="utf-8-sig")
            written.append(path)
        return written
    output.parent.mkdir(parents=True, exist_ok=True)
    with pd.ExcelWriter(output, engine="openpyxl") as writer:
        for name, frame in tables.items():
            readable(frame).to_excel(writer, sheet_name=name[:SHEET_NAME_MAX], index=False)
    return [output]
