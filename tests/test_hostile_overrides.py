"""Issue 10, row 8: the overrides file is missing, malformed, misspelt or contradicts itself. Each stops the
run with exit 2 and one line naming the problem, before any document is read."""

from __future__ import annotations

import hashlib

import pytest

from align import overrides as overrides_module
from align.names import name_form
from pipeline.cli import EXIT_OK, EXIT_USAGE, main
from pipeline.run import run
from tests.batch_inputs import stub_text
from tests.hostile import one_line, write_corpus

REASON = 'reason = "checked by hand"\n'


@pytest.fixture(autouse=True)
def _stub(stub_front_end):
    """Every test of this module reads documents with the stub front end."""


def _refused(tmp_path, capsys, text: str | None, *words: str) -> None:
    docs = write_corpus(tmp_path / "docs")
    path = tmp_path / "typo.toml"
    if text is not None:
        path.write_text(text, encoding="utf-8")
    assert main(["run", "--input", str(docs), "--output", str(tmp_path / "out"), "--overrides", str(path)]) \
        == EXIT_USAGE
    line = one_line(capsys.readouterr().err)
    for word in words:
        assert word in line, line
    assert not (tmp_path / "out").exists()


def test_a_missing_overrides_file_is_refused(tmp_path, capsys, nothing_read):
    _refused(tmp_path, capsys, None, "overrides file not found", "typo.toml")


def test_malformed_toml_is_refused_before_reading(tmp_path, capsys, nothing_read):
    _refused(tmp_path, capsys, '[[merge]]\na = "出生数\n', "not valid TOML", "line 2")


def test_an_overrides_file_that_is_not_utf8_is_refused(tmp_path, capsys, nothing_read):
    docs = write_corpus(tmp_path / "docs")
    path = tmp_path / "cp932.toml"
    path.write_bytes(f'[[merge]]\na = "出生数"\nb = "出生者数"\n{REASON}'.encode("cp932"))
    assert main(["run", "--input", str(docs), "--output", str(tmp_path / "out"), "--overrides", str(path)]) \
        == EXIT_USAGE
    assert "not valid TOML" in one_line(capsys.readouterr().err)


@pytest.mark.parametrize(("text", "words"), [
    ('[[merge]]\na = "出生数"\nb = "出生者数"\nresaon = "typo"\n', ["[[merge]] #1", "unknown keys", "resaon"]),
    (f'[[pin]]\nname = "出生数"\nkpi-id = "K-0123456789"\n{REASON}', ["[[pin]] #1", "kpi-id"]),
    (f'[[merj]]\na = "出生数"\nb = "出生者数"\n{REASON}', ["unknown sections", "merj"]),
    (f'[merge]\na = "出生数"\nb = "出生者数"\n{REASON}', ["[[merge]]", "list of tables"]),
    (f'[[pin]]\nname = "出生数"\nkpi_id = "42"\n{REASON}', ["[[pin]] #1", "'42' is not an id"]),
    (f'[[pin]]\nname = "出生数"\nkpi_id = "K-ABC DEF"\n{REASON}', ["is not an id"]),
    (f'[[merge]]\na = "出生数"\nb = "出生者数"\n{REASON}[[keep_apart]]\na = "出生者数"\nb = "出生数"\n{REASON}',
     ["[[keep_apart]] #1 contradicts [[merge]] #1", "both merged and kept apart"]),
    (f'[[pin]]\nname = "出生数"\nkpi_id = "K-0123456789"\n{REASON}'
     f'[[pin]]\nname = "出生数"\nkpi_id = "K-9876543210"\n{REASON}', ["[[pin]] #2", "pinned twice", "[[pin]] #1"]),
    (f'[[pin]]\nname = "出生数"\nkpi_id = "K-0123456789"\n{REASON}'
     f'[[pin]]\nname = "婚姻件数"\nkpi_id = "K-0123456789"\n{REASON}', ["[[pin]] #2", "another name", "[[merge]]"]),
])
def test_unknown_keys_and_contradictions_are_named(tmp_path, capsys, nothing_read, text, words):
    _refused(tmp_path, capsys, text, *words)


def test_the_projects_own_file_may_be_absent(tmp_path, monkeypatch):
    """Only an explicit --overrides must exist; without the project's file there are no decisions."""
    monkeypatch.setattr(overrides_module, "DEFAULT_PATH", tmp_path / "kpi_overrides.toml")
    docs = write_corpus(tmp_path / "docs")
    assert not run(docs, tmp_path / "out", jobs=1).failed


def test_a_pin_to_another_indicators_id_is_named(tmp_path, capsys):
    """出生数's natural id pinned to 婚姻件数: one of the two cannot have it (which one depends on the order of
    the clusters); either way the run names the pin. Found after alignment, so a warning, not a refusal."""
    docs = write_corpus(tmp_path / "docs", {"a.txt": stub_text(("出生数", "1,500人"), ("婚姻件数", "700件"))})
    births = "K-" + hashlib.sha1(name_form("出生数").key.encode()).hexdigest()[:10]
    path = tmp_path / "pins.toml"
    path.write_text(f'[[pin]]\nname = "婚姻件数"\nkpi_id = "{births}"\n{REASON}', encoding="utf-8")
    assert main(["run", "--input", str(docs), "--output", str(tmp_path / "out"), "--overrides", str(path),
                 "--jobs", "1"]) == EXIT_OK
    err = capsys.readouterr().err
    warning = one_line(err)
    assert warning.startswith(f"kpi-ingest: warning: [[pin]] '婚姻件数' → {births}") and "another indicator" in warning
