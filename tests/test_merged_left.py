"""Merged cells of a grouping column left of the names, printed once by a text layer, centred on their rows
(ingest/table/merged_left.py, `ingest.table.rows.centre_merged_left`). Invented lists sorted by 担当課 in the text
`pdftotext -layout` gives (a row every other line); the departments expected are read off the drawn table."""

from __future__ import annotations

from pathlib import Path

from ingest.document import load
from ingest.registry import extract
from ingest.table.merged_left import Span, bottom_owners, centred_goals, centred_owners
from normalize.goals import goal_part

HEADER = ["みどり市 総合戦略 KPI一覧", "", "", "担当課      指標名                     基準値（R2）   目標値（R7）", ""]


def _rows(tmp_path: Path, body: list[str]) -> list[tuple[str, str | None, bool]]:
    path = tmp_path / "list.txt"
    path.write_text("\n".join([*HEADER, *body]) + "\n", encoding="utf-8")
    return [(row.name, row.department, any(cell.uncertain for cell in row.cells)) for row in extract(load(path)).rows]


def test_labels_centred_on_their_groups_cover_the_rows():
    """Rows on lines 1, 3, 5, 7, 9; labels on line 3 (group 1-5) and on line 8 (between 7 and 9)."""
    rows = [Span(line, line) for line in (1, 3, 5, 7, 9)]
    assert centred_owners(rows, [Span(3, 3), Span(8, 8)]) == [0, 0, 0, 1, 1]
    # a label below the centre of every group it could close: no centred split
    assert centred_owners(rows, [Span(1, 1), Span(9, 9)]) is None
    # a label of two lines centred on two rows
    assert centred_owners([Span(1, 1), Span(2, 2)], [Span(1, 2)]) == [0, 0]


def test_a_label_half_a_line_off_two_groups_is_placed_by_the_labels_below():
    """Rows on lines 3-4, 6, 7, 8-9, 11; a label on lines 5-6 is half a line off the centre of rows 1-3 (5) and of
    rows 1-4 (6); the next label, on lines 9-10, is the centre of rows 4-5 only: the first label holds rows 1-3."""
    rows = [Span(3, 4), Span(6, 6), Span(7, 7), Span(8, 9), Span(11, 11)]
    assert centred_owners(rows, [Span(5, 6), Span(9, 10)]) == [0, 0, 0, 1, 1]
    # the second label on row 5's line alone: the first holds rows 1-4
    assert centred_owners(rows, [Span(5, 6), Span(11, 11)]) == [0, 0, 0, 0, 1]
    # a second label no group of the rows left has at its centre: no split fits
    assert centred_owners(rows, [Span(5, 6), Span(8, 8)]) is None


def test_a_bottom_aligned_reading_needs_every_label_on_a_row_and_one_on_the_last():
    rows = [Span(line, line) for line in (1, 3, 5, 7)]
    assert bottom_owners(rows, [Span(3, 3), Span(7, 7)]) == [0, 0, 1, 1]
    assert bottom_owners(rows, [Span(3, 3), Span(6, 6)]) is None  # a label between rows
    assert bottom_owners(rows, [Span(3, 3), Span(5, 5)]) is None  # the last row prints none


def test_rows_above_a_centred_department_take_it(tmp_path: Path):
    """観光課 on the middle of three rows, 市民課 on its only row, 福祉課 on a line of its own between its two rows:
    the first row prints no department, so the cells are not top-aligned; a label between rows is no bottom-aligned
    one either, so nothing is flagged."""
    body = ["            観光客数                   120万人      150万人", "",
            "観光課      宿泊者数                   30万人       40万人", "",
            "            観光案内所の利用者数       8,000人      9,500人", "",
            "市民課      転入者数                   1,200人      1,500人", "",
            "            婚姻件数                   132件        150件",
            "福祉課",
            "            特定健診の受診率           38.6%        50.0%"]
    assert _rows(tmp_path, body) == [("観光客数", "観光課", False), ("宿泊者数", "観光課", False),
                                     ("観光案内所の利用者数", "観光課", False), ("転入者数", "市民課", False),
                                     ("婚姻件数", "福祉課", False), ("特定健診の受診率", "福祉課", False)]


def test_a_row_a_bottom_aligned_cell_would_give_another_department_is_flagged(tmp_path: Path):
    """観光課 on the second row, 市民課 on the fourth (last): centred, rows 1-3 are 観光課 and row 4 市民課;
    bottom-aligned, row 3 would be 市民課. The text cannot tell: row 3 is read centred, flagged."""
    body = ["            観光客数                   120万人      150万人", "",
            "観光課      宿泊者数                   30万人       40万人", "",
            "            転入者数                   1,200人      1,500人", "",
            "市民課      婚姻件数                   132件        150件"]
    assert _rows(tmp_path, body) == [("観光客数", "観光課", False), ("宿泊者数", "観光課", False),
                                     ("転入者数", "観光課", True), ("婚姻件数", "市民課", False)]


def test_a_department_on_the_first_row_is_carried_down_as_printed(tmp_path: Path):
    """Top-aligned cells (the first row prints its department): each department holds the rows from its own down."""
    body = ["観光課      観光客数                   120万人      150万人", "",
            "            宿泊者数                   30万人       40万人", "",
            "市民課      転入者数                   1,200人      1,500人", "",
            "            婚姻件数                   132件        150件"]
    assert _rows(tmp_path, body) == [("観光客数", "観光課", False), ("宿泊者数", "観光課", False),
                                     ("転入者数", "市民課", False), ("婚姻件数", "市民課", False)]


def _placed(*texts: tuple[int, str]) -> str:
    """A `pdftotext -layout` line of a spreadsheet's PDF: each text at its character position."""
    line = ""
    for position, text in texts:
        line = line.ljust(position) + text
    return line


#: Merged goal and measure cells centred on their rows (a spreadsheet's default for merged ranges), their texts
#: wrapped at the cells' width: `基本目標１　山の恵みをいかす` over rows 1-3 prints on the lines between rows 1 and 2
#: and on row 2's line; `施策１　森林資源の活用` over rows 1-2 on row 1's second line and the line under it, the
#: title apart from its label across a gutter; `施策２` on its only row.
CENTRED_GOALS = [
    "若葉村 第２期総合戦略 KPI一覧",
    _placed((0, "基本目標"), (13, "施策"), (28, "指標名"), (54, "基準値（R2）"), (64, "目標値（R8）"), (74, "担当課")),
    _placed((28, "木材出荷量（村内の製材所に出荷された")),
    _placed((14, "施策１"), (20, "森林資源の活 年間の丸太の材積）"), (54, "1,200㎥"), (64, "1,500㎥"), (74, "林務課")),
    _placed((0, "基本目標１"), (8, "山の恵みを 用")),
    _placed((0, "いかす"), (28, "特用林産物の生産額"), (54, "45百万円"), (64, "60百万円"), (74, "林務課")),
    _placed((13, "施策２"), (20, "観光の振興 観光入込客数"), (54, "3万人"), (64, "4万人"), (74, "観光課")),
    _placed((28, "子育て支援拠点の年間利用者数（親子での")),
    _placed((0, "基本目標２ 安心して暮 施策３"), (20, "子育ての支 利用を含む延べ人数）"), (54, "2,100人"),
            (64, "2,800人"), (74, "子育て支援課")),
    _placed((0, "らせる村をつくる"), (12, "援")),
    _placed((28, "放課後児童クラブの定員"), (54, "40人"), (64, "60人"), (74, "子育て支援課")),
]


def test_merged_goal_cells_centred_between_their_rows_hold_the_rows_around_them(tmp_path: Path):
    """Every row under the goal and measure whose cells are centred on it, read off the drawn sheet; the groups fit
    the lines exactly, so nothing is flagged."""
    path = tmp_path / "sheet.txt"
    path.write_text("\n".join(CENTRED_GOALS) + "\n", encoding="utf-8")
    read = {row.name.split("（")[0]: (" / ".join(goal_part(part) for part in row.goal), row.goal_uncertain)
            for row in extract(load(path)).rows}
    forest = "1 山の恵みをいかす / 施策1 森林資源の活用"
    care = "2 安心して暮らせる村をつくる / 施策3 子育ての支援"
    assert read == {"木材出荷量": (forest, False), "特用林産物の生産額": (forest, False),
                    "観光入込客数": ("1 山の恵みをいかす / 施策2 観光の振興", False),
                    "子育て支援拠点の年間利用者数": (care, False), "放課後児童クラブの定員": (care, False)}


#: A goal summary whose merged goal cells print their label a gutter before their title (`基本目標１   まちの魅力を`),
#: the `基本目標` header over the title, each cell centred on its three rows with its wrapped end (`高める`) on a line
#: of its own; a sentence naming `数値目標` in passing stands over the header (layouts 181 -layout).
LABELS_APART_GOALS = [
    "基本目標ごとに、計画の最終年度までに達成を目指す数値目標を次のとおり定めます。",
    "",
    _placed((6, "基本目標"), (24, "数値目標"), (40, "基準値（R5）"), (54, "目標値（R11）")),
    _placed((17, "空き家の活用件数"), (40, "12件"), (54, "20件")),
    _placed((0, "基本目標１"), (8, "まちの魅力を"), (17, "商店街の空き店舗数"), (40, "9店"), (54, "5店")),
    _placed((0, "高める")),
    _placed((17, "観光案内所の利用者数"), (40, "3,100人"), (54, "3,600人")),
    _placed((17, "移住相談件数"), (40, "40件"), (54, "60件")),
    _placed((0, "基本目標２"), (8, "子育てを"), (17, "保育所の待機児童数"), (40, "5人"), (54, "0人")),
    _placed((0, "支える")),
    _placed((17, "放課後児童クラブの定員"), (40, "40人"), (54, "60人")),
]


def test_goal_cells_printed_apart_from_their_labels_hold_the_rows_they_are_centred_on(tmp_path: Path):
    """Each row under the goal whose cell stands centred on its three rows, read off the drawn sheet (the first row
    above its goal's label, the fourth below the first goal's last line)."""
    path = tmp_path / "summary.txt"
    path.write_text("\n".join(LABELS_APART_GOALS) + "\n", encoding="utf-8")
    read = {row.name: (" / ".join(goal_part(part) for part in row.goal), row.goal_uncertain)
            for row in extract(load(path)).rows}
    charm, children = ("1 まちの魅力を高める", False), ("2 子育てを支える", False)
    assert read == {"空き家の活用件数": charm, "商店街の空き店舗数": charm, "観光案内所の利用者数": charm,
                    "移住相談件数": children, "保育所の待機児童数": children, "放課後児童クラブの定員": children}


def test_goal_cells_printed_on_their_first_rows_are_not_read_centred():
    """004's project sheet as reportlab draws it, through `pdftotext -layout`: each goal cell prints on its first
    row's lines (`少子高齢化対策プロジェクト` / `結婚・出産・子育てに希望が持て` beside 3歳児健康診査受診率), and a
    centred split of the rows happens to fit those lines too. Read off the text: 児童センター… is the third row under
    the first sub-goal, 自分の住んでいる地域… the third under the second; a centred reading moved them to the next."""
    path = Path(__file__).parent / "fixtures" / "producers" / "004-reportlab-hrules.layout.txt"
    read = {row.name.replace("\n", ""): (" / ".join(goal_part(part) for part in row.goal), row.goal_uncertain)
            for row in extract(load(path)).rows}
    project = "少子高齢化対策プロジェクト"
    family = f"{project} / 結婚・出産・子育てに希望が持てる社会の実現"
    measure = "重点施策 1-1 方針3:交流の場や情報交換の機会の充実"
    assert read["児童センター・児童館の利用者数"] == (f"{family} / {measure}", False)
    assert read["自分の住んでいる地域を誇りに思っている児童・生徒の割合"] == (
        f"{project} / 地域の未来を担う人材育成 / 重点施策 1-2 方針3:地域や関係機関との連携", False)


def test_goal_headings_among_rows_own_the_rows_they_stand_centred_on():
    # a goal cell merged over six rows printed on a line of its own between the third and fourth (line 4), the next
    # over two rows printed between them (line 9): row 7 is the first goal's though the second stands nearer
    lines = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
    heading = [k in (3, 8) for k in range(10)]
    assert centred_goals(lines, heading, [False] * 10) == {0: 3, 1: 3, 2: 3, 4: 3, 5: 3, 6: 3, 7: 8, 9: 8}
    # no split centres both (one row above the first goal, six between, one below the second): each row takes the
    # goal nearest its line, a guess
    heading = [k in (1, 8) for k in range(10)]
    nearest = centred_goals(lines, heading, [False] * 10)
    assert nearest is not None and (nearest[4], nearest[5]) == (1, 8)


def test_a_goal_cell_on_a_rows_line_with_rows_above_it_is_centred_as_the_headings_after_it():
    # the first goal printed on its middle row's line (line 2 of rows 1-3), the second on a line of its own between
    # its two rows (line 5), the third on its only row's line (line 7): the rows above the first are its own
    lines = [1, 2, 3, 4, 5, 6, 7]
    heading = [k == 4 for k in range(7)]
    own_goal = [k in (1, 6) for k in range(7)]
    assert centred_goals(lines, heading, own_goal, above_own=True) == {0: 1, 2: 1, 3: 4, 5: 4}
    # a goal cell on the first row's line: a merged cell printed at its top, no centred one
    assert centred_goals(lines, heading, [k in (0, 6) for k in range(7)], above_own=True) is None
    # several goal columns: a row's goal cell may be one level of its path, the levels above it left to headings
    assert centred_goals(lines, heading, own_goal) is None


#: A spreadsheet's 効果検証シート (layouts 221, 224 -layout): the 担当課 column last, each department merged over its
#: neighbouring rows and centred on them (企画課 on a line of its own between its two rows, 観光課 on its only row).
DEPARTMENTS_LAST = [
    "みどり市 総合戦略 KPI評価シート",
    "",
    _placed((0, "指標名"), (30, "基準値（R2）"), (44, "目標値（R7）"), (58, "担当課")),
    "",
    _placed((0, "市内事業所の新規雇用者数"), (32, "312人"), (46, "400人")),
    _placed((58, "商工振興課")),
    _placed((0, "創業支援による創業件数"), (32, "14件"), (46, "25件")),
    "",
    _placed((0, "転入者数"), (32, "4,815人"), (46, "5,200人")),
    "",
    _placed((0, "移住相談件数"), (32, "96件"), (46, "200件"), (58, "企画課")),
    "",
    _placed((0, "空き家バンクの成約件数"), (32, "5件"), (46, "12件")),
    "",
    _placed((0, "観光入込客数"), (32, "512千人"), (46, "560千人"), (58, "観光課")),
]


def test_departments_merged_in_the_last_column_hold_the_rows_they_are_centred_on(tmp_path: Path):
    """The department column right of the values reads as one left of the names does: each row takes the
    department centred on its group (read off the drawn sheet); the groups fit the lines exactly, nothing flagged."""
    path = tmp_path / "sheet.txt"
    path.write_text("\n".join(DEPARTMENTS_LAST) + "\n", encoding="utf-8")
    assert [(row.name, row.department, any(cell.uncertain for cell in row.cells))
            for row in extract(load(path)).rows] == [
        ("市内事業所の新規雇用者数", "商工振興課", False), ("創業支援による創業件数", "商工振興課", False),
        ("転入者数", "企画課", False), ("移住相談件数", "企画課", False), ("空き家バンクの成約件数", "企画課", False),
        ("観光入込客数", "観光課", False)]


#: Merged goal cells printing their label alone over their title (`基本目標２` / `…流れをつくる`), centred on their
#: rows, a text layer giving each line to the row beside it (layouts 221 -layout).
LABELS_OVER_TITLES = [
    "みずほ台市 第２期総合戦略 効果検証シート",
    _placed((0, "基本目標"), (20, "指標名"), (44, "基準値（R2）"), (58, "目標値（R7）")),
    _placed((20, "市内事業所の新規雇用者数"), (46, "312人"), (60, "400人")),
    _placed((0, "基本目標１"), (20, "創業支援による創業件数"), (46, "14件"), (60, "25件")),
    _placed((0, "市内で働く場をつくる")),
    _placed((20, "農産物直売所の売上高"), (46, "84,520千円"), (60, "100,000千円")),
    _placed((20, "転入者数"), (46, "4,815人"), (60, "5,200人")),
    _placed((20, "移住相談件数"), (46, "96件"), (60, "200件")),
    _placed((0, "基本目標２")),
    _placed((0, "人の流れをつくる"), (20, "観光入込客数"), (46, "512千人"), (60, "560千人")),
    _placed((20, "延べ宿泊者数"), (46, "61,240人"), (60, "66,000人")),
]


def test_goal_labels_over_their_titles_hold_the_rows_they_are_centred_on(tmp_path: Path):
    """Each row under the goal whose cell (label line over title line) stands centred on its rows, read off the
    drawn sheet: 転入者数, the first row of the second goal, above its label; nothing flagged."""
    path = tmp_path / "sheet.txt"
    path.write_text("\n".join(LABELS_OVER_TITLES) + "\n", encoding="utf-8")
    read = {row.name: (" / ".join(goal_part(part) for part in row.goal), row.goal_uncertain)
            for row in extract(load(path)).rows}
    work, flow = ("1 市内で働く場をつくる", False), ("2 人の流れをつくる", False)
    assert read == {"市内事業所の新規雇用者数": work, "創業支援による創業件数": work, "農産物直売所の売上高": work,
                    "転入者数": flow, "移住相談件数": flow, "観光入込客数": flow, "延べ宿泊者数": flow}
