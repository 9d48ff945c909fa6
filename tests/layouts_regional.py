"""Build the hand-made PDFs 81-87 of tests/fixtures/layouts/ (`python -m tests.layouts_regional [numbers]`).

Header wordings, value spellings and table shapes other municipalities print that documents 01-80 do not cover. The
reportlab documents need nothing else; 86 and 87 are printed by LibreOffice from generated flat ODS/ODT files (needs
`soffice` and fonts-ipaexfont; the PDFs are committed and CI only reads them). This script writes only its own
files. Content invented (fictional municipalities, every name and number made up):
- 81: (reportlab) headers naming the year BEFORE the role: `令和元年度(2019)実績`, `R1現状値`, `R7めざそう値`;
- 82: (reportlab) approximate and qualitative values: `約3,000人`, tenths `6割` / `５割以上`, a trend word `増加傾向`
  printed in an actual cell, `約1.2億円`;
- 83: (reportlab) footnote marks on header cells (`実績値（R5）※2`) and on values (`1,480件※1`), set in a smaller
  font than the value, the notes `※1 …`, `※2 見込値` under the table;
- 84: (reportlab) a ruled table whose indicators each take two rows, `目標` and `実績` in a `区分` column, the name
  cell merged down over both, fiscal years `R3`…`R7` across, `―` for years not yet reported;
- 85: (reportlab) a header cell `重要業績評価指標（KPI）` spanning the sub-columns `指標名 基準値（R1） 目標値（R7）` of
  the header's second row, `No.` and `担当課` merged down over both header rows;
- 86: (LibreOffice spreadsheet) an Excel-style KPI sheet: thin grey rules, a shaded header whose cells wrap
  `基準値` over `（R1）`, number cells right-aligned with their unit in a `単位` column;
- 87: (LibreOffice word processor) a Word table numbered `(1)`, `(2)` in its first column, whose `指標名` header spans
  two columns: a name cell merged down over two rows of sub-indicators (`男性` / `女性`, `胃がん` / `大腸がん`).
"""

from __future__ import annotations

import sys
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4, landscape

from tests.layouts_office import FONT, TEXT_STYLES, _table_styles, convert_sheet
from tests.layouts_pdfs import _pages, _ruled
from tests.libreoffice import convert, flat_ods, flat_odt, page_layout, paragraph
from tests.pdf_builders import Cell, Page

LAYOUTS = Path(__file__).parent / "fixtures" / "layouts"


def year_before_role_headers(path: Path) -> Path:
    """81: column headers naming the year before the role (`令和元年度(2019)実績`, `R7めざそう値`)."""
    def draw(page: Page) -> None:
        page.text(48, 40, "若葉台市 第２期総合戦略 進捗状況報告", 14)
        page.text(48, 80, "基本目標１　若い世代が働けるまちをつくる", 12)
        page.text(48, 105, "【数値目標】", 10)
        bottom = _ruled(page, 125, [190, 105, 105, 105],
                        ["指標", "令和元年度(2019)実績", "令和5年度(2023)実績", "令和7年度(2025)目標"],
                        [("市内事業所の従業者数", "31,250人", "31,980人", "32,500人"),
                         ("若年層（15～29歳）の転出超過数", "420人", "365人", "300人")])
        page.text(48, bottom + 30, "【重要業績評価指標（KPI）】", 10)
        _ruled(page, bottom + 50, [190, 105, 105, 105], ["指標名", "R1現状値", "R5実績値", "R7めざそう値"],
               [("企業誘致件数（累計）", "2件", "6件", "8件"),
                ("創業支援による創業者数", "24人", "31人", "35人"),
                ("インターンシップ受入企業数", "15社", "22社", "30社")])
    return _pages(path, A4, [draw])


def approximate_qualitative_values(path: Path) -> Path:
    """82: values printed approximately (`約3,000人`), in tenths (`6割`) and as a trend word (`増加傾向`)."""
    def draw(page: Page) -> None:
        page.text(48, 40, "朝日ヶ原町 総合戦略 令和５年度 進捗状況", 14)
        page.text(48, 80, "基本目標２　にぎわいと交流のまちをつくる", 12)
        page.text(48, 105, "重要業績評価指標（KPI）", 10)
        bottom = _ruled(page, 125, [200, 90, 90, 90], ["指標名", "基準値（R1）", "実績値（R5）", "目標値（R7）"],
                        [("観光イベントの来場者数", "約3,000人", "約3,400人", "4,000人"),
                         ("学校給食に地元産食材を使う割合", "6割", "7割", "8割"),
                         ("町民の特定健診の受診率", "４割", "５割", "５割以上"),
                         ("町内の交流人口", "12.5万人", "増加傾向", "15万人"),
                         ("特産品の出荷額", "約1.2億円", "約1.5億円", "2億円")])
        page.text(48, bottom + 12, "※交流人口の令和５年度の数値は集計中のため、傾向を記載しています。", 8)
    return _pages(path, A4, [draw])


def value_footnote_marks(path: Path) -> Path:
    """83: footnote marks set small after header words and values, the notes under the table."""
    widths = [200, 90, 90, 90]
    xs = [48.0]
    for width in widths:
        xs.append(xs[-1] + width)

    def marked(page: Page, column: int, row_top: float, value: str, mark: str) -> None:
        """A value cell whose footnote mark follows the value in a smaller font (a superscript as Word sets it)."""
        x = xs[column] + 2
        page.text(x, row_top + 7, value, 9)
        page.text(x + 9 * 0.55 * len(value) + 6, row_top + 5, mark, 6)

    def draw(page: Page) -> None:
        page.text(48, 40, "紅葉川市 第２期総合戦略 令和５年度 KPI進捗状況", 14)
        page.text(48, 80, "基本目標３　安心して子どもを産み育てられるまちをつくる", 12)
        rows = [("子育て相談の件数", "1,120件", "", "1,600件"),
                ("放課後児童クラブの登録児童数", "410人", "", "520人"),
                ("乳幼児健診の受診率", "95.2%", "", "98.0%"),
                ("ファミリー・サポート・センターの会員数", "260人", "318人", "350人")]
        bottom = _ruled(page, 105, widths, ["指標名", "基準値（R1）", "実績値（R5）", "目標値（R7）"], rows)
        page.text(xs[2] + 2 + 9 * 6 + 4, 105 + 6, "※2", 6)
        marked(page, 2, 105 + 22, "1,480件", "※1")
        marked(page, 2, 105 + 44, "462人", "※3")
        marked(page, 2, 105 + 66, "96.8%", "※3")
        page.text(48, bottom + 12, "※1 電話及びオンラインによる相談を含む。", 8)
        page.text(48, bottom + 25, "※2 実績値は令和５年度末現在。", 8)
        page.text(48, bottom + 38, "※3 見込値", 8)
    return _pages(path, A4, [draw])


def target_actual_row_pairs(path: Path) -> Path:
    """84: one indicator on two rows, `目標` over `実績` in a `区分` column, its name cell merged down over both."""
    def draw(page: Page) -> None:
        page.text(48, 40, "松ヶ枝村 総合戦略 数値目標の達成状況", 14)
        page.text(48, 80, "基本目標１　村の産業を元気にする", 12)
        header = ["指標名", "区分", "R3", "R4", "R5", "R6", "R7"]
        cells = [Cell(0, c, text) for c, text in enumerate(header)]
        indicators = [("新規就農者数", ["2人", "4人", "6人", "8人", "10人"], ["1人", "3人", "7人", "―", "―"]),
                      ("農産物直売所の売上高", ["3,000万円", "3,200万円", "3,400万円", "3,600万円", "3,800万円"],
                       ["2,950万円", "3,310万円", "3,380万円", "―", "―"]),
                      ("観光入込客数", ["5.0万人", "5.5万人", "6.0万人", "6.5万人", "7.0万人"],
                       ["4.1万人", "5.2万人", "6.3万人", "―", "―"])]
        for i, (name, targets, actuals) in enumerate(indicators):
            row = 1 + 2 * i
            cells.append(Cell(row, 0, name, row_span=2))
            cells.append(Cell(row, 1, "目標"))
            cells.append(Cell(row + 1, 1, "実績"))
            cells += [Cell(row, 2 + c, text) for c, text in enumerate(targets)]
            cells += [Cell(row + 1, 2 + c, text) for c, text in enumerate(actuals)]
        page.table(48, 105, [150, 40, 62, 62, 62, 62, 62], [22] * 7, cells, size=9)
    return _pages(path, landscape(A4), [draw])


def kpi_header_spanning(path: Path) -> Path:
    """85: a two-row header whose `重要業績評価指標（KPI）` cell spans `指標名 基準値（R1） 目標値（R7）`."""
    def draw(page: Page) -> None:
        page.text(48, 40, "楓台町 第２期まち・ひと・しごと創生総合戦略", 14)
        page.text(48, 80, "基本目標３　安心して暮らせるまちをつくる", 12)
        cells = [Cell(0, 0, "No.", row_span=2), Cell(0, 1, "重要業績評価指標（KPI）", col_span=3),
                 Cell(0, 4, "担当課", row_span=2),
                 Cell(1, 1, "指標名"), Cell(1, 2, "基準値（R1）"), Cell(1, 3, "目標値（R7）")]
        rows = [("1", "自主防災組織の組織率", "72.5%", "85.0%", "総務課"),
                ("2", "救命講習の受講者数", "340人", "500人", "総務課"),
                ("3", "地域見守り協定を結んだ事業者数", "18事業所", "30事業所", "福祉課"),
                ("4", "高齢者サロンの箇所数", "21か所", "30か所", "福祉課")]
        cells += [Cell(r, c, text) for r, row in enumerate(rows, start=2) for c, text in enumerate(row)]
        page.table(48, 105, [36, 210, 85, 85, 80], [22] * 6, cells, size=9)
    return _pages(path, A4, [draw])


# --- LibreOffice ---------------------------------------------------------------------------------------------------

GREY_RULE = "0.06pt solid #bfbfbf"


def _grey_cell(text: str, style: str = "G", value: str | None = None) -> str:
    """A spreadsheet cell: "\\n" starts a new paragraph (a header wrapped by hand, Alt+Enter); `value` a number cell."""
    paragraphs = "".join(f"<text:p>{escape(line)}</text:p>" for line in text.split("\n"))
    if value is not None:
        return (f'<table:table-cell table:style-name="{style}" office:value-type="float" office:value="{value}">'
                f"{paragraphs}</table:table-cell>")
    return f'<table:table-cell table:style-name="{style}" office:value-type="string">{paragraphs}</table:table-cell>'


def excel_grey_rules() -> str:
    """86: an Excel-style KPI sheet: thin grey rules, shaded header cells wrapped by hand, number cells."""
    covered = "<table:covered-table-cell/>"
    header = ["No.", "指標名", "単位", "基準値\n（R1）", "実績値\n（R5）", "目標値\n（R7）", "担当課"]
    rows = [("1", "ふるさと納税の寄附額", "千円", "48,500", "61,200", "70,000", "企画課"),
            ("2", "移住支援制度の利用世帯数", "世帯", "6", "14", "20", "企画課"),
            ("3", "町内の宿泊施設の延べ宿泊者数", "人", "18,420", "21,035", "24,000", "商工観光課"),
            ("4", "地域おこし協力隊の定着率", "％", "50.0", "66.7", "80.0", "企画課")]
    title = ("<table:table-row>" + '<table:table-cell table:style-name="T" office:value-type="string" '
             'table:number-columns-spanned="7"><text:p>青葉沢町　総合戦略　KPI進捗管理表</text:p></table:table-cell>'
             + covered * 6 + "</table:table-row>")
    blank = '<table:table-row><table:table-cell table:number-columns-repeated="7"/></table:table-row>'
    head = "<table:table-row>" + "".join(_grey_cell(h, "H") for h in header) + "</table:table-row>"
    body = ""
    for row in rows:
        style = "D" if "." in row[3] else "N"
        numbers = "".join(_grey_cell(v, style, v.replace(",", "")) for v in row[3:6])
        body += ("<table:table-row>" + _grey_cell(row[0], "C") + _grey_cell(row[1]) + _grey_cell(row[2], "C")
                 + numbers + _grey_cell(row[6]) + "</table:table-row>")
    cell = f'fo:border="{GREY_RULE}" style:vertical-align="middle"'
    page = ('fo:page-width="29.7cm" fo:page-height="21cm" style:print-orientation="landscape" fo:margin-top="1.5cm" '
            'fo:margin-bottom="1.5cm" fo:margin-left="1.5cm" fo:margin-right="1.5cm"')
    formats = ('<number:number-style style:name="thousands"><number:number number:decimal-places="0" '
               'number:min-integer-digits="1" number:grouping="true"/></number:number-style>'
               '<number:number-style style:name="tenths"><number:number number:decimal-places="1" '
               'number:min-integer-digits="1"/></number:number-style>')
    return flat_ods(font=FONT, font_size="10pt", page=page, widths_cm=[1.2, 8.0, 1.6, 2.6, 2.6, 2.6, 3.0],
                    data_styles=formats, rows=title + blank + head + body, cell_styles=f"""\
<style:style style:name="G" style:family="table-cell"><style:table-cell-properties {cell}/></style:style>
<style:style style:name="C" style:family="table-cell"><style:table-cell-properties {cell}/>\
<style:paragraph-properties fo:text-align="center"/></style:style>
<style:style style:name="N" style:family="table-cell" style:data-style-name="thousands">\
<style:table-cell-properties {cell}/><style:paragraph-properties fo:text-align="end"/></style:style>
<style:style style:name="D" style:family="table-cell" style:data-style-name="tenths">\
<style:table-cell-properties {cell}/><style:paragraph-properties fo:text-align="end"/></style:style>
<style:style style:name="H" style:family="table-cell"><style:table-cell-properties {cell} fo:wrap-option="wrap" \
fo:background-color="#d9d9d9"/><style:paragraph-properties fo:text-align="center"/></style:style>
<style:style style:name="T" style:family="table-cell"><style:text-properties fo:font-size="14pt" \
style:font-size-asian="14pt"/></style:style>""")


def _word_cell(text: str, style: str = "C", rows: int = 1, columns: int = 1) -> str:
    span = (f' table:number-rows-spanned="{rows}"' if rows > 1 else "") + (
        f' table:number-columns-spanned="{columns}"' if columns > 1 else "")
    return (f'<table:table-cell table:style-name="{style}" office:value-type="string"{span}>'
            + "".join(paragraph(line) for line in text.split("\n")) + "</table:table-cell>")


def word_numbered_sub_indicators() -> str:
    """87: a Word table numbered `(1)` in its first column, a name merged down over two sub-indicator rows."""
    covered = "<table:covered-table-cell/>"
    widths = [1.2, 6.0, 2.2, 2.8, 2.8]
    columns = "".join(f'<table:table-column table:style-name="SW{i}"/>' for i in range(len(widths)))
    head = ("<table:table-header-rows><table:table-row>" + _word_cell("No.", "H") + _word_cell("指標名", "H", columns=2)
            + covered + _word_cell("基準値（R1）", "H") + _word_cell("目標値（R7）", "H")
            + "</table:table-row></table:table-header-rows>")

    def single(number: str, name: str, base: str, target: str) -> str:
        return ("<table:table-row>" + _word_cell(number) + _word_cell(name, columns=2) + covered + _word_cell(base)
                + _word_cell(target) + "</table:table-row>")

    def pair(number: str, name: str, subs: list[tuple[str, str, str]]) -> str:
        first, second = subs
        return ("<table:table-row>" + _word_cell(number, rows=2) + _word_cell(name, rows=2)
                + "".join(_word_cell(t) for t in first) + "</table:table-row>"
                + "<table:table-row>" + covered + covered + "".join(_word_cell(t) for t in second)
                + "</table:table-row>")

    body = (single("(1)", "特定健康診査の受診率", "38.5%", "60.0%")
            + pair("(2)", "運動習慣のある人の割合", [("男性", "28.0%", "35.0%"), ("女性", "21.5%", "30.0%")])
            + single("(3)", "自殺死亡率（人口10万人当たり）", "18.2", "13.0")
            + pair("(4)", "がん検診の受診率", [("胃がん", "8.5%", "15.0%"), ("大腸がん", "10.2%", "20.0%")]))
    table = (f'<table:table table:name="S" table:style-name="S">{columns}{head}{body}</table:table>')
    parts = [paragraph("桜川市　第２期総合戦略（改訂版）", "Title"),
             paragraph("基本目標４　健康で長生きできるまちをつくる", "Head"),
             paragraph("　生涯を通じて健康に暮らせるよう、健診の受診と運動習慣の定着を進めます。", "Body"),
             paragraph("重要業績評価指標（KPI）", "Caption"), table,
             paragraph("※自殺死亡率は人口10万人当たりの自殺者数です。", "Body")]
    return flat_odt(fonts=[FONT], font_pt=10, automatic=TEXT_STYLES + _table_styles("S", widths),
                    layout=page_layout("21cm", "29.7cm", 'fo:margin-top="2cm" fo:margin-bottom="2cm" '
                                       'fo:margin-left="2cm" fo:margin-right="2cm"'),
                    body="".join(parts))


DRAWN = {"81_pdf_year_before_role_headers": year_before_role_headers,
         "82_pdf_approximate_qualitative_values": approximate_qualitative_values,
         "83_pdf_value_footnote_marks": value_footnote_marks,
         "84_pdf_target_actual_row_pairs": target_actual_row_pairs,
         "85_pdf_kpi_header_spanning": kpi_header_spanning}


def main(numbers: list[str]) -> None:
    for name, draw in DRAWN.items():
        if not numbers or name[:2] in numbers:
            print(draw(LAYOUTS / f"{name}.pdf"))
    if not numbers or "86" in numbers:
        convert_sheet("86_pdf_excel_grey_rules", excel_grey_rules())
        print(LAYOUTS / "86_pdf_excel_grey_rules.pdf")
    if not numbers or "87" in numbers:
        convert({"87_pdf_word_numbered_sub_indicators": word_numbered_sub_indicators()}, LAYOUTS)
        print(LAYOUTS / "87_pdf_word_numbered_sub_indicators.pdf")


if __name__ == "__main__":
    main(sys.argv[1:])
