"""Rows → validated pyarrow tables → parquet files in a staging folder → swapped in place as a whole.

Atomicity: the dataset is written to `.<output>.staging-<pid>` next to the output folder (a hash replaces
the output's name when that name is too long for the suffix to fit in 255 bytes), every table is validated
before it is written and the files are checked after, the manifest that marks the folder as ours
(pipeline/guard.py) is added, and only then the staging folder replaces the output folder in one step
(Linux `renameat2(RENAME_EXCHANGE)`; elsewhere two renames, with recovery of the previous dataset at the
next run if killed between them). A run killed at any moment leaves the previous dataset in place and
readable; leftovers are removed by the next run. A run that fails (disk full, read-only folder, schema
violation, Ctrl-C) removes its staging folder itself and leaves nothing behind.

Determinism: rows are sorted by content, files are written with fixed options and no timestamps, and row
groups are cut at fixed row counts, so the same inputs give byte-identical files.
"""

from __future__ import annotations

import ctypes
import hashlib
import os
import shutil
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline.guard import MANIFEST, TABLE_FILES, manifest_bytes, read_manifest
from schema.tables import COLUMN_FAMILIES, TABLES, arrow_schema, family_columns
from schema.validate import SchemaViolation, validate_table

if TYPE_CHECKING:
    import pyarrow as pa
    import pyarrow.parquet as pq

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


def glob_escape(text: str) -> str:
    """A literal for Path.glob: `[`, `*` and `?` in a folder name are not patterns."""
    import glob

    return glob.escape(text)


def checkpoint(stage: str) -> None:
    """A named point of the write (staged, before-swap, swapped …); a no-op that tests replace to kill a run there."""


def _sort_key(keys: list[str]):
    """Each key field as (is None, value or ""), flattened: one tuple compares as the tuple of those pairs would
    (pair by pair, then within the pair), and each field is looked up once (every row of a run is sorted)."""

    def key(row: dict[str, Any]) -> tuple:
        flat: list = []
        for value in map(row.get, keys):
            flat += (value is None, "" if value is None else value)
        return tuple(flat)

    return key


def sorted_rows(name: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows in the table's canonical order (its sort keys; None last)."""
    return sorted(rows, key=_sort_key(SORT_KEYS.get(name, [])))


def build_table(name: str, rows: list[dict[str, Any]], first_row: int = 0) -> pa.Table:
    """A validated table with the canonical schema, rows sorted."""
    import pyarrow as pa

    from align.analyst import column_of

    ordered = sorted_rows(name, rows)
    # column by column (`column_of`, at C speed): a dict per row for `from_pylist` cost more than the conversion
    table = pa.Table.from_pydict({c.name: column_of(ordered, c.name) for c in TABLES[name]}, schema=arrow_schema(name))
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


def sibling_stem(output: Path) -> str:
    """The prefix of the staging and set-aside folders of an output folder: `.<name>`, or a hash of a long name."""
    name = output.name
    if len(os.fsencode(name)) > 200:  # `.staging-<pid>` must still fit in a 255-byte file name
        name = "kpi-ingest-" + hashlib.sha256(os.fsencode(name)).hexdigest()[:16]
    return f".{name}"


def remove_tree(path: Path) -> None:
    """Remove a folder of ours, also when it was made read-only (best effort: never raises)."""

    def retry(function, target, _error) -> None:
        try:
            os.chmod(os.path.dirname(target), 0o700)
            function(target)
        except OSError:
            pass

    if path.exists() or path.is_symlink():
        shutil.rmtree(path, onerror=retry)


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

    def __init__(self, output: Path, on_swap: Callable[[], None] | None = None):
        self.output = output.resolve()
        self.on_swap = on_swap or (lambda: None)
        self.stem = sibling_stem(self.output)
        self.staging = self.output.parent / f"{self.stem}.staging-{os.getpid()}"
        self._writers: dict[str, pq.ParquetWriter] = {}
        self._buffers: dict[str, list[pa.Table]] = {name: [] for name in TABLES}
        self._buffered: dict[str, int] = dict.fromkeys(TABLES, 0)
        self._written: dict[str, int] = dict.fromkeys(TABLES, 0)

    # -- set-up and recovery -------------------------------------------------------------------------------
    def _siblings(self, kind: str) -> list[tuple[Path, int]]:
        found = []
        for path in self.output.parent.glob(f"{glob_escape(self.stem)}.{kind}-*"):
            pid = path.name.rsplit("-", 1)[1]
            if pid.isdigit():
                found.append((path, int(pid)))
        return found

    def recover(self) -> None:
        """Put back a previous dataset left aside by a killed swap; remove staging and scratch folders of dead runs."""
        if not self.output.exists():
            for old, _ in sorted(self._siblings("old")):
                os.rename(old, self.output)
                break
        for kind in ("old", "staging", "rows"):  # rows: the scratch cache of a --no-cache run (pipeline/run.py)
            for path, pid in self._siblings(kind):
                if not _alive(pid) or (pid == os.getpid() and kind != "rows"):
                    remove_tree(path)

    def __enter__(self) -> DatasetWriter:
        if self.output.exists() and not self.output.is_dir():
            raise NotADirectoryError(f"output {self.output} exists and is not a folder")
        self.output.parent.mkdir(parents=True, exist_ok=True)
        self.recover()
        self.staging.mkdir()
        try:
            for name in TABLES:
                if name not in COLUMN_FAMILIES:  # those get their writer from their first rows (`_writer`)
                    self._writer(name, arrow_schema(name))
        except BaseException:
            self.__exit__()
            raise
        return self

    def _writer(self, name: str, schema: pa.Schema) -> pq.ParquetWriter:
        import pyarrow.parquet as pq

        if name not in self._writers:
            self._writers[name] = pq.ParquetWriter(self.staging / f"{name}.parquet", schema, **PARQUET_OPTIONS)
        return self._writers[name]


    def __exit__(self, *exc_info: object) -> None:
        try:
            self._close(quietly=True)
        finally:
            remove_tree(self.staging)

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
        import pyarrow as pa

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

    def _close(self, quietly: bool = False) -> None:
        """Close every file; the first failure is raised after all are closed (none when `quietly`)."""
        failure: BaseException | None = None
        for writer in self._writers.values():
            try:
                writer.close()
            except Exception as error:  # disk full while writing the footer
                failure = failure or error
                writer.is_open = False  # else its __del__ tries again and prints "Exception ignored"
                if writer.file_handle is not None:
                    try:
                        writer.file_handle.close()
                    except Exception:
                        pass
        self._writers.clear()
        if failure is not None and not quietly:
            raise failure

    # -- commit ----------------------------------------------------------------------------------------------
    def _verify(self) -> None:
        """Re-read each written file's footer: schema and row count as written, or the run fails."""
        import pyarrow.parquet as pq

        for name in TABLES:
            path = self.staging / f"{name}.parquet"
            schema = pq.read_schema(path)
            expected = arrow_schema(name, family_columns(name, schema.names))
            if not schema.equals(expected, check_metadata=False):
                raise SchemaViolation(f"{name}: written file has schema {schema}, expected {expected}")
            rows = pq.read_metadata(path).num_rows
            if rows != self._written[name]:
                raise SchemaViolation(f"{name}: written file has {rows} rows, expected {self._written[name]}")

    def commit(self, made_from: dict[str, str] | None = None) -> None:
        """Finish the files, check them, and replace the output folder with them in one step. `made_from`: what
        the dataset was made from, recorded in its manifest (see `unchanged`)."""
        for name in TABLES:
            self._flush(name, final=True)
            self._writer(name, arrow_schema(name))  # a table without rows: its fixed columns
            checkpoint(f"staged:{name}")
        self._close()
        self._verify()
        manifest = self.staging / MANIFEST
        with manifest.open("wb") as handle:
            handle.write(manifest_bytes(self.staging, made_from))
        checkpoint("before-swap")
        if not self.output.exists():
            os.rename(self.staging, self.output)
            self.on_swap()
            checkpoint("swapped")
            return
        if _exchange(self.staging, self.output):
            self.on_swap()
            checkpoint("swapped")  # the staging path now holds the previous dataset
            remove_tree(self.staging)
            return
        old = self.output.parent / f"{self.stem}.old-{os.getpid()}"
        os.rename(self.output, old)
        try:
            os.rename(self.staging, self.output)
        except BaseException:
            os.rename(old, self.output)
            raise
        self.on_swap()
        checkpoint("swapped")
        remove_tree(old)


def unchanged(output: Path, made_from: dict[str, str]) -> bool:
    """Whether `output` holds, intact, the dataset a run made from `made_from` writes: its manifest records
    exactly `made_from` and every table, the folder holds nothing else, and each table file's bytes still have the
    SHA-256 the manifest records (a file edited, truncated or removed since is rewritten). Leftovers of killed runs
    next to it are cleared first, as a writing run does (`DatasetWriter.recover`)."""
    DatasetWriter(output).recover()
    manifest = read_manifest(output)
    if manifest is None or manifest.get("made_from") != made_from or set(manifest.get("tables", ())) != TABLE_FILES:
        return False
    try:
        if {p.name for p in output.iterdir()} != TABLE_FILES | {MANIFEST}:
            return False
        return (output / MANIFEST).read_bytes() == manifest_bytes(output, made_from)
    except OSError:
        return False
