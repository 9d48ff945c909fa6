# ruff: noqa: E501  (rows of Japanese vocabulary read better unbroken)
"""A seeded generator of KPI tables whose structure varies habit by habit, each with the truth it prints.

Every habit is drawn independently (so combinations nobody wrote by hand occur): column order, the department
and unit columns, the unit in the name (`（千人）`) or in the value, header wording from lists of phrasings clerks
type (written here from what municipal tables print, NOT from what the readers know), the years (令和/平成 full and
short, Western, both, `年度` or `年`, in the header or in the cell `100人(R5)`), value formats (full-width digits,
`1,234`, `1.2万`, `約`, `以上`, `－`), wrapped names, one to three header rows and one to four actual years; and
(habits18, drawn from a second generator so the first habits of a seed stay as they were) goal bands between groups
of rows, notes under rows, footnotes and 出典 lines after the table, a department printed once for the rows it
covers, a progress column and a reason column, the header repeated after a page break, cells not reported
(`－`, `未集計`) and values with marks (`※`, `（見込）`); and (habits20, from a third generator, `habits20=True`)
years in columns of their own (`基準年度 | 基準値 | 目標年度 | 目標値`), a value's year on its cell's second line,
one unit for every row printed above the table (`（単位：人）`), achievement-rate and change columns (`達成率`,
`増減`: no values of the indicator), targets given as a word or a range (`増加`, `60～70`: no value), a `No.` column,
header cells with the year above the role, sub-rows `男性` / `女性` under a name (values of a segment), and a merged
department cell's text at the middle of the rows it spans.

`Table.truth` lists every printed value in base units, with its role and period; the shapes of text a reader meets
(`render`) and a ruled PDF (`tests.synth.pdf`) are drawn from the same table. Content invented: fictional names.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from decimal import Decimal

from normalize.text import display_width

# (name, printed unit, base unit, factor to base, typical size, decimals)
INDICATORS = [
    ("観光入込客数", "千人", "人", 1000, 1200, 0),
    ("観光入込客数", "万人", "人", 10000, 52, 1),
    ("転入者数", "人", "人", 1, 1850, 0),
    ("新規就農者数", "人", "人", 1, 12, 0),
    ("創業支援による創業件数", "件", "件", 1, 18, 0),
    ("空き家バンクの成約件数", "件", "件", 1, 9, 0),
    ("婚活イベントでのカップル成立数", "組", "組", 1, 14, 0),
    ("子育て支援に満足している保護者の割合", "%", "%", 1, 62, 1),
    ("健康診査の受診率", "%", "%", 1, 48, 1),
    ("ふるさと納税の寄附額", "千円", "円", 1000, 48200, 0),
    ("ふるさと納税の寄附額", "百万円", "円", 1000000, 320, 0),
    ("農業産出額", "億円", "円", 100000000, 21, 1),
    ("町内事業所の従業者数", "人", "人", 1, 4820, 0),
    ("図書館の年間貸出冊数", "冊", "冊", 1, 84000, 0),
    ("公共交通の年間利用者数", "人", "人", 1, 126000, 0),
    ("企業誘致件数", "件", "件", 1, 3, 0),
    ("地域おこし協力隊の定住者数", "人", "人", 1, 6, 0),
    ("耕作放棄地の再生面積", "ha", "ha", 1, 24, 1),
    ("自主防災組織の組織率", "%", "%", 1, 71, 1),
    ("移住相談件数", "件", "件", 1, 230, 0),
]

#: Wrapped indicator names: (first line, second line); read as their join.
LONG_NAMES = [
    ("地域の行事に参加したことがある", "中学生の割合", "%", "%", 1, 55, 1),
    ("放課後児童クラブの利用を希望して", "利用できなかった児童数", "人", "人", 1, 18, 0),
    ("市内の宿泊施設における延べ", "宿泊者数", "人", "人", 1, 38000, 0),
    ("特定健康診査・特定保健指導の", "実施率", "%", "%", 1, 41, 1),
]

NAME_HEADERS = ["指標名", "指標", "KPI", "ＫＰＩ", "重要業績評価指標", "成果指標", "評価指標", "項目", "指標項目", "数値目標", "KPI（重要業績評価指標）"]
UNIT_HEADERS = ["単位", "単 位", "（単位）"]
DEPT_HEADERS = ["担当課", "所管課", "担当部署", "所管部局", "担当", "主管課", "担当課名"]
DEPARTMENTS = ["企画政策課", "商工観光課", "農林振興課", "子育て支援課", "健康増進課", "総務課", "生涯学習課"]
#: Role words; `{y}` is the column's year where the word carries it (one header row).
BASELINE_WORDS = ["基準値", "現状値", "現況値", "策定時", "計画策定時", "当初値", "基準", "現状", "策定時の値", "基準値（現状）"]
ACTUAL_WORDS = ["実績値", "実績", "実績値（年度）", "実績（見込み含む）", "実績値（各年度）"]
TARGET_WORDS = ["目標値", "目標", "最終目標", "最終目標値", "目標数値", "計画目標", "目標値（最終）"]
MIDTERM_WORDS = ["中間目標", "中間目標値", "中間年目標"]
#: How a role word and its year make one header cell: `{w}` the word, `{y}` the year label.
JOINED = ["{w}（{y}）", "{w}({y})", "{w}　{y}", "{y}{w}", "{w}\u3000（{y}）"]
#: Year-first spellings clerks use for each role (`R5年度実績`, `R7目標値`, `目標(R11)`).
YEAR_FIRST = {"baseline": ["{y}基準値", "{y}現状", "{y}（基準）"], "actual": ["{y}実績", "{y}実績値", "{y}"],
              "target": ["{y}目標値", "{y}目標", "目標({y})", "目標（{y}）"], "midterm": ["{y}中間目標", "中間目標({y})"]}

#: Goal bands printed across the table between groups of rows (`{n}` the goal's number, `{p}` its phrase).
GOAL_BAND_FORMS = ["基本目標{n}　{p}", "【基本目標{n}】{p}", "基本目標{n} {p}", "基本目標{n}：{p}"]
GOAL_NUMBERS = {"arabic": "１２３４", "roman": "ⅠⅡⅢⅣ", "ascii": "1234"}
GOAL_PHRASES = ["地域にしごとをつくる", "新しいひとの流れをつくる", "結婚・出産・子育ての希望をかなえる",
                "安心して暮らせる魅力的なまちをつくる", "誰もが活躍できる地域をつくる"]
#: Notes printed under a row (in the name's cell, below it) and after the table.
ROW_NOTES = ["※令和２年度は新型コロナウイルス感染症の影響により減少", "※住民基本台帳による", "※平成30年度から集計方法を変更",
             "（※年度末時点の数値）", "※１ 目標値は第２期計画策定時に上方修正", "※各年４月１日現在"]
FOOTNOTES = ["※1　実績値は速報値であり、今後変動する場合がある。", "※2　「－」は未集計を示す。",
             "※ 令和2年度は感染症の影響により事業を中止したため実績なし。", "注）端数処理の関係で合計が一致しない場合がある。"]
SOURCES = ["出典：住民基本台帳", "出典：観光動態調査（県）", "資料：市民意識調査（令和4年度）", "出典：農林業センサス"]
#: Progress columns: (header words, labels of one scale) and reason columns: (header words, sentences).
PROGRESS_HEADERS = ["評価", "進捗状況", "達成状況", "進捗評価", "達成度"]
PROGRESS_SCALES = {"words": ["順調", "概ね順調", "遅れ", "やや遅れ"], "letters": ["A", "B", "C", "D"],
                   "attained": ["達成", "未達成", "達成見込み"], "marks": ["◎", "○", "△", "×"]}
REASON_HEADERS = ["評価の理由", "要因分析", "理由", "今後の方向性", "課題と対応"]
REASONS = ["移住相談窓口の周知により相談件数が増加した。", "新型コロナウイルス感染症の影響により減少した。",
           "前年度比で12.5%増加したが目標には届いていない。", "引き続き関係機関と連携し取組を進める。",
           "令和3年度に2件の新規事業を実施した。", "目標値の8割程度で推移している。"]
#: A page's number as printed at its foot (`{n}` the page).
PAGE_NUMBERS = ["- {n} -", "－{n}－", "{n}", "P.{n}"]
#: Cells of a value not reported, and marks printed after a value.
NOT_REPORTED = ["－", "―", "ー", "未集計", "-"]
VALUE_MARKS = ["※", "※1", "※２", "(見込)", "（見込）", "（見込み）"]

#: Habits of session 20 (drawn from a third generator). A year printed in a column of its own before the value it
#: dates (`基準年度 | 基準値 | 目標年度 | 目標値`), by role.
YEAR_COLUMN_HEADERS = {"baseline": ["基準年度", "基準年", "年度"], "midterm": ["中間目標年度", "年度"],
                       "target": ["目標年度", "目標年", "年度"]}
#: The unit of every row printed once above the table (`{u}` the unit).
UNIT_CAPTIONS = ["（単位：{u}）", "単位：{u}", "(単位:{u})", "【単位：{u}】"]
#: Columns computed from the values, no value of the indicator: achievement rate and change.
RATE_HEADERS = ["達成率", "目標達成率", "進捗率"]
CHANGE_HEADERS = ["増減", "前年度比増減", "基準値比"]
CHANGE_SIGNS = ["+", "△", "▲", "-"]  # the sign of a decrease (an increase prints `+` or nothing)
#: A target given as a word (no figure) or a range of figures (`60～70`): no value.
WORD_TARGETS = ["増加", "維持", "現状維持", "増加させる", "減少", "向上"]
RANGE_MARKS = ["～", "〜", "~"]
#: The first column numbering the rows.
NUMBER_HEADERS = ["No.", "番号", "NO", "№"]
#: Sub-rows under an indicator's name, each a segment of it.
SEGMENT_PAIRS = [("男性", "女性"), ("男", "女")]

FULLWIDTH = str.maketrans("0123456789.,", "０１２３４５６７８９．，")
ERAS = [("令和", "R", 2019), ("平成", "H", 1989)]


def era(year: int) -> tuple[str, str, int]:
    """(era name, letter, number) of a Western year, 2019 as 令和元."""
    name, letter, first = ERAS[0] if year >= 2019 else ERAS[1]
    return name, letter, year - first + 1


def year_label(year: int, form: str) -> tuple[str, str]:
    """(printed label, period kind FY/CY) of a year in one of the spellings clerks type."""
    name, letter, n = era(year)
    number = "元" if n == 1 else str(n)
    forms = {
        "era_fy": (f"{name}{number}年度", "FY"), "era_cy": (f"{name}{number}年", "CY"),
        "short_fy": (f"{letter}{n}年度", "FY"), "short": (f"{letter}{n}", "FY"),
        "short_fw": (f"{letter}{n}".translate(FULLWIDTH).replace("R", "Ｒ").replace("H", "Ｈ"), "FY"),
        "west_fy": (f"{year}年度", "FY"), "west_cy": (f"{year}年", "CY"), "west": (str(year), "FY"),
        "both_fy": (f"{name}{number}年度（{year}年度）", "FY"), "west_era": (f"{year}(R{n})年度" if letter == "R" else f"{year}(H{n})年度", "FY"),
        "fy_west": (f"{year}年度（{letter}{n}）", "FY"),
    }
    return forms[form]


YEAR_FORMS = ["era_fy", "era_cy", "short_fy", "short", "short_fw", "west_fy", "west_cy", "west", "both_fy", "west_era", "fy_west"]
VALUE_FORMATS = ["plain", "comma", "fullwidth", "man", "approx", "bound", "dash"]


@dataclass(frozen=True)
class Truth:
    """One printed value: the indicator, its role (baseline/actual/target), period and value in base units."""

    name: str
    role: str
    period: str
    value: Decimal
    unit: str
    segment: str = ""  # the sub-row's label (`男性`) a value of a part of the indicator is printed under


@dataclass
class Column:
    role: str  # baseline | actual | midterm | target
    year: int
    label: str  # the year as printed
    kind: str  # FY | CY


@dataclass
class Table:
    """A generated table: header rows, body lines (a wrapped name adds a line), truth, and the habits drawn."""

    seed: int
    title: str
    goal: str
    header: list[list[str]]
    body: list[list[str]]
    truth: list[Truth]
    habits: dict[str, str] = field(default_factory=dict)
    value_habits: dict[Truth, str] = field(default_factory=dict)
    wraps: set[int] = field(default_factory=set)  # body lines that carry the wrapped end of the name above
    #: Body lines printed across the table (a goal band, a note under a row): a one-cell row.
    spans: set[int] = field(default_factory=set)
    breaks: dict[int, str] = field(default_factory=dict)  # body line -> the page number printed before it (header again)
    footer: list[str] = field(default_factory=list)  # footnotes and 出典 lines after the table
    goals: dict[str, str] = field(default_factory=dict)  # indicator name -> the phrase of the goal band above it
    caption: str = ""  # a line printed right above the table (`（単位：人）`)


def _number_text(value: Decimal, decimals: int, fmt: str) -> str:
    text = f"{value:,.{decimals}f}" if fmt in ("comma", "fullwidth", "approx", "bound") else f"{value:.{decimals}f}"
    return text.translate(FULLWIDTH) if fmt == "fullwidth" else text


def _printed(value: Decimal, unit: str, decimals: int, fmt: str, unit_in_value: bool, role: str) -> tuple[str, Decimal | None, str]:
    """(cell text, value in printed units or None, the format actually used)."""
    if fmt == "dash":
        return ("－" if role == "actual" else _printed(value, unit, decimals, "comma", unit_in_value, role)[0]), (None if role == "actual" else value), ("dash" if role == "actual" else "comma")
    if fmt == "man" and unit in ("人", "件", "冊") and value >= 10000 and value % 1000 == 0:
        man = (value / 10000).normalize()
        return f"{man}万" + (unit if unit_in_value else ""), value, "man"
    if fmt == "man":
        fmt = "comma"
    if fmt == "bound" and role != "target":
        fmt = "comma"
    text = _number_text(value, decimals, fmt)
    suffix = unit if unit_in_value else ""
    if fmt == "approx":
        return f"約{text}{suffix}", value, fmt
    if fmt == "bound":
        return f"{text}{suffix}以上", value, fmt
    return text + suffix, value, fmt


def generate(seed: int, more_habits: bool = True, habits20: bool = False) -> Table:
    """One table drawn from `seed` (the same seed always gives the same table). The habits added in session 18
    are drawn from a second generator (`more_habits`), those of session 20 from a third (`habits20`, only with
    `more_habits`; off by default so the tables pinned by seed stay those read by hand), so a seed's earlier
    habits stay as they were."""
    rng = random.Random(seed)
    more = random.Random(seed * 1_000_003 + 18)
    new = random.Random(seed * 1_000_003 + 20)
    habits20 = habits20 and more_habits
    habits: dict[str, str] = {}

    def pick(habit: str, options: list) -> object:
        choice = rng.choice(options)
        habits[habit] = str(choice)
        return choice

    n_actual = pick("actual_years", [0, 1, 1, 2, 3, 4])
    has_baseline = pick("baseline", [True, True, False]) if n_actual else True
    has_midterm = pick("midterm", [False, False, True])
    unit_place = pick("unit_place", ["column", "name", "value"])
    dept_place = pick("dept", ["none", "none", "first", "last"])
    name_place = pick("name_place", ["first", "first", "first", "last"])
    year_place = pick("year_place", ["header", "header", "cell"]) if n_actual <= 1 else "header"
    habits["year_place"] = year_place
    header_rows = pick("header_rows", [1, 1, 2, 3]) if year_place == "header" else 1
    habits["header_rows"] = str(header_rows)
    year_form = pick("year_form", YEAR_FORMS)
    joined = pick("joined", ["word_year", "word_year", "year_first"])
    value_fmt = pick("value_format", VALUE_FORMATS)
    wrapped = pick("wrapped", [False, False, True])
    drawn = {name: more.choice(options) if more_habits else options[0] for name, options in [
        ("goal_bands", [False, False, True]), ("row_notes", [False, False, True]),
        ("footer", ["none", "none", "footnote", "source", "both"]), ("dept_merged", [False, True]),
        ("progress", ["none", "none", *PROGRESS_SCALES]), ("reason", [False, False, True]),
        ("page_break", [False, False, True]), ("not_reported", ["none", "none", *NOT_REPORTED]),
        ("value_marks", ["none", "none", *VALUE_MARKS])]}
    if dept_place == "none":
        drawn["dept_merged"] = False
    if more_habits:
        habits.update({name: str(value) for name, value in drawn.items()})
    drawn20 = {name: new.choice(options) if habits20 else options[0] for name, options in [
        ("year_columns", [False, False, True]), ("year_lines", [False, True]),
        ("unit_caption", [False, False, False, True]), ("rates", ["none", "none", "rate", "change", "both"]),
        ("word_targets", [False, False, True]), ("row_number", ["none", "none", "none", "none", *NUMBER_HEADERS]),
        ("year_above_role", [False, True]), ("segments", [False, False, True]), ("dept_middle", [False, True])]}
    if not (year_place == "header" and header_rows == 1):
        drawn20["year_columns"] = False
    if year_place != "cell":
        drawn20["year_lines"] = False
    if header_rows == 1:
        drawn20["year_above_role"] = False
    if not drawn["dept_merged"]:
        drawn20["dept_middle"] = False
    caption_unit = new.choice(["人", "件", "%"]) if drawn20["unit_caption"] else None
    if caption_unit:
        unit_place = "caption"  # one unit for every row, printed once above the table
        habits["unit_place"] = unit_place
    if habits20:
        habits.update({name: str(value) for name, value in drawn20.items()})

    base_year = rng.randint(2015, 2021)
    years = [base_year + i + 1 for i in range(n_actual)]
    if not has_baseline and years:
        years = [base_year + i for i in range(n_actual)]
    last = years[-1] if years else base_year
    target_year = rng.randint(max(last + 1, 2024), 2031)
    mid_year = (last + target_year + 1) // 2 if target_year - last >= 2 else None
    if mid_year is None:
        has_midterm = False
        habits["midterm"] = "False"

    def column(role: str, year: int) -> Column:
        label, kind = year_label(year, year_form)
        return Column(role, year, label, kind)

    columns = ([column("baseline", base_year)] if has_baseline else []) + [column("actual", y) for y in years]
    columns += ([column("midterm", mid_year)] if has_midterm else []) + [column("target", target_year)]

    words = {"baseline": rng.choice(BASELINE_WORDS), "actual": rng.choice(ACTUAL_WORDS),
             "target": rng.choice(TARGET_WORDS), "midterm": rng.choice(MIDTERM_WORDS)}
    for role, word in words.items():
        habits[f"word_{role}"] = word
    first_formats = {role: rng.choice(YEAR_FIRST[role]) for role in YEAR_FIRST}
    joiner = rng.choice(JOINED)

    bare_actuals = rng.random() < 0.5  # several actual years headed by their years alone (`R2 R3 R4`)

    def header_one(col: Column) -> str:
        if year_place == "cell":
            return words[col.role]
        if col.role == "actual" and n_actual > 1 and joined != "year_first":
            return col.label if bare_actuals else joiner.format(w=words["actual"], y=col.label)
        if joined == "year_first":
            return first_formats[col.role].format(y=col.label)
        return joiner.format(w=words[col.role], y=col.label)

    value_header_rows: list[list[str]]
    if header_rows == 1:
        value_header_rows = [[header_one(c) for c in columns]]
    else:
        roles_row, seen = [], set()
        for c in columns:
            roles_row.append("" if c.role in seen and c.role == "actual" else words[c.role])
            seen.add(c.role)
        bracket = rng.choice(["{y}", "（{y}）", "({y})"])
        year_row = [(bracket if "(" not in c.label and "（" not in c.label else "{y}").format(y=c.label) for c in columns]
        value_header_rows = [roles_row, year_row]
        if drawn20["year_above_role"]:  # each cell's year on its first line, the role under it
            value_header_rows.reverse()
        if header_rows == 3:
            value_header_rows.insert(0, [rng.choice(["数値", "指標の推移", "進捗状況"])] + [""] * (len(columns) - 1))
    year_headers = {role: new.choice(words_) for role, words_ in YEAR_COLUMN_HEADERS.items()}
    if drawn20["year_columns"]:  # a year column before each baseline and target column, the role word alone over its values
        value_header_rows = [[h for c in columns for h in ([year_headers[c.role], words[c.role]] if c.role in year_headers
                                                            else [header_one(c)])]]

    pool = list(INDICATORS)
    rng.shuffle(pool)
    if caption_unit:
        pool = [ind for ind in pool if ind[1] == caption_unit]
    n_rows = rng.randint(3, 6)
    chosen, names_seen = [], set()
    for ind in pool:
        if ind[0] not in names_seen:
            chosen.append((ind[0], None, *ind[1:]))
            names_seen.add(ind[0])
        if len(chosen) == n_rows:
            break
    if wrapped:
        long = rng.choice(LONG_NAMES)
        if caption_unit and long[2] != caption_unit:
            long = next((ind for ind in LONG_NAMES if ind[2] == caption_unit), None)
        if long:
            chosen.insert(rng.randrange(len(chosen) + 1), long)

    name_header = rng.choice(NAME_HEADERS)
    habits["word_name"] = name_header
    unit_header = rng.choice(UNIT_HEADERS)
    dept_header = rng.choice(DEPT_HEADERS)

    scale = PROGRESS_SCALES.get(drawn["progress"])
    rates = drawn20["rates"]
    rate_headers = ([new.choice(RATE_HEADERS)] if rates in ("rate", "both") and n_actual else []) + \
        ([new.choice(CHANGE_HEADERS)] if rates in ("change", "both") and n_actual else [])
    extra_headers = rate_headers + ([more.choice(PROGRESS_HEADERS)] if scale else []) + \
        ([more.choice(REASON_HEADERS)] if drawn["reason"] else [])
    number_header = drawn20["row_number"] if drawn20["row_number"] != "none" else None

    def arrange(name: str, unit: str, values: list[str], dept: str, extra: list[str] | None = None,
                number: str = "") -> list[str]:
        cells = ([unit] if unit_place == "column" else []) + values + (extra or [""] * len(extra_headers))
        cells = [name, *cells] if name_place == "first" else [*cells, name]
        if dept_place == "first":
            cells = [dept, *cells]
        elif dept_place == "last":
            cells = [*cells, dept]
        return ([number] if number_header else []) + cells

    header: list[list[str]] = []
    for i, row in enumerate(value_header_rows):
        top = i == 0
        header.append(arrange(name_header if top else "", unit_header if top else "", row, dept_header if top else "",
                              extra_headers if top else None, number_header if top else ""))

    bands: dict[int, str] = {}  # row of `chosen` -> the band printed above it
    goal_of_row: list[str] = [""] * len(chosen)  # "" under the heading above the table
    if drawn["goal_bands"]:
        n_goals = min(len(chosen), more.choice([2, 3]))
        starts = [0, *sorted(more.sample(range(1, len(chosen)), n_goals - 1))]
        phrases = more.sample(GOAL_PHRASES, n_goals)
        digits, form, first = GOAL_NUMBERS[more.choice(list(GOAL_NUMBERS))], more.choice(GOAL_BAND_FORMS), more.randint(0, 1)
        for k, start in enumerate(starts):
            bands[start] = form.format(n=digits[first + k], p=phrases[k])
            for r in range(start, len(chosen)):
                goal_of_row[r] = phrases[k]

    truth: list[Truth] = []
    value_habits: dict[Truth, str] = {}
    word_rows = {r for r in range(len(chosen)) if drawn20["word_targets"] and new.random() < 0.4}
    earlier_base = {r for r in range(len(chosen)) if drawn20["year_columns"] and new.random() < 0.3}
    segment_row = new.choice([r for r, ind in enumerate(chosen) if ind[1] is None]) if drawn20["segments"] else None
    segment_pair, segment_indent = new.choice(SEGMENT_PAIRS), new.choice(["", "　", "うち"])
    year_bracket = new.choice(["{y}", "（{y}）", "({y})"])
    decrease, range_mark = new.choice(CHANGE_SIGNS), new.choice(RANGE_MARKS)
    row_index = {"": 0}

    def row_cells(full_name: str, unit: str, factor: int, base_unit: str, size: Decimal | int, decimals: int,
                  segment: str, draw: random.Random, marks: random.Random) -> tuple[list[str], list[str], list[str], list[Truth]]:
        """A row's value cells, the years printed under them (`year_lines`), its rate/change cells and its truth."""
        r = row_index[""]
        values, below, row_truth, printed = [], [], [], {}
        for c in columns:
            drift = Decimal(draw.randint(80, 125)) / 100
            value = (Decimal(size) * drift).quantize(Decimal(1) / (10 ** decimals)) if decimals else Decimal(round(size * drift))
            if fmt_override := (value_fmt if draw.random() < 0.6 else None):
                fmt = fmt_override
            else:
                fmt = draw.choice(["plain", "comma"])
            if fmt == "dash" and c.role == "actual" and c.year != years[-1]:
                fmt = "comma"
            text, printed_value, used = _printed(value, unit, decimals, fmt, unit_place == "value", c.role)
            blank = drawn["not_reported"] != "none" and c.role in ("actual", "baseline") and marks.random() < 0.25
            if blank:
                text, printed_value = drawn["not_reported"], None
            elif drawn["value_marks"] != "none" and c.role == "actual" and printed_value is not None and marks.random() < 0.4:
                estimate = "見込" in drawn["value_marks"]
                if not estimate or c.year == years[-1]:  # an estimate is the latest year's
                    text += drawn["value_marks"]
                    used = "marked"
            if c.role == "target" and r in word_rows and not segment:  # a direction or a range: no single figure
                if new.random() < 0.5:
                    text = new.choice(WORD_TARGETS)
                else:
                    low, high = (_number_text(value * k, decimals, "plain") for k in (Decimal("0.9"), Decimal("1.1")))
                    text = f"{low}{range_mark}{high}" + (unit if unit_place == "value" else "")
                printed_value, used = None, "word"
            year = c.year - 1 if c.role == "baseline" and r in earlier_base else c.year
            label = year_label(year, year_form)[0]
            if year_place == "cell" and drawn20["year_lines"]:  # the year on the cell's second line
                below.append("" if blank else year_bracket.format(y=label) if "(" not in label and "（" not in label else label)
            elif year_place == "cell":  # a label with its own brackets (`2016年度（H28）`) follows after a space
                bracket = "　{y}" if "（" in c.label or "(" in c.label else draw.choice(["({y})", "（{y}）"])
                text += "" if blank else bracket.format(y=c.label)  # a cell not reported prints no year
            if drawn20["year_columns"] and c.role in year_headers:
                values.append(label)
            values.append(text)
            if printed_value is not None:
                printed[c.role if c.role != "actual" or c.year != years[-1] else "latest"] = printed_value
                if c.role == "actual" and len(years) > 1 and c.year == years[-2]:
                    printed["previous"] = printed_value
                role = "target" if c.role == "midterm" else c.role
                t = Truth(full_name, role, f"{c.kind}{year}", printed_value * factor, base_unit, segment)
                row_truth.append(t)
                value_habits[t] = used
        rated = []
        latest, before = printed.get("latest"), printed.get("previous", printed.get("baseline"))
        if rate_headers and rates in ("rate", "both"):
            target = printed.get("target")
            rated.append(f"{latest / target * 100:.1f}%" if latest is not None and target else "－")
        if rate_headers and rates in ("change", "both"):
            change = latest - before if latest is not None and before is not None else None
            rated.append("－" if change is None else _number_text(abs(change), decimals, "comma") if change == 0 else
                         ("+" if change > 0 else decrease) + _number_text(abs(change), decimals, "comma"))
        return values, below if any(below) else [""] * len(values), rated, row_truth
    body: list[list[str]] = []
    wraps: set[int] = set()
    spans: set[int] = set()
    goals: dict[str, str] = {}
    last_dept = None
    noted = False
    runs: list[list[int]] = []  # body lines of each department's run of rows
    for r, (name, tail, unit, base_unit, factor, size, decimals) in enumerate(chosen):
        row_index[""] = r
        if r in bands:
            spans.add(len(body))
            body.append([bands[r]])
            last_dept = None
        full_name = name + (tail or "")
        goals[full_name] = goal_of_row[r]
        printed_name = full_name + (f"（{unit}）" if unit_place == "name" and unit != "%" else "")
        if unit_place == "name" and unit == "%":
            printed_name = full_name + "（%）"
        values, below, rated, row_truth = row_cells(full_name, unit, factor, base_unit, size, decimals, "", rng, more)
        dept = rng.choice(DEPARTMENTS)
        if drawn["dept_merged"] and last_dept is not None and more.random() < 0.6:
            dept, shown_dept = last_dept, ""  # a merged cell: only the first row of the department prints it
            runs[-1].append(len(body))
        else:
            shown_dept = dept
            runs.append([len(body)])
        last_dept = dept
        extra = rated + ([more.choice(scale)] if scale else []) + ([more.choice(REASONS)] if drawn["reason"] else [])
        number = str(r + 1)
        split = segment_row == r
        if split and new.random() < 0.5:  # the name's row prints no value, only its parts under it do
            values, below, row_truth = [""] * len(values), [""] * len(values), []
            extra = [""] * len(rate_headers) + extra[len(rate_headers):]
        truth += row_truth
        if tail is None:
            body.append(arrange(printed_name, unit, values, shown_dept, extra, number))
            if any(below):  # a cell's year on its second line
                body.append(arrange("", "", below, ""))
                wraps.add(len(body) - 1)
        else:
            shown_tail = tail + (printed_name[len(full_name):])
            body.append(arrange(name, unit, values, shown_dept, extra, number))
            body.append(arrange(shown_tail, "", below if any(below) else [""] * len(values), ""))
            wraps.add(len(body) - 1)
        if split:
            for label in segment_pair:
                part = Decimal(size) / (1 if unit == "%" else 2)
                cells, part_below, part_rated, part_truth = row_cells(full_name, unit, factor, base_unit, part, decimals,
                                                                      label, new, new)
                truth += part_truth
                body.append(arrange(segment_indent + label, unit if unit_place == "column" else "", cells, "",
                                    part_rated + [""] * (len(extra_headers) - len(rate_headers))))
                if any(part_below):
                    body.append(arrange("", "", part_below, ""))
                    wraps.add(len(body) - 1)
        if drawn["row_notes"] and (more.random() < 0.3 or (not noted and r == len(chosen) - 1)):
            spans.add(len(body))
            body.append([more.choice(ROW_NOTES)])
            noted = True

    if drawn20["dept_middle"]:  # a merged cell's text at its middle, as a PDF prints a cell spanning rows
        at = 1 if number_header else 0
        at = at if dept_place == "first" else -1
        for run in runs:
            if len(run) > 1:
                body[run[len(run) // 2]][at], body[run[0]][at] = body[run[0]][at], ""

    breaks: dict[int, str] = {}
    if drawn["page_break"]:
        places = [k for k in range(2, len(body)) if k not in wraps]
        if places:
            breaks[more.choice(places)] = more.choice(PAGE_NUMBERS).format(n=more.randint(2, 40))
    footer: list[str] = []
    if drawn["footer"] in ("footnote", "both"):
        footer += more.sample(FOOTNOTES, more.randint(1, 2))
    if drawn["footer"] in ("source", "both"):
        footer.append(more.choice(SOURCES))

    town = rng.choice(["青葉町", "桜ヶ丘市", "北見沢村", "白浜町", "緑川市"])
    title = town + rng.choice([" 第２期総合戦略 重要業績評価指標（KPI）一覧", " まち・ひと・しごと創生総合戦略 効果検証シート", " 総合計画 成果指標の状況"])
    goal = rng.choice(["基本目標１　地域にしごとをつくる", "基本目標２　新しいひとの流れをつくる", "基本目標３　結婚・出産・子育ての希望をかなえる"])
    goals = {name: phrase or goal.split("\u3000", 1)[1] for name, phrase in goals.items()}
    goal = "" if bands else goal
    caption = new.choice(UNIT_CAPTIONS).format(u=caption_unit) if caption_unit else ""
    return Table(seed, title, goal, header, body, truth, habits, value_habits, wraps, spans, breaks, footer, goals, caption)


SHAPES = ("tab", "layout", "plumber")


def _pad(text: str, width: int, right: bool) -> str:
    gap = " " * (width - display_width(text))
    return gap + text if right else text + gap


def render(table: Table, shape: str) -> str:
    """The table as a text layer: `tab` (tab-separated, a spreadsheet's text: a wrapped cell quoted with its line
    break), `layout` (pdftotext -layout: columns aligned by spaces, a full-width character two wide, a wrapped name's
    end on the line below) or `plumber` (pdfplumber: cells joined by one space)."""
    cells = [r for k, r in enumerate(table.body) if k not in table.spans]
    rows = table.header + cells
    header_lines: list[str]
    body_lines: list[str] = []
    if shape == "tab":
        merged: list[list[str]] = []
        for k, row in enumerate(table.body):
            if k in table.wraps:
                merged[-1] = [f'"{a}\n{b}"' if b else a for a, b in zip(merged[-1], row, strict=True)]
            else:
                merged.append(list(row))
        header_lines = ["\t".join(r).rstrip("\t") for r in table.header]
        body_lines = ["\t".join(r).rstrip("\t") for r in merged]
        starts = [k for k in range(len(table.body)) if k not in table.wraps]  # the body line each merged row starts at
    elif shape == "plumber":
        header_lines = [" ".join(c for c in r if c) for r in table.header]
        body_lines = [" ".join(c for c in r if c) for r in table.body]
        starts = list(range(len(table.body)))
    else:
        rng = random.Random(table.seed * 7 + 1)
        widths = [max(display_width(r[i]) for r in rows) for i in range(len(rows[0]))]
        gap = " " * rng.choice([2, 3, 4])
        right = rng.random() < 0.5

        def line(r: list[str], is_header: bool) -> str:
            if len(r) == 1:
                return r[0]
            padded = [_pad(c, w, right and i > 0 and not is_header) for i, (c, w) in enumerate(zip(r, widths, strict=True))]
            return gap.join(padded).rstrip()

        header_lines = [line(r, True) for r in table.header]
        body_lines = [line(r, False) for r in table.body]
        starts = list(range(len(table.body)))
    lines = list(header_lines)
    for k, text in zip(starts, body_lines, strict=True):
        if k in table.breaks:  # the page's number at its foot, a form feed, the header printed again
            lines += [table.breaks[k], "\f" + header_lines[0], *header_lines[1:]]
        lines.append(text)
    heading = [table.goal, ""] if table.goal else []
    caption = [table.caption] if table.caption else []
    return "\n".join([table.title, "", *heading, *caption, *lines, *table.footer, ""]) + "\n"
