"""Goal-level cells of a sheet with several goal columns in pdfplumber's single-space text (ingest/text/spaced.py,
`_level_cells`): invented 実施計画 sheets of other towns, a goal merged over its measures' rows and each measure
over its own, every cell centred on its rows, so the text prints their lines interleaved by height. Expected cells
read by hand from the sheets as drawn; widths are display widths (a full-width character counts two)."""

from __future__ import annotations

from ingest.text import spaced

GOAL, MEASURE = 0, 1


def _rows(lines: list[str]) -> list[list[str]]:
    (table,) = spaced.read_tables(lines)
    return table.grid.matrix()[1:]


def _column(rows: list[list[str]], column: int) -> list[str]:
    return [row[column] for row in rows if row[column]]


def test_a_three_line_goal_and_two_line_measures_interleaved() -> None:
    """The goal's three lines (its middle on the first row's line) and the measure's two (half a line off that row,
    so printed between) alternate: each measure line goes to the measure column by its label or by mirroring the
    measure's first line around the row; the goal's last line mirrors its first. The two-line note of the second
    row stays in its column beside the measure's lines."""
    rows = _rows([
        "基本目標 施策 指標名 現状値 目標値 担当課 備考",
        "基本目標1 安心して子ども",
        "施策1-1：妊娠・出産から子育",
        "を産み育てられる 乳幼児健康診査の受診率 96.0% 98.0% 子育て支援課",
        "てまでの切れ目ない支援",
        "まちづくり",
        "施策1-2：保育サービスの 各年度4月1日",
        "保育所の待機児童数 3人 0人 保育課",
        "量と質の確保 時点の人数",
    ])
    assert _column(rows, GOAL) == ["基本目標1 安心して子ども", "を産み育てられる", "まちづくり"]
    assert _column(rows, MEASURE) == ["施策1-1：妊娠・出産から子育", "てまでの切れ目ない支援",
                                      "施策1-2：保育サービスの", "量と質の確保"]
    assert _column(rows, 6) == ["各年度4月1日", "時点の人数"]
    assert _column(rows, 2) == ["乳幼児健康診査の受診率", "保育所の待機児童数"]


def test_a_three_line_measure_prints_its_middle_line_on_the_row_s_line() -> None:
    """A measure of three lines centred on a one-line row prints its middle line on the row's line, in the goal
    column's place: wider (34) than any line of the goal column (16), it is the measure's; the goal's own line on
    the first row's line (`生きがいのある`, 14) stays the goal's."""
    rows = _rows([
        "基本目標 基本施策 区分 指標名 基準値 目標値",
        "基本目標2 健康で",
        "基本施策2-1：生涯を通じた健康づく",
        "生きがいのある 成果指標 特定健康診査の受診率 38.5% 60.0%",
        "りと生活習慣病の予防",
        "暮らし",
        "基本施策2-2：地域で支え合う福祉の",
        "仕組みづくりと相談支援体制の充実、 成果指標 認知症サポーター養成者数 4,200人 6,000人",
        "権利擁護の推進",
        "基本施策2-3：生涯スポーツの推進 成果指標 週1回以上運動する市民の割合 45.0% 65.0%",
    ])
    assert _column(rows, GOAL) == ["基本目標2 健康で", "生きがいのある", "暮らし"]
    assert _column(rows, MEASURE) == [
        "基本施策2-1：生涯を通じた健康づく", "りと生活習慣病の予防", "基本施策2-2：地域で支え合う福祉の",
        "仕組みづくりと相談支援体制の充実、", "権利擁護の推進", "基本施策2-3：生涯スポーツの推進"]


def test_a_one_line_goal_on_the_row_s_line_stays_the_goal_s() -> None:
    """A one-line goal centred on its one row's line, between the two lines of the row's measure: no wider (12)
    than the goal column's other lines (the next goal's three, 24, 12 and 6), so it is no measure's middle line."""
    rows = _rows([
        "基本目標 施策 指標名 現状値 目標値",
        "施策3-1：地域産業の振興と",
        "活力あるまち 市内事業所数 1,820事業所 1,900事業所",
        "雇用の場の確保",
        "基本目標4 自然と共生する",
        "施策4-1：ごみの減量と資源",
        "循環型のまち 1人1日当たりごみ排出量 890g 820g",
        "化の推進",
        "づくり",
        "施策4-2：緑の保全",
        "市民1人当たりの公園面積 8.2㎡ 9.0㎡",
    ])
    assert _column(rows, GOAL) == ["活力あるまち", "基本目標4 自然と共生する", "循環型のまち", "づくり"]
    assert _column(rows, MEASURE) == ["施策3-1：地域産業の振興と", "雇用の場の確保", "施策4-1：ごみの減量と資源",
                                      "化の推進", "施策4-2：緑の保全"]
