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



#: A three-row header whose top row names the name column, a band over the values and the comment column
#: `課題と対応` (issues and what is done about them, common in 効果検証 sheets); the roles and years below (generator
#: tab seeds 37 and 220 read nothing before the word was known: `no indicator table layout recognised`).
COMMENT_COLUMN_HEADER = (
    "山辺村 総合戦略 効果検証シート\n\n"
    "指標名\t進捗状況\t\t\t課題と対応\n"
    "\t基準値\t実績値\t目標値\n"
    "\t令和元年度\t令和5年度\t令和7年度\n"
    "新規就農者数\t4人\t6人\t8人\t研修の受講者が増えた。\n"
    "観光入込客数\t12万人\t15万人\t18万人\t引き続き誘客に取り組む。\n"
)


def test_a_comment_column_headed_kadai_to_taiou_is_narrative(tmp_path) -> None:
    from tests.synth.score import read_text

    observations = read_text(COMMENT_COLUMN_HEADER)
    assert sorted((o["kpi_name"], o["role"], o["period"], o["value"], o["unit"]) for o in observations) == sorted([
        ("新規就農者数", "baseline", "FY2019", 4.0, "人"), ("新規就農者数", "actual", "FY2023", 6.0, "人"),
        ("新規就農者数", "target", "FY2025", 8.0, "人"), ("観光入込客数", "baseline", "FY2019", 120000.0, "人"),
        ("観光入込客数", "actual", "FY2023", 150000.0, "人"), ("観光入込客数", "target", "FY2025", 180000.0, "人")])
