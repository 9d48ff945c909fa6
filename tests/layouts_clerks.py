
"""Build the hand-made PDFs 135-140 of tests/fixtures/layouts/ (`python -m tests.layouts_clerks [numbers]`).

Habits of municipal clerks the documents 01-134 do not show, each printed by a real producer (needs `soffice`,
openpyxl, reportlab and fonts-ipaexfont; the PDFs are committed and CI only reads them). This script writes only its
own files. Content invented (fictional municipalities, every name and number made up):
- 135: (a Word .docx written as WordprocessingML, printed by LibreOffice Writer) a city's KPI list whose `基本目標`
  cells are merged down and set vertically (Word's 縦書き text direction `tbRl`); baselines printing their own year
  (`1,240人（R5）`, `85人（令和5年3月末）`), targets `1,500人以上`, `50件程度`, `40人未満`, a range `80～90%`;
- 136: (openpyxl .xlsx printed by Calc) a village's KPI進捗管理表 whose narrow `単位`, `評価` and `担当課` header
  cells are stacked vertically (Excel's 縦書き, textRotation 255), bare numbers in `千人` / `百万円`, actuals headed
  `R3 R4 R5` alone, A-D grades and their legend;
- 137: (reportlab, 2 pages) a town's 施策評価シート: one ruled box per 施策 (its name and department on the box's
  first row, then a small KPI table, then its grade and next steps), repeated down the pages;
- 138: (reportlab) a town's 総合戦略 whose KPIs are bullet lines under `具体的な施策` headings, the roles in
  brackets before the figures: `・name（現状値）4,820人（R2）→（目標値）5,000人（R11）`;
- 139: (flat ODT printed by Writer) a city's 総合戦略 概要版 set in two text columns, each goal's statements in
  its column (`name：基準値 a（R5）→ 目標値 b（R11）`);
- 140: (HTML printed by Writer/Web) a village's tourism figures transposed: fiscal years down (`R1（基準値）`,
  `R2` … `R7（目標値）`), indicators across, `（単位：千人）` over the table.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4

from tests.layouts_calc_writer import convert_html, html_table_rows
from tests.layouts_genre import build
from tests.layouts_pdfs import _pages
from tests.layouts_producers import _soffice, _workbook
from tests.libreoffice import convert as convert_odt
from tests.libreoffice import flat_odt, page_layout, paragraph
from tests.pdf_builders import Cell, Page

LAYOUTS = Path(__file__).parent / "fixtures" / "layouts"
FONT = "IPAexGothic"


# --- 135: a Word document printed by Writer ---------------------------------------------------------------------

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _run(text: str, size_half_pt: int = 20, bold: bool = False) -> str:
    bold_tag = "<w:b/>" if bold else ""
    return (f'<w:r><w:rPr><w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:eastAsia="{FONT}"/>{bold_tag}'
            f'<w:sz w:val="{size_half_pt}"/><w:szCs w:val="{size_half_pt}"/></w:rPr>'
            f'<w:t xml:space="preserve">{escape(text)}</w:t></w:r>')


def _para(text: str, size_half_pt: int = 20, bold: bool = False, align: str = "") -> str:
    jc = f'<w:pPr><w:jc w:val="{align}"/></w:pPr>' if align else ""
    return f"<w:p>{jc}{_run(text, size_half_pt, bold) if text else ''}</w:p>"


def _cell(text: str, width: int, *, merge: str | None = None, vertical: bool = False, align: str = "",
          shade: bool = False) -> str:
    """One `w:tc`: `merge` is `restart` (first cell of a vertical merge) or `continue`."""
    props = f'<w:tcW w:w="{width}" w:type="dxa"/>'
    if merge:
        props += '<w:vMerge w:val="restart"/>' if merge == "restart" else "<w:vMerge/>"
    if shade:
        props += '<w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"/>'
    if vertical:
        props += '<w:textDirection w:val="tbRl"/>'
    props += '<w:vAlign w:val="center"/>'
    body = "".join(_para(line, 18, align=align) for line in text.split("\n")) if text else "<w:p/>"
    return f"<w:tc><w:tcPr>{props}</w:tcPr>{body}</w:tc>"


def _docx(body: str, path: Path) -> None:
    """A minimal WordprocessingML package: content types, the package relation and the document."""
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{_W}"><w:body>{body}'
                '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" '
                'w:left="1134" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr></w:body></w:document>')
    types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/'
             'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-'
             'package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override '
             'PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
             'wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.'
            'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
            'openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", types)
        package.writestr("_rels/.rels", rels)
        package.writestr("word/document.xml", document)


def vertical_goal_docx(path: Path) -> Path:
    """135: a KPI list in a Word table, the goal cells merged down and written vertically (tbRl)."""
    widths = [900, 3100, 2400, 1700, 1500]
    header = ["基本目標", "重要業績評価指標", "現状値", "目標値（R11）", "担当課"]
    goals = [("基本目標１　しごとをつくる",
              [("市内事業所の新規雇用者数", "1,240人（R5）", "1,500人以上", "商工振興課"),
               ("創業支援による創業件数", "約30件（R4）", "50件程度", "商工振興課"),
               ("市内製造品出荷額等", "2,860億円（R3）", "3,000億円", "商工振興課")]),
             ("基本目標２　人の流れをつくる",
              [("転出超過数", "85人（令和5年3月末）", "40人未満", "企画課"),
               ("観光入込客数", "86万人（R5）", "100万人", "観光課"),
               ("市民の定住意向の割合", "78.2%（R5）", "80～90%", "企画課")])]
    border = "".join(f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                     for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    rows = ["<w:tr><w:trPr><w:tblHeader/></w:trPr>" + "".join(_cell(h, w, align="center", shade=True)
                                                              for h, w in zip(header, widths, strict=True)) + "</w:tr>"]
    for goal, items in goals:
        for i, (name, baseline, target, department) in enumerate(items):
            goal_cell = _cell(goal if i == 0 else "", widths[0], merge="restart" if i == 0 else "continue",
                              vertical=True)
            rows.append('<w:tr><w:trPr><w:trHeight w:val="900"/></w:trPr>' + goal_cell + _cell(name, widths[1])
                        + _cell(baseline, widths[2], align="right") + _cell(target, widths[3], align="right")
                        + _cell(department, widths[4]) + "</w:tr>")
    table = (f'<w:tbl><w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:tblBorders>{border}</w:tblBorders>'
             f'</w:tblPr><w:tblGrid>{grid}</w:tblGrid>{"".join(rows)}</w:tbl>')
    body = (_para("清浜市　第３期総合戦略　重要業績評価指標（KPI）一覧", 28, bold=True)
            + _para("")
            + _para("各基本目標の重要業績評価指標について、現状値と令和１１年度の目標値を示します。", 20)
            + _para("") + table + _para("")
            + _para("※現状値の括弧内は、その数値の時点を示します。", 18))
    with tempfile.TemporaryDirectory() as work:
        source = Path(work) / f"{path.stem}.docx"
        _docx(body, source)
        shutil.move(_soffice(source, Path(work)), path)
    return path


# --- 136: stacked vertical header cells in a spreadsheet ----------------------------------------------------------


def stacked_header_sheet(path: Path) -> Path:
    """136: narrow header cells stacked vertically (Excel 縦書き), a unit column, actuals headed `R3 R4 R5`."""
    from openpyxl.styles import Alignment, Font

    data = [
        [1, "観光入込客数", "千人", 412, 298, 335, 389, 450, "B", "観光商工課"],
        [2, "農産物直売所の売上高", "百万円", 186, 192, 201, 214, 230, "B", "農林課"],
        [3, "移住相談件数", "件", 48, 55, 71, 90, 80, "A", "企画課"],
        [4, "子育て支援に満足している保護者の割合", "％", 62.5, 63.8, 65.1, 66.0, 75.0, "C", "保健福祉課"],
        [5, "村営バスの年間利用者数", "人", 9820, 8140, "―", 7650, 10000, "D", "総務課"],
    ]
    header = ["No.", "指標名", "単位", "基準値\n（R1）", "R3", "R4", "R5", "目標値\n（R7）", "評価", "担当課"]
    book = _workbook("北杜川村　第２期総合戦略　KPI進捗管理表（令和５年度）", header, data,
                     [4, 34, 7, 10, 9, 9, 9, 10, 4, 11], formats={3: "#,##0", 4: "#,##0", 5: "#,##0", 6: "#,##0",
                                                                  7: "#,##0"},
                     caption="基本目標１　村の資源を活かし、にぎわいをつくる", header_height=62,
                     note="評価　A：目標を達成　B：概ね順調　C：やや遅れ　D：遅れ")
    sheet = book.active
    for column in (3, 9, 10):
        cell = sheet.cell(row=3, column=column)
        cell.alignment = Alignment(horizontal="center", vertical="center", textRotation=255, wrap_text=True)
    for r in range(4, 4 + len(data)):
        if data[r - 4][2] == "％":
            for column in range(4, 9):
                sheet.cell(row=r, column=column).number_format = "0.0"
        department = sheet.cell(row=r, column=10)
        department.alignment = Alignment(vertical="center", wrap_text=True)
        department.font = Font(name=FONT, size=8)
        sheet.cell(row=r, column=9).alignment = Alignment(horizontal="center", vertical="center")
        sheet.row_dimensions[r].height = 30
    sheet.page_setup.orientation = "portrait"
    with tempfile.TemporaryDirectory() as work:
        source = Path(work) / f"{path.stem}.xlsx"
        book.save(source)
        shutil.move(_soffice(source, Path(work)), path)
    return path


# --- 137: one evaluation box per measure --------------------------------------------------------------------------

_CARD_WIDTHS = [150, 70, 70, 70, 70, 69]


def _card(page: Page, top: float, measure: str, department: str, kpis: list[tuple[str, ...]], grade: str,
          direction: str) -> float:
    """One 施策 box: name and department, a KPI table, the grade and next steps; returns its bottom."""
    n = len(_CARD_WIDTHS)
    cells = [Cell(0, 0, "施策"), Cell(0, 1, measure, col_span=3), Cell(0, 4, "担当課"), Cell(0, 5, department),
             *(Cell(1, c, text) for c, text in enumerate(("成果指標", "基準値（R1）", "実績値（R4）", "実績値（R5）",
                                                           "目標値（R7）", "達成度")))]
    cells += [Cell(r, c, text) for r, row in enumerate(kpis, start=2) for c, text in enumerate(row)]
    last = 2 + len(kpis)
    cells += [Cell(last, 0, "評価"), Cell(last, 1, grade), Cell(last, 2, "今後の方向性"),
              Cell(last, 3, direction, col_span=n - 3)]
    heights = [24, 22] + [22] * len(kpis) + [34]
    return page.table(48, top, _CARD_WIDTHS, heights, cells, size=8)


def measure_cards(path: Path) -> Path:
    """137: a town's 施策評価シート, one box per 施策 with KPI rows inside, two boxes a page."""
    cards = [
        ("1-1 地域産業の担い手を育てる", "農林振興課",
         [("新規就農者数", "4人", "6人", "7人", "8人", "87.5%"),
          ("認定農業者数", "52経営体", "55経営体", "57経営体", "60経営体", "95.0%")],
         "B", "就農相談会を継続し、\n研修農場の受入れを拡大する。"),
        ("1-2 町内での創業を支援する", "商工観光課",
         [("創業支援による創業件数", "5件", "8件", "11件", "10件", "110.0%"),
          ("空き店舗の活用件数", "2件", "3件", "3件", "6件", "50.0%")],
         "B", "空き店舗の情報発信を強化する。"),
        ("2-1 子育て世帯の負担を減らす", "子育て支援課",
         [("子育て支援センターの利用者数", "6,210人", "7,480人", "7,920人", "8,000人", "99.0%")],
         "A", "利用者の声を聞き、開設時間を見直す。"),
        ("2-2 安心して出産できる環境をつくる", "健康福祉課",
         [("妊婦健康診査の受診率", "92.4%", "95.1%", "96.3%", "98.0%", "98.3%"),
          ("産後ケア事業の利用者数", "―", "18人", "26人", "40人", "65.0%")],
         "C", "産後ケアの周知を図り、\n利用しやすい仕組みを検討する。"),
    ]

    def page_of(first: int):
        def draw(page: Page) -> None:
            page.text(48, 40, "桜ヶ丘町　令和６年度　施策評価シート（令和５年度実施分）", 13)
            top = 80
            for measure in cards[first:first + 2]:
                top = _card(page, top, *measure) + 30
            if first == 2:
                page.text(48, top - 14, "※達成度＝実績値（R5）÷目標値（R7）", 8)
                page.text(48, top, "評価　A：順調　B：概ね順調　C：遅れ　D：大幅な遅れ", 8)
        return draw

    return _pages(path, A4, [page_of(0), page_of(2)])


# --- 138: KPI bullet lines under 具体的な施策 -------------------------------------------------------------------------


def bracket_role_bullets(path: Path) -> Path:
    """138: a 総合戦略 whose KPIs are bullets `・name（現状値）a（R2）→（目標値）b（R11）` under 具体的な施策."""
    lines = [
        (40, "緑ヶ丘町　第３期まち・ひと・しごと創生総合戦略", 14),
        (80, "基本目標１　安心して働ける町をつくる", 12),
        (104, "【数値目標】", 10),
        (122, "・町内事業所の従業者数（現状値）4,820人（R2）→（目標値）5,000人（R11）", 10),
        (140, "・町民一人当たりの所得（現状値）約2,650千円（R3）→（目標値）2,800千円以上（R11）", 10),
        (170, "■具体的な施策", 11),
        (192, "（１）農業の担い手づくり", 10),
        (210, "新規就農者への研修と農地のあっせんを一体で進め、若い担い手を育てます。", 9),
        (228, "・新規就農者数（現状値）年3人（R5）→（目標値）年5人以上（R11）", 10),
        (246, "・農地の集積率（現状値）38.5%（令和6年3月末）→（目標値）50%程度（R11）", 10),
        (272, "（２）町内での創業の支援", 10),
        (290, "商工会と連携して創業塾を開き、空き店舗の活用を後押しします。", 9),
        (308, "・創業塾の受講者数（現状値）累計42人（R5）→（目標値）累計100人（R11）", 10),
        (326, "・空き店舗の活用件数（現状値）2件（R5）→（目標値）10件（R11）", 10),
        (364, "基本目標２　子どもを安心して育てられる町をつくる", 12),
        (388, "【数値目標】", 10),
        (406, "・年間出生数（現状値）58人（R5）→（目標値）65人（R11）", 10),
        (436, "■具体的な施策", 11),
        (458, "（１）妊娠・出産への切れ目ない支援", 10),
        (476, "・産後ケア事業の利用率（現状値）12.0%（R5）→（目標値）20～25%（R11）", 10),
        (494, "・妊婦健康診査の受診率（現状値）96.2%（R5）→（目標値）98%以上（R11）", 10),
    ]

    def draw(page: Page) -> None:
        for top, text, size in lines:
            page.text(48, top, text, size)

    return _pages(path, A4, [draw])


# --- 139: a two-column summary from Writer ------------------------------------------------------------------------


def two_column_summary(path: Path) -> Path:
    """139: a 概要版 set in two text columns by Writer (a balanced two-column section), statements in each."""
    columns = [
        ("基本目標１　仕事をつくる", "地域の産業を支え、若い世代が働ける場をつくります。",
         ["市内従業者数：基準値 21,480人（R5）→ 目標値 22,000人（R11）",
          "新規創業件数：基準値 18件（R5）→ 目標値 25件（R11）",
          "観光消費額：基準値 42.6億円（R5）→ 目標値 50億円（R11）"]),
        ("基本目標２　人を呼び込む", "移住の相談から住まい探しまでを一貫して支えます。",
         ["転入者数：基準値 1,320人（R5）→ 目標値 1,450人（R11）",
          "移住相談件数：基準値 210件（R5）→ 目標値 300件（R11）",
          "空き家バンク成約件数：基準値 14件（R5）→ 目標値 20件（R11）"]),
    ]
    body = [paragraph("白浜台市　第３期総合戦略　概要版", "Title"), paragraph("", "Body"),
            '<text:section text:style-name="Two" text:name="columns">']
    for heading, prose, statements in columns:
        body += [paragraph(heading, "Head"), paragraph(prose, "Body"), paragraph("【数値目標】", "Body")]
        body += [paragraph(f"・{s}", "Body") for s in statements]
        body.append(paragraph("", "Body"))
    body.append("</text:section>")
    styles = ('<style:style style:name="Title" style:family="paragraph"><style:text-properties fo:font-size="15pt" '
              'style:font-size-asian="15pt" fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>'
              '<style:style style:name="Head" style:family="paragraph"><style:paragraph-properties '
              'fo:margin-top="0.2cm" fo:margin-bottom="0.2cm"/><style:text-properties fo:font-size="11pt" '
              'style:font-size-asian="11pt" fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>'
              '<style:style style:name="Body" style:family="paragraph"><style:paragraph-properties '
              'fo:margin-bottom="0.1cm"/></style:style>')
    automatic = ('<style:style style:name="Two" style:family="section"><style:section-properties>'
                 '<style:columns fo:column-count="2" fo:column-gap="1cm"/></style:section-properties></style:style>')
    document = flat_odt(fonts=[FONT], font_pt=9, layout=page_layout("21cm", "29.7cm",
                                                                    'fo:margin-top="2cm" fo:margin-bottom="2cm" '
                                                                    'fo:margin-left="2cm" fo:margin-right="2cm"'),
                        automatic=automatic, body="".join(body), styles=styles)
    convert_odt({path.stem: document}, path.parent)
    return path


# --- 140: years down, indicators across, from an HTML page ------------------------------------------------------


def transposed_page(path: Path) -> Path:
    """140: a tourism table with fiscal years as rows and indicators as columns, its unit over the table."""
    header = ["年度", "観光入込客数", "宿泊者数", "体験プログラム参加者数"]
    rows = [("R1（基準値）", "214.5", "38.2", "4.1"), ("R2", "121.8", "19.6", "1.2"), ("R3", "148.0", "24.3", "2.6"),
            ("R4", "189.4", "31.7", "3.9"), ("R5", "226.1", "40.5", "5.3"), ("R7（目標値）", "250.0", "45.0", "6.0")]
    cells = html_table_rows(header, rows, bool)
    html = ('<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>数値目標の推移</title></head>'
            '<body style="font-family: IPAexGothic"><h2>若葉谷村　第２期総合戦略　数値目標の推移</h2>'
            "<h3>基本目標２　村を訪れる人を増やす</h3>"
            '<p align="right">（単位：千人）</p>'
            '<table border="1" cellspacing="0" cellpadding="4" width="100%">' + "".join(cells) + "</table>"
            "<p>※各年度の数値は、村の観光動態調査によります。</p></body></html>")
    convert_html(path.stem, html)
    return path


BUILDERS = {"135_pdf_docx_vertical_goal_cells": vertical_goal_docx,
            "136_pdf_xlsx_stacked_header_grades": stacked_header_sheet,
            "137_pdf_measure_evaluation_boxes": measure_cards,
            "138_pdf_bracket_role_bullets": bracket_role_bullets,
            "139_pdf_writer_two_column_summary": two_column_summary,
            "140_pdf_html_years_down_unit_caption": transposed_page}


def main(numbers: list[str]) -> None:
    """Build the documents whose numbers are given (all without)."""
    build(BUILDERS, numbers)


if __name__ == "__main__":
    main(sys.argv[1:])
