"""File names and messages made safe to store and to print: valid UTF-8, one line, no terminal control.

A name on disk is bytes. Python hands over bytes that are not UTF-8 (a Windows zip unpacked on Linux gives
CP932 names) as lone surrogates, which cannot be written to parquet nor printed; control characters
(newline, ESC of a terminal escape sequence) would split a report line or reach the terminal. `escape_name`
writes each such byte or character as a visible `\\xNN` escape, so the stored `source_file` and every
printed line show the name literally. (Rich markup such as `[bold]` is not interpreted by the printers;
see pipeline/console.py.)
"""

from __future__ import annotations

import os
import unicodedata


def _escape_char(char: str) -> str:
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8 (surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def _unsafe(char: str) -> bool:
    """Characters that must not reach storage or a terminal as they are: controls, surrogates, line breaks."""
    return unicodedata.category(char) in ("Cc", "Cs", "Zl", "Zp")


def escape_name(name: str | os.PathLike[str]) -> str:
    """A file name or path as a one-line, valid UTF-8 string; undecodable bytes and controls as `\\xNN`."""
    text = os.fspath(name)
    if not any(_unsafe(c) for c in text):
        return text
    return "".join(_escape_char(c) if _unsafe(c) else c for c in text)


def one_line(message: object) -> str:
    """Any message (an exception, a path) as one printable line: line breaks → spaces, controls escaped."""
    if isinstance(message, OSError) and message.strerror:
        where = f": {os.fsdecode(message.filename)}" if message.filename is not None else ""
        text = f"{message.strerror}{where}"
    elif isinstance(message, os.PathLike):
        text = os.fspath(message)
    else:
        text = str(message)
    text = " ".join(line.strip() for line in text.splitlines() if line.strip())
    return escape_name(text) or type(message).__name__
