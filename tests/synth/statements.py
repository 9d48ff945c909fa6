# ruff: noqa: E501  (rows of Japanese vocabulary read better unbroken)
"""A seeded generator of KPI statements printed outside tables, each document with the truth it prints.

Municipal plans state many indicators in prose, banners and lists rather than tables: `移住相談件数３０件（2018年度）→
年５０件（2023年度）`, `②合計特殊出生率:1.32(平成 27 年)→1.50(令和 2 年)`, `宿泊者数:12,400人/年 → 15,000人/年`,
`現状値 ○○ 目標値 ○○`. Every habit is drawn independently, written from what plans print (NOT from what the
reader knows): the arrow (`→`, `⇒`, `➡`, `から…へ`), the mark between name and figures (colon, space, none), the
numbering (`①`, `(1)`, `・`, `■`), baseline/target words or none, the year after the value in brackets or before it,
era or Western, units, yearly rates (`年50件`, `50件/年`), `以上`/`以下`, two statements on one line, a statement
wrapped over two lines, a banner printing 現状値 and 目標値 one per line under the name, a target without baseline;
a goal heading owning the statements (kind 数値目標) or a measure heading or KPI caption (kind KPI), a table headed
`指標名` without a caption keeping the generic kind 指標; and prose
sentences with numbers that state no target (census counts, trends, a plan's period), which must not become
indicators.

`StatementDoc.truth` lists every stated value in base units with its role and period (tests.synth.tables.Truth), so
tests.synth.score scores a reading as it scores a table; `kinds` is each indicator's kind. Content invented.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from decimal import Decimal

from tests.synth.tables import FULLWIDTH, GOAL_PHRASES, INDICATORS, Truth, year_label

#: Indicators plans state in prose besides the table ones: (name, printed unit, base unit, factor, size, decimals).
STATEMENT_INDICATORS = [
    *INDICATORS,
    ("合計特殊出生率", "", "", 1, 1.4, 2),
    ("年間出生数", "人", "人", 1, 320, 0),
    ("市内の宿泊施設における延べ宿泊者数", "人", "人", 1, 12400, 0),
    ("子育て世代の転入超過数", "人", "人", 1, 45, 0),
]
#: Numbering of list items (`{n}` the item's number from 1).
NUMBERINGS = ["", "{c}", "({n})", "（{f}）", "・", "■", "◆", "○", "{n}.", "{n}）"]
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"
#: Marks between the name and its first figure.
NAME_SEPARATORS = ["", ":", "：", "　", " ", "　：　"]
ARROWS = ["→", "⇒", "➡", " → ", "　→　", " ⇒ ", "から"]
BASELINE_WORDS = ["", "", "現状値", "基準値", "現状", "現況値", "策定時"]
TARGET_WORDS = ["", "", "目標値", "目標"]
WORD_JOINS = ["", "　", " ", "：", ":"]
#: Year spellings (tests.synth.tables.year_label forms) and `spaced_era`, a text layer's `平成 27 年`.
YEAR_FORMS = ["era_fy", "era_cy", "short_fy", "short", "west_fy", "west_cy", "both_fy", "spaced_era"]
#: Where a value's year stands: after it in brackets (full or half width), or before it.
YEAR_PLACES = ["（{y}）", "（{y}）", "({y})", "before"]
RATES = ["none", "none", "none", "prefix", "suffix", "prefix_year"]
VALUE_FORMATS = ["plain", "plain", "comma", "fullwidth", "man"]
#: Forms of one statement: arrow, labelled on one line, a banner of one role per line, a target alone.
FORMS = ["arrow", "arrow", "arrow", "labelled", "banner", "target_only"]
#: Forms real 総合戦略 print besides those (statements20), drawn from a second generator so that the documents of
#: the forms above stay as they were: the role word dated in brackets before its value (`現状値（R2）：58.9%　目標値
#: （R7）：65.0%`), a list item stating its target year first with its baseline in brackets (`令和7年度までに 65人
#: （令和2年度 58人）`), a target sentence (`…を、令和2年度の58人から令和7年度までに65人とします。`). A small table
#: typed in the text is drawn apart (TEXT_TABLE_SHARE).
MORE_FORMS = ["labelled_period", "dated", "sentence"]
#: Share of documents printed in one of MORE_FORMS.
MORE_FORMS_SHARE = 0.4
#: A small table typed in the text between paragraphs (texttable20), common in Word plans of small towns: a header
#: line of column words (`■指標名　現状値　目標値`, `指標　基準値（R2）　目標値（R7）`: the years in the header or in
#: each value, bracketed after it) over one line per indicator (`転入者数　1,234人　1,500人`), columns apart by spaces of any width. Drawn
#: from a third generator so that the documents of the forms above stay as they were.
TEXT_TABLE_SHARE = 0.15
TEXT_TABLE_MARKS = ["", "■", "◆", "【"]
TEXT_TABLE_NAME_WORDS = ["指標名", "指標", "項目", "指標項目"]
#: A name header naming the generic kind (指標). A table under it with no caption naming a kind is 数値目標 or KPI
#: only where the document shows both a basic goal's and a measure's indicators (数値目標 per basic goal, KPI per
#: measure); no document drawn here shows both, so its kind stays the generic one.
TEXT_TABLE_GENERIC_WORDS = ("指標名",)
GENERIC_KIND = "指標"
TEXT_TABLE_GAPS = ["　", "　　", "  ", " 　"]
TEXT_TABLE_YEARS = ["header", "values"]
GOAL_HEADINGS = ["基本目標{n}　{p}", "【基本目標{n}】{p}", "基本目標{n}：{p}", "■基本目標{n}　{p}"]
GOAL_CAPTIONS = ["", "", "【数値目標】", "＜数値目標＞", "数値目標", "■数値目標"]
MEASURE_HEADINGS = ["施策（{n}）{p}", "具体的な施策", "（{n}）{p}"]
KPI_CAPTIONS = ["【重要業績評価指標（KPI）】", "＜KPI＞", "重要業績評価指標（ＫＰＩ）", "■KPI"]
MEASURE_PHRASES = ["移住・定住の促進", "観光の振興", "子育て支援の充実", "農業の担い手の育成", "健康づくりの推進"]
#: Prose sentences with numbers that state no target: census counts, trends, past results, a plan's period.
PROSE = [
    "本町の人口は、2020年の国勢調査で12,480人となっており、2015年から約5.2%減少しています。",
    "年間出生数は2015年の152人から2020年には128人へと減少しています。",
    "平成27年の合計特殊出生率は1.32で、全国平均の1.45を下回っています。",
    "本計画の期間は、令和2年度から令和6年度までの5年間とします。",
    "市民アンケートには1,234人から回答があり、回答率は41.2%でした。",
    "令和4年度の観光入込客数は約52万人で、前年度と比べて12.5%増加しました。",
    "高齢化率は令和2年10月1日現在で34.8%となり、今後も上昇が見込まれます。",
    "第1期総合戦略では、20の指標のうち12の指標で目標を達成しました。",
]


@dataclass
class StatementDoc:
    """A generated text of statements: its lines, the truth, each indicator's goal phrase and kind, and the habits."""

    seed: int
    lines: list[str]
    truth: list[Truth]
    goals: dict[str, str] = field(default_factory=dict)
    kinds: dict[str, str] = field(default_factory=dict)
    habits: dict[str, str] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return "\n".join(self.lines) + "\n"


def _year(year: int, form: str) -> tuple[str, str]:
    """(printed year, period kind FY/CY)."""
    if form == "spaced_era":
        name, number, kind = year_label(year, "era_cy")[0][:2], year - (2018 if year >= 2019 else 1988), "CY"
        return f"{name} {'元' if number == 1 else number} 年", kind
    return year_label(year, form)


def _number(value: Decimal, decimals: int, fmt: str, unit: str) -> str:
    if fmt == "man" and unit in ("人", "件", "冊") and value >= 10000 and value % 1000 == 0:
        return f"{(value / 10000).normalize()}万"
    text = f"{value:,.{decimals}f}" if fmt in ("comma", "fullwidth") else f"{value:.{decimals}f}"
    return text.translate(FULLWIDTH) if fmt == "fullwidth" else text


def generate_statements(seed: int) -> StatementDoc:
    """One document of statements drawn from `seed` (the same seed always gives the same document)."""
    rng = random.Random(seed)
    habits: dict[str, str] = {}

    def pick(habit: str, options: list) -> str:
        choice = rng.choice(options)
        habits[habit] = str(choice)
        return choice

    numbering = pick("numbering", NUMBERINGS)
    separator = pick("name_separator", NAME_SEPARATORS)
    arrow = pick("arrow", ARROWS)
    base_word, target_word = pick("baseline_word", BASELINE_WORDS), pick("target_word", TARGET_WORDS)
    word_join = pick("word_join", WORD_JOINS)
    year_form, year_place = pick("year_form", YEAR_FORMS), pick("year_place", YEAR_PLACES)
    rate, value_fmt = pick("rate", RATES), pick("value_format", VALUE_FORMATS)
    form = pick("form", FORMS)
    bound = pick("bound", ["none", "none", "以上", "以下"])
    per_line = pick("per_line", [1, 1, 1, 2])
    wrapped = pick("wrapped", ["none", "none", "after_arrow", "before_arrow"])
    heading = pick("heading", ["none", "goal", "goal", "goal_kpi", "measure"])
    prose = pick("prose", [False, True, True])
    if form == "banner" and not base_word:
        base_word = rng.choice(BASELINE_WORDS[2:])
    if form in ("banner", "labelled", "target_only") and not target_word:
        target_word = rng.choice(TARGET_WORDS[2:])
    if form == "labelled" and not base_word:
        base_word = rng.choice(BASELINE_WORDS[2:])
    more = random.Random(f"statements-more-{seed}")
    if more.random() < MORE_FORMS_SHARE:
        form = habits["form"] = more.choice(MORE_FORMS)
        base_word = base_word or more.choice(BASELINE_WORDS[2:])
        target_word = target_word or more.choice(TARGET_WORDS[2:])
        habits.update(baseline_word=base_word, target_word=target_word)
    drawn = random.Random(f"statements-text-table-{seed}")
    if drawn.random() < TEXT_TABLE_SHARE:
        form = habits["form"] = "table_in_prose"
        base_word = base_word or drawn.choice(BASELINE_WORDS[2:])
        target_word = target_word or drawn.choice(TARGET_WORDS[2:])
        table_mark, table_name_word = drawn.choice(TEXT_TABLE_MARKS), drawn.choice(TEXT_TABLE_NAME_WORDS)
        gap, table_years = drawn.choice(TEXT_TABLE_GAPS), drawn.choice(TEXT_TABLE_YEARS)
        table_base_year, table_target_year = drawn.randint(2015, 2021), drawn.randint(2024, 2031)
        habits.update(baseline_word=base_word, target_word=target_word, table_mark=table_mark,
                      table_name_word=table_name_word, table_gap=gap, table_years=table_years)
    if form != "arrow":
        per_line, wrapped = 1, "none"
        habits.update(per_line="1", wrapped="none")

    town = rng.choice(["青葉町", "桜ヶ丘市", "北見沢村", "白浜町", "緑川市"])
    lines = [f"{town} 第２期まち・ひと・しごと創生総合戦略", ""]
    truth: list[Truth] = []
    goals: dict[str, str] = {}
    kinds: dict[str, str] = {}
    pool = list(STATEMENT_INDICATORS)
    rng.shuffle(pool)
    used: set[str] = set()
    prose_pool = rng.sample(PROSE, 3)
    n_sections = rng.randint(1, 3)
    phrases = rng.sample(GOAL_PHRASES, n_sections)
    first_goal = rng.randint(1, 2)
    for s in range(n_sections):
        goal_phrase, kind = "", "KPI"
        if heading != "none":
            goal_phrase = phrases[s]
            lines += [rng.choice(GOAL_HEADINGS).format(n=str(first_goal + s).translate(FULLWIDTH), p=goal_phrase), ""]
            kind = "数値目標"
        caption = rng.choice(GOAL_CAPTIONS) if heading == "goal" else ""
        if caption:
            lines.append(caption)
        if prose and s < len(prose_pool):
            lines += [prose_pool[s], ""]
        if heading == "goal_kpi":
            lines.append(rng.choice(KPI_CAPTIONS))
            kind = "KPI"
        if heading == "measure":
            lines.append(rng.choice(MEASURE_HEADINGS).format(n=str(s + 1).translate(FULLWIDTH), p=rng.choice(MEASURE_PHRASES)))
            kind = "KPI"
        if form == "table_in_prose" and table_name_word in TEXT_TABLE_GENERIC_WORDS and not caption \
                and heading != "goal_kpi":
            kind = GENERIC_KIND  # a document drawn here shows one level alone: which kind its 指標 are it does not say
        statements: list[list[str]] = []
        for k in range(rng.randint(2, 4)):
            ind = next(i for i in pool if i[0] not in used)
            used.add(ind[0])
            name, unit, base_unit, factor, size, decimals = ind
            goals[name], kinds[name] = goal_phrase, kind
            base_year = rng.randint(2015, 2021)
            target_year = rng.randint(2024, 2031)
            if form == "table_in_prose" and table_years == "header":  # one year per column, printed in its header
                base_year, target_year = table_base_year, table_target_year
            parts: list[tuple[str, str]] = []  # (role word, value text with its year)
            bare: list[tuple[str, str]] = []  # (year label, value text without its year)
            roles = ["target"] if form == "target_only" else ["baseline", "target"]
            for role in roles:
                year = base_year if role == "baseline" else target_year
                drift = Decimal(rng.randint(80, 125)) / 100
                value = (Decimal(str(size)) * drift).quantize(Decimal(1) / (10 ** decimals)) if decimals else Decimal(round(size * drift))
                text = _number(value, decimals, value_fmt, unit) + unit
                if unit in ("人", "件") and rate != "none":  # a yearly flow: `年50件`, `50件/年`, `年間50件`
                    text = {"prefix": "年" + text, "suffix": text + "/年", "prefix_year": "年間" + text}[rate]
                if role == "target" and bound != "none":
                    text += bound
                label, period_kind = _year(year, year_form)
                bare.append((label, text))
                text = f"{label}　{text}" if year_place == "before" else text + year_place.format(y=label)
                parts.append(("", text))
                truth.append(Truth(name, role, f"{period_kind}{year}", value * factor, base_unit))
            mark = numbering.format(c=CIRCLED[k], n=k + 1, f=str(k + 1).translate(FULLWIDTH))
            bword = f"{base_word}{word_join}" if base_word else ""
            tword = f"{target_word}{word_join}" if target_word else ""
            if form == "labelled_period":
                statements.append([f"{mark}{name}　{base_word}（{bare[0][0]}）：{bare[0][1]}　{target_word}（{bare[1][0]}）：{bare[1][1]}"])
            elif form == "dated":
                statements.append([f"{mark}{name}　{bare[1][0]}までに {bare[1][1]}（{bare[0][0]} {bare[0][1]}）"])
            elif form == "sentence":
                statements.append([f"{name}を、{bare[0][0]}の{bare[0][1]}から{bare[1][0]}までに{bare[1][1]}とします。"])
            elif form == "table_in_prose":
                if k == 0:
                    words = [f"{table_mark}{table_name_word}】" if table_mark == "【" else f"{table_mark}{table_name_word}",
                             base_word, target_word]
                    if table_years == "header":
                        words[1:] = [f"{base_word}（{bare[0][0]}）", f"{target_word}（{bare[1][0]}）"]
                    statements.append([gap.join(words)])
                place = "（{y}）" if year_place == "before" else year_place  # a year in a cell is bracketed after its value
                cells = [bare[0][1], bare[1][1]] if table_years == "header" else [v + place.format(y=y) for y, v in bare]
                statements.append([gap.join([name, *cells])])
            elif form == "target_only":
                statements.append([f"{mark}{name}　{target_word}：{parts[0][1]}"])
            elif form == "banner":
                statements.append([f"{mark}{name}", f"{base_word}　{parts[0][1]}", f"{target_word}　{parts[1][1]}"])
            elif form == "labelled":
                statements.append([f"{mark}{name}{separator or '　'}{bword}{parts[0][1]}、{tword}{parts[1][1]}"])
            else:
                first = f"{mark}{name}{separator}{bword}{parts[0][1]}"
                second = f"{tword}{parts[1][1]}" + ("へ" if arrow == "から" else "")
                if wrapped == "after_arrow" and k == 0:
                    statements.append([f"{first}{arrow.rstrip()}", second])
                elif wrapped == "before_arrow" and k == 0 and arrow != "から":
                    statements.append([first, f"{arrow.lstrip()}{second}"])
                else:
                    statements.append([f"{first}{arrow}{second}"])
        k = 0
        while k < len(statements):
            if per_line == 2 and k + 1 < len(statements) and len(statements[k]) == 1 and len(statements[k + 1]) == 1:
                lines.append(statements[k][0] + rng.choice(["　", "　　", "、"]) + statements[k + 1][0])
                k += 2
            else:
                lines += statements[k]
                k += 1
        lines.append("")
    if prose and n_sections < len(prose_pool):
        lines += [prose_pool[n_sections], ""]
    return StatementDoc(seed, lines, truth, goals, kinds, habits)
