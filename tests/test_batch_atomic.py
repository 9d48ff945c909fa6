"""Atomic output: a run killed at any point leaves the previous dataset in place, complete and readable.

The run is started in a subprocess whose `pipeline.write.checkpoint` hook stops at a named point and says
so on stdout; the test then kills it (SIGKILL, no clean-up possible) and inspects the output folder.
No timing is involved: the test waits for the process to say where it stopped.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from tests.batch_inputs import stub_text
from tests.conftest import ROOT

RUNNER = """
import sys, time
from pathlib import Path
import pipeline.write as write
from ingest import registry
from tests.batch_inputs import StubFrontEnd

stop_at = sys.argv[3]
def checkpoint(stage):
    if stage == stop_at:
        print("STOPPED", stage, flush=True)
        time.sleep(3600)
write.checkpoint = checkpoint
registry.FRONT_ENDS = [StubFrontEnd()]
from pipeline.run import run
run(Path(sys.argv[1]), Path(sys.argv[2]), jobs=1)
print("FINISHED", flush=True)
"""


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def _run(corpus: Path, out: Path, stop_at: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", RUNNER, str(corpus), str(out), stop_at], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})


def _kill_at(corpus: Path, out: Path, stop_at: str) -> None:
    process = _run(corpus, out, stop_at)
    line = process.stdout.readline()
    if not line.startswith("STOPPED"):
        process.kill()
        pytest.fail(f"run did not reach {stop_at}: {line!r} {process.stderr.read()}")
    process.send_signal(signal.SIGKILL)
    process.wait()
    process.stdout.close()
    process.stderr.close()


@pytest.fixture
def previous(tmp_path: Path) -> tuple[Path, Path, dict[str, bytes]]:
    """A corpus, a dataset written from it, and then a new document dropped into the corpus."""
    corpus, out = tmp_path / "in", tmp_path / "out"
    corpus.mkdir()
    (corpus / "a.txt").write_text(stub_text(("新規求人数", "1,234人")), encoding="utf-8")
    process = _run(corpus, out, "never")
    assert process.communicate()[0].strip() == "FINISHED"
    (corpus / "b.txt").write_text(stub_text(("観光入込客数", "258万人"), ("出生数", "1,500人")), encoding="utf-8")
    return corpus, out, _files(out)


@pytest.mark.parametrize("stop_at", ["read", "staged:observations", "staged:rejects", "before-swap"])
def test_killed_run_leaves_previous_dataset_intact(previous, stop_at):
    corpus, out, before = previous
    _kill_at(corpus, out, stop_at)
    assert _files(out) == before
    assert pq.read_table(out / "indicators.parquet").column("kpi_name").to_pylist() == ["新規求人数"]
    # The next run clears the leftovers and writes the new dataset.
    process = _run(corpus, out, "never")
    assert process.communicate()[0].strip() == "FINISHED"
    assert pq.read_table(out / "indicators.parquet").num_rows == 3
    assert sorted(p.name for p in out.parent.iterdir()) == [".kpi-cache", "in", "out"]


def test_killed_after_swap_leaves_the_new_dataset_complete(previous):
    corpus, out, _ = previous
    _kill_at(corpus, out, "swapped")
    assert pq.read_table(out / "indicators.parquet").num_rows == 3
    for name in ("observations", "documents", "rejects"):
        pq.read_table(out / f"{name}.parquet")
    process = _run(corpus, out, "never")
    assert process.communicate()[0].strip() == "FINISHED"
    assert sorted(p.name for p in out.parent.iterdir()) == [".kpi-cache", "in", "out"]


def test_fallback_swap_killed_between_renames_is_recovered(previous, monkeypatch):
    """Where the system cannot exchange two folders, a kill between the two renames loses nothing either."""
    from pipeline import write

    _, out, before = previous
    old = out.parent / f".{out.name}.old-999999999"
    os.rename(out, old)  # exactly the state the fallback swap is in after its first rename
    monkeypatch.setattr(write, "_exchange", lambda a, b: False)
    writer = write.DatasetWriter(out)
    writer.recover()
    assert _files(out) == before and not old.exists()


def test_fallback_swap_replaces_the_dataset(previous, monkeypatch):
    from ingest import registry
    from pipeline import write
    from pipeline.run import run
    from tests.batch_inputs import StubFrontEnd

    corpus, out, _ = previous
    monkeypatch.setattr(write, "_exchange", lambda a, b: False)
    monkeypatch.setattr(registry, "FRONT_ENDS", [StubFrontEnd()])
    run(corpus, out, jobs=1)
    assert pq.read_table(out / "indicators.parquet").num_rows == 3
    assert sorted(p.name for p in out.parent.iterdir()) == [".kpi-cache", "in", "out"]
