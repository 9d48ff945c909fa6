"""KPI cards: one indicator per card, its name and values printed as labelled fields (`指標名：新規就農者数`,
`基準値：3人（令和元年度）`, `担当課：農林振興課`) under a title (`ＫＰＩ１−１`), several cards side by side, as
slide decks, PowerPoint exports and summary brochures print them (layouts 72).

A reader that finds the fields of cards standing side by side aligned gives a grid whose columns are the cards; a
card read alone is a column of its own. Each card becomes a form of label–value pairs, read as every form is
(`ingest.table.header.form_layout`), its title lines a caption above it. Layout only: which label means what is
the header words' business.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ingest.table.context import TextLine
from ingest.table.grid import Grid, GridCell
from ingest.table.header import NAME, OTHER, VALUE, compact, header_role
from normalize.text import nfkc
from normalize.vocabulary import DEPARTMENT_FIELD_SEPARATORS

#: A field's label is a short header text (`基準値（令和元年度）`); a longer text before a colon is prose.
MAX_LABEL_CHARS = 16
#: A card names its indicator and at least this many values (a baseline and a target): fewer is a caption or note
#: that happens to hold a colon.
MIN_CARD_VALUES = 2
_SEPARATORS = tuple(nfkc(mark) for mark in DEPARTMENT_FIELD_SEPARATORS)


def field_of(text: str) -> tuple[str, str] | None:
    """(label, value) of a labelled field (`基準値：3人（令和元年度）` → `基準値`, `3人（令和元年度）`): the text before
    the first separator is a header word of some role, the text after it not empty; else None."""
    folded = nfkc(text)
    at = min((i for i in (folded.find(mark) for mark in _SEPARATORS) if i > 0), default=-1)
    if at < 0:
        return None
    label, value = text[:at].strip(), text[at + 1:].strip()
    if not value or len(compact(label)) > MAX_LABEL_CHARS or header_role(label) == OTHER:
        return None
    return label, value


@dataclass
class Card:
    """One card: its title lines and its (label, value) fields, each with the grid cell it was printed in."""

    titles: list[GridCell] = field(default_factory=list)
    fields: list[tuple[str, str, GridCell]] = field(default_factory=list)
    #: the grid row of the card's last line read
    last_row: int = -1

    def roles(self) -> list[str]:
        return [header_role(label) for label, _, _ in self.fields]

    def is_card(self) -> bool:
        roles = self.roles()
        return roles.count(NAME) == 1 and roles.count(VALUE) >= MIN_CARD_VALUES


def _column_cards(cells: list[GridCell]) -> list[Card]:
    """The cards printed down one column, top to bottom: title lines, then fields; a line that is no field right
    under a name field continues the name (it wrapped in its card); any other such line, or a second name field,
    starts the next card."""
    cards: list[Card] = []
    for cell in cells:
        found = field_of(cell.text)
        current = cards[-1] if cards else None
        if found is not None:
            if current is None or (header_role(found[0]) == NAME and NAME in current.roles()):
                current = Card()
                cards.append(current)
            current.fields.append((*found, cell))
        elif current is not None and current.fields and _continues(current, cell):
            label, value, first = current.fields[-1]
            current.fields[-1] = (label, f"{value}\n{cell.text.strip()}", first)
        else:
            if current is None or current.fields:
                current = Card()
                cards.append(current)
            current.titles.append(cell)
        current.last_row = cell.row
    return cards


def _continues(card: Card, cell: GridCell) -> bool:
    """A line under a card's name field that is no field continues the name (it wrapped); under any other field
    it is the next card's title."""
    return header_role(card.fields[-1][0]) == NAME and cell.row == card.last_row + 1


def card_grids(grid: Grid) -> list[tuple[list[TextLine], Grid]] | None:
    """The cards of a grid in reading order (row of cards by row of cards, left to right), each as the text lines
    of its title and a grid of two columns, label and value, one row per field; None unless every text of the grid
    belongs to a card (a title or a field) and there is at least one card."""
    cards: list[tuple[int, int, Card]] = []
    for col in range(grid.n_cols):
        cells = sorted((c for c in grid.cells if c.col == col and c.text.strip()), key=lambda c: c.row)
        if not cells:
            continue
        found = _column_cards(cells)
        if not found or not all(card.is_card() for card in found):
            return None
        cards += [((card.titles or [card.fields[0][2]])[0].row, col, card) for card in found]
    if not cards:
        return None
    out = []
    for _, _, card in sorted(cards, key=lambda item: item[:2]):
        titles = [TextLine(c.text.strip(), float(c.row), float(c.row + 1), line=c.line) for c in card.titles]
        cells = [GridCell(r, side, text, line=cell.line) for r, (label, value, cell) in enumerate(card.fields)
                 for side, text in enumerate((label, value))]
        out.append((titles, Grid(grid.page, grid.bbox, len(card.fields), 2, grid.engine, cells,
                                 uncertain=grid.in_doubt)))
    return out
