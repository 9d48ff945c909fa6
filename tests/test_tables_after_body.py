"""Tables a text layer prints after the body of the page (a word processor's text boxes: LibreOffice Writer draws
its frames after the body text, layouts 256): a measure heading and its prose, the next measure heading and its
prose, then two KPI tables, each under its caption. Which heading owns the first table the text does not say (the
earlier one, whose section printed no table, or the later one with both): the rows keep the later heading's path,
flagged `goal_uncertain`, and the reading says so. A heading whose own table came before is no such case, nor one
printed before already (the goals listed with their summaries, then each goal's section). The documents are
invented; the paths are read by hand from their headings."""

from __future__ import annotations

from pathlib import Path

from ingest.document import load
from ingest.registry import extract
from records import extraction_records

HEADINGS = ["西原町 第２期総合戦略 施策の展開", "基本目標２ 人が集うまちをつくる", "施策（１） 移住の促進"]
FIRST_PROSE = ["町外から移り住む人の相談に、空き家の紹介と暮らしの体験で応えます。"]
SECOND = ["施策（２） 観光の振興", "町の祭りと温泉を結ぶ周遊の仕組みを整え、宿泊につなげます。"]
FIRST_TABLE = ["【重要業績評価指標（KPI）】", "指標名 基準値（R1） 目標値（R7）", "移住相談件数 48 件 80 件",
               "空き家バンクの成約件数 6 件 15 件"]
SECOND_TABLE = ["【重要業績評価指標（KPI）】", "指標名 基準値（R1） 目標値（R7）", "観光入込客数 310 千人 400 千人",
                "町内の宿泊者数 21 千人 30 千人"]


def _read(tmp_path: Path, lines: list[str]) -> tuple[dict[str, tuple[str, bool]], list[str]]:
    path = tmp_path / "frames.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    extraction = extract(load(path))
    _, indicators, _ = extraction_records(extraction)
    return {row["kpi_name"]: (row["goal"], row["goal_uncertain"]) for row in indicators}, extraction.warnings


def test_two_tables_after_a_headings_prose_and_a_tableless_heading_before_are_flagged(tmp_path: Path) -> None:
    read, warnings = _read(tmp_path, HEADINGS + FIRST_PROSE + SECOND + FIRST_TABLE + SECOND_TABLE)
    later = "2 人が集うまちをつくる / 施策(2) 観光の振興"
    assert read == {name: (later, True) for name in ("移住相談件数", "空き家バンクの成約件数", "観光入込客数",
                                                     "町内の宿泊者数")}
    assert any("施策（１） 移住の促進" in warning and "cannot be told" in warning for warning in warnings)


def test_tables_under_their_own_headings_are_not_flagged(tmp_path: Path) -> None:
    """The first measure prints its table, the second its prose and two tables: each heading owns what follows."""
    read, warnings = _read(tmp_path, HEADINGS + FIRST_PROSE + FIRST_TABLE + SECOND + SECOND_TABLE + SECOND_TABLE[:2]
                           + ["観光ガイドの登録者数 12 人 20 人"])
    first, later = "2 人が集うまちをつくる / 施策(1) 移住の促進", "2 人が集うまちをつくる / 施策(2) 観光の振興"
    assert read == {"移住相談件数": (first, False), "空き家バンクの成約件数": (first, False),
                    "観光入込客数": (later, False), "町内の宿泊者数": (later, False),
                    "観光ガイドの登録者数": (later, False)}
    assert not any("cannot be told" in warning for warning in warnings)


def test_a_heading_listed_before_with_its_summary_is_not_flagged(tmp_path: Path) -> None:
    """The measures listed with a summary each, then each measure's section: the second section's two tables follow
    the first listing's heading of the level before, which is the list's, not a section without a table."""
    listing = ["施策（１） 移住の促進", "空き家の紹介と暮らしの体験で移住を支えます。", "施策（２） 観光の振興",
               "祭りと温泉を結び、宿泊につなげます。"]
    read, warnings = _read(tmp_path, HEADINGS[:2] + listing + SECOND + FIRST_TABLE + SECOND_TABLE)
    later = "2 人が集うまちをつくる / 施策(2) 観光の振興"
    assert read == {name: (later, False) for name in ("移住相談件数", "空き家バンクの成約件数", "観光入込客数",
                                                      "町内の宿泊者数")}
    assert not any("cannot be told" in warning for warning in warnings)
