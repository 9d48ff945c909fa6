"""The tokens of a text row typed by what they can be in a KPI table: a value, a stand-in for one, a year, a
progress label or text.

A text layer that prints a table row on one line with single spaces between the cells (`pdftotext -raw`) gives
no positions: which token belongs to which column can only be read from what the tokens are. This module says
what each token is; `ingest.text.raw_rows` matches the types to the column roles a header names.

Tokens are the line's runs without spaces, a bracketed text (`（令和元年度）`) kept whole; pieces of one value the
producer printed apart are joined first: a unit (`85 人`, `8.4 万冊`), an approximation or rate word before the
number (`約 1,200 件`, `年 60件`) and a bracketed remark after it (`74.1% (令和3年度)`).
"""

from __future__ import annotations

from dataclasses import dataclass

from ingest.text.fragment_cells import is_parenthetical, is_value, tokens
from normalize.cell import parse_cell
from normalize.periods import parse_period
from normalize.text import nfkc
from normalize.vocabulary import (
    APPROXIMATE_PREFIXES,
    CUMULATIVE_PREFIXES,
    PENDING_VALUE_WORDS,
    PLACEHOLDER_DASHES,
    PROGRESS_LABELS,
    RATE_PREFIXES,
    TARGET_DIRECTION_WORDS,
)

VALUE = "value"
#: printed in a value cell instead of a number: a placeholder with a remark (`－（未公表）`), a word saying the
#: figure is not there yet (`調査中`), a direction (`増加`)
STAND_IN = "stand-in"
#: a period alone (`平成30年度`, `2019年度`): the year column beside a value column
YEAR = "year"
PROGRESS = "progress"
TEXT = "text"

_PREFIXES = tuple(nfkc(p) for p in (*APPROXIMATE_PREFIXES, *RATE_PREFIXES, *CUMULATIVE_PREFIXES))
_PROGRESS = frozenset(nfkc(label) for label in PROGRESS_LABELS)
_PENDING = frozenset(nfkc(word) for word in (*PENDING_VALUE_WORDS, *TARGET_DIRECTION_WORDS))
_DASHES = frozenset(nfkc(PLACEHOLDER_DASHES))


@dataclass(frozen=True)
class Token:
    """One printed cell piece of a row: its type and its text as printed (joined pieces with a space)."""

    kind: str
    text: str


def _stand_in(text: str) -> bool:
    """A placeholder dash with a bracketed remark (`－（未公表）`), or a word standing for a missing figure."""
    folded = nfkc(text).strip()
    if folded in _PENDING:
        return True
    head = folded.split("(", 1)[0]
    return bool(head) and set(head) <= _DASHES and is_parenthetical(folded[len(head):])


def token_kind(text: str) -> str:
    """The type of one token (see the module docstring)."""
    if is_value(text):
        return VALUE
    if _stand_in(text):
        return STAND_IN
    folded = nfkc(text).strip()
    if folded in _PROGRESS:
        return PROGRESS
    if parse_period(folded.strip("()")) is not None and all(p.value is None for p in parse_cell(text)):
        return YEAR
    return TEXT


def typed_tokens(line: str) -> list[Token]:
    """The tokens of a line with their types, pieces of one value printed apart joined."""
    out: list[Token] = []
    for text in tokens(line.strip()):
        kind = token_kind(text)
        if out and out[-1].kind == VALUE and is_parenthetical(text):
            out[-1] = Token(VALUE, f"{out[-1].text} {text}")  # `74.1%` `(令和3年度)` → `74.1% (令和3年度)`
            continue
        if out and out[-1].kind == VALUE and kind == TEXT and is_value(out[-1].text + text):
            out[-1] = Token(VALUE, out[-1].text + text)  # `85` `人` → `85人`
            continue
        if out and out[-1].kind == TEXT and nfkc(out[-1].text) in _PREFIXES and is_value(out[-1].text + text):
            out[-1] = Token(VALUE, out[-1].text + text)  # `約` `1,200` → `約1,200`
            continue
        out.append(Token(kind, text))
    return out
