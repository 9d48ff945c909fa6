"""A table as a grid of located cells with spans, whichever reader found it (a PDF engine, pipe rows, tab rows,
whitespace-aligned columns).

Merged cells keep their span: a 大基本目標 cell that covers twelve rows is one `GridCell` with `row_span=12`,
so rows learn their goal from the span itself rather than from guessing which empty cells to fill.
Every cell keeps where it was printed (the grid's page, the cell's first text line), so every value read from it
stays traceable.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class GridCell:
    """One cell as printed: top-left position, span, text (lines joined with "\\n") and its 1-based text line."""

    row: int
    col: int
    text: str
    row_span: int = 1
    col_span: int = 1
    line: int | None = None


#: `Grid.line_doubts` that only the gathering of a row's lines decides (a name printed on the lines beside its
#: values, a line of a name's text, a line beside the row's that may be its own): a split by the cells' centring
#: that is no near tie settles them (`ingest.table.rows`).
GATHERING_DOUBTS = frozenset({"name_beside", "name_line", "lines_beside"})


@dataclass
class Grid:
    """A table found in a document: its page (PDF) and bounding box, and its cells.

    `line_rows`: each grid row is one printed text line, so one table row may cover several grid rows (a
    whitespace table, a pdftotext page, text rows with wrapped cells); otherwise every grid row is a table row
    bounded by rules or by the row syntax (pipe rows). With `row_edges` (the y of every row line, top to bottom,
    n_rows + 1 values) line rows are gathered by their geometry, without them by the text alone.
    """

    page: int | None
    bbox: tuple[float, float, float, float]
    n_rows: int
    n_cols: int
    engine: str
    cells: list[GridCell] = field(default_factory=list)
    row_edges: list[float] = field(default_factory=list)
    line_rows: bool = False
    #: the reader guessed where the columns are (cells split at single spaces): every value read is uncertain
    uncertain: bool = False
    #: x of each column line, left to right (n_cols + 1 values), when the finder knows them: a table continued on
    #: the next page without some of its columns' text is read in these columns.
    col_edges: list[float] = field(default_factory=list)
    #: the column the reader knows holds the indicator names although no header word names it (the text that
    #: repeats in every block of a year-major sheet)
    name_col: int | None = None
    #: the reader split every line at a delimiter (tab, pipe, CSV rows): a line's n-th cell is the n-th column,
    #: and a line is a table row of its own unless it continues the one above (`ingest.table.rows`)
    delimited: bool = False
    #: the text layer prints an office program's gap between Asian and Western text as a space (pdftotext
    #: `-layout` and `-raw`): a name's space before a number may not be printed, and its values are read with doubt
    autospaced: bool = False
    #: grid rows whose text the reader joined or cut by a guess (a row a page break split, a name's rest taken from
    #: the next page): the values of the table rows printed on them are uncertain, the other rows' are not
    uncertain_rows: set[int] = field(default_factory=set)
    #: the reader placed the goal columns' cells by a guess (a sheet's goal text printed beside the rows' lines):
    #: every row's goal is uncertain, whatever its values are
    goals_guessed: bool = False
    #: why the reader guessed, by 1-based text line: an `UNCERTAIN_REASONS` code (schema.tables) for the values
    #: printed on that line, when the reader knows which guess it made (else the flag says `placement_guessed`)
    line_doubts: dict[int, str] = field(default_factory=dict)
    #: what the reader could not tell, by 1-based text line (a line it gave a cell by a guess): the interpreter warns
    #: of each, naming the file's line
    told: tuple[tuple[int, str], ...] = ()
    #: lines the reader read as the table's but put in no cell, by 1-based text line (a last name's lines whose row
    #: never came): the interpreter warns of each, naming the file's line, and `tests.conservation` counts them as
    #: the table's body, so a reader that drops them is seen
    unplaced: tuple[tuple[int, str], ...] = ()
    #: with `goals_guessed`: the reader's guess is only where each goal cell ends (a sheet's goal text beside the
    #: rows' lines, `ingest.text.spaced`), so a row's goal is in doubt only where a goal text of its path ends in a
    #: line as wide as its column's widest (it may go on in a line read elsewhere: `ingest.table.rows`)
    goals_guessed_by_width: bool = False

    @property
    def in_doubt(self) -> bool:
        """The reader guessed somewhere in the table: its columns (`uncertain`) or some rows (`uncertain_rows`)."""
        return self.uncertain or bool(self.uncertain_rows)

    @property
    def guessed_throughout(self) -> bool:
        """The reader read nothing without a guess: its columns (`uncertain`) or every row (`uncertain_rows`)."""
        return self.uncertain or self.uncertain_rows.issuperset(range(self.n_rows))

    def text_at(self, row: int, col: int) -> str | None:
        """Text of the cell covering (row, col), following spans; None when no cell covers it."""
        cell = self.cell_at(row, col)
        return cell.text if cell else None

    def cell_at(self, row: int, col: int) -> GridCell | None:
        """The cell covering (row, col), following spans."""
        for cell in self.cells:
            if cell.row <= row < cell.row + cell.row_span and cell.col <= col < cell.col + cell.col_span:
                return cell
        return None

    def row_cells(self, row: int) -> list[GridCell | None]:
        """`cell_at(row, col)` for every column of the grid, in one pass over the cells."""
        found: list[GridCell | None] = [None] * self.n_cols
        for cell in self.cells:
            if cell.row <= row < cell.row + cell.row_span:
                for col in range(max(cell.col, 0), min(cell.col + cell.col_span, self.n_cols)):
                    if found[col] is None:
                        found[col] = cell
        return found

    def origin_at(self, row: int, col: int) -> GridCell | None:
        """The cell whose top-left corner is (row, col)."""
        for cell in self.cells:
            if cell.row == row and cell.col == col:
                return cell
        return None

    def line_of(self, row: int) -> int | None:
        """The first text line printed in a grid row (text readers), else None."""
        lines = [c.line for c in self.cells if c.row == row and c.line is not None]
        return min(lines) if lines else None

    def crop_rows(self, start: int, end: int) -> Grid:
        """The rows [start, end) as a grid of their own (cells clipped to the range)."""
        cells = []
        doubtful = {row - start for row in self.uncertain_rows if start <= row < end}
        for cell in self.cells:
            first, last = max(cell.row, start), min(cell.row + cell.row_span, end)
            if first < last and (cell.row >= start or first == start):
                cells.append(GridCell(first - start, cell.col, cell.text, last - first, cell.col_span, cell.line))
        edges = self.row_edges[start:end + 1]
        bbox = (self.bbox[0], edges[0], self.bbox[2], edges[-1]) if edges else self.bbox
        return Grid(self.page, bbox, end - start, self.n_cols, self.engine, cells, edges, self.line_rows,
                    self.uncertain, self.col_edges, self.name_col, self.delimited, self.autospaced, doubtful,
                    self.goals_guessed, self.line_doubts, self.told, self.unplaced, self.goals_guessed_by_width)

    def transposed(self) -> Grid:
        """The grid turned over its diagonal: rows become columns (a table printed sideways, its header words
        down the first column). A grid of text lines has no columns to turn and is returned as it is. A row in doubt
        becomes a column: the turned grid is uncertain as a whole."""
        if self.line_rows:
            return self
        cells = [GridCell(c.col, c.row, c.text, c.col_span, c.row_span, c.line) for c in self.cells]
        return Grid(self.page, self.bbox, self.n_cols, self.n_rows, self.engine, cells, list(self.col_edges),
                    False, self.in_doubt, list(self.row_edges),
                    autospaced=self.autospaced)

    def matrix(self) -> list[list[str]]:
        """Row-major texts, each position filled from the cell that covers it ("" when none)."""
        return [[self.text_at(r, c) or "" for c in range(self.n_cols)] for r in range(self.n_rows)]


def grid_from_rows(rows: list[tuple[int, list[str]]], engine: str, line_rows: bool = True,
                   uncertain: bool = False, delimited: bool = False) -> Grid:
    """Text rows given as (1-based line, cell texts) → a grid, one grid row per text row, short rows padded."""
    n_cols = max((len(texts) for _, texts in rows), default=0)
    cells = [GridCell(r, c, text, line=line) for r, (line, texts) in enumerate(rows) for c, text in enumerate(texts)]
    first = rows[0][0] if rows else 0
    last = rows[-1][0] if rows else 0
    return Grid(None, (0.0, float(first), float(n_cols), float(last)), len(rows), n_cols, engine, cells,
                line_rows=line_rows, uncertain=uncertain, delimited=delimited)
