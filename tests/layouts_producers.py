# ruff: noqa: E501  (rows of Japanese table text read better unbroken)
"""Build the hand-made PDFs 127-134 of tests/fixtures/layouts/ (`python -m tests.layouts_producers [numbers]`).

Producers the collection had not used, whose text layers differ from reportlab's and from LibreOffice's own
documents (needs `soffice`, `gs`, openpyxl, matplotlib and fonts-ipaexfont; the PDFs are committed and CI only reads
them). This script writes only its own files. Content invented (fictional municipalities, every name and number
made up):
- 127: (openpyxl .xlsx printed by LibreOffice Calc, as a municipality exports its Excel sheet) a city's
  KPI進捗管理表: goal cells merged down and wrapped, `#,##0` and `0.0%` number cells, a `単位` column, shrink-to-fit
  department cells, a print area and the header repeated as print title on page 2;
- 128: (openpyxl → Calc) a village's 数値目標の達成状況 headed by western fiscal years before the role
  (`2019年度` / `（基準値）` wrapped in one cell), a `進捗` column of words (`順調`, `やや遅れ`, `達成`);
- 129: (LibreOffice Impress) a town's 総合戦略 summary deck, 16:9 slides: per goal a title band, `数値目標` boxes
  printing `name` over `a（R1）→ b（R7）`, and a small KPI table; slide numbers and the meeting's name as footer;
- 130: (Impress) a city's 進捗状況 deck: per slide a goal's table `指標 基準値（H30） 実績値（R4） 目標値（R6）`
  and a `評価` box of words;
- 131: (matplotlib's PDF backend) a city's chart page: a bar chart of yearly figures (tick labels and bar labels are
  numbers too: no indicator) beside a KPI table drawn by `ax.table` (each cell's text its own object);
- 132: (matplotlib) a town's page of two small line charts above a table of `数値目標` with values in `万人`/`億円`;
- 133: 127 re-distilled by ghostscript (`gs -sDEVICE=pdfwrite`, as "print to PDF" makes it): the same rows;
- 134: (openpyxl → Calc → ghostscript) a town's KPI table with a `No.` column, `#,##0` / `0.0` number cells
  in `千円` / `千人`, a `―` baseline, printed to PDF again.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

from tests.layouts_genre import build
from tests.libreoffice import CONVERT_TIMEOUT_S

LAYOUTS = Path(__file__).parent / "fixtures" / "layouts"
FONT = "IPAexGothic"


def _soffice(source: Path, out_dir: Path) -> Path:
    """Print `source` (an .xlsx or a flat .fodp) to PDF with LibreOffice headless, in a profile of its own."""
    subprocess.run(["soffice", f"-env:UserInstallation=file://{source.parent / 'profile'}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(out_dir), str(source)], check=True,
                   capture_output=True, timeout=CONVERT_TIMEOUT_S)
    return out_dir / f"{source.stem}.pdf"


def _distill(pdf: Path, out: Path) -> None:
    """Re-distill a PDF with ghostscript's pdfwrite (fonts re-embedded and subset, text re-encoded)."""
    subprocess.run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", f"-sOutputFile={out}",
                    str(pdf)], check=True, capture_output=True, timeout=CONVERT_TIMEOUT_S)


# --- 127, 128, 134: openpyxl workbooks printed by Calc ----------------------------------------------------------


def _workbook(title: str, header: list[str], rows: list[list[object]], widths: list[float], *,
              formats: dict[int, str], merge_down: tuple[int, ...] = (), shrink: tuple[int, ...] = (),
              caption: str = "", header_height: float = 0, note: str = ""):
    """A sheet as a municipal clerk builds it in Excel: a title merged across, an optional caption row, a
    shaded and ruled header (repeated as print title), ruled body rows; `formats`: column → number format;
    `merge_down`: columns whose equal neighbouring cells are merged down; `shrink`: shrink-to-fit columns."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    sheet.title = "KPI"
    thin = Side(style="thin", color="808080")
    rule = Border(left=thin, right=thin, top=thin, bottom=thin)
    n = len(header)
    last = get_column_letter(n)
    sheet["A1"] = title
    sheet["A1"].font = Font(name=FONT, size=13, bold=True)
    sheet.merge_cells(f"A1:{last}1")
    top = 3
    if caption:
        sheet["A2"] = caption
        sheet["A2"].font = Font(name=FONT, size=10)
        top = 3
    for column, text in enumerate(header, 1):
        cell = sheet.cell(row=top, column=column, value=text)
        cell.font = Font(name=FONT, size=9, bold=True)
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = rule
    if header_height:
        sheet.row_dimensions[top].height = header_height
    for r, row in enumerate(rows, top + 1):
        for column, value in enumerate(row, 1):
            cell = sheet.cell(row=r, column=column, value=value)
            cell.font = Font(name=FONT, size=9)
            cell.border = rule
            number = isinstance(value, int | float)
            cell.alignment = Alignment(vertical="center", wrap_text=not number and column - 1 not in shrink,
                                       shrink_to_fit=column - 1 in shrink,
                                       horizontal="right" if number or value == "―" else None)
            if column - 1 in formats and number:
                cell.number_format = formats[column - 1]
    for column in merge_down:
        start = top + 1
        for r in range(top + 2, top + len(rows) + 2):
            if r == top + len(rows) + 1 or rows[r - top - 1][column] != rows[start - top - 1][column]:
                if r - 1 > start:
                    letter = get_column_letter(column + 1)
                    sheet.merge_cells(f"{letter}{start}:{letter}{r - 1}")
                start = r
    end = top + len(rows)
    if note:
        sheet.cell(row=end + 2, column=1, value=note).font = Font(name=FONT, size=8)
        end += 2
    for column, width in enumerate(widths, 1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.print_area = f"A1:{last}{end}"
    sheet.print_title_rows = f"{top}:{top}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.page_margins.left = sheet.page_margins.right = 0.5
    return book


def progress_sheet():
    """127: a city's KPI進捗管理表: goal cells merged down, `#,##0` / `0.0%`, shrink-to-fit departments, 2 pages."""
    goal1 = "基本目標１\n地域経済の活力を高め、安定した雇用を創出する"
    goal2 = "基本目標２\n青葉野市への新しいひとの流れをつくる"
    goal3 = "基本目標３\n若い世代の結婚・出産・子育ての希望をかなえる"
    data = [
        [1, goal1, "市内事業所の従業者数", "人", 41250, 42080, 43000, "商工労働課"],
        [2, goal1, "企業誘致件数（累計）", "件", 2, 6, 8, "商工労働課"],
        [3, goal1, "市内製造品出荷額等", "百万円", 182400, 190350, 195000, "商工労働課"],
        [4, goal1, "新規就農者数", "人", 9, 12, 15, "農業振興課"],
        [5, goal1, "観光消費額", "百万円", 8620, 7915, 9500, "観光シティプロモーション課"],
        [6, goal2, "転入者数", "人", 5312, 5488, 5800, "企画政策課"],
        [7, goal2, "移住支援制度を利用した移住者数", "人", 24, 57, 80, "企画政策課"],
        [8, goal2, "市のＳＮＳ公式アカウントのフォロワー数", "人", 3820, 11460, 15000, "広報広聴課"],
        [9, goal2, "大学生等の市内企業へのインターンシップ参加者数", "人", 118, 96, 200, "商工労働課"],
        [10, goal3, "合計特殊出生率", "", 1.41, 1.36, 1.50, "子育て支援課"],
        [11, goal3, "保育所等の待機児童数", "人", 37, 0, 0, "保育課"],
        [12, goal3, "子育てしやすいまちだと思う市民の割合", "％", 0.548, 0.612, 0.65, "子育て支援課"],
        [13, goal3, "妊娠届出時の面談実施率", "％", 0.921, 1.0, 1.0, "母子保健課"],
        [14, goal3, "放課後児童クラブの登録児童数", "人", 1486, 1732, 1800, "子育て支援課"],
    ]
    header = ["No.", "基本目標", "重要業績評価指標（KPI）", "単位", "基準値\n（R1）", "実績値\n（R5）", "目標値\n（R7）",
              "担当課"]
    formats = {4: "#,##0", 5: "#,##0", 6: "#,##0"}
    book = _workbook("青葉野市　第２期総合戦略　KPI進捗管理表（令和５年度実績）", header, data,
                     [5, 22, 34, 7, 11, 11, 11, 14], formats=formats, merge_down=(1,), shrink=(7,),
                     header_height=30, note="※実績値は令和６年３月末現在の数値です。")
    sheet = book.active
    from openpyxl.styles import Alignment
    for r in range(4, 4 + len(data)):
        row = data[r - 4]
        if row[3] == "％":
            for column in (5, 6, 7):
                sheet.cell(row=r, column=column).number_format = "0.0%"
        elif row[3] == "":
            for column in (5, 6, 7):
                sheet.cell(row=r, column=column).number_format = "0.00"
        sheet.row_dimensions[r].height = 30
        sheet.cell(row=r, column=2).alignment = Alignment(vertical="top", wrap_text=True)
    sheet.row_breaks.append(__import__("openpyxl").worksheet.pagebreak.Break(id=11))
    return book


def fiscal_year_sheet():
    """128: a village's 数値目標の達成状況: `2019年度` over `（基準値）` in one wrapped cell, a 進捗 word column."""
    data = [
        ["村の総人口", "人", 4215, 3968, 3900, "やや遅れ", "住民課"],
        ["年間出生数", "人", 21, 17, 25, "遅れ", "保健福祉課"],
        ["社会増減数", "人", -38, -12, 0, "順調", "総務企画課"],
        ["村営住宅の入居率", "％", 0.826, 0.914, 0.9, "達成", "建設課"],
        ["特産品（しいたけ）の出荷量", "t", 42.5, 47.1, 50, "順調", "産業振興課"],
    ]
    header = ["指標", "単位", "2019年度\n（基準値）", "2023年度\n（実績値）", "2025年度\n（目標値）", "進捗",
              "担当課"]
    book = _workbook("藤ヶ丘村　第２期総合戦略　数値目標の達成状況", header, data, [30, 7, 12, 12, 12, 10, 13],
                     formats={2: "#,##0", 3: "#,##0", 4: "#,##0"}, caption="基本目標１　ひとが集い、住み続けられる村をつくる",
                     header_height=30,
                     note="進捗　達成：目標を達成　順調：目標に向け順調に推移　やや遅れ・遅れ：基準値から改善していない等")
    sheet = book.active
    for r, row in enumerate(data, 4):
        fmt = {"％": "0.0%", "t": "0.0"}.get(row[1])
        if row[0] == "社会増減数":
            fmt = '#,##0;"△"#,##0'
        if fmt:
            for column in (3, 4, 5):
                sheet.cell(row=r, column=column).number_format = fmt
    return book


def town_sheet():
    """134: a town's KPI table in `千円` / `千人` with `#,##0` / `0.0`, a `―` baseline (distilled again by gs)."""
    data = [
        [1, "ふるさと納税寄附額", "千円", 48620, 131540, 150000, "財政課"],
        [2, "町内宿泊施設の宿泊者数", "千人", 62.4, 55.8, 70.0, "商工観光課"],
        [3, "空き家バンクの成約件数（累計）", "件", 4, 19, 30, "まちづくり課"],
        [4, "テレワーク施設の利用者数", "人", "―", 2140, 3000, "まちづくり課"],
        [5, "地域おこし協力隊の定住者数（累計）", "人", 3, 8, 10, "総務課"],
        [6, "町立図書館の年間貸出冊数", "千冊", 88.2, 91.6, 95.0, "生涯学習課"],
    ]
    header = ["No.", "指標名", "単位", "現状値（R2）", "実績値（R5）", "目標値（R8）", "担当課"]
    book = _workbook("萩原町総合計画　実施計画　重要業績評価指標（KPI）", header, data, [5, 36, 7, 13, 13, 13, 14],
                     formats={3: "#,##0", 4: "#,##0", 5: "#,##0"}, caption="基本目標２　にぎわいと交流のまちをつくる")
    sheet = book.active
    for r, row in enumerate(data, 4):
        if row[2] in ("千人", "千冊"):
            for column in (4, 5, 6):
                sheet.cell(row=r, column=column).number_format = "0.0"
    return book


def _print_book(book, name: str, out: Path) -> None:
    with tempfile.TemporaryDirectory() as work:
        source = Path(work) / f"{name}.xlsx"
        book.save(source)
        shutil.move(_soffice(source, Path(work)), out)


# --- 129, 130: Impress decks -------------------------------------------------------------------------------------

_ODP_NAMESPACES = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
    "presentation": "urn:oasis:names:tc:opendocument:xmlns:presentation:1.0",
}


def _text_style(name: str, size: float, color: str = "#000000", bold: bool = False) -> str:
    weight = ' fo:font-weight="bold" style:font-weight-asian="bold"' if bold else ""
    return (f'<style:style style:name="{name}" style:family="text"><style:text-properties fo:font-size="{size}pt" '
            f'style:font-size-asian="{size}pt" fo:color="{color}" style:font-name="{FONT}" '
            f'style:font-name-asian="{FONT}"{weight}/></style:style>')


_DECK_STYLES = "".join([
    '<style:style style:name="band" style:family="graphic"><style:graphic-properties draw:fill="solid" '
    'draw:fill-color="#1f4e79" draw:stroke="none" draw:textarea-vertical-align="middle" fo:padding-left="0.5cm"/>'
    "</style:style>",
    '<style:style style:name="box" style:family="graphic"><style:graphic-properties draw:fill="solid" '
    'draw:fill-color="#fbe5d6" draw:stroke="solid" svg:stroke-color="#c55a11" svg:stroke-width="0.05cm" '
    'draw:textarea-vertical-align="middle"/></style:style>',
    '<style:style style:name="plain" style:family="graphic"><style:graphic-properties draw:fill="none" '
    'draw:stroke="none"/></style:style>',
    '<style:style style:name="cell" style:family="table-cell"><style:graphic-properties draw:fill="none"/>'
    '<style:table-cell-properties fo:border="0.03cm solid #404040" fo:padding="0.1cm"/></style:style>',
    '<style:style style:name="head" style:family="table-cell"><style:graphic-properties draw:fill="solid" '
    'draw:fill-color="#deebf7"/><style:table-cell-properties fo:border="0.03cm solid #404040" fo:padding="0.1cm"/>'
    "</style:style>",
    '<style:style style:name="centre" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/>'
    "</style:style>",
    '<style:style style:name="right" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/>'
    "</style:style>",
    _text_style("title", 26, "#ffffff", bold=True), _text_style("big", 20), _text_style("body", 16),
    _text_style("small", 12, "#595959"), _text_style("label", 14, "#c55a11", bold=True),
    _text_style("cover", 32, bold=True),
])


def _span(text: str, style: str, paragraph: str = "") -> str:
    attribute = f' text:style-name="{paragraph}"' if paragraph else ""
    return f'<text:p{attribute}><text:span text:style-name="{style}">{escape(text)}</text:span></text:p>'


def _frame(x: float, y: float, w: float, h: float, body: str, style: str = "plain") -> str:
    return (f'<draw:frame draw:style-name="{style}" svg:x="{x}cm" svg:y="{y}cm" svg:width="{w}cm" '
            f'svg:height="{h}cm"><draw:text-box>{body}</draw:text-box></draw:frame>')


def _rect(x: float, y: float, w: float, h: float, body: str, style: str) -> str:
    return (f'<draw:rect draw:style-name="{style}" svg:x="{x}cm" svg:y="{y}cm" svg:width="{w}cm" '
            f'svg:height="{h}cm">{body}</draw:rect>')


def _slide_table(x: float, y: float, widths: list[float], rows: list[list[str]], size: str = "body") -> str:
    columns = "".join(f'<table:table-column style:width="{w}cm"/>' for w in widths)
    cells = []
    for i, row in enumerate(rows):
        cells.append("<table:table-row>" + "".join(
            f'<table:table-cell table:style-name="{"head" if i == 0 else "cell"}">'
            + _span(text, size, "centre" if i == 0 else ("right" if j else "")) + "</table:table-cell>"
            for j, text in enumerate(row)) + "</table:table-row>")
    return (f'<draw:frame svg:x="{x}cm" svg:y="{y}cm" svg:width="{sum(widths)}cm" svg:height="{1.1 * len(rows)}cm">'
            f"<table:table>{columns}{''.join(cells)}</table:table></draw:frame>")


def _deck(slides: list[str]) -> str:
    namespaces = " ".join(f'xmlns:{p}="{u}"' for p, u in _ODP_NAMESPACES.items())
    pages = "".join(f'<draw:page draw:name="slide{i}" draw:master-page-name="Default">{body}</draw:page>'
                    for i, body in enumerate(slides, 1))
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document {namespaces} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.presentation">
<office:font-face-decls><style:font-face style:name="{FONT}" svg:font-family="{FONT}"/></office:font-face-decls>
<office:styles><style:default-style style:family="graphic"><style:text-properties style:font-name="{FONT}" \
style:font-name-asian="{FONT}" fo:font-size="16pt" style:font-size-asian="16pt"/></style:default-style></office:styles>
<office:automatic-styles><style:page-layout style:name="PM1"><style:page-layout-properties fo:margin-top="0cm" \
fo:margin-bottom="0cm" fo:margin-left="0cm" fo:margin-right="0cm" fo:page-width="33.867cm" fo:page-height="19.05cm" \
style:print-orientation="landscape"/></style:page-layout>{_DECK_STYLES}</office:automatic-styles>
<office:master-styles><style:master-page style:name="Default" style:page-layout-name="PM1"/></office:master-styles>
<office:body><office:presentation>{pages}</office:presentation></office:body></office:document>
"""


def _footer(number: int, meeting: str) -> str:
    return (_frame(1.0, 17.6, 20, 1.0, _span(meeting, "small"))
            + _frame(30.5, 17.6, 2.5, 1.0, _span(str(number), "small", "right")))


def strategy_deck() -> str:
    """129: a town's 総合戦略 概要版: per goal a title band, 数値目標 boxes `a（R1）→ b（R7）`, a KPI table."""
    meeting = "鳴海台町まち・ひと・しごと創生推進会議　資料１"
    cover = (_frame(3, 6, 28, 2.5, _span("鳴海台町　第２期総合戦略（概要版）", "cover", "centre"))
             + _frame(3, 10, 28, 1.5, _span("令和３年３月", "big", "centre")))

    def goal_slide(number: int, goal: str, boxes: list[tuple[str, str]], rows: list[list[str]]) -> str:
        body = _rect(0, 0.8, 33.867, 2.2, _span(goal, "title"), "band")
        for i, (name, figures) in enumerate(boxes):
            body += _rect(1.2 + i * 16, 3.8, 15, 3.6, _span("数値目標", "label") + _span(name, "big", "centre")
                          + _span(figures, "big", "centre"), "box")
        body += _frame(1.2, 8.2, 20, 1.0, _span("重要業績評価指標（KPI）", "body"))
        body += _slide_table(1.2, 9.3, [15.5, 7.5, 7.5], rows)
        return body + _footer(number, meeting)

    slides = [
        cover,
        goal_slide(2, "基本目標１　地域で稼ぐ力を高める",
                   [("町内従業者数", "3,420人（R1）→ 3,600人（R7）"), ("農業産出額", "18.6億円（R1）→ 20億円（R7）")],
                   [["指標", "基準値（R1）", "目標値（R7）"], ["新規就農者数（累計）", "5人", "25人"],
                    ["ふるさと納税寄附件数", "8,240件", "12,000件"], ["町内での創業件数", "2件", "5件"]]),
        goal_slide(3, "基本目標２　鳴海台町への新しい人の流れをつくる",
                   [("社会増減数", "△64人（R1）→ 0人（R7）"), ("観光入込客数", "41.5万人（R1）→ 48万人（R7）")],
                   [["指標", "基準値（R1）", "目標値（R7）"], ["移住相談件数", "46件", "80件"],
                    ["観光交流施設の利用者数", "12.8万人", "15万人"]]),
    ]
    return _deck(slides)


def progress_deck() -> str:
    """130: a city's 進捗状況 deck: per slide a goal's table with an actual column and a 評価 word box."""
    meeting = "桐生野市総合戦略推進懇話会（令和５年８月）"
    cover = (_frame(3, 6, 28, 2.5, _span("桐生野市総合戦略　重要業績評価指標（KPI）の進捗状況", "cover", "centre"))
             + _frame(3, 10, 28, 1.5, _span("令和４年度実績", "big", "centre")))

    def goal_slide(number: int, goal: str, rows: list[list[str]], verdict: str) -> str:
        body = _rect(0, 0.8, 33.867, 2.2, _span(goal, "title"), "band")
        body += _slide_table(1.2, 3.8, [13.0, 5.2, 5.2, 5.2], rows)
        body += _rect(1.2, 3.9 + 1.1 * len(rows) + 0.8, 28.6, 1.6, _span(f"評価：{verdict}", "body"), "box")
        return body + _footer(number, meeting)

    header = ["指標", "基準値（H30）", "実績値（R4）", "目標値（R6）"]
    slides = [
        cover,
        goal_slide(2, "基本目標１　安心して働ける雇用の場をつくる",
                   [header, ["市内の有効求人倍率", "1.12倍", "1.28倍", "1.30倍"],
                    ["工業団地への立地企業数", "14社", "17社", "18社"],
                    ["若者の市内就職率", "32.4%", "35.1%", "40.0%"]],
                   "概ね順調に推移している"),
        goal_slide(3, "基本目標２　子育て世代に選ばれるまちをつくる",
                   [header, ["年間出生数", "812人", "744人", "850人"],
                    ["子育て支援センターの利用者数", "21,360人", "18,905人", "25,000人"],
                    ["病児保育の利用日数", "620日", "1,140日", "1,000日"]],
                   "出生数は減少しており、取組の強化が必要である"),
    ]
    return _deck(slides)


def _print_deck(xml: str, name: str, out: Path) -> None:
    with tempfile.TemporaryDirectory() as work:
        source = Path(work) / f"{name}.fodp"
        source.write_text(xml, encoding="utf-8")
        shutil.move(_soffice(source, Path(work)), out)


# --- 131, 132: matplotlib pages ----------------------------------------------------------------------------------


def _pyplot():
    import matplotlib

    matplotlib.use("pdf")
    import matplotlib.pyplot as plt

    # TrueType (Type 42) fonts: with matplotlib's default Type 3, CJK glyphs are drawn as XObjects without text
    plt.rcParams.update({"pdf.fonttype": 42, "font.family": FONT})
    return plt


def chart_with_table(out: Path) -> None:
    """131: a bar chart of yearly figures beside a KPI table drawn by `ax.table`."""
    plt = _pyplot()
    figure = plt.figure(figsize=(11.69, 8.27))
    figure.suptitle("湖北台市　基本目標３「訪れたいまちをつくる」の進捗", fontsize=16)
    chart = figure.add_axes((0.06, 0.18, 0.36, 0.62))
    years = ["2019", "2020", "2021", "2022", "2023"]
    guests = [96.2, 51.8, 63.4, 81.0, 92.7]
    bars = chart.bar(years, guests, color="#5b9bd5")
    chart.bar_label(bars, labels=[f"{v}" for v in guests], fontsize=9)
    chart.set_title("観光入込客数の推移（万人）", fontsize=12)
    chart.set_ylim(0, 120)
    table_axes = figure.add_axes((0.47, 0.25, 0.5, 0.5))
    table_axes.axis("off")
    rows = [["宿泊者数", "28.4万人", "24.9万人", "32万人", "観光課"],
            ["観光案内所の利用者数", "15,620人", "13,080人", "18,000人", "観光課"],
            ["体験型観光メニュー数", "12件", "21件", "25件", "観光課"],
            ["市内キャンプ場の利用者数", "8,450人", "11,930人", "12,000人", "都市公園課"]]
    table = table_axes.table(cellText=rows, colLabels=["KPI", "基準値（R1）", "実績値（R5）", "目標値（R7）", "担当課"],
                             colWidths=[0.36, 0.16, 0.16, 0.16, 0.16], loc="center", cellLoc="center")
    table.auto_set_font_size(False)
    table.set_fontsize(10)
    table.scale(1, 2.2)
    for (row, column), cell in table.get_celld().items():
        if row == 0:
            cell.set_facecolor("#deebf7")
        elif column == 0:
            cell.get_text().set_horizontalalignment("left")
            cell.PAD = 0.03
    figure.text(0.47, 0.78, "重要業績評価指標（KPI）", fontsize=12)
    figure.text(0.06, 0.08, "出典：湖北台市観光動態調査", fontsize=9)
    figure.savefig(out)
    plt.close(figure)


def charts_over_table(out: Path) -> None:
    """132: two small line charts above a 数値目標 table placed cell by cell with `ax.text`."""
    plt = _pyplot()
    figure = plt.figure(figsize=(8.27, 11.69))
    figure.text(0.08, 0.95, "夕陽が浜町　第２期総合戦略　数値目標の状況", fontsize=15)
    figure.text(0.08, 0.925, "基本目標１　海と食を生かした産業をつくる", fontsize=12)
    for i, (title, values) in enumerate((("漁業生産額（億円）", [14.2, 13.6, 12.9, 13.3, 13.8]),
                                         ("道の駅の来場者数（万人）", [38.5, 22.1, 29.7, 35.2, 40.6]))):
        axes = figure.add_axes((0.08 + i * 0.46, 0.6, 0.38, 0.27))
        axes.plot(["R1", "R2", "R3", "R4", "R5"], values, marker="o")
        axes.set_title(title, fontsize=11)
        for x, y in enumerate(values):
            axes.annotate(f"{y}", (x, y), textcoords="offset points", xytext=(0, 6), ha="center", fontsize=8)
    figure.text(0.08, 0.52, "【数値目標】", fontsize=12)
    header = ["指標", "基準値（R1）", "実績値（R5）", "目標値（R7）"]
    rows = [["漁業生産額", "14.2億円", "13.8億円", "15億円"], ["道の駅の来場者数", "38.5万人", "40.6万人", "42万人"],
            ["水産加工品の新商品数（累計）", "3品目", "11品目", "15品目"]]
    lefts = [0.08, 0.5, 0.66, 0.82]
    top, pitch = 0.49, 0.035
    for r, row in enumerate([header, *rows]):
        y = top - r * pitch
        figure.add_artist(plt.Line2D([0.07, 0.96], [y - 0.012, y - 0.012], color="black", linewidth=0.6))
        for column, text in enumerate(row):
            x = lefts[column] if column == 0 else lefts[column] + 0.13
            figure.text(x, y, text, fontsize=10, ha="left" if column == 0 else "right",
                        weight="bold" if r == 0 else "normal")
    figure.add_artist(plt.Line2D([0.07, 0.96], [top + 0.023, top + 0.023], color="black", linewidth=0.6))
    figure.text(0.08, top - len(rows) * pitch - 0.04, "※道の駅の来場者数はレジ通過者数から推計", fontsize=9)
    figure.savefig(out)
    plt.close(figure)


# --- the documents -------------------------------------------------------------------------------------------------


def _distilled(make, name: str):
    def build(out: Path) -> None:
        with tempfile.TemporaryDirectory() as work:
            first = Path(work) / f"{name}.pdf"
            make(first)
            _distill(first, out)
    return build


BUILDERS = {
    "127_pdf_xlsx_merged_goals_print_titles": lambda out: _print_book(progress_sheet(), "127", out),
    "128_pdf_xlsx_fiscal_year_role_headers": lambda out: _print_book(fiscal_year_sheet(), "128", out),
    "129_pdf_impress_goal_boxes_deck": lambda out: _print_deck(strategy_deck(), "129", out),
    "130_pdf_impress_progress_deck": lambda out: _print_deck(progress_deck(), "130", out),
    "131_pdf_matplotlib_chart_beside_table": chart_with_table,
    "132_pdf_matplotlib_charts_over_table": charts_over_table,
    "133_pdf_ghostscript_xlsx_progress": _distilled(lambda out: _print_book(progress_sheet(), "127", out), "127"),
    "134_pdf_ghostscript_xlsx_town_kpi": _distilled(lambda out: _print_book(town_sheet(), "134", out), "134"),
}


def main(numbers: list[str]) -> None:
    """Build the documents whose numbers are given (all without)."""
    build(BUILDERS, numbers)


if __name__ == "__main__":
    main(sys.argv[1:])
