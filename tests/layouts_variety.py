# ruff: noqa: E501  (rows of Japanese table text read better unbroken)
"""Build the hand-made PDFs 68-73 of tests/fixtures/layouts/ (`python -m tests.layouts_variety [numbers]`).

Styles other municipalities print that documents 01-67 do not cover. The reportlab documents need nothing else; the
others are printed by LibreOffice from generated flat ODT/ODS files (needs `soffice` and fonts-ipaexfont; the PDFs
are committed and CI only reads them). Content invented (fictional municipalities, invented numbers):
- 68: (LibreOffice word processor) a strategy's summary whose KPI lists are tab-aligned paragraphs, the name joined
  to its figures by a dot leader (`新規就農者数（累計）………… 2人 … 12人`), under a header line `現状値（R5） 目標値（R11）`
  set at the same tab stops (a table made of tabs, no rule);
- 69: (LibreOffice word processor) a progress table whose cells print bare numbers: the unit in a caption over the
  table (`（単位：人）`), or in brackets at the end of each indicator's name under a `指標名（単位）` header;
- 70: (LibreOffice spreadsheet) fiscal years as rows and indicators as column groups, each merged over `目標` / `実績`
  sub-columns, `－` for a year not yet reported;
- 71: (reportlab) a joint strategy of several municipalities (a 定住自立圏 共生ビジョン issued by its central city):
  a `市町村` column naming the member municipality each row's values belong to, an indicator's name cell merged down
  over its members' rows, `圏域全体` for a value of the whole area;
- 72: (reportlab) one indicator per framed card, its fields on labelled lines (`指標名：…`, `基準値：…（令和元年度）`),
  two cards side by side, several rows of cards on a page;
- 73: (reportlab) a ruled KPI table with breakdown rows under a parent indicator (`内訳` over `小学生` / `中学生`,
  `うち女性`), values with footnote marks (`45.2%＊`, `120※1`) and the footnotes under the table, and qualitative
  targets (`増加`, `維持`, `現状以上`) among numeric ones.
"""

from __future__ import annotations

import sys
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from tests.layouts_office import FONT, RULE, TEXT_STYLES, _sheet_cell, _table, _table_styles, convert_sheet
from tests.libreoffice import convert, flat_ods, flat_odt, page_layout, paragraph
from tests.pdf_builders import Cell, Page

LAYOUTS = Path(__file__).parent / "fixtures" / "layouts"


# --- 68: dot leaders --------------------------------------------------------------------------------------------

#: Tab stops of the KPI lines: a right-aligned stop with a dot leader ending the name, a second right stop.
LEADER_STYLES = (
    '<style:style style:name="Lead" style:family="paragraph"><style:paragraph-properties fo:margin-left="0.5cm">'
    '<style:tab-stops><style:tab-stop style:position="11.5cm" style:type="right" style:leader-style="dotted" '
    'style:leader-text="…"/><style:tab-stop style:position="15cm" style:type="right"/></style:tab-stops>'
    '</style:paragraph-properties></style:style>'
    '<style:style style:name="LeadHead" style:family="paragraph"><style:paragraph-properties fo:margin-left="0.5cm" '
    'fo:margin-top="0.2cm"><style:tab-stops><style:tab-stop style:position="11.5cm" style:type="right"/>'
    '<style:tab-stop style:position="15cm" style:type="right"/></style:tab-stops></style:paragraph-properties>'
    '</style:style>'
    '<style:style style:name="Arrow" style:family="paragraph"><style:paragraph-properties fo:margin-left="0.5cm">'
    '<style:tab-stops><style:tab-stop style:position="9cm" style:type="left" style:leader-style="dotted" '
    'style:leader-text="…"/></style:tab-stops></style:paragraph-properties></style:style>'
)


def _tabbed(text: str, style: str) -> str:
    """A paragraph whose `\\t` are tab characters (moving to the style's next tab stop)."""
    return f'<text:p text:style-name="{style}">' + "<text:tab/>".join(escape(part) for part in text.split("\t")) \
        + "</text:p>"


def dot_leaders() -> str:
    """68: KPI lists as tab-aligned lines joined by dot leaders, a header line at the same tab stops."""
    body = [paragraph("萩野台町　第２期まち・ひと・しごと創生総合戦略【概要版】", "Title"),
            paragraph("令和６年３月　萩野台町 企画課", "Body"),
            paragraph("基本目標１　地域の産業で稼ぐ町をつくる", "Head"),
            paragraph("【数値目標】", "Caption"),
            _tabbed("町内事業所の従業者数\t3,250人（R5）→ 3,500人（R11）", "Arrow"),
            _tabbed("観光消費額\t9.8億円（R5）→ 12億円（R11）", "Arrow"),
            paragraph("【重要業績評価指標（KPI）】", "Caption"),
            _tabbed("\t現状値（R5）\t目標値（R11）", "LeadHead"),
            _tabbed("新規就農者数（累計）\t2人\t12人", "Lead"),
            _tabbed("農産物直売所の売上高\t1.4億円\t1.8億円", "Lead"),
            _tabbed("町内での創業件数\t3件\t8件", "Lead"),
            paragraph("基本目標２　安心して子育てができる町をつくる", "Head"),
            paragraph("【数値目標】", "Caption"),
            _tabbed("年間出生数\t58人（R5）→ 65人（R11）", "Arrow"),
            paragraph("【重要業績評価指標（KPI）】", "Caption"),
            _tabbed("\t現状値（R5）\t目標値（R11）", "LeadHead"),
            _tabbed("子育て支援センターの利用者数\t3,820人\t4,500人", "Lead"),
            _tabbed("保育所の待機児童数\t3人\t0人", "Lead"),
            _tabbed("放課後児童クラブの登録率\t38.5%\t45.0%", "Lead"),
            paragraph("※現状値は令和５年度末の数値です。", "Body")]
    layout = page_layout("21cm", "29.7cm", 'fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2.2cm" '
                         'fo:margin-right="2.2cm"')
    return flat_odt(fonts=[FONT], font_pt=10.5, layout=layout, automatic=TEXT_STYLES + LEADER_STYLES,
                    body="".join(body))


# --- 69: units in a caption or in the name's brackets -------------------------------------------------------------

UNIT_CAPTION_STYLE = ('<style:style style:name="Right" style:family="paragraph"><style:paragraph-properties '
                      'fo:text-align="end" fo:margin-top="0.2cm"/></style:style>'
                      '<style:style style:name="N" style:family="table-cell"><style:table-cell-properties '
                      f'fo:border="{RULE}" fo:padding="0.08cm"/><style:paragraph-properties fo:text-align="end"/>'
                      '</style:style>')


def _number_table(name: str, widths: list[float], header: list[str], rows: list[tuple[str, ...]]) -> str:
    """A ruled table like `_table`, its value cells right-aligned (number cells of a word processor)."""
    xml = _table(name, widths, header, rows)
    for row in rows:
        for value in row[1:]:
            xml = xml.replace(f'<table:table-cell table:style-name="C" office:value-type="string"><text:p>'
                              f"{escape(value)}</text:p>",
                              f'<table:table-cell table:style-name="N" office:value-type="string"><text:p>'
                              f"{escape(value)}</text:p>", 1)
    return xml


def units_in_header() -> str:
    """69: bare numbers under a `（単位：人）` caption, and under a `指標名（単位）` header with each unit in the name."""
    header = ["指標名", "基準値（R1）", "実績値（R5）", "目標値（R7）"]
    widths = [8.0, 2.8, 2.8, 2.8]
    unit_header = ["指標名（単位）", "基準値（R1）", "実績値（R5）", "目標値（R7）"]
    body = [paragraph("桐ヶ谷市　第２期総合戦略　KPI進捗状況（令和５年度）", "Title"),
            paragraph("基本目標１　市内で働く人を増やす", "Head"),
            paragraph("（単位：人）", "Right"),
            _number_table("U1", widths, header, [("市内企業への新規就職者数", "320", "355", "400"),
                                                 ("創業支援による創業者数", "18", "22", "30"),
                                                 ("シルバー人材センターの会員数", "1,240", "1,198", "1,300")]),
            paragraph("基本目標２　訪れたい・住みたいまちをつくる", "Head"),
            _number_table("U2", widths, unit_header, [("観光入込客数（千人）", "485", "512", "600"),
                                                      ("観光消費額（百万円）", "1,240", "1,385", "1,500"),
                                                      ("移住相談の件数（件）", "64", "97", "120"),
                                                      ("市の住みやすさに満足している市民の割合（％）", "62.5", "64.0", "70.0")]),
            paragraph("※実績値は令和５年度末の数値です。", "Body")]
    return flat_odt(fonts=[FONT], font_pt=10, automatic=TEXT_STYLES + UNIT_CAPTION_STYLE
                    + _table_styles("U1", widths) + _table_styles("U2", widths),
                    layout=page_layout("21cm", "29.7cm", 'fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" '
                                       'fo:margin-left="1.8cm" fo:margin-right="1.8cm"'),
                    body="".join(body))


# --- 70: years as rows, indicators as column groups of 目標 / 実績 ----------------------------------------------------


def year_rows_indicator_groups() -> str:
    """70: a spreadsheet of fiscal years down and indicators across, each indicator over 目標 / 実績 sub-columns."""
    covered = "<table:covered-table-cell/>"
    names = ["転入者数", "移住相談件数", "観光入込客数"]
    years = [("令和２年度", ["300人", "285人", "40件", "52件", "12万人", "8.5万人"]),
             ("令和３年度", ["310人", "301人", "45件", "61件", "13万人", "10.2万人"]),
             ("令和４年度", ["320人", "334人", "50件", "58件", "14万人", "13.6万人"]),
             ("令和５年度", ["330人", "312人", "55件", "70件", "15万人", "15.4万人"]),
             ("令和６年度", ["340人", "－", "60件", "－", "16万人", "－"])]
    title = "<table:table-row>" + _sheet_cell("大沢原村　総合戦略　数値目標の推移", style="T", columns=7) + covered * 6 \
        + "</table:table-row>"
    goal = "<table:table-row>" + _sheet_cell("基本目標１　村への新しい人の流れをつくる", style="P", columns=7) + covered * 6 \
        + "</table:table-row>"
    head = ("<table:table-row>" + _sheet_cell("年度", style="H", rows=2)
            + "".join(_sheet_cell(n, style="H", columns=2) + covered for n in names) + "</table:table-row>")
    roles = _sheet_cell("目標", style="H") + _sheet_cell("実績", style="H")
    sub = "<table:table-row>" + covered + roles * len(names) + "</table:table-row>"
    body = "".join("<table:table-row>" + _sheet_cell(year) + "".join(_sheet_cell(v, style="R") for v in values)
                   + "</table:table-row>" for year, values in years)
    note = "<table:table-row>" + _sheet_cell("※令和６年度の実績は令和７年９月に公表予定です。", style="P", columns=7) + covered * 6 \
        + "</table:table-row>"
    widths_cm = [3.0] + [2.2] * 6
    return _sheet(widths_cm, title + goal + head + sub + body + note)


def _sheet(widths_cm: list[float], rows: str) -> str:
    """A flat ODS spreadsheet of one sheet on an A4 portrait page, ruled cells `G`, right-aligned `R`, shaded
    centred header `H`, title `T`, plain paragraph `P`."""
    cell = f'fo:border="{RULE}" style:vertical-align="middle"'
    page = ('fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" '
            'fo:margin-left="1.5cm" fo:margin-right="1.5cm"')
    return flat_ods(font=FONT, font_size="9pt", page=page, widths_cm=widths_cm, rows=rows, cell_styles=f"""\
<style:style style:name="G" style:family="table-cell"><style:table-cell-properties {cell}/></style:style>
<style:style style:name="R" style:family="table-cell"><style:table-cell-properties {cell}/>\
<style:paragraph-properties fo:text-align="end"/></style:style>
<style:style style:name="H" style:family="table-cell"><style:table-cell-properties {cell} \
fo:background-color="#d9e1f2"/><style:paragraph-properties fo:text-align="center"/></style:style>
<style:style style:name="T" style:family="table-cell"><style:text-properties fo:font-size="13pt" \
style:font-size-asian="13pt"/></style:style>
<style:style style:name="P" style:family="table-cell"/>""")


# --- 71: a joint strategy of several municipalities ---------------------------------------------------------------


def joint_vision(path: Path) -> Path:
    """71: a 定住自立圏 共生ビジョン's KPI table with a `市町村` column: an indicator measured per member municipality
    (its name cell merged down over their rows), or for the whole area (`圏域全体`)."""
    canvas = Canvas(str(path), pagesize=A4, invariant=1)
    page = Page(canvas, A4, 1)
    page.text(48, 40, "鷹見・山吹川定住自立圏　第２次共生ビジョン　成果指標の進捗", 13)
    page.text(48, 62, "鷹見市 企画政策課（中心市）", 9)
    page.text(48, 90, "１　生活機能の強化に係る政策分野", 12)
    header = ["成果指標", "市町村", "基準値（R1）", "実績値（R5）", "目標値（R6）"]
    cells = [Cell(0, c, t) for c, t in enumerate(header)]
    cells += [Cell(1, 0, "二次救急医療機関の数"), Cell(1, 1, "圏域全体"), Cell(1, 2, "4施設"), Cell(1, 3, "4施設"),
              Cell(1, 4, "5施設")]
    cells += [Cell(2, 0, "移住相談件数", row_span=3)]
    for r, row in enumerate([("鷹見市", "120件", "164件", "150件"), ("山吹川町", "35件", "41件", "50件"),
                             ("葛ノ葉村", "12件", "9件", "20件")], start=2):
        cells += [Cell(r, c, t) for c, t in enumerate(row, start=1)]
    cells += [Cell(5, 0, "圏域の観光入込客数"), Cell(5, 1, "圏域全体"), Cell(5, 2, "320万人"), Cell(5, 3, "298万人"),
              Cell(5, 4, "360万人")]
    bottom = page.table(48, 115, [170, 70, 80, 80, 80], [22] * 6, cells, size=9)
    page.text(48, bottom + 30, "２　結びつきやネットワークの強化に係る政策分野", 12)
    cells = [Cell(0, c, t) for c, t in enumerate(header)]
    cells += [Cell(1, 0, "地域公共交通の利用者数", row_span=2)]
    for r, row in enumerate([("鷹見市", "85万人", "78万人", "90万人"), ("山吹川町", "12万人", "11.5万人", "13万人")],
                            start=1):
        cells += [Cell(r, c, t) for c, t in enumerate(row, start=1)]
    page.table(48, bottom + 55, [170, 70, 80, 80, 80], [22] * 3, cells, size=9)
    page.text(A4[0] / 2, A4[1] - 30, "1", 9)
    canvas.showPage()
    canvas.save()
    return path


# --- 72: one indicator per card -------------------------------------------------------------------------------------

CARD_WIDTH, CARD_GAP, LINE = 240.0, 18.0, 17.0


def _card(page: Page, x: float, top: float, heading: str, fields: list[str]) -> float:
    """A framed card: a heading line, then one labelled line per field; returns its bottom."""
    bottom = top + 12 + LINE * (len(fields) + 1)
    page.box(x, top, x + CARD_WIDTH, bottom)
    page.text(x + 8, top + 6, heading, 10)
    for i, line in enumerate(fields, start=1):
        page.text(x + 12, top + 6 + LINE * i, line, 9)
    return bottom


def kpi_cards(path: Path) -> Path:
    """72: an evaluation sheet printing one KPI per framed card, two cards a row, its fields on labelled lines."""
    canvas = Canvas(str(path), pagesize=A4, invariant=1)
    left = 48.0
    right = left + CARD_WIDTH + CARD_GAP

    def page_one(page: Page) -> None:
        page.text(left, 40, "柚ノ木町　令和５年度　総合戦略ＫＰＩ評価シート", 14)
        page.text(left, 80, "基本目標１　農と食で稼ぐ町をつくる", 12)
        cards = [("ＫＰＩ１－１", ["指標名：新規就農者数（累計）", "基準値：3人（令和元年度）", "目標値：15人（令和6年度）",
                                  "実績値：11人（令和5年度）", "担当課：農林振興課"]),
                 ("ＫＰＩ１－２", ["指標名：農産物直売所の売上高", "基準値：1.2億円（令和元年度）", "目標値：1.6億円（令和6年度）",
                                  "実績値：1.45億円（令和5年度）", "担当課：農林振興課"]),
                 ("ＫＰＩ１－３", ["指標名：町内の創業件数", "基準値：2件（令和元年度）", "目標値：10件（令和6年度）",
                                  "実績値：7件（令和5年度）", "担当課：商工観光課"])]
        top = 110.0
        for i in range(0, len(cards), 2):
            bottoms = [_card(page, x, top, *card) for x, card in zip((left, right), cards[i:i + 2], strict=False)]
            top = max(bottoms) + 16
        page.text(left, top + 10, "基本目標２　子どもを育てやすい町をつくる", 12)
        top += 40
        cards = [("ＫＰＩ２－１", ["指標名：年間出生数", "基準値：48人（令和元年度）", "目標値：55人（令和6年度）",
                                  "実績値：44人（令和5年度）", "担当課：子育て支援課"]),
                 ("ＫＰＩ２－２", ["指標名：保育所の待機児童数", "基準値：5人（令和元年度）", "目標値：0人（令和6年度）",
                                  "実績値：0人（令和5年度）", "担当課：子育て支援課"])]
        bottoms = [_card(page, x, top, *card) for x, card in zip((left, right), cards, strict=False)]
        page.text(left, max(bottoms) + 16, "※実績値は令和５年度末の数値です。", 9)

    page = Page(canvas, A4, 1)
    page_one(page)
    page.text(A4[0] / 2, A4[1] - 30, "1", 9)
    canvas.showPage()
    canvas.save()
    return path


# --- 73: breakdown rows, footnote marks, qualitative targets -------------------------------------------------------


def breakdown_rows(path: Path) -> Path:
    """73: a ruled KPI table with 内訳 rows under a parent indicator, footnote-marked values and word targets."""
    canvas = Canvas(str(path), pagesize=A4, invariant=1)
    page = Page(canvas, A4, 1)
    page.text(48, 40, "宮ノ原市　第２期総合戦略　重要業績評価指標一覧", 14)
    page.text(48, 80, "基本目標３　健やかに学び育つまちをつくる", 12)
    rows = [("不登校児童生徒数", "42人", "30人"),
            ("　内訳　小学生", "15人", "10人"),
            ("　　　　中学生", "27人", "20人"),
            ("がん検診の受診率", "45.2%＊", "50.0%"),
            ("市民健康講座の参加者数", "120人※1", "200人"),
            ("自主防災組織の数", "38団体", "現状以上"),
            ("地域の行事に参加する市民の割合", "58.0%", "増加"),
            ("スポーツ少年団の団員数", "640人", "維持"),
            ("審議会等委員の女性の割合", "28.5%", "40.0%"),
            ("　うち公募委員", "12.0%", "20.0%")]
    cells = [Cell(0, c, t) for c, t in enumerate(["指標名", "基準値（R1）", "目標値（R7）"])]
    cells += [Cell(r, c, t) for r, row in enumerate(rows, start=1) for c, t in enumerate(row)]
    bottom = page.table(48, 110, [270, 110, 110], [22] * (len(rows) + 1), cells, size=9)
    page.text(48, bottom + 10, "＊ 国民健康保険の加入者の受診率です。", 9)
    page.text(48, bottom + 26, "※1 令和元年度は新型感染症の影響により２回のみの開催です。", 9)
    page.text(A4[0] / 2, A4[1] - 30, "1", 9)
    canvas.showPage()
    canvas.save()
    return path


def main(numbers: list[str]) -> None:
    office = {"68_pdf_dot_leaders": dot_leaders, "69_pdf_units_in_header": units_in_header}
    wanted = [name for name in office if not numbers or name[:2] in numbers]
    if wanted:
        convert({name: office[name]() for name in wanted}, LAYOUTS)
    if not numbers or "70" in numbers:
        convert_sheet("70_pdf_year_rows_indicator_groups", year_rows_indicator_groups())
    drawn = {"71_pdf_joint_vision_members": joint_vision, "72_pdf_kpi_cards": kpi_cards,
             "73_pdf_breakdown_rows": breakdown_rows}
    for name, draw in drawn.items():
        if not numbers or name[:2] in numbers:
            draw(LAYOUTS / f"{name}.pdf")
    for name in [*office, "70_pdf_year_rows_indicator_groups", *drawn]:
        if not numbers or name[:2] in numbers:
            print(LAYOUTS / f"{name}.pdf")


if __name__ == "__main__":
    main(sys.argv[1:])
