"""Nothing lost at a table's end: a reason cell whose last sentence is printed after the table's last row (the page
full, the rest at the top of the next page) keeps that tail, in single-space `-raw` text (the cell left unfinished:
no `。`, no closing bracket) and in `-layout` text (the column the tail is printed in); a paragraph, a note or a heading
after the table stays outside; a tail-shaped line no unfinished cell can take is warned of with its file line.

The texts are invented (no town publishes them: words of other municipalities, shaped as pdftotext prints them);
every expected reason is read by hand off the text. `tests.conservation --tails` reports such lines when a reading
keeps them nowhere: shown here on the reading with the reader's mechanism switched off."""

from __future__ import annotations

from pathlib import Path

import pytest

import tests.conservation as conservation
from ingest.document import load
from ingest.model import Extraction
from ingest.registry import extract
from ingest.text import aligned, raw_rows
from ingest.text.broken_rows import tail_column


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "layer.txt"
    path.write_text(text, encoding="utf-8")
    return path


def _reasons(extraction: Extraction) -> dict[str, str | None]:
    return {row.name: None if row.reason is None else "".join(row.reason.split()) for row in extraction.rows}


#: invented (東原町), `-raw`: the last row's reason wraps, the page ends after `…周知が進んだ`, and the next page
#: (pdftotext's form feed opening its first line) prints the sentence's last two lines before the next goal heading
RAW_TAIL = """令和５年度 地方創生総合戦略 効果検証シート
基本目標１ 地域経済を元気にする
指標名 基準値（令和元年度） 実績値（令和５年度） 目標値（令和７年度） 担当課 進捗状況 理由
観光入込客数 120万人 98万人 150万人 観光振興課 進捗の遅れ 感染症の影響が長引き、団体
旅行の回復が遅れたため。
新規就農者数 8人 11人 12人 農政課 概ね順調に進捗 就農相談会の開催回数を増や
し、研修制度の周知が進んだ
\fことによるものと考えられ
る。
基本目標２ 子育て世代に選ばれるまちをつくる
指標名 基準値（令和元年度） 実績値（令和５年度） 目標値（令和７年度） 担当課 進捗状況 理由
出生数 310人 276人 320人 こども課 進捗の遅れ 婚姻数の減少が続いているた
め。
"""

#: invented (西ノ浦市), `-raw`: the last reason ends without `。` (`…伸び悩んでいるため`), then on the next page a
#: paragraph of the report (wider than the reason's column) and a `※` note: no tail of the reason
RAW_PARAGRAPH = """基本目標３ 安心して暮らせるまちをつくる
指標名 基準値（令和元年度） 実績値（令和５年度） 目標値（令和７年度） 担当課 進捗状況 理由
健康診査受診率 42.1% 44.0% 50.0% 健康推進課 進捗の遅れ 受診勧奨の通知を送付したが
、若い世代の受診が伸び悩
んでいるため
\f本市では、これらの結果を踏まえ、第２期総合戦略の見直しに向けた検討を進めていく。
※ 実績値は速報値である。
"""


def _layout(tail: str, at: int) -> str:
    """Invented (南谷村), `-layout` (one character a position): the last row's reason wraps in its column (from
    position 101) down to the page's foot; the next page prints `tail` at position `at` (pdftotext places each page
    on a grid of its own: one position off), then a paragraph from the left margin."""
    columns = [2, 26, 41, 56, 71, 87, 101]

    def line(cells: list[str]) -> str:
        out = ""
        for x, cell in zip(columns, cells, strict=False):
            out = out.ljust(x) + cell if cell else out
        return out.rstrip()

    return "\n".join([
        " " * 27 + "基本目標２　地域で支え合うまちをつくる",
        "",
        line(["指標名", "基準値", "実績値", "目標値", "担当課", "進捗状況", "理由"]),
        line(["", "（令和元年度）", "（令和５年度）", "（令和７年度）"]),
        line(["自主防災組織の結成率", "71.5%", "74.2%", "80.0%", "危機管理課", "順調に進捗", "結成が進んだため。"]),
        line(["地域見守り協力事業者数", "45事業者", "52事業者", "70事業者", "福祉政策課", "進捗の遅れ",
              "協定締結に向けた事業者へ"]),
        " " * 101 + "の働きかけが、感染症の影",
        " " * 101 + "響により十分に行えなかっ",
        "\f" + " " * at + tail,
        "",
        "  第２期計画では、地域の担い手の確保に向けた取組を重点的に進めていく。指標は毎年度の評価会議で検証する。",
        "",
    ])


LAYOUT_TAIL = _layout("たためと考えている。", 102)
#: the same page, but the next page's sentence stands under the department column (whose cell is whole)
LAYOUT_ELSEWHERE = _layout("数値は速報値である。", 71)


def test_a_raw_reason_goes_on_after_the_page_break(tmp_path: Path):
    extraction = extract(load(_write(tmp_path, RAW_TAIL)))
    assert _reasons(extraction) == {
        "観光入込客数": "感染症の影響が長引き、団体旅行の回復が遅れたため。",
        "新規就農者数": "就農相談会の開催回数を増やし、研修制度の周知が進んだことによるものと考えられる。",
        "出生数": "婚姻数の減少が続いているため。",
    }
    assert not [w for w in extraction.warnings if "考えられ" in w]


def test_the_check_reports_the_tail_a_reader_leaves_outside(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    path = _write(tmp_path, RAW_TAIL)
    assert conservation.accounts(path)[conservation.TAIL_KIND] == (0, [])
    monkeypatch.setattr(raw_rows._Reader, "_sentence_tail", lambda self, text, i: False)
    monkeypatch.setattr(conservation, "extract", _without_warnings)
    missing = conservation.accounts(path)[conservation.TAIL_KIND][1]
    # `る。` holds no run of two letters: counted as kept (the check is a lower bound). Lines are numbered as the
    # readers number them (a form feed breaks a line, as `str.splitlines` has it): the tail's first line is the 9th
    assert [(token.text, token.where) for token in missing] == [("ことによるものと考えられ", "line 9")]


def _without_warnings(document):  # the old reading warned of the first line only; the check sees both
    extraction = extract(document)
    extraction.warnings = []
    return extraction


def test_a_paragraph_and_a_note_after_an_unfinished_reason_stay_outside(tmp_path: Path):
    extraction = extract(load(_write(tmp_path, RAW_PARAGRAPH)))
    assert _reasons(extraction) == {"健康診査受診率": "受診勧奨の通知を送付したが、若い世代の受診が伸び悩んでいるため"}
    assert all("速報値" not in str(vars(row)) for row in extraction.rows)


def test_a_layout_reason_goes_on_in_its_column_on_the_next_page(tmp_path: Path):
    extraction = extract(load(_write(tmp_path, LAYOUT_TAIL)))
    assert _reasons(extraction) == {
        "自主防災組織の結成率": "結成が進んだため。",
        "地域見守り協力事業者数":
            "協定締結に向けた事業者への働きかけが、感染症の影響により十分に行えなかったためと考えている。",
    }
    assert all("第２期計画" not in str(vars(row)) for row in extraction.rows)


def test_a_layout_tail_under_a_whole_cell_is_warned_of_by_its_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    extraction = extract(load(_write(tmp_path, LAYOUT_ELSEWHERE)))  # its 10th line as read (the form feed breaks one)
    assert _reasons(extraction)["地域見守り協力事業者数"] == \
        "協定締結に向けた事業者への働きかけが、感染症の影響により十分に行えなかっ"
    assert [w for w in extraction.warnings if "速報値" in w] == [
        "line 10: '数値は速報値である。' ends a sentence after the table where no cell of its last row is left "
        "unfinished: read into no cell"]
    monkeypatch.setattr(aligned, "_sentence_tails", lambda tables, lines: None)
    assert not [w for w in extract(load(_write(tmp_path, LAYOUT_ELSEWHERE))).warnings if "速報値" in w]


def test_two_unfinished_cells_give_the_tail_to_the_last_and_say_it_was_a_guess():
    cells = [(5, "概ね順調に", 10), (6, "研修制度の周知が", 16), (7, "周知が進んだ", 16)]
    assert tail_column(cells, ["ことによる。"]) == (7, False)
    assert tail_column(cells[1:2], ["ことによる。"]) == (6, True)
    assert tail_column([(6, "周知が進んだ。", 16)], ["ことによる。"]) == (None, False)  # the cell ended
    assert tail_column(cells[1:2], ["本市では、これらの結果を踏まえ、検討を進めていく。"]) == (None, False)  # too wide
