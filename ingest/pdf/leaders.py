"""Dot leaders: a word processor joins a name to its figures by a run of leader glyphs set by a tab stop
(`町内事業所の従業者数…………3,250人（R5）→ 3,500人（R11）`; layouts 68). The run stands where a table has a gap
between its columns: in a line of text it is read as that gap (a space), so that no leader glyph ends up in a name.

A leader is a run of at least `MIN_LEADER_GLYPHS` glyphs of one leader mark (vocabulary LEADER_GLYPHS); a mark printed
once or twice (`…` in prose, `・` between words) stays.
"""

from __future__ import annotations

import re

from normalize.vocabulary import LEADER_GLYPHS

#: Fewest glyphs of a run that is a leader (`……` in prose is two glyphs of `…`).
MIN_LEADER_GLYPHS = 3

_LEADER = re.compile("|".join(f"{re.escape(mark)}{{{MIN_LEADER_GLYPHS},}}" for mark in LEADER_GLYPHS))


def leader_runs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each leader run in `text`: the gaps between the columns of a line set by tab stops."""
    return [match.span() for match in _LEADER.finditer(text)]


def without_leaders(text: str) -> str:
    """The text with each leader run read as the gap it stands for (`name…………2人` → `name 2人`)."""
    return _LEADER.sub(" ", text)
