"""Two tables side by side in a text layer without positions (`ingest.text.side_by_side`): unfolded into reading
order by the header printed twice on one line."""

from __future__ import annotations

from ingest.text.side_by_side import chart_beside, prose_beside, unfold

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
