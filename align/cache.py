"""The alignment result, cached: a rerun with the same documents, overrides and code does not align again.

    store = AlignmentCache(folder)                       # the document cache's fingerprint folder
    key = alignment_key(documents, overrides_path, fingerprint)
    hit = store.get(key)                                 # Aligned(ids, tables) or None
    store.put(key, ids, tables)

The key is a SHA-256 of everything the result depends on:
- the documents aligned, as (source_file, sha256, kind) of their cache entries: a document's rows are a
  function of its bytes and the extractor (`fingerprint`, the document cache's, names the extractor), and its
  file name is part of every mention id;
- the overrides file's bytes (merge, keep apart, pin decisions are read on every run);
- the alignment code: the sources of `align/`, `normalize/` (name forms, vocabulary) and `schema/` (the
  analyst tables' columns), `ALIGN_VERSION` and the versions of the libraries that compare names.
The number of workers is not part of it: the result does not depend on it.

An entry is one file, `<key>.aligned`, in the document cache's fingerprint folder: it goes with the
folder when the extractor changes. It is written like the document entries (temporary file + rename, a
SHA-256 of the content inside; the format is `AlignmentCache`'s) and read back only when whole: an
unreadable, malformed or tampered entry is a miss (aligned again and rewritten), never an error.
`prune(key)` removes the other entries, only files named like this cache's entries and its own temporary
files (nothing else in the folder is touched); a run passes `entry_name(key)` among the names the document
cache's pruning keeps. Two concurrent runs over different inputs may prune each other's entry: the next run
then aligns again, nothing worse.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pyarrow as pa

#: Bump when the alignment result changes for a reason the hashed sources do not show.
ALIGN_VERSION = "1"
#: What the alignment result is computed by (relative to the project top).
_CODE = ("align", "normalize", "schema")
_SUFFIXES = {".py", ".csv", ".toml", ".json", ".tsv"}
_LIBRARIES = ("sudachipy", "sudachidict-core", "rapidfuzz")
_ROOT = Path(__file__).resolve().parents[1]
#: The part of an entry that holds the ids, and its columns.
_IDS = "ids"
_ID_COLUMNS = ("source_file", "kpi_name", "goal", "kpi_id")
#: An entry's name, and the temporary file it is written through (nothing else is ever pruned).
_ENTRY = re.compile(r"[0-9a-f]{64}\.aligned")
_TEMPORARY = re.compile(r"\.[0-9a-f]{64}\.aligned\.\d+\.tmp")


def _folded(name: str) -> str:
    """A distribution name as installers spell it in folder names (PEP 503 normalised, `_` for separators)."""
    return re.sub(r"[-_.]+", "_", name).lower()


@cache
def _dist_infos(entry: str) -> dict[str, str]:
    """The `*.dist-info` folders of one `sys.path` entry, by folded distribution name."""
    try:
        names = os.listdir(entry or ".")
    except OSError:
        return {}
    return {_folded(n.split("-", 1)[0]): n for n in names if n.endswith(".dist-info") and "-" in n}


@cache
def library_version(name: str) -> str:
    """The installed version of a distribution ("absent" when not installed): the `Version` of its
    `*.dist-info/METADATA` on `sys.path`, the first entry that has one winning, as importlib.metadata does, which is
    asked only for anything else (an egg, a zip). Not importlib.metadata first: importing it takes about as long
    as the rest of a rerun with nothing new (both caches' keys need these versions)."""
    for entry in sys.path:
        folder = _dist_infos(entry).get(_folded(name))
        if folder is None:
            continue
        try:
            with open(os.path.join(entry or ".", folder, "METADATA"), encoding="utf-8") as handle:
                for line in handle:
                    if line.startswith("Version:"):
                        return line.split(":", 1)[1].strip()
                    if not line.strip():
                        break  # the headers end at the first empty line
        except OSError:
            pass
        break
    from importlib import metadata

    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "absent"


@cache
def code_version() -> str:
    """A hash of the alignment code and data, ALIGN_VERSION and the name-comparing libraries' versions."""
    digest = hashlib.sha256(f"version={ALIGN_VERSION}\n".encode())
    for name in _CODE:
        for path in sorted(p for p in (_ROOT / name).rglob("*")
                           if p.suffix in _SUFFIXES and "__pycache__" not in p.parts):
            digest.update(path.relative_to(_ROOT).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    for library in _LIBRARIES:
        digest.update(f"{library}={library_version(library)}\n".encode())
    return digest.hexdigest()


def alignment_key(documents: Iterable[tuple[str, str, str]], overrides: Path | None, fingerprint: str) -> str:
    """The key of an alignment: documents as (source_file, sha256, kind), the overrides file (None: no file),
    the document cache's fingerprint (which extractor made the rows) and `code_version()`."""
    digest = hashlib.sha256(f"code={code_version()}\nfingerprint={fingerprint}\n".encode())
    try:
        decisions = Path(overrides).read_bytes() if overrides is not None else None
    except FileNotFoundError:
        decisions = None  # a missing file means no decisions (`load_overrides`)
    digest.update(b"overrides=" + (hashlib.sha256(decisions).hexdigest().encode() if decisions is not None
                                   else b"none") + b"\n")
    for source_file, sha256, kind in sorted(documents):
        digest.update(json.dumps([source_file, sha256, kind], ensure_ascii=False).encode() + b"\n")
    return digest.hexdigest()


@dataclass
class Aligned:
    """A stored alignment: kpi_id per (source_file, kpi_name, goal), the analyst tables, and the warnings the
    alignment gave (`overrides.pin_conflicts`: a function of the ids and the overrides, both in the key)."""

    ids: dict[tuple, str]
    tables: dict[str, pa.Table]
    warnings: list[str] = field(default_factory=list)


class AlignmentCache:
    """Alignment results in a folder (the document cache's fingerprint folder), one file per key.

    An entry is a one-line JSON header (key, SHA-256 of the rest, the parts' names and lengths, the alignment's
    warnings) followed by Arrow IPC streams: the ids as a table, then each analyst table. Arrow, not JSON rows:
    the result of a large run is tens of MiB, which JSON takes seconds to write and to read back into tables."""

    def __init__(self, folder: Path):
        self.folder = folder

    @staticmethod
    def entry_name(key: str) -> str:
        return f"{key}.aligned"

    def get(self, key: str) -> Aligned | None:
        """The stored result for `key`, or None (absent, unreadable, malformed or not matching its checksum)."""
        import pyarrow as pa

        from schema.tables import arrow_schema, family_columns

        try:
            header, body = self._read(key)
            if header is None:
                return None
            warnings = header["warnings"]
            parts, offset, view = {}, 0, memoryview(body)
            for name, length in header["parts"]:
                parts[name] = pa.ipc.open_stream(pa.py_buffer(view[offset:offset + length])).read_all()
                offset += length
            ids_table = parts.pop(_IDS)
            if offset != len(body) or any(
                    not table.schema.equals(arrow_schema(name, family_columns(name, table.schema.names)))
                    for name, table in parts.items()):
                return None
            columns = [ids_table.column(name).to_pylist() for name in _ID_COLUMNS]
        except (OSError, ValueError, KeyError, TypeError, pa.ArrowException):
            return None
        ids = {(source_file, name, goal): kpi_id for source_file, name, goal, kpi_id in zip(*columns, strict=True)}
        return Aligned(ids, parts, warnings)

    def _read(self, key: str) -> tuple[dict | None, bytes]:
        """An entry's header and body, the header None unless the entry is whole: its key, its checksum, its
        warnings a list of strings. Raises OSError, ValueError (not JSON), KeyError, TypeError."""
        data = (self.folder / self.entry_name(key)).read_bytes()
        head, _, body = data.partition(b"\n")
        header = json.loads(head)
        if header["key"] != key or header["sha256"] != hashlib.sha256(body).hexdigest():
            return None, body
        warnings = header["warnings"]
        if not isinstance(warnings, list) or not all(isinstance(w, str) for w in warnings):
            return None, body
        return header, body

    def warnings(self, key: str) -> list[str] | None:
        """The warnings of the result stored for `key`, or None when none is stored whole (as `get`, but without
        reading the tables: a rerun whose dataset is already written needs only these)."""
        try:
            header, _ = self._read(key)
        except (OSError, ValueError, KeyError, TypeError):
            return None
        return None if header is None else header["warnings"]

    def put(self, key: str, ids: dict[tuple, str], tables: dict[str, pa.Table], warnings: list[str] | None = None
            ) -> None:
        """Store a result (and the warnings its alignment gave) atomically (temporary file + rename). A cache that
        cannot be written is no error: the next run aligns again."""
        import pyarrow as pa

        ordered = sorted(ids.items(), key=lambda item: json.dumps(item[0], ensure_ascii=False))
        id_table = pa.table({name: pa.array([k[i] for k, _ in ordered], pa.string())
                             for i, name in enumerate(_ID_COLUMNS[:3])}
                            | {_ID_COLUMNS[3]: pa.array([v for _, v in ordered], pa.string())})
        blobs = []
        for name, table in [(_IDS, id_table), *sorted(tables.items())]:
            sink = pa.BufferOutputStream()
            with pa.ipc.new_stream(sink, table.schema) as writer:
                writer.write_table(table)
            blobs.append((name, sink.getvalue()))
        digest = hashlib.sha256()
        for _, blob in blobs:
            digest.update(blob)
        header = {"key": key, "sha256": digest.hexdigest(), "parts": [[name, blob.size] for name, blob in blobs],
                  "warnings": list(warnings or [])}
        path = self.folder / self.entry_name(key)
        temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            with temporary.open("wb") as handle:
                handle.write(json.dumps(header, ensure_ascii=False).encode() + b"\n")
                for _, blob in blobs:
                    handle.write(blob)
            os.replace(temporary, path)
        except OSError:
            with contextlib.suppress(OSError):
                temporary.unlink(missing_ok=True)

    def prune(self, key: str) -> None:
        """Remove this cache's entries other than `key`'s (best effort: what cannot be removed stays)."""
        try:
            names = [p.name for p in self.folder.iterdir()]
        except OSError:
            return
        for name in names:
            if name != self.entry_name(key) and (_ENTRY.fullmatch(name) or _TEMPORARY.fullmatch(name)):
                with contextlib.suppress(OSError):
                    (self.folder / name).unlink()
