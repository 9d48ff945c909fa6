"""Bytes on disk → a loaded document: decoded text lines, or a checked PDF path, plus its content hash.

Every way a file can be unreadable is caught here, before any front end runs, and becomes a
`DocumentError` whose message is one short line naming the reason (the caller names the file).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, overload

TEXT_SUFFIXES = frozenset({".txt"})
PDF_SUFFIXES = frozenset({".pdf"})

#: Default size guard. Plan PDFs of a few hundred pages are 5–60 MB; a text layer is far smaller. The limit keeps one
#: worker's memory bounded (a text file is held as lines; pdfminer holds a page's objects). Change with `max_bytes`.
DEFAULT_MAX_BYTES = 200 * 1024 * 1024

#: Encodings tried after UTF-8, for text layers saved by Japanese Windows tools (CP932 is the Windows superset of
#: Shift_JIS: it has ①, ㎡, ㈱ that plain Shift_JIS lacks) and by older Unix tools (EUC-JP, ISO-2022-JP).
JAPANESE_ENCODINGS = ["cp932", "euc_jp", "euc_jis_2004", "iso2022_jp"]

#: Share of control characters (other than tab, newline, carriage return, form feed) above which decoded
#: "text" is taken for binary data.
MAX_CONTROL_SHARE = 0.01

#: Warning for a text layer whose fake-bold repeats were collapsed (normalize.text.collapse_fake_bold).
FAKE_BOLD_REPAIR = "fake-bold text layer: repeated glyphs printed once"

#: A page break of a text layer (pdftotext, pdfminer end every page with a form feed): kept as a line of its own
#: where `str.splitlines` would leave an empty line, so a reader can tell two pages from a blank line (pdftotext
#: `-layout` scales each page's columns anew).
PAGE_BREAK = "\f"

_HASH_CHUNK = 1024 * 1024
_PDF_TAIL = 1024  # %%EOF must be within the last 1024 bytes (what PDF readers accept)


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
    pages: int | None = None  # PDF page count, read when the PDF is checked
    repairs: list[str] = field(default_factory=list)  # text-layer repairs made while loading (become warnings)
    #: the 1-based line of the file (as an editor counts them) where each entry of `lines` starts, for a text whose
    #: lines were joined while loading (fake-bold copies split over lines) or split where an editor sees no line
    #: break (a form feed at a page's start); empty when `lines` are the file's lines
    source_lines: list[int] = field(default_factory=list)
    #: the PDF as `check_pdf` opened it (pdfplumber, on pdfminer's parse of the file's structure), kept when `load`
    #: is asked to: the front end's reader takes it (`take_pdf`) instead of parsing the structure again (a PDF's
    #: cross-references and page tree cost about as much as PDFium reading a few pages)
    pdf: Any = field(default=None, repr=False, compare=False)

    def take_pdf(self) -> Any:
        """The open PDF kept by `load` (None when none was kept); the caller closes it."""
        pdf, self.pdf = self.pdf, None
        return pdf

    def close(self) -> None:
        """Close the PDF kept by `load` if no reader took it."""
        pdf = self.take_pdf()
        if pdf is not None:
            pdf.close()


@overload
def file_line(numbers: Sequence[int], number: int) -> int: ...
@overload
def file_line(numbers: Sequence[int], number: None) -> None: ...
def file_line(numbers: Sequence[int], number: int | None) -> int | None:
    """The file's 1-based line where loaded line `number` (1-based) starts, `numbers` being a document's
    `source_lines` (empty: the loaded lines are the file's); None for no line."""
    return numbers[number - 1] if number is not None and 0 < number <= len(numbers) else number


def file_lines(numbers: Sequence[int], first: int, last: int) -> str:
    """`lines A-B`: the file's lines where loaded lines first-last (1-based) start, from the first to the last of
    them (lines read in another order than printed, `ingest.registry._unfolded`, may start anywhere in the file)."""
    starts = [file_line(numbers, number) for number in range(first, last + 1)] or [file_line(numbers, first)]
    return f"lines {min(starts)}-{max(starts)}"


def file_sha256(path: Path) -> str:
    """SHA-256 of a file's bytes, read in chunks so that large files do not fill memory."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_HASH_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def document_kind(path: Path) -> str:
    """"text" or "pdf" from the file's extension; any other extension is refused."""
    suffix = path.suffix.lower()
    if suffix in PDF_SUFFIXES:
        return "pdf"
    if suffix in TEXT_SUFFIXES:
        return "text"
    expected = " or ".join(sorted(TEXT_SUFFIXES | PDF_SUFFIXES))
    raise DocumentError(f"unsupported file type {suffix or '(no extension)'}; expected {expected}")


def check_size(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> int:
    """The file's size; refuses empty files and files over the size guard."""
    size = path.stat().st_size
    if size == 0:
        raise DocumentError("empty file")
    if size > max_bytes:
        raise DocumentError(f"file is {size / 2**20:.1f} MiB, over the size limit of {max_bytes / 2**20:.1f} MiB "
                            "(raise it with --max-size-mb)")
    return size


def split_lines(text: str) -> list[str]:
    """The lines of a text, as `str.splitlines` gives them, except that an empty line ended by a form feed (a page
    break) is PAGE_BREAK: same lines, the page boundary still visible. `str.splitlines` also breaks at a form feed
    inside a line (pdftotext starts each page with one) and at other separators: `file_line_numbers` says which line
    of the file, as an editor or `grep -n` counts them, each of these lines is on."""
    pieces = text.splitlines(keepends=True)
    return [PAGE_BREAK if piece == PAGE_BREAK else piece.rstrip("\r\n\v\f\x1c\x1d\x1e\x85\u2028\u2029")
            for piece in pieces]


def file_line_numbers(text: str) -> list[int]:
    """For each line of `split_lines(text)`, the 1-based line of the file it is on, counting only the breaks an
    editor counts (`\n`, `\r\n`, a lone `\r`): a page's first line after pdftotext's form feed is on the same file
    line as the form feed, not one further (every value is traced to the line an analyst opens)."""
    numbers, line = [], 1
    for piece in text.splitlines(keepends=True):
        numbers.append(line)
        line += piece.endswith(("\n", "\r"))
    return numbers


def _looks_binary(text: str) -> bool:
    controls = sum(1 for ch in text if ch < " " and ch not in "\t\n\r\f")
    return controls > MAX_CONTROL_SHARE * len(text)


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode a text layer → (text, encoding).

    UTF-8 (with or without BOM) is decoded strictly first: it is what our converters write, and a strict
    decode never guesses. Otherwise charset-normalizer chooses among the Japanese encodings: CP932 and
    EUC-JP bytes often decode without error under the wrong codec (as half-width katakana mojibake), so
    trial decoding cannot tell them apart; charset-normalizer scores how coherent each decoding is.
    Anything that decodes to nothing plausible is refused as binary.
    """
    if not data.strip():
        raise DocumentError("empty file (whitespace only)")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as error:
            raise DocumentError(f"invalid UTF-16 text: {error.reason}") from None
    if b"\x00" in data:
        raise DocumentError("binary content (NUL bytes), not a text layer")
    try:
        text, encoding = data.decode("utf-8-sig"), ("utf-8-sig" if data.startswith(b"\xef\xbb\xbf") else "utf-8")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(data, cp_isolation=JAPANESE_ENCODINGS).best()
        if best is None:
            raise DocumentError("binary content: not UTF-8, CP932/Shift_JIS or EUC-JP text") from None
        text, encoding = str(best), best.encoding
    if _looks_binary(text):
        raise DocumentError("binary content (control characters), not a text layer")
    return text, encoding


def _has_fonts(resources: object, seen: set[int] | None = None) -> bool:
    """Whether a page's resources (or a form XObject inside them) name any font: text needs a font."""
    from pdfminer.pdftypes import resolve1

    seen = set() if seen is None else seen
    resources = resolve1(resources)
    if not isinstance(resources, dict) or id(resources) in seen:
        return False
    seen.add(id(resources))
    if resolve1(resources.get("Font")):
        return True
    xobjects = resolve1(resources.get("XObject")) or {}
    for xobject in (resolve1(x) for x in xobjects.values()):
        attrs = getattr(xobject, "attrs", {})
        if getattr(resolve1(attrs.get("Subtype")), "name", None) == "Form" and _has_fonts(attrs.get("Resources"), seen):
            return True
    return False


def _pdf_reason(error: BaseException) -> str:
    """A short reason for an error pdfminer raised while opening a PDF."""
    cause = error.args[0] if error.args and isinstance(error.args[0], BaseException) else error
    name = type(cause).__name__
    if name == "PDFPasswordIncorrect":
        return "password-protected PDF (a password is needed to open it)"
    if name.startswith("PDFEncryption") or "Encrypt" in name:
        return f"encrypted PDF that cannot be opened ({name})"
    if name == "PSEOF":
        return "truncated or corrupt PDF (unexpected end of data)"
    detail = str(cause).strip() or name
    return f"corrupt PDF ({detail})"


def check_pdf(path: Path) -> int:
    """Open a PDF's structure (not its page contents) → page count; refuse what no front end could read.

    Refused: no `%PDF-` header, missing `%%EOF` at the end (truncated), a structure pdfminer cannot parse,
    a password, zero pages, and no font on any page (a scan: no text layer, and OCR is not supported).
    Cheap: page contents are not interpreted here.
    """
    pdf = open_checked_pdf(path)
    try:
        return len(pdf.pages)
    finally:
        pdf.close()


def open_checked_pdf(path: Path) -> Any:
    """`check_pdf`, the PDF left open (a pdfplumber `PDF`): for a reader to go on from the structure parsed here."""
    with path.open("rb") as handle:
        head = handle.read(1024)
        handle.seek(max(0, path.stat().st_size - _PDF_TAIL))
        tail = handle.read()
    if b"%PDF-" not in head:
        raise DocumentError("not a PDF (no %PDF- header)")
    if b"%%EOF" not in tail:
        raise DocumentError("truncated PDF (no %%EOF marker at the end)")
    import pdfplumber

    pdf = None
    try:
        pdf = pdfplumber.open(path)
        pages = pdf.pages
        if not pages:
            raise DocumentError("PDF has no pages")
        if not any(_has_fonts(page.page_obj.resources) for page in pages):
            raise DocumentError("no text layer (no fonts on any page); OCR is not supported")
        return pdf
    except BaseException as error:
        if pdf is not None:
            pdf.close()
        if isinstance(error, (DocumentError, MemoryError, RecursionError)) or not isinstance(error, Exception):
            raise  # refused, a resource bound the caller reports, or an interruption
        if isinstance(error.args[0] if error.args else None, MemoryError):
            raise error.args[0] from None
        raise DocumentError(_pdf_reason(error)) from None  # pdfminer raises many unrelated types for damaged files


def leaders_as_gaps(text: str) -> str:
    """Each run of dot leaders (`年間出生数…………58人`, layouts 68; `ingest.pdf.leaders`) as the gap between columns
    it stands for: spaces of the same printed width (a wide `・` counts two), so that a `-layout` text keeps its
    columns and no reader takes the leader into a name or a value (`売上高……1.4 億円` is no name `売上高……1.4`)."""
    from ingest.pdf.leaders import leader_runs
    from normalize.text import printed_width

    runs = leader_runs(text)
    if not runs:
        return text
    pieces, end = [], 0
    for start, stop in runs:
        pieces += [text[end:start], " " * printed_width(text[start:stop])]
        end = stop
    return "".join([*pieces, text[end:]])


def load(path: Path, max_bytes: int = DEFAULT_MAX_BYTES, source_file: str | None = None,
         keep_pdf: bool = False) -> LoadedDocument:
    """Read a file: refuse unsupported, empty, oversized, unreadable or damaged files; decode text; check PDFs.

    `source_file` is the name the rows are recorded under (the caller escapes names that are not valid
    UTF-8); by default the file's own name. `keep_pdf`: keep a checked PDF open for the reader
    (`LoadedDocument.pdf`); the caller then closes the document (`LoadedDocument.close`).
    """
    name = source_file or path.name
    kind = document_kind(path)
    try:
        check_size(path, max_bytes)
        if kind == "pdf":
            digest = file_sha256(path)
            pdf = open_checked_pdf(path)
            pages = len(pdf.pages)
            if not keep_pdf:
                pdf.close()
                pdf = None
            return LoadedDocument(name, path, digest, "pdf", pages=pages, pdf=pdf)
        data = path.read_bytes()
    except PermissionError:
        raise DocumentError("cannot read the file: permission denied") from None
    except IsADirectoryError:
        raise DocumentError("a folder, not a file") from None
    # here, not at the top: the run's driver imports this module to hash and triage files, not to read them
    from normalize.text import collapse_fake_bold, join_split_copies

    digest = hashlib.sha256(data).hexdigest()
    text, encoding = decode_text(data)
    # a fake-bold PDF's text layer repeats every glyph (`重重重要要要`), even over line breaks (`基`/`基`/`基本`):
    # join such lines, print each glyph once, and say so
    lines, first = join_split_copies(split_lines(text))
    numbers = file_line_numbers(text)
    shifted = first != list(range(len(lines))) or numbers != list(range(1, len(numbers) + 1))
    text, fake_bold_lines = collapse_fake_bold("\n".join(lines))
    text = leaders_as_gaps(text)
    repairs = [f"{FAKE_BOLD_REPAIR} on {fake_bold_lines} lines"] if fake_bold_lines else []
    return LoadedDocument(name, path, digest, "text", text.split("\n"), encoding, repairs=repairs,
                          source_lines=[numbers[i] for i in first] if shifted else [])
