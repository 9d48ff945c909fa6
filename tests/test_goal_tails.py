"""Where an indicator's goal is read from, and when the reading says it is not sure (`goal_uncertain`): a goal
cell's heading wrapped at its column's width, whose last line a text layer prints between two rows; the goal path
a heading outside the table leaves in doubt. Every expected goal was read off the invented text by hand."""

from __future__ import annotations

from pathlib import Path

from ingest.document import LoadedDocument
from ingest.table.context import Surroundings, TextLine, opens_heading
from ingest.table.grid import Grid, GridCell
from ingest.text import aligned
from ingest.text.generic import READERS, read_with, wraps_around_values
from normalize.goals import goal_part
from tests.layouts_score import goal_mismatches, goals_flagged_right


def _line(*cells: tuple[int, str]) -> str:
    """A pdftotext `-layout` line: each text at its character position."""
    line = ""
    for position, text in cells:
        line = line.ljust(position) + text
    return line


def _read(lines: list[str]) -> dict[str, tuple[str, bool]]:
    document = LoadedDocument("tails.txt", Path("tails.txt"), "", "text", lines=lines)
    rows = read_with(document, None, (aligned.read_tables,), "generic").rows
    return {row.name: (" / ".join(goal_part(p) for p in row.goal if p.strip()), row.goal_uncertain) for row in rows}


HEADER = _line((0, "具体的な施策"), (26, "指標名"), (46, "現状値"), (56, "目標値"))

# policy headings in the measure column, wrapped at its width, top-aligned with their row: the second line of each
# heading is printed alone between its row and the next, right above the next heading
WRAPPED_TOP = [
    HEADER,
    _line((0, "重点施策 1-1 方針1:子育"), (26, "待機児童数"), (46, "12人"), (56, "0人")),
    _line((0, "て環境の整備")),
    _line((0, "重点施策 1-2 方針2:学校"), (26, "空調設置率"), (46, "40%"), (56, "100%")),
    _line((0, "施設の整備充実")),
    _line((0, "重点施策 1-3 方針1:相談"), (26, "相談件数"), (46, "300件"), (56, "400件")),
    _line((0, "体制の充実")),
]

# the same table continued under a header repeated after a page break: the last line of the heading above the
# break is printed under the repeated header, right above the next heading
TAIL_UNDER_REPEATED_HEADER = [
    HEADER,
    _line((0, "重点施策 1-1 方針1:子育"), (26, "待機児童数"), (46, "12人"), (56, "0人")),
    HEADER,
    _line((0, "て環境の整備")),
    _line((0, "重点施策 1-2 方針2:学校"), (26, "空調設置率"), (46, "40%"), (56, "100%")),
    _line((0, "施設の整備充実")),
]


def test_a_headings_wrapped_last_line_between_two_rows_ends_the_heading_above():
    assert _read(WRAPPED_TOP) == {
        "待機児童数": ("重点施策 1-1 方針1:子育て環境の整備", False),
        "空調設置率": ("重点施策 1-2 方針2:学校施設の整備充実", False),
        "相談件数": ("重点施策 1-3 方針1:相談体制の充実", False),
    }


def test_a_headings_last_line_under_a_repeated_header_goes_back_to_the_row_above():
    assert _read(TAIL_UNDER_REPEATED_HEADER) == {
        "待機児童数": ("重点施策 1-1 方針1:子育て環境の整備", False),
        "空調設置率": ("重点施策 1-2 方針2:学校施設の整備充実", False),
    }


def test_a_heading_opens_with_its_label():
    assert opens_heading("重点施策 2-6 方針 3:地域支援事業の")
    assert opens_heading("1-1安定した雇用の創出")
    assert opens_heading("基本目標２ ひとの創生")
    assert not opens_heading("ビスの充実")
    assert not opens_heading("重点施策")  # a label word alone opens no heading of a goal cell


def _lines(*texts: str) -> list[TextLine]:
    return [TextLine(text, float(i), float(i + 1), line=i) for i, text in enumerate(texts)]


def test_a_policy_line_inside_a_text_table_leaves_the_project_path_in_doubt_until_the_next_heading():
    surroundings = Surroundings()
    surroundings.read(_lines("少子高齢化対策プロジェクト", "結婚・出産・子育てに希望が持てる社会の実現",
                             "重点施策 1-1 方針1:出会いの場の創出"))
    assert not surroundings.goal_doubt
    surroundings.text_table_lines(["重点施策 1-2 方針1:子育て環境の整備 成果指標 待機児童数 12人 0人"])
    assert surroundings.goal == ["少子高齢化対策プロジェクト"] and surroundings.goal_doubt
    surroundings.read(_lines("産業活性化プロジェクト"))
    assert surroundings.goal == ["産業活性化プロジェクト"] and not surroundings.goal_doubt


def test_a_basic_goal_read_from_its_sub_goal_is_in_doubt_only_when_its_title_is_borrowed():
    borrowed = Surroundings()
    borrowed.read(_lines("基本目標2 まちの創生", "基本目標3-1 時代にあった地域づくり"))
    assert borrowed.goal == ["3 まちの創生", "基本目標3-1 時代にあった地域づくり"] and borrowed.goal_doubt
    known = Surroundings()
    known.read(_lines("基本目標3 まちの創生", "基本目標3-1 時代にあった地域づくり", "基本目標2 まちの創生",
                      "基本目標3-2 安心安全な暮らしの実現"))
    assert known.goal[0] == "3 まちの創生" and not known.goal_doubt


def test_a_wrong_goal_flagged_goal_uncertain_is_flagged_and_a_right_one_is_over_flagged():
    expected = [{"kpi_name": "待機児童数", "goal": "1 ひとの創生"}, {"kpi_name": "転入者数", "goal": "2 まちの創生"}]
    actual = [{"kpi_name": "待機児童数", "goal": "2 まちの創生", "uncertain": False, "goal_uncertain": True},
              {"kpi_name": "転入者数", "goal": "2 まちの創生", "uncertain": False, "goal_uncertain": True}]
    assert [m.flagged for m in goal_mismatches(actual, expected)] == [True]
    assert goals_flagged_right(actual, expected) == 1
    actual[0]["goal_uncertain"] = False
    assert [m.flagged for m in goal_mismatches(actual, expected)] == [False]


def test_a_headings_end_no_row_above_can_take_stays_where_it_was_read_flagged():
    # the table starts with the end of a heading whose row is not in it (a page read apart): kept, goal flagged
    lines = [HEADER, _line((0, "て環境の整備")), *WRAPPED_TOP[3:5]]
    assert _read(lines) == {"空調設置率": ("て環境の整備重点施策 1-2 方針2:学校施設の整備充実", True)}


def test_a_kind_cell_run_into_the_goal_cell_is_the_rows_kind_not_part_of_its_heading():
    from ingest.table.rows import _kind_ran_in

    assert _kind_ran_in("重点施策 4-3 方針1:人や物の安全かつ\n円滑な移動を支え環境に配慮した道路 成果指標\n整備") == (
        "重点施策 4-3 方針1:人や物の安全かつ\n円滑な移動を支え環境に配慮した道路\n整備", "成果指標")
    assert _kind_ran_in("重点施策 7-1 方針1関係:翻訳や通訳 指標") == ("重点施策 7-1 方針1関係:翻訳や通訳", "指標")
    assert _kind_ran_in("1-1 成果指標の見える化") == ("1-1 成果指標の見える化", None)  # a word inside a title stays


def test_a_goal_cell_opening_two_headings_of_one_level_is_in_doubt():
    from ingest.table.rows import _same_level_headings

    assert _same_level_headings("重点施策 7-3 方針3:都市間連携による地域力の向上\n重点施策 7-4 方針2:本市の特色を生か")
    assert not _same_level_headings("1 しごとの創生\n1-1 安定した雇用の創出")  # a goal and its sub-goal
    assert not _same_level_headings("重点施策 1-1 方針1:子育て\n環境の整備")


def test_goal_cells_cut_at_one_width_go_on_to_their_wrapped_lines():
    # 127/133 (a spreadsheet's merged goal cells a drawing-order layer prints apart): each cell's label on a line,
    # its title cut at the column's width (16 full-width characters, 32 columns), the rest on the next line
    surroundings = Surroundings()
    surroundings.read(_lines("基本目標１", "地域経済の活力を高め、安定した雇", "用を創出する",
                             "基本目標２", "青葉野市への新しいひとの流れをつ", "くる"))
    assert [goal_part(h.text) for h in surroundings.headings] == [
        "1 地域経済の活力を高め、安定した雇用を創出する", "2 青葉野市への新しいひとの流れをつくる"]
    surroundings.read(_lines("基本目標３", "若い世代の結婚・出産・子育ての希", "望をかなえる"))  # after the next table
    assert goal_part(surroundings.headings[-1].text) == "3 若い世代の結婚・出産・子育ての希望をかなえる"


def test_a_whole_title_of_a_width_no_other_cell_shares_ends_its_heading():
    surroundings = Surroundings()
    surroundings.read(_lines("基本目標１", "地域経済の活力を高め、安定した雇", "用を創出する",
                             "基本目標２", "ひとの流れをつくる", "転入者をふやす"))
    assert goal_part(surroundings.headings[-1].text) == "2 ひとの流れをつくる"


def _read_plain(lines: list[str]) -> dict[str, tuple[str, bool]]:
    document = LoadedDocument("plain.txt", Path("plain.txt"), "", "text", lines=lines)
    rows = read_with(document, None, READERS, "generic").rows
    return {row.name: (" / ".join(goal_part(p) for p in row.goal if p.strip()), row.goal_uncertain) for row in rows}


# a project's policies, each over a table whose one row prints its name on two lines around its values' line (a
# text layer without positions, 004-style): the second table's last line is the name's lower half, no title hiding
# the level between, so the next policy stays under the part title printed above the first
NAME_AROUND_VALUES = [
    "少子高齢化対策プロジェクト",
    "地域の未来を担う人材育成",
    "重点施策 1-2 方針2:主体的な学びの推進",
    "成果指標",
    "現状値 目標値",
    "指標名 解説・算出方法など",
    "（令和5年度） （令和11年度）",
    "図書館の本を月に一冊以上読む児童・生徒",
    "61.5％ 70.0％",
    "の割合",
    "重点施策 1-2 方針3:地域や関係機関との連携",
    "成果指標",
    "現状値 目標値",
    "指標名 解説・算出方法など",
    "（令和5年度） （令和11年度）",
    "地域行事に参加した児童・生徒の割合 48.2％ 55.0％",
]


def test_a_names_lower_half_printed_under_its_values_hides_no_title():
    part = "少子高齢化対策プロジェクト / 地域の未来を担う人材育成"
    assert _read_plain(NAME_AROUND_VALUES) == {
        "図書館の本を月に一冊以上読む児童・生徒\nの割合": (f"{part} / 重点施策 1-2 方針2:主体的な学びの推進", False),
        "地域行事に参加した児童・生徒の割合": (f"{part} / 重点施策 1-2 方針3:地域や関係機関との連携", False),
    }



def test_a_last_line_is_a_names_lower_half_only_with_its_upper_half_above_its_values():
    def grid(*lines: tuple[tuple[int, str], ...]) -> Grid:
        cells = [GridCell(n, col, text, line=n + 1) for n, line in enumerate(lines) for col, text in line]
        return Grid(None, (0.0, 0.0, 0.0, 0.0), len(lines), 3, "text", cells, line_rows=True)

    around = grid(((0, "図書館の本を月に一冊以上読む"),), ((1, "61.5％"), (2, "70.0％")), ((0, "児童・生徒の割合"),))
    assert wraps_around_values(around, 3)
    # a whole row, then a line in the name column: its line before holds values beside a name of its own
    after_row = grid(((0, "地域行事の参加率"), (1, "48.2％"), (2, "55.0％")), ((0, "読書活動の推進"),))
    assert not wraps_around_values(after_row, 2)
    # the row's name on the line before its values, then a line in another column: not the name's lower half
    other_column = grid(((0, "図書館の利用者数"),), ((1, "12人"),), ((2, "読書活動の推進"),))
    assert not wraps_around_values(other_column, 3)


# 004-style raw text: the first table's one row prints a value with no figure (`待機児童なし`), so its line reads
# like a bare title, but the reader cut it into three cells side by side (a name and its values): no title hides
# the level between, and the next policy stays under the part title printed above the first (goals20)
ROW_WITHOUT_FIGURES = [
    "少子高齢化対策プロジェクト",
    "結婚・出産・子育てに希望が持てる社会の実現",
    "重点施策 1-1 方針2:子育て環境の整備と施策の充実",
    "成果指標",
    "指標名 現状値 目標値",
    "保育所等及び放課後児童クラブの待機児童数 待機児童なし 待機児童なし",
    "重点施策 1-1 方針3:交流の場や情報交換の機会の充実",
    "成果指標",
    "指標名 現状値 目標値",
    "児童センター・児童館の利用者数 339,025人 350,000人",
]


def test_a_last_row_without_figures_cut_into_cells_hides_no_title():
    part = "少子高齢化対策プロジェクト / 結婚・出産・子育てに希望が持てる社会の実現"
    first = "重点施策 1-1 方針2:子育て環境の整備と施策の充実"
    second = "重点施策 1-1 方針3:交流の場や情報交換の機会の充実"
    assert _read_plain(ROW_WITHOUT_FIGURES) == {
        "保育所等及び放課後児童クラブの待機児童数": (f"{part} / {first}", False),
        "児童センター・児童館の利用者数": (f"{part} / {second}", False),
    }


def test_a_policy_line_a_text_table_took_under_its_last_row_opens_the_next_policy_under_the_same_part():
    part = ["少子高齢化対策プロジェクト", "全ての市民が元気に活躍できる環境づくり"]
    surroundings = Surroundings()
    surroundings.read(_lines(*part, "重点施策 2-2 方針2:伊勢崎市民病院の医療提供体制の整備"))
    surroundings.text_table_lines(["成果指標", "指標名 現状値 目標値", "災害医療活動訓練への参加者数 131人 180人",
                                   "重点施策 2-4 方針1:1市民1スポーツの推進"])
    # the table's rows, all above the policy line, stay under the policy in force
    assert surroundings.goal == [*part, "重点施策 2-2 方針2:伊勢崎市民病院の医療提供体制の整備"]
    assert not surroundings.goal_doubt
    surroundings.read(_lines("成果指標"))  # after the table
    assert surroundings.goal == [*part, "重点施策 2-4 方針1:1市民1スポーツの推進"] and not surroundings.goal_doubt
    # a bare title right above the policy line may be the next part's: the level between is unknown
    hidden = Surroundings()
    hidden.read(_lines(*part, "重点施策 2-2 方針2:伊勢崎市民病院の医療提供体制の整備"))
    hidden.text_table_lines(["指標名 現状値 目標値", "災害医療活動訓練への参加者数 131人 180人", "産業の競争力強化",
                             "重点施策 3-1 方針1:新産業の創出"])
    assert hidden.goal == ["少子高齢化対策プロジェクト"] and hidden.goal_doubt


# 004-style raw text: the row's 関連事業 cell, labelled `関連事業:`, printed alone on the table's last line: a cell,
# no title hiding the level between, so the next policy stays under the part printed above the first (goals20)
HEADER_LINES = ["指標", "指標名", "現状値", "（令和 5 年度）", "目標値", "（令和 11 年度）", "解説・算出方法など"]
LABELLED_LAST_CELL = [
    "共生社会実現プロジェクト",
    "多文化理解の促進とグローバル人材の育成",
    "重点施策 1-2 方針 2 関係:英語コミュニケーション能力の育成",
    *HEADER_LINES,
    "英語の学習が楽しいと感じている児童・生徒の割",
    "合",
    "小学校 87.1％",
    "中学校 72.2％",
    "小学校 90.0％",
    "中学校 85.0％",
    "関連事業: 学校教育構想推進事業",
    "重点施策 1-2 方針 4 関係:グローバル人材の育成",
    *HEADER_LINES,
    "四ツ葉学園における特色ある教育活動の満足度 97.6％ 100％ 関連事業: 中等教育学校教育振興事業",
]


def test_a_cell_labelled_with_its_header_word_on_a_tables_last_line_hides_no_title():
    part = "共生社会実現プロジェクト / 多文化理解の促進とグローバル人材の育成"
    policy = "重点施策 1-2 方針4関係:グローバル人材の育成"
    read = _read_plain(LABELLED_LAST_CELL)
    assert read["四ツ葉学園における特色ある教育活動の満足度"] == (f"{part} / {policy}", False)


# 004-style raw text (LibreOffice grid, pdftotext -raw), each header word on a line of its own: a one-line row with
# no note, then the next part's title alone on the table's last line. The line above the row is the header's last
# line (`解説・算出方法など`, over the note column the title lands in), no upper half of a cell the title would be the
# lower half of: the title may be the next part's, so the policy under it is read with the level between unknown,
# flagged, never left under the part before unflagged (goals23)
RAW_HEADER = ["成果指標", "指標名", "現状値", "（令和 5 年度）", "目標値", "（令和 11 年度）", "解説・算出方法など"]
TITLE_UNDER_ONE_LINE_ROW = [
    "暮らしの安心実現プロジェクト",
    "プロジェクト指標", *RAW_HEADER[1:],
    "自主防災組織による地区防災計画の策定数 １件 33 件",
    "地域の住民が、自ら災害に備える「自",
    "助」や助け合う「共助」に関する防災計",
    "画を策定した件数",
    "刑法犯認知件数 1,869 件 1,400 件 犯罪の発生が認知された件数",
    "重点施策 5-4 方針 2:消防体制の充実と強化", *RAW_HEADER,
    "消防団員充足率 90.7％ 95.0％",
    "都市環境・交通網・インフラの整備",
    "重点施策 4-6 方針 1:豊かな公園環境の維持・整備", *RAW_HEADER,
    "市民 1 人当たりの公園面積 10.14 ｍ 2 10.49 ｍ 2",
    "防犯体制の強化・交通安全対策の推進",
    "重点施策 4-2 方針 2:空き家の適切な維持管理及び活用の推進", *RAW_HEADER,
    "危険空き家の除却補助件数(累計) 98 件 220 件",
    "重点施策 5-2 方針 1:警察、防犯協会など関係機関と連携した犯罪防止策の推進", *RAW_HEADER,
    "防犯灯の設置基数(累計) 17,187 基 19,587 基",
]


def test_a_title_under_a_one_line_row_right_below_the_header_may_be_the_next_parts():
    read = _read_plain(TITLE_UNDER_ONE_LINE_ROW)
    part = "暮らしの安心実現プロジェクト / 都市環境・交通網・インフラの整備"
    assert read["市民 1 人当たりの公園面積"] == (f"{part} / 重点施策 4-6 方針1:豊かな公園環境の維持・整備", False)
    for name in ("危険空き家の除却補助件数(累計)", "防犯灯の設置基数(累計)"):
        goal, flagged = read[name]
        assert flagged or goal.split(" / ")[1] == "防犯体制の強化・交通安全対策の推進", (name, goal)


# 000-style pdftotext -layout text (LibreOffice, rules across only): a goal column printed across, the sub-goal's own
# `数値目標` row (its measure cell empty) above the KPI rows of its measure `①`: the row stands under the sub-goal
# as printed, no doubt; a path stopping short of another row's is in doubt only where goals are printed upright
# (goals23)
GOAL_ROW_ABOVE_MEASURE_ROWS = [
    _line((56, "基準値"), (68, "令和４年度"), (80, "令和４年度"), (91, "計画最終年度")),
    _line((0, "基本目標"), (16, "具体的な施策"), (31, "区分"), (38, "指標名"), (56, "（令和元年度）"),
          (68, "実績値"), (80, "目標値"), (91, "目標値"), (103, "進捗状況"), (114, "進捗が遅れている理由")),
    _line((91, "（令和６年度）")),
    _line((0, "1 しごとの創生"), (31, "数値目標"), (38, "新規求人数"), (68, "1,486 件"), (80, "1,587 件"),
          (91, "1,602 件"), (103, "進捗の遅れ(コロ"), (114, "コロナ禍による地域経済の停")),
    _line((0, "1-1 安定した雇用の創出"), (103, "ナ)"), (114, "滞のため。")),
    _line((31, "数値目標"), (38, "新規求人数"), (56, "1,563 件"), (91, "1,602 件")),
    _line((16, "① 地域産業の活性化、付"), (31, "KPI"), (38, "製造品出荷額等"), (56, "11,942 億円"),
          (91, "12,500 億円")),
    _line((16, "加価値の向上"), (56, "(平成 30 年)"), (91, "(令和 4 年)")),
    _line((31, "KPI"), (38, "新技術・新製品等の開発数"), (56, "4件"), (91, "10 件")),
    _line((31, "KPI"), (38, "創業相談件数"), (56, "10 件"), (91, "14 件")),
    _line((114, "イベント等について、一部中")),
]


def test_a_goals_own_row_above_its_measures_rows_is_not_in_doubt():
    goal = "1 しごとの創生 / 1-1 安定した雇用の創出"
    read = _read_plain(GOAL_ROW_ABOVE_MEASURE_ROWS)
    assert read["新規求人数"] == (goal, False)
    assert read["製造品出荷額等"] == (f"{goal} / ① 地域産業の活性化、付加価値の向上", False)
