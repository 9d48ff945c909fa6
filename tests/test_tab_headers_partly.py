"""Rows lost into a note (issue 11, tabmiss19): a `※` note printed right above a table row no reader took is no
wrapped note running into that row (the row's values were lost inside the note's text, generator tab seed 220 before
its header was read). The texts are invented; every expectation was read off them by hand."""

from __future__ import annotations

from ingest.table.context import Surroundings, TextLine


def test_a_row_under_a_note_is_no_part_of_the_note() -> None:
    surroundings = Surroundings()
    notes = surroundings.read([
        TextLine("※令和２年度は新型コロナウイルス感染症の影響により減少", 0.0, 1.0, fills_width=True, line=11),
        TextLine("農業産出額 億円 未集計 21.0 24.8 25.0", 1.0, 2.0, fills_width=True, line=12),
    ])
    assert notes == ["※令和２年度は新型コロナウイルス感染症の影響により減少"]
    assert any(w.startswith("line 12: ") and "農業産出額 億円 未集計 21.0 24.8" in w for w in surroundings.warnings)


def test_a_note_wrapped_onto_the_next_line_still_joins() -> None:
    surroundings = Surroundings()
    notes = surroundings.read([
        TextLine("※令和２年度は新型コロナウイルス感染症の影響により前年度比", 0.0, 1.0, fills_width=True, line=11),
        TextLine("12.5%減少した。", 1.0, 2.0, fills_width=True, line=12),
    ])
    assert notes == ["※令和２年度は新型コロナウイルス感染症の影響により前年度比12.5%減少した。"]
    assert not surroundings.warnings

