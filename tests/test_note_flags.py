"""Notes printed apart from a table's cells: a paragraph under the table that quotes an indicator's name is that
indicator's note, one that names none is warned of; a note cell's first line printed above its row's name is no
header line; a note that may have run on into a part's title is flagged `note_uncertain`, and so are the notes of two
rows between whose values a note cell's lines were placed by a guess."""

from __future__ import annotations

from pathlib import Path

from ingest.document import load
from ingest.registry import extract
from ingest.table.interpret import UNTIED_NOTE_WARNING
from records import extraction_records

#: `pdftotext -layout`: a table, then a paragraph with no mark that cites one row's name in quotes
QUOTED = """基本目標１ 健やかに暮らせるまち

指標名                 基準値             目標値
                   （令和元年度）          （令和7年度）
平均寿命                80.1歳            81.0歳
特定健診受診率             40.2%             60.0%


成果指標「平均寿命」の算出方法について、令和５年度以降は、国の統計に合わせた算出方法へ変更します。これに伴い、基準
値との単純比較はできません。

基本目標２ にぎわいのあるまち
"""

#: the same table, its paragraph quoting a word that is no row's name
UNNAMED = QUOTED.replace("成果指標「平均寿命」", "「健康づくり計画」")

#: `pdftotext -layout`: a note column whose first row prints the note's first line above its name's line
NOTE_ABOVE = """まちづくりプロジェクト

プロジェクト指標
                      現状値             目標値
指標名                                             解説・算出方法など
                      （令和5年度）         （令和11年度）
                                                  市民意識調査における「重点施策 4-2 住
住み続けたいと思う市民の割合 61.0％         70.0％       み続けたいまちづくり」に関す
                                                  る市民の満足度
                                                  市民意識調査における「重点施策 4-3 公
公共交通の満足度        28.4％             35.0％       共交通の充実」に関す
                                                  る市民の満足度
"""

#: `pdftotext -raw`: the last row's note ends in a line (`観光の振興`) that may be its rest or the title of the part
#: whose policy heading follows: the text does not show where the note cell ended
TITLE_AFTER = ("重点施策 5-1 方針1:商店街のにぎわいづくり\n成果指標\n指標名\n現状値\n（令和5年度）\n目標値\n"
               "（令和11年度）\n解説・算出方法など\n空き店舗数 42店 30店 商店街連合会の調査による空き店舗の数\n"
               "歩行者通行量 8,200人 9,000人\n休日の中心商店街の歩行者の通行量; ※各年\n度の平均値\n観光の振興\n"
               "重点施策 5-2 方針1:観光資源の磨き上げ\n成果指標\n指標名\n現状値\n（令和5年度）\n目標値\n"
               "（令和11年度）\n解説・算出方法など\n観光入込客数 310万人 350万人 県の観光統計による\n")


#: `pdftotext -raw`: a table's one row with no note, its name wrapped; the next policy's heading right under it
HEADING_AFTER = ("重点施策 3-1 方針 1:地域で働く場の確保\n成果指標\n指標名 現状値 目標値 解説・算出方法など\n"
                 "（令和 5 年度） （令和 11 年度）\n市内の事業所と連携した就職面接会への参\n加者数\n"
                 "120 人 150 人\n重点施策 3-2 方針 1:子育て支援の充実\n成果指標\n指標名\n現状値\n（令和 5 年度）\n"
                 "目標値\n（令和 11 年度）\n解説・算出方法など\n保育所の待機児童数 12 人 0 人\n")

#: pdfplumber: two rows whose note cells wrap around their value lines (a line above, a line below each); the
#: lines between the two rows' values could be the first row's note's end or the second's start; the table ends
#: at the next part's title, the second note's last line left out of it
NOTES_AROUND = ("共生社会実現プロジェクト\nプロジェクト指標\n現状値 目標値\n指標名 解説・算出方法など\n"
                "（令和5年度） （令和11年度）\n市民意識調査における「重点施策 7-1 互\n"
                "互いに認め合う多文化共生の推進に関する満足度 30.2％ 31.7％ いに認め合う多文化共生の推進」に関す\n"
                "る市民の満足度\n市民意識調査における「重点施策 7-2 人\n"
                "人権を尊重するまちづくりの推進に関する満足度 35.9％ 39.0％ 権を尊重するまちづくりの推進」に関す\n"
                "る市民の満足度\n多文化理解の促進とグローバル人材の育成\n"
                "重点施策 1-2 方針2関係:英語コミュニケーション能力の育成\n指標\n現状値 目標値\n"
                "指標名 解説・算出方法など\n（令和5年度） （令和11年度）\n"
                "英語の学習が楽しいと感じている児童・生徒の割合 87.1％ 90.0％ 関連事業: 学校教育構想推進事業\n")


def _read(tmp_path: Path, text: str, name: str) -> tuple[dict[str, dict], list[str]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    extraction = extract(load(path))
    _, indicators, _ = extraction_records(extraction)
    return {i["kpi_name"]: i for i in indicators}, extraction.warnings


def test_a_paragraph_under_the_table_quoting_a_name_is_that_rows_note(tmp_path: Path):
    rows, _ = _read(tmp_path, QUOTED, "plan.layout.txt")
    assert "".join(rows["平均寿命"]["note"].split()) == (
        "成果指標「平均寿命」の算出方法について、令和５年度以降は、国の統計に合わせた算出方法へ変更します。"
        "これに伴い、基準値との単純比較はできません。")
    assert rows["特定健診受診率"]["note"] is None
    assert not rows["平均寿命"]["note_uncertain"]


def test_a_paragraph_quoting_no_rows_name_is_warned_of_not_given_to_a_row(tmp_path: Path):
    rows, warnings = _read(tmp_path, UNNAMED, "plan.layout.txt")
    assert all(row["note"] is None for row in rows.values())
    assert any(w.startswith(f"{UNTIED_NOTE_WARNING}: 「健康づくり計画」") for w in warnings)


def test_a_note_line_above_the_first_name_is_no_header_line(tmp_path: Path):
    rows, _ = _read(tmp_path, NOTE_ABOVE, "plan.layout.txt")
    assert {name: "".join(row["note"].split()) for name, row in rows.items()} == {
        "住み続けたいと思う市民の割合": "市民意識調査における「重点施策4-2住み続けたいまちづくり」に関する市民の満足度",
        "公共交通の満足度": "市民意識調査における「重点施策4-3公共交通の充実」に関する市民の満足度"}


def test_a_note_that_may_run_into_the_next_parts_title_is_flagged(tmp_path: Path):
    rows, _ = _read(tmp_path, TITLE_AFTER, "plan.raw.txt")
    walkers = rows["歩行者通行量"]
    assert walkers["note"].startswith("休日の中心商店街の歩行者の通行量")
    # read with the title, the note says it may be wrong; whole and alone, it needs no flag
    assert walkers.get("note_uncertain") or walkers["note"].endswith("平均値")
    assert not rows["空き店舗数"].get("note_uncertain")


def test_a_heading_read_as_a_note_is_flagged(tmp_path: Path):
    rows, _ = _read(tmp_path, HEADING_AFTER, "plan.raw.txt")
    fair = rows["市内の事業所と連携した就職面接会への参加者数"]
    assert fair["note"] is None or fair.get("note_uncertain")


def test_note_lines_placed_between_two_rows_by_a_guess_are_flagged(tmp_path: Path):
    rows, _ = _read(tmp_path, NOTES_AROUND, "plan.plumber.txt")
    expected = {"互いに認め合う多文化共生の推進に関する満足度":
                "市民意識調査における「重点施策7-1互いに認め合う多文化共生の推進」に関する市民の満足度",
                "人権を尊重するまちづくりの推進に関する満足度":
                "市民意識調査における「重点施策7-2人権を尊重するまちづくりの推進」に関する市民の満足度"}
    for name, note in expected.items():
        row = rows[name]
        assert "".join((row["note"] or "").split()) == note or row["note_uncertain"], name
