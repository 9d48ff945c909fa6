"""The rests of a row's cells a page break cut, told apart by widths (ingest/text/broken_rows.py). Widths below are
display widths (a full-width character counts two); every expectation was worked out by hand from them."""

from __future__ import annotations

from ingest.text.broken_rows import continued_cells, rests_of_row, wrap_width

MEASURE = "重点施策 7-1 方針 2 関係:外国人が就"  # 35 wide: its column wraps at 35
NAME = "企業等関係機関と連携した多文化共生講座への参"  # 44 wide: its column wraps at 44


def test_each_line_goes_to_the_cell_whose_width_it_fits():
    # `労先で…機会の` (34) is a full line of the measure, `創出` its last; `加者数` cannot follow `創出` in the
    # measure (a short line ends a cell's rest), so it is the name's
    lines = ["労先で日本語や生活習慣を学ぶ機会の", "創出", "加者数"]
    assert continued_cells([(1, MEASURE, 35), (3, NAME, 44)], lines) == {1: lines[:2], 3: lines[2:]}


def test_a_cell_that_did_not_fill_its_column_does_not_go_on():
    # the name (36 wide) stops short of its column's 44: it ended before the break; the line is the measure's
    cells = [(1, "重点施策 2-6 方針 2:高齢者福祉サー", 35), (3, "高齢者相談センターの年間延べ相談件数", 44)]
    assert continued_cells(cells, ["ビスの充実"]) == {1: ["ビスの充実"]}


def test_no_cut_or_several_is_a_guess():
    # one short line fits the end of either cell: several cuts
    assert continued_cells([(1, MEASURE, 35), (3, NAME, 44)], ["数"]) is None
    # a short line before another fits no cell (a cell wraps at one width)
    assert continued_cells([(3, "伊勢崎駅周辺の中心市街地に", 26)], ["おける歩", "行者等通行量"]) is None


def test_wrap_width_is_the_widest_line_but_the_last():
    assert wrap_width(["市内で新たに創業した", "事業者数"]) == 20
    assert wrap_width(["観光施設を訪れた人"]) == 0


def test_rests_no_width_tells_apart_go_on_the_name_as_a_guess():
    lines = ["労先で日本語や生活習慣を学ぶ機会の", "創出", "加者数"]
    assert rests_of_row([(1, MEASURE, 35), (3, NAME, 44)], lines, 3) == ({1: lines[:2], 3: lines[2:]}, True)
    assert rests_of_row([(3, "伊勢崎駅周辺の中心市街地に", 26)], ["おける歩", "行者等通行量"], 3) == (
        {3: ["おける歩", "行者等通行量"]}, False)


def test_interleaved_rests_go_to_the_cut_whose_cells_are_centred() -> None:
    # pdfplumber prints by height: the name's one-line rest, centred on the row, stands between the measure's two.
    # Cuts the widths allow: measure `労先で…機会の` (34, full) + `創出`, name `加者数` (each cell centred on line 1:
    # off by 0); or measure `労先で…機会の` + `加者数`, name `創出` (off by 0.5 + 1). `労先で…` is no full name line
    # (34 < 44 - 4), so the name cannot take it and go on.
    lines = ["労先で日本語や生活習慣を学ぶ機会の", "加者数", "創出"]
    assert continued_cells([(1, MEASURE, 35), (3, NAME, 44)], lines, interleaved=True) == {
        1: [lines[0], lines[2]], 3: [lines[1]]}
    # one measure's rest alone: its two lines centred (off 0) rather than split over the two cells (off 1)
    assert continued_cells([(1, MEASURE, 35), (3, NAME, 44)], [lines[0], "創出"], interleaved=True) == {
        1: [lines[0], "創出"]}
    # one short line fits the end of either cell, each as centred: still a guess
    assert continued_cells([(1, MEASURE, 35), (3, NAME, 44)], ["数"], interleaved=True) is None
