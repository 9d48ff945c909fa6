"""The dataset and its warnings do not depend on Python's hash seed (the order of a set of words, a dict of sets).

A batch run over many municipalities is compared run to run and job count to job count: a warning or a value that
changes with `PYTHONHASHSEED` would show as a change nobody made. The documents are hand-made layouts of several
readers (a PDF of slides whose skipped grids print two role words of one length, its text layers, a -layout sheet
and a pdfminer text layer), run twice by the CLI under two seeds; every parquet file must be equal.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
LAYOUTS = ROOT / "tests" / "fixtures" / "layouts"
DOCUMENTS = [LAYOUTS / "145_pdf_impress_kpi_text_boxes.pdf",
             *sorted((LAYOUTS / "layers").glob("145_pdf_impress_kpi_text_boxes.*.txt")),
             LAYOUTS / "layers" / "142_pdf_xlsx_triangle_change_grades.layout.txt",
             LAYOUTS / "layers" / "136_pdf_xlsx_stacked_header_grades.pdfminer.txt",
             LAYOUTS / "layers" / "128_pdf_xlsx_fiscal_year_role_headers.plumber.txt"]


def _run(docs: Path, out: Path, seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run([sys.executable, "-m", "pipeline.cli", "run", "--input", str(docs), "--output", str(out),
                           "--no-cache", "--jobs", "1"], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=600)
    assert done.returncode in (0, 1), done.stderr[-2000:]
    printed = (done.stdout + done.stderr).splitlines()
    return "\n".join(line for line in printed if line.startswith(("warning", "info")))


def test_two_hash_seeds_give_the_same_dataset_and_warnings(tmp_path: Path):
    docs = tmp_path / "docs"
    docs.mkdir()
    for path in DOCUMENTS:
        shutil.copy(path, docs / path.name)
    said = {seed: _run(docs, tmp_path / f"out{seed}", seed) for seed in ("1", "2")}
    assert said["1"] == said["2"] and "warning" in said["1"]
    tables = sorted(p.name for p in (tmp_path / "out1").glob("*.parquet"))
    assert "documents.parquet" in tables and "observations.parquet" in tables
    for name in tables:
        first, second = (pd.read_parquet(tmp_path / f"out{seed}" / name) for seed in ("1", "2"))
        pd.testing.assert_frame_equal(first, second)
    assert len(pd.read_parquet(tmp_path / "out1" / "observations.parquet")) > 0
