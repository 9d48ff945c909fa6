"""Where a note ends: a note under a table wrapped at the text's width goes on over its next line (a text layer
prints no margin: the widest line stands for it), several notes under one table sharing one mark go to the rows
each names, and a part's title after a cell that ended is no note's rest (003 and 004 of the producer matrix)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from ingest.document import load
from ingest.registry import extract
from records import extraction_records

_NOTE = ("※現状値(令和元年度)からは減少しているが、コロナ禍で落ち込んだ令和 4 年度実績(コミュニティバス利用者数 "
         "244,765 人、鉄道利用者数 395.8 万人(令和 3 年度))か")
_REST = "ら増加させるもの。"

#: pdfplumber's text (003): the note's line is taken with the table's lines, its rest printed after them
PLUMBER = ("④ 交通体系の確立\n重要業績評価指標（ＫＰＩ）\n現状値 目標値\n指標名\n（令和元年度） （令和9年度）\n"
           "コミュニティバス利用者数 294,758人 290,000人(※)\n490.7万人 430万人(※)\n鉄道利用者数\n"
           "(平成30年度) (令和8年度)\n" + _NOTE.replace(" ", "") + "\n" + _REST + "\n3-2 安心安全な暮らしの実現\n"
           "数値目標\n現状値 目標値\n指標名\n（令和元年度） （令和9年度）\n1,634件 1,318件\n刑法犯認知件数\n"
           "(令和元年) (令和9年)\n")

#: `pdftotext -raw` (003): the note after the table's lines, its rest on the next line
RAW = ("④ 交通体系の確立\n重要業績評価指標（ＫＰＩ）\n指標名\n現状値\n（令和元年度）\n目標値\n（令和 9 年度）\n"
       "コミュニティバス利用者数 294,758 人 290,000 人(※)\n鉄道利用者数\n490.7 万人\n(平成 30 年度)\n430 万人(※)\n"
       "(令和 8 年度)\n" + _NOTE + "\n" + _REST + "\n3-2 安心安全な暮らしの実現\n")

#: two notes under one table, both marked `※`, as rows print `(※)` (003 printed as one table)
TWO_NOTES = ("重要業績評価指標（ＫＰＩ）\n指標名 現状値（令和元年度） 目標値（令和9年度）\n"
             "ファミリーサポートセンター会員登録数 828人 700人(※)\n"
             "コミュニティバス利用者数 294,758人 290,000人(※)\n\n"
             "※現状値からは減少しているが、令和4年度実績(655人)から増加させるもの。\n"
             "※現状値からは減少しているが、令和4年度実績(コミュニティバス利用者数244,765人)から増加させるもの。\n")

#: `pdftotext -raw` (004): the last row's note wraps and ends short; the next policy's title, then its heading
TITLE = ("重点施策 2-3 方針 1:行政のデジタル化の推進\n成果指標\n指標名\n現状値\n（令和 5 年度）\n目標値\n"
         "（令和 11 年度）\n解説・算出方法など\nオンライン化されている行政サービス(手続き)の\n割合\n－ 100％\n"
         "市の各種手続きのうちオンラインでの手\n続きが可能な割合\n「伊勢崎市はデジタル化が進んでいる」と感じる\n"
         "市民の割合\n－ 50.0％\n幅広い分野でのデジタルの活用が進んで\nいると感じる市民の割合\nデジタル基盤の整備\n"
         "重点施策 2-3 方針 3 関係:デジタル技術の活用による要介護認定の迅速化\n指標\n指標名\n現状値\n"
         "（令和 5 年度）\n目標値\n（令和 11 年度）\n解説・算出方法など\n"
         "要介護認定申請から要介護認定までの所要日数 45.3 日 37.0 日 関連事業: 介護保険運営事業\n")


def _notes(tmp_path: Path, text: str, name: str) -> dict[str, str]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    _, indicators, _ = extraction_records(extract(load(path)))
    return {i["kpi_name"]: "".join(unicodedata.normalize("NFKC", i["note"] or "").split()) for i in indicators}


def _folded(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


def test_a_note_wrapped_at_the_width_keeps_its_rest(tmp_path: Path):
    whole = _folded(_NOTE + _REST)  # by hand: the note ends `…(令和 3 年度))から増加させるもの。`
    for name, text in (("plan.plumber.txt", PLUMBER), ("plan.raw.txt", RAW)):
        notes = _notes(tmp_path, text, name)
        assert notes["コミュニティバス利用者数"] == whole, name
        assert notes["鉄道利用者数"] == whole, name


def test_notes_sharing_a_mark_go_to_the_rows_they_name(tmp_path: Path):
    notes = _notes(tmp_path, TWO_NOTES, "plan.txt")
    assert notes == {
        "ファミリーサポートセンター会員登録数": "※現状値からは減少しているが、令和4年度実績(655人)から増加させるもの。",
        "コミュニティバス利用者数":
            "※現状値からは減少しているが、令和4年度実績(コミュニティバス利用者数244,765人)から増加させるもの。"}


def test_a_title_after_a_cell_that_ended_is_no_note(tmp_path: Path):
    notes = _notes(tmp_path, TITLE, "plan.raw.txt")
    assert notes["「伊勢崎市はデジタル化が進んでいる」と感じる市民の割合"] \
        == "幅広い分野でのデジタルの活用が進んでいると感じる市民の割合"
