"""Atomic output: a run that fails or is killed at any point leaves the previous dataset byte-identical, or
the new one complete; a failing run leaves nothing behind, a killed run's leftovers are cleared by the next.

The failure points are the named `pipeline.write.checkpoint` calls, found by running (so a point added
later is walked too). At each, the run is made to fail (disk full, Ctrl-C) in-process, or is SIGKILLed in a
forked copy of the test process (no clean-up possible). No timing is involved.
"""

from __future__ import annotations

import os
import shutil
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


# -- the property: at every failure point, the previous dataset byte-identical or the new one complete ------------

def _checkpoints(corpus: Path, out: Path, cache: Path, monkeypatch) -> list[str]:
    """The named points a run passes, in order (each once): found by running, so a new point is walked too."""
    from ingest import registry
    from pipeline import write
    from pipeline.run import run
    from tests.batch_inputs import StubFrontEnd

    seen: list[str] = []
    monkeypatch.setattr(write, "checkpoint", lambda stage: seen.count(stage) or seen.append(stage))
    monkeypatch.setattr(registry, "FRONT_ENDS", [StubFrontEnd()])
    run(corpus, out, jobs=1, cache_dir=cache)
    monkeypatch.undo()
    return seen


@pytest.fixture
def walk(previous, tmp_path, monkeypatch):
    """(corpus, out, previous files, the complete new files, every checkpoint of a run)."""
    corpus, out, before = previous
    reference = tmp_path / "reference"
    points = _checkpoints(corpus, reference, tmp_path / "reference-cache", monkeypatch)
    new = _files(reference)
    shutil.rmtree(reference)
    shutil.rmtree(tmp_path / "reference-cache")
    assert {"listed", "read", "aligned", "staged:documents", "before-swap", "swapped", "pruned"} <= set(points)
    shutil.copytree(tmp_path / ".kpi-cache", tmp_path / "cache-before")
    return corpus, out, before, new, points


def _restore(out: Path, before: dict[str, bytes]) -> None:
    """The state before the failing run: the previous dataset, and the cache without the new document."""
    shutil.rmtree(out)
    out.mkdir()
    for name, data in before.items():
        (out / name).write_bytes(data)
    shutil.rmtree(out.parent / ".kpi-cache")
    shutil.copytree(out.parent / "cache-before", out.parent / ".kpi-cache")


def _previous_or_complete(out: Path, before: dict[str, bytes], new: dict[str, bytes], point: str) -> None:
    files = _files(out)
    assert files in (before, new), f"at {point}: neither the previous dataset nor the complete new one"


def test_every_failure_point_keeps_the_previous_dataset_or_completes_the_new(walk, monkeypatch):
    """Disk full (OSError) or Ctrl-C (KeyboardInterrupt) at each point: the run unwinds and leaves nothing."""
    import errno

    from ingest import registry
    from pipeline import write
    from pipeline.run import run
    from tests.batch_inputs import StubFrontEnd

    corpus, out, before, new, points = walk
    monkeypatch.setattr(registry, "FRONT_ENDS", [StubFrontEnd()])
    for failure in (OSError(errno.ENOSPC, "No space left on device"), KeyboardInterrupt()):
        for point in points:
            def fail(stage, point=point, failure=failure):
                if stage == point:
                    raise failure
            monkeypatch.setattr(write, "checkpoint", fail)
            with pytest.raises(type(failure)):
                run(corpus, out, jobs=1)
            _previous_or_complete(out, before, new, point)
            assert sorted(p.name for p in out.parent.iterdir()) == [".kpi-cache", "cache-before", "in", "out"], point
            _restore(out, before)


def _killed_in_fork(corpus: Path, out: Path, point: str) -> None:
    """Run in a forked copy of this process that SIGKILLs itself at `point` (as kill -9 would: no clean-up)."""
    from pipeline import write
    from pipeline.run import run

    child = os.fork()
    if child == 0:
        try:
            def die(stage: str) -> None:
                if stage == point:
                    os.kill(os.getpid(), signal.SIGKILL)
            write.checkpoint = die
            run(corpus, out, jobs=1)
        finally:
            os._exit(1)  # not reached when killed at the point
    _, status = os.waitpid(child, 0)
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, f"run did not reach {point}"


def test_every_kill_point_keeps_the_previous_dataset_or_completes_the_new(walk, monkeypatch):
    """SIGKILL at each point (no clean-up possible): then the next run clears the leftovers."""
    from ingest import registry
    from pipeline.run import run
    from tests.batch_inputs import StubFrontEnd

    corpus, out, before, new, points = walk
    monkeypatch.setattr(registry, "FRONT_ENDS", [StubFrontEnd()])
    for point in points:
        _killed_in_fork(corpus, out, point)
        _previous_or_complete(out, before, new, point)
        run(corpus, out, jobs=1)
        assert _files(out) == new
        assert sorted(p.name for p in out.parent.iterdir()) == [".kpi-cache", "cache-before", "in", "out"], point
        _restore(out, before)
