"""The input folder → the files to read, and every other entry with the reason it is skipped.

Only the folder's own entries are read, not its subfolders (a folder of plan documents is flat; reading
subfolders would also read old editions or unpacked archives kept beside them without the user asking).
An entry is a document when it is a regular file, or a symbolic link to one, whose name does not start
with `README` or `.`. Everything else is skipped and named once in the run's summary: folders (also one
named `x.pdf`), broken links, link loops, FIFOs, sockets and devices (never opened: reading a FIFO would
block for ever). A name that is not valid UTF-8 or holds control characters is escaped
(`pipeline.names.escape_name`); the file is read under its real name.
"""

from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from pipeline.names import escape_name

#: Files in the input folder that are not documents by their name (the folder's own README, dotfiles).
IGNORED_PREFIXES = ("README", ".")


@dataclass(frozen=True)
class InputFile:
    path: Path  #: the real path (may hold undecodable bytes as surrogates)
    name: str  #: the name as stored and printed (escaped)


@dataclass(frozen=True)
class Skipped:
    name: str  #: escaped
    reason: str


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder (subfolders are not read; give it as --input to read it)"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe), not a file"
    if stat.S_ISSOCK(mode):
        return "a socket, not a file"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device, not a file"
    return "not a regular file"


def _why_not(path: Path) -> str | None:
    """None for a readable document candidate, else why the entry is skipped."""
    try:
        mode = path.stat().st_mode  # follows links
    except OSError as error:
        if error.errno == errno.ELOOP:
            return "symbolic link loop"
        if path.is_symlink():
            return "broken symbolic link (its target does not exist)"
        return None  # an unreadable entry is a document that fails with its reason (see run._triage)
    return None if stat.S_ISREG(mode) else _kind(mode)


def list_inputs(folder: Path) -> tuple[list[InputFile], list[Skipped]]:
    """(documents in name order, skipped entries in name order). Raises OSError when the folder cannot be listed."""
    documents: list[InputFile] = []
    skipped: list[Skipped] = []
    taken: set[str] = set()
    for path in sorted(folder.iterdir(), key=lambda p: os.fsencode(p.name)):
        name = escape_name(path.name)
        if path.name.startswith(IGNORED_PREFIXES):
            skipped.append(Skipped(name, "not a document by its name (README…, or a dotfile)"))
            continue
        reason = _why_not(path)
        if reason is None and name in taken:
            reason = "its escaped name is the name of another file"
        if reason is not None:
            skipped.append(Skipped(name, reason))
            continue
        taken.add(name)
        documents.append(InputFile(path, name))
    documents.sort(key=lambda f: f.name)
    skipped.sort(key=lambda s: s.name)
    return documents, skipped
