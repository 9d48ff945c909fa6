"""Flat ODT documents printed to PDF by LibreOffice, for the fixture generators (run by hand: they need `soffice` and
fonts-ipaexfont; CI only reads the committed PDFs): the producer matrix (tests/fixtures/producers/make_fixtures.py)
and the development PDFs of tests/fixtures/pdf_producers/generate.py.

A generator writes its own styles and body; this module writes the rest of the document (namespaces, fonts, the
default paragraph style, the page) and runs the conversion.
"""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

_NAMESPACES = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
}
#: How long one conversion may take (LibreOffice on a shared machine, a few documents at once).
CONVERT_TIMEOUT_S = 600


def paragraph(text: str, style: str | None = None) -> str:
    """One `text:p`, its text escaped; `style` names a paragraph style."""
    attribute = f' text:style-name="{style}"' if style else ""
    return f"<text:p{attribute}>{escape(text)}</text:p>"


def page_layout(width: str, height: str, margins: str, header_footer: bool = False) -> str:
    """The page layout `page` (sizes with their unit, e.g. `297mm`, `42cm`); landscape when wider than high;
    `margins`: the `fo:margin…` attributes; `header_footer`: room for a running header and footer."""
    landscape = float(width[:-2]) > float(height[:-2])
    room = ('<style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.3cm"/>'
            '</style:header-style><style:footer-style><style:header-footer-properties fo:min-height="0.6cm" '
            'fo:margin-top="0.3cm"/></style:footer-style>') if header_footer else ""
    return (f'<style:page-layout style:name="page"><style:page-layout-properties fo:page-width="{width}" '
            f'fo:page-height="{height}" style:print-orientation="{"landscape" if landscape else "portrait"}" '
            f"{margins}/>{room}</style:page-layout>")


def flat_odt(*, fonts: list[str], font_pt: float, layout: str, automatic: str, body: str, styles: str = "",
             master: str = "") -> str:
    """A whole flat ODT text document: `fonts` (the first is the default paragraph font, at `font_pt`),
    common `styles`, the page `layout` (`page_layout`), `automatic` styles, the master page's header and footer
    (`master`) and the body."""
    namespaces = " ".join(f'xmlns:{prefix}="{uri}"' for prefix, uri in _NAMESPACES.items())
    faces = "".join(f'<style:font-face style:name="{font}" svg:font-family="{font}"/>' for font in fonts)
    default = fonts[0]
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document {namespaces} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>{faces}</office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm"/>
<style:text-properties style:font-name="{default}" style:font-name-asian="{default}" fo:font-size="{font_pt}pt" \
style:font-size-asian="{font_pt}pt"/></style:default-style>
{styles}
</office:styles>
<office:automatic-styles>
{layout}
{automatic}
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="page">{master}\
</style:master-page></office:master-styles>
<office:body><office:text>{body}</office:text></office:body></office:document>
"""


def flat_ods(*, font: str, font_size: str, page: str, widths_cm: list[float], cell_styles: str, rows: str,
             data_styles: str = "") -> str:
    """A whole flat ODS spreadsheet of one sheet `KPI`: `font` at `font_size` (`9pt`), the page layout's properties
    (`page`: its attributes), one column per width, the `cell_styles` (style elements, one per line) and the
    sheet's `rows`; `data_styles`: number formats (then the `number` namespace is declared too)."""
    names = dict(_NAMESPACES)
    if data_styles:
        names = {**{k: names[k] for k in ("office", "style", "text", "table")},
                 "number": "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0",
                 **{k: names[k] for k in ("fo", "svg")}}
    namespaces = " ".join(f'xmlns:{prefix}="{uri}"' for prefix, uri in names.items())
    columns = "".join(f'<table:table-column table:style-name="col{i}"/>' for i in range(len(widths_cm)))
    column_styles = "".join(
        f'<style:style style:name="col{i}" style:family="table-column"><style:table-column-properties '
        f'style:column-width="{w}cm"/></style:style>' for i, w in enumerate(widths_cm))
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document {namespaces} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:font-face-decls><style:font-face style:name="{font}" svg:font-family="{font}"/></office:font-face-decls>
<office:styles><style:default-style style:family="table-cell"><style:text-properties style:font-name="{font}" \
style:font-name-asian="{font}" fo:font-size="{font_size}" style:font-size-asian="{font_size}"/></style:default-style>\
</office:styles>
<office:automatic-styles>
{data_styles + chr(10) if data_styles else ""}<style:page-layout style:name="page">\
<style:page-layout-properties {page}/><style:header-style/><style:footer-style/></style:page-layout>
{column_styles}
<style:style style:name="ta1" style:family="table" style:master-page-name="Default"><style:table-properties \
table:display="true"/></style:style>
{cell_styles}
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Default" style:page-layout-name="page">\
<style:header style:display="false"/><style:footer style:display="false"/></style:master-page></office:master-styles>
<office:body><office:spreadsheet><table:table table:name="KPI" table:style-name="ta1">{columns}\
{rows}</table:table></office:spreadsheet></office:body></office:document>
"""


def convert(documents: dict[str, str], out_dir: Path) -> None:
    """Print flat ODT documents (name → XML) to `out_dir/<name>.pdf` with LibreOffice headless, in a user profile
    of their own (a running LibreOffice of the user is not disturbed)."""
    with tempfile.TemporaryDirectory() as work:
        sources = []
        for name, xml in documents.items():
            source = Path(work) / f"{name}.fodt"
            source.write_text(xml, encoding="utf-8")
            sources.append(str(source))
        profile = Path(work) / "profile"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(out_dir), *sources], check=True, capture_output=True,
                       timeout=CONVERT_TIMEOUT_S)
