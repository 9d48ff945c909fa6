"""Per-document cache of extracted rows, keyed by the file's content hash and the extractor's version.

A document whose bytes did not change since the last run is not read again: its rows come from
`<cache>/<extractor fingerprint>/<sha256>-<kind>.json`. The fingerprint combines

- `EXTRACTOR_VERSION`: bump it when extraction changes for a reason the source tree does not show
  (e.g. a rule that depends on data outside the packages below);
- a hash of the extraction code and data (`ingest/`, `normalize/`, `records/`, `align/`, `schema/`,
  `pipeline/extract.py`): any edit there invalidates the cache by itself, so a forgotten bump cannot
  serve stale rows;
- the versions of the libraries that decide what text is read (pdfplumber, pdfminer.six, pypdfium2,
  charset-normalizer, sudachipy): an upgrade may change extraction;
- the PDF reader (`--pdf-reader`): rows read by one reader are never served to a run with the other.

Ownership: the cache folder (`--cache`) may be shared with anything (`~/.cache`); the tool writes only into
one folder per fingerprint, marked by a `CACHEDIR.TAG` (the standard cache-directory tag, naming kpi-ingest),
and prunes only folders so marked (or, as versions before the tag wrote them, named like a fingerprint and
holding nothing but files named like entries) and, inside them, only files named like its entries. Nothing
else in the cache folder is ever touched.

Concurrent runs share a cache safely: each run holds a shared lock (`flock`) on its fingerprint folder from
start to end; pruning needs the exclusive lock and is skipped while another run holds the folder (it happens
at a later run instead). A folder of another fingerprint is removed only when no run holds it.

Entries are written atomically (temporary file + rename) and carry a SHA-256 of their content; an entry that
is unreadable, of the wrong shape or whose checksum does not match is a miss (read again and rewritten), never
an error. Rows are stored as JSON: readable, and exact for what they hold (str, int, bool, None, float via repr).
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import re
import shutil
from pathlib import Path
from typing import Any

from pipeline.extract import ROW_TABLES

#: Bump when extraction output changes without a change to the hashed sources (see module docstring).
EXTRACTOR_VERSION = "1"

_ROOT = Path(__file__).resolve().parents[1]
_HASHED_SOURCES = ["ingest", "normalize", "records", "align", "schema", "pipeline/extract.py"]
_HASHED_SUFFIXES = {".py", ".csv", ".toml", ".json", ".tsv"}
_LIBRARIES = ["pdfplumber", "pdfminer.six", "pypdfium2", "charset-normalizer", "sudachipy", "sudachidict-core"]


def _source_files(names: list[str] = _HASHED_SOURCES) -> list[Path]:
    files: list[Path] = []
    for name in names:
        path = _ROOT / name
        if path.is_file():
            files.append(path)
        elif path.is_dir():
            files.extend(p for p in path.rglob("*") if p.suffix in _HASHED_SUFFIXES and "__pycache__" not in p.parts)
    return sorted(files)


def _library_version(name: str) -> str:
    from align.cache import library_version

    return library_version(name)


def extractor_fingerprint(version: str | None = None, pdf_reader: str | None = None) -> str:
    """A short hash naming this extractor: version constant, PDF reader, extraction sources, library versions."""
    from ingest.pdf.source import DEFAULT_READER

    digest = hashlib.sha256(f"version={version or EXTRACTOR_VERSION}\n".encode())
    digest.update(f"pdf_reader={pdf_reader or DEFAULT_READER}\n".encode())
    _add_sources(digest, _HASHED_SOURCES, _LIBRARIES)
    return digest.hexdigest()[:16]


def source_digest(names: list[str], libraries: list[str]) -> str:
    """A SHA-256 of the project's sources under `names` (folders or files, relative to the project top) and of the
    installed versions of `libraries`."""
    digest = hashlib.sha256()
    _add_sources(digest, names, libraries)
    return digest.hexdigest()


def _add_sources(digest: Any, names: list[str], libraries: list[str]) -> None:
    """Feed `digest` each source file under `names` (its path and bytes) and the installed versions of
    `libraries`."""
    for path in _source_files(names):
        digest.update(path.relative_to(_ROOT).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    for library in libraries:
        digest.update(f"{library}={_library_version(library)}\n".encode())


#: The standard cache-directory tag (https://bford.info/cachedir/); its second line names this tool.
CACHEDIR_TAG = "CACHEDIR.TAG"
TAG_SIGNATURE = "Signature: 8a477f597d28d172789f06886806bc55"
TAG_TEXT = f"{TAG_SIGNATURE}\n# This file is a cache directory tag created by kpi-ingest (document rows).\n" \
           "# For information about cache directory tags, see https://bford.info/cachedir/\n"
_TAG_HEAD = "\n".join(TAG_TEXT.splitlines()[:2])
LOCK_FILE = ".lock"
_ENTRY = re.compile(r"[0-9a-f]{64}-[a-z]+\.json")
_TEMPORARY = re.compile(r"\.[0-9a-f]{64}-[a-z]+\.json\.\d+\.tmp")
_FINGERPRINT = re.compile(r"[0-9a-f]{16}")
#: Fields every entry's `document` must have (what the report and the documents table are made of).
_DOCUMENT_FIELDS = ("doc_type", "title", "title_location", "fiscal_year", "published", "published_location", "shape",
                    "pages", "n_indicators", "n_observations", "n_rejects", "warnings")


class CacheError(OSError):
    """The cache cannot be used (not a folder, not writable, disk full)."""


def _dumps(value: object) -> str:
    """The JSON text of an entry or a part of it, as stored and as checksummed."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _checksum(entry: dict[str, Any]) -> str:
    return _checksum_of(_dumps(entry.get("document")), _dumps(entry.get("rows")))


def _checksum_of(document: str, rows: str) -> str:
    """`_checksum` of an entry whose document and rows are `_dumps`ed already: the text `_dumps` gives of
    {"document": …, "rows": …} (sorted keys, default separators)."""
    return hashlib.sha256(f'{{"document": {document}, "rows": {rows}}}'.encode()).hexdigest()


def _entry_text(entry: dict[str, Any], fingerprint: str) -> str:
    """`_dumps` of the entry as stored (with its fingerprint and checksum), its document and rows serialized once
    for both: the text of a dict with sorted keys is its items' texts, in key order."""
    document, rows = _dumps(entry.get("document")), _dumps(entry.get("rows"))
    stored = {**entry, "fingerprint": fingerprint, "checksum": _checksum_of(document, rows)}
    made = {"document": document, "rows": rows}
    return "{" + ", ".join(f"{_dumps(key)}: {made[key] if key in made else _dumps(stored[key])}"
                           for key in sorted(stored)) + "}"


def _well_formed(entry: object) -> bool:
    if not isinstance(entry, dict):
        return False
    document, rows = entry.get("document"), entry.get("rows")
    if not isinstance(document, dict) or any(k not in document for k in _DOCUMENT_FIELDS):
        return False
    if not isinstance(rows, dict):
        return False
    return all(isinstance(rows.get(name), list) and all(isinstance(r, dict) for r in rows[name])
               for name in ROW_TABLES)


def is_ours(folder: Path) -> bool:
    """Whether a folder is a fingerprint folder this tool wrote: marked by its cache-directory tag, or (as
    versions before the tag wrote them) holding nothing but files named like entries."""
    try:
        return (folder / CACHEDIR_TAG).read_text(encoding="utf-8", errors="replace").startswith(_TAG_HEAD)
    except OSError:
        pass
    try:
        names = [p.name for p in folder.iterdir()]
    except OSError:
        return False
    return bool(names) and all(_ENTRY.fullmatch(n) or _TEMPORARY.fullmatch(n) for n in names)


def _try_exclusive(folder: Path) -> int | None:
    """An fd holding the exclusive lock of a fingerprint folder, or None when another run holds it."""
    import fcntl

    try:
        fd = os.open(folder / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError:
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        return None
    return fd


class DocumentCache:
    """Rows of documents already read, in one marked folder per extractor fingerprint.

    `open()` creates and marks the folder and takes the shared lock (raises `CacheError` when the cache
    cannot be used); `close()` releases it. Workers only `put` into a folder their parent opened.
    """

    def __init__(self, root: Path, fingerprint: str | None = None, pdf_reader: str | None = None):
        from ingest.pdf.source import DEFAULT_READER

        self.root = root
        self.pdf_reader = pdf_reader or DEFAULT_READER  # the PDF reader of the rows in this cache
        self.fingerprint = fingerprint or extractor_fingerprint(pdf_reader=self.pdf_reader)
        self.folder = root / self.fingerprint
        self._lock: int | None = None
        #: entry file name → SHA-256 of the bytes whose checksum matched: a run reads an entry twice (to align,
        #: then to write) and checks its content once (the same bytes need no second check)
        self._checked: dict[str, bytes] = {}

    def _path(self, sha256: str, kind: str) -> Path:
        return self.folder / f"{sha256}-{kind}.json"

    # -- the folder and its lock ---------------------------------------------------------------------------
    def open(self) -> DocumentCache:
        """Create and mark this fingerprint's folder and hold its shared lock for the run."""
        import fcntl

        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            if not (self.folder / CACHEDIR_TAG).is_file():
                if any(self.folder.iterdir()) and not is_ours(self.folder):
                    raise CacheError(errno.EEXIST, "a folder of that name exists and was not written by kpi-ingest",
                                     str(self.folder))
                _write_atomically(self.folder / CACHEDIR_TAG, TAG_TEXT.encode())
            while True:
                fd = os.open(self.folder / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o644)
                fcntl.flock(fd, fcntl.LOCK_SH)
                try:
                    same = os.fstat(fd).st_ino == os.stat(self.folder / LOCK_FILE).st_ino
                except FileNotFoundError:  # the folder was pruned by another version's run meanwhile
                    same = False
                if same:
                    break
                os.close(fd)
                self.folder.mkdir(parents=True, exist_ok=True)
                _write_atomically(self.folder / CACHEDIR_TAG, TAG_TEXT.encode())
        except CacheError:
            raise
        except OSError as error:
            raise CacheError(error.errno, error.strerror, error.filename) from None
        self._lock = fd
        return self

    def close(self) -> None:
        if self._lock is not None:
            os.close(self._lock)
            self._lock = None

    # -- entries ---------------------------------------------------------------------------------------------
    def get(self, sha256: str, kind: str) -> dict[str, Any] | None:
        """The stored entry of a document, or None (absent, unreadable, malformed: then it is read again)."""
        path = self._path(sha256, kind)
        try:
            data = path.read_bytes()
            entry = json.loads(data.decode("utf-8"))
        except (OSError, ValueError):
            return None
        if not _well_formed(entry) or entry.get("fingerprint") != self.fingerprint:
            return None
        seal = hashlib.sha256(data).digest()
        if self._checked.get(path.name) != seal:
            if entry.get("checksum") != _checksum(entry):
                return None
            self._checked[path.name] = seal
        return entry

    def put(self, sha256: str, kind: str, entry: dict[str, Any]) -> str:
        """Store an entry atomically: a killed run leaves either the old entry or the new one. Raises OSError.
        → the SHA-256 (hex) of the bytes stored, for `vouch`."""
        path = self._path(sha256, kind)
        if path.is_dir() and not path.is_symlink():  # a folder where our entry belongs: ours to clear
            shutil.rmtree(path)
        data = _entry_text(entry, self.fingerprint).encode("utf-8")
        _write_atomically(path, data)
        return hashlib.sha256(data).hexdigest()

    def vouch(self, sha256: str, kind: str, seal: str) -> None:
        """The entry whose bytes have the SHA-256 `seal` (hex; `put` returned it in a worker of this run) was
        serialized with its checksum from the rows just read: `get` finds those bytes sound by their hash alone.
        Checking the checksum again serializes the whole entry anew, most of taking it back in the main process."""
        self._checked[self._path(sha256, kind).name] = bytes.fromhex(seal)

    # -- pruning -------------------------------------------------------------------------------------------
    def prune(self, keep: set[str]) -> None:
        """Drop this tool's folders of other fingerprints, and entries of this one for documents no longer present.

        Only folders marked as ours, only files named like entries; skipped while another run uses the folder.
        Best effort: a file that cannot be removed stays (it is removed by a later run).
        """
        self.close()
        if not self.root.is_dir():
            return
        for folder in sorted(self.root.iterdir()):
            if folder.name == self.fingerprint or not _FINGERPRINT.fullmatch(folder.name) or folder.is_symlink():
                continue
            if folder.is_dir() and is_ours(folder):
                fd = _try_exclusive(folder)
                if fd is not None:
                    try:
                        shutil.rmtree(folder, ignore_errors=True)
                    finally:
                        os.close(fd)
        if not is_ours(self.folder):
            return
        fd = _try_exclusive(self.folder)
        if fd is None:
            return
        try:
            for path in self.folder.iterdir():
                if path.name in keep or not (_ENTRY.fullmatch(path.name) or _TEMPORARY.fullmatch(path.name)):
                    continue
                try:
                    if path.is_dir() and not path.is_symlink():
                        shutil.rmtree(path)
                    else:
                        path.unlink()
                except OSError:
                    pass
        finally:
            os.close(fd)

    def entry_name(self, sha256: str, kind: str) -> str:
        return self._path(sha256, kind).name


def _write_atomically(path: Path, data: bytes) -> None:
    """Write a file by temporary file + rename; the temporary file is removed on any failure."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with temporary.open("wb") as handle:
            handle.write(data)
        os.replace(temporary, path)
    except BaseException:
        try:
            temporary.unlink()
        except OSError:
            pass
        raise
