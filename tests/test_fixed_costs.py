"""Fixed costs of a run: a text-only `kpi-ingest run` imports neither the PDF stack nor pandas (issue 13 item 4).

Behaviour, not timing: the command runs in a subprocess under `-X importtime`, whose report lists every module
the process and its forked workers imported (a worker inherits stderr and the flag). How long a run takes and
how much memory it holds are measured by `bench/run_bench.py` ("fixed costs").
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

#: What only reading a PDF needs (pdfium's reader and the reference one, camelot with OpenCV) and what only
#: loading a written dataset needs (pandas): none of it is imported by a run over text documents.
NOT_FOR_TEXT = ("pdfplumber", "pdfminer", "camelot", "cv2", "pypdfium2", "reportlab", "pandas")
TEXT_DOCUMENT = ROOT / "tests" / "fixtures" / "tabbed" / "evaluation_r6.txt"
_IMPORTED = re.compile(r"^import time:\s+\d+ \|\s+\d+ \|\s*(\S+)$")


def _cli_run(folder: Path, output: Path) -> tuple[subprocess.CompletedProcess, set[str]]:
    """`kpi-ingest run` in a fresh interpreter (one worker); its result and the packages it imported.

    A package counts as imported when a submodule of it is listed: the report also lists an attempt that failed
    (pyarrow's probe for pandas, answered "absent" by the command) with nothing under it.
    """
    done = subprocess.run([sys.executable, "-X", "importtime", "-m", "pipeline.cli", "run", "--input", str(folder),
                           "--output", str(output), "--jobs", "1", "--no-cache"],
                          capture_output=True, text=True, cwd=ROOT, env={"PYTHONPATH": str(ROOT), "PATH": ""})
    names = [m.group(1) for line in done.stderr.splitlines() if (m := _IMPORTED.match(line))]
    imported = {name.split(".")[0] for name in names if "." in name}
    return done, imported


def test_text_only_run_imports_no_pdf_stack_nor_pandas(tmp_path: Path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(TEXT_DOCUMENT, folder / TEXT_DOCUMENT.name)
    done, imported = _cli_run(folder, tmp_path / "out")
    assert done.returncode == 0, done.stderr[-2000:]
    assert {"pyarrow", "pipeline", "ingest", "records", "align"} <= imported  # the report lists the run's imports
    assert sorted(imported & set(NOT_FOR_TEXT)) == []


def test_pdf_run_does_import_the_pdf_stack(tmp_path: Path):
    """The check above can fail: a run that reads a PDF imports its reader, and the report shows it."""
    from tests import pdf_builders

    folder = tmp_path / "in"
    folder.mkdir()
    pdf_builders.kangxi_table(folder / "table.pdf")
    done, imported = _cli_run(folder, tmp_path / "out")
    assert done.returncode == 0, done.stderr[-2000:]
    assert imported & {"pdfplumber", "pypdfium2"}


def test_parquet_bytes_do_not_depend_on_pandas(tmp_path: Path):
    """The command (pyarrow told pandas is absent) writes the same bytes as a run in a process with pandas."""
    import pandas  # noqa: F401  (this process has pandas: pyarrow's conversions may use it)

    from pipeline.run import run

    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(TEXT_DOCUMENT, folder / TEXT_DOCUMENT.name)
    done, imported = _cli_run(folder, tmp_path / "cli")
    assert done.returncode == 0 and "pandas" not in imported
    run(folder, tmp_path / "library", jobs=1, use_cache=False)
    written = sorted(p.name for p in (tmp_path / "cli").glob("*.parquet"))
    assert written == sorted(p.name for p in (tmp_path / "library").glob("*.parquet")) and len(written) == 9
    for name in written:
        assert (tmp_path / "cli" / name).read_bytes() == (tmp_path / "library" / name).read_bytes(), name


def test_a_rerun_with_nothing_new_imports_no_writer_nor_dictionary(tmp_path: Path):
    """A rerun that finds its dataset written (pipeline/write.py `unchanged`) needs neither pyarrow (nothing is
    written) nor sudachipy (the overrides file is not parsed again, alignment is not run); the first run does."""
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(TEXT_DOCUMENT, folder / TEXT_DOCUMENT.name)
    command = [sys.executable, "-X", "importtime", "-m", "pipeline.cli", "run", "--input", str(folder), "--output",
               str(tmp_path / "out"), "--cache", str(tmp_path / "cache"), "--jobs", "1"]
    imported = []
    for _ in range(2):
        done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, env={"PYTHONPATH": str(ROOT),
                                                                                        "PATH": ""})
        assert done.returncode == 0, done.stderr[-2000:]
        names = [m.group(1) for line in done.stderr.splitlines() if (m := _IMPORTED.match(line))]
        imported.append({name.split(".")[0] for name in names if "." in name})
    assert {"pyarrow", "sudachipy"} <= imported[0]
    assert not imported[1] & {"pyarrow", "sudachipy", "numpy", "pandas"}, sorted(imported[1])
