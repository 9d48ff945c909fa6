"""A small table typed in the text of a plan between paragraphs (texttable20): a header line of column words over one
line per indicator, cells apart by spaces of any width, not by position; and lists of statements that say what
their values are themselves, which are no table. Documents invented; expectations read off the text by hand."""

from __future__ import annotations

from decimal import Decimal

from tests.synth.score import read_text


def _values(text: str) -> dict[tuple[str, str], tuple[str | None, Decimal, str | None, bool]]:
    """(name, role) → (period, value, unit, flagged uncertain) of every observation read from `text`."""
    return {(r["kpi_name"], r["role"]): (r.get("period"), Decimal(str(r["value"])), r.get("unit"),
                                         r.get("uncertain") in (True, "True"))
            for r in read_text(text) if r.get("value") not in (None, "")}


def _goals(text: str) -> dict[str, str]:
    return {r["kpi_name"]: r.get("goal") or "" for r in read_text(text)}


TWO_TABLES = """青葉町 総合戦略

■基本目標１　しごとをつくる

【数値目標】
市民アンケートには1,234人から回答がありました。

◆指標名　　現況値（2020年度）　　目標（2025年度）
市民農園の貸出件数　　年間１２０件　　年間１３０件
地域猫の不妊手術件数　　年間３１件　　年間６０件

■基本目標２　ひとの流れをつくる

本町の人口は減少が続いています。

◆指標名　　現況値（2020年度）　　目標（2025年度）
移住相談件数　　年間６件　　年間７件
子育て世代の転入超過数　　年間３６人　　年間４９人

■基本目標３　安心して暮らせるまちをつくる

第1期総合戦略では、20の指標のうち12の指標で目標を達成しました。

◆指標名　　現況値（2020年度）　　目標（2025年度）
地域おこし協力隊の定住者数　　年間６人　　年間７人
健康診査の受診率　　４６．６%　　４１．３%
"""


def test_a_goal_heading_after_a_bullet_mark_owns_the_table_under_it() -> None:
    """`■基本目標２　…` is the goal heading of the tables under it, whatever prose stands between."""
    goals = _goals(TWO_TABLES)
    assert "しごとをつくる" in goals["市民農園の貸出件数"]
    assert "ひとの流れをつくる" in goals["移住相談件数"]
    assert "安心して暮らせるまちをつくる" in goals["健康診査の受診率"]


STATED_TARGETS = """白浜町 総合戦略

【基本目標３】安心して暮らせるまち

■数値目標
本町の人口は、2020年の国勢調査で12,480人となっています。

1.観光入込客数　目標値：R7　48.9万人
2.耕作放棄地の再生面積　目標値：R11　26.4ha
"""


def test_lines_that_label_each_value_with_its_role_are_statements_not_a_table() -> None:
    values = _values(STATED_TARGETS)
    assert values[("観光入込客数", "target")] == ("FY2025", Decimal(489000), "人", False)
    assert values[("耕作放棄地の再生面積", "target")] == ("FY2029", Decimal("26.4"), "ha", False)
    assert len(values) == 2


SPACED_YEARS = """【項目】  基準値（平成 29 年）  目標値（令和 12 年）
町内事業所の従業者数  5398人  4290人以上
観光入込客数  58.2万人  54.6万人以上
"""


def test_a_spaced_era_year_in_a_header_bracket_is_one_cell() -> None:
    values = _values(SPACED_YEARS)
    assert values[("町内事業所の従業者数", "baseline")] == ("CY2017", Decimal(5398), "人", False)
    assert values[("観光入込客数", "target")][:3] == ("CY2030", Decimal(546000), "人")


def _kinds(observations: list[dict]) -> dict[str, str]:
    return {r["kpi_name"]: r.get("kind") or "" for r in observations}


#: prose21: tables typed under goal headings with no caption; their kind follows what owns them, as a statement's.
OWNED_TABLES = """緑川市 第２期総合戦略

■基本目標１　新しいひとの流れをつくる

本町の人口は減少が続いています。

項目　現状値　目標
農業産出額　18.7億円（H30）　20.2億円（R8）
新規就農者数　14人（R1）　15人（R6）

基本目標２：誰もが活躍できる地域をつくる

具体的な施策
項目　現状値　目標
創業支援による創業件数　20件（R3）　22件（R10）
年間出生数　266人（R2）　307人（R8）

基本目標３　結婚・出産・子育ての希望をかなえる

（３）子育て支援の充実
項目　現状値　目標
観光入込客数　53.6万人（H27）　54.1万人（R12）
移住相談件数　248件（R1）　189件（R6）

基本目標４　安心して暮らせるまちをつくる

【重要業績評価指標（KPI）】
項目　現状値　目標
健康診査の受診率　46.6%（R1）　50.0%（R7）
"""


def test_a_tables_kind_follows_the_heading_that_owns_it() -> None:
    """A goal heading with nothing between it and the table: 数値目標; a line heading the measures (`具体的な施策`)
    or a numbered measure title between them: KPI, as for statements; a caption word wins over the heading."""
    kinds = _kinds(read_text(OWNED_TABLES))
    assert kinds == {"農業産出額": "数値目標", "新規就農者数": "数値目標", "創業支援による創業件数": "KPI",
                     "年間出生数": "KPI", "観光入込客数": "KPI", "移住相談件数": "KPI", "健康診査の受診率": "KPI"}


def test_a_table_under_no_heading_nor_caption_lists_kpis_as_statements_do() -> None:
    text = ("青葉町 総合戦略\n\n本町の人口は減少が続いています。\n\n"
            "項目　基準値　目標値\n移住相談件数　６件（R2）　７件（R7）\n")
    assert _kinds(read_text(text)) == {"移住相談件数": "KPI"}


def test_a_table_typed_in_a_pdfs_text_is_read_where_it_stands() -> None:
    """The same document printed as a PDF, one text line a line: no grid finder sees columns apart by spaces of
    uneven width, so the front end finds the typed tables among its lines; their rows read as from the text, each
    cell located by its page."""
    from tests.synth.pdf import read_statements_pdf
    from tests.synth.statements import StatementDoc

    observations = read_statements_pdf(StatementDoc(0, OWNED_TABLES.splitlines(), []))
    values = {(r["kpi_name"], r["role"]): (r.get("period"), Decimal(str(r["value"])), r.get("page"))
              for r in observations}
    assert values[("農業産出額", "baseline")] == ("FY2018", Decimal("1870000000"), 1)
    assert values[("健康診査の受診率", "target")] == ("FY2025", Decimal("50.0"), 1)
    assert len(values) == 14
    assert _kinds(observations) == _kinds(read_text(OWNED_TABLES))
