"""The one-cell-per-line reader on sheet rows as `pdftotext -raw` prints them (ingest/text/cells.py): goal
headings printed once per group, each row opened by its kind word, a header repeated on a new page, a name broken
by that page break, a value cell printed as text, and a header drawn fake bold whose copies the text layer split
over lines; a row broken by a page break in several cells. The content is
invented; every expected value was read off the text below by hand."""

from __future__ import annotations

from pathlib import Path

from ingest.document import load
from ingest.registry import extract


def _bold(text: str) -> list[str]:
    """`pdftotext -raw` of a line drawn three times: `基` / `基` / `基本` / `本` / … / `標 具` / … (the copies of each
    glyph split over lines, a space printed once between the last copy of a glyph and the first of the next)."""
    glyphs = text.replace(" ", "")
    spaced = _spaces(text)
    out = [glyphs[0], glyphs[0]]
    for i in range(1, len(glyphs)):
        out += [glyphs[i - 1] + (" " if i in spaced else "") + glyphs[i], glyphs[i]]
    return [*out, glyphs[-1]]


def _spaces(text: str) -> set[int]:
    """Indexes (among the glyphs) of the glyphs printed after a space."""
    found, count = set(), 0
    for char in text:
        if char == " ":
            found.add(count)
        else:
            count += 1
    return found


HEADER = ["基本目標 具体的な施策 区分 指標名", "基準値", "（令和元年度）", "計画最終年度", "目標値", "（令和７年度）",
          "進捗状況 進捗が遅れている理由"]
SHEET = [
    *_bold("基本目標 具体的な施策 区分 指標名"), *HEADER[1:],
    "1 まちの活力",
    "1-1 仕事をつくる 数値目標 企業誘致件数 3件 8件 順調に進捗",
    "KPI 起業相談件",
    "数 12件 20件 進捗の遅れ",
    "相談会を開けなかっ",
    "たため。",
    "2 くらしの安心",
    "2-1 子育てを支える",
    "KPI 保育所の定員",
    "420人",
    "調査方法の変更に伴",
    "い、令和5年度から見直し",
    "進捗の遅れ",
    "KPI 子育て講座の参 30人 45人 順調に進捗",
    "- 1 -",
    *HEADER,
    "加者数",
    "KPI 図書館の貸出冊数 15,000冊 18,000冊 順調に進捗",
]


def test_sheet_rows_of_a_raw_text_layer(tmp_path: Path) -> None:
    path = tmp_path / "sheet.raw.txt"
    path.write_text("\n".join(SHEET) + "\n", encoding="utf-8")
    extraction = extract(load(path))
    rows = {row.name: row for row in extraction.rows}
    assert list(rows) == ["企業誘致件数", "起業相談件数", "保育所の定員", "子育て講座の参加者数", "図書館の貸出冊数"]
    assert [c.text for c in rows["企業誘致件数"].cells] == ["3件", "8件"]
    assert rows["企業誘致件数"].kind == "数値目標" and rows["起業相談件数"].kind == "KPI"
    assert rows["企業誘致件数"].goal[-2:] == ("1 まちの活力", "1-1 仕事をつくる")
    assert rows["起業相談件数"].reason == "相談会を開けなかったため。"
    # a value cell printed as text: the note before the progress label is the target's cell, not the progress
    assert [c.text for c in rows["保育所の定員"].cells] == ["420人", "調査方法の変更に伴い、令和5年度から見直し"]
    assert rows["保育所の定員"].progress == "進捗の遅れ"
    # the name broken by the page break goes on under the repeated header: the row's other cell is a whole progress
    # label, and the line fits the name's column (`起業相談件` / `数` wraps it at that width): no guess
    assert [c.text for c in rows["子育て講座の参加者数"].cells] == ["30人", "45人"]
    assert not any(c.uncertain for c in rows["子育て講座の参加者数"].cells)
    # every reference is a line of the file as written, although the fake-bold header was joined while loading
    lines = SHEET
    for row in extraction.rows:
        for cell in row.cells:
            first, printed = cell.text.splitlines()[0].replace(" ", ""), lines[cell.ref.line - 1].replace(" ", "")
            assert first in printed or first.startswith(printed), (cell.text, cell.ref.line)
        assert row.name[:2] in lines[row.ref.line - 1], (row.name, row.ref.line)


BROKEN = [
    *HEADER,
    "1 まちの活力",
    "重点施策 1-1 方針1:市内の中小企業の",
    "経営を支える",
    "KPI 市内で新たに創業した",
    "事業者数",
    "12件 20件 順調に進捗",
    "重点施策 1-2 方針1:市内の観光資源を生 KPI 観光施設を訪れた人 30万人 45万人 順調に進捗",
    "\f" + HEADER[0],  # a page break (pdftotext: a form feed), the header printed again
    *HEADER[1:],
    "かした誘客の推進と受け入れ体制の整備",
    "と充実",
    "の数",
    "重点施策 1-3 方針1:市内の農産物を広く KPI 直売所を訪れた人 8万人 9万人 順調に進捗",
    "\f" + HEADER[0],
    *HEADER[1:],
    "数",
    "KPI 図書館の貸出冊数 15,000冊 18,000冊 順調に進捗",
]


def test_row_broken_in_several_cells(tmp_path: Path) -> None:
    """A row the page break cut in its measure and its name, each on one line (as wide as its column wraps at:
    `重点施策 1-1 方針1:市内の中小企業の` / `経営を支える`, `市内で新たに創業した` / `事業者数`): the lines under the
    repeated header are the measure's rest (a line as wide, then a short one), then the name's; a line that fits
    either cell's rest (`数`) goes to the name, flagged."""
    path = tmp_path / "broken.raw.txt"
    path.write_text("\n".join(BROKEN) + "\n", encoding="utf-8")
    rows = {row.name: row for row in extract(load(path)).rows}
    assert list(rows) == ["市内で新たに創業した事業者数", "観光施設を訪れた人の数", "直売所を訪れた人数",
                          "図書館の貸出冊数"]
    tourism = rows["観光施設を訪れた人の数"]
    measure = "重点施策1-2方針1:市内の観光資源を生かした誘客の推進と受け入れ体制の整備と充実"
    assert tourism.goal[-1].replace(" ", "") == measure
    assert [c.text for c in tourism.cells] == ["30万人", "45万人"] and not any(c.uncertain for c in tourism.cells)
    assert [c.text for c in rows["直売所を訪れた人数"].cells] == ["8万人", "9万人"]
    assert all(c.uncertain for c in rows["直売所を訪れた人数"].cells)
