# ruff: noqa: E501  (rows of Japanese table text read better unbroken)
"""Build the office-program PDFs of tests/fixtures/layouts/ with LibreOffice (`python -m tests.layouts_office`).

Needs `soffice` and fonts-ipaexfont (run by hand; the PDFs are committed and CI only reads them). Content invented
(fictional municipalities). The documents are written as flat ODT (a word processor's document) or flat ODS (a
spreadsheet) and printed to PDF by LibreOffice, as a municipality's office would export them:
- 33: a spreadsheet KPI list exported to PDF: goal and measure cells merged down over their indicators, long
  names wrapped inside their cells, every cell ruled;
- 34: a word-processor strategy whose KPI tables stand between paragraphs, each under a caption `表３　重要業績評価指標`;
- 37: a 効果検証 table: `評価` column of 達成/未達成 and a `今後の方針` column of long prose wrapped in its cell;
- 39: a progress table whose cells print status words and qualified values instead of plain numbers
  (`約1,200件`, `1.5倍`, `100%（全校）`, `―`, `調査中`, `集計中`, `－（未公表）`);
- 40: a town's 総合計画 whose top goal headings are `政策１`/`政策２`, each over a KPI table;
- 47: a village's KPI sheet kept in a spreadsheet, year-major (indicators across, fiscal years down), printed in a
  tiny font: numbers as number cells formatted `#,##0` (right-aligned, thousands separators), a unit row `（人）`
  `（件）` under the indicator names, cells not yet reported printed as `－`.
"""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

from tests.libreoffice import CONVERT_TIMEOUT_S, convert, flat_ods, flat_odt, page_layout, paragraph

LAYOUTS = Path(__file__).parent / "fixtures" / "layouts"
FONT = "IPAexGothic"
RULE = "0.5pt solid #000000"

#: Automatic styles every text document here uses: a ruled cell, a shaded header cell, a heading, a caption.
TEXT_STYLES = (
    f'<style:style style:name="C" style:family="table-cell"><style:table-cell-properties fo:border="{RULE}" '
    'fo:padding="0.08cm"/></style:style>'
    f'<style:style style:name="H" style:family="table-cell"><style:table-cell-properties fo:border="{RULE}" '
    'fo:padding="0.08cm" fo:background-color="#e2efd9"/></style:style>'
    '<style:style style:name="Head" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.4cm" '
    'fo:margin-bottom="0.2cm"/><style:text-properties fo:font-size="12pt" style:font-size-asian="12pt"/></style:style>'
    '<style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.4cm"/>'
    '<style:text-properties fo:font-size="15pt" style:font-size-asian="15pt"/></style:style>'
    '<style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.15cm" '
    'fo:margin-bottom="0.15cm"/></style:style>'
    '<style:style style:name="Caption" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.3cm" '
    'fo:margin-bottom="0.1cm"/></style:style>'
)


def _cell(text: str, style: str = "C") -> str:
    """One table cell; "\\n" in the text starts a new paragraph inside the cell."""
    return (f'<table:table-cell table:style-name="{style}" office:value-type="string">'
            + "".join(paragraph(line) for line in text.split("\n")) + "</table:table-cell>")


def _table(name: str, widths_cm: list[float], header: list[str], rows: list[tuple[str, ...]]) -> str:
    """A ruled table, its header row shaded and repeated on each page."""
    columns = "".join(f'<table:table-column table:style-name="{name}W{i}"/>' for i in range(len(widths_cm)))
    head = ("<table:table-header-rows><table:table-row>" + "".join(_cell(h, "H") for h in header)
            + "</table:table-row></table:table-header-rows>")
    body = "".join("<table:table-row>" + "".join(_cell(c) for c in row) + "</table:table-row>" for row in rows)
    return f'<table:table table:name="{name}" table:style-name="{name}">{columns}{head}{body}</table:table>'


def _table_styles(name: str, widths_cm: list[float]) -> str:
    styles = (f'<style:style style:name="{name}" style:family="table"><style:table-properties '
              f'style:width="{sum(widths_cm)}cm" table:align="left"/></style:style>')
    return styles + "".join(
        f'<style:style style:name="{name}W{i}" style:family="table-column"><style:table-column-properties '
        f'style:column-width="{w}cm"/></style:style>' for i, w in enumerate(widths_cm))


def _text_document(body: list[str], tables: dict[str, list[float]], landscape: bool = False) -> str:
    size = ("29.7cm", "21cm") if landscape else ("21cm", "29.7cm")
    layout = page_layout(*size, 'fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="1.8cm" '
                         'fo:margin-right="1.8cm"')
    automatic = TEXT_STYLES + "".join(_table_styles(name, widths) for name, widths in tables.items())
    return flat_odt(fonts=[FONT], font_pt=10, layout=layout, automatic=automatic, body="".join(body))


def word_caption_tables() -> str:
    """34: tables between paragraphs, a numbered caption `表Ｎ　重要業績評価指標` above each."""
    header = ["指標名", "現状値（令和元年度）", "目標値（令和６年度）"]
    widths = [9.0, 4.0, 4.0]
    body = [paragraph("椿ヶ丘市　第２期まち・ひと・しごと創生総合戦略", "Title"),
            paragraph("第３章　基本目標と具体的な取組", "Head"),
            paragraph("基本目標１　若い世代の働く場をつくる", "Head"),
            paragraph("市内の事業所と連携して若い世代の就職を支援し、地元で働き続けられる環境を整えます。"
                      "あわせて、企業の人材確保を後押しします。", "Body"),
            paragraph("表３　重要業績評価指標", "Caption"),
            _table("T3", widths, header, [("市内企業への就職者数", "85人", "120人"),
                                          ("インターンシップ受入事業所数", "12事業所", "30事業所")]),
            paragraph("また、女性や高齢者の就業を支援する相談窓口を設け、働き方の選択肢を広げます。", "Body"),
            paragraph("基本目標２　安心して暮らせるまちをつくる", "Head"),
            paragraph("地域の防災力を高め、災害に強いまちづくりを進めます。", "Body"),
            paragraph("表４　重要業績評価指標", "Caption"),
            _table("T4", widths, header, [("自主防災組織の組織率", "72.5%", "85.0%"),
                                          ("救命講習の受講者数", "1,320人", "2,000人")]),
            paragraph("※現状値は令和元年度末の数値です。", "Body")]
    return _text_document(body, {"T3": widths, "T4": widths})


def evaluation_policy_prose() -> str:
    """37: a landscape 効果検証 table with an achievement word and a long 今後の方針 paragraph per row."""
    header = ["指標名", "基準値（R1）", "実績値（R4）", "目標値（R6）", "評価", "今後の方針"]
    widths = [6.0, 2.6, 2.6, 2.6, 2.0, 10.0]
    rows = [("転入者数", "2,310人", "2,452人", "2,600人", "未達成",
             "移住相談窓口の周知を強化し、住宅取得への支援と合わせて転入の増加を図る。子育て世帯に向けた情報発信も続けていく。"),
            ("市内の年間観光客数", "48万人", "56.2万人", "55万人", "達成",
             "目標を達成したため、今後は滞在時間の延長につながる体験型の観光に力を入れ、宿泊客の増加をめざす。"),
            ("ふるさと納税の寄附額", "1.2億円", "1.85億円", "2億円", "未達成",
             "返礼品の構成を見直すとともに、新たな事業者の参加を促し、寄附者の裾野を広げる。")]
    body = [paragraph("令和５年度　若松台市総合戦略　効果検証結果", "Title"),
            paragraph("基本目標１　人の流れをつくる", "Head"),
            _table("E", widths, header, rows),
            paragraph("※評価は実績値が目標値に達したものを「達成」としています。", "Body")]
    return _text_document(body, {"E": widths}, landscape=True)


def status_words() -> str:
    """39: a progress table whose cells print qualified values and status words."""
    header = ["指標名", "基準値（H30）", "実績値（R4）", "目標値（R6）"]
    widths = [8.0, 3.0, 3.0, 3.0]
    rows = [("子育て相談の件数", "約1,200件", "1,540件", "1,800件"),
            ("有効求人倍率", "0.9倍", "1.5倍", "1.2倍"),
            ("小中学校の学習用端末の整備率", "45%", "100%（全校）", "100%"),
            ("自殺者数", "5人", "調査中", "0人"),
            ("乳幼児健診の受診率", "95.1%", "集計中", "98.0%"),
            ("いじめの認知件数", "12件", "－（未公表）", "―")]
    body = [paragraph("白樺町　総合戦略　重要業績評価指標の進捗状況", "Title"),
            paragraph("基本目標３　健やかに暮らせるまちをつくる", "Head"),
            _table("S", widths, header, rows)]
    return _text_document(body, {"S": widths})


def policy_headings() -> str:
    """40: top goal headings `政策１`/`政策２` of a 総合計画, each over a KPI caption and table."""
    header = ["成果指標", "現状値（R4）", "目標値（R10）"]
    widths = [9.0, 4.0, 4.0]
    body = [paragraph("高森町　第５次総合計画　後期基本計画", "Title"),
            paragraph("政策１　豊かな自然と共生するまち", "Head"),
            paragraph("森林の保全と再生可能エネルギーの利用を進めます。", "Body"),
            _table("P1", widths, header, [("森林整備の面積", "45ha", "80ha"),
                                          ("住宅用太陽光発電の設置件数", "310件", "450件")]),
            paragraph("政策２　誰もが学び続けられるまち", "Head"),
            paragraph("生涯にわたって学べる機会を広げます。", "Body"),
            _table("P2", widths, header, [("公民館講座の受講者数", "2,840人", "3,500人"),
                                          ("図書館の貸出冊数", "8.4万冊", "10万冊")])]
    return _text_document(body, {"P1": widths, "P2": widths})


# --- a spreadsheet ---------------------------------------------------------------------------------------------


def _sheet_cell(text: str, rows: int = 1, columns: int = 1, style: str = "G") -> str:
    span = (f' table:number-rows-spanned="{rows}"' if rows > 1 else "") + (
        f' table:number-columns-spanned="{columns}"' if columns > 1 else "")
    if not text:
        return f'<table:table-cell table:style-name="{style}"{span}/>'
    return (f'<table:table-cell table:style-name="{style}" office:value-type="string"{span}>'
            f"<text:p>{escape(text)}</text:p></table:table-cell>")


def excel_merged_goals() -> str:
    """33: a KPI list kept in a spreadsheet (flat ODS), goal and measure cells merged down over their indicators,
    long names wrapped in their cells, printed on a landscape page."""
    covered = "<table:covered-table-cell/>"
    header = ["基本目標", "施策", "指標名", "基準値（R1）", "目標値（R7）", "担当課"]
    widths_cm = [4.0, 4.0, 8.5, 2.6, 2.6, 3.0]
    goal1, goal2 = "基本目標１　町の仕事をつくる", "基本目標２　住み続けたい町をつくる"
    rows = [
        [_sheet_cell(goal1, rows=3, style="W"), _sheet_cell("施策１　農業の担い手育成", rows=2, style="W"),
         _sheet_cell("新規就農者数（町の就農支援制度を利用して新たに就農した者の累計人数）", style="W"),
         _sheet_cell("3人"), _sheet_cell("15人"), _sheet_cell("農林課")],
        [covered, covered, _sheet_cell("農地の利用集積面積", style="W"), _sheet_cell("120ha"), _sheet_cell("180ha"),
         _sheet_cell("農林課")],
        [covered, _sheet_cell("施策２　商工業の振興", style="W"), _sheet_cell("町内での創業件数", style="W"),
         _sheet_cell("2件"), _sheet_cell("10件"), _sheet_cell("商工観光課")],
        [_sheet_cell(goal2, rows=2, style="W"), _sheet_cell("施策３　子育て支援の充実", rows=2, style="W"),
         _sheet_cell("子育て支援センターの年間利用者数（乳幼児とその保護者を含む延べ人数）", style="W"),
         _sheet_cell("4,850人"), _sheet_cell("6,000人"), _sheet_cell("子育て支援課")],
        [covered, covered, _sheet_cell("保育所の待機児童数", style="W"), _sheet_cell("4人"), _sheet_cell("0人"),
         _sheet_cell("子育て支援課")],
    ]
    title = "<table:table-row>" + _sheet_cell("鷹ノ巣町　第２期総合戦略　KPI一覧（令和６年度）", columns=6,
                                              style="T") + covered * 5 + "</table:table-row>"
    blank = "<table:table-row><table:table-cell table:number-columns-repeated=\"6\"/></table:table-row>"
    head = "<table:table-row>" + "".join(_sheet_cell(h, style="H") for h in header) + "</table:table-row>"
    body = "".join("<table:table-row>" + "".join(r) + "</table:table-row>" for r in rows)
    cell = f'fo:border="{RULE}" style:vertical-align="middle"'
    page = ('fo:page-width="29.7cm" fo:page-height="21cm" style:print-orientation="landscape" fo:margin-top="1.5cm" '
            'fo:margin-bottom="1.5cm" fo:margin-left="1.5cm" fo:margin-right="1.5cm"')
    return flat_ods(font=FONT, font_size="10pt", page=page, widths_cm=widths_cm,
                    rows=title + blank + head + body, cell_styles=f"""\
<style:style style:name="G" style:family="table-cell"><style:table-cell-properties {cell}/></style:style>
<style:style style:name="W" style:family="table-cell"><style:table-cell-properties {cell} fo:wrap-option="wrap"/>\
</style:style>
<style:style style:name="H" style:family="table-cell"><style:table-cell-properties {cell} fo:wrap-option="wrap" \
fo:background-color="#d9e1f2"/></style:style>
<style:style style:name="T" style:family="table-cell"><style:text-properties fo:font-size="14pt" \
style:font-size-asian="14pt"/></style:style>""")


def excel_year_major_tiny() -> str:
    """47: a year-major KPI sheet (flat ODS) printed small: indicators across, fiscal years down, a unit row under
    the names, `#,##0` number cells and `－` for years not yet reported."""
    names = ["転入者数", "出生数", "移住相談件数"]
    units = ["（人）", "（人）", "（件）"]
    years = [("令和元年度（基準値）", [1284, 302, 46]), ("令和２年度", [1190, 287, 61]),
             ("令和３年度", [1236, 279, 84]), ("令和４年度", [1305, None, 97]),
             ("令和７年度（目標値）", [1400, 320, 150])]

    def number(value: int | None) -> str:
        if value is None:
            return _sheet_cell("－", style="D")
        return (f'<table:table-cell table:style-name="N" office:value-type="float" office:value="{value}">'
                f"<text:p>{value:,}</text:p></table:table-cell>")

    covered = "<table:covered-table-cell/>"
    title = "<table:table-row>" + _sheet_cell("柿ノ沢村　総合戦略　KPI推移表", columns=4, style="T") + covered * 3 \
        + "</table:table-row>"
    caption = "<table:table-row>" + _sheet_cell("基本目標１　村に人を呼び込む", columns=4, style="P") + covered * 3 \
        + "</table:table-row>"
    head = "<table:table-row>" + _sheet_cell("年度", style="H") + "".join(_sheet_cell(n, style="H") for n in names) \
        + "</table:table-row>"
    unit_row = "<table:table-row>" + _sheet_cell("", style="H") + "".join(_sheet_cell(u, style="H") for u in units) \
        + "</table:table-row>"
    body = "".join("<table:table-row>" + _sheet_cell(year) + "".join(number(v) for v in values) + "</table:table-row>"
                   for year, values in years)
    widths_cm = [3.2, 2.0, 2.0, 2.0]
    cell = f'fo:border="{RULE}" style:vertical-align="middle"'
    page = ('fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" '
            'fo:margin-left="1.5cm" fo:margin-right="1.5cm"')
    numbers = ('<number:number-style style:name="thousands"><number:number number:decimal-places="0" '
               'number:min-integer-digits="1" number:grouping="true"/></number:number-style>')
    return flat_ods(font=FONT, font_size="6pt", page=page, widths_cm=widths_cm, data_styles=numbers,
                    rows=title + caption + head + unit_row + body, cell_styles=f"""\
<style:style style:name="G" style:family="table-cell"><style:table-cell-properties {cell}/></style:style>
<style:style style:name="N" style:family="table-cell" style:data-style-name="thousands"><style:table-cell-properties \
{cell}/><style:paragraph-properties fo:text-align="end"/></style:style>
<style:style style:name="D" style:family="table-cell"><style:table-cell-properties {cell}/>\
<style:paragraph-properties fo:text-align="end"/></style:style>
<style:style style:name="H" style:family="table-cell"><style:table-cell-properties {cell} \
fo:background-color="#d9e1f2"/><style:paragraph-properties fo:text-align="center"/></style:style>
<style:style style:name="T" style:family="table-cell"><style:text-properties fo:font-size="10pt" \
style:font-size-asian="10pt"/></style:style>
<style:style style:name="P" style:family="table-cell"><style:text-properties fo:font-size="8pt" \
style:font-size-asian="8pt"/></style:style>""")


def main() -> None:
    documents = {"34_pdf_word_caption_tables": word_caption_tables(),
                 "37_pdf_evaluation_policy_prose": evaluation_policy_prose(),
                 "39_pdf_status_words": status_words(),
                 "40_pdf_policy_headings": policy_headings()}
    convert(documents, LAYOUTS)
    convert_sheet("33_pdf_excel_merged_goals", excel_merged_goals())
    convert_sheet("47_pdf_excel_year_major_tiny", excel_year_major_tiny())
    for name in [*sorted(documents), "33_pdf_excel_merged_goals", "47_pdf_excel_year_major_tiny"]:
        print(LAYOUTS / f"{name}.pdf")


def convert_sheet(name: str, xml: str) -> None:
    """A flat ODS spreadsheet printed to PDF the same way (`convert` names its sources .fodt)."""
    with tempfile.TemporaryDirectory() as work:
        source = Path(work) / f"{name}.fods"
        source.write_text(xml, encoding="utf-8")
        subprocess.run(["soffice", f"-env:UserInstallation=file://{Path(work) / 'profile'}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(LAYOUTS), str(source)], check=True,
                       capture_output=True, timeout=CONVERT_TIMEOUT_S)


if __name__ == "__main__":
    main()
