# ruff: noqa: E501  (rows of Japanese vocabulary read better unbroken)
"""A seeded generator of KPI tables whose structure varies habit by habit, each with the truth it prints.

Every habit is drawn independently (so combinations nobody wrote by hand occur): column order, the department
and unit columns, the unit in the name (`（千人）`) or in the value, header wording from lists of phrasings clerks
type (written here from what municipal tables print, NOT from what the readers know), the years (令和/平成 full and
short, Western, both, `年度` or `年`, in the header or in the cell `100人(R5)`), value formats (full-width digits,
`1,234`, `1.2万`, `約`, `以上`, `－`), wrapped names, one to three header rows and one to four actual years.

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


def generate(seed: int) -> Table:
    """One table drawn from `seed` (the same seed always gives the same table)."""
    rng = random.Random(seed)
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
        if header_rows == 3:
            value_header_rows.insert(0, [rng.choice(["数値", "指標の推移", "進捗状況"])] + [""] * (len(columns) - 1))

    pool = list(INDICATORS)
    rng.shuffle(pool)
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
        chosen.insert(rng.randrange(len(chosen) + 1), long)

    name_header = rng.choice(NAME_HEADERS)
    habits["word_name"] = name_header
    unit_header = rng.choice(UNIT_HEADERS)
    dept_header = rng.choice(DEPT_HEADERS)

    def arrange(name: str, unit: str, values: list[str], dept: str) -> list[str]:
        cells = ([unit] if unit_place == "column" else []) + values
        cells = [name, *cells] if name_place == "first" else [*cells, name]
        if dept_place == "first":
            cells = [dept, *cells]
        elif dept_place == "last":
            cells = [*cells, dept]
        return cells

    header: list[list[str]] = []
    for i, row in enumerate(value_header_rows):
        last_row = i == len(value_header_rows) - 1
        top = i == 0
        header.append(arrange(name_header if top else "", unit_header if top else "", row, dept_header if top else ""))
        del last_row

    truth: list[Truth] = []
    value_habits: dict[Truth, str] = {}
    body: list[list[str]] = []
    wraps: set[int] = set()
    for name, tail, unit, base_unit, factor, size, decimals in chosen:
        full_name = name + (tail or "")
        printed_name = full_name + (f"（{unit}）" if unit_place == "name" and unit != "%" else "")
        if unit_place == "name" and unit == "%":
            printed_name = full_name + "（%）"
        values = []
        for c in columns:
            drift = Decimal(rng.randint(80, 125)) / 100
            value = (Decimal(size) * drift).quantize(Decimal(1) / (10 ** decimals)) if decimals else Decimal(round(size * drift))
            if fmt_override := (value_fmt if rng.random() < 0.6 else None):
                fmt = fmt_override
            else:
                fmt = rng.choice(["plain", "comma"])
            if fmt == "dash" and c.role == "actual" and c.year != years[-1]:
                fmt = "comma"
            text, printed_value, used = _printed(value, unit, decimals, fmt, unit_place == "value", c.role)
            if year_place == "cell":  # a label with its own brackets (`2016年度（H28）`) follows after a space
                bracket = "　{y}" if "（" in c.label or "(" in c.label else rng.choice(["({y})", "（{y}）"])
                text += bracket.format(y=c.label)
            values.append(text)
            if printed_value is not None:
                role = "target" if c.role == "midterm" else c.role
                t = Truth(full_name, role, f"{c.kind}{c.year}", printed_value * factor, base_unit)
                truth.append(t)
                value_habits[t] = used
        dept = rng.choice(DEPARTMENTS)
        if tail is None:
            body.append(arrange(printed_name, unit, values, dept))
        else:
            shown_tail = tail + (printed_name[len(full_name):])
            body.append(arrange(name, unit, values, dept))
            body.append(arrange(shown_tail, "", [""] * len(values), ""))
            wraps.add(len(body) - 1)

    town = rng.choice(["青葉町", "桜ヶ丘市", "北見沢村", "白浜町", "緑川市"])
    title = town + rng.choice([" 第２期総合戦略 重要業績評価指標（KPI）一覧", " まち・ひと・しごと創生総合戦略 効果検証シート", " 総合計画 成果指標の状況"])
    goal = rng.choice(["基本目標１　地域にしごとをつくる", "基本目標２　新しいひとの流れをつくる", "基本目標３　結婚・出産・子育ての希望をかなえる"])
    return Table(seed, title, goal, header, body, truth, habits, value_habits, wraps)


SHAPES = ("tab", "layout", "plumber")


def _pad(text: str, width: int, right: bool) -> str:
    gap = " " * (width - display_width(text))
    return gap + text if right else text + gap


def render(table: Table, shape: str) -> str:
    """The table as a text layer: `tab` (tab-separated, a spreadsheet's text: a wrapped cell quoted with its line
    break), `layout` (pdftotext -layout: columns aligned by spaces, a full-width character two wide, a wrapped name's
    end on the line below) or `plumber` (pdfplumber: cells joined by one space)."""
    rows = table.header + table.body
    if shape == "tab":
        body: list[list[str]] = []
        for k, row in enumerate(table.body):
            if k in table.wraps:
                body[-1] = [f'"{a}\n{b}"' if b else a for a, b in zip(body[-1], row, strict=True)]
            else:
                body.append(list(row))
        lines = ["\t".join(r).rstrip("\t") for r in table.header + body]
    elif shape == "plumber":
        lines = [" ".join(c for c in r if c) for r in rows]
    else:
        rng = random.Random(table.seed * 7 + 1)
        widths = [max(display_width(r[i]) for r in rows) for i in range(len(rows[0]))]
        gap = " " * rng.choice([2, 3, 4])
        right = rng.random() < 0.5
        lines = []
        for r in rows:
            cells = [_pad(c, w, right and i > 0 and r not in table.header) for i, (c, w) in enumerate(zip(r, widths, strict=True))]
            lines.append(gap.join(cells).rstrip())
    return "\n".join([table.title, "", table.goal, "", *lines, ""]) + "\n"
