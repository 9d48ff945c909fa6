"""A spreadsheet's page in content-stream order (`pdftotext -raw`, pypdfium2) may draw its value header cells after
the rows they head, with a nameless row's name (a wrapped cell drawn last) after them: the cells go back into the
header, the name to the row printing none, and a row's number under `No.` is none of its values (`7 人 4,800
12,000`: a number and a unit, not the value `7人`). A `pdftotext -layout` page whose tall rows stand four lines
apart reads its own header and rows: a header and one row that a column reader takes alone are a piece of the page's
table, not a table of their own. The texts are invented; every expectation was read off them by hand."""

from __future__ import annotations

from pathlib import Path

from ingest.document import PAGE_BREAK, LoadedDocument
from ingest.registry import extract


def _read(lines: list[str]) -> dict[str, tuple[tuple[str, str, str | None], ...]]:
    """Each row's (header, text, unit) cells, then its department."""
    document = LoadedDocument("pages.txt", Path("pages.txt"), "", "text", lines=lines)
    return {row.name: (*((cell.header, cell.text, cell.unit) for cell in row.cells), (row.department, "", None))
            for row in extract(document).rows}


# pdftotext -raw of a two-page sheet: page 5's header prints its one-line cells first, the rows, a title, the value
# header cells drawn last, then the wrapped name of row 3 (drawn after the others); page 6 in order
RAW = ["若葉台町総合戦略 進捗状況報告 令和7年2月", "- 5 -", "基本目標２ 子どもを育てるまちをつくる",
       "No. 指標名 単位 担当課",
       "1 年間出生数 人 210 240 健康推進課",
       "2 保育所の定員数 人 540 600 保育課",
       "3 人 1,150 1,500 子育て支援課",
       "4 子育て相談の件数 件 410 500 子育て支援課",
       "若葉台町 総合戦略 重要業績評価指標（KPI）一覧",
       "基準値（R2） 目標値（R7）",
       "ファミリー・サポート・センターの会員数",
       PAGE_BREAK,
       "若葉台町総合戦略 進捗状況報告 令和7年2月", "- 6 -",
       "No. 指標名 単位 担当課",
       "基準値（R2） 目標値（R7）",
       "5 放課後子ども教室の開催数 回 96 120 生涯学習課", PAGE_BREAK]


def test_value_headers_drawn_after_the_rows_go_back_and_the_nameless_numbered_row_takes_the_name_after_them():
    read = _read(RAW)
    base, goal = "基準値（R2）", "目標値（R7）"
    assert read == {
        "年間出生数": ((base, "210", "人"), (goal, "240", "人"), ("健康推進課", "", None)),
        "保育所の定員数": ((base, "540", "人"), (goal, "600", "人"), ("保育課", "", None)),
        "ファミリー・サポート・センターの会員数": ((base, "1,150", "人"), (goal, "1,500", "人"),
                                                 ("子育て支援課", "", None)),
        "子育て相談の件数": ((base, "410", "件"), (goal, "500", "件"), ("子育て支援課", "", None)),
        "放課後子ども教室の開催数": ((base, "96", "回"), (goal, "120", "回"), ("生涯学習課", "", None)),
    }


# pypdfium2 of one page: the same order, a percentage row without its name, a `No` header and an ideographic space
PDFIUM = ["基本目標３　安心して暮らせるまちをつくる",
          "No 指標名 単位 所管課",
          "1 自主防災組織の結成数 団体 38 45 危機管理課",
          "2 ％ 34.5 50.0 市民協働課",
          "3 救命講習の受講者数 人 820 1,000 消防本部",
          "東浜市　総合計画　成果指標一覧",
          "現状値（R4） 目標値（R9）",
          "地域活動に参加している市民の割合", PAGE_BREAK]


def test_a_percentage_row_printing_its_number_and_unit_only_takes_the_name_drawn_after_the_header_cells():
    read = _read(PDFIUM)
    base, goal = "現状値（R4）", "目標値（R9）"
    assert read == {
        "自主防災組織の結成数": ((base, "38", "団体"), (goal, "45", "団体"), ("危機管理課", "", None)),
        "地域活動に参加している市民の割合": ((base, "34.5", "％"), (goal, "50.0", "％"), ("市民協働課", "", None)),
        "救命講習の受講者数": ((base, "820", "人"), (goal, "1,000", "人"), ("消防本部", "", None)),
    }


def _tall(row: str) -> list[str]:
    return [row, "", "", "", ""]


# pdftotext -layout of a two-page sheet with tall rows: each page measured on its own grid, page 2's header four
# lines above its first row, its rows four lines apart
LAYOUT = ["北川町総合戦略 進捗状況報告書                                                  令和7年3月", "", "",
          "基本目標１     しごとをつくる",
          "No.                    指標名            単位     基準値（R1）        目標値（R6）            担当課",
          "", "", "",
          *_tall("      1 町内事業所の従業者数               人                 3,120         3,300 商工観光課"),
          *_tall("      2 新規就農者数                     人                     4             10 農林課"),
          "                                       -1-", PAGE_BREAK,
          "北川町総合戦略 進捗状況報告書                                            令和7年3月", "", "",
          "No.               指標名        単位     基準値（R1）        目標値（R6）         担当課", "", "", "",
          *_tall("  3 観光入込客数                千人                 185            220 商工観光課"),
          *_tall("  4 ふるさと納税の寄附件数         件                  2,410          4,000 企画課"),
          "                              -2-", PAGE_BREAK]


def test_a_later_pages_header_and_its_tall_rows_are_read_in_that_pages_own_columns():
    read = _read(LAYOUT)
    base, goal = "基準値（R1）", "目標値（R6）"
    assert read == {
        "町内事業所の従業者数": ((base, "3,120", "人"), (goal, "3,300", "人"), ("商工観光課", "", None)),
        "新規就農者数": ((base, "4", "人"), (goal, "10", "人"), ("農林課", "", None)),
        "観光入込客数": ((base, "185", "千人"), (goal, "220", "千人"), ("商工観光課", "", None)),
        "ふるさと納税の寄附件数": ((base, "2,410", "件"), (goal, "4,000", "件"), ("企画課", "", None)),
    }


# pdftotext -raw of a sheet whose `直近値` cells (each with its own year) were drawn after the header cells printed
# apart, one a line, under a legend and the page title (evals17; layouts 171 is of this habit)
LATEST_APART = ["基本目標２ 子育ての希望をかなえる",
                "No. 指標名 単位 直近値 傾向 担当課",
                "1 保育所の待機児童数 人 12 0 ↗ こども課",
                "2 子育て支援センターの利用者数 人 8,400 10,000 ↘ こども課",
                "3 放課後児童クラブの登録児童数 人 320 400 ↗ 教育総務課",
                "※ ↗ → ↘",
                "傾向： 改善 横ばい 悪化",
                "北浜町 第２期総合戦略 検証シート",
                "基準値（R1） 目標値（R7）",
                "3（R5）", "7,950（R4）", "365（R5）", PAGE_BREAK]


def test_a_value_column_drawn_after_the_apart_header_cells_is_the_one_value_word_of_the_header():
    read = _read(LATEST_APART)
    base, latest, goal = "基準値（R1）", "直近値", "目標値（R7）"
    assert {name: sorted(cells[:-1]) for name, cells in read.items()} == {
        "保育所の待機児童数": sorted([(base, "12", "人"), (latest, "3（R5）", "人"), (goal, "0", "人")]),
        "子育て支援センターの利用者数": sorted([(base, "8,400", "人"), (latest, "7,950（R4）", "人"),
                                              (goal, "10,000", "人")]),
        "放課後児童クラブの登録児童数": sorted([(base, "320", "人"), (latest, "365（R5）", "人"), (goal, "400", "人")]),
    }
    assert [cells[-1][0] for cells in read.values()] == ["こども課", "こども課", "教育総務課"]


def test_a_value_column_after_the_apart_cells_that_does_not_match_the_rows_is_no_part_of_them():
    # two values for three rows: no column of this table (the apart words stay out, as before)
    read = _read([*LATEST_APART[:-2], PAGE_BREAK])
    assert all("3（R5）" not in [cell[1] for cell in cells] for cells in read.values())
