"""Per-document cache of extracted rows, keyed by the file's content hash and the extractor's version.

A document whose bytes did not change since the last run is not read again: its rows come from
`<cache>/<extractor fingerprint>/<sha256>-<kind>.json`. The fingerprint combines

- `EXTRACTOR_VERSION`: bump it when extraction changes for a reason the source tree does not show
  (e.g. a rule that depends on data outside the packages below);
- a hash of the extraction code and data (`ingest/`, `normalize/`, `records/`, `align/`, `schema/`,
  `pipeline/extract.py`): any edit there invalidates the cache by itself, so a forgotten bump cannot
  serve stale rows;
- the versions of the libraries that decide what text is read (pdfplumber, pdfminer.six, charset-normalizer,
  sudachipy): an upgrade may change extraction.

Entries are written atomically (temporary file + rename); an unreadable entry is a miss, never an error.
Rows are stored as JSON: readable, and exact for what they hold (str, int, bool, None, float via repr).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from importlib import metadata
from pathlib import Path
from typing import Any

#: Bump when extraction output changes without a change to the hashed sources (see module docstring).
EXTRACTOR_VERSION = "1"

_ROOT = Path(__file__).resolve().parents[1]
_HASHED_SOURCES = ["ingest", "normalize", "records", "align", "schema", "pipeline/extract.py"]
_HASHED_SUFFIXES = {".py", ".csv", ".toml", ".json", ".tsv"}
_LIBRARIES = ["pdfplumber", "pdfminer.six", "charset-normalizer", "sudachipy", "sudachidict-core"]


def _source_files() -> list[Path]:
    files: list[Path] = []
    for name in _HASHED_SOURCES:
        path = _ROOT / name
        if path.is_file():
            files.append(path)
        elif path.is_dir():
            files.extend(p for p in path.rglob("*") if p.suffix in _HASHED_SUFFIXES and "__pycache__" not in p.parts)
    return sorted(files)


def _library_version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "absent"


def extractor_fingerprint(version: str | None = None) -> str:
    """A short hash naming this extractor: version constant, extraction sources, library versions."""
    digest = hashlib.sha256(f"version={version or EXTRACTOR_VERSION}\n".encode())
    for path in _source_files():
        digest.update(path.relative_to(_ROOT).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    for library in _LIBRARIES:
        digest.update(f"{library}={_library_version(library)}\n".encode())
    return digest.hexdigest()[:16]


class DocumentCache:
    """Rows of documents already read, in one folder per extractor fingerprint."""

    def __init__(self, root: Path, fingerprint: str | None = None):
        self.root = root
        self.fingerprint = fingerprint or extractor_fingerprint()
        self.folder = root / self.fingerprint

    def _path(self, sha256: str, kind: str) -> Path:
        return self.folder / f"{sha256}-{kind}.json"

    def get(self, sha256: str, kind: str) -> dict[str, Any] | None:
        """The stored entry of a document, or None (absent, or unreadable: then it is read again)."""
        try:
            with self._path(sha256, kind).open(encoding="utf-8") as handle:
                entry = json.load(handle)
        except (OSError, ValueError):
            return None
        if not isinstance(entry, dict) or entry.get("fingerprint") != self.fingerprint:
            return None
        return entry

    def put(self, sha256: str, kind: str, entry: dict[str, Any]) -> None:
        """Store an entry atomically: a killed run leaves either the old entry or the new one."""
        self.folder.mkdir(parents=True, exist_ok=True)
        path = self._path(sha256, kind)
        temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        with temporary.open("w", encoding="utf-8") as handle:
            json.dump({**entry, "fingerprint": self.fingerprint}, handle, ensure_ascii=False, sort_keys=True)
        os.replace(temporary, path)

    def prune(self, keep: set[str]) -> None:
        """Drop entries of other extractor versions, and entries of this one for documents no longer present."""
        if not self.root.is_dir():
            return
        for folder in self.root.iterdir():
            if folder.is_dir() and folder.name != self.fingerprint:
                shutil.rmtree(folder, ignore_errors=True)
        if self.folder.is_dir():
            for path in self.folder.iterdir():
                if path.name not in keep:
                    path.unlink(missing_ok=True)

    def entry_name(self, sha256: str, kind: str) -> str:
        return self._path(sha256, kind).name
