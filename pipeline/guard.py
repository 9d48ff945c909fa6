"""What the tool may replace: checked once, before any document is read.

The run replaces its output folder as a whole (pipeline/write.py swaps a staging folder in). That is only
safe for a folder the tool owns, so the output folder must be

- new (absent) or empty, or
- a dataset this tool wrote: it holds the manifest `MANIFEST` (written with every dataset) and nothing but
  the manifest and the table files. A folder holding only table files (`documents.parquet` …) is a dataset
  written before manifests existed and is accepted too.

and it must not be the input folder, hold the input folder, or lie inside it (the input would be swapped
away, or the dataset read as input). The cache must not lie inside the output folder (it would be swapped
away with the old dataset). Anything else is refused with one line (`RefusedPaths`, exit 2).
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from pipeline.names import escape_name
from schema.tables import TABLES

#: The file that marks a folder as a dataset written by this tool (a dotfile: parquet readers skip it).
MANIFEST = ".kpi-ingest-dataset.json"
MANIFEST_TOOL = "kpi-ingest"
TABLE_FILES = frozenset(f"{name}.parquet" for name in TABLES)


class RefusedPaths(Exception):
    """The input, output or cache paths are unsafe or unusable; nothing was read or written."""


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def manifest_bytes(folder: Path, made_from: dict[str, str] | None = None) -> bytes:
    """The manifest of a staged dataset: the tool's name, each table file's SHA-256 (no timestamps) and, when
    given, what the run made it from (`made_from`: keys of its inputs, see pipeline/run.py)."""
    tables = {}
    for path in sorted(folder.iterdir()):
        if path.name in TABLE_FILES:
            digest = hashlib.sha256()
            with path.open("rb") as handle:
                while chunk := handle.read(1 << 20):
                    digest.update(chunk)
            tables[path.name] = digest.hexdigest()
    manifest: dict[str, object] = {"tool": MANIFEST_TOOL, "tables": tables}
    if made_from:
        manifest["made_from"] = made_from
    return (json.dumps(manifest, indent=1, sort_keys=True) + "\n").encode()


def read_manifest(folder: Path) -> dict | None:
    """The manifest of a dataset folder, or None (absent, unreadable, not ours)."""
    try:
        data = json.loads((folder / MANIFEST).read_bytes())
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and data.get("tool") == MANIFEST_TOOL else None


def check_output_owned(output: Path) -> None:
    """Refuse an output folder the tool did not write (see the module docstring)."""
    if not output.exists():
        if output.is_symlink():
            raise RefusedPaths(f"output {escape_name(output)} is a broken symbolic link")
        return
    if not output.is_dir():
        raise RefusedPaths(f"output {escape_name(output)} exists and is not a folder")
    try:
        entries = {p.name for p in output.iterdir()}
    except OSError as error:
        raise RefusedPaths(f"output folder {escape_name(output)} cannot be listed: {error.strerror}") from None
    if not entries:
        return
    foreign = sorted(entries - TABLE_FILES - {MANIFEST})
    if MANIFEST in entries and read_manifest(output) is None:
        foreign.insert(0, MANIFEST)
    if foreign:
        shown = ", ".join(escape_name(name) for name in foreign[:3]) + (" …" if len(foreign) > 3 else "")
        raise RefusedPaths(f"output folder {escape_name(output)} holds files kpi-ingest did not write ({shown}); "
                           "it replaces only an empty folder or a dataset it wrote; choose another --output")


def check_paths(input_dir: Path, output: Path, cache: Path | None) -> None:
    """Refuse paths that would make the run delete or read what it must not (see the module docstring)."""
    if input_dir.exists() and not input_dir.is_dir():
        raise RefusedPaths(f"--input {escape_name(input_dir)} is a file; give the folder that holds the documents")
    if not input_dir.is_dir():
        raise RefusedPaths(f"input folder not found: {escape_name(input_dir)}")
    if not os.access(input_dir, os.R_OK | os.X_OK):
        raise RefusedPaths(f"input folder cannot be read: {escape_name(input_dir)}")
    source, target = input_dir.resolve(), output.resolve()
    if target == source:
        raise RefusedPaths(f"--output {escape_name(output)} is the input folder; the dataset would replace the "
                           "documents; choose another folder")
    if _inside(source, target):
        raise RefusedPaths(f"--output {escape_name(output)} holds the input folder {escape_name(input_dir)}; "
                           "replacing it would delete the documents; choose another folder")
    if _inside(target, source):
        raise RefusedPaths(f"--output {escape_name(output)} lies inside the input folder {escape_name(input_dir)}; "
                           "choose a folder outside it")
    if cache is not None and _inside(cache.resolve(), target):
        raise RefusedPaths(f"--cache {escape_name(cache)} lies inside the output folder, which is replaced on "
                           "every run; choose a folder outside it")
    check_output_owned(target)
