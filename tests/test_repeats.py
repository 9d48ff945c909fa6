"""ingest/repeats: an indicator printed in several tables of one document is merged into one reading, and every text
a losing reading printed differently is kept as a reject with a warning (nothing dropped silently)."""

from __future__ import annotations

from ingest.model import IndicatorRow, SourceRef, ValueCell
from ingest.repeats import merge_repeats


def _reading(line: int, note: str | None) -> IndicatorRow:
    ref = SourceRef("hand.txt", line=line)
    cells = [ValueCell("基準値（令和元年度）", "1,200人", ref), ValueCell("目標値（令和７年度）", "1,500人", ref)]
    return IndicatorRow("KPI", "観光入込客数", ("1 しごとをつくる",), ref, cells, note=note)


def test_a_repeat_printing_another_note_keeps_it_in_the_rejects():
    # invented: the summary table and the goal's own table print the same indicator, each with its own footnote
    # mark text; the merged reading keeps the first note, the other went nowhere
    rows, rejects, warnings = merge_repeats([[_reading(5, "速報値")], [_reading(40, "確定値（令和６年３月公表）")]])
    assert [(row.name, row.note) for row in rows] == [("観光入込客数", "速報値")]
    assert [(r.ref.line, r.raw, r.reason) for r in rejects] == [
        (40, "確定値（令和６年３月公表）", "note disagrees with repeat at line 5 (kept '速報値')")]
    assert len(warnings) == 1


def test_a_repeat_without_a_note_or_with_the_same_one_reports_nothing():
    for first, second in [("速報値", None), (None, "速報値"), ("速報値", "速報値")]:
        rows, rejects, warnings = merge_repeats([[_reading(5, first)], [_reading(40, second)]])
        assert [row.note for row in rows] == ["速報値"]
        assert rejects == warnings == []
