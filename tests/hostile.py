"""Helpers for the hostile-use tests (tests/test_hostile_*.py): snapshots, a command-line runner in a
subprocess (with the stub front end), with file permissions enforced even when the suite runs as root."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.batch_inputs import stub_text
from tests.conftest import ROOT

GOOD = {
    "a.txt": stub_text(("新規求人数", "1,234人"), ("観光入込客数", "258万人")),
    "b.txt": stub_text(("製造品出荷額等", "11,942億円")),
}
#: Two documents that share an indicator (新規求人数), each with one of its own: a corpus to run again.
RERUN_DOCUMENTS = {
    "a.txt": stub_text(("新規求人数", "1,234人"), ("観光入込客数", "258万人")),
    "b.txt": stub_text(("新規求人数", "1,234人"), ("製造品出荷額等", "11,942億円")),
}

#: `python -c CLI args…`: the command line with the stub front end (reads `STUB name value` lines).
CLI = """
import sys
from ingest import registry
from tests.batch_inputs import StubFrontEnd
registry.FRONT_ENDS = [StubFrontEnd()]
from pipeline.cli import main
sys.exit(main(sys.argv[1:]))
"""

#: Run as root without the capabilities that bypass file permissions, so that a read-only folder or an
#: unreadable file is refused to the tool as it is to any user (root keeps only its owner's rights).
UNPRIVILEGED = ["setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner", "--"]


def write_corpus(folder: Path, documents: dict[str, str] | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in (documents or GOOD).items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def rerun_corpus(tmp_path: Path) -> Path:
    """RERUN_DOCUMENTS written to tmp_path/in, with an empty overrides.toml beside it: the input folder."""
    folder = write_corpus(tmp_path / "in", RERUN_DOCUMENTS)
    (tmp_path / "overrides.toml").write_text("", encoding="utf-8")
    return folder


def snapshot(folder: Path) -> dict[str, bytes | str]:
    """Every entry under a folder (not following links): relative path → bytes, 'folder' or 'link → target'."""
    found: dict[str, bytes | str] = {}
    for dirpath, dirnames, filenames in os.walk(os.fsencode(folder)):
        for name in dirnames + filenames:
            path = os.path.join(dirpath, name)
            key = os.fsdecode(os.path.relpath(path, os.fsencode(folder)))
            if os.path.islink(path):
                found[key] = f"link → {os.fsdecode(os.readlink(path))}"
            elif os.path.isdir(path):
                found[key] = "folder"
            elif os.path.isfile(path):
                with open(path, "rb") as handle:
                    found[key] = handle.read()
            else:
                found[key] = "special"
    return found


def dataset_files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def run_cli(*args: str | os.PathLike, cwd: Path | None = None, permissions: bool = False, timeout: float = 120,
            preexec=None) -> subprocess.CompletedProcess:
    """The command line in a subprocess (stub front end). `permissions`: file permissions apply even to root."""
    prefix = []
    if permissions and os.geteuid() == 0:
        if shutil.which("setpriv") is None:
            pytest.skip("running as root and setpriv is missing: permissions cannot be enforced")
        prefix = UNPRIVILEGED
    return subprocess.run([*prefix, sys.executable, "-c", CLI, *map(os.fsdecode, args)], cwd=cwd or ROOT,
                          capture_output=True, text=True, timeout=timeout, preexec_fn=preexec,
                          env={**os.environ, "PYTHONPATH": str(ROOT), "COLUMNS": "200"})


def one_line(stderr: str) -> str:
    """The single line a refused or failed run prints on stderr (asserts there is exactly one)."""
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, f"expected one line on stderr, got {len(lines)}: {stderr!r}"
    return lines[0]

