"""The front ends, and the choice of one per document by the evidence each finds in it.

Where to add support for a new layout: a new family of table shapes in text is a reader (`ingest/text/pipes.py`,
`tabs.py`, `csvrows.py`, `aligned.py`, `cells.py`, `labelled_rows.py`, `raw_rows.py`, `spaced.py`: lines → grids)
listed in `ingest.text.generic.READERS`; what a column means is decided once, by the table interpreter
(`ingest/table/`), from the header words in `normalize/vocabulary.py`.
The specialised front ends below score a document (0 = not mine) and the best score wins; a document none of
them recognises goes to the generic front ends. Statements outside tables (`name 30件（2018年度）→50件（2023年度）`)
are read from every document's other lines afterwards. What was not read is told once every reader has run: a table
seen but not read whose values the statements read is no longer warned of (`ingest.unread.revise_seen`), and a
document nobody read a row from gets a warning saying what KPI-like text it holds.
"""

from __future__ import annotations

from dataclasses import replace

from ingest.detect import detect
from ingest.document import LoadedDocument, file_line
from ingest.frontend import FrontEnd
from ingest.model import Extraction, SourceRef
from ingest.pdf.frontend import PdfFrontEnd
from ingest.table.header import kinds_named
from ingest.table.interpret import flag_goalless, survey_lines
from ingest.text.form_rows import forms_beside, goal_labels_apart, kind_labels_among_rows, labels_apart
from ingest.text.fragments import FragmentFrontEnd
from ingest.text.generic import GenericText
from ingest.text.linearised import LinearisedSheet
from ingest.text.name_lines import names_apart
from ingest.text.side_by_side import chart_beside, prose_beside, unfold, values_apart
from ingest.text.statements import read_statements
from ingest.text.tabbed import FRONT_END as TABBED
from ingest.text.turned import unturn
from ingest.textcolumns import reading_order
from ingest.unread import revise_seen, unread_report
from normalize.text import name_kind
from normalize.vocabulary import GENERIC_KIND

FRONT_ENDS: list[FrontEnd] = [TABBED, LinearisedSheet(), FragmentFrontEnd(), PdfFrontEnd()]
#: Front ends for layouts nobody made a front end for: tried only when no specialised one recognises the document.
GENERIC_FRONT_ENDS: list[FrontEnd] = [GenericText()]
NO_LAYOUT_WARNING = "no indicator table layout recognised; zero indicators read"
STATEMENTS_SHAPE = "statements"
SIDE_GUESSED_WARNING = ("rows of two tables side by side whose table the text does not say (a row printed alone, "
                        "read with the table whose departments it prints, else the right-hand one; or a row given "
                        "the rest of a wrapped name; or rows given their values, printed after all rows under value "
                        "headers printed apart, by the order alone): which table or values they take is a guess")


def _best(front_ends: list[FrontEnd], document: LoadedDocument) -> FrontEnd | None:
    scored = sorted(((fe.score(document), i, fe) for i, fe in enumerate(front_ends)), key=lambda s: (-s[0], s[1]))
    return scored[0][2] if scored and scored[0][0] > 0 else None


def extract(document: LoadedDocument, pdf_reader: str | None = None) -> Extraction:
    """Run the front end that recognises the document, then read the statements outside its tables; a document
    with neither gives zero rows and a warning saying what KPI-like text it holds. `pdf_reader` chooses what reads
    a PDF's pages (`ingest.pdf.source`; default: the default reader)."""
    document, guessed = _unfolded(document)
    info = detect(document.lines) if document.kind == "text" else None
    front_end = _best(FRONT_ENDS, document) or _best(GENERIC_FRONT_ENDS, document)
    if isinstance(front_end, PdfFrontEnd) and pdf_reader:
        front_end = front_end.reading_with(pdf_reader)
    if front_end is not None:
        extraction = front_end.extract(document, info)
        flag_goalless(extraction.rows)  # a row without goal among rows with one: its goal was lost, whoever read it
        _add_statements(extraction, document)
        revise_seen(extraction)
        _add_unread(extraction, document)
        _kind_from_name_labels(extraction)
        _kind_from_title(extraction)
        _kind_from_owner(extraction)
        _flag_guessed_side(extraction, guessed)
        _add_survey(extraction, document)
        return _at_source_lines(extraction, document)
    extraction = Extraction(
        source_file=document.source_file,
        doc_type=info.doc_type if info else "unknown",
        title=info.title if info else None,
        fiscal_year=info.fiscal_year if info else None,
        source_lines=document.source_lines,
    )
    _add_statements(extraction, document)
    _add_unread(extraction, document)
    _kind_from_name_labels(extraction)
    _add_survey(extraction, document)
    return _at_source_lines(extraction, document)


def _unfolded(document: LoadedDocument) -> tuple[LoadedDocument, set[int]]:
    """A text layer without positions that prints two things side by side, in reading order: two tables (their values
    maybe printed after all their rows, `values_apart`), a column of running text or a chart beside a table
    (`ingest.text.side_by_side`), a table turned on its page read forwards
    (`ingest.text.turned`), an evaluation box's labels printed before its cells each put back before its cell
    (`ingest.text.form_rows.labels_apart`), forms side by side one after the other (`forms_beside`), a KPI
    block's labelled name line put before its header and values
    (`ingest.text.name_lines.names_apart`); every line still traced to the file's line. Also the 1-based lines whose
    table was guessed."""
    if document.kind != "text":
        return document, set()
    lines, origin, guessed = document.lines, list(range(len(document.lines))), set[int]()
    for repair in (unturn, values_apart, unfold, prose_beside, chart_beside, labels_apart, forms_beside,
                   goal_labels_apart, kind_labels_among_rows, names_apart):
        if (done := repair(lines)) is not None:
            guessed = done.guessed | {k for k, at in enumerate(done.origin) if at in guessed}
            lines, origin = done.lines, [origin[at] for at in done.origin]
    if lines is document.lines:
        return document, set()
    numbers = [document.source_lines[i] if document.source_lines else i + 1 for i in origin]
    return replace(document, lines=lines, source_lines=numbers), {i + 1 for i in guessed}


def _flag_guessed_side(extraction: Extraction, guessed: set[int]) -> None:
    """Rows of two side-by-side tables placed by a guess (`side_by_side.unfold`: printed alone after lines of two
    rows, or given a wrapped name's rest; `side_by_side.values_apart`: given the values printed after all rows by
    their order): which table or values they take the text does not say, so their values are flagged and a warning
    names them."""
    rows = [row for row in extraction.rows if row.ref.line in guessed]
    for row in rows:
        for cell in row.cells:
            cell.uncertain = True
    if rows:
        extraction.warnings.append(f"{SIDE_GUESSED_WARNING}: " + ", ".join(row.name for row in rows))


def _add_survey(extraction: Extraction, document: LoadedDocument) -> None:
    """For a document no reader read a row from (tables and statements alike): which KPI-like words it prints
    and where (`survey_lines`: by PDF page or text line), else that no layout was recognised."""
    if extraction.rows:
        return
    if extraction.page_texts:
        seen = survey_lines(extraction.page_texts, place="page")
    else:
        seen = survey_lines(document.lines, numbers=document.source_lines) if document.kind == "text" else None
    extraction.warnings.append(seen or NO_LAYOUT_WARNING)


def _add_unread(extraction: Extraction, document: LoadedDocument) -> None:
    """Where a text shows a table no reader read, or a repeat of indicators read elsewhere (`ingest.unread`)."""
    if document.kind == "text":
        extraction.warnings += unread_report(document.lines, extraction)


def _at_source_lines(extraction: Extraction, document: LoadedDocument) -> Extraction:
    """Line references into the file's own lines, for a text whose lines were joined while loading (every value
    stays traceable to the line of the file where its row starts)."""
    numbers = document.source_lines
    if not numbers:
        return extraction

    def moved(ref: SourceRef) -> SourceRef:
        return replace(ref, line=file_line(numbers, ref.line)) if ref.line else ref

    for row in extraction.rows:
        row.ref = moved(row.ref)
        for cell in row.cells:
            cell.ref = moved(cell.ref)
    for reject in extraction.rejects:
        reject.ref = moved(reject.ref)
    extraction.text_lines = [(text, moved(ref)) for text, ref in extraction.text_lines]
    return extraction


def _kind_from_name_labels(extraction: Extraction) -> None:
    """A row whose name opens with a kind label (`KGI：年間出生数` over `KPI①　移住相談件数`) is of that kind, whatever
    the caption or title says of the table: the label names the row's own kind (`normalize.text.name_kind`)."""
    for row in extraction.rows:
        if (kind := name_kind(row.name)) is not None:
            row.kind = kind


def _kind_from_title(extraction: Extraction) -> None:
    """Rows no caption gave a kind (or only the generic `指標`) take the one kind the document's title names
    (`若杉市 第２期総合戦略 数値目標の達成状況`, `…重要業績評価指標（KPI）一覧`): the title says what every table of
    the document lists. A title naming several kinds (`数値目標及び重要業績評価指標`) or none decides nothing."""
    kinds = kinds_named(extraction.title or "")
    if len(kinds) != 1:
        return
    kind = kinds.pop()
    for row in extraction.rows:
        if row.kind in ("", GENERIC_KIND):
            row.kind = kind


def _kind_from_owner(extraction: Extraction) -> None:
    """Rows no caption, header word nor title gave a kind take the one the headings that own them give (a table
    under `基本目標１` alone lists 数値目標, under a measure KPI: `IndicatorRow.owner_kind`), as statements do."""
    for row in extraction.rows:
        if not row.kind and row.owner_kind:
            row.kind = row.owner_kind


def _add_statements(extraction: Extraction, document: LoadedDocument) -> None:
    """Add the statements of the lines no table front end read (never a line twice): a text document's other
    lines, or the lines a positioned front end (PDF) found outside its tables."""
    if document.kind == "text":  # two text columns side by side read one after the other, each line where printed
        read = extraction.row_lines()
        order = reading_order(document.lines)
        found = read_statements([text for text, _ in order], document.source_file,
                                skip=[at for at, (_, index) in enumerate(order) if index + 1 in read],
                                refs=[SourceRef(document.source_file, line=index + 1) for _, index in order])
    else:
        lines = [text for text, _ in extraction.text_lines]
        found = read_statements(lines, document.source_file, refs=[ref for _, ref in extraction.text_lines])
    extraction.rejects.extend(found.rejects)
    if not found.rows:
        return
    extraction.shape = f"{extraction.shape}+{STATEMENTS_SHAPE}" if extraction.shape else STATEMENTS_SHAPE
    extraction.rows.extend(found.rows)
