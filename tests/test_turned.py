"""A table turned 90° on a portrait page (`ingest.text.turned`): every cell a line of its own printed backwards,
each row's cells from the last to the first, read forwards again."""

from __future__ import annotations

from ingest.text.turned import unturn

TURNED = ["萩野市 第２期総合戦略 資料編",
          "４標目本基",
          "課当担", "）7R（値標目", "）1R（値準基", "名標指",
          "課策政通交", "人000,09", "人002,48", "数者用利の通交共公域地",
          "課興振域地", "%0.08", "%4.87", "率入加会治自",
          "- 1 -"]


def test_a_turned_table_reads_forwards_row_by_row():
    unturned = unturn(TURNED)
    assert unturned is not None
    assert unturned.lines == ["萩野市 第２期総合戦略 資料編", "基本目標４",
                              "指標名", "基準値（R1）", "目標値（R7）", "担当課",
                              "地域公共交通の利用者数", "84,200人", "90,000人", "交通政策課",
                              "自治会加入率", "78.4%", "80.0%", "地域振興課", "- 1 -"]
    assert unturned.origin == [0, 1, 5, 4, 3, 2, 9, 8, 7, 6, 13, 12, 11, 10, 14]


def test_upright_cells_one_per_line_are_left_alone():
    upright = ["指標名", "基準値（R1）", "目標値（R7）", "担当課", "地域公共交通の利用者数", "84,200人", "90,000人",
               "交通政策課", "自治会加入率", "78.4%", "80.0%", "地域振興課", "年度）"]
    assert unturn(upright) is None


def test_rows_that_do_not_fill_the_header_leave_the_lines_alone():
    assert unturn(TURNED[:-3] + TURNED[-2:]) is None  # a row lost a cell: the runs cannot be told apart


def test_heading_lines_keep_their_order_each_printed_backwards():
    # a goal's label with its title beside it, then the caption on the line under them: the turned text prints the
    # title before the label (a line's cells from the last), then the caption
    turned = [TURNED[0], "るくつを域地たっ合に代時", "４標目本基", "）IPK（標指価評績業要重", *TURNED[2:]]
    unturned = unturn(turned)
    assert unturned is not None
    assert unturned.lines[:5] == ["萩野市 第２期総合戦略 資料編", "基本目標４", "時代に合った地域をつくる",
                                  "重要業績評価指標（KPI）", "指標名"]
