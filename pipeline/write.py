"""Rows → validated pyarrow tables → parquet files in a staging folder → swapped in place as a whole.

Atomicity: the dataset is written to `.<output>.staging-<pid>` next to the output folder, every table is
validated before it is written and the files are checked after, and only then the staging folder
replaces the output folder in one step (Linux `renameat2(RENAME_EXCHANGE)`; elsewhere two renames, with
recovery of the previous dataset at the next run if killed between them). A run killed at any moment
leaves the previous dataset in place and readable; leftovers are removed by the next run.

Determinism: rows are sorted by content, files are written with fixed options and no timestamps, and row
groups are cut at fixed row counts, so the same inputs give byte-identical files.
"""

from __future__ import annotations

import ctypes
import os
import shutil
import sys
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from schema.tables import COLUMN_FAMILIES, TABLES, arrow_schema, family_columns
from schema.validate import SchemaViolation, validate_table

#: Sort keys per table: stable, content-based order. `source_file` comes first, so the whole table's order is
#: the documents' rows in file-name order, each document's rows sorted on their own.
SORT_KEYS: dict[str, list[str]] = {
    "observations": ["source_file", "page", "line", "kpi_name", "role", "column_period", "segment", "raw"],
    "indicators": ["source_file", "page", "line", "kpi_name"],
    "documents": ["source_file"],
    "rejects": ["source_file", "page", "line", "raw", "reason"],
}

#: Rows per parquet row group: buffered rows are written when this many have gathered (fixed → deterministic).
ROW_GROUP_ROWS = 65536

#: Fixed writer options (the defaults of today's pyarrow, spelled out so an upgrade cannot change them silently).
PARQUET_OPTIONS: dict[str, Any] = {
    "version": "2.6",
    "compression": "snappy",
    "use_dictionary": True,
    "write_statistics": True,
    "data_page_version": "1.0",
}

_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def checkpoint(stage: str) -> None:
    """A named point of the write (staged, before-swap, swapped …); a no-op that tests replace to kill a run there."""


def _sort_key(keys: list[str]):
    def key(row: dict[str, Any]) -> tuple:
        return tuple((row.get(k) is None, row.get(k) if row.get(k) is not None else "") for k in keys)

    return key


def sorted_rows(name: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows in the table's canonical order (its sort keys; None last)."""
    return sorted(rows, key=_sort_key(SORT_KEYS.get(name, [])))


def build_table(name: str, rows: list[dict[str, Any]], first_row: int = 0) -> pa.Table:
    """A validated table with the canonical schema, rows sorted."""
    ordered = sorted_rows(name, rows)
    columns = [c.name for c in TABLES[name]]
    table = pa.Table.from_pylist([{c: row.get(c) for c in columns} for row in ordered], schema=arrow_schema(name))
    validate_table(name, table, first_row)
    return table


def write_tables(tables: dict[str, pa.Table], folder: Path) -> None:
    """Write whole tables as `<name>.parquet` into a folder atomically (for callers that hold the tables)."""
    with DatasetWriter(folder) as writer:
        for name, table in tables.items():
            writer.add_table(name, table)
        writer.commit()


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one atomic step (Linux renameat2); False where the system cannot."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except AttributeError:
        return False
    result = renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    if result == 0:
        return True
    errno = ctypes.get_errno()
    if errno in (22, 38, 95):  # EINVAL, ENOSYS, EOPNOTSUPP: this file system cannot exchange
        return False
    raise OSError(errno, os.strerror(errno), str(b))


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class DatasetWriter:
    """Writes the tables of one run into a staging folder and swaps it in place on `commit()`.

    Rows are added one document at a time, in file-name order; each batch is sorted and validated before it
    is written, so memory holds one row group, not the dataset.
    """

    def __init__(self, output: Path):
        self.output = output.resolve()
        self.staging = self.output.parent / f".{self.output.name}.staging-{os.getpid()}"
        self._writers: dict[str, pq.ParquetWriter] = {}
        self._buffers: dict[str, list[pa.Table]] = {name: [] for name in TABLES}
        self._buffered: dict[str, int] = dict.fromkeys(TABLES, 0)
        self._written: dict[str, int] = dict.fromkeys(TABLES, 0)

    # -- set-up and recovery -------------------------------------------------------------------------------
    def _siblings(self, kind: str) -> list[tuple[Path, int]]:
        found = []
        for path in self.output.parent.glob(f".{self.output.name}.{kind}-*"):
            pid = path.name.rsplit("-", 1)[1]
            if pid.isdigit():
                found.append((path, int(pid)))
        return found

    def recover(self) -> None:
        """Put back a previous dataset left aside by a killed swap; remove staging folders of dead runs."""
        if not self.output.exists():
            for old, _ in sorted(self._siblings("old")):
                os.rename(old, self.output)
                break
        for kind in ("old", "staging"):
            for path, pid in self._siblings(kind):
                if not _alive(pid) or pid == os.getpid():
                    shutil.rmtree(path, ignore_errors=True)

    def __enter__(self) -> DatasetWriter:
        if self.output.exists() and not self.output.is_dir():
            raise NotADirectoryError(f"output {self.output} exists and is not a folder")
        self.output.parent.mkdir(parents=True, exist_ok=True)
        self.recover()
        self.staging.mkdir()
        for name in TABLES:
            if name not in COLUMN_FAMILIES:  # those get their writer from their first rows (`_writer`)
                self._writer(name, arrow_schema(name))
        return self

    def _writer(self, name: str, schema: pa.Schema) -> pq.ParquetWriter:
        if name not in self._writers:
            self._writers[name] = pq.ParquetWriter(self.staging / f"{name}.parquet", schema, **PARQUET_OPTIONS)
        return self._writers[name]


    def __exit__(self, *exc_info: object) -> None:
        self._close()
        shutil.rmtree(self.staging, ignore_errors=True)

    # -- adding rows ---------------------------------------------------------------------------------------
    def add_rows(self, name: str, rows: list[dict[str, Any]]) -> None:
        """Add one document's rows (or a whole table's rows) to a table; validated before anything is written."""
        if rows:
            self._append(name, build_table(name, rows, self._written[name] + self._buffered[name]))

    def add_table(self, name: str, table: pa.Table) -> None:
        """Add a table that is already sorted; validated before anything is written."""
        validate_table(name, table, self._written[name] + self._buffered[name])
        self._append(name, table)

    def _append(self, name: str, table: pa.Table) -> None:
        self._buffers[name].append(table)
        self._buffered[name] += table.num_rows
        if self._buffered[name] >= ROW_GROUP_ROWS:
            self._flush(name, final=False)

    def _flush(self, name: str, final: bool) -> None:
        if not self._buffers[name]:
            return
        combined = pa.concat_tables(self._buffers[name]).combine_chunks()
        cut = combined.num_rows if final else combined.num_rows - combined.num_rows % ROW_GROUP_ROWS
        if cut:
            self._writer(name, arrow_schema(name, family_columns(name, combined.column_names))).write_table(
                combined.slice(0, cut), row_group_size=ROW_GROUP_ROWS)
            self._written[name] += cut
        rest = combined.slice(cut)
        self._buffers[name] = [rest] if rest.num_rows else []
        self._buffered[name] = rest.num_rows

    def _close(self) -> None:
        for writer in self._writers.values():
            writer.close()
        self._writers.clear()

    # -- commit ----------------------------------------------------------------------------------------------
    def _verify(self) -> None:
        """Re-read each written file's footer: schema and row count as written, or the run fails."""
        for name in TABLES:
            path = self.staging / f"{name}.parquet"
            schema = pq.read_schema(path)
            expected = arrow_schema(name, family_columns(name, schema.names))
            if not schema.equals(expected, check_metadata=False):
                raise SchemaViolation(f"{name}: written file has schema {schema}, expected {expected}")
            rows = pq.read_metadata(path).num_rows
            if rows != self._written[name]:
                raise SchemaViolation(f"{name}: written file has {rows} rows, expected {self._written[name]}")

    def commit(self) -> None:
        """Finish the files, check them, and replace the output folder with them in one step."""
        for name in TABLES:
            self._flush(name, final=True)
            self._writer(name, arrow_schema(name))  # a table without rows: its fixed columns
            checkpoint(f"staged:{name}")
        self._close()
        self._verify()
        checkpoint("before-swap")
        if not self.output.exists():
            os.rename(self.staging, self.output)
            checkpoint("swapped")
            return
        if _exchange(self.staging, self.output):
            checkpoint("swapped")  # the staging path now holds the previous dataset
            shutil.rmtree(self.staging, ignore_errors=True)
            return
        old = self.output.parent / f".{self.output.name}.old-{os.getpid()}"
        os.rename(self.output, old)
        os.rename(self.staging, self.output)
        checkpoint("swapped")
        shutil.rmtree(old, ignore_errors=True)
