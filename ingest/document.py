"""Bytes on disk → a loaded document: decoded text lines, or a PDF path, plus its content hash."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

TEXT_SUFFIXES = frozenset({".txt"})
PDF_SUFFIXES = frozenset({".pdf"})


class DocumentError(Exception):
    """A document cannot be read at all; the message names the reason (the file is named by the caller)."""


@dataclass
class LoadedDocument:
    """One input file, ready for a front end."""

    source_file: str
    path: Path
    sha256: str
    kind: str  # "text" or "pdf"
    lines: list[str] = field(default_factory=list)
    encoding: str | None = None


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode a text layer: UTF-8 (with or without BOM) first, else the detected Japanese encoding."""
    if not data.strip():
        raise DocumentError("empty file")
    if b"\x00" in data[:4096]:
        raise DocumentError("binary content in a text file")
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    for encoding in ("cp932", "euc_jp"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise DocumentError("text is neither UTF-8 nor a Japanese encoding (CP932, EUC-JP)")


def load(path: Path) -> LoadedDocument:
    """Read a file and decode it when it is text."""
    data = path.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    suffix = path.suffix.lower()
    if suffix in PDF_SUFFIXES:
        return LoadedDocument(path.name, path, digest, "pdf")
    if suffix in TEXT_SUFFIXES:
        text, encoding = decode_text(data)
        return LoadedDocument(path.name, path, digest, "text", text.splitlines(), encoding)
    raise DocumentError(f"unsupported file type {suffix or '(none)'}; expected .txt or .pdf")
