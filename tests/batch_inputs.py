"""Small generated inputs for the batch-run tests: PDFs (reportlab and hand-written) and a stub front end.

The stub front end reads lines `STUB <name> <value>` as one KPI each, so the run's mechanics (cache,
duplicates, ordering, atomic swap) are tested with real rows whatever front ends are registered.
"""

from __future__ import annotations

from pathlib import Path

from ingest.model import Extraction, IndicatorRow, SourceRef, ValueCell

STUB_MARK = "STUB"
STUB_HEADER = "目標値（令和9年度）"


class StubFrontEnd:
    """Reads `STUB <name> <value>` lines; kind can be set to an invalid value to provoke a schema violation."""

    name = "stub"

    def __init__(self, kind: str = "KPI"):
        self.kind = kind

    def score(self, document) -> float:
        return 1.0 if any(line.startswith(STUB_MARK) for line in document.lines) else 0.0

    def extract(self, document, info) -> Extraction:
        rows = []
        for number, line in enumerate(document.lines, start=1):
            parts = line.split()
            if len(parts) == 3 and parts[0] == STUB_MARK:
                ref = SourceRef(document.source_file, line=number)
                rows.append(IndicatorRow(self.kind, parts[1], ("1 しごとの創生",), ref,
                                         [ValueCell(STUB_HEADER, parts[2], ref)]))
        return Extraction(document.source_file, info.doc_type if info else "unknown", shape="stub", rows=rows)


def stub_text(*indicators: tuple[str, str], extra: str = "") -> str:
    """A small evaluation-like text document the stub front end reads."""
    lines = ["令和5年度 第2期伊勢崎市まち・ひと・しごと創生総合戦略 効果検証", extra]
    lines += [f"{STUB_MARK} {name} {value}" for name, value in indicators]
    return "\n".join(lines) + "\n"


def reportlab_pdf(path: Path, text: str = "数値目標 新規求人数 1,234人", password: str | None = None) -> Path:
    """A one-page PDF with a Japanese text layer (CID font), optionally encrypted with a user password."""
    from reportlab.lib import pdfencrypt
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiKakuGo-W5"))
    encrypt = pdfencrypt.StandardEncryption(password, ownerPassword=password + "-owner") if password else None
    pdf = canvas.Canvas(str(path), encrypt=encrypt, invariant=1)
    pdf.setFont("HeiseiKakuGo-W5", 10)
    pdf.drawString(50, 800, text)
    pdf.showPage()
    pdf.save()
    return path


def image_only_pdf(path: Path) -> Path:
    """A one-page PDF whose page shows only an image and names no font: what a scanner writes."""
    image = b"\x80" * 16
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Resources << /XObject << /Im1 5 0 R >> >> "
        b"/Contents 4 0 R >>",
        b"<< /Length 33 >>\nstream\nq 100 0 0 100 50 50 cm /Im1 Do Q\nendstream",
        b"<< /Type /XObject /Subtype /Image /Width 4 /Height 4 /ColorSpace /DeviceGray /BitsPerComponent 8 "
        b"/Length 16 >>\nstream\n" + image + b"\nendstream",
    ]
    path.write_bytes(assemble_pdf(objects))
    return path


def assemble_pdf(objects: list[bytes]) -> bytes:
    """A PDF file of numbered objects (1 0 obj …), with a correct cross-reference table; object 1 is the root."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def looping_pdf() -> bytes:
    """A one-page PDF whose page resources are a reference loop (6 0 R → 7 0 R → 6 0 R): pdfminer resolves
    references until it reaches an object, so opening the page spins for ever."""
    return assemble_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Resources 6 0 R /Contents 4 0 R >>",
        b"<< /Length 0 >>\nstream\n\nendstream",
        b"<< >>",
        b"7 0 R",
        b"6 0 R",
    ])
