"""Which reader's table keeps a block of lines when several readers guess at it (ingest/text/generic.find_tables).

The readers here are stand-ins that return fixed tables, so the test is about the choice alone."""

from __future__ import annotations

from ingest.table.grid import grid_from_rows
from ingest.text.blocks import TextTable
from ingest.text.generic import find_tables

#: An invented block: a header, then four rows with values (lines 1-5, 0-based).
LINES = ["指標名 基準値 目標値", "図書館の年間貸出冊数 41万冊 45万冊", "市民農園の貸出件数 120件 130件",
         "公園の清掃ボランティア数 52人 80人", "地域猫の不妊手術件数 31件 60件"]


def _table(first: int, last: int) -> TextTable:
    rows = [(first + 1, ["指標名", "基準値", "目標値"])]
    rows += [(i + 1, LINES[i].split()) for i in range(first + 1, last + 1)]
    return TextTable(first, last, grid_from_rows(rows, "test", uncertain=True))


def _piece(lines: list[str]) -> list[TextTable]:
    """An earlier reader's guess at the header and the first two rows only (four lines: no `PIECE_LINES` piece)."""
    return [_table(0, 3)]


def _whole(lines: list[str]) -> list[TextTable]:
    """A later reader's guess at the whole block."""
    return [_table(0, 4)]


def test_a_guess_inside_a_later_guess_that_reads_more_value_lines_gives_way() -> None:
    tables = find_tables(LINES, (_piece, _whole))
    assert [(t.first, t.last) for t in tables] == [(0, 4)]


def test_a_guess_reading_as_many_value_lines_keeps_its_precedence() -> None:
    def same(lines: list[str]) -> list[TextTable]:
        return [_table(0, 3)]

    tables = find_tables(LINES, (_piece, same))
    assert [(t.first, t.last) for t in tables] == [(0, 3)]
    assert tables[0].grid.engine == "test"


def test_a_guess_printing_more_value_lines_in_rows_without_names_does_not_take_the_block() -> None:
    # a later reader covers one more line but cuts every row into a name alone and its values on a row of their
    # own (no name): it places no value, so the earlier reader's reading of the block keeps it
    lines = [*LINES, "子ども食堂の開設数 4か所 10か所"]

    def scattered(lines_: list[str]) -> list[TextTable]:
        rows = [(1, ["指標名", "基準値", "目標値"])]
        for i in range(1, len(lines_)):
            name, *values = lines_[i].split()
            rows += [(i + 1, [name, "", ""]), (i + 1, ["", *values])]
        return [TextTable(0, len(lines_) - 1, grid_from_rows(rows, "scattered", uncertain=True))]

    tables = find_tables(lines, (_whole, scattered))
    assert [(t.first, t.last, t.grid.engine) for t in tables] == [(0, 4, "test")]


def test_a_guess_placing_dated_values_under_far_years_gives_way_to_one_placing_them_by_their_years() -> None:
    # two guesses at the same rows printing fewer values than value columns: the earlier fills left to right and
    # puts `38件 (令和3年)` under 基準値（令和元年度）; the later puts each value under the column of its year
    lines = ["指標名 基準値（令和元年度） 実績値（令和４年度） 目標値（令和６年度）",
             "空き家の活用件数 38件 (令和3年) 60件 (令和5年)", "地域猫の不妊手術件数 31件 (令和4年) 60件 (令和6年)"]
    header = ["指標名", "基準値（令和元年度）", "実績値（令和４年度）", "目標値（令和６年度）"]

    def reader(places: tuple[int, int], engine: str):
        def read(lines_: list[str]) -> list[TextTable]:
            rows = [(1, header)]
            for i in (1, 2):
                name, first, first_year, second, second_year = lines_[i].split()
                cells = [name, "", "", ""]
                cells[places[0]], cells[places[1]] = f"{first} {first_year}", f"{second} {second_year}"
                rows.append((i + 1, cells))
            return [TextTable(0, 2, grid_from_rows(rows, engine, uncertain=True))]
        return read

    tables = find_tables(lines, (reader((1, 2), "left"), reader((2, 3), "years")))
    assert [t.grid.engine for t in tables] == ["years"]


def test_values_dated_between_their_columns_years_keep_the_reading_that_prints_the_years() -> None:
    # the cells print their own years (`12,400人（令和３年）` under 現状値（令和５年度）, `13,000人（令和９年）` under
    # 目標値（令和11年度）): each lies under the nearest column's year, no misplacement; a certain reading that
    # keeps those years is not outplaced by one on the same lines that drops them
    lines = ["指標名 現状値（令和５年度） 目標値（令和11年度）", "製造業の従業者数 12,400人 13,000人",
             "（令和３年） （令和９年）"]
    header = ["指標名", "現状値（令和５年度）", "目標値（令和11年度）"]

    def reader(dated: bool, engine: str):
        def read(lines_: list[str]) -> list[TextTable]:
            name, first, second = lines_[1].split()
            if dated:
                first, second = (f"{v}\n{y}" for v, y in zip((first, second), lines_[2].split(), strict=True))
            return [TextTable(0, 2, grid_from_rows([(1, header), (2, [name, first, second])], engine))]
        return read

    tables = find_tables(lines, (reader(True, "dated"), reader(False, "bare")))
    assert [t.grid.engine for t in tables] == ["dated"]


def test_a_certain_reading_stopping_after_one_row_gives_way_to_a_later_one_placing_those_lines_better() -> None:
    # the earlier reader (one cell a line) runs the first row's department into the next row's name and stops
    # there, certain of its reading; a later reader, as certain, reads the same header on and the rows below it,
    # the first row with its department: it places the lines both read better (`_quality` on them) and keeps the
    # block (invented rows)
    lines = ["指標名 基準値 目標値 担当課", "図書館の年間貸出冊数", "41万冊 45万冊 生涯学習課", "市民農園の貸出件数",
             "120件 130件 農政課"]
    header = ["指標名", "基準値", "目標値", "担当課"]

    def run_on(lines_: list[str]) -> list[TextTable]:
        rows = [(1, header), (2, ["図書館の年間貸出冊数", "41万冊", "45万冊 生涯学習課", "市民農園の貸出件数"])]
        return [TextTable(0, 3, grid_from_rows(rows, "run_on"))]

    def rows_read(lines_: list[str]) -> list[TextTable]:
        rows = [(1, header), (2, ["図書館の年間貸出冊数", "41万冊", "45万冊", "生涯学習課"]),
                (4, ["市民農園の貸出件数", "120件", "130件", "農政課"])]
        return [TextTable(0, 4, grid_from_rows(rows, "rows"))]

    tables = find_tables(lines, (run_on, rows_read))
    assert [(t.first, t.last, t.grid.engine) for t in tables] == [(0, 4, "rows")]


def test_a_certain_reading_placing_its_lines_as_well_as_a_longer_later_one_keeps_its_precedence() -> None:
    lines = ["指標名 基準値 目標値 担当課", "図書館の年間貸出冊数 41万冊 45万冊 生涯学習課",
             "市民農園の貸出件数 120件 130件 農政課"]
    header = ["指標名", "基準値", "目標値", "担当課"]

    def reader(last: int, engine: str):
        def read(lines_: list[str]) -> list[TextTable]:
            rows = [(1, header), *((i + 1, lines_[i].split()) for i in range(1, last + 1))]
            return [TextTable(0, last, grid_from_rows(rows, engine))]
        return read

    tables = find_tables(lines, (reader(1, "short"), reader(2, "long")))
    assert tables[0].grid.engine == "short"


#: An invented block whose first row's name wraps onto a line of its own (line 2, 0-based), under the row's values.
WRAPPED = ["指標名 基準値 目標値", "図書館の年間 41万冊 45万冊", "貸出冊数", "市民農園の貸出件数 120件 130件",
           "公園の清掃ボランティア数 52人 80人"]


def _wrapped_readers(uncertain: bool) -> tuple:
    """Two stand-in readers placing the same values in the same columns: the earlier skips the name's second line
    (no cell, no warning), the later joins it to the name."""
    header = (1, ["指標名", "基準値", "目標値"])
    rest = [(4, WRAPPED[3].split()), (5, WRAPPED[4].split())]

    def dropping(lines: list[str]) -> list[TextTable]:
        rows = [header, (2, WRAPPED[1].split()), *rest]
        return [TextTable(0, 4, grid_from_rows(rows, "dropping", uncertain=uncertain))]

    def joining(lines: list[str]) -> list[TextTable]:
        rows = [header, (2, ["図書館の年間\n貸出冊数", "41万冊", "45万冊"]), *rest]
        return [TextTable(0, 4, grid_from_rows(rows, "joining", uncertain=uncertain))]

    return dropping, joining


def test_of_two_guesses_placing_the_same_values_the_one_holding_every_line_wins() -> None:
    tables = find_tables(WRAPPED, _wrapped_readers(uncertain=True))
    assert [(t.first, t.last, t.grid.engine) for t in tables] == [(0, 4, "joining")]
    assert tables[0].grid.unplaced == ()


def test_of_two_certain_readings_placing_the_same_values_the_one_holding_every_line_wins() -> None:
    tables = find_tables(WRAPPED, _wrapped_readers(uncertain=False))
    assert [(t.first, t.last, t.grid.engine) for t in tables] == [(0, 4, "joining")]
    assert tables[0].grid.unplaced == ()


def test_a_reading_that_drops_a_line_alone_keeps_it_told() -> None:
    # no competitor: the line the reader skipped is told (`Grid.unplaced`), not lost silently
    dropping, _ = _wrapped_readers(uncertain=False)
    (table,) = find_tables(WRAPPED, (dropping,))
    assert table.grid.unplaced == ((3, "貸出冊数"),)


#: An invented block: a single-space header whose ideographic space (`中間目標　R8年度`) a certain reader took for a
#: gutter, so that it ran each row's values and name into one cell.
RUN_TOGETHER = ["R2年度 R3年度 中間目標　R8年度 指標名", "276件 262件 288件 移住相談件数",
                "14人 15人 12人 新規就農者数"]


def _run_together(lines: list[str]) -> list[TextTable]:
    rows = [(1, ["R2年度 R3年度 中間目標", "R8年度 指標名"]), (2, [RUN_TOGETHER[1], ""]), (3, [RUN_TOGETHER[2], ""])]
    return [TextTable(0, 2, grid_from_rows(rows, "run_together"))]


def test_a_certain_reading_that_places_no_value_gives_way_to_a_later_guess_placing_them() -> None:
    # the certain reading places none of the six values (`_quality` 0: no name beside them); the later guess places
    # each in its year's column beside its name, reading no value as a name
    def tokens(lines: list[str]) -> list[TextTable]:
        rows = [(1, ["R2年度", "R3年度", "中間目標R8年度", "指標名"]),
                *((i + 1, lines[i].split()) for i in (1, 2))]
        return [TextTable(0, 2, grid_from_rows(rows, "tokens", uncertain=True))]

    tables = find_tables(RUN_TOGETHER, (_run_together, tokens))
    assert [(t.first, t.last, t.grid.engine) for t in tables] == [(0, 2, "tokens")]


def test_a_certain_reading_of_values_over_their_names_keeps_the_block_from_a_guess_reading_a_value_as_a_name() -> None:
    # values printed on the line over their name's (a `-layout` page of vertically centred cells): the certain
    # reading holds each value in its column, in a row of its own without a name (`_quality` 0), which the
    # interpreter joins to the name under it; a later guess cut by single spaces reads the baseline `187` as a name
    # (`事業所` as its baseline), or a name's `75` as a value: it places more values by `_quality`, but reads as a
    # name what the certain reading holds as a value, or the other way round (session 21's `187製造業の事業所数`)
    header = (1, ["指標名", "現状値", "目標値"])
    blocks = {"187": (["指標名 現状値 目標値", "187 事業所 195 事業所", "製造業の事業所数"],
                      [header, (2, ["", "187 事業所", "195 事業所"]), (3, ["製造業の事業所数", "", ""])],
                      [header, (2, ["187", "事業所", "195 事業所"]), (3, ["製造業の事業所数", "", ""])]),
              "75": (["指標名 現状値 目標値", "64.7 58.4", "がんの 75 歳未満年齢調整死亡率"],
                     [header, (2, ["", "64.7", "58.4"]), (3, ["がんの 75 歳未満年齢調整死亡率", "", ""])],
                     [header, (2, ["", "64.7", "58.4"]), (3, ["がんの", "75 歳未満年齢調整死亡率", ""])])}
    for number, (lines, certain_rows, guessed_rows) in blocks.items():
        def certain(lines_: list[str], rows: list = certain_rows) -> list[TextTable]:
            return [TextTable(0, 2, grid_from_rows(rows, "certain"))]

        def guess(lines_: list[str], rows: list = guessed_rows) -> list[TextTable]:
            return [TextTable(0, 2, grid_from_rows(rows, "guess", uncertain=True))]

        tables = find_tables(lines, (certain, guess))
        assert [(t.first, t.last, t.grid.engine) for t in tables] == [(0, 2, "certain")], number
