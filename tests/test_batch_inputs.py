"""Bad inputs: each one fails with a one-line reason naming the file, and nothing else is lost."""

from __future__ import annotations

import random
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from ingest import registry
from ingest.document import DocumentError, load
from pipeline.run import run
from tests.batch_inputs import StubFrontEnd, image_only_pdf, reportlab_pdf, stub_text
from tests.conftest import ROOT

GOOD = stub_text(("新規求人数", "1,234人"), ("観光入込客数", "258万人"))


@pytest.fixture(autouse=True)
def stub_front_end(monkeypatch):
    monkeypatch.setattr(registry, "FRONT_ENDS", [StubFrontEnd()])


def _run_with(tmp_path: Path, name: str, content: bytes, **options):
    """Run over one good document plus the bad one; return (report of the bad one, result)."""
    folder = tmp_path / "in"
    folder.mkdir(exist_ok=True)
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / name).write_bytes(content)
    result = run(folder, tmp_path / "out", jobs=1, **options)
    bad = next(r for r in result.reports if r.source_file == name)
    return bad, result


def _assert_failed_alone(bad, result, reason: str) -> None:
    assert bad.error is not None and reason in bad.error
    assert "\n" not in bad.error
    good = next(r for r in result.reports if r.source_file == "good.txt")
    assert good.error is None and good.indicators == 2
    observations = result.tables["observations"].to_pylist()
    assert {r["source_file"] for r in observations} == {"good.txt"}
    documents = {r["source_file"]: r for r in result.tables["documents"].to_pylist()}
    assert reason in documents[bad.source_file]["error"]
    assert documents[bad.source_file]["n_indicators"] == 0


@pytest.mark.parametrize(("name", "content", "reason"), [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b" \n\r\n\t\n", "empty file"),
    ("empty.pdf", b"", "empty file"),
    ("notes.docx", b"PK\x03\x04 whatever", "unsupported file type .docx"),
    ("noextension", b"some text", "unsupported file type (no extension)"),
    ("not_a.pdf", b"just some text, not a PDF\n%%EOF\n", "not a PDF"),
    ("corrupt.pdf", b"%PDF-1.4\n" + bytes(range(256)) * 4 + b"\n%%EOF\n", "corrupt PDF"),
])
def test_refused_with_reason(tmp_path, name, content, reason):
    bad, result = _run_with(tmp_path, name, content)
    _assert_failed_alone(bad, result, reason)


@pytest.mark.parametrize("with_nul", [True, False])
def test_binary_garbage_named_txt(tmp_path, with_nul):
    rng = random.Random(7)
    garbage = bytes(rng.randrange(256) for _ in range(5000))
    if not with_nul:
        garbage = garbage.replace(b"\x00", b"\x01")
    bad, result = _run_with(tmp_path, "garbage.txt", garbage)
    _assert_failed_alone(bad, result, "binary content")


def test_truncated_pdf(tmp_path):
    data = reportlab_pdf(tmp_path / "whole.pdf").read_bytes()
    bad, result = _run_with(tmp_path, "truncated.pdf", data[: len(data) // 2])
    _assert_failed_alone(bad, result, "truncated PDF")


def test_password_protected_pdf(tmp_path):
    data = reportlab_pdf(tmp_path / "locked.pdf", password="secret").read_bytes()
    bad, result = _run_with(tmp_path, "locked.pdf", data)
    _assert_failed_alone(bad, result, "password-protected PDF")


def test_pdf_without_text_layer(tmp_path):
    data = image_only_pdf(tmp_path / "scan.pdf").read_bytes()
    bad, result = _run_with(tmp_path, "scan.pdf", data)
    _assert_failed_alone(bad, result, "no text layer")


def test_readable_pdf_passes_the_open_checks(tmp_path):
    document = load(reportlab_pdf(tmp_path / "ok.pdf"))
    assert (document.kind, document.pages) == ("pdf", 1)


def test_size_guard(tmp_path):
    bad, result = _run_with(tmp_path, "large.txt", ("大きな文書\n" * 200).encode(), max_bytes=1024)
    _assert_failed_alone(bad, result, "over the size limit of 0.0 MiB")
    with pytest.raises(DocumentError, match="over the size limit"):
        load(tmp_path / "in" / "large.txt", max_bytes=1024)


def test_document_without_kpi_tables_is_recorded_with_a_warning(tmp_path):
    bad, result = _run_with(tmp_path, "prose.txt", "令和5年度 効果検証\n本市の取組を紹介します。\n".encode())
    assert bad.error is None and bad.indicators == 0 and bad.warnings
    documents = {r["source_file"]: r for r in result.tables["documents"].to_pylist()}
    assert documents["prose.txt"]["n_indicators"] == 0
    assert documents["prose.txt"]["warnings"] == bad.warnings
    assert not result.failed


# -- encodings: the same text in UTF-8, UTF-8 with BOM, CP932 (CRLF) and EUC-JP reads the same ---------------

ENCODED_TEXT = (ROOT / "raw_docs" / "000_6a8dd34eadd639eb.txt").read_text(encoding="utf-8") + stub_text(
    ("新規求人数", "1,234人"), ("床面積①", "12.5㎡"), ("㈱の数", "3件"), extra="ＣＰ９３２だけの文字：①②㈱㎡～")


def _encodable(line: str, encoding: str) -> bool:
    try:
        line.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


@pytest.mark.parametrize(("name", "data"), [
    ("bom.txt", b"\xef\xbb\xbf" + ENCODED_TEXT.encode("utf-8")),
    ("cp932.txt", ENCODED_TEXT.replace("\n", "\r\n").encode("cp932")),
    ("eucjp.txt", "\n".join(line for line in ENCODED_TEXT.splitlines() if _encodable(line, "euc_jp")).encode("euc_jp")),
])
def test_other_encodings_read_like_utf8(tmp_path, name, data):
    folder = tmp_path / "in"
    folder.mkdir()
    text = data.decode({"bom.txt": "utf-8-sig", "cp932.txt": "cp932", "eucjp.txt": "euc_jp"}[name])
    (folder / "utf8.txt").write_text(text.replace("\r\n", "\n"), encoding="utf-8")
    (folder / name).write_bytes(data)
    assert load(folder / name).lines == load(folder / "utf8.txt").lines
    result = run(folder, tmp_path / "out", jobs=1)
    assert not result.failed
    for table in ("observations", "indicators", "documents"):
        rows = pq.read_table(tmp_path / "out" / f"{table}.parquet").to_pylist()
        by_file = {}
        for row in rows:
            by_file.setdefault(row.pop("source_file"), []).append({k: v for k, v in row.items() if k != "sha256"})
        assert by_file[name] == by_file["utf8.txt"]
    assert result.tables["indicators"].num_rows >= 2  # stub rows in each file (EUC-JP keeps those it can encode)
