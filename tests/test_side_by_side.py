"""Two tables side by side in a text layer without positions (`ingest.text.side_by_side`): unfolded into reading
order by the header printed twice on one line."""

from __future__ import annotations

from pathlib import Path

from ingest.document import load
from ingest.registry import extract
from ingest.text.side_by_side import chart_beside, prose_beside, unfold, values_apart

HEADER = "指標名 基準値（R1） 目標値（R7）"


def test_two_tables_on_each_line_are_read_one_after_the_other():
    lines = ["【数値目標】 【重要業績評価指標（KPI）】",
             f"{HEADER} {HEADER}",
             "村内就業者数 1,820人 1,900人 新規就農者数 2人 5人",
             "農林業産出額 9.4億円 10.0億円 林業作業員数 18人 24人",
             "直売所の販売額 1.2億円 1.5億円",
             "基本目標２ 村で子どもを育てる"]
    unfolded = unfold(lines)
    assert unfolded is not None
    assert unfolded.lines == [lines[0], HEADER, "村内就業者数 1,820人 1,900人", "農林業産出額 9.4億円 10.0億円",
                              HEADER, "新規就農者数 2人 5人", "林業作業員数 18人 24人",
                              "直売所の販売額 1.2億円 1.5億円", lines[5]]
    assert unfolded.origin == [0, 1, 2, 3, 1, 2, 3, 4, 5]
    assert unfolded.guessed == {7}  # the row printed alone: which table it continues is a guess


def test_a_header_printed_once_is_left_alone():
    assert unfold([HEADER, "村内就業者数 1,820人 1,900人"]) is None


def test_two_goals_tables_a_blank_column_apart_in_a_layer_with_gutters():
    # invented, shaped as pdftotext -layout prints a spreadsheet's two tables one blank column apart (layouts 168):
    # a department column after the values, each goal's heading over its table, the left table a row longer
    lines = ["基本目標１  町の仕事をつくる              基本目標２  町で子どもを育てる",
             "  指標名     現状値（R5）  目標値（R11）  担当課     指標名     現状値（R5）  目標値（R11）  担当課",
             "創業件数        6件      10件 商工課   年間出生数      58人      65人 子育て課",
             "新規就農者数      3人       5人 農林課    保育所の待機児童数    3人     0人 子育て課",
             "観光入込客数    18.2万人    22万人 商工課"]
    unfolded = unfold(lines)
    assert unfolded is not None
    header = "指標名 現状値（R5） 目標値（R11） 担当課"
    assert unfolded.lines == ["基本目標１  町の仕事をつくる", header, "創業件数 6件 10件 商工課",
                              "新規就農者数 3人 5人 農林課", "観光入込客数 18.2万人 22万人 商工課",
                              "基本目標２  町で子どもを育てる", header, "年間出生数 58人 65人 子育て課",
                              "保育所の待機児童数 3人 0人 子育て課"]
    assert unfolded.origin == [0, 1, 2, 3, 4, 0, 1, 2, 3]
    assert unfolded.guessed == set()  # the row printed alone starts under the left table: no guess


def test_a_repeated_header_without_rows_of_two_tables_is_left_alone():
    assert unfold([f"{HEADER} {HEADER}", "村内就業者数 1,820人 1,900人", "林業作業員数 18人 24人"]) is None


COLUMN_AND_TABLE = ["施策３ 観光による交流人口の拡大",
                    "本市の観光入込客数は、令和元年に 【重要業績評価指標（KPI）】",
                    "過去最高の182万人となりましたが、",
                    "指標名 現状値（R4） 目標値（R9）",
                    "その後は感染症の影響により大きく",
                    "落ち込みました。 観光入込客数 148万人 190万人",
                    "今後は、歴史的な街並みや温泉など",
                    "宿泊者数 21.6万人 30万人",
                    "の地域資源を磨き上げ、滞在型の観光",
                    "外国人宿泊者数 3,450人 12,000人",
                    "を推進します。",
                    "- 1 -"]


def test_a_text_column_beside_a_table_is_read_before_it():
    unfolded = prose_beside(COLUMN_AND_TABLE)
    assert unfolded is not None
    assert unfolded.lines == ["施策３ 観光による交流人口の拡大",
                              "本市の観光入込客数は、令和元年に", "過去最高の182万人となりましたが、",
                              "その後は感染症の影響により大きく", "落ち込みました。",
                              "今後は、歴史的な街並みや温泉など", "の地域資源を磨き上げ、滞在型の観光",
                              "を推進します。",
                              "【重要業績評価指標（KPI）】", "指標名 現状値（R4） 目標値（R9）",
                              "観光入込客数 148万人 190万人",
                              "宿泊者数 21.6万人 30万人", "外国人宿泊者数 3,450人 12,000人", "- 1 -"]
    assert unfolded.origin == [0, 1, 2, 4, 5, 6, 8, 10, 1, 3, 5, 7, 9, 11]


def test_a_text_column_that_opens_no_line_of_values_is_left_alone():
    # sentences one after another and a table under them: nothing is side by side
    prose = [line for line in COLUMN_AND_TABLE if not any(ch.isdigit() for ch in line.split()[-1])]
    assert prose_beside([*prose, "観光入込客数 148万人 190万人"]) is None


def test_a_running_line_left_short_after_a_sentence_ends_inside_it_is_the_columns():
    # the third line of text ends a sentence inside and runs on; its wrap left it narrower than the column's lines
    lines = ["施策２ 子育て環境の充実",
             "妊娠期から子育て期まで切れ目のない支援を行うため、 【重要業績評価指標（KPI）】",
             "相談窓口を一本化し、身近な場所で相談できる体制を 指標名 基準値（R4） 目標値（R9）",
             "整えます。家庭の状況に応じて支えていくよう、",
             "保育所の待機児童数 12人 0人",
             "民生委員や地域の団体と連携して、地域の見守りの担い手 子育て支援センターの利用者数 8,200人 9,500人",
             "を育てるとともに、子どもの居場所づくりを進め、安心",
             "して暮らせるまちをつくります。 放課後児童クラブの定員 240人 300人"]
    unfolded = prose_beside(lines)
    assert unfolded is not None
    assert unfolded.lines[3] == "整えます。家庭の状況に応じて支えていくよう、"
    assert unfolded.lines[7:] == ["【重要業績評価指標（KPI）】", "指標名 基準値（R4） 目標値（R9）",
                                  "保育所の待機児童数 12人 0人", "子育て支援センターの利用者数 8,200人 9,500人",
                                  "放課後児童クラブの定員 240人 300人"]


CHART_AND_TABLE = ["観光入込客数の推移（万人）", "100", "96.2",
                   "80 KPI 基準値（R1） 実績値（R5） 目標値（R7） 担当課",
                   "宿泊者数 28.4万人 24.9万人 32万人 観光課",
                   "63.4",
                   "51.8 体験型観光メニュー数 12件 21件 25件 観光課",
                   "2019 2020 2021 2022 2023",
                   "出典：湖北台市観光動態調査"]


def test_a_charts_numbers_among_a_tables_lines_are_read_before_its_header():
    unfolded = chart_beside(CHART_AND_TABLE)
    assert unfolded is not None
    assert unfolded.lines == ["観光入込客数の推移（万人）", "100", "96.2", "80", "63.4", "51.8",
                              "2019 2020 2021 2022 2023",
                              "KPI 基準値（R1） 実績値（R5） 目標値（R7） 担当課",
                              "宿泊者数 28.4万人 24.9万人 32万人 観光課",
                              "体験型観光メニュー数 12件 21件 25件 観光課", "出典：湖北台市観光動態調査"]
    assert unfolded.origin == [0, 1, 2, 3, 5, 6, 7, 3, 4, 6, 8]


def test_a_numbered_table_keeps_its_numbers():
    numbered = ["No. 指標名 基準値（R1） 目標値（R7）", "1 宿泊者数 28.4万人 32万人",
                "2 体験型観光メニュー数 12件 25件"]
    assert chart_beside(numbered) is None


def test_a_tables_own_column_of_phrases_is_no_text_column_beside_it():
    # the same lines with no sentence ended: a table's description cells wrapped beside its rows, read by the readers
    phrases = [line.replace("。", "") for line in COLUMN_AND_TABLE]
    assert prose_beside(phrases) is None


# Two goals' tables side by side as a text layer without gaps prints them (pdfplumber `extract_text`, layouts 168):
# invented, a village's sheet, the left table three rows and the right two. The department column follows the
# target with no space (`50人産業振興課`), the right table's first name wraps (`…移住の` / `成約件数` on a line of its
# own), and the left table's third row is printed alone.
SINGLE_SPACE = """\
青柳原村 総合戦略 数値目標一覧
基本目標１ 村の産業を育てる 基本目標２ 村に人を呼び込む
指標名 基準値（R2） 目標値（R7） 担当課 指標名 基準値（R2） 目標値（R7） 担当課
林業従事者数 42人 50人産業振興課 空き家バンクを通じた移住の 12件 30件企画政策課
成約件数
特産品の販売額 3,200万円 4,000万円産業振興課 ふるさと納税の寄附件数 1,850件 3,000件企画政策課
地元産材の出荷量 5,400㎥ 6,000㎥産業振興課
"""

# The same habit in a layer that keeps positions (pdftotext -layout): a town's sheet, the left table two rows (its
# first name wrapped under itself), the right three (its last row printed alone, far right).
LAYOUT = """\
鷹ノ巣町   第２期総合戦略   成果指標一覧

基本目標１  子育てできるまち                       基本目標２  元気に暮らせるまち
指標名              現状値  目標値  担当課      指標名                     現状値  目標値  担当課
一時預かり事業の   1,240人 1,500人  こども課    特定健診の受診率           38.5％  60.0％  健康推進課
延べ利用者数
乳幼児健診の受診率  96.2％  98.0％  こども課    介護予防教室の参加者数      520人   800人  長寿福祉課
                                                シルバー人材センター会員数  184人   220人  長寿福祉課
"""


def _read(tmp_path: Path, text: str) -> list[tuple[str, str, list[tuple[str, bool]], str | None]]:
    path = tmp_path / "sheet.txt"
    path.write_text(text, encoding="utf-8")
    return [(" ".join(row.goal[-1].split()), row.name, [(cell.text, cell.uncertain) for cell in row.cells],
             row.department) for row in extract(load(path)).rows]


def test_glued_departments_and_a_wrapped_name_in_single_space_text(tmp_path: Path):
    goal1, goal2 = "基本目標１ 村の産業を育てる", "基本目標２ 村に人を呼び込む"
    assert sorted(_read(tmp_path, SINGLE_SPACE)) == sorted([
        (goal1, "林業従事者数", [("42人", False), ("50人", False)], "産業振興課"),
        (goal1, "特産品の販売額", [("3,200万円", False), ("4,000万円", False)], "産業振興課"),
        # printed alone: its department is the left table's only, its table still a guess (flagged)
        (goal1, "地元産材の出荷量", [("5,400㎥", True), ("6,000㎥", True)], "産業振興課"),
        # the name's rest goes to the row whose name is left open (`…移住の`), not to `林業従事者数`
        (goal2, "空き家バンクを通じた移住の成約件数", [("12件", False), ("30件", False)], "企画政策課"),
        (goal2, "ふるさと納税の寄附件数", [("1,850件", False), ("3,000件", False)], "企画政策課"),
    ])


def test_a_wrapped_name_and_a_lone_row_in_a_layer_with_positions(tmp_path: Path):
    goal1, goal2 = "基本目標１ 子育てできるまち", "基本目標２ 元気に暮らせるまち"
    assert sorted(_read(tmp_path, LAYOUT)) == sorted([
        (goal1, "一時預かり事業の延べ利用者数", [("1,240人", False), ("1,500人", False)], "こども課"),
        (goal1, "乳幼児健診の受診率", [("96.2％", False), ("98.0％", False)], "こども課"),
        (goal2, "特定健診の受診率", [("38.5％", False), ("60.0％", False)], "健康推進課"),
        (goal2, "介護予防教室の参加者数", [("520人", False), ("800人", False)], "長寿福祉課"),
        (goal2, "シルバー人材センター会員数", [("184人", False), ("220人", False)], "長寿福祉課"),
    ])


def test_a_words_only_line_of_neither_row_is_given_left_and_flagged():
    # neither name is left open and the layer keeps no positions: the rest goes to the left row, its side a guess
    lines = ["指標名 基準値 目標値 指標名 基準値 目標値", "林業従事者数 42人 50人 移住者数 12人 30人", "（累計）",
             "特産品の販売額 3,200万円 4,000万円 転入者数 85人 90人"]
    unfolded = unfold(lines)
    assert unfolded is not None
    assert unfolded.lines == ["指標名 基準値 目標値", "林業従事者数 42人 50人", "（累計）",
                              "特産品の販売額 3,200万円 4,000万円", "指標名 基準値 目標値", "移住者数 12人 30人",
                              "転入者数 85人 90人"]
    assert unfolded.guessed == {1}


def test_a_note_under_the_rows_is_no_name_rest():
    lines = ["指標名 基準値 目標値 指標名 基準値 目標値", "林業従事者数 42人 50人 移住者数 12人 30人",
             "※ 数値は各年度末"]
    unfolded = unfold(lines)
    assert unfolded is not None and unfolded.lines[-1] == "※ 数値は各年度末"


def test_the_next_tables_caption_under_the_rows_is_no_name_rest():
    lines = ["指標名 基準値 目標値 指標名 基準値 目標値", "林業従事者数 42人 50人 移住者数 12人 30人",
             "【重要業績評価指標】"]
    unfolded = unfold(lines)
    assert unfolded is not None and unfolded.lines[-1] == "【重要業績評価指標】"


def test_a_centred_page_number_under_rows_with_positions_is_no_name_rest():
    # invented, as pdftotext -layout prints an A3 page two-up (layouts 41): `- 2 -` stands under no row's name
    lines = ["指標名          基準値    目標値      指標名          基準値    目標値",
             "創業件数          6件      10件      転入者数         620人     700人",
             "                              - 2 -",
             "                              資料編"]
    unfolded = unfold(lines)
    assert unfolded is not None
    assert unfolded.lines[-2:] == lines[-2:] and unfolded.guessed == set()


#: Invented, shaped as `pdftotext -raw` prints a sheet of two goals' tables a blank column apart (layouts 168 -raw):
#: the header without its value words, every line of rows' text cells, the page title, the value header words
#: twice, then one line of values per line of rows (the right-aligned cells drawn last); the left table a row longer,
#: its last row printing a department of the left table's (`unfold` reads it there; another would go right, flagged).
TWO_PASS_BESIDE = ["基本目標１ 村に仕事をつくる 基本目標２ 村で安心して暮らす",
                   "指標名 担当課 指標名 担当課",
                   "村内の新規雇用者数 産業振興課 特定健診の受診率 住民福祉課",
                   "林業作業員数 産業振興課 救急搬送の平均所要時間 消防課",
                   "企業立地件数 産業振興課",
                   "若葉村 総合戦略 KPI一覧",
                   "基準値（R4） 目標値（R10） 基準値（R4） 目標値（R10）",
                   "12人 20人 41.5% 60.0%",
                   "18人 24人 38.2分 35.0分",
                   "3件 5件",
                   "※数値は各年度末現在"]


def test_two_tables_side_by_side_printed_in_two_passes_get_their_values_back():
    joined = values_apart(TWO_PASS_BESIDE)
    assert joined is not None
    assert joined.lines == [
        TWO_PASS_BESIDE[0],
        "指標名 基準値（R4） 目標値（R10） 担当課 指標名 基準値（R4） 目標値（R10） 担当課",
        "村内の新規雇用者数 12人 20人 産業振興課 特定健診の受診率 41.5% 60.0% 住民福祉課",
        "林業作業員数 18人 24人 産業振興課 救急搬送の平均所要時間 38.2分 35.0分 消防課",
        "企業立地件数 3件 5件 産業振興課",
        "若葉村 総合戦略 KPI一覧", "※数値は各年度末現在"]
    assert joined.origin == [0, 1, 2, 3, 4, 5, 10]
    assert joined.guessed == {2, 3, 4}  # which line of values is whose only the order says


def test_two_pass_tables_side_by_side_are_read_each_under_its_goal_flagged(tmp_path: Path):
    path = tmp_path / "beside.txt"
    path.write_text("\n".join(TWO_PASS_BESIDE) + "\n", encoding="utf-8")
    rows = [(r.goal[-1] if r.goal else None, r.name, r.department, [(c.text, c.uncertain) for c in r.cells])
            for r in extract(load(path)).rows]
    assert rows == [
        ("基本目標１ 村に仕事をつくる", "村内の新規雇用者数", "産業振興課", [("12人", True), ("20人", True)]),
        ("基本目標１ 村に仕事をつくる", "林業作業員数", "産業振興課", [("18人", True), ("24人", True)]),
        ("基本目標１ 村に仕事をつくる", "企業立地件数", "産業振興課", [("3件", True), ("5件", True)]),
        ("基本目標２ 村で安心して暮らす", "特定健診の受診率", "住民福祉課", [("41.5%", True), ("60.0%", True)]),
        ("基本目標２ 村で安心して暮らす", "救急搬送の平均所要時間", "消防課", [("38.2分", True), ("35.0分", True)])]


def test_two_pass_lines_whose_counts_do_not_match_their_rows_are_left_alone():
    # a line of three values under a line of two rows: which row lacks one the text does not say
    lines = [*TWO_PASS_BESIDE[:7], "12人 20人 41.5%", *TWO_PASS_BESIDE[8:]]
    assert values_apart(lines) is None
    # a line of two rows whose words fit no cut (no department word among them)
    lines = [*TWO_PASS_BESIDE[:2], "村内の新規雇用者数 産業振興 特定健診の受診率 住民福祉", *TWO_PASS_BESIDE[3:]]
    assert values_apart(lines) is None


def test_a_value_with_its_unit_apart_is_no_charts_number():
    # `8.2 万人 令和７年度`: a value printed with its unit a space apart and the year beside it (pdfminer's box of
    # two columns), no chart's tick before a header
    column = ["目標年度", "8.2 万人 令和７年度", "24 人 令和７年度"]
    assert chart_beside(column) is None
