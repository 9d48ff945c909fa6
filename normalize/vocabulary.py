"""Japanese vocabulary used by every stage, as data tables.

This is the one place to add a unit, an era, a progress label or a header word. Each entry
says where it was seen (document number in raw_docs/, or "common" for general Japanese usage).
Code elsewhere imports these tables; it must not spell Japanese words itself.
"""

from __future__ import annotations

from decimal import Decimal

# --- numbers --------------------------------------------------------------------------------

#: Kanji digits (common). 〇 and 零 are zero; 壱/弐/参 appear in formal documents.
KANJI_DIGITS: dict[str, int] = {
    "〇": 0, "零": 0, "一": 1, "壱": 1, "二": 2, "弐": 2, "三": 3, "参": 3, "四": 4,
    "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}
#: The decimal point of positional kanji digits as vertical writing prints them (layouts 184 `四五・二％`,
#: `一・四二`; common in 縦書き documents and their tables): only between two runs of kanji digits.
KANJI_DECIMAL_POINTS: tuple[str, ...] = ("・",)
#: Small kanji multipliers inside one group of four digits (common).
KANJI_SMALL_UNITS: dict[str, int] = {"十": 10, "拾": 10, "百": 100, "千": 1000, "阡": 1000}
#: Large multipliers that fold into the value: `258万人` → 2,580,000 人 (000, 002, 003).
LARGE_MULTIPLIERS: dict[str, Decimal] = {
    "万": Decimal(10) ** 4,
    "億": Decimal(10) ** 8,
    "兆": Decimal(10) ** 12,
}
#: Multipliers that only appear glued to a unit, e.g. `千円`, `千人` (common).
UNIT_PREFIX_MULTIPLIERS: dict[str, Decimal] = {"千": Decimal(1000), "百": Decimal(100)}

# --- units ----------------------------------------------------------------------------------

#: Printed unit → canonical base unit. Longest printed form wins when matching.
UNITS: dict[str, str] = {
    "%": "%", "％": "%", "パーセント": "%",          # 000-004
    "人": "人", "名": "人",                         # 000-004
    "件": "件",                                      # 000-004
    "円": "円",                                      # 002/003 (億円)
    "倍": "倍",                                      # 004 有効求人倍率
    "歳": "歳", "才": "歳",                          # 002/003 健康寿命
    "日": "日",                                      # 002/003 開設日数
    "回": "回",                                      # 003 災害図上訓練
    "ha": "ha", "ヘクタール": "ha",                  # 002/003/004
    "km2": "km2", "km²": "km2", "㎢": "km2",          # common
    "m2": "m2", "m²": "m2", "㎡": "m2",               # common
    "km": "km", "m": "m",                             # common
    "t": "t", "トン": "t",                            # common (ごみ排出量)
    "g": "g", "kg": "kg",                             # common
    "カ所": "カ所", "箇所": "カ所", "ヶ所": "カ所", "ケ所": "カ所", "か所": "カ所", "個所": "カ所",  # 002/003
    "基": "基",                                      # 002/003 防犯灯
    "事業所": "事業所",                              # 002/003
    "教室": "教室",                                  # 002/003
    "校": "校",                                      # 004
    "団体": "団体", "地区": "地区", "世帯": "世帯",  # 004
    "台": "台", "本": "本", "冊": "冊", "戸": "戸",  # common
    "点": "点", "ポイント": "ポイント",              # common
    "pt": "ポイント",                                # layouts 185 `▲0.8pt` (a change in points; common in 進捗 sheets)
    "時間": "時間", "分": "分",                       # common
    "か月": "か月", "ヶ月": "か月", "カ月": "か月",   # common
    "講座": "講座", "施設": "施設", "社": "社", "店舗": "店舗", "事業": "事業",  # 004
    "店": "店",                                      # 004 地産地消推進の店舗数 `97店`
    "枚": "枚", "部": "部",                          # 004 翻訳数 `147枚`, 生活ガイドブックの配布数 `1,591部`
}

# --- qualifiers and placeholders ------------------------------------------------------------

#: Qualifiers printed with a value (004: `81.0％以上`, `46.7ｈａ以下`).
QUALIFIERS: tuple[str, ...] = ("以上", "以下", "未満", "超")
#: Approximation prefixes (common); kept as the qualifier APPROXIMATE_QUALIFIER.
APPROXIMATE_PREFIXES: tuple[str, ...] = ("約", "およそ")
APPROXIMATE_QUALIFIER = "約"
#: Cells that mean "no value here" (001 `_`, 002 `－`/`-`, 004 `－`; 未定 common).
PLACEHOLDERS: frozenset[str] = frozenset(
    {"", "-", "－", "—", "―", "‐", "_", "＿", "ー", "未定", "…", "※"}
)
#: Phrases that state a quantity of zero (002/003 保育施設待機児童数 `待機児童なし`; `なし`/`ゼロ` common).
ZERO_PHRASES: tuple[str, ...] = ("待機児童なし", "待機児童ゼロ", "ゼロ", "なし", "無し")
#: Signs of a negative value when glued to the digits (`-1.5`, `△3`, `▲120件`; common in Japanese
#: statistics for decreases). Not seen in 000-004; a sign followed by a space is no sign (002 `－ 1,946件`
#: is a placeholder cell followed by the next cell).
NEGATIVE_SIGNS: tuple[str, ...] = ("-", "－", "−", "△", "▲", "マイナス")

# --- real-world text layers (issue 11, part 3) ------------------------------------------------

#: Characters NFKC leaves alone that exporters print for another character, folded before NFKC everywhere
#: (normalize.text.nfkc). CJK radicals (`成⻑`, `市⺠`) are folded by the generated table normalize/data/radicals.tsv,
#: not listed here. `‧` (U+2027 HYPHENATION POINT) for the middle dot `・` (issue 11: exported text layers).
CHARACTER_FOLDS: dict[str, str] = {
    "‧": "・",
    # `〜` (U+301C WAVE DASH) for `～` (U+FF5E, which NFKC makes `~`): the CP932/JIS wave-dash confusion — a PDF's
    # ToUnicode map gives either for the same glyph (layouts 81 `若年層（15～29歳）` reads back as `〜`).
    "〜": "～",
    # `−` (U+2212 MINUS SIGN) for `－` (U+FF0D, which NFKC makes `-`): the same CP932/JIS confusion for the minus
    # glyph (layouts 102 `施策１－１` reads back from the PDF as `施策１−１`).
    "−": "－",
}

#: Units other municipalities print (issue 11): per mille (common in vital statistics, 出生率 `7.2‰`).
UNITS.update({"‰": "‰", "パーミル": "‰"})
#: Volumes (common: 水道の有収水量 `1,250㎥`, 木材出荷量 `3,200m3`; `㎥` folds to `m3` under NFKC).
UNITS.update({"m3": "m3", "m³": "m3", "㎥": "m3", "立方メートル": "m3"})
#: Unit multipliers printed apart from the number: `1,234 千円`, `12 百万円` (common in budget tables; the glued forms
#: `1,234千円`, `12百万円` are read by the number grammar itself). Longest first when matching.
UNIT_PREFIX_MULTIPLIERS.update({"百万": Decimal(10) ** 6})
#: Characters that, alone or repeated, mean "no value here" (`―`, `－`, `-` are PLACEHOLDERS; exports also print
#: `–` EN DASH and `−` MINUS SIGN for them, and runs such as `――` or `--` in pdftotext output; common).
PLACEHOLDER_DASHES = "-－—―‐–−ー_＿"
#: Comparison qualifiers printed after the value besides QUALIFIERS: `30分以内` (an upper bound, common).
MORE_QUALIFIERS: tuple[str, ...] = ("以内",)
#: Approximation words printed after the value, kept as APPROXIMATE_QUALIFIER: `10人程度` (003 line 227 note
#: `年間10人程度`), `100件前後` (common).
APPROXIMATE_SUFFIXES: tuple[str, ...] = ("程度", "前後")

#: Spans a value is counted over, as ISO 8601 durations (the `span` of an observation).
SPAN_YEAR, SPAN_MONTH, SPAN_DAY = "P1Y", "P1M", "P1D"
#: Words printed before a value that make it a rate, a count per span: `年60件`, `年間60件`, `毎年60件`
#: (issue 11: evaluation sheets of other municipalities), `年平均`, `月10件`, `1日あたり500人` (common);
#: `毎年度100人以上` (layouts 181, a target cell of a summary table).
RATE_PREFIXES: dict[str, str] = {
    "年間": SPAN_YEAR, "毎年度": SPAN_YEAR, "毎年": SPAN_YEAR, "年平均": SPAN_YEAR, "年": SPAN_YEAR,
    "月間": SPAN_MONTH, "毎月": SPAN_MONTH, "月平均": SPAN_MONTH, "月": SPAN_MONTH,
    "1日あたり": SPAN_DAY, "1日当たり": SPAN_DAY, "1日平均": SPAN_DAY, "日平均": SPAN_DAY,
}
#: The same after the unit: `60件/年` (issue 11), `12,400人/年` (statements `宿泊者数:12,400人/年`), `/年度`, `/月`,
#: `/日` (common). `／` folds to `/` under NFKC.
RATE_SUFFIXES: dict[str, str] = {
    "/年度": SPAN_YEAR, "/年間": SPAN_YEAR, "/年": SPAN_YEAR, "/月": SPAN_MONTH, "/日": SPAN_DAY,
}
#: A total counted over several years, months or days: `3年間で90件` (issue 11: a cumulative target), `5か年で`,
#: `(3年間)`; the count before the word, the duration designator after (ISO 8601).
SPAN_WORDS: dict[str, str] = {
    "年間": "Y", "か年": "Y", "カ年": "Y", "ヵ年": "Y", "ヶ年": "Y",
    "か月間": "M", "カ月間": "M", "ヶ月間": "M", "ヵ月間": "M", "日間": "D",
}
#: Words joining a span to its value or closing it: `3年間で90件`, `3年間の累計90件`, `(3年間累計)` (common).
SPAN_JOINERS: tuple[str, ...] = ("の累計", "で累計", "累計", "の合計", "合計", "で")
#: Words printed before a value that say it is a running total: `累計90件` (common; names print `(累計)`,
#: IGNORED_NAME_QUALIFIERS). Kept in the note.
CUMULATIVE_PREFIXES: tuple[str, ...] = ("累計",)
#: Words printed before a value that say it is an average over the plan's years: `平均45.0%` (variety26: layouts 262,
#: a target cell of a KPI table; `平均80%` common in 総合戦略 targets of rates). Kept in the note, as `累計` is.
AVERAGE_PREFIXES: tuple[str, ...] = ("平均",)
#: Separators between two spellings of one period in a cell: `(令和4年・2022年)`, `令和4年(2022年)`, `令和4年/2022年`.
PERIOD_SEPARATORS = "・/、, "

# --- periods --------------------------------------------------------------------------------

#: Era name → Gregorian year of era year 1 minus one (令和N = 2018+N). Abbreviations: 002 `H30`, `R5`.
ERAS: dict[str, int] = {
    "令和": 2018, "R": 2018, "Ｒ": 2018,
    "平成": 1988, "H": 1988, "Ｈ": 1988,
    "昭和": 1925, "S": 1925, "Ｓ": 1925,
}
#: The first year of an era is printed 元 (令和元年度).
ERA_FIRST_YEAR = "元"
#: Year suffixes: 年度 = fiscal year (April–March), 年 = calendar year.
FISCAL_YEAR_SUFFIX = "年度"
CALENDAR_YEAR_SUFFIX = "年"
FISCAL_PREFIX = "FY"
CALENDAR_PREFIX = "CY"
#: Day marker that may follow a year and month (MONTH_SUFFIX below) without changing the period:
#: `令和5年4月1日` (common).
DAY_SUFFIX = "日"
#: Words that may follow a period without changing it: `令和3年度末`, `…時点`, `…現在` (common Japanese
#: statistics usage), `…実績`, `…見込み` (evaluation sheets).
PERIOD_TRAILING_WORDS: tuple[str, ...] = ("末", "時点", "現在", "実績", "見込み", "見込")
#: Words that make a date to the day a column's "as of" date: `令和5年4月1日現在` heads the figures counted that day
#: (common in population, 待機児童 and facility counts), where a bare `令和６年２月１５日` is a document's date stamp.
AS_OF_WORDS: tuple[str, ...] = ("現在", "時点")

# --- indicator tables -----------------------------------------------------------------------

#: Indicator kinds as printed in table captions or name-column headers (000-004).
KINDS: dict[str, str] = {
    "数値目標": "数値目標",
    "重要業績評価指標": "KPI",
    "KPI": "KPI",
    "プロジェクト指標": "プロジェクト指標",
    "成果指標": "成果指標",
    # variety22: what a project's office did (`開催回数`), beside the 成果指標 of what it achieved, in a `区分` cell of
    # a 行政評価 事務事業評価シート (layouts 211; common in every municipality's 事務事業評価)
    "活動指標": "活動指標",
    "指標名": "指標",
    # variety22: a 総合計画's name header for the indicators of its policies (layouts 215; common in 総合計画 基本計画
    # pages, as `めざそう値` is for their targets): the generic kind, as `指標名` (no 数値目標 of a strategy's goal)
    "まちづくり指標": "指標",
}
#: What joins a caption's scope to the kind it names at its end (layouts 156 `各基本目標の数値目標`; common:
#: `基本目標ごとの数値目標`, `施策ごとのKPI`): such a caption names that kind.
KIND_CAPTION_LINKS: tuple[str, ...] = ("の",)
#: How many characters a caption's scope before the link may have (`基本目標ごと`).
KIND_CAPTION_SCOPE_CHARS = 10
#: Words after a kind word that make the cell a band header over the value columns, not a caption naming the
#: table's kind (layouts 169 `成果指標の推移` merged over `基準値 | 実績値 | 目標値` over the years; common:
#: `数値目標の実績の推移`, `KPIの年度別実績`): the band says the columns below hold values over the years, the
#: table's kind comes from its title or name header. A link (KIND_CAPTION_LINKS) may stand between.
KIND_VALUE_BAND_WORDS: tuple[str, ...] = ("推移", "実績の推移", "実績推移", "年度別", "年度別推移", "年度別実績")
#: variety20: the scope a caption line names before the one value role it gives a table of years alone (layouts
#: 200 `■各年度の目標値` over `指標名 | R3 | R4 | R5`, `■各年度の実績値` over the same header; `年度別の実績値`,
#: `【目標値】` common in 効果検証 reports printing targets and actuals as two tables): the years' role.
ROLE_CAPTION_SCOPES: tuple[str, ...] = ("各年度の", "年度別の", "年度ごとの", "年度別")
#: variety29: marks between the role–year pairs of a note line over a table whose value headers name no year
#: (layouts 276 `（現状値：令和５年度、目標値：令和11年度）` over `指標名 | 現状値 | 目標値`; `基準値：R5　目標値：R11`
#: common): each pair dates the columns headed by its role word alone.
ROLE_YEAR_PAIR_SEPARATORS: tuple[str, ...] = ("、", ",", "/", "　", " ")
#: The generic kind, for tables whose name column is only `指標名` (004 取組/関連事業 tables).
GENERIC_KIND = KINDS["指標名"]
#: Column-header words → observation role (000-004).
ROLE_WORDS: dict[str, str] = {
    "基準値": "baseline",
    "現状値": "baseline",
    "実績値": "actual",
    "実績": "actual",
    "目標値": "target",
    "目標": "target",
}
#: Progress labels (000/001/002). Order matters: longest first when matching.
PROGRESS_LABELS: tuple[str, ...] = (
    "進捗の遅れ(コロナ)",
    "概ね順調に進捗",
    "順調に進捗",
    "進捗の遅れ",
    "評価不可",
    # the short evaluation words of a 効果検証 sheet's 評価 column (layouts 116 `順調` / `概ね順調` / `遅れ` with
    # their legend under the table, 128 `やや遅れ` and `達成` (`達成：目標を達成`); `おおむね順調` common)
    "おおむね順調",
    "概ね順調",
    "やや遅れ",
    "順調",
    "遅れ",
    # marks19: the negation of `達成` (`達成` / `未達成` / `達成見込み`, common in 効果検証 sheets): a whole
    # label, never the start of a name
    "未達成",
    "達成見込み",
    "達成",
)
#: Check boxes a progress cell prints before each of its options, one ticked (layouts 97 `■順調　□遅れ`, an Excel
#: sheet's form; `☑`/`☐` common): such a run of options is the progress cell, never a value damaged to `□`.
CHECKED_BOX_MARKS: tuple[str, ...] = ("■", "☑", "☒")
UNCHECKED_BOX_MARKS: tuple[str, ...] = ("□", "☐")
#: Longest option word after a check box (`順調`, `遅れ`, `概ね順調`, `達成`).
MAX_CHECKBOX_OPTION_CHARS = 6
#: Header words of the non-value columns (000/001/002).
HEADER_WORDS: dict[str, str] = {
    "大基本目標": "goal",
    "小基本目標": "subgoal",
    "具体的な施策": "measure",
    "数値目標": "name",
    "指標名": "name",
    "重要業績評価指標": "name",
    "プロジェクト指標": "name",
    "成果指標": "name",
    "進捗評価": "progress",
    "進捗状況": "progress",
    "進捗が遅れている理由": "reason",
    "担当課": "department",
    "指標の担当課": "department",
    "解説・算出方法など": "note",
    "参照ページ": "reference",
    "施策の展開方針": "policy",
    "主な取組・事業実施状況": "narrative",
    "取組": "activity",                  # 004 取組 関連事業 指標名 tables (共生社会/ＤＸ推進プロジェクト)
    "関連事業": "related_project",       # 004 same tables: the 事業 an indicator belongs to
}
#: Column roles (values of HEADER_WORDS) whose cells are levels of the goal path, outermost first
#: (002 大基本目標/小基本目標/具体的な施策 merged cells; 004 施策の展開方針 merged over its 成果指標, and the
#: `重点施策 X-Y 方針N関係：…` cells of its 取組 column).
GOAL_COLUMN_ROLES: tuple[str, ...] = ("goal", "subgoal", "measure", "policy", "activity")
#: Header text of a column that groups or qualifies the value header below it, not a role itself
#: (002 `計画最終年度` / `目標値` / `（令和９年度）`; `実績値（R5）` over `単年度` | `累計`, the year's own figure
#: beside the running total, layouts 205).
HEADER_QUALIFIERS: tuple[str, ...] = ("計画最終年度", "最終年度", "単年度")
#: Header words naming the plan's last year, the year its targets are set for: a header naming them and no role word
#: (`最終年度（R6）` beside `計画策定時（H26）` | `実績値（R5）`, 総合計画 evaluation tables; layouts 281) heads the
#: targets. A role word beside them decides (`最終年度実績`); undated, over a value header, they qualify it
#: (HEADER_QUALIFIERS: 002 `計画最終年度` / `目標値` / `（令和９年度）`).
PLAN_END_HEADER_WORDS: dict[str, str] = {"最終年度": "target"}
#: Words of a legend naming the lines of a table's cells, top first: `上段：目標値　下段：実績値` over year columns
#: whose cells print the target over the actual (common in 効果検証 sheets; layouts 209).
STACKED_LINE_WORDS: tuple[str, ...] = ("上段", "中段", "下段")
#: Mark of a note printed under a table; it belongs to the rows whose cells carry the mark (003 `700人(※)`
#: and `※現状値(令和元年度)からは減少しているが…`).
TABLE_NOTE_MARK = "※"
#: Ending of a heading that names a project, the top of a goal path in an action plan (004
#: `少子高齢化対策プロジェクト`).
PROJECT_HEADING_SUFFIXES: tuple[str, ...] = ("プロジェクト",)
#: Sub-population labels that split one cell into segments (002/003).
SEGMENT_LABELS: tuple[str, ...] = ("小学校", "中学校", "高等学校", "男性", "女性", "男", "女", "市内", "市外")
#: Marks printed between two labelled segments of one cell (layouts 08 `男性 31.0%／女性 25.4%`,
#: `小学校 42.0%、中学校 39.5%`; `・` and `,` common). Dropped from the end of a segment's text when the next label
#: follows. `／` folds to `/` under NFKC.
SEGMENT_SEPARATORS: tuple[str, ...] = ("／", "/", "、", "，", ",", "・", ";", "；")
#: Marks joining several labels that share one value, and the words saying so (layouts 08 `小学校・中学校とも 50%`;
#: `ともに`, `共に`, `いずれも` common): every label gets the value.
SEGMENT_LABEL_JOINERS: tuple[str, ...] = ("・", "、", "，", ",")
SEGMENT_SHARED_WORDS: tuple[str, ...] = ("ともに", "とも", "共に", "いずれも")

#: Marks that open a note line printed under a table (003 `[※]現状値(令和元年度)からは…`, 001 `※令和4年度…`);
#: the same mark inside a value cell (`700人(※)`) or a column header (`目標値※`) refers to that note.
NOTE_MARKS: tuple[str, ...] = ("[※]", "※")
#: The bare note mark as it appears inside a value cell: `(※)` after a value, `※変更前` under it,
#: `※…設定予定` instead of it (002/003); the normaliser keeps it in the note.
REMARK_MARK = "※"
#: Characters that end a name cell cut by a line wrap: the next row continues it
#: (003 `英語の学習が楽しいと感じている児童・` then `生徒の割合`).
WRAP_CONTINUATION_MARKS: tuple[str, ...] = ("・", "、")
#: Sentence endings: a line ending so is prose, not a heading (000/003 paragraphs under measure titles).
SENTENCE_ENDINGS: tuple[str, ...] = ("。",)
#: unflagged18: closing marks a line may set past the width its cell wraps at (ぶら下げ組み, common in Japanese
#: typesetting and reportlab's wrapping: `展が原因であると考えられる。` one mark wider than the reason's other lines).
HANGING_MARKS: tuple[str, ...] = ("。", "、", "，", "．")
#: Kind of a table whose name column is printed generically (`指標名`), by another column it has (004: one
#: project prints `施策の展開方針 指標名` where the others print `施策の展開方針 成果指標`; the plan's own
#: explanation says these tables list the policies' 成果指標).
COLUMN_KIND_HINTS: dict[str, str] = {"施策の展開方針": "成果指標"}

# --- fragment-per-line layout (004) -----------------------------------------------------------

#: Row label of a policy (004 `重点施策 1-1`), followed by its direction cell (004 `方針１：…`, `方針２関係：…`).
POLICY_LABEL_WORD = "重点施策"
POLICY_DIRECTION_WORD = "方針"
#: A project name ends with this word (004 `少子高齢化対策プロジェクト`); names ending in a generic word are
#: chapter headings, not projects (004 `２ 重点プロジェクト`, `本市の重点プロジェクト`).
PROJECT_NAME_SUFFIX = "プロジェクト"
GENERIC_PROJECT_WORDS: tuple[str, ...] = ("重点プロジェクト",)
#: Marks that open a section caption (004 `◼ プロジェクト指標`, `➢ 地域の実情・課題認識`); common `■`.
SECTION_MARKS: tuple[str, ...] = ("◼", "➢", "■")
#: A footnote line starts with this mark (004 `※生涯学習施設：…`).
FOOTNOTE_LINE_MARK = "※"
#: Reference-page column cells, after NFKC (004 `Ｐ.○`, `Ｐ.〇`: page not yet filled in).
REFERENCE_PAGE_PREFIX = "P."

# --- text damage ----------------------------------------------------------------------------

#: Footnote marks stripped from indicator names (003 `製造業の事業所数*`, `^{**}`, `[*]`, `[®]`), a numbered mark
#: with its number (layouts 213 `観光入込客数※1`, the notes `※1 …` under the table; `*2` common): the number is
#: the note's, never the name's.
FOOTNOTE_PATTERNS: tuple[str, ...] = (r"\^\{\*+\}", r"\[\*\]", r"\[®\]", r"\*+(?:\d{1,2}(?!\d))?",
                                      r"※(?:\d{1,2}(?!\d))?", r"®")
#: Certain repairs of text-layer damage: wrong character → right one, in context (003).
#: Each entry is (damaged regex, repair, where seen). Only repairs whose reading is certain.
CERTAIN_REPAIRS: tuple[tuple[str, str, str], ...] = (
    (r"数值", "数値", "003 数值目標: U+503C 值 is the Chinese form of 値"),
    (r"(?:(?<=[0-9０-９])|(?<=[0-9０-９] ))力所", "カ所",
     "003 78力所: katakana カ read as kanji 力 after a number (pdftotext -layout of a LibreOffice PDF: `78 力所`)"),
    (r"人\s*\\square", "人口", "003 関係人 \\square: 口 read as a LaTeX square"),
    (r"重点施悪", "重点施策", "004 重点施悪 1-3: 策 misread"),
)
#: Marks of damage whose reading is NOT certain: the value is kept with uncertain = true (003 `O□`).
UNCERTAIN_MARKS: tuple[str, ...] = ("□", "\\square", "O□", "�")
#: Latin letters an OCR writes for a digit it misread (layouts 244, a scan's invisible text layer: `1,2O0人` O for 0,
#: `3l2件` l for 1): printed between two digits (or a digit and its group's comma or point) such a letter is damage
#: whose reading is not certain, never a figure: the value is flagged, not guessed.
OCR_DIGIT_LOOKALIKES: str = "OolI"

# --- document types -------------------------------------------------------------------------

#: Title words → document type, checked in order (first match wins). 002 `効果検証シート`,
#: 000/001 `効果検証`, 003 `総合戦略`, 004 `アクションプラン`/`重点プロジェクト`.
DOCUMENT_TYPES: tuple[tuple[str, str], ...] = (
    ("効果検証シート", "evaluation_sheet"),
    ("効果検証", "evaluation"),
    ("達成状況", "evaluation"),
    ("アクションプラン", "action_plan"),
    ("重点プロジェクト", "action_plan"),
    ("総合計画", "action_plan"),
    ("総合戦略", "strategy"),
    # A strategy chapter printed without its cover (shared/pdf sample_strategy_kpi.pdf): each sub-goal has a
    # 基本的方向 section. Checked last: evaluations (000) and action plans (004) print it too.
    ("基本的方向", "strategy"),
)
#: Words of a plan-period sentence: `令和７年度（2025 年度）から令和 11 年度（2029 年度）まで` (004).
PERIOD_RANGE_WORDS: tuple[str, str] = ("から", "まで")
#: Month marker of an edition date on a cover: `令和3年3月 (令和6年3月一部改訂)` (003).
MONTH_SUFFIX = "月"
#: Fiscal years start in April: months 1-3 belong to the previous fiscal year.
FISCAL_YEAR_START_MONTH = 4

# --- issuing government (ingest/government.py) ------------------------------------------------
# The names themselves (1,959 prefectures, municipalities, special wards and designated-city wards) are data:
# ingest/data/governments.csv. These are the words around a name that tell how a document names its issuer.

#: Last character of a local government's name (common): 都道府県, 市町村, 区 (special wards; designated-city wards).
GOVERNMENT_NAME_ENDINGS = "都道府県市町村区"
#: A name directly followed by one of these is a plan the government issues (its own or one it cites):
#: 002/003 `伊勢崎市まち・ひと・しごと創生総合戦略`, 004 `伊勢崎市人口ビジョン`, `伊勢崎市将来ビジョン`,
#: `伊勢崎市版総合戦略`, `伊勢崎市総合計画`; 000 `群馬県デジタル田園都市構想総合戦略` (the prefecture's, cited by the
#: city).
PLAN_NAME_WORDS: tuple[str, ...] = (
    "まち・ひと・しごと創生", "総合戦略", "総合計画", "人口ビジョン", "将来ビジョン", "長期ビジョン", "版総合戦略",
    "デジタル田園都市", "地方創生", "効果検証", "アクションプラン",
)
#: Words of a publisher or contact line (common on covers and back pages: `発行 ○○市`, `担当：○○市企画課`).
PUBLISHER_WORDS: tuple[str, ...] = ("発行", "編集", "担当", "問い合わせ", "問合せ", "事務局", "作成")
#: The head of the government printed right after its name: a mayor's or governor's greeting or seal on a cover
#: or foreword (common: `○○市長`, `○○町長`, `○○村長`, `○○区長`, `○○県知事`).
HEAD_WORDS: tuple[str, ...] = ("長", "知事")
#: The government's assembly printed right after its name (`さくら台市議会議員`, layouts 07; `○○市議会だより`,
#: common): a government is named there (`ingest.government.unlisted_names`), though not as a plan's issuer.
COUNCIL_WORDS: tuple[str, ...] = ("議会",)
#: Endings of an office name printed after the government's name on a publisher line (`○○市 企画部 企画課`);
#: an administrative committee (`教育委員会`, `農業委員会`, `選挙管理委員会`: common in 担当課 columns) is one.
OFFICE_ENDINGS: tuple[str, ...] = ("部", "課", "室", "局", "センター", "委員会")
#: How a document calls its own issuer, by the last character of the issuer's name (common: 000/002/003/004
#: `本市`; towns `本町`, villages `本村`, prefectures `本県`, 東京都 `本都`, 大阪府/京都府 `本府`, 北海道 `本道`).
SELF_REFERENCES: dict[str, str] = {
    "本市": "市", "当市": "市", "本町": "町", "当町": "町", "本村": "村", "当村": "村", "本区": "区", "当区": "区",
    "本県": "県", "当県": "県", "本都": "都", "本府": "府", "本道": "道",
}
#: Punctuation of running prose (common): a line holding one is a sentence, not a title or cover line, even at
#: the top of a document (004 opens with prose that names `伊勢崎市人口ビジョン`).
PROSE_MARKS: tuple[str, ...] = ("、", "。")
#: Two characters that start another word when a name's last character is followed by the next one, so the
#: match is no name (common: `中央市場` is no 中央市, `市街地`, `区域`, `区画`, `区分`).
NAME_CONTINUATIONS: tuple[str, ...] = ("市場", "市街", "区域", "区画", "区分")
#: A county printed between a prefecture and a town or village: `群馬県佐波郡玉村町` (common).
COUNTY_ENDING = "郡"
#: Kana that join the parts of a place name as a kanji does (`萩ノ森町`, `桜ヶ丘町`, `霞ケ浦`; common): glued before
#: a listed name they make it the end of a longer one (layouts 111 `萩ノ森町` names no 森町).
NAME_JOINING_KANA = "ノヶケ"
#: Digits of a number printed glued before a government's name in a date or an ordinal (`令和７年３月○○町`,
#: `第二次○○市`), after NFKC: arabic and kanji numerals (common).
NAME_PREFIX_DIGITS = "0123456789一二三四五六七八九十"
#: Counters after such a number besides the year (CALENDAR_YEAR_SUFFIX, FISCAL_YEAR_SUFFIX): a month, a day, a
#: fiscal year's 度, a plan's period or edition (`３月`, `１日`, `第２期`, `第二次`, `第３回`; common).
NAME_PREFIX_COUNTERS = "月日度期次回"
#: What may stand glued before a government's name (common: `第２期伊勢崎市…`, `第二次○○市総合計画`, a date
#: `令和７年３月○○町`, `旧○○町`, `新○○市` after a merger), besides a prefecture or a county. Any other kanji glued
#: before a name means the name ends a longer one (`大沢原村` is no 原村; layouts 70): no government is read there.
NAME_PREFIX_PATTERN = rf"(?:[{NAME_PREFIX_DIGITS}]\s*[{CALENDAR_YEAR_SUFFIX}{NAME_PREFIX_COUNTERS}]|[新旧])$"
#: The hiragana letters proper, first and last (U+3041 ぁ … U+3093 ん; no ゔ, no iteration or sound marks), as a
#: government's name may hold them (`みどり野町`, `夕陽が浜町`).
HIRAGANA_LETTERS = ("ぁ", "ん")
#: Hiragana a government's name holds in a row after another letter: one at most (`夕陽が浜町`, `萩の浦町`; common);
#: more is grammar inside a sentence (`委員で構成する…市`), no name. A name may open with more (`みどり野町`).
NAME_MAX_HIRAGANA_RUN = 1

# --- goal paths -----------------------------------------------------------------------------

#: The hiragana letters, first and last (U+3041 ぁ … U+309F ゟ): a word's inflection or a particle (`…の割合`,
#: `…ている`) opens with one, a name's own first letter rarely does.
HIRAGANA_RANGE = ("\u3041", "\u309f")
#: The katakana letters, first and last (U+30A1 ァ … U+30FA ヺ).
KATAKANA_RANGE = ("\u30a1", "\u30fa")
#: The katakana prolonged sound mark: printed for a placeholder dash too (PLACEHOLDER_DASHES), but before a kana it
#: is a katakana word's piece that a narrow cell wrapped (`ファミリー・サポ` / `ート・センターの`, 002 pdfplumber text
#: of LibreOffice sheets), no dash.
PROLONGED_SOUND_MARK = "ー"
#: Circled numbers that label measures (具体的な施策 ①②③④, 000-003). NFKC would fold them to
#: plain digits, so goal formatting keeps them as printed.
CIRCLED_NUMBERS = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
#: Heading prefixes stripped from goal labels: `基本目標1-1 安定した雇用の創出` → `1-1 安定した雇用の創出` (003),
#: `具体的な施策② グローバル教育の推進` → `② グローバル教育の推進` (003).
GOAL_LABEL_PREFIXES: tuple[str, ...] = ("基本目標", "具体的な施策")
#: Marks a heading prints between its label and its title (`基本目標１：地域にしごとをつくる`, common in Word plans):
#: the canonical goal part is `1 地域にしごとをつくる`, as for the label and title a space apart.
GOAL_LABEL_SEPARATORS: tuple[str, ...] = (":", "：")

# --- column-linearised evaluation sheets (002) -----------------------------------------------

#: Words of the marker line that closes every page block of a linearised sheet, followed by a number
#: (002 `資料２`).
PAGE_MARKER_WORDS: tuple[str, ...] = ("資料",)
#: Header words a linearised sheet prints in pieces or adds to the shared HEADER_WORDS (002):
#: `進捗が遅れている` / `理由` (one header over two lines), `（ＫＰＩ）名称`, and the narrative header
#: `①主な取組・事業実施状況　②課題　③今後の方策等`.
LINEARISED_HEADER_WORDS: tuple[str, ...] = ("進捗が遅れている", "理由", "名称", "課題", "今後の方策等")
#: Endings of a responsible department's name (担当課): 002 `商工労働課`, `地域包括支援センター`;
#: 室 and 局 are common, and so is an administrative committee (`教育委員会`, `農業委員会`).
DEPARTMENT_SUFFIXES: tuple[str, ...] = ("課", "センター", "室", "局", "委員会")
#: Marks that open a remark line belonging to the value cell above it (002 `※変更前`, `※変更後`) or a
#: remark cell of its own after a blank line (002 `※第3期保険事業実…設定予定`).
REMARK_MARKS: tuple[str, ...] = ("※",)

# --- alignment (align/) ---------------------------------------------------------------------

#: Parenthetical name qualifiers that do not change what is counted, stripped before names are compared:
#: 003 `新規就農者数*(累計)`, `放課後子供教室*数(累計)`; 004 `いせさき情報メール登録数（累計）`.
IGNORED_NAME_QUALIFIERS: tuple[str, ...] = ("累計",)
#: sudachipy part-of-speech heads of words that carry meaning in an indicator name (common; sudachidict).
NAME_CONTENT_POS: tuple[str, ...] = ("名詞", "動詞", "形容詞", "形状詞", "接頭辞", "接尾辞", "代名詞")
#: sudachipy part-of-speech heads dropped from the comparison key: brackets, commas, spaces (common).
NAME_SYMBOL_POS: tuple[str, ...] = ("補助記号", "空白")
#: A target cell saying the indicator was replaced: `令和6年度以降は「年少人口」へ変更` (001/002 合計特殊出生率).
#: The named group `name` is the successor indicator.
REPLACEMENT_PATTERNS: tuple[str, ...] = (r"「(?P<name>[^」]+)」\s*へ\s*変更",)
#: Units of one family compare as the same kind of quantity (004 `97店` vs `店舗`).
UNIT_FAMILIES: dict[str, str] = {"店": "店舗"}
#: sudachipy second-level POS of words that only lean on another (`し`, `いる` in `実施している`): not content.
NAME_DEPENDENT_POS = "非自立可能"
#: Content words that mean the same in an indicator name, folded before comparing word sets
#: (002 `ミニデイサービス事業の実施率` = 003 `ミニデイサービス事業を実施している行政区の割合`).
NAME_SYNONYMS: dict[str, str] = {"率": "割合"}

# --- punctuation marks read by layout code ----------------------------------------------------

#: Bullet marks that open a caption or heading line (004 `◼ プロジェクト指標`; common ■ ◆ ●), stripped before
#: a caption's words are compared.
BULLET_MARKS = "■◼◆●・-"
#: Marks that open an item of a list printed in one cell (265 `・新規就農者数` under a measure): a name cell's first
#: word after other cells' words on a row's line begins there (the hyphen left out: a dash stands for no value).
ITEM_LIST_MARKS = BULLET_MARKS.replace("-", "")
#: Further marks that open a listed statement (`○移住相談件数　30件（2018年度）→50件（2023年度）`; ○ □ ◇ common in
#: plans' lists): stripped from a statement's name, never from a table's cell, where ○ is a grade (GRADE_MARKS).
STATEMENT_LIST_MARKS = "○◯□◇☆★"
#: The middle dot: a list separator inside names and headers (003 `児童・生徒`); trimmed from the ends of a
#: cleaned name (a wrap can leave it dangling) and ignored when a line is tested for header words (002).
MIDDLE_DOT = "・"

# --- header words of other municipalities' KPI tables (interp, issue 11) ----------------------------------------
# Seen in the layouts the general table interpreter (ingest/table/) reads; "common" = general usage in
# municipal 総合戦略 / 効果検証 KPI tables, not one of 000-004.

#: Name-column header words beyond HEADER_WORDS: `指標` (common 3-column KPI tables), `KPI` alone, `数値目標`
#: variants, `項目` / `目標項目` / `評価指標` / `指標名称` (common evaluation forms).
NAME_HEADER_WORDS: tuple[str, ...] = ("指標名称", "評価指標", "目標項目", "項目名", "項目", "指標", "KPI", "ＫＰＩ")
#: Unit-column header word: the unit printed in its own column applies to the row's values (common).
UNIT_HEADER_WORDS: tuple[str, ...] = ("単位",)
#: Department-column header words beyond 担当課 (common: 所管課, 主管課, 担当部署, 担当部局, 所管部署, 担当).
DEPARTMENT_HEADER_WORDS: tuple[str, ...] = ("所管課", "主管課", "担当部署", "担当部局", "所管部署", "所管部局", "担当")
#: Progress-column header words beyond 進捗評価/進捗状況 (common: 達成状況, 達成度, 評価, 進捗).
PROGRESS_HEADER_WORDS: tuple[str, ...] = ("達成状況", "達成度", "評価", "進捗")
#: variety17: the header of a trend column of arrows `↗ → ↘` beside the latest value (layouts 171 `傾向`; common in
#: 効果検証 sheets of cities, with its legend `↗ 策定時より改善` under the table): how the indicator moved, progress,
#: no value. A header cell of this word alone: prose says `増加傾向にある` too.
TREND_HEADER_CELLS: tuple[str, ...] = ("傾向",)
#: Reason-column header words (common: 理由, 要因).
REASON_HEADER_WORDS: tuple[str, ...] = ("理由", "要因")
#: Note-column header words (common: 備考, 注記, 説明, 算出方法; 出典, the statistic or survey a value comes from,
#: layouts 153: its cells are kept in the note, no value of their own). `指標の説明` / `指標の定義` (layouts 273, an
#: appendix table defining each KPI; common in 資料編) name the indicator but head its definition, not its name.
NOTE_HEADER_WORDS: tuple[str, ...] = ("備考", "注記", "説明", "算出方法", "出典", "指標の説明", "指標の定義")
#: Row-number column header words (common: `No.`, `番号`, `NO`).
NUMBER_HEADER_WORDS: tuple[str, ...] = ("No.", "NO.", "No", "NO", "番号")
#: Value-role words beyond ROLE_WORDS (common): intermediate targets, 現状 / 実績 variants.
EXTRA_ROLE_WORDS: dict[str, str] = {
    "中間目標値": "target",
    "中間目標": "target",
    "最終目標値": "target",
    "現状": "baseline",
    "基準": "baseline",
    "策定時": "baseline",
    # the baseline under other names (fuzz17's generated tables, tests/synth: `現況値` of 総合計画 成果指標 tables and
    # `当初値` of evaluation sheets, common; unknown, a column headed `現況値（R1）` lost its whole table)
    "現況値": "baseline",
    "当初値": "baseline",
    # variety17: the latest figure of an evaluation sheet (layouts 171 `策定時（H30）` | `直近値` | `目標値（R7）`;
    # common in 効果検証 of cities), each cell printing its own year (`42,018（R5）`, a statistic a year behind
    # `2,790（R4）`).
    "直近値": "actual",
    # years18: the figure now, of an evaluation sheet (`基準値 | 現在値（R4） | 目標値`, `最新値`, common in 効果検証
    # of cities beside 直近値): the latest actual, read as such; unknown, `現在値（R4）` lost its whole table.
    "現在値": "actual",
    "最新値": "actual",
    # variety20: the national grant forms' baseline (layouts 196 `事業開始前（R2）`: the 地方創生推進交付金
    # 効果検証シート and the 地域再生計画's KPI table print it in every municipality's copy): before the project.
    "事業開始前": "baseline",
}
#: Role of a value column whose header names a year and nothing else (`指標 | 単位 | H30 | R1 | R2 | 目標(R6)`, common
#: in progress tables of other municipalities; layouts 14): the values observed in that year.
PERIOD_ONLY_HEADER_ROLE = "actual"
#: years18: how the header word of a value column ends (`到達値（R4）`, `推計値（2022）`: a value, the word says, of a
#: role no word above names): such a column beside its year is read as that year's values of PERIOD_ONLY_HEADER_ROLE,
#: flagged `role_unknown` (it lost its whole table before), never as a column of its own.
VALUE_WORD_ENDINGS: tuple[str, ...] = ("値",)
#: Words printed in a target cell instead of a number (layouts 15 `増加`, `維持`; `現状維持`, `減少`, `向上`, `上昇`,
#: `低下` common; two joined, layouts 159 `維持・向上`, `維持向上` and `維持・増加` common in 総合計画): the direction
#: aimed at, kept as the observation's note with no value.
TARGET_DIRECTION_WORDS: tuple[str, ...] = ("現状維持", "維持", "増加", "減少", "向上", "上昇", "低下", "維持・向上",
                                           "維持向上", "維持・増加")
#: Particles joining a reference to the direction word aimed at in a target cell (layouts 181 `現状値を維持`;
#: `現状を維持`, `基準値を維持` common): `<COMPARATIVE_TARGET_REFERENCES><particle><TARGET_DIRECTION_WORDS>`, a
#: direction printed instead of a number like `維持` alone.
TARGET_DIRECTION_PARTICLES: tuple[str, ...] = ("を",)
#: variety4: target wordings of plans written for residents (layouts 81 `R7めざそう値`; `めざす値`, `目指す値`
#: common in 総合計画 of cities), the year printed before the word.
TARGET_WORD_VARIANTS: dict[str, str] = {"めざそう値": "target", "めざす値": "target", "目指す値": "target"}
EXTRA_ROLE_WORDS.update(TARGET_WORD_VARIANTS)
#: Roles a merged header cell spans over yearly sub-columns (`目標値` over `R7 R8 R9 R10`, `実績値` over `R2 R3 R4`:
#: municipal evaluation sheets, issue 11 "merged cells", layouts 144): a series of years. A baseline is one year.
YEARLY_ROLES: tuple[str, ...] = ("actual", "target")
#: Every value-role word: what a table header and a statement (`現状値 … 目標値 …`, `基準 … 中間目標 …`) are read by.
ALL_ROLE_WORDS: dict[str, str] = {**ROLE_WORDS, **EXTRA_ROLE_WORDS}
#: Goal-level column header words beyond 大基本目標/小基本目標/具体的な施策 (common: a `基本目標` or `施策` column
#: of merged cells beside the indicators). Without them `基本目標` would read as a 目標 (target) column. `基本的方向`
#: is the level the national guidelines put between 基本目標 and 具体的な施策 (variety26: layouts 261, a 施策体系
#: sheet `基本目標 | 基本的方向 | 具体的な施策 | KPI`).
GOAL_HEADER_WORDS: dict[str, str] = {"基本目標": "goal", "基本的方向": "subgoal", "基本施策": "measure",
                                     "施策": "measure"}
#: Brackets around a caption line (common: `【数値目標】`, `【重要業績評価指標（KPI）】`, `＜KPI＞`), stripped with the
#: bullet marks before a caption's words are compared.
CAPTION_BRACKETS = "【】〔〕［］<>＜＞《》"
#: Heading prefixes of a measure (the goal level under a basic goal) in other municipalities' plans (common:
#: `施策１ 移住・定住の促進`, `基本施策②`); the goal path keeps the heading as printed.
MEASURE_HEADING_PREFIXES: tuple[str, ...] = ("基本施策", "施策")
#: Heading prefixes of a concrete activity under a measure, the third goal level (基本目標 → 施策 → 具体的な取組,
#: layouts 150 `具体的な取組③　スマート農業の導入`; the spellings 取組み / 取り組み common): the goal path keeps its
#: label as 具体的な施策's (`③ スマート農業の導入`).
ACTIVITY_HEADING_PREFIXES: tuple[str, ...] = ("具体的な取組", "具体的な取組み", "具体的な取り組み")
#: Header words of a column that names each row's indicator kind (`数値目標` / `KPI` per row; common: 区分, 種別).
KIND_HEADER_WORDS: tuple[str, ...] = ("区分", "種別")
# --- statements outside tables (issue 11; hand-made layouts in tests/fixtures/layouts/) ----------------------

#: Arrows between the values of a "name, baseline → target" statement: issue 11
#: `３０件（2018年度）→年５０件（2023年度）`, `1.32(平成 27 年)→1.50(令和 2 年)` (layouts 02, 07); ⇒ ➡ ➔ ⇨ common in
#: banners of strategy summaries.
STATEMENT_ARROWS: tuple[str, ...] = ("→", "⇒", "➡", "➔", "⇨")
#: An arrow printed as words around the target (`移住相談件数 30件（2018年度）から 50件（2023年度）へ`, common in
#: banners and lists of 総合戦略): (the word after the baseline, the words one of which closes the target).
STATEMENT_WORD_ARROWS: tuple[tuple[str, tuple[str, ...]], ...] = (("から", ("へ",)),)
#: Marks between a listed name and its first value (layouts 07 `宿泊者数:12,400人/年`; `：` common).
#: A slash parts a name from its labelled figures and one figure from the next (layouts 177 `◆KPI：移住相談件数 ／
#: 基準値 48件（R5） ／ 目標値 80件（R11）`; common in KPI lines of 総合戦略 chapters); `／` folds to `/`.
STATEMENT_NAME_SEPARATORS: tuple[str, ...] = (":", "：", "/", "／")
#: Marks after the label of a note line under a table (layers 130/131 plumber `評価：…`, `出典：…`; `資料：` common):
#: a line holding one is a labelled note, never the rest of a wrapped name (`ingest.text.furniture.labelled_note`).
NOTE_LABEL_SEPARATORS: tuple[str, ...] = (":", "：")
#: footer19: labels that open a note line under a row or a table, before one of NOTE_LABEL_SEPARATORS or a closing
#: bracket, maybe numbered (`注）端数処理の関係で…`, `注1)`, `出典：住民基本台帳`, `資料：市民意識調査`, `備考：`;
#: common in 総合戦略 KPI tables): such a line is never the rest of a wrapped name (`furniture.note_line`).
NOTE_LINE_LABELS: tuple[str, ...] = ("注", "出典", "資料", "備考")
#: Particles that end a name used as the topic of a sentence (layouts 07 `…の利用者数は、現状値 8,200人…`).
STATEMENT_TOPIC_PARTICLES: tuple[str, ...] = ("は", "が", "を")
#: Marks that end a clause; a name in prose starts after the last one (layouts 07 `また、子育て支援…`), and only
#: these may stand between one labelled value and the next (`現状値 8,200人（令和4年度）、目標値 …`).
CLAUSE_MARKS: tuple[str, ...] = ("、", "。", "，", "；", ";", ",")
#: Words that may join one labelled value to the next besides clause marks (layouts 12 `現状値1.38（2022年）から
#: 目標値1.50（2028年）に引き上げます`; `より` common; layouts 177 `基準値 48件（R5） ／ 目標値 80件（R11）`, folded).
STATEMENT_CONNECTIVES: tuple[str, ...] = ("", "から", "より", "/")
#: Brackets around a label that opens a line: a caption or heading, never part of an indicator name
#: (`【数値目標】`, `【目標】`, `＜主な施策＞`, `〔KPI〕` common in banners; layouts 06 `【重要業績評価指標（KPI）】`).
STATEMENT_LABEL_BRACKETS: tuple[tuple[str, str], ...] = (
    ("【", "】"), ("＜", "＞"), ("<", ">"), ("[", "]"), ("〔", "〕"),
)
#: Kind of a statement that a goal heading owns with no indicator caption in between, and of one no goal
#: heading owns (issue 11: "kind 数値目標 when a goal heading owns them", else KPI).
STATEMENT_GOAL_KIND = KINDS["数値目標"]
STATEMENT_OTHER_KIND = KINDS["KPI"]
#: A line that only heads a strategy's measures (`■具体的な施策`, layouts 138; `主な施策`, `施策の展開` common): the
#: statements under it are the measures' KPIs (the national guidelines set 重要業績評価指標 per 具体的な施策), as
#: under a KPI caption; it ends the scope of a `【数値目標】` caption above it.
MEASURE_SECTION_HEADINGS: tuple[str, ...] = ("具体的な施策", "主な施策", "施策の展開")
#: Section labels of a plan's measure page holding a value-role word (`【現状と課題】` over the prose of a measure,
#: layouts 178; common in 総合計画 基本計画 pages): no value column's header, whatever word they hold.
PLAN_SECTION_LABELS: tuple[str, ...] = ("現状と課題", "現状・課題", "現状及び課題", "課題と現状")
#: Labels of a plan's appendix part opening a caption line (layouts 273 `資料編　重要業績評価指標（KPI）の説明`;
#: common: `参考資料`): the part the caption stands in, no word of the caption (as a section number is not).
APPENDIX_LABELS: tuple[str, ...] = ("資料編", "参考資料")

# --- analyst tables (issue 12: kpi_scorecard, kpi_series, kpi_catalog) ------------------------------------

#: Remarks printed in a value cell that name the calculation method of the value (002 健康寿命 `※変更前` /
#: `※変更後`: the indicator's method changed between two report years). Values of different methods are never
#: compared with each other (kpi_series keeps them apart; the scorecard compares like with like).
METHOD_REMARKS: tuple[str, ...] = ("変更前", "変更後")
#: Qualifier of a target → the direction the indicator should move (004 `81.0％以上`, `46.7ｈａ以下`;
#: 未満/超/以内 common). A target without qualifier gets its direction from its baseline.
QUALIFIER_DIRECTIONS: dict[str, str] = {
    "以上": "increase", "超": "increase",
    "以下": "decrease", "未満": "decrease", "以内": "decrease",
}
#: Printed progress label → the status code the scorecard computes (000/001/002 進捗評価 column).
#: 評価不可 (cannot be evaluated, common) maps to no status.
PROGRESS_STATUS: dict[str, str | None] = {
    "順調に進捗": "on_track",
    "概ね順調に進捗": "nearly_on_track",
    "進捗の遅れ": "behind",
    "進捗の遅れ(コロナ)": "behind",
    "評価不可": None,
    "順調": "on_track",
    "概ね順調": "nearly_on_track",
    "おおむね順調": "nearly_on_track",
    "やや遅れ": "behind",
    "遅れ": "behind",
    "達成": "on_track",  # the target met: at least on track
}
#: End of an indicator name → the unit it counts, for an indicator whose values print no unit anywhere
#: (002/003/004 保育施設待機児童数 `待機児童なし`: a count of children, 人). Longest ending first wins.
NAME_COUNTER_UNITS: dict[str, str] = {
    "児童数": "人", "者数": "人", "人数": "人", "人口": "人", "生徒数": "人",  # 002/003/004 待機児童数; common
    "件数": "件",                                                          # common
    "箇所数": "カ所", "か所数": "カ所",                                      # common
}

# --- document title and publication date (ingest/title.py, ingest/published.py; issue 12) ------------------

#: Words naming a plan or a plan document: a title line names one of them after a qualifier (a government name,
#: `第2期`, `まち・ひと・しごと創生`) — 003 `第 2 期 伊勢崎市まち・ひと・しごと創生 総合戦略 (改訂素案)`, 002
#: `…総合戦略効果検証シート`; layouts 01-16 `みどり野町 第２期…総合戦略`, `風見町 第６次総合計画 基本計画`,
#: `東雲町 地方創生関係交付金事業 効果検証シート`; `実施計画`, `アクションプラン` (004's plan; common).
TITLE_WORDS: tuple[str, ...] = ("総合戦略", "総合計画", "基本計画", "実施計画", "アクションプラン", "効果検証",
                                "検証シート", "創生戦略")
#: Words naming a kind of document, enough for the FIRST line of a text to be its title although it names no
#: plan: layouts 08 `東山市 健康づくり・教育 成果指標（令和６年度版）`, 07 `…の市政レポート` (a blog); `報告書`,
#: `概要版` (common covers).
DOCUMENT_KIND_WORDS: tuple[str, ...] = ("版)", "レポート", "報告書", "概要版", "一覧")
#: Marks printed beside a title that are not part of it: 002 / sample_kensho_sheet_r5.pdf `資料２` on the title
#: line; `別紙1`, `参考資料` (common council papers); layouts 03 `様式第２号（第５条関係）` (a form's number).
TITLE_SIDE_MARKS: tuple[str, ...] = ("参考資料", "資料", "別紙", "様式")
#: Section-number words: `第1章` (003 table of contents), `第2節`, `第1部`, `第3編` (common) open a section
#: heading, never a title (`第2期`, `第3次` are editions of a plan and are not listed).
SECTION_WORDS: tuple[str, ...] = ("章", "節", "部", "編")
#: The ordinal prefix of a section (`第1章`) or form number (`様式第２号`).
ORDINAL_PREFIX = "第"
#: The counter of a form number: layouts 03 `様式第２号（第５条関係）`.
FORM_NUMBER_SUFFIX = "号"
#: Brackets and quotes whose content is a qualifier or a cited name, never the title's own plan word:
#: 003 `… 総合戦略 (改訂素案)`, 004 `重点プロジェクト（伊勢崎市版総合戦略）`,
#: 000 `「デジタル田園都市国家構想総合戦略」`.
TITLE_BRACKETS: tuple[str, ...] = ("()", "[]", "「」", "『』", "【】")
#: The quotes a note cites a name in: `成果指標「健康寿命」の…` (a page-wide note naming the row it belongs to).
NAME_QUOTES = "「」"
#: Words printed right before a quoted name that say it is an indicator's (`成果指標「健康寿命」の算出方法について…`,
#: `KPI「製造出荷額等」について`): a paragraph so citing a name after other text is about that indicator, whereas
#: one quoting a measure, a place or a slogan (`「①地域産業の活性化…」については`, `世界文化遺産「田島弥平旧宅」`)
#: is the report's prose.
QUOTED_INDICATOR_WORDS: tuple[str, ...] = (*KINDS, "指標")
#: Characters that part the cells of a text table's row: `| 指標 | 基準値 |` (markdown, HTML saved as text) and the
#: full-width `｜` a Japanese editor types.
CELL_PIPES = "|｜"
#: Marks that open an item or a note line, never a title: 000 `- 国が…`, 003 `※第3期保健事業実施計画…` (cells of the
#: producer matrix), `・`, `●`, `○`, `■`, `◆` (common bullets).
ITEM_MARKS: tuple[str, ...] = ("-", "・", "●", "○", "■", "□", "◆", "*", "※")
#: A table of contents' leader dots (003 `総合戦略の位置づけ・・・・ 1`, `将来都市像 •••••••••`).
LEADER_MARKS: tuple[str, ...] = ("・・・", "…", "•••", "...")
#: Words that say what happened to a plan on a date printed on its cover or colophon: 003
#: `令和3年3月 (令和6年3月一部改訂)`; `令和3年3月策定`, `令和６年３月発行`, `2024年3月 改訂版` (common covers).
PUBLICATION_WORDS: tuple[str, ...] = ("一部改訂", "改訂版", "改訂", "改定", "策定", "発行", "作成", "公表", "更新",
                                      "現在", "版")

# --- variety: other governments' KPI documents (issue 11, hand-made layouts 17-29) -----------------------------
# Words met while widening tests/fixtures/layouts/ with the styles of more municipalities (17_… onward; see the
# README there). Each entry says which layout shows it; "common" = general usage in municipal KPI documents.

#: Units beyond UNITS: `品目` (layouts 17 農産物ブランド認証品目数, 28 商品の開発数; common for 特産品), `組`
#: (layouts 19 成婚数 `3組`; common for couples/families), `m3`/`㎥`/`立方メートル` (layouts 22, 28 木材生産量,
#: 町産材の利用量; common in forestry KPIs).
UNITS.update({
    "品目": "品目",
    "組": "組",
    "m3": "m3", "m³": "m3", "㎥": "m3", "立方メートル": "m3",
})
#: English value-role words of a bilingual header (layouts 27 `Baseline (FY2019)`, `Actual (FY2022)`,
#: `Target (FY2024)`; common in reports of cities with international readers).
ENGLISH_ROLE_WORDS: dict[str, str] = {"Baseline": "baseline", "Actual": "actual", "Target": "target"}
ALL_ROLE_WORDS.update(ENGLISH_ROLE_WORDS)
#: Marks and words of a target printed relative to the baseline (layouts 25 `+5ポイント`, `基準値から10ポイント増`;
#: `5%増`, `1割増` common). Such a target is no absolute value: it is read as an observation without value
#: whose note keeps the printed text after RELATIVE_TARGET_NOTE, never computed from the baseline.
RELATIVE_TARGET_SIGNS: tuple[str, ...] = ("+", "＋")
RELATIVE_TARGET_ENDINGS: tuple[str, ...] = ("ポイント増", "ポイント減", "ポイント向上", "ポイント上昇", "ポイント低下",
                                             "%増", "%減", "割増", "割減", "増", "減")
RELATIVE_TARGET_ORIGINS: tuple[str, ...] = (
    "基準値から", "基準値より", "現状値から", "現状値より", "現状から", "現状より",
)
RELATIVE_TARGET_NOTE = "relative target"
#: A field line naming the department of the table under it (layouts 23 `所管課：健康増進課` above each
#: 施策's table; `担当課：`, `担当部署：` common). Written `<DEPARTMENT_HEADER_WORDS or 担当課><separator><name>`.
DEPARTMENT_FIELD_SEPARATORS: tuple[str, ...] = (":", "：")
#: An achievement-rate column (layouts 17 `達成率`: 実績値 ÷ 目標値, printed beside the A/B/C/D grade; common):
#: a figure computed from the row's own values, kept with the progress, not an observation.
ACHIEVEMENT_HEADER_WORDS: tuple[str, ...] = ("達成率",)

# --- variety, second round: other governments' KPI documents (issue 11, hand-made layouts 33-41) --------------
# Words met in the PDFs 33_… onward of tests/fixtures/layouts/ (README there); "common" = general usage in
# municipal KPI documents.

#: Words that number a table in its caption (layouts 34 `表３　重要業績評価指標` above each KPI table of a
#: word-processor document; `図表２－１` common): a caption `表N <kind>` names the kind as `<kind>` alone does.
CAPTION_NUMBER_WORDS: tuple[str, ...] = ("図表", "表")
#: Words of a numbered caption that says its table goes on from the page before (`表３（続き）`, `表３ つづき`):
#: any other numbered caption (`表３　主な事業と事業費`, layouts 96) announces a table of its own, which never
#: continues the table above it even with the same number of columns and no header words.
CONTINUED_CAPTION_WORDS: tuple[str, ...] = ("続き", "つづき", "続")
#: Words of a caption that sets a reference table apart from the indicators (layouts 108 `（参考）市町村別の…`
#: under a KPI table; `【参考】`, `参考：` common), written in brackets or before a colon: like a numbered caption,
#: it announces a table of its own, never rows or wrapped cells of the table above.
REFERENCE_CAPTION_WORDS: tuple[str, ...] = ("参考",)
#: Prefixes of a plan's top goal headings besides 基本目標 (layouts 40 `政策１　豊かな自然と共生するまち` of a
#: 総合計画; `柱１` common in smaller plans): the goal path keeps the heading with its prefix (`政策1 …`), as it does
#: a `施策1 …` heading, since the number alone would read as a 基本目標's.
TOP_HEADING_PREFIXES: tuple[str, ...] = ("政策", "柱")
#: Endings of a header that names the year of a value column beside it, after the role word (layouts 35
#: `基準値 | 基準年度 | 目標値 | 目標年度`; `目標年次`, `基準年` common): such a column holds the periods of the values
#: of that role, printed with each value as if the cell said `8.2万人（平成30年度）`.
PERIOD_COLUMN_SUFFIXES: tuple[str, ...] = ("年度", "年次", "年")
#: variety19: a header of the year alone over a column of each row's year, every value of the row of that year (a
#: table in long form, one row per indicator and year: `指標名 | 年度 | 目標値 | 実績値`, layouts 190). Not `年` alone:
#: the last glyph of a year header written vertically one glyph a line (layouts 158) prints so.
YEAR_COLUMN_HEADERS: tuple[str, ...] = ("年度", "年次")

# --- variety, third round: forms, sideways tables, ranges (issue 11, hand-made layouts 43-50) ------------------
# Words met in the PDFs 43_… onward of tests/fixtures/layouts/ (README there); "common" = general usage in
# municipal KPI documents.

#: Marks that end a sentence. A name cell printing two sentences (layouts 49 `町の創業支援制度を利用した創業件数。
#: 空き店舗を活用したものを含む。`, a KPI and its definition in one cell of a 総合戦略's inline table; common in
#: strategies that define each KPI where it is set): the first sentence is the name, the rest its definition (note).
SENTENCE_ENDS: tuple[str, ...] = ("。",)
#: The note of a name cell's second sentence.
DEFINITION_NOTE = "definition"
#: Labels of a definition printed in brackets after the name, often in smaller text on the line under it (layouts 153
#: `特定健康診査の受診率` over `（算出方法：受診者数÷対象者数×100）`; common in strategies that say how each KPI is
#: computed): the bracket is the name's definition (note), no part of the name.
DEFINITION_LABELS: tuple[str, ...] = ("算出方法", "算定方法", "算出式", "計算式", "計算方法", "指標の定義", "定義",
                                     "指標の説明")
#: Marks between the two ends of a range (layouts 50 `1,000～1,200人` as a target; `〜` is what a PDF's text layer
#: gives for the same glyph, `~` is NFKC of the full-width tilde). A range is no single value: an observation
#: without value whose note keeps the printed text after RANGE_TARGET_NOTE, never its middle or either end.
RANGE_MARKS: tuple[str, ...] = ("～", "〜", "~")
RANGE_TARGET_NOTE = "range target"
#: References a target is compared with instead of a number (layouts 50 `前年度以上`, `全国平均以上`; `県平均以上`,
#: `前年度比増`, `前年以下` common), followed by a bound (QUALIFIERS: 以上/以下…). No absolute value: an observation
#: without value whose note keeps the printed text after COMPARATIVE_TARGET_NOTE.
COMPARATIVE_TARGET_REFERENCES: tuple[str, ...] = (
    "前年度", "前年", "全国平均", "全国値", "県平均", "都平均", "道平均", "府平均", "国の平均", "平均値",
    "基準値", "現状値", "現状",
)
COMPARATIVE_TARGET_NOTE = "comparative target"
#: Notes of a target cell printing words or a range instead of one figure (`80～90%`, `前年度以上`): what such a
#: target reads as, wherever it stands (a table cell, or after a statement's arrow: layouts 138 `→（目標値）20～25%`).
WORDED_TARGET_NOTES: tuple[str, ...] = (RANGE_TARGET_NOTE, COMPARATIVE_TARGET_NOTE)
#: Words naming a kind of document besides DOCUMENT_KIND_WORDS (layouts 43 `梨ノ木町 令和５年度 施策評価シート`, a
#: town's per-measure evaluation form; `事務事業評価シート`, `評価調書` common): the first line naming one is the title.
DOCUMENT_KIND_WORDS += ("評価シート", "評価調書")

# --- pdftotext -raw rows typed by meaning (issue 11, ingest/text/token_types.py) ---------------------------------
# Words met reading the `pdftotext -raw` text layers of tests/fixtures/layouts/ (layers/*.raw.txt), whose rows print
# their cells one space apart: which column a token belongs to is read from what it is.

#: Words a value cell prints instead of its figure when the figure is not there yet (layouts 39 `調査中`, `集計中`;
#: `未公表`, `算定中`, `未集計` common in 効果検証 sheets published before the statistics are): the cell is that
#: column's, an observation without value.
PENDING_VALUE_WORDS: tuple[str, ...] = ("調査中", "集計中", "算定中", "未公表", "未集計")
#: Ending of a direction word printed instead of a figure not counted yet, the trend it shows (layouts 82
#: `増加傾向` under 実績値 with a `※…集計中のため、傾向を記載` note; `減少傾向` likewise common in 進捗 sheets): the
#: cell is that column's, an observation without value.
TREND_ENDINGS: tuple[str, ...] = ("傾向",)
#: How a line opens when it goes on with the word or sentence of the line above, never a cell of its own: a
#: particle or an auxiliary after a line break (004 `…において公表され` / `ている市内の…`, `…「共助」` /
#: `に関する防災計画…` in an explanation column of the `pdftotext -raw` producer matrix; common in any wrapped
#: Japanese prose), a small kana, a long-vowel mark, a closing bracket or punctuation.
LINE_CONTINUATION_OPENINGS: tuple[str, ...] = (
    "を", "てい", "てお", "に関", "におけ", "によ", "につい", "に対", "として", "であ", "され", "させ", "られ",
    "っ", "ゃ", "ゅ", "ょ", "ー", "、", "。", "）", ")", "」", "』",
)

#: How an indicator name's line ends when the name goes on to the next line: a case particle or a connective, after
#: which no name ends (layouts 57 `市の移住支援制度を` / `利用して転入した世帯数`, `妊娠期から相談できる窓口の` /
#: `年間相談件数`: a name cell cut by a page break in `pdftotext -raw`; common in any wrapped Japanese name).
NAME_OPEN_ENDINGS: tuple[str, ...] = (
    "の", "を", "に", "が", "と", "へ", "で", "や", "から", "より", "及び", "・", "、",
)
#: How an indicator name read whole never ends, besides `NAME_OPEN_ENDINGS`: a verb's te-form or a predicate that
#: closes a clause still waiting for its noun (`…の利用を希望して` / `利用できなかった児童数`, `…に参加したことが
#: ある` / `中学生の割合`), or a prefix that only opens a noun (`…における延べ` / `宿泊者数`). A name read so ending
#: was cut by a wrap whose rest the reader did not join (put on another column's line, or on the line of the row's
#: years): common in any wrapped Japanese name.
NAME_CUT_ENDINGS: tuple[str, ...] = ("して", "ある", "いる", "延べ")

# --- marks shared by the text readers (were defined in each reader) ---------------------------------------------
#: Opening and closing round brackets, half- and full-width (a bracket opened in a cell closes in it: a label
#: wrapped inside brackets `…(オレンジSUN` / `登録者数)` stays one cell; common).
OPENING_BRACKETS = "(（"
CLOSING_BRACKETS = ")）"
#: Every bracket a cell's text may leave open when a reader cuts it (`（令和 5 年度）` cut at its space, `【数値目標`):
#: the round pairs and the square, corner and lenticular ones (common in 総合戦略 text).
ANY_OPENING_BRACKETS = "(（[［「『【"
ANY_CLOSING_BRACKETS = ")）]］」』】"
#: Dashes around a page number printed as a line of its own (`- 2 -`, `― 12 ―`; common page furniture).
PAGE_NUMBER_DASHES = "-‐―–—"
#: Words opening a page number (`p.12`, `P 12`, `page 3`; after NFKC and lower-casing; common page furniture).
PAGE_NUMBER_PREFIXES = ("p.", "p", "page")
#: What parts a page number from the pages' count (`12 / 40`, `１２／４０` after NFKC; common page furniture).
PAGE_COUNT_SEPARATORS = "/"

# --- office-export PDFs (issue 11, hand-made layouts 52-59, pdfvariety) -----------------------------------------
# Words met in the PDFs 52_… to 59_… of tests/fixtures/layouts/ (README there); "common" = general usage in
# municipal KPI documents.

#: Column headers of a paragraph on what was done for the indicator, beside its values (layouts 59 `取組の状況` of a
#: 効果検証報告書; `取組状況`, `取組内容`, `主な取組内容` common): running text like 002's `①主な取組・事業実施状況`,
#: no goal level (the shorter `取組` heads 004's goal-path column and would otherwise claim them).
#: The other paragraphs an evaluation sheet prints beside an indicator's values: next steps (layouts 37
#: `今後の方針` of a 効果検証結果 table; 002 `③今後の方策等` of `①主な取組・事業実施状況　②課題　③今後の方策等`;
#: `今後の方向性`, `今後の取組`, `今後の対応` common), the evaluator's comment (`評価・分析` common in 効果検証シート).
#: All are running text kept in the indicator's commentary with its header, no observation; the reason for late
#: progress (`理由`) and a grade (`評価`) have fields of their own.
HEADER_WORDS.update(dict.fromkeys(("取組の状況", "取組状況", "取組内容", "主な取組内容", "今後の方針", "今後の方向性",
                                   "今後の取組", "今後の対応", "今後の方策等", "評価・分析"), "narrative"))
#: Narrative column headers that name the column only as the whole header cell: issues (`課題`) and the evaluator's
#: findings (`所見`), common in 効果検証シート, are also words inside indicator names (004
#: `自分の悩みや課題について先生や友達に相談できる児童・生徒の割合`; `有所見率` common in health plans).
#: variety18: `方向性` alone heads the direction aimed at, printed as arrows `↗ ↘ →` (layouts 185, with its legend
#: `↗ 増加を目指す` under the table; common in 総合計画 indicator tables): kept as the row's commentary, no value, as
#: `今後の方向性` is; only as the whole cell.
#: session 19: `課題と対応` (issues and what is done about them; generator habit `reason`, the header of 効果検証
#: sheets' comment column) likewise, as the whole cell.
#: variety22: `方向` / `めざす方向` likewise head arrows `↑ ↓ →` (layouts 215, the legend `↑：数値の増加をめざす` under
#: the table; common in 総合計画 まちづくり指標 tables), as the whole cell.
NARRATIVE_HEADER_CELLS: tuple[str, ...] = ("課題", "所見", "方向性", "課題と対応", "方向", "めざす方向", "目指す方向")

# --- prose statements (issue 11 item 2; hand-made layouts 60-67, ingest/text/statements.py) --------------------
# Words met writing the prose strategy documents 60-67 (invented, in the forms real 総合戦略 print their 数値目標
# and KPI outside tables): units, value prefixes, and the sentence endings that state a target in prose.

UNITS.update({"経営体": "経営体"})  # layouts 60 認定農業者数 `86経営体` (common for farm-operator counts)
#: Words before a value that say it counts every visit or use, not distinct persons or things: `延べ640人` (layouts 61
#: `ワーケーション施設の利用者数　延べ　640人`; `のべ` common). Kept in the observation's note, as `累計` is.
GROSS_COUNT_PREFIXES: tuple[str, ...] = ("延べ", "のべ")
#: Endings of a sentence that states a target in prose: `年間出生数を令和11年度までに320人とします。` (layouts 63,
#: 67), `…を年間12,000人とすることを目指します。`; `…にします`, `…を目標とします`, `…まで増やします` (common in
#: 総合戦略 prose). The value right before the ending is the target; such a target is read uncertain (prose is
#: not a table: which figure is the indicator's is a reading), with SENTENCE_TARGET_NOTE on its indicator.
SENTENCE_TARGET_ENDINGS: tuple[str, ...] = (
    "とすることを目指します", "とすることを目標とします", "とすることを目標にします", "を目指します",
    "を目標とします", "を目標にします", "とします", "にします", "まで増やします", "に増やします",
    "まで引き上げます", "に引き上げます", "まで減らします", "に減らします", "まで引き下げます", "に引き下げます",
    # a rate raised or a count grown (layouts 124 `…割合を、68.4%（令和元年度）から令和７年度までに75.0%に高めます`)
    "まで高めます", "に高めます", "まで向上させます", "に向上させます", "まで伸ばします", "に伸ばします",
    # the verb made the aim (layouts 180 `…会員数を85人から120人に増やすことを目指します`)
    "に増やすことを目指します", "まで増やすことを目指します", "に高めることを目指します", "に減らすことを目指します",
    "に引き上げることを目指します", "に伸ばすことを目指します",
    # the target closed by the worded arrow's `へ` (`…を52万人から60万人へ増やします`: STATEMENT_WORD_ARROWS in prose)
    "へ増やします", "へ引き上げます", "へ減らします", "へ引き下げます", "へ高めます", "へ伸ばします",
)
#: Words joining a value's period to the rest of a target sentence: `令和11年度までに320人`, `令和12年に13,000人`,
#: `令和11年度には` (layouts 63; common), a baseline's `2020年の8,512人から` (common).
SENTENCE_TARGET_PERIOD_LINKS: tuple[str, ...] = ("までには", "までに", "までで", "まで", "には", "に", "で", "の")
#: Particles closing one of several target clauses that share the sentence's verb, before a clause mark
#: (`…成約件数を30件から50件に、…参加者数を10人から20人に増やします。`: layouts 180; common in 総合戦略 prose).
SENTENCE_CLAUSE_LINKS: tuple[str, ...] = ("に", "へ")
#: Note of an indicator whose target was read from a sentence (its values are flagged uncertain).
SENTENCE_TARGET_NOTE = "target read from a sentence"
#: Sections under a 課 that end a publisher line (layouts 61 `雲雀野村 総務課 企画係`; `…班`, `…グループ` common):
#: the government's name before them is the issuer's (ingest/government.py reads the line with its spaces dropped).
OFFICE_ENDINGS += ("係", "班", "グループ")
#: Particle between an indicator's name and a role word naming its target in a sentence (`参加者数の目標を200人と
#: します`: the name is 参加者数; common).
SENTENCE_NAME_ROLE_LINK = "の"

# --- pdftotext -layout text layers (layouttext, ingest/text/aligned.py) --------------------------------------------
#: An area's exponent drawn as a separate superscript glyph, which pdftotext prints one space after the unit
#: (004's `24.26ｋｍ２`, `10.14ｍ２` exported by LibreOffice, through `pdftotext -layout`: `24.26 ｋｍ 2`).
UNITS.update({"km 2": "km2", "m 2": "m2"})

# --- pdftotext -raw rows: marks (rawtext, issue 11) ---------------------------------------------------------------
#: A placeholder printed as a combining low line alone (U+0332: 003 `KPI 子育て世代包括支援センター相談件数 ̲ 2,865件` in
#: the reportlab producers' text layers, where the PDF prints `_` for a missing baseline): a dash like `_`.
PLACEHOLDER_DASHES += "\u0332"

# --- periods and cells of other governments' KPI tables (issue 11; normalize/periods.py, normalize/cell.py) --------
# Forms of periods and values met in KPI tables of other municipalities (invented examples in
# tests/test_normalize_periods.py); "common" = general usage in municipal 総合戦略 / 効果検証 KPI tables.

#: Separators of a date printed with dots or slashes: `（R6.4.1）`, `（2024.4.1）`, `（令和6.4.1現在）`, `R6/4/1`,
#: `R6.3末` (common in the 時点 brackets of population and count KPIs; `．` and `／` fold to `.` and `/` under NFKC).
#: A date names the calendar year it falls in (as `令和5年4月1日時点` does): CYyyyy.
DATE_SEPARATORS = "./"
#: Marks of a western year printed with two digits: `'23`, `’23年度` (common in slides and summaries). 00-49 are read
#: as 20xx, 50-99 as 19xx (KPI tables cover the years since 1950 and up to 2049).
TWO_DIGIT_YEAR_MARKS = "'’‘"
TWO_DIGIT_YEAR_PIVOT = 50
#: Words joining the first and last year of a range of periods: `R2～R6`, `令和2年度から令和6年度まで`, `R2-R6`
#: (common for a plan period or a total over it). RANGE_MARKS (～ 〜 ~) join them too.
PERIOD_RANGE_JOINERS: tuple[str, ...] = ("から", "-", "－", "‐", "–")
#: Word that may close a range or a running total's last period (`令和2年度から令和6年度まで`, `令和11年度までの累計`).
PERIOD_UNTIL = "まで"
#: What a value counted over a range of periods is (`30件（R2～R6累計）`: a total, the span is the range;
#: `（R2～R6平均）`, `5か年平均`: a yearly average, the span one year), after an optional `の` (common).
PERIOD_TOTAL_WORDS: tuple[str, ...] = ("の累計", "の合計", "累計", "合計", "計")
PERIOD_AVERAGE_WORDS: tuple[str, ...] = ("の平均", "平均")
#: variety17: a column header naming a range of years and a total (layouts 173 `累計` over `（R3～R5）` beside the
#: yearly actuals `R3 R4 R5`; `目標値（R3～R7累計）`, `実績値（R3～R5合計）` common in 効果検証 sheets): its values are
#: totals over the range, the period the last year, the span the range; without a role word they are actuals.
TOTAL_HEADER_WORDS: tuple[str, ...] = ("累計", "合計")
TOTAL_HEADER_ROLE = "actual"
#: Words saying a value is an estimate or a preliminary figure, not the final one: `30件（R5見込）`, `R5（見込）`,
#: `（見込み値）`, `速報値`, `暫定値`, `推計値` (common in 効果検証 sheets published before the year's figures are
#: final). The value is kept; the printed word is kept in the note so that the value is never taken for final.
ESTIMATE_WORDS: tuple[str, ...] = (
    "見込み値", "見込値", "見込み", "見込", "見通し", "速報値", "速報", "暫定値", "暫定", "推計値", "推計",
)
#: Tenths printed with 割 (`1割` = 10 %, `2割5分` = 25 %; common in targets such as `利用率5割`): exact, read as %.
TENTH_UNIT = "割"
TENTH_SUB_UNIT = "分"
#: A ratio printed as `3人に1人` (common: `高齢者の3人に1人`): no exact decimal (1/3), never turned into a number; kept
#: as the note after RATIO_NOTE.
RATIO_JOINER = "に"
RATIO_NOTE = "ratio"
#: Note of a value printed with a range of periods and no word saying what it is over the range (`30件（R2～R6）`: a
#: total? the final year's?): the value is kept, flagged uncertain, the period left to the column.
PERIOD_RANGE_NOTE = "period range"

# --- value cells of other governments' KPI tables, second round (values, issue 11; normalize/cell.py) ------------
# Printed forms of value cells met in municipal KPI practice (invented examples in tests/test_normalize_values.py);
# "common" = general usage in municipal 総合戦略 / 効果検証 KPI tables.

#: Superscript digits printed after a value as a footnote reference (`120¹`, `45.2%²`; common in word-processor
#: tables). NFKC folds them into plain digits (`120¹` would read 1201), so they are taken off before it; after a
#: Latin letter they are an exponent (`m²`, `km³`) and stay.
SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
#: Marks glued to a value that refer to a footnote (`45.2%＊`, `120*1`, `1,200人†`; common besides ※, which is
#: REMARK_MARK): kept in the note as printed, the value read without them. `＊` folds to `*` under NFKC.
VALUE_FOOTNOTE_MARKS = "*†‡"
#: The comparison mark of a target printed relative to a base year or reference (`前年度比105%`, `H30年度比10%増`,
#: `前年度比増`, `R1比1.2倍`; common): the text before it is a period or a COMPARATIVE_TARGET_REFERENCES word.
#: No absolute value: the note keeps the text after RELATIVE_TARGET_NOTE.
RELATIVE_TARGET_COMPARISON = "比"
#: Bases of such a comparison besides COMPARATIVE_TARGET_REFERENCES and periods: `対前年度比105%`, `対前年比増`,
#: `基準年度比5%減` (common).
RELATIVE_TARGET_BASES: tuple[str, ...] = ("対前年度", "対前年", "前年同期", "基準年度", "基準年")
#: Words printed instead of a target that say a change relative to the baseline with no figure: `倍増` (double),
#: `半減` (halve), `皆増` / `皆減` (from or to nothing; common in 増減 columns). Read as a relative target.
RELATIVE_TARGET_WORDS: tuple[str, ...] = ("倍増", "半減", "皆増", "皆減")
#: Endings of a direction printed as a verb (`減少させる`, `向上させます`, `増加を目指す`; common in targets
#: written by departments): the direction word (TARGET_DIRECTION_WORDS) and its ending are kept as the note.
DIRECTION_VERB_ENDINGS: tuple[str, ...] = (
    "させる", "させます", "を目指す", "を目指します", "を図る", "を図ります", "する", "します",
)
#: Words saying a value will be published later, after an optional period (`R7調査予定`, `令和7年度公表予定`;
#: common in 効果検証 sheets whose statistics come every few years), besides PENDING_VALUE_WORDS (`調査中`).
PENDING_SCHEDULED_WORDS: tuple[str, ...] = ("調査予定", "公表予定", "集計予定", "算定予定", "把握予定")
#: Note of a cell printing a PENDING_VALUE_WORDS / PENDING_SCHEDULED_WORDS word: no value yet, the text kept.
PENDING_VALUE_NOTE = "pending"
#: Note of a cell printing a date or year with an event instead of a figure (`R6.4開設`, `令和8年度完成`,
#: `R7供用開始`; common for facility targets): no value, the text kept (the date is the event's, not the
#: observation's period, which stays the column's).
DATED_TARGET_NOTE = "dated target"
#: Marks of a count with its denominator: `12/20校` (12 of 20 schools), `3校中2校` (2 of 3 schools; common in
#: KPIs counting schools, districts or facilities). The numerator is the value, with the unit printed; the
#: denominator is kept in the note after DENOMINATOR_NOTE. Without a unit (`12/20`) it may be a date: not read.
DENOMINATOR_SLASH = "/"
#: Marks joining two value-role words in one column header (`令和５年度（実績／目標）`, `目標/実績`; common in 効果検証
#: sheets printing a year's actual and target in one cell, `151人／160人`): each cell holds the two values, in the
#: header's order, joined by the same mark (layouts 269). NFKC folds `／` to `/`.
ROLE_PAIR_MARKS: tuple[str, ...] = ("/",)
DENOMINATOR_OF = "中"
DENOMINATOR_NOTE = "out of"
#: Words ending a per-population base printed before the value (`人口千人当たり5.2人`, `10万人当たり3.1件`,
#: `1世帯あたり2.3人`; common in health and crime KPIs): the value is read, the base kept in the note. A span
#: (`1日あたり`) is a rate instead (RATE_PREFIXES).
PER_BASE_WORDS: tuple[str, ...] = ("当たり", "あたり", "当り")
#: The longest base printed before PER_BASE_WORDS (`人口10万人`): longer text is a sentence, not a base.
PER_BASE_MAX_CHARS = 10
#: Note of a value printed with a period of two consecutive years joined by a slash (`120人（R5/6）`: June of
#: 令和5 or fiscal years 令和5 and 6?): the value is kept, flagged uncertain, the period left to the column.
AMBIGUOUS_PERIOD_NOTE = "ambiguous period"
#: The slash of such a period pair (`R5/6`); a dot (`R6.4`) is a month as usual.
PERIOD_PAIR_SEPARATOR = "/"
#: Counters of other municipalities' KPIs (common): guest-nights `12,000人泊` (観光), buildings `3棟` (空き家), lots
#: `120区画` (宅地分譲), routes and runs `5路線`, `20便` (公共交通), nursery schools `5園`, hospital beds `300床`.
UNITS.update({"人泊": "人泊", "棟": "棟", "区画": "区画", "路線": "路線", "便": "便", "園": "園", "床": "床"})
#: Person-times (layouts 100 `485千人回`, 公共施設の延べ利用者数; common for facility use and 健診 counts).
UNITS.update({"人回": "人回"})
#: Units of environment, energy and primary-industry KPIs (units17; common in 環境基本計画, 地球温暖化対策実行計画,
#: 農林水産業 KPIs of other municipalities). Volumes of water and fuel: `286L`, `1.2kL`, `500mL` (`ℓ` folds to `l`
#: under NFKC; 一人一日当たり水道使用量, 灯油使用量).
UNITS.update({"L": "L", "ℓ": "L", "リットル": "L", "kL": "kL", "キロリットル": "kL", "mL": "mL"})
#: Energy and power: `1,250MWh` (公共施設の電力使用量), `120kW` (太陽光発電設備容量).
UNITS.update({"kWh": "kWh", "MWh": "MWh", "GWh": "GWh", "kW": "kW", "MW": "MW"})
#: Greenhouse-gas emissions in tonnes of CO2 equivalent (`12,400t-CO2`, `t-CO₂`, `トン-CO2`, `tCO2`; `千t-CO2`
#: through the number's glued multiplier): very common in 環境 KPIs.
UNITS.update({"t-CO2": "t-CO2", "t-CO₂": "t-CO2", "トン-CO2": "t-CO2", "トン-CO₂": "t-CO2", "tCO2": "t-CO2",
              "t-CO2e": "t-CO2", "トンCO2": "t-CO2"})
#: Person-days (`3,200人日`, ボランティア延べ活動日数, 研修受講延べ日数), livestock heads `1,320頭` (飼養頭数),
#: birds `羽` (採卵鶏), vessels `48隻`/`艘` (漁船), nights `泊` (宿泊数), seats `席` (座席数); all common counters.
UNITS.update({"人日": "人日", "頭": "頭", "羽": "羽", "隻": "隻", "艘": "艘", "泊": "泊", "席": "席"})
#: A number followed by letters no UNITS entry names (`10km/h`, `100Mbps`, `5GB`): in a table's value cell still
#: a value, read with the unit as printed and flagged uncertain (normalize.cell), never dropped; letters only, so a
#: word glued to a number (`3人目`, `5G基地局`) stays text. Glued to the number and two letters at least: a single
#: letter (`3F`, `5G`) or one after a space is as often a grade of the next column (`150,000 Ｂ`, layouts 48, 136
#: `-raw`). At most UNKNOWN_UNIT_MAX_CHARS characters.
UNKNOWN_UNIT_PATTERN = r"[A-Za-zµμΩ][A-Za-z0-9µμΩ\-/·]+"
UNKNOWN_UNIT_MAX_CHARS = 8
UNKNOWN_UNIT_NOTE = "unit not in the vocabulary"
#: A number glued to one or two kanji no UNITS entry names (`12艇` 貸出用カヌー, `30脚` ベンチ, `2橋`, `4圃場`: a
#: counter of the thing counted) is read the same way: the figure, its counter as printed, flagged (a `-raw` row of
#: such cells was glued to the name above it, its values lost). Kanji only (a kana after the number continues a
#: sentence: `3年間で`, `5人が`), one or two, and never opening with a character that makes
#: the number something else than a count: a period or date (`年`, `月`, `期`, `次`, `度`, `代` of `20代`), an order
#: or section (`3人目`'s `目`, `第1章`, `2号`, `3丁目`, `2級`, `5等`, `3階`, `4番`), a share or comparison (`割`,
#: `倍`, `比`, `位`), a qualifier or change (`以上`, `未満`, `超`, `程度`, `増`, `減`, `前後`, `当たり`, `間`), or a
#: role or progress word glued to it (`目標`, `実績`, `見込`, `現在`, `達成`, `予定`).
UNKNOWN_COUNTER_PATTERN = r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{1,2}"
NOT_A_COUNTER_OPENINGS: str = "".join(sorted(set(
    CALENDAR_YEAR_SUFFIX + MONTH_SUFFIX + NAME_PREFIX_COUNTERS + "".join(SECTION_WORDS) + FORM_NUMBER_SUFFIX
    + DENOMINATOR_OF + "代目丁番級等階類型位割倍比以未超程増減前後当間毎各余強弱実見現達予順遅概基速時秒")))
#: A unit per person or household after the unit (layouts 100 `385,000円/人`; `kg/人`, `円/世帯` common): the value
#: is in the unit before the slash, the base kept in the note (`人当たり`), as PER_BASE_WORDS before a number.
PER_ENTITY_SUFFIXES: tuple[str, ...] = ("/人", "/世帯", "/戸")
PER_ENTITY_NOTE_SUFFIX = "当たり"
#: A span joined to a per-entity suffix (`912g/人・日`, `g/人日`: 1人1日当たりのごみ排出量, very common in 環境 KPIs;
#: layouts 283): a rate per head and span (`/人/日` is the per-entity suffix, then RATE_SUFFIXES).
PER_ENTITY_SPANS: dict[str, str] = {"・日": SPAN_DAY, "日": SPAN_DAY, "・年": SPAN_YEAR}
#: Marks of an evaluation grade (layouts 17, 24, 48, 79, 97: `A`–`D`, `S`, `◎○△×`; 120 `●▲■`) and what joins a
#: mark to its meaning in the grade legend under a table (`Ａ：目標達成`, `B＝概ね順調`): a name cell so printed is that
#: legend (laid out like a row of the table above it), never an indicator.
GRADE_MARKS: tuple[str, ...] = ("S", "A", "B", "C", "D", "E", "◎", "○", "△", "×", "●", "▲", "■")
GRADE_DEFINITION_JOINERS: tuple[str, ...] = (":", "：", "=", "＝")
#: Letters opening a hierarchical code printed before an indicator's name (layouts 98 `KPI2-1-1 妊婦健診の受診率`;
#: `No.1-2` common): the code numbers the indicator in the plan's hierarchy, it is no part of its name.
NAME_CODE_LETTERS: tuple[str, ...] = ("KPI", "No.", "No", "指標")
#: Words a value cell of a qualitative KPI prints instead of a figure: done or not (`実施`, `未実施`, `完了`,
#: `策定済み`; common for plans, facilities and systems to be made). No value; the text kept after STATUS_VALUE_NOTE.
STATUS_VALUE_WORDS: tuple[str, ...] = (
    "実施", "未実施", "実施済", "実施済み", "完了", "未完了", "策定", "策定済", "策定済み", "未策定", "設置済",
    "設置済み", "未設置", "運用中", "運用開始",
)
STATUS_VALUE_NOTE = "status"

# --- variety (layouts 68-73): breakdown rows, footnote marks --------------------------------------------------------

#: Pupils' school levels as a breakdown row or a cell segment prints them (layouts 73 `内訳　小学生` / `中学生` under
#: 不登校児童生徒数; common in education KPIs beside 小学校/中学校).
SEGMENT_LABELS += ("小学生", "中学生", "高校生")
#: Words opening a row that breaks the indicator above it down (layouts 73 `内訳　小学生`, `うち公募委員`; common in
#: KPI tables: `うち女性`, `（内訳）`): the row's values are a segment of that indicator, the rest of its name the
#: segment.
BREAKDOWN_WORDS: tuple[str, ...] = ("内訳", "うち")
#: Leader glyphs a word processor draws from a tab stop between a name and its figures (layouts 68
#: `新規就農者数…………2人`, a table made of tabs; `‥`, `・`, `.` and `･` are common leader styles in Word and Ichitaro).
#: Only a run of three or more of one glyph is a leader (ingest/pdf/leaders.py); LEADER_MARKS above are the runs a
#: table of contents prints.
LEADER_GLYPHS: tuple[str, ...] = ("…", "‥", "・", "･", ".", "·", "•", "⋯")
#: Header of a column naming the member municipality each row's values belong to, in a joint strategy of several
#: municipalities (layouts 71, a 定住自立圏 共生ビジョン; 連携中枢都市圏ビジョン tables print it alike): the member is a
#: segment of the indicator, which belongs to the document (its issuing government, the central city).
MEMBER_HEADER_WORDS: tuple[str, ...] = ("構成市町村", "市町村名", "市町村", "市町名")
#: A member cell naming the whole area rather than one member (layouts 71 `圏域全体`; `全体`, `合計`, `計` common):
#: a value of no sub-population.
WHOLE_AREA_WORDS: tuple[str, ...] = ("圏域全体", "圏域計", "全体", "合計", "計")
#: The plan of a joint strategy (layouts 71 `…定住自立圏 第２次共生ビジョン`; `連携中枢都市圏ビジョン` common).
TITLE_WORDS += ("共生ビジョン", "都市圏ビジョン")
#: variety20: the 地域再生計画 every municipality files for a national grant (layouts 197) and the sector plans that
#: print 数値目標 tables of their own (layouts 198 `第３次健康増進計画`; `観光振興計画`, `…推進計画` common).
TITLE_WORDS += ("地域再生計画", "増進計画", "振興計画", "推進計画")


# --- flags (session 6): value forms read with doubt ----------------------------------------------------------------

#: A number with a fraction followed by 年 alone (`12.5年`: an average length of service, a healthy life expectancy
#: printed in years; common in 健康 and 人材 KPIs) is no year (a year has no fraction) but may be a date written short
#: (`12.5` as 12年5月): read as a count of years, flagged uncertain with YEARS_OR_DATE_NOTE. A whole number
#: (`30年`) stays unread: 平成30年 with its era cut off is as likely as thirty years.
DURATION_YEAR_UNIT = "年"
YEARS_OR_DATE_NOTE = "years or a date written short"
#: Note of a value whose name's brackets print a unit (`観光入込客数（千人）`, layouts 69) that the row's unit column
#: contradicts (`人`): which one the figures are counted in the table does not say; the value is kept with the
#: column's unit, flagged uncertain.
UNIT_CONFLICT_NOTE = "unit in the name's brackets differs from the unit column"
#: Note of an indicator whose name opened with a department's name (`健康福祉課乳幼児健診の受診率`, layouts 43 read by
#: a one-cell-per-line text layer) while the table's department column (担当課) printed nothing in its row: the name
#: may carry it (or open with a department's name, `地域包括支援センター利用者数`): kept as printed, flagged uncertain.
DEPARTMENT_IN_NAME_NOTE = "the name may open with its department (the department column is empty)"


# --- variety3 (layouts 74-79): a web page printed from a browser, progress-rate columns -------------------------------

#: Separators of a web page's breadcrumb trail (layouts 75 `ホーム ＞ 市政情報 ＞ 計画・施策 ＞ 総合戦略`, a municipal
#: page printed from a browser; `›`, `»`, `>` common in CMS themes): a line of three or more parts so joined is site
#: navigation, never a title, even when its last part names the plan.
BREADCRUMB_SEPARATORS: tuple[str, ...] = (">", "›", "»", "＞", "〉")
#: The particle joining a plan's name to the kind of indicators a page lists (layouts 75 heading
#: `第２期朝霧市総合戦略の重要業績評価指標（KPI）`; `…総合戦略の数値目標` common web page headings): a line so ending
#: names the plan and is a title.
PLAN_KIND_JOINER = "の"
#: A progress-rate column: (実績値−基準値) ÷ (目標値−基準値), printed beside the grade (layouts 79 `進捗率`; `進捗度`
#: common): computed from the row's values, never a value of the indicator.
ACHIEVEMENT_HEADER_WORDS += ("進捗率", "進捗度")
#: Progress-column header words of a column printing a label (`順調`, `概ね順調に進捗`, `遅れ`), never a figure
#: (000/001/002 `進捗状況`, `進捗評価`; `達成状況` common): unlike a rate (ACHIEVEMENT_HEADER_WORDS) or a grade
#: (`評価`, `達成度`, `進捗`, which may print a figure), no value of the row may be this column's.
PROGRESS_LABEL_HEADER_WORDS: tuple[str, ...] = ("進捗状況", "進捗評価", "達成状況")
#: Units of a multiple of another value (layouts 76 `二倍`, a target printed beside a baseline in 人: twice the
#: baseline; `1.5倍` common in plans). A value in one of them beside values in another unit is relative to them.
MULTIPLE_UNITS: tuple[str, ...] = ("倍",)
#: Separators between values each labelled with its own year in one cell (layouts 77 `H27：4人 / R1：9人`, or the two
#: on lines of their own; `、` common in prose-like cells).
DATED_VALUE_SEPARATORS: tuple[str, ...] = ("/", "\n", "、")
#: The mark between a year label and its value in such a cell (`R1：9人`, NFKC `:`).
DATED_VALUE_JOINER = ":"
#: The brackets a header prints the period of its role word in (`目標値（R11）`, `基準値（H30）`): how a reader that
#: finds the word and its period apart (a statement's `令和11年度までに 15人`, a header's role and year printed on
#: lines of their own) forms the header text the shared header parser reads (`normalize.header.dated_header`).
HEADER_PERIOD_BRACKETS: tuple[str, str] = ("（", "）")

# --- change columns (newlayers; hand-made layouts 80, ingest/table/header.py CHANGE) ----------------------------
#: Header words of a column that prints each row's change from an earlier year (layouts 80 `前年度比` with `+3組`,
#: `△3件`; `前年比`, `対前年度比`, `対前年比`, `前年度差` common in 進捗状況 sheets): a difference computed from
#: the row's values, never a value of the indicator. A header naming a value role too (`目標値（前年度比）`) stays a
#: value column. `増減` alone is left out: header words match inside a header, and `社会増減数` is an indicator.
#: variety20: the 地域再生計画's KPI table (layouts 197, the national form every municipality fills in) prints each
#: year's `2024年度増加分（１年目）` and `KPI増加の累計` beside `事業開始前`: increments over the baseline, no level.
CHANGE_HEADER_WORDS: tuple[str, ...] = ("前年度比", "前年比", "対前年度比", "対前年比", "前年度差", "前年差", "増加分",
                                        "増加の累計")
#: Header cells that head a change column only when they are the whole cell (layouts 174 `増減` beside `R4 実績` `R5
#: 実績`, a 効果検証 sheet's difference from the year before; `前年度増減` likewise): matched whole, not inside a
#: header, so `社会増減数` stays an indicator's name.
#: `前回比` (layouts 185: the change from the last report, `+1.2pt`) likewise, whole.
#: h20fix: `基準値比` (the change since the baseline, `+12.4` / `▲5`, common beside 実績 in 効果検証 sheets) and its
#: kin name a value role word, so only the whole cell heads a change column (`基準値` alone heads the baseline).
CHANGE_HEADER_CELLS: tuple[str, ...] = ("増減", "前年度増減", "前年増減", "前回比",
                                        "基準値比", "基準年度比", "策定時比")
#: Words a change column prints instead of a signed figure (layouts 174 `皆増` under `増減`: from nothing; `皆減`: to
#: nothing), a change cell like `+2`.
CHANGE_CELL_WORDS: tuple[str, ...] = ("皆増", "皆減")
#: Marks opening a change cell besides NEGATIVE_SIGNS (layouts 80 `+3組`, `+0.8ポイント`; `＋` common).
CHANGE_SIGNS: tuple[str, ...] = ("+", "＋", "±")
#: The sign of a zero that is no gain and no loss (layouts 177 `転入超過数 … 目標値 ±0人`, a balance aimed at; common
#: in 社会増減 targets): `±0` is 0. Before any other number `±` is a tolerance (`±5%`), no value.
ZERO_SIGN = "±"


# --- miner5 (session 7): text layers that drop glyphs ---------------------------------------------------------------
#: Note of an indicator whose row leaves the table's 単位 column empty beside bare numbers while other rows fill it
#: (layouts 52 read by pypdfium2, which drops the `%` of one filled cell): the unit was lost or there is none, the
#: text cannot say which; flagged uncertain.
UNIT_CELL_EMPTY_NOTE = "the unit column is empty in this row, filled in others"


# --- variety5 (session 8): part and total rows under a merged name (hand-made layouts 88-92) -------------------------
#: A `区分` cell naming the total of the part rows above it under one merged name cell (layouts 89 `日帰り` / `宿泊` /
#: `計`, `窓口` / `オンライン` / `合計`; `総計` common): the indicator's own value, no segment. `小計` is left out: a
#: sub-total of some parts is itself a part, read as a segment.
TOTAL_ROW_WORDS: tuple[str, ...] = ("計", "合計", "総計")
#: Note of a value whose row is named by a part label that is no known segment (layouts 89 `日帰り`, `オンライン`):
#: read as a segment, flagged, because a category merged over indicator names would look the same.
UNKNOWN_PART_NOTE = "part row label is no known segment"

# --- parts9 (session 8): part rows a text layer printed as rows of their own (hand-made layouts 89) ----------------
#: Note of the values of a row named by a total word alone (`計`, `合計`) and of the part rows above it whose values it
#: sums: a text layer printed the merged name once, so which part of the names is the indicator is not known
#: (layouts 89 raw/plumber/pdfium: `観光入込客数日帰り` / `宿泊` / `計`).
UNSPLIT_PARTS_NOTE = "part rows under a name printed once: indicator and part labels not told apart"

# --- goals12 (session 12): a goal named in a page title (hand-made layouts 131) -------------------------------------
#: Quotes a page title prints a goal's name in after its label (layouts 131
#: `湖北台市　基本目標３「訪れたいまちをつくる」の進捗`; `『…』` common): the quoted text is the goal's title.
GOAL_NAME_QUOTES: tuple[str, ...] = ("「」", "『』")
#: What a page title says of the goal it quotes, after the closing quote and an optional `の` (layouts 131 `の進捗`;
#: `の検証`, `の達成状況`, `の取組` common in 効果検証 pages): a title line, not a goal whose name holds a quote
#: (`基本目標１「稼ぐ力」を高める…`, whose quote is part of the name).
GOAL_TITLE_FRAMES: tuple[str, ...] = (
    "進捗", "検証", "効果検証", "評価", "達成状況", "取組", "取り組み", "実績", "成果", "指標", "重要業績評価指標",
    "KPI",
)
#: Particles between a quoted goal name and its title frame (`「…」の進捗`, `「…」に係る指標`, `「…」に関する評価`).
GOAL_TITLE_FRAME_LINKS: tuple[str, ...] = ("の", "に係る", "に関する", "における")

# --- variety13 (session 13): other towns' value habits and row labels (hand-made layouts 141-146) -----------------
#: Labels opening an indicator's name that say its kind (layouts 141 `KGI：年間出生数` over `KPI①　移住相談件数`; a
#: goal's KGI listed above its KPIs is common in 総合戦略 tables): the KGI measures the basic goal (its 数値目標),
#: a KPI a measure. The label (with its number or colon) is no part of the name.
NAME_KIND_LABELS: dict[str, str] = {"KGI": KINDS["数値目標"], "KPI": KINDS["KPI"]}
#: A rank printed as a value (layouts 143 `県内8位（R5）`, target `県内5位以内`; common for ranking KPIs such as
#: 住みよさランキング): the number and the unit 位, the scope word before it (`県内`, `全国`) kept in the note.
UNITS.update({"位": "位"})
RANK_SCOPE_PREFIXES: tuple[str, ...] = ("県内", "全国", "道内", "府内", "都内", "管内", "圏域内")
#: Marks of a fraction printed as a value (layouts 143 `1/3（R4）`, `1/2以上`; `3分の1` common): like `3人に1人`
#: (RATIO_NOTE) no exact decimal, never turned into a number; the text is kept after RATIO_NOTE. Written with a slash
#: and no unit it may as well be a date (`12/20`: 20 December): flagged uncertain.
FRACTION_JOINERS: tuple[str, ...] = ("/", "／", "分の")

# --- variety16b (session 16): other municipalities' table structures (hand-made layouts 165-170) -----------------
#: Outline letters of a Japanese plan's numbering (公用文: 第1 → 1 → (1) → ア → (ア) → a), in their order
#: (layouts 170 `ア　新規就農者数`, `（ア）年間出生数`): one opening an indicator's name, followed by a space or
#: in brackets, numbers the name in a list and is no part of it. Bare before a letter (`イ草の作付面積`) it stays.
OUTLINE_LETTERS = "アイウエオカキクケコサシスセソタチツテト"
#: variety17: marks a revised plan prints in brackets before or after an indicator's name (layouts 172
#: `【新】町内企業のテレワーク導入事業所数`, `ふるさと納税の寄附件数（再掲）`; `（新規）`, `【追加】`, `（変更）` common
#: in 改訂版 KPI tables): a new indicator, one listed again under another goal. No part of the name; kept in the
#: indicator's note.
NAME_MARKS: tuple[str, ...] = ("新規", "新", "再掲", "追加", "変更")
#: A word a value cell prints for the figure of an indicator new to the plan (layouts 277 `新規` under 基準値: no
#: baseline yet): the column's cell, an observation without value, where a text layer boxes it before a value.
NEW_INDICATOR_WORDS: tuple[str, ...] = ("新規",)
#: variety29: marks printed bare before an indicator's name to single it out (layouts 277 `★農産物直売所の年間売上額`
#: with the legend `★：重点KPI` under the table; `☆` common for 重点 / 新規 indicators): no part of the name; kept in
#: the indicator's note like a revision mark.
NAME_SYMBOL_MARKS: tuple[str, ...] = ("★", "☆")
#: Label of a revision mark in the indicator's note (`mark: 再掲`).
NAME_MARK_NOTE = "mark"
#: A box's label cell merged down beside the table nested in it (layouts 167 `成果指標` left of `指標名 …`), which a
#: text layer prints on its first row's line (`成果指標 妊婦健康診査の受診率 96.2% 100%`): a kind label.
NAME_KIND_LABELS.update({"成果指標": KINDS["成果指標"]})
